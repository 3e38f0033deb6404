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
import { codeLabel, severityLabels, useItemWords } from "../labels";
import { ConfirmAction } from "./ConfirmAction";
import { usePaneText } from "../i18n";

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
  const text = usePaneText();
  const severities = severityLabels(text);
  if (findings.length === 0) return null;
  return (
    <div className={styles.root}>
      {findings.map((f, i) => (
        <MessageBar key={`${f.code}-${i}`} intent={INTENT[f.severity] ?? "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {text.t("colon", {
                label: severities[f.severity] ?? severities.info,
                text: codeLabel(f.code, words, text),
              })}
            </MessageBarTitle>
            {visibleText(f.message)}
          </MessageBarBody>
          {f.code === "visible-external-recipients" && moveToBcc && moveToBcc.count > 0 && (
            <MessageBarActions>
              <ConfirmAction
                label={text.n("bcc.label", moveToBcc.count)}
                icon={<PeopleSwap20Regular />}
                disabled={moveToBcc.busy}
                title={text.t("bcc.title")}
                confirmLabel={text.t("bcc.confirm")}
                onConfirm={moveToBcc.onConfirm}
                fallbackFocus={moveToBcc.fallbackFocus}
                body={
                  <>
                    <p>
                      {text.t("bcc.body", {
                        recipients: text.n("count.recipients", moveToBcc.count),
                        fields: words.seenFields,
                      })}
                    </p>
                    <p>{text.t("bcc.privacy")}</p>
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
