import { Caption1, Card, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { SuggestionSource } from "../../checker";
import { suggestionReason } from "../labels";
import { usePaneText } from "../i18n";

/** The styles every card of a flagged recipient (one recipient, or several at one domain) shares. */
export const useFlaggedCardStyles = makeStyles({
  item: { listStyleType: "none" },
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM },
  block: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warn: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  field: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  findings: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  finding: { overflowWrap: "anywhere" },
  suggestion: { display: "flex", flexDirection: "column", gap: "2px" },
  reason: { color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** How a recipient reads: "Name <address>", or the address alone. */
export const nameAndAddress = (name: string, address: string): string =>
  name && name !== address ? `${name} <${address}>` : address;

/** The card itself, its border coloured by how serious the finding is. */
export function FlaggedCard({
  severity,
  labelledBy,
  children,
}: {
  severity: string;
  labelledBy: string;
  children: ReactNode;
}) {
  const styles = useFlaggedCardStyles();
  return (
    <li className={styles.item} aria-labelledby={labelledBy}>
      <Card
        className={mergeClasses(
          styles.card,
          severity === "block" && styles.block,
          severity === "warn" && styles.warn,
        )}
      >
        {children}
      </Card>
    </li>
  );
}

/** What looks wrong, one message a line (already made visible: invisible characters shown). */
export function FindingList({ messages }: { messages: readonly string[] }) {
  const styles = useFlaggedCardStyles();
  const text = usePaneText();
  return (
    <ul className={styles.findings} aria-label={text.t("card.whatLooksWrong")}>
      {messages.map((m, i) => (
        <li key={`${i}-${m}`} className={styles.finding}>
          {m}
        </li>
      ))}
    </ul>
  );
}

/** A suggested address as shown under "Probably meant", with where the suggestion comes from. */
export function SuggestedAddress({ shown, source }: { shown: string; source: SuggestionSource | undefined }) {
  const styles = useFlaggedCardStyles();
  const text = usePaneText();
  return (
    <span className={styles.suggestion}>
      <span className={styles.mono} dir="ltr">
        {shown}
      </span>
      {source && <Caption1 className={styles.reason}>{suggestionReason(source, text)}</Caption1>}
    </span>
  );
}
