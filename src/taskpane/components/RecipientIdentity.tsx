import { Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { RecipientEntry } from "../../shared/alert-context";
import { visibleText } from "../../shared/display-text";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  empty: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

/**
 * A recipient's display name and address exactly as typed, as text: hidden and direction-changing
 * characters made visible, nothing ever turned into markup or a link.
 */
export function RecipientIdentity({ entry, id }: { entry: RecipientEntry; id?: string }) {
  const styles = useStyles();
  const address = visibleText(entry.emailAddress);
  const name = visibleText(entry.displayName);
  const text = usePaneText();
  const showName = name !== "" && name.toLowerCase() !== address.toLowerCase();
  return (
    <span className={styles.root} id={id}>
      {showName && (
        <Body1Strong className={styles.name} dir="auto">
          {name}
        </Body1Strong>
      )}
      <span className={address ? styles.address : styles.empty} dir="ltr">
        {address || text.t("noAddress")}
      </span>
    </span>
  );
}
