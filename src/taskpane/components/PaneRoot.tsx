import * as React from "react";
import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";

const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, minHeight: "100%" },
});

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** The root of every state of the pane: Fluent's theme and the live-region announcer. */
export function PaneRoot({ theme, children }: { theme: Theme; children: React.ReactNode }) {
  useGlobalStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}
