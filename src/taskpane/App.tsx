import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { createChecker } from "../checker";
import type { LoadedPolicy } from "../shared/policy-store";
import type { PaneHost } from "./host";
import { ITEM_WORDS, ItemWordsContext } from "./labels";
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
  const checker = React.useMemo(() => createChecker(policy.effective), [policy]);
  const userDomains = React.useMemo(() => userTrustedDomains(policy.effective), [policy]);

  return (
    <ItemWordsContext.Provider value={ITEM_WORDS[host.itemKind ?? "message"]}>
      <ConfirmHost>
        <main className={styles.root}>
          <h1 className={styles.title}>Recipient Guard</h1>
          <TabList
            className={styles.tabs}
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as View)}
            aria-label="Recipient Guard views"
          >
            <Tab id="tab-review" value="review" aria-controls="panel-review">
              Review
            </Tab>
            <Tab id="tab-settings" value="settings" aria-controls="panel-settings">
              Settings
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
  );
}
