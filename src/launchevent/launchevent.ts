/**
 * The Smart Alerts entry point. Classic Outlook on Windows loads this file alone in a JavaScript-
 * only runtime (no DOM, no storage but roaming settings, Office.onReady never runs), so everything
 * happens inside the handlers and every path ends in exactly one event.completed call.
 */
import { createChecker, prepareBuiltIns, type Checker, type EffectivePolicy } from "../checker";
import { errorMessage, truncate } from "../shared/display-text";
import { refreshPolicyIfDue, withPolicy } from "./handler-policy";
import {
  decideOnFailure,
  decideOnSend,
  flattenRecipients,
  type Capabilities,
  type SendCompletion,
} from "./send-decision";
import { readRecipients, type ComposeRecipients } from "./office-recipients";

/** Outlook shows "taking longer than expected" after 5 s; give up on a silent Office call before that. */
const RECIPIENTS_TIMEOUT_MS = 3500;
const NOTIFICATION_KEY = "recipientGuardWarning";
const NOTIFICATION_LIMIT = 150;

interface CompletableEvent {
  completed(options?: SendCompletion): void;
}

/** Wraps event.completed so that it runs exactly once, whatever happens after. */
function completeOnce(event: CompletableEvent): (options?: SendCompletion) => void {
  let done = false;
  return (options) => {
    if (done) return;
    done = true;
    try {
      event.completed(options);
    } catch {
      // Nothing more can be done: Outlook refused the completion itself.
    }
  };
}

function capabilities(): Capabilities {
  const supports = (version: string): boolean => {
    try {
      return Office.context.requirements.isSetSupported("Mailbox", version);
    } catch {
      return false;
    }
  };
  const enums = (Office as unknown as { MailboxEnums?: { SendModeOverride?: { PromptUser?: string } } })
    .MailboxEnums;
  return {
    smartAlertOptions: supports("1.14"),
    markdown: supports("1.15"),
    promptUser: enums?.SendModeOverride?.PromptUser ?? "promptUser",
  };
}

// The runtime is kept between sends on most clients: build the policy's lookalike index again only
// when the policy has changed (handler-policy.ts keeps the loaded policy while the store is the same).
let cachedChecker: { policy: EffectivePolicy; checker: Checker } | undefined;

function checkerFor(policy: EffectivePolicy): Checker {
  if (cachedChecker?.policy !== policy) cachedChecker = { policy, checker: createChecker(policy) };
  return cachedChecker.checker;
}

function composeItem(): ComposeRecipients {
  return Office.context.mailbox.item as unknown as ComposeRecipients;
}

export function onMessageSendHandler(event: CompletableEvent): void {
  const complete = completeOnce(event);
  let failureAction: "block" | "warn" | "allow" = "warn";
  let caps: Capabilities = { smartAlertOptions: false, markdown: false, promptUser: "promptUser" };
  // Policy first, so that even a failure to read the client's capabilities ends with the
  // organisation's check-failed action. It is at hand at once where the stores read synchronously;
  // from OfficeRuntime.storage it takes a turn.
  withPolicy(({ effective }) => {
    failureAction = effective.actions["check-failed"];
    caps = capabilities();
    const decided = readRecipients(
      composeItem(),
      RECIPIENTS_TIMEOUT_MS,
      Office.AsyncResultStatus.Succeeded,
    ).then((recipients) => decideOnSend(effective, recipients, caps, checkerFor));
    // Outlook answers on a later turn: build the policy's index (kept for the answer) meanwhile.
    checkerFor(effective);
    return decided;
  }).then(complete, (error: unknown) => complete(decideOnFailure(errorMessage(error), failureAction, caps)));
}

/** A short line for the message's notification bar while the user is still writing. */
function notificationText(flagged: { emailAddress: string; message: string }[]): string {
  const first = flagged[0]!;
  const more = flagged.length > 1 ? ` (+${flagged.length - 1} more)` : "";
  return truncate(`Check ${first.emailAddress}: ${first.message}${more}`, NOTIFICATION_LIMIT);
}

export function onMessageRecipientsChangedHandler(event: CompletableEvent): void {
  const completeEvent = completeOnce(event);
  // The automatic policy refresh runs here, never on send: at most every few hours, and the event
  // completes only after it (classic Outlook ends the runtime at completed).
  let refreshed: Promise<void>;
  try {
    refreshed = refreshPolicyIfDue();
  } catch {
    refreshed = Promise.resolve();
  }
  const complete = (): void => {
    refreshed.then(
      () => completeEvent(),
      () => completeEvent(),
    );
  };
  withPolicy(({ effective }) => {
    const item = Office.context.mailbox.item as unknown as ComposeRecipients & {
      notificationMessages: Office.NotificationMessages;
    };
    const flaggedOf = readRecipients(item, RECIPIENTS_TIMEOUT_MS, Office.AsyncResultStatus.Succeeded).then(
      (recipients) =>
        checkerFor(effective)
          .checkRecipients(flattenRecipients(recipients).list)
          .recipients.filter((r) => r.verdict !== "allow")
          .map((r) => ({ emailAddress: r.address, message: r.findings[0]?.message ?? "" })),
    );
    checkerFor(effective);
    return flaggedOf.then((flagged) => {
      if (flagged.length === 0) {
        item.notificationMessages.removeAsync(NOTIFICATION_KEY, complete);
      } else {
        item.notificationMessages.replaceAsync(
          NOTIFICATION_KEY,
          {
            type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
            message: notificationText(flagged),
          },
          complete,
        );
      }
    });
  })
    // Early warning is a courtesy: a failure here must never get in the user's way.
    .catch(() => complete());
}

// Build the built-in index and tables while the runtime loads the script: they depend on no policy
// and no Office call, and this keeps the work off the time between the event and event.completed.
try {
  prepareBuiltIns();
} catch {
  // Built on first use instead.
}

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
  Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
}
