import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle32Filled, PeopleAdd24Regular } from "@fluentui/react-icons";
import { useItemWords } from "../labels";
import { usePaneText } from "../i18n";

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
  const text = usePaneText();
  if (total === 0) {
    return (
      <div className={`${styles.root} ${styles.empty}`}>
        <PeopleAdd24Regular aria-hidden />
        <div className={styles.text}>
          <Subtitle2 as="p" style={{ margin: 0 }}>
            {text.t("clear.noneTitle")}
          </Subtitle2>
          <Body1>{text.t("clear.none", { noun })}</Body1>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <CheckmarkCircle32Filled className={styles.icon} aria-hidden />
      <div className={styles.text}>
        <Subtitle2 as="p" style={{ margin: 0 }}>
          {text.t("clear.title")}
        </Subtitle2>
        <Body1>
          {text.t("clear.body", { addresses: text.n("count.addresses", total), fields: allFields })}
        </Body1>
      </div>
    </div>
  );
}
