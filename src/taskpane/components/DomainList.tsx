import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  item: {
    display: "inline-flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  domain: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  none: { color: tokens.colorNeutralForeground3 },
});

/** Policies may hold thousands of domains: the pane shows the first ones and says how many more. */
export const DOMAINS_SHOWN = 40;

export interface DomainItem {
  domain: string;
  /** Shown beside the domain, e.g. where it came from. */
  note?: string;
}

export function DomainList({
  items,
  label,
  empty,
}: {
  items: readonly DomainItem[];
  label: string;
  empty?: string;
}) {
  const styles = useStyles();
  const text = usePaneText();
  if (items.length === 0) return <Body1 className={styles.none}>{empty ?? text.t("domains.none")}</Body1>;
  const shown = items.slice(0, DOMAINS_SHOWN);
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {shown.map((item) => (
          <li key={item.domain} className={styles.item}>
            <Body1 className={styles.domain}>{item.domain}</Body1>
            {item.note && <Caption1 className={styles.note}>{` · ${item.note}`}</Caption1>}
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <Body1>{text.t("domains.more", { count: items.length - shown.length })}</Body1>
      )}
    </>
  );
}
