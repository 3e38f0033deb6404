/**
 * The Smart Alerts entry point. Classic Outlook on Windows loads this file alone in a JavaScript-
 * only runtime (no DOM, no storage but roaming settings, Office.onReady never runs), so everything
 * happens inside the handlers and every path ends in exactly one event.completed call.
 */
import bundledPolicy from "../../config/policy.json";
import { createChecker, prepareBuiltIns, type Checker, type EffectivePolicy } from "../checker";
import { loadPolicy, SETTING_KEYS, type LoadedPolicy, type SettingsStore } from "../shared/policy-store";
import { errorMessage, truncate } from "../shared/display-text";
import {
  EARLY_WARNING_NOTIFY_MS,
  EARLY_WARNING_READ_MS,
  SEND_READ_MS,
  createOfficeCaller,
  readItemValue,
  readRecipients,
  roamingSettingsStore,
  type ComposeRecipients,
  type OfficeBasics,
  type OfficeCaller,
} from "../office";
import {
  decideOnFailure,
  decideOnSend,
  flattenRecipients,
  type Capabilities,
  type SendCompletion,
} from "./send-decision";
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

function capabilities(caller: OfficeCaller): Capabilities {
  const supports = caller.supports;
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
// Two of each: the roaming policy and the one with this message's own decision (see currentPolicy).
let loadedPolicies: { stored: string; loaded: LoadedPolicy }[] = [];
let cachedCheckers: { policy: EffectivePolicy; checker: Checker }[] = [];

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

/**
 * The policy in force. `itemTrusted` is the user's list of trusted domains as the pane kept it on
 * this message (session data): it wins over roaming settings, which reach this runtime late.
 */
function currentPolicy(caller: OfficeCaller, itemTrusted?: unknown): LoadedPolicy {
  const roamingText = storedPolicyText();
  const stored =
    roamingText && `${roamingText}|${itemTrusted === undefined ? "" : JSON.stringify(itemTrusted)}`;
  for (const entry of loadedPolicies) if (stored && entry.stored === stored) return entry.loaded;
  let loaded: LoadedPolicy;
  try {
    const roaming = roamingSettingsStore(Office.context.roamingSettings, caller, SEND_READ_MS);
    const store: SettingsStore | null =
      itemTrusted !== undefined
        ? {
            get: (name) =>
              name === SETTING_KEYS.userTrustedDomains
                ? itemTrusted
                : roaming
                  ? roaming.get(name)
                  : undefined,
            set: () => undefined,
            remove: () => undefined,
            save: () => Promise.resolve(),
          }
        : roaming;
    loaded = loadPolicy(bundledPolicy, store);
  } catch {
    loaded = loadPolicy(bundledPolicy, null);
  }
  if (stored) loadedPolicies = [{ stored, loaded }].concat(loadedPolicies.slice(0, 1));
  return loaded;
}

function checkerFor(policy: EffectivePolicy): Checker {
  for (const entry of cachedCheckers) if (entry.policy === policy) return entry.checker;
  const checker = createChecker(policy);
  cachedCheckers = [{ policy, checker }].concat(cachedCheckers.slice(0, 1));
  return checker;
}

function composeItem(): ComposeRecipients {
  return Office.context.mailbox.item as unknown as ComposeRecipients;
}

/** A failure's reason for the alert's parentheses: no full stop of its own. */
const reasonOf = (error: unknown): string => errorMessage(error).replace(/\.$/, "");

export function onMessageSendHandler(event: CompletableEvent): void {
  const complete = completeOnce(event);
  let failureAction: "block" | "warn" | "allow" = "warn";
  let caps: Capabilities = { smartAlertOptions: false, markdown: false, promptUser: "promptUser" };
  try {
    const caller = createOfficeCaller(Office as unknown as OfficeBasics);
    // Policy first, so that even a failure to read the client's capabilities ends with the
    // organisation's check-failed action.
    const { effective } = currentPolicy(caller);
    failureAction = effective.actions["check-failed"];
    caps = capabilities(caller);
    const item = composeItem();
    Promise.all([
      readRecipients(caller, item, SEND_READ_MS),
      readItemValue(caller, item, SETTING_KEYS.userTrustedDomains, SEND_READ_MS),
    ])
      .then(([recipients, itemTrusted]) => {
        const policy = itemTrusted === undefined ? effective : currentPolicy(caller, itemTrusted).effective;
        return decideOnSend(policy, recipients, caps, checkerFor);
      })
      .then(complete, (error: unknown) => complete(decideOnFailure(reasonOf(error), failureAction, caps)));
    // Outlook answers on a later turn: build the policy's index (kept for the answer) meanwhile.
    checkerFor(effective);
  } catch (error) {
    complete(decideOnFailure(reasonOf(error), failureAction, caps));
  }
}

/** A short line for the message's notification bar while the user is still writing. */
function notificationText(flagged: { emailAddress: string; message: string }[]): string {
  const first = flagged[0]!;
  const more = flagged.length > 1 ? ` (+${flagged.length - 1} more)` : "";
  return truncate(`Check ${first.emailAddress}: ${first.message}${more}`, NOTIFICATION_LIMIT);
}

interface NotifyingItem extends ComposeRecipients {
  notificationMessages: Office.NotificationMessages;
}

export function onMessageRecipientsChangedHandler(event: CompletableEvent): void {
  const complete = completeOnce(event);
  try {
    const caller = createOfficeCaller(Office as unknown as OfficeBasics);
    const item = Office.context.mailbox.item as unknown as NotifyingItem;
    const { effective } = currentPolicy(caller);
    Promise.all([
      readRecipients(caller, item, EARLY_WARNING_READ_MS),
      readItemValue(caller, item, SETTING_KEYS.userTrustedDomains, EARLY_WARNING_READ_MS),
    ])
      .then(([recipients, itemTrusted]) => {
        const policy = itemTrusted === undefined ? effective : currentPolicy(caller, itemTrusted).effective;
        const result = checkerFor(policy).checkRecipients(flattenRecipients(recipients).list);
        const flagged = result.recipients
          .filter((r) => r.verdict !== "allow")
          .map((r) => ({ emailAddress: r.address, message: r.findings[0]?.message ?? "" }));
        const bar = item.notificationMessages;
        return flagged.length === 0
          ? caller.call(
              "notificationMessages.removeAsync",
              "remove the warning",
              (cb) => bar.removeAsync(NOTIFICATION_KEY, cb),
              EARLY_WARNING_NOTIFY_MS,
            )
          : caller.call(
              "notificationMessages.replaceAsync",
              "show the warning",
              (cb) =>
                bar.replaceAsync(
                  NOTIFICATION_KEY,
                  {
                    type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
                    message: notificationText(flagged),
                  },
                  cb,
                ),
              EARLY_WARNING_NOTIFY_MS,
            );
      })
      // Early warning is a courtesy: a failure here must never get in the user's way.
      .then(
        () => complete(),
        () => complete(),
      );
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
