import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PeopleSwap20Regular } from "@fluentui/react-icons";
import type { Finding } from "../../checker";
import { visibleText } from "../../shared/display-text";
import { SEVERITY_LABELS, codeLabel, plural, useItemWords } from "../labels";
import { ConfirmAction } from "./ConfirmAction";

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalS } });

const INTENT = { block: "error", warn: "warning", info: "info" } as const;

/** The one fix for a message that shows outside addresses to everyone: Bcc, after confirmation. */
export interface MoveToBcc {
  /** How many recipients outside the organisation are in To and Cc now. */
  count: number;
  busy: boolean;
  onConfirm(): Promise<unknown>;
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/** Findings about the whole message (outside addresses everyone sees, a failed check). */
export function MessageFindings({
  findings,
  moveToBcc,
}: {
  findings: readonly Pick<Finding, "code" | "severity" | "message">[];
  moveToBcc?: MoveToBcc;
}) {
  const styles = useStyles();
  const words = useItemWords();
  if (findings.length === 0) return null;
  return (
    <div className={styles.root}>
      {findings.map((f, i) => (
        <MessageBar key={`${f.code}-${i}`} intent={INTENT[f.severity] ?? "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {SEVERITY_LABELS[f.severity] ?? "Note"}: {codeLabel(f.code, words)}
            </MessageBarTitle>
            {visibleText(f.message)}
          </MessageBarBody>
          {f.code === "visible-external-recipients" && moveToBcc && moveToBcc.count > 0 && (
            <MessageBarActions>
              <ConfirmAction
                label={`Move the ${plural(moveToBcc.count, "external recipient")} to Bcc`}
                icon={<PeopleSwap20Regular />}
                disabled={moveToBcc.busy}
                title="Move them to Bcc?"
                confirmLabel="Move to Bcc"
                onConfirm={moveToBcc.onConfirm}
                fallbackFocus={moveToBcc.fallbackFocus}
                body={
                  <>
                    <p>
                      The {plural(moveToBcc.count, "recipient")} outside your organisation in To and Cc will
                      move to Bcc, with their names. People in your organisation stay where they are.
                    </p>
                    <p>
                      Recipients in Bcc do not see each other&apos;s addresses, and a reply to all will not
                      reach them.
                    </p>
                  </>
                }
              />
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </div>
  );
}
