import { Body1, Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, Globe20Regular } from "@fluentui/react-icons";
import { hostToUnicode } from "../../checker/domain";
import { visibleText } from "../../shared/display-text";
import type { OutsideDomain, RecipientReview } from "../fixes";
import { plural, useItemWords } from "../labels";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0 },
  list: { margin: 0, padding: 0, listStyle: "none", display: "grid", gap: tokens.spacingVerticalS },
  domain: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  who: { overflowWrap: "anywhere", minWidth: 0 },
  done: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorStatusSuccessForeground1,
  },
});

/** At most this many addresses are named under a domain; the rest are counted. */
const NAMED = 3;

function addressesOf(group: OutsideDomain): string {
  const shown = group.recipients.slice(0, NAMED).map((r) => visibleText(r.entry.emailAddress));
  const more = group.recipients.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/**
 * The organisation's confirmation of every outside domain (policy externalRecipients.confirmDomains):
 * the recipients outside the organisation by domain, each domain confirmed once for this message,
 * and those inside apart. Not shown when every recipient is inside.
 */
export function ConfirmDomains({
  review,
  busy,
  onConfirm,
}: {
  review: RecipientReview;
  busy: boolean;
  onConfirm(domain: string): Promise<unknown>;
}) {
  const styles = useStyles();
  const noun = useItemWords().noun;
  const outside = review.outsideDomains;
  if (outside.length === 0) return null;
  const outsideCount = outside.reduce((n, d) => n + d.recipients.length, 0);
  const inside = review.recipients.filter((r) => r.result.normalised).length - outsideCount;
  const waiting = outside.filter((d) => !d.confirmed).length;
  return (
    <section aria-labelledby="confirm-domains-heading" className={styles.root}>
      <Body1Strong as="h3" id="confirm-domains-heading" className={styles.heading}>
        <Globe20Regular aria-hidden /> Outside domains to confirm
      </Body1Strong>
      <Body1>
        {waiting > 0
          ? `Your organisation asks you to confirm each domain outside it before this ${noun} goes.`
          : `Every outside domain is confirmed for this ${noun}.`}
      </Body1>
      <ul className={styles.list} aria-label="Outside domains">
        {outside.map((group) => {
          const shown = visibleText(hostToUnicode(group.domain));
          return (
            <li key={group.domain} className={styles.domain}>
              <div className={styles.who}>
                <Body1Strong>{shown}</Body1Strong>
                <br />
                <Caption1>
                  {plural(group.recipients.length, "recipient")}: {addressesOf(group)}
                </Caption1>
              </div>
              {group.confirmed ? (
                <span className={styles.done}>
                  <CheckmarkCircle20Filled aria-hidden />
                  <Caption1>Confirmed</Caption1>
                </span>
              ) : (
                <Button appearance="primary" disabled={busy} onClick={() => void onConfirm(group.domain)}>
                  Confirm {shown}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {inside > 0 && (
        <Caption1>Inside your organisation: {plural(inside, "recipient")}, nothing to confirm.</Caption1>
      )}
    </section>
  );
}
