import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import type { EffectivePolicy } from "../../checker";
import { errorMessage } from "../../shared/display-text";
import type { PaneHost } from "../host";
import { userTrustedDomains } from "../policy-view";

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

/** The user's own trusted domains: add (validated by the policy rules) and remove. */
export function TrustedDomainsEditor({
  host,
  effective,
  onChanged,
}: {
  host: PaneHost;
  effective: EffectivePolicy;
  onChanged(): void;
}) {
  const styles = useStyles();
  const allowed = effective.allowUserTrustedDomains;
  const domains = userTrustedDomains(effective);
  const ignored = new Map(effective.ignoredUserEntries.map((e) => [e.domain, e.reason]));
  const [draft, setDraft] = React.useState("");
  const [problem, setProblem] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | null>(null);
  const [working, setWorking] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const listRef = React.useRef<HTMLUListElement>(null);

  /** Saves the list; on success, the sentence saying when the change applies. */
  const save = async (next: string[]): Promise<string | null> => {
    setWorking(true);
    try {
      const result = await host.saveUserTrustedDomains(next);
      if (result.ok) onChanged();
      return result.ok ? result.message.replace(/^Saved\.\s*/, "") : (setProblem(result.message), null);
    } catch (e) {
      setProblem(errorMessage(e));
      return null;
    } finally {
      setWorking(false);
    }
  };

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const domain = draft.trim();
    if (domain === "") {
      setProblem("Type a domain, such as example.com.");
      inputRef.current?.focus();
      return;
    }
    if (domains.includes(domain.toLowerCase())) {
      setProblem(`${domain} is already in your list.`);
      inputRef.current?.focus();
      return;
    }
    setProblem(null);
    const when = await save([...domains, domain]);
    if (when !== null) {
      setDraft("");
      setNotice({ ok: true, text: `Added ${domain.toLowerCase()}. ${when}`.trim() });
    }
    inputRef.current?.focus();
  };

  const remove = async (domain: string, index: number) => {
    setProblem(null);
    const when = await save(domains.filter((d) => d !== domain));
    setNotice(when !== null ? { ok: true, text: `Removed ${domain}. ${when}`.trim() } : null);
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
        <Body1>
          Addresses at these domains are never reported as look-alikes. Use it for real partners whose domain
          Recipient Guard questions.
        </Body1>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Your organisation does not allow personal trusted domains, so you cannot add any. Ask your IT
            department to add a partner&apos;s domain to the organisation policy.
          </MessageBarBody>
        </MessageBar>
      )}
      {domains.length > 0 ? (
        <ul className={styles.list} ref={listRef} aria-label="Your trusted domains">
          {domains.map((d, i) => (
            <li key={d} className={styles.row}>
              <span className={styles.domain}>
                {d}
                {ignored.has(d) && <span className={styles.ignored}>Not in force: {ignored.get(d)}.</span>}
              </span>
              <Button
                appearance="subtle"
                size="small"
                icon={<Delete20Regular />}
                aria-label={`Remove ${d}`}
                disabledFocusable={working}
                onClick={() => void remove(d, i)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <Body1>You have not trusted any domains.</Body1>
      )}
      <form onSubmit={(e) => void add(e)} aria-label="Add a trusted domain">
        <Field
          label="Domain to trust"
          hint={allowed ? "For example contoso.com" : "Not allowed by your organisation"}
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
                Add
              </Button>
            </div>
          )}
        </Field>
      </form>
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
