/**
 * The Smart Alerts entry point. Classic Outlook on Windows loads this file alone in a JavaScript-
 * only runtime (no DOM, no storage but roaming settings, Office.onReady never runs), so everything
 * happens inside the handlers and every path ends in exactly one event.completed call.
 */
import bundledPolicy from "../../config/policy.json";
import { createChecker, prepareBuiltIns, type Checker, type EffectivePolicy } from "../checker";
import { loadPolicy, SETTING_KEYS, type LoadedPolicy } from "../shared/policy-store";
import { roamingSettingsStore } from "../shared/roaming-store";
import { errorMessage, truncate } from "../shared/display-text";
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

// The runtime is kept between sends on most clients: read and validate the stored policy, and build
// its lookalike index, again only when what is stored has changed.
let loadedPolicy: { stored: string; loaded: LoadedPolicy } | undefined;
let cachedChecker: { policy: EffectivePolicy; checker: Checker } | undefined;

/** What roaming settings hold for the policy, as text to compare; "" when it cannot be read. */
function storedPolicyText(): string {
  try {
    const settings = Office.context.roamingSettings;
    return JSON.stringify([
      settings.get(SETTING_KEYS.cachedPolicy) ?? null,
      settings.get(SETTING_KEYS.userTrustedDomains) ?? null,
    ]);
  } catch {
    return "";
  }
}

function currentPolicy(): LoadedPolicy {
  const stored = storedPolicyText();
  if (stored && loadedPolicy?.stored === stored) return loadedPolicy.loaded;
  let loaded: LoadedPolicy;
  try {
    loaded = loadPolicy(
      bundledPolicy,
      roamingSettingsStore(Office.context.roamingSettings, Office.AsyncResultStatus.Succeeded),
    );
  } catch {
    loaded = loadPolicy(bundledPolicy, null);
  }
  loadedPolicy = stored ? { stored, loaded } : undefined;
  return loaded;
}

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
  try {
    // Policy first, so that even a failure to read the client's capabilities ends with the
    // organisation's check-failed action.
    const { effective } = currentPolicy();
    failureAction = effective.actions["check-failed"];
    caps = capabilities();
    readRecipients(composeItem(), RECIPIENTS_TIMEOUT_MS, Office.AsyncResultStatus.Succeeded)
      .then((recipients) => decideOnSend(effective, recipients, caps, checkerFor))
      .then(complete, (error: unknown) =>
        complete(decideOnFailure(errorMessage(error), failureAction, caps)),
      );
    // Outlook answers on a later turn: build the policy's index (kept for the answer) meanwhile.
    checkerFor(effective);
  } catch (error) {
    complete(decideOnFailure(errorMessage(error), failureAction, caps));
  }
}

/** A short line for the message's notification bar while the user is still writing. */
function notificationText(flagged: { emailAddress: string; message: string }[]): string {
  const first = flagged[0]!;
  const more = flagged.length > 1 ? ` (+${flagged.length - 1} more)` : "";
  return truncate(`Check ${first.emailAddress}: ${first.message}${more}`, NOTIFICATION_LIMIT);
}

export function onMessageRecipientsChangedHandler(event: CompletableEvent): void {
  const complete = completeOnce(event);
  try {
    const item = Office.context.mailbox.item as unknown as ComposeRecipients & {
      notificationMessages: Office.NotificationMessages;
    };
    const { effective } = currentPolicy();
    readRecipients(item, RECIPIENTS_TIMEOUT_MS, Office.AsyncResultStatus.Succeeded)
      .then((recipients) => {
        const result = checkerFor(effective).checkRecipients(flattenRecipients(recipients).list);
        const flagged = result.recipients
          .filter((r) => r.verdict !== "allow")
          .map((r) => ({ emailAddress: r.address, message: r.findings[0]?.message ?? "" }));
        const done = (): void => complete();
        if (flagged.length === 0) {
          item.notificationMessages.removeAsync(NOTIFICATION_KEY, done);
        } else {
          item.notificationMessages.replaceAsync(
            NOTIFICATION_KEY,
            {
              type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
              message: notificationText(flagged),
            },
            done,
          );
        }
      })
      // Early warning is a courtesy: a failure here must never get in the user's way.
      .catch(() => complete());
    checkerFor(effective);
  } catch {
    complete();
  }
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
