import { Body1Strong, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowSwap20Regular, Delete20Regular } from "@fluentui/react-icons";
import type { Checker } from "../../checker";
import { visibleText } from "../../shared/display-text";
import { displayNameAfterReplace, withDomain, type CheckedRecipient, type DomainGroup } from "../fixes";
import { plural, useFieldLabels, VERDICT_SEVERITY } from "../labels";
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
  const headingId = useId("group");
  const first = group.recipients[0]!;
  const severity = VERDICT_SEVERITY[first.result.verdict];
  const domain = visibleText(group.domainShown);
  const messages = [...new Set(first.result.findings.map((f) => visibleText(f.message)))];
  const fix = group.fix;
  const fixShown = fix ? shownDomain(fix.domain) : "";
  const count = plural(group.recipients.length, "recipient");

  return (
    <FlaggedCard severity={severity} labelledBy={headingId}>
      <SeverityBadge severity={severity} />
      <Body1Strong id={headingId} className={styles.heading}>
        {count} at <span className={styles.mono}>{domain}</span>
      </Body1Strong>
      <FindingList messages={messages} />
      {fix && (
        <div className={styles.suggestion}>
          <Caption1>Probably meant</Caption1>
          <SuggestedAddress shown={fixShown} source={fix.finding.suggestionSource} />
        </div>
      )}
      <div className={styles.actions}>
        {fix && (
          <ConfirmAction
            label={`Fix all at ${domain}`}
            icon={<ArrowSwap20Regular />}
            appearance="primary"
            disabled={busy}
            title={`Fix all ${count} at ${domain}?`}
            confirmLabel="Fix all"
            onConfirm={onFixAll}
            fallbackFocus={fallbackFocus}
            body={
              <>
                <p>
                  Each of these {count} gets <span className={styles.mono}>{fixShown}</span> instead of{" "}
                  <span className={styles.mono}>{domain}</span>:
                </p>
                <ul className={styles.changes}>
                  {group.recipients.map((r) => {
                    const address = visibleText(r.entry.emailAddress);
                    const next = withDomain(r, fix.domain);
                    const name = visibleText(displayNameAfterReplace(r.entry, next));
                    return (
                      <li key={`${r.field}-${r.index}`}>
                        {fieldLabels[r.field]}:{" "}
                        <span className={styles.mono}>
                          {whole(visibleText(r.entry.displayName), address)}
                        </span>{" "}
                        becomes <span className={styles.mono}>{whole(name, visibleText(next))}</span>
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
                <p>Display names and every other recipient stay as they are.</p>
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
      <ul className={styles.members} aria-label={`Recipients at ${domain}`}>
        {group.recipients.map((r) => {
          const field = fieldLabels[r.field];
          const address = visibleText(r.entry.emailAddress) || "(no address)";
          return (
            <li key={`${r.field}-${r.index}-${r.entry.emailAddress}`} className={styles.member}>
              <span className={styles.who}>
                <Caption1 className={styles.field}>{field}</Caption1>
                <RecipientIdentity entry={r.entry} />
              </span>
              <span className={styles.memberAction}>
                <ConfirmAction
                  label="Remove"
                  ariaLabel={`Remove ${address} from ${field}`}
                  icon={<Delete20Regular />}
                  disabled={busy}
                  title="Remove this recipient?"
                  confirmLabel="Remove"
                  onConfirm={() => onRemove(r)}
                  fallbackFocus={fallbackFocus}
                  body={
                    <p>
                      <span className={styles.mono}>{whole(visibleText(r.entry.displayName), address)}</span>{" "}
                      will be removed from {field}. Every other recipient stays as it is.
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
