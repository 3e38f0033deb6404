import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { createChecker } from "../checker";
import type { LoadedPolicy } from "../shared/policy-store";
import type { PaneHost } from "./host";
import { PaneTextContext, paneTextFor } from "./i18n";
import { ItemWordsContext, itemWordsIn } from "./labels";
import { userTrustedDomains } from "./policy-view";
import { ConfirmHost } from "./components/ConfirmAction";
import { ReviewView } from "./components/ReviewView";
import { SettingsView } from "./components/SettingsView";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    maxWidth: "40rem",
    minWidth: 0,
  },
  // Outlook already shows the add-in's name above the pane: the heading is for screen readers only.
  title: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { minWidth: 0 },
});

type View = "review" | "settings";

/** The review pane: a Review view (the live check and fixes) and a Settings view. */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const [view, setView] = React.useState<View>("review");
  const [policy, setPolicy] = React.useState<LoadedPolicy>(() => host.loadPolicy());
  const reloadPolicy = React.useCallback(() => setPolicy(host.loadPolicy()), [host]);
  const text = React.useMemo(() => paneTextFor(host.displayLanguage), [host.displayLanguage]);
  // Screen readers pronounce the pane in its language.
  React.useEffect(() => {
    document.documentElement.lang = text.language;
  }, [text]);
  const words = React.useMemo(() => itemWordsIn(text, host.itemKind ?? "message"), [text, host.itemKind]);
  // The findings the pane shows speak the pane's language.
  const checker = React.useMemo(() => createChecker(policy.effective, text.messages), [policy, text]);
  const userDomains = React.useMemo(() => userTrustedDomains(policy.effective), [policy]);

  return (
    <PaneTextContext.Provider value={text}>
      <ItemWordsContext.Provider value={words}>
        <ConfirmHost>
          <main className={styles.root}>
            <h1 className={styles.title}>{text.t("app.name")}</h1>
            <TabList
              className={styles.tabs}
              selectedValue={view}
              onTabSelect={(_, data) => setView(data.value as View)}
              aria-label={text.t("app.views")}
            >
              <Tab id="tab-review" value="review" aria-controls="panel-review">
                {text.t("app.tab.review")}
              </Tab>
              <Tab id="tab-settings" value="settings" aria-controls="panel-settings">
                {text.t("app.tab.settings")}
              </Tab>
            </TabList>
            {/* Both views stay mounted, so switching tabs keeps the review's state and focus targets. */}
            <div
              role="tabpanel"
              id="panel-review"
              aria-labelledby="tab-review"
              hidden={view !== "review"}
              className={styles.panel}
            >
              <ReviewView
                host={host}
                checker={checker}
                allowTrust={policy.effective.allowUserTrustedDomains}
                userDomains={userDomains}
                onPolicyChanged={reloadPolicy}
              />
            </div>
            <div
              role="tabpanel"
              id="panel-settings"
              aria-labelledby="tab-settings"
              hidden={view !== "settings"}
              className={styles.panel}
            >
              <SettingsView host={host} policy={policy} checker={checker} onPolicyChanged={reloadPolicy} />
            </div>
          </main>
        </ConfirmHost>
      </ItemWordsContext.Provider>
    </PaneTextContext.Provider>
  );
}
