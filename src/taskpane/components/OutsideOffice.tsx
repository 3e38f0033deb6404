import { Body1, Caption1, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmark24Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    maxWidth: "36rem",
  },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  example: { fontFamily: tokens.fontFamilyMonospace },
});

/** What the pane shows when it is opened anywhere but a message being written in Outlook. */
export function OutsideOffice() {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-labelledby="outside-title">
      <Title3 as="h1" id="outside-title" className={styles.heading}>
        <ShieldCheckmark24Regular className={styles.icon} aria-hidden />
        Recipient Guard
      </Title3>
      <Body1 as="p" style={{ margin: 0 }}>
        Recipient Guard checks every To, Cc and Bcc address when you press Send, and warns you about mistyped
        and look-alike domains, such as <span className={styles.example}>army.ml</span> for{" "}
        <span className={styles.example}>army.mil</span>.
      </Body1>
      <Subtitle2 as="h2" style={{ margin: 0 }}>
        Open it in Outlook
      </Subtitle2>
      <ol className={styles.steps}>
        <li>
          <Body1>In Outlook, start a new message (or reply).</Body1>
        </li>
        <li>
          <Body1>
            On the ribbon, choose <strong>Check recipients</strong> (in some versions it is under{" "}
            <strong>Apps</strong>).
          </Body1>
        </li>
      </ol>
      <Caption1>This page only works inside Outlook; there is nothing to do here.</Caption1>
    </main>
  );
}
