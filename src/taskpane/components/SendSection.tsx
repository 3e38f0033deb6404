import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { Send20Regular } from "@fluentui/react-icons";
import { visibleText } from "../../shared/display-text";
import type { RecipientReview } from "../fixes";
import { FIELD_LABELS } from "../labels";
import { ConfirmAction } from "./ConfirmAction";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface SendSectionProps {
  review: RecipientReview;
  sent: boolean;
  busy: boolean;
  /** Present where Outlook lets the pane send (Mailbox 1.15). */
  onSend?: () => Promise<unknown>;
  fallbackFocus?: () => HTMLElement | null;
}

/** How to send from here: a confirmed "Send anyway" where the client allows it, else what to press. */
export function SendSection({ review, sent, busy, onSend, fallbackFocus }: SendSectionProps) {
  const styles = useStyles();
  if (sent) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>The message was sent.</MessageBarBody>
      </MessageBar>
    );
  }
  const blocked = review.verdict === "block";
  const flagged = review.flagged;
  if (!onSend || blocked) {
    return (
      <Body1 as="p" style={{ margin: 0 }}>
        {blocked
          ? "Your organisation does not allow sending to a blocked recipient: replace or remove it first, then press Send in the message."
          : flagged.length > 0 || review.messageFindings.length > 0
            ? "When you have decided, press Send in the message again. Recipient Guard checks the recipients once more."
            : "Press Send in the message when you are ready."}
      </Body1>
    );
  }
  if (flagged.length === 0 && review.messageFindings.length === 0) {
    return (
      <div className={styles.root}>
        <Button
          appearance="primary"
          icon={<Send20Regular />}
          disabledFocusable={busy}
          onClick={() => void onSend()}
        >
          Send
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <ConfirmAction
        label="Send anyway"
        icon={<Send20Regular />}
        disabled={busy}
        title="Send the message anyway?"
        confirmLabel="Send"
        onConfirm={onSend}
        fallbackFocus={fallbackFocus}
        body={
          <>
            {flagged.length > 0 ? (
              <>
                <p>The message will be sent now, unchanged, including to:</p>
                <ul className={styles.list}>
                  {flagged.map((r) => (
                    <li key={`${r.field}-${r.index}`}>
                      {FIELD_LABELS[r.field]}:{" "}
                      <span className={styles.mono}>{visibleText(r.entry.emailAddress)}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>The message will be sent now, unchanged.</p>
            )}
          </>
        }
      />
    </div>
  );
}
