import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { RefreshResult } from "../../shared/policy-store";
import { errorMessage } from "../../shared/display-text";
import type { PaneHost } from "../host";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, justifyItems: "start" },
});

/** "Check for policy updates": downloads the organisation policy from the add-in's own origin. */
export function PolicyUpdate({ host, onUpdated }: { host: PaneHost; onUpdated(): void }) {
  const styles = useStyles();
  const [working, setWorking] = React.useState(false);
  const [result, setResult] = React.useState<RefreshResult | null>(null);
  const refresh = async () => {
    setWorking(true);
    setResult(null);
    try {
      const r = await host.refreshPolicy();
      setResult(r);
      if (r.ok) onUpdated();
    } catch (e) {
      setResult({ ok: false, message: errorMessage(e) });
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className={styles.root}>
      <Button
        icon={working ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
        disabledFocusable={working}
        onClick={() => void refresh()}
      >
        Check for policy updates
      </Button>
      {result && (
        <MessageBar intent={result.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
