import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../checker";
import { visibleText } from "../../shared/display-text";
import { CODE_LABELS, SEVERITY_LABELS } from "../labels";

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalS } });

const INTENT = { block: "error", warn: "warning", info: "info" } as const;

/** Findings about the whole message (too many external recipients, a failed check). */
export function MessageFindings({
  findings,
}: {
  findings: readonly Pick<Finding, "code" | "severity" | "message">[];
}) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <div className={styles.root}>
      {findings.map((f, i) => (
        <MessageBar key={`${f.code}-${i}`} intent={INTENT[f.severity] ?? "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {SEVERITY_LABELS[f.severity] ?? "Note"}: {CODE_LABELS[f.code] ?? "About the whole message"}
            </MessageBarTitle>
            {visibleText(f.message)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
