import { Body1Strong, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Info20Regular } from "@fluentui/react-icons";
import { visibleText } from "../../shared/display-text";
import type { CheckedRecipient } from "../fixes";
import { newDomains } from "../fixes";
import { useFieldLabels } from "../labels";
import { describeStoredDomain } from "../trust-words";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", gap: "2px" },
  item: { overflowWrap: "anywhere" },
});

/**
 * The outside domains the user has not written to before (unfamiliar-domain, information by
 * default): a quiet note, one line a domain with its recipients, nothing to decide. When the policy
 * makes it a warning the recipient is a card above instead.
 */
export function NewDomains({ recipients }: { recipients: readonly CheckedRecipient[] }) {
  const styles = useStyles();
  const fieldLabels = useFieldLabels();
  const text = usePaneText();
  const headingId = useId("new-domains");
  const domains = newDomains(recipients);
  if (domains.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        <Info20Regular aria-hidden /> {text.t("newDomains.heading")}
      </Body1Strong>
      <Caption1 className={styles.hint}>{text.t("newDomains.hint")}</Caption1>
      <ul className={styles.list}>
        {domains.map((d) => (
          <li key={d.domain} className={styles.item}>
            <Caption1>
              {text.t("colon", {
                label: text.t("newDomains.first", { domain: describeStoredDomain(d.domain, text) }),
                text: d.recipients
                  .map((r) =>
                    text.t("notes.recipient", {
                      address: visibleText(r.entry.emailAddress),
                      field: fieldLabels[r.field],
                    }),
                  )
                  .join(text.t("list.separator")),
              })}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
