import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import { assessUserTrust, type Checker, type EffectivePolicy } from "../../checker";
import { hostToUnicode } from "../../checker/domain";
import { errorMessage, visibleText } from "../../shared/display-text";
import {
  cautionText,
  describeStoredDomain,
  ignoredText,
  refusalText,
  trustedDomainText,
} from "../trust-words";
import type { PaneHost } from "../host";
import { userTrustedDomains } from "../policy-view";
import { usePaneText } from "../i18n";
import { withoutSaved } from "../use-review";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalXS },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  domain: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", minWidth: 0 },
  ignored: { color: tokens.colorNeutralForeground3, display: "block", fontFamily: tokens.fontFamilyBase },
  add: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  input: { flexGrow: 1, minWidth: 0 },
});

/** A domain accepted with a caution, waiting for the user to confirm it. */
interface PendingTrust {
  stored: string;
  text: string;
  caution: string;
}

/**
 * The user's own trusted domains: add and remove. Adding goes through assessUserTrust, as the
 * review's Trust button does: a blocked domain or an imitation is refused with the reason, a
 * likely slip (army.ml) is explained and needs a second confirmation, and what is shown after
 * adding is what was stored.
 */
export function TrustedDomainsEditor({
  host,
  checker,
  effective,
  onChanged,
}: {
  host: PaneHost;
  checker: Checker;
  effective: EffectivePolicy;
  onChanged(): void;
}) {
  const styles = useStyles();
  const words = usePaneText();
  const allowed = effective.allowUserTrustedDomains;
  const domains = userTrustedDomains(effective);
  const ignored = new Map(effective.ignoredUserEntries.map((e) => [e.domain, ignoredText(e.why, words)]));
  const [draft, setDraft] = React.useState("");
  const [problem, setProblem] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | null>(null);
  const [working, setWorking] = React.useState(false);
  const [pending, setPending] = React.useState<PendingTrust | null>(null);
  const pendingRef = React.useRef<HTMLDivElement>(null);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const listRef = React.useRef<HTMLUListElement>(null);

  /** Saves the list; on success, the sentence saying when the change applies. */
  const save = async (next: string[]): Promise<string | null> => {
    setWorking(true);
    try {
      const result = await host.saveUserTrustedDomains(next);
      if (result.ok) onChanged();
      return result.ok ? withoutSaved(result.message, words) : (setProblem(result.message), null);
    } catch (e) {
      setProblem(errorMessage(e));
      return null;
    } finally {
      setWorking(false);
    }
  };

  const commit = async (stored: string, text: string) => {
    setPending(null);
    const when = await save([...domains, stored]);
    if (when !== null) {
      setDraft("");
      setNotice({ ok: true, text: `${words.t("trusted.added", { domain: text })} ${when}`.trim() });
    }
    inputRef.current?.focus();
  };

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setPending(null);
    const assessment = assessUserTrust(checker, draft);
    if (!assessment.ok) {
      setProblem(refusalText(assessment.refusal, words));
      inputRef.current?.focus();
      return;
    }
    const text = visibleText(trustedDomainText(assessment.shown, assessment.foreign, words));
    if (domains.includes(assessment.stored)) {
      setProblem(words.t("trusted.already", { domain: text }));
      inputRef.current?.focus();
      return;
    }
    setProblem(null);
    if (assessment.caution) {
      const caution = cautionText(assessment.caution, visibleText(assessment.shown), words);
      setPending({ stored: assessment.stored, text, caution: visibleText(caution) });
      setTimeout(() => pendingRef.current?.querySelector("button")?.focus(), 0);
      return;
    }
    await commit(assessment.stored, text);
  };

  const remove = async (domain: string, index: number) => {
    setProblem(null);
    const when = await save(domains.filter((d) => d !== domain));
    setNotice(
      when !== null
        ? {
            ok: true,
            text: `${words.t("trusted.removed", { domain: describeStoredDomain(domain, words) })} ${when}`.trim(),
          }
        : null,
    );
    // Keep the keyboard user in the list: the next row's button, else the field.
    setTimeout(() => {
      const buttons = listRef.current?.querySelectorAll("button");
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (next ?? inputRef.current)?.focus();
    }, 0);
  };

  return (
    <div className={styles.root}>
      {allowed ? (
        <Body1>{words.t("trusted.intro")}</Body1>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{words.t("trusted.notAllowed")}</MessageBarBody>
        </MessageBar>
      )}
      {domains.length > 0 ? (
        <ul className={styles.list} ref={listRef} aria-label={words.t("trusted.list")}>
          {domains.map((d, i) => (
            <li key={d} className={styles.row}>
              <span className={styles.domain}>
                {describeStoredDomain(d, words)}
                {ignored.has(d) && (
                  <span className={styles.ignored}>
                    {words.t("trusted.notInForce", { reason: ignored.get(d) ?? "" })}
                  </span>
                )}
              </span>
              <Button
                appearance="subtle"
                size="small"
                icon={<Delete20Regular />}
                aria-label={words.t("trusted.remove", { domain: visibleText(hostToUnicode(d)) })}
                disabledFocusable={working}
                onClick={() => void remove(d, i)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <Body1>{words.t("trusted.empty")}</Body1>
      )}
      <form onSubmit={(e) => void add(e)} aria-label={words.t("trusted.form")}>
        <Field
          label={words.t("trusted.field")}
          hint={words.t(allowed ? "trusted.hint" : "facts.notAllowed")}
          validationState={problem ? "error" : "none"}
          validationMessage={problem ?? undefined}
        >
          {(fieldProps) => (
            <div className={styles.add}>
              <Input
                {...fieldProps}
                className={styles.input}
                ref={inputRef}
                value={draft}
                disabled={!allowed}
                onChange={(_, data) => {
                  setDraft(data.value);
                  setProblem(null);
                  setPending(null);
                }}
                spellCheck={false}
                autoCapitalize="off"
                autoComplete="off"
              />
              <Button
                type="submit"
                icon={<Add20Regular />}
                disabled={!allowed}
                disabledFocusable={allowed && working}
              >
                {words.t("trusted.add")}
              </Button>
            </div>
          )}
        </Field>
      </form>
      {pending && (
        <div ref={pendingRef}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{words.t("trust.title", { domain: pending.text })}</MessageBarTitle>
              {pending.caution}
            </MessageBarBody>
            <MessageBarActions>
              {/* Cancel first: the safe choice has the focus. */}
              <Button
                onClick={() => {
                  setPending(null);
                  inputRef.current?.focus();
                }}
              >
                {words.t("dialog.cancel")}
              </Button>
              <Button
                appearance="primary"
                disabledFocusable={working}
                onClick={() => void commit(pending.stored, pending.text)}
              >
                {words.t("trust.confirmAnyway")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
