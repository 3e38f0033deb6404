import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { PaneHost } from "../host";
import { usePolicyRefresh } from "../use-policy-refresh";
import { usePaneText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, justifyItems: "start" },
});

/**
 * The organisation policy's updates: checked automatically when the pane opens (at most every few
 * hours), and at once with "Check for policy updates".
 */
export function PolicyUpdate({ host, onUpdated }: { host: PaneHost; onUpdated(): void }) {
  const styles = useStyles();
  const { working, result, refresh } = usePolicyRefresh(host, onUpdated);
  const text = usePaneText();
  return (
    <div className={styles.root}>
      <Button
        icon={working ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
        disabledFocusable={working}
        onClick={() => void refresh()}
      >
        {text.t("policy.update")}
      </Button>
      {result && (
        <MessageBar intent={result.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
