import {
  Badge,
  Body1,
  Body1Strong,
  Caption1,
  Subtitle2,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import type { AlertContext, FlaggedRecipient } from "../../shared/alert-context";
import { visibleText } from "../../shared/display-text";
import type { RecipientReview } from "../fixes";
import { useItemWords } from "../labels";
import { MessageFindings } from "./MessageFindings";
import { RecipientIdentity } from "./RecipientIdentity";
import { usePaneText, type PaneText } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalS },
  item: { display: "grid", gap: "2px" },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  message: { overflowWrap: "anywhere" },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  // Fluent's outline warning text (colorPaletteYellowForeground2) is 4.35:1 on this card's
  // background; the status token is 7.3:1 in the light theme and 13:1 in the dark one.
  warning: {
    color: tokens.colorStatusWarningForeground2,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder2),
  },
});

type Now = "flagged" | "fixed" | "corrected" | "replaced-flagged" | "gone" | "unknown";

const NOW_COLOR: Record<Now, "warning" | "success" | "informative"> = {
  flagged: "warning",
  fixed: "success",
  corrected: "success",
  "replaced-flagged": "warning",
  gone: "informative",
  unknown: "informative",
};

/** The badge for `now`, naming the item being written ("No longer on the invitation"). */
function nowLabel(
  now: Now,
  noun: string,
  text: PaneText,
): { text: string; color: "warning" | "success" | "informative" } {
  return { text: text.t(`now.${now}`, { noun }), color: NOW_COLOR[now] };
}

/** What has become of a recipient the alert named, as a badge that stays readable in both themes. */
function StateBadge({ text, color }: { text: string; color: "warning" | "success" | "informative" }) {
  const styles = useStyles();
  return (
    <Badge
      appearance="outline"
      color={color}
      shape="rounded"
      className={color === "warning" ? styles.warning : undefined}
    >
      {text}
    </Badge>
  );
}

/** What has become of a recipient the alert named: still there, corrected to its suggestion, or gone. */
function nowOf(
  flagged: FlaggedRecipient,
  review: RecipientReview | null,
): { now: Now; correctedTo?: string } {
  if (!review) return { now: "unknown" };
  const inField = review.recipients.filter((r) => r.field === flagged.field);
  const live = inField.filter((r) => r.entry.emailAddress === flagged.emailAddress);
  if (live.length > 0) return { now: live.some((r) => r.result.verdict !== "allow") ? "flagged" : "fixed" };
  const suggestions = flagged.findings.map((f) => f.suggestion).filter((s): s is string => !!s);
  // A replacement is checked like any address: one that is still flagged is never called corrected.
  const replaced = inField.filter((r) => suggestions.includes(r.entry.emailAddress));
  const corrected = replaced.find((r) => r.result.verdict === "allow");
  if (corrected) return { now: "corrected", correctedTo: corrected.entry.emailAddress };
  const stillFlagged = replaced[0];
  return stillFlagged
    ? { now: "replaced-flagged", correctedTo: stillFlagged.entry.emailAddress }
    : { now: "gone" };
}

/** Recipients the alert named at one domain for the same reasons: said once. */
interface AlertGroup {
  domain: string;
  members: FlaggedRecipient[];
}

const SHOWN_MEMBERS = 5;

/** The alert's recipients in order, those at one domain with the same kinds of finding together. */
function groupAlertRecipients(recipients: readonly FlaggedRecipient[]): AlertGroup[] {
  const groups: AlertGroup[] = [];
  const byKey = new Map<string, AlertGroup>();
  for (const r of recipients) {
    const at = r.emailAddress.lastIndexOf("@");
    const domain = at > 0 ? r.emailAddress.slice(at + 1).toLowerCase() : "";
    const key = domain ? `${domain} ${r.findings.map((f) => f.code).join(",")}` : null;
    const existing = key === null ? undefined : byKey.get(key);
    if (existing) existing.members.push(r);
    else {
      const group = { domain, members: [r] };
      groups.push(group);
      if (key !== null) byKey.set(key, group);
    }
  }
  return groups;
}

