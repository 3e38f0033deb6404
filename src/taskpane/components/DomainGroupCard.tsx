import { Body1Strong, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowSwap20Regular, Delete20Regular } from "@fluentui/react-icons";
import type { Checker } from "../../checker";
import { visibleText } from "../../shared/display-text";
import { displayNameAfterReplace, withDomain, type CheckedRecipient, type DomainGroup } from "../fixes";
import { useFieldLabels, VERDICT_SEVERITY } from "../labels";
import { ConfirmAction } from "./ConfirmAction";
import { FixExplanation, shownDomain } from "./FixExplanation";
import {
  FindingList,
  FlaggedCard,
  SuggestedAddress,
  nameAndAddress as whole,
  useFlaggedCardStyles,
} from "./FlaggedCard";
import { RecipientIdentity } from "./RecipientIdentity";
import { SeverityBadge } from "./SeverityBadge";
import { TrustAction } from "./TrustAction";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  heading: { overflowWrap: "anywhere" },
  members: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalS },
  member: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBlockStart: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: "grid", minWidth: 0, flexGrow: 1 },
  // The button keeps its one-word label whole in a 320 px pane; the address wraps instead.
  memberAction: { flexShrink: 0 },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface DomainGroupCardProps {
  group: DomainGroup;
  checker: Checker;
  allowTrust: boolean;
  busy: boolean;
  /** Replaces every recipient of the group, each with the group's domain. */
  onFixAll(): Promise<unknown>;
  onRemove(recipient: CheckedRecipient): Promise<unknown>;
  onTrust(stored: string, shown: string): Promise<unknown>;
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * Several recipients at one questioned domain, said once: what looks wrong, the fix for all of them
 * ("Fix all at army.ml", one confirmation listing every change), and each recipient with Remove.
 */
export function DomainGroupCard({
  group,
  checker,
  allowTrust,
  busy,
  onFixAll,
  onRemove,
  onTrust,
  fallbackFocus,
}: DomainGroupCardProps) {
  const styles = { ...useFlaggedCardStyles(), ...useStyles() };
  const fieldLabels = useFieldLabels();
  const text = usePaneText();
  const headingId = useId("group");
  const first = group.recipients[0]!;
  const severity = VERDICT_SEVERITY[first.result.verdict];
  const domain = visibleText(group.domainShown);
  const messages = [...new Set(first.result.findings.map((f) => visibleText(f.message)))];
  const fix = group.fix;
  const fixShown = fix ? shownDomain(fix.domain) : "";
  const count = text.n("count.recipients", group.recipients.length);

  return (
    <FlaggedCard severity={severity} labelledBy={headingId}>
      <SeverityBadge severity={severity} />
      <Body1Strong id={headingId} className={styles.heading}>
        {text.nodes("group.heading", {
          recipients: count,
          domain: <span className={styles.mono}>{domain}</span>,
        })}
      </Body1Strong>
      <FindingList messages={messages} />
      {fix && (
        <div className={styles.suggestion}>
          <Caption1>{text.t("card.probablyMeant")}</Caption1>
          <SuggestedAddress shown={fixShown} source={fix.finding.suggestionSource} />
        </div>
      )}
      <div className={styles.actions}>
        {fix && (
          <ConfirmAction
            label={text.t("group.fixAll", { domain })}
            icon={<ArrowSwap20Regular />}
            appearance="primary"
            disabled={busy}
            title={text.t("group.fixAllTitle", { recipients: count, domain })}
            confirmLabel={text.t("group.fixAllConfirm")}
            onConfirm={onFixAll}
            fallbackFocus={fallbackFocus}
            body={
              <>
                <p>
                  {text.nodes("group.fixAllBody", {
                    recipients: count,
                    fix: <span className={styles.mono}>{fixShown}</span>,
                    domain: <span className={styles.mono}>{domain}</span>,
                  })}
                </p>
                <ul className={styles.changes}>
                  {group.recipients.map((r) => {
                    const address = visibleText(r.entry.emailAddress);
                    const next = withDomain(r, fix.domain);
                    const name = visibleText(displayNameAfterReplace(r.entry, next));
                    return (
                      <li key={`${r.field}-${r.index}`}>
                        {text.nodes("group.becomes", {
                          field: fieldLabels[r.field],
                          old: (
                            <span className={styles.mono}>
                              {whole(visibleText(r.entry.displayName), address)}
                            </span>
                          ),
                          new: <span className={styles.mono}>{whole(name, visibleText(next))}</span>,
                        })}
                      </li>
                    );
                  })}
                </ul>
                <FixExplanation
                  finding={fix.finding}
                  typedDomain={domain}
                  suggestion={withDomain(first, fix.domain)}
                  checker={checker}
                />
                <p>{text.t("group.othersStay")}</p>
              </>
            }
          />
        )}
        {allowTrust && (
          <TrustAction
            result={first.result}
            checker={checker}
            busy={busy}
            onTrust={onTrust}
            fallbackFocus={fallbackFocus}
          />
        )}
      </div>
      <ul className={styles.members} aria-label={text.t("group.members", { domain })}>
        {group.recipients.map((r) => {
          const field = fieldLabels[r.field];
          const address = visibleText(r.entry.emailAddress) || text.t("noAddress");
          return (
            <li key={`${r.field}-${r.index}-${r.entry.emailAddress}`} className={styles.member}>
              <span className={styles.who}>
                <Caption1 className={styles.field}>{field}</Caption1>
                <RecipientIdentity entry={r.entry} />
              </span>
              <span className={styles.memberAction}>
                <ConfirmAction
                  label={text.t("remove.label")}
                  ariaLabel={text.t("remove.aria", { address, field })}
                  icon={<Delete20Regular />}
                  disabled={busy}
                  title={text.t("remove.title")}
                  confirmLabel={text.t("remove.confirm")}
                  onConfirm={() => onRemove(r)}
                  fallbackFocus={fallbackFocus}
                  body={
                    <p>
                      {text.nodes("remove.bodyGroup", {
                        whole: (
                          <span className={styles.mono}>
                            {whole(visibleText(r.entry.displayName), address)}
                          </span>
                        ),
                        field,
                      })}
                    </p>
                  }
                />
              </span>
            </li>
          );
        })}
      </ul>
    </FlaggedCard>
  );
}
