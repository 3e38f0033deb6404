import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle32Filled, PeopleAdd24Regular } from "@fluentui/react-icons";
import { plural, useItemWords } from "../labels";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  empty: { backgroundColor: tokens.colorNeutralBackground3 },
  icon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  text: { display: "grid", gap: tokens.spacingVerticalXXS },
});

/** Nothing flagged: say so plainly (or that there is nobody to check yet). */
export function AllClear({ total }: { total: number }) {
  const styles = useStyles();
  const { noun, allFields } = useItemWords();
  if (total === 0) {
    return (
      <div className={`${styles.root} ${styles.empty}`}>
        <PeopleAdd24Regular aria-hidden />
        <div className={styles.text}>
          <Subtitle2 as="p" style={{ margin: 0 }}>
            No recipients yet
          </Subtitle2>
          <Body1>Add recipients to the {noun}; Recipient Guard checks them here as you go.</Body1>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <CheckmarkCircle32Filled className={styles.icon} aria-hidden />
      <div className={styles.text}>
        <Subtitle2 as="p" style={{ margin: 0 }}>
          All recipients look right
        </Subtitle2>
        <Body1>
          Recipient Guard checked {plural(total, "address", "addresses")} in {allFields} and found nothing
          that looks like a slip.
        </Body1>
      </div>
    </div>
  );
}
