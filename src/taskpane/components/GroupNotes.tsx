import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { PeopleTeam20Regular } from "@fluentui/react-icons";
import { visibleText } from "../../shared/display-text";
import type { CheckedRecipient } from "../fixes";
import { useFieldLabels } from "../labels";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "grid", gap: "2px" },
  item: { overflowWrap: "anywhere" },
});

/**
 * Groups on the message that nothing else questions: named, because Outlook does not give the add-in
 * their members. A group the policy questions is a card above like any other recipient.
 */
export function GroupNotes({ recipients }: { recipients: readonly CheckedRecipient[] }) {
  const styles = useStyles();
  const fieldLabels = useFieldLabels();
  const text = usePaneText();
  const groups = recipients.filter(
    (r) => r.result.verdict === "allow" && r.result.findings.some((f) => f.code === "group-recipient"),
  );
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="group-notes-heading" className={styles.root}>
      <Body1Strong as="h3" id="group-notes-heading" className={styles.heading}>
        <PeopleTeam20Regular aria-hidden /> {text.t("groups.heading")}
      </Body1Strong>
      <ul className={styles.list}>
        {groups.map((g) => (
          <li key={`${g.field}-${g.index}`} className={styles.item}>
            <Caption1>
              {text.t("colon", {
                label: fieldLabels[g.field],
                text: visibleText(g.result.findings.find((f) => f.code === "group-recipient")!.message),
              })}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
