import { Body1, Caption1, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmark24Regular } from "@fluentui/react-icons";
import { usePaneText } from "../i18n";

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
  const text = usePaneText();
  return (
    <main className={styles.root} aria-labelledby="outside-title">
      <Title3 as="h1" id="outside-title" className={styles.heading}>
        <ShieldCheckmark24Regular className={styles.icon} aria-hidden />
        {text.t("app.name")}
      </Title3>
      <Body1 as="p" style={{ margin: 0 }}>
        {text.nodes("outside.intro", {
          typed: <span className={styles.example}>army.ml</span>,
          meant: <span className={styles.example}>army.mil</span>,
        })}
      </Body1>
      <Subtitle2 as="h2" style={{ margin: 0 }}>
        {text.t("outside.heading")}
      </Subtitle2>
      <ol className={styles.steps}>
        <li>
          <Body1>{text.t("outside.step1")}</Body1>
        </li>
        <li>
          <Body1>
            {text.nodes("outside.step2", {
              button: <strong>{text.t("outside.button")}</strong>,
              apps: <strong>{text.t("outside.apps")}</strong>,
            })}
          </Body1>
        </li>
      </ol>
      <Caption1>{text.t("outside.nothing")}</Caption1>
    </main>
  );
}
