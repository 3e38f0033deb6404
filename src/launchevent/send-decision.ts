import {
  createChecker,
  type Action,
  type CheckContext,
  type EffectivePolicy,
  type MessageResult,
} from "../checker";
import {
  encodeAlertContext,
  flattenRecipients,
  toAlertContext,
  type RecipientsByField,
} from "../shared/alert-context";
import { buildAlertText, changingText, checkFailedText, type AlertText } from "../shared/alert-text";
import { stampValue, type UserAction } from "../shared/stamp";
import { ADDIN_VERSION } from "../shared/version";
import type { CheckedMessage } from "./kept-check";

/**
 * The ids of the manifest's task-pane buttons that "Take Action" opens: the message compose form's,
 * and the meeting organiser's (a commandId must name a button of the form being sent).
 */
export const REVIEW_COMMAND_ID = "RecipientGuardReviewButton";
export const MEETING_REVIEW_COMMAND_ID = "RecipientGuardMeetingReviewButton";

/** What the client supports, detected at run time (the manifest declares only Mailbox 1.12). */
export interface Capabilities {
  /** Mailbox 1.14: cancelLabel, commandId, contextData, sendModeOverride. */
  smartAlertOptions: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
  /** The value Office expects for sendModeOverride PromptUser (Office.MailboxEnums.SendModeOverride). */
  promptUser: string;
  /** The button "Take Action" opens, when not the message form's (a meeting's). */
  commandId?: string;
}

/** The options passed to event.completed. */
export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

function withText(
  base: SendCompletion,
  text: AlertText,
  caps: Capabilities,
  contextData?: string,
): SendCompletion {
  const out: SendCompletion = { ...base, errorMessage: text.errorMessage };
  if (caps.markdown) out.errorMessageMarkdown = text.errorMessageMarkdown;
  if (caps.smartAlertOptions) {
    out.cancelLabel = text.cancelLabel;
    out.commandId = caps.commandId || REVIEW_COMMAND_ID;
    if (contextData !== undefined) out.contextData = contextData;
  }
  return out;
}

/** Block stops the message; warn lets the user send anyway where the client can offer that. */
function stop(action: Exclude<Action, "allow">, caps: Capabilities): SendCompletion {
  const out: SendCompletion = { allowEvent: false };
  if (action === "warn" && caps.smartAlertOptions) out.sendModeOverride = caps.promptUser;
  return out;
}

/** The verdict of a check of the message, with what the alert and the pane show when it flagged. */
export function checkMessage(
  policy: EffectivePolicy,
  recipients: RecipientsByField,
  check = createChecker,
  context: CheckContext = {},
): CheckedMessage {
  const list = flattenRecipients(recipients);
  const result: MessageResult = check(policy).checkRecipients(list, context);
  return {
    verdict: result.verdict,
    context:
      result.verdict === "allow"
        ? null
        : toAlertContext(
            list.map((r) => r.field),
            result,
            context.meeting,
          ),
  };
}

/** What Outlook is told about a checked message. */
export function decideOnChecked({ verdict, context }: CheckedMessage, caps: Capabilities): SendCompletion {
  if (verdict === "allow") return { allowEvent: true };
  const text = buildAlertText(context!, verdict === "warn" && caps.smartAlertOptions);
  return withText(stop(verdict, caps), text, caps, encodeAlertContext(context!));
}

export function decideOnSend(
  policy: EffectivePolicy,
  recipients: RecipientsByField,
  caps: Capabilities,
  check = createChecker,
  context: CheckContext = {},
): SendCompletion {
  return decideOnChecked(checkMessage(policy, recipients, check, context), caps);
}

/** What the pane did on the message before this send, as kept on it (session data). */
export interface PaneActions {
  /** The pane changed a flagged recipient. */
  fixed: boolean;
  /** The user trusted or confirmed a domain for this message. */
  accepted: boolean;
}

/**
 * The X-Recipient-Guard header for a checked message (src/shared/stamp.ts). It is written before
 * Outlook is told, so it says what is true if the message leaves as it is: a warning that offers
 * Send Anyway leaves only through it; a block, or a warning the client cannot offer Send Anyway
 * for, leaves only if the add-in does not run at a later send.
 */
export function stampFor(
  { verdict, context }: CheckedMessage,
  caps: Capabilities,
  pane: PaneActions,
): string {
  const codes: string[] = [];
  if (context) {
    const add = (findings: readonly { code: string }[]): void => {
      for (const f of findings) if (codes.indexOf(f.code) < 0) codes.push(f.code);
    };
    add(context.messageFindings);
    for (const r of context.recipients) add(r.findings);
  }
  const user: UserAction =
    verdict === "allow"
      ? pane.accepted
        ? "confirmed"
        : pane.fixed
          ? "fixed"
          : "clean"
      : verdict === "warn" && caps.smartAlertOptions
        ? "sent-anyway"
        : "stopped";
  return stampValue({ version: ADDIN_VERSION, verdict, codes: codes.sort(), user });
}

/** What happens when the check itself could not run: the policy's check-failed action. */
export function decideOnFailure(reason: string, action: Action, caps: Capabilities): SendCompletion {
  if (action === "allow") return { allowEvent: true };
  const text = checkFailedText(reason);
  const context = encodeAlertContext({
    version: 1,
    verdict: action,
    recipients: [],
    messageFindings: [{ code: "check-failed", severity: action, message: text.errorMessage }],
  });
  return withText(stop(action, caps), { ...text, cancelLabel: text.cancelLabel }, caps, context);
}

/**
 * The pane is still writing recipients the user chose to change: the message waits, with no Send
 * Anyway, whatever the policy, because what was read is neither the message as it was nor as it
 * will be.
 */
export function decideWhileChanging(caps: Capabilities): SendCompletion {
  return withText(stop("block", caps), changingText(), caps);
}
