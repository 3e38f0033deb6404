import * as React from "react";
import { Body1, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import { LEARNING_SENDS, type Correspondents } from "../../checker/correspondents";
import { errorMessage } from "../../shared/display-text";
import type { PaneHost } from "../host";
import { usePaneText } from "../i18n";
import { ConfirmAction } from "./ConfirmAction";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, justifyItems: "start" },
});

type Shown =
  | { kind: "reading" }
  | { kind: "here"; history: Correspondents }
  | { kind: "elsewhere" }
  | { kind: "unread"; reason: string };

/**
 * The outside domains the user writes to, as the send check learns them: how many, and a way to
 * forget them. Only counts are shown: the history holds hashes, not names.
 */
export function CorrespondentHistory({ host, learns }: { host: PaneHost; learns: boolean }) {
  const styles = useStyles();
  const text = usePaneText();
  const [shown, setShown] = React.useState<Shown>({ kind: "reading" });
  const [cleared, setCleared] = React.useState<{ ok: boolean; message: string } | null>(null);
  const read = host.readHistory;

  React.useEffect(() => {
    let live = true;
    if (!learns || !read) return;
    read.call(host).then(
      (history) => live && setShown(history ? { kind: "here", history } : { kind: "elsewhere" }),
      (error: unknown) => live && setShown({ kind: "unread", reason: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [host, read, learns]);

  if (!learns) return <Body1>{text.t("history.off")}</Body1>;
  if (!read || !host.clearHistory) return <Body1>{text.t("history.outsideOffice")}</Body1>;
  const clear = host.clearHistory;

  const forget = async () => {
    try {
      await clear.call(host);
      setCleared({ ok: true, message: text.t("history.cleared") });
      const again = await read.call(host);
      setShown(again ? { kind: "here", history: again } : { kind: "elsewhere" });
    } catch (error) {
      setCleared({ ok: false, message: text.t("history.notCleared", { reason: errorMessage(error) }) });
    }
  };

  return (
    <div className={styles.root}>
      {shown.kind === "here" && (
        <>
          <Body1>{text.n("history.count", shown.history.size, { sends: shown.history.sends })}</Body1>
          {shown.history.learning && (
            <Caption1>{text.t("history.learning", { sends: LEARNING_SENDS })}</Caption1>
          )}
        </>
      )}
      {shown.kind === "elsewhere" && <Body1>{text.t("history.elsewhere")}</Body1>}
      {shown.kind === "unread" && <Body1>{text.t("history.unread", { reason: shown.reason })}</Body1>}
      <Caption1>{text.t("history.how")}</Caption1>
      <ConfirmAction
        label={text.t("history.clear")}
        icon={<Delete20Regular />}
        title={text.t("history.clear.title")}
        body={text.t("history.clear.body")}
        confirmLabel={text.t("history.clear.confirm")}
        onConfirm={forget}
      />
      {cleared && (
        <MessageBar intent={cleared.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>{cleared.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