/** What the Smart Alert told the user, and what has become of each recipient it named. */
export function AlertSummary({ alert, review }: { alert: AlertContext; review: RecipientReview | null }) {
  const styles = useStyles();
  const words = useItemWords();
  const text = usePaneText();
  const fieldLabels = words.fields;
  // Notes about the whole message that the live check repeats are shown once, with the live result.
  const messageFindings = alert.messageFindings.filter(
    (f) => !review?.messageFindings.some((live) => live.code === f.code),
  );
  if (alert.recipients.length === 0 && messageFindings.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="alert-summary-heading">
      <Subtitle2 as="h2" id="alert-summary-heading" className={styles.heading}>
        {text.t("alert.heading")}
      </Subtitle2>
      <Body1>
        {text.t(`alert.${alert.verdict}`, { noun: words.noun })}
        {alert.recipients.length > 0 &&
          ` ${text.t("alert.named", { recipients: text.n("count.recipients", alert.recipients.length) })}`}
      </Body1>
      {alert.recipients.length > 0 && (
        <ul className={styles.list}>
          {groupAlertRecipients(alert.recipients).map((group, i) => {
            const first = group.members[0]!;
            const states = group.members.map((m) => nowOf(m, review));
            if (group.members.length > 1) {
              const nows = [...new Set(states.map((st) => st.now))];
              const pending = nows.some(
                (n) => n === "flagged" || n === "replaced-flagged" || n === "unknown",
              );
              const badge =
                nows.length === 1
                  ? nowLabel(nows[0]!, words.noun, text)
                  : pending
                    ? { text: text.t("now.someFlagged"), color: "warning" as const }
                    : { text: text.t("now.allDone", { noun: words.noun }), color: "success" as const };
              const shown = group.members.slice(0, SHOWN_MEMBERS).map((m) => visibleText(m.emailAddress));
              const more = group.members.length - shown.length;
              return (
                <li key={`group-${group.domain}-${i}`} className={styles.item}>
                  <div className={styles.row}>
                    <Body1Strong>
                      {text.nodes("alert.atDomain", {
                        recipients: text.n("count.recipients", group.members.length),
                        domain: <span className={styles.mono}>{visibleText(group.domain)}</span>,
                      })}
                    </Body1Strong>
                    <StateBadge color={badge.color} text={badge.text} />
                  </div>
                  <Caption1 className={styles.message}>
                    {more > 0 ? (
                      text.nodes("andMore", {
                        list: <span className={styles.mono}>{shown.join(text.t("list.separator"))}</span>,
                        count: more,
                      })
                    ) : (
                      <span className={styles.mono}>{shown.join(text.t("list.separator"))}</span>
                    )}
                  </Caption1>
                  {!pending &&
                    first.findings.map((f, j) => (
                      <Caption1 key={j} className={styles.message}>
                        {visibleText(f.message)}
                      </Caption1>
                    ))}
                </li>
              );
            }
            const { now, correctedTo } = states[0]!;
            const r = first;
            return (
              <li key={`${r.field}-${r.emailAddress}-${i}`} className={styles.item}>
                <div className={styles.row}>
                  <Caption1>{fieldLabels[r.field]}</Caption1>
                  <StateBadge {...nowLabel(now, words.noun, text)} />
                </div>
                <RecipientIdentity entry={r} />
                {correctedTo && (
                  <Caption1 className={styles.message}>
                    {text.nodes("alert.now", {
                      address: <span className={styles.mono}>{visibleText(correctedTo)}</span>,
                    })}
                  </Caption1>
                )}
                {now !== "flagged" &&
                  now !== "replaced-flagged" &&
                  r.findings.map((f, j) => (
                    <Caption1 key={j} className={styles.message}>
                      {visibleText(f.message)}
                    </Caption1>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      <MessageFindings findings={messageFindings} />
    </section>
  );
}
