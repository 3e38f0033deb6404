import { Body1, Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, Globe20Regular } from "@fluentui/react-icons";
import { hostToUnicode } from "../../checker/domain";
import { visibleText } from "../../shared/display-text";
import type { OutsideDomain, RecipientReview } from "../fixes";
import { useItemWords } from "../labels";
import { usePaneText, type PaneText } from "../i18n";

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

function addressesOf(group: OutsideDomain, text: PaneText): string {
  const shown = group.recipients.slice(0, NAMED).map((r) => visibleText(r.entry.emailAddress));
  const more = group.recipients.length - shown.length;
  const list = shown.join(text.t("list.separator"));
  return more > 0 ? text.t("andMore", { list, count: more }) : list;
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
  const text = usePaneText();
  const outside = review.outsideDomains;
  if (outside.length === 0) return null;
  const outsideCount = outside.reduce((n, d) => n + d.recipients.length, 0);
  const inside = review.recipients.filter((r) => r.result.normalised).length - outsideCount;
  const waiting = outside.filter((d) => !d.confirmed).length;
  return (
    <section aria-labelledby="confirm-domains-heading" className={styles.root}>
      <Body1Strong as="h3" id="confirm-domains-heading" className={styles.heading}>
        <Globe20Regular aria-hidden /> {text.t("confirm.heading")}
      </Body1Strong>
      <Body1>{text.t(waiting > 0 ? "confirm.waiting" : "confirm.allDone", { noun })}</Body1>
      <ul className={styles.list} aria-label={text.t("confirm.list")}>
        {outside.map((group) => {
          const shown = visibleText(hostToUnicode(group.domain));
          return (
            <li key={group.domain} className={styles.domain}>
              <div className={styles.who}>
                <Body1Strong>{shown}</Body1Strong>
                <br />
                <Caption1>
                  {text.t("confirm.who", {
                    recipients: text.n("count.recipients", group.recipients.length),
                    addresses: addressesOf(group, text),
                  })}
                </Caption1>
              </div>
              {group.confirmed ? (
                <span className={styles.done}>
                  <CheckmarkCircle20Filled aria-hidden />
                  <Caption1>{text.t("confirm.confirmed")}</Caption1>
                </span>
              ) : (
                <Button appearance="primary" disabled={busy} onClick={() => void onConfirm(group.domain)}>
                  {text.t("confirm.button", { domain: shown })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {inside > 0 && (
        <Caption1>{text.t("confirm.inside", { recipients: text.n("count.recipients", inside) })}</Caption1>
      )}
    </section>
  );
}
