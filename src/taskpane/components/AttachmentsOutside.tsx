import { Body1, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Attach20Regular } from "@fluentui/react-icons";
import { formatSize } from "../../checker";
import { hostToUnicode } from "../../checker/domain";
import { visibleText } from "../../shared/display-text";
import type { RecipientReview } from "../fixes";
import { useItemWords } from "../labels";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0 },
  columns: { display: "grid", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", gap: "2px" },
  item: { overflowWrap: "anywhere" },
  size: { color: tokens.colorNeutralForeground2 },
});

/**
 * The message's attachments beside the outside domains they go to (issue 12, part 3): shown when
 * the message has attachments (inline images are part of the body) and recipients outside the
 * organisation. Names come from the message, so they are shown as text with invisible characters
 * made visible.
 */
export function AttachmentsOutside({ review }: { review: RecipientReview }) {
  const styles = useStyles();
  const noun = useItemWords().noun;
  const text = usePaneText();
  const { attachments, outsideDomains } = review;
  if (attachments.length === 0 || outsideDomains.length === 0) return null;
  return (
    <section aria-labelledby="attachments-outside-heading" className={styles.root}>
      <Body1Strong as="h3" id="attachments-outside-heading" className={styles.heading}>
        <Attach20Regular aria-hidden /> {text.t("attachments.heading")}
      </Body1Strong>
      <Body1>
        {text.t(attachments.length === 1 ? "attachments.one" : "attachments.other", {
          noun,
          count: attachments.length,
          domains: text.n("count.domains", outsideDomains.length),
        })}
      </Body1>
      <div className={styles.columns}>
        <Caption1 id="attachments-outside-files">{text.t("attachments.files")}</Caption1>
        <ul className={styles.list} aria-labelledby="attachments-outside-files">
          {attachments.map((a, i) => {
            const size = formatSize(a.size, text.messages.text);
            return (
              <li key={`${i}-${a.name}`} className={styles.item}>
                <Body1>{visibleText(a.name) || text.t("noName")}</Body1>{" "}
                <Caption1 className={styles.size}>
                  {size ? text.t("attachments.size", { size }) : text.t("attachments.noSize")}
                </Caption1>
              </li>
            );
          })}
        </ul>
        <Caption1 id="attachments-outside-domains">{text.t("attachments.domains")}</Caption1>
        <ul className={styles.list} aria-labelledby="attachments-outside-domains">
          {outsideDomains.map((d) => (
            <li key={d.domain} className={styles.item}>
              <Body1>{visibleText(hostToUnicode(d.domain))}</Body1>{" "}
              <Caption1 className={styles.size}>
                {text.t("attachments.recipients", {
                  recipients: text.n("count.recipients", d.recipients.length),
                })}
              </Caption1>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
