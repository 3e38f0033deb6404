import { Body1Strong, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { PeopleTeam20Regular, PersonAdd20Regular } from "@fluentui/react-icons";
import type { FindingCode } from "../../checker";
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

/** The notes the review shows about recipients that nothing else questions, each under its heading. */
const NOTES = {
  // Named, because Outlook does not give the add-in their members; the message names the group.
  "group-recipient": { heading: "groups.heading", icon: PeopleTeam20Regular, named: false },
  // A reply's outside domain the user added (information by default); the message names the domain.
  "added-outside-domain": { heading: "added.heading", icon: PersonAdd20Regular, named: true },
} as const satisfies Partial<Record<FindingCode, object>>;

/**
 * The recipients whose finding `code` is only a note (their verdict is allow), one line each with
 * its field and what the finding says. A recipient the policy questions is a card above instead.
 */
export function RecipientNotes({
  recipients,
  code,
}: {
  recipients: readonly CheckedRecipient[];
  code: keyof typeof NOTES;
}) {
  const styles = useStyles();
  const fieldLabels = useFieldLabels();
  const text = usePaneText();
  const headingId = useId("notes");
  const note = NOTES[code];
  const noted = recipients.filter(
    (r) => r.result.verdict === "allow" && r.result.findings.some((f) => f.code === code),
  );
  if (noted.length === 0) return null;
  const Icon = note.icon;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        <Icon aria-hidden /> {text.t(note.heading)}
      </Body1Strong>
      <ul className={styles.list}>
        {noted.map((r) => {
          const field = fieldLabels[r.field];
          return (
            <li key={`${r.field}-${r.index}`} className={styles.item}>
              <Caption1>
                {text.t("colon", {
                  label: note.named
                    ? text.t("notes.recipient", { address: visibleText(r.entry.emailAddress), field })
                    : field,
                  text: visibleText(r.result.findings.find((f) => f.code === code)!.message),
                })}
              </Caption1>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
