/**
 * The Smart Alerts entry point. Classic Outlook on Windows loads this file alone in a JavaScript-
 * only runtime (no DOM, no storage but roaming settings, Office.onReady never runs), so everything
 * happens inside the handlers and every path ends in exactly one event.completed call.
 */
import { createChecker, prepareBuiltIns, type Checker, type EffectivePolicy } from "../checker";
import { conversationDomains } from "../checker/rules/added-outside-domain";
import { dayNumber } from "../checker/correspondents";
import { ownRegistrable } from "../checker/rules/outside";
import type { KeptHistory } from "../shared/correspondent-store";
import { confirmedDomainsFrom, paneIsChanging, SETTING_KEYS } from "../shared/policy-store";
import { flattenRecipients, type RecipientsByField } from "../shared/alert-context";
import type { MessageContent } from "../checker/attachments";
import { errorMessage } from "../shared/display-text";
import { leadingFinding, warningText } from "../shared/alert-text";
import { STAMP_HEADER } from "../shared/stamp";
import { refreshPolicyIfDue, withPolicy, type EventPolicy } from "./handler-policy";
import { forMessage, messageInputs } from "./kept-check";
import {
  EARLY_WARNING_NOTIFY_MS,
  EARLY_WARNING_READ_MS,
  NEW_COMPOSE_CALL_MS,
  SEND_READ_MS,
  createOfficeCaller,
  setItemHeader,
  itemKindOf,
  ownAddress,
  readComposeType,
  readContent,
  readItemValues,
  readRecipients,
  writeItemValue,
  type ComposeRecipients,
  type OfficeBasics,
  type OfficeCaller,
} from "../office";
import {
  checkMessage,
  decideOnChecked,
  decideOnFailure,
  decideWhileChanging,
  MEETING_REVIEW_COMMAND_ID,
  stampFor,
  type Capabilities,
  type SendCompletion,
} from "./send-decision";
// The host's timer: this file compiles against `lib: ES2016` alone.
declare function setTimeout(handler: () => void, ms: number): unknown;

const NOTIFICATION_KEY = "recipientGuardWarning";

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

// The runtime is kept between sends on most clients: build the policy's lookalike index again only
// when the policy has changed (handler-policy.ts keeps the loaded policy while what is stored, and
// this message's own decision, stay the same). Two: the stored policy and the one with this
// message's own decision (see handler-policy's withPolicy).
let cachedCheckers: { policy: EffectivePolicy; checker: Checker }[] = [];

function checkerFor(policy: EffectivePolicy): Checker {
  for (const entry of cachedCheckers) if (entry.policy === policy) return entry.checker;
  const checker = createChecker(policy);
  cachedCheckers = [{ policy, checker }].concat(cachedCheckers.slice(0, 1));
  return checker;
}

function composeItem(): ComposeRecipients {
  return Office.context.mailbox.item as unknown as ComposeRecipients;
}

interface MessageRead {
  recipients: RecipientsByField;
  itemTrusted: unknown;
  confirmed: unknown;
  /** Whether the pane changed the recipients (read at send only). */
  fixed: unknown;
  /** The pane's mark while it writes recipients (read at send only). */
  changing: unknown;
  /** The attachments, and the subject where keyword lists need it. */
  content: MessageContent | undefined;
  /** A reply's domains as Outlook created it (onNewMessageComposeHandler), when recorded. */
  conversation: string[] | undefined;
  /** The user's history of outside domains, where the policy learns them and the store answered. */
  history: KeptHistory | null;
}

/**
 * The message's recipients and its own trusted domains, as the pane kept them on it (session data):
 * they win over roaming settings, which reach this runtime late (office-js #6728, #5650).
 */
function readMessage(
  caller: OfficeCaller,
  item: ComposeRecipients,
  timeoutMs: number,
  confirming: boolean,
  keywords: boolean,
  history: Promise<KeptHistory | null> | null,
  sending?: boolean,
): Promise<MessageRead> {
  return Promise.all([
    readRecipients(caller, item, timeoutMs),
    // Everything the pane and OnNewMessageCompose kept on the message, in one call.
    readItemValues(caller, item, KEPT_ON_MESSAGE, timeoutMs),
    // The subject only for keyword lists; a failure here is the content's note, never the send's.
    readContent(caller, item, timeoutMs, keywords),
    history,
  ]).then(([recipients, kept, content, history]) => ({
    recipients,
    itemTrusted: kept[SETTING_KEYS.userTrustedDomains],
    confirmed: confirming ? kept[SETTING_KEYS.confirmedDomains] : undefined,
    fixed: sending ? kept[SETTING_KEYS.paneFixed] : undefined,
    changing: sending ? kept[SETTING_KEYS.paneChanging] : undefined,
    content,
    // A list of text, as the confirmations are.
    conversation: confirmedDomainsFrom(kept[SETTING_KEYS.conversationDomains]),
    history: history || null,
  }));
}

/** What the pane and OnNewMessageCompose keep on a message for its checks (session data). */
const KEPT_ON_MESSAGE = [
  SETTING_KEYS.userTrustedDomains,
  SETTING_KEYS.confirmedDomains,
  SETTING_KEYS.paneFixed,
  SETTING_KEYS.paneChanging,
  SETTING_KEYS.conversationDomains,
];

const confirmsDomains = (policy: EventPolicy): boolean =>
  policy.loaded().effective.externalRecipients.confirmDomains;
const hasKeywords = (policy: EventPolicy): boolean => policy.loaded().effective.keywords.length > 0;
const learnsCorrespondents = (policy: EventPolicy): boolean =>
  policy.loaded().effective.externalRecipients.learnCorrespondents;

/**
 * A message that went without a warning teaches the history its domains (the user's own domain
 * aside): written back within the send's time, or not at all.
 */
function recordSend(
  policy: EventPolicy,
  kept: KeptHistory,
  recipients: RecipientsByField,
  me?: string,
): Promise<void> {
  const own = ownRegistrable(me);
  const domains = conversationDomains(flattenRecipients(recipients).map((r) => r.emailAddress));
  kept.history.record(
    domains.filter((d) => d !== own),
    dayNumber(Date.now()),
  );
  return policy.keepHistory(kept);
}

/** The policy to judge the message by: with its own trusted domains where it has them. */
function policyFor(policy: EventPolicy, itemTrusted: unknown): EffectivePolicy {
  return itemTrusted === undefined ? policy.loaded().effective : policy.withItemTrust(itemTrusted);
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
    // organisation's check-failed action. It is at hand at once where the stores read synchronously;
    // from OfficeRuntime.storage it takes a turn.
    withPolicy(caller, (policy) => {
      // The early warning's check of this very message, when it made one under this policy: then
      // neither the policy nor its index is needed (classic Outlook builds them anew every send).
      const kept = policy.kept;
      failureAction = kept ? kept.failure : policy.loaded().effective.actions["check-failed"];
      caps = capabilities(caller);
      const item = composeItem();
      const meeting = itemKindOf(item) === "meeting";
      if (meeting) caps.commandId = MEETING_REVIEW_COMMAND_ID;
      // The kept check says whether the policy asks for confirmations: loading the policy to find
      // out would cost what keeping the check saves.
      const confirming = kept ? kept.confirm === true : confirmsDomains(policy);
      const keywords = kept ? kept.keywords === true : hasKeywords(policy);
      const learn = kept ? kept.learn === true : learnsCorrespondents(policy);
      // Reading and stamping share SEND_READ_MS, counted from here by the runtime's timer (the
      // wall clock may jump).
      const readTime = new Promise<void>((resolve) => setTimeout(resolve, SEND_READ_MS));
      const history = learn ? policy.history() : null;
      const decided = readMessage(caller, item, SEND_READ_MS, confirming, keywords, history, true).then(
        ({ recipients, itemTrusted, confirmed, fixed, changing, content, conversation, history }) => {
          // What was read may be half of a change the pane is making (Move to Bcc writes Bcc, then
          // To and Cc): neither checked nor sent until the pane has finished.
          if (paneIsChanging(changing, () => Date.now())) return decideWhileChanging(caps);
          const me = ownAddress(Office);
          const confirmedDomains = confirmedDomainsFrom(confirmed);
          const sends = history ? history.history.sends : undefined;
          let checked = forMessage(
            kept,
            messageInputs(itemTrusted, recipients, me, confirmedDomains, content, conversation, sends),
          );
          let completion: SendCompletion | undefined;
          if (checked) {
            try {
              completion = decideOnChecked(checked, caps);
            } catch {
              // A damaged entry: check the message again below.
            }
          }
          if (!checked || !completion) {
            checked = checkMessage(policyFor(policy, itemTrusted), recipients, checkerFor, {
              ownAddress: me,
              meeting,
              confirmedDomains,
              content,
              conversationDomains: conversation,
              correspondents: history ? history.history : undefined,
            });
            completion = decideOnChecked(checked, caps);
          }
          const done = completion;
          const stamp = stampFor(checked, caps, {
            fixed: fixed === true,
            accepted: itemTrusted !== undefined || (confirmedDomains || []).length > 0,
          });
          // The verdict goes with the message for the organisation's mail flow rules. A meeting has
          // no internet headers; a stamp Outlook refuses or answers late never holds the message.
          // Nor does the history: it learns only from what went without a warning.
          const after = [
            meeting ? undefined : setItemHeader(caller, item, STAMP_HEADER, stamp, SEND_READ_MS),
            history && done.allowEvent ? recordSend(policy, history, recipients, me) : undefined,
          ];
          return Promise.race([Promise.all(after), readTime]).then(
            () => done,
            () => done,
          );
        },
      );
      // Outlook answers on a later turn: build the policy's index (kept for the answer) meanwhile.
      if (!kept) checkerFor(policy.loaded().effective);
      return decided;
    }).then(complete, (error: unknown) => complete(decideOnFailure(reasonOf(error), failureAction, caps)));
  } catch (error) {
    complete(decideOnFailure(reasonOf(error), failureAction, caps));
  }
}

interface NotifyingItem extends ComposeRecipients {
  notificationMessages: Office.NotificationMessages;
}

export function onMessageRecipientsChangedHandler(event: CompletableEvent): void {
  const completeEvent = completeOnce(event);
  // The automatic policy refresh runs here, never on send: at most every few hours, and the event
  // completes only after it (classic Outlook ends the runtime at completed).
  let refreshed: Promise<void>;
  try {
    refreshed = refreshPolicyIfDue(createOfficeCaller(Office as unknown as OfficeBasics));
  } catch {
    refreshed = Promise.resolve();
  }
  const complete = (): void => {
    refreshed.then(
      () => completeEvent(),
      () => completeEvent(),
    );
  };
  try {
    const caller = createOfficeCaller(Office as unknown as OfficeBasics);
    const item = Office.context.mailbox.item as unknown as NotifyingItem;
    withPolicy(caller, (policy) => {
      const keywords = hasKeywords(policy);
      const learn = learnsCorrespondents(policy);
      const checked = readMessage(
        caller,
        item,
        EARLY_WARNING_READ_MS,
        confirmsDomains(policy),
        keywords,
        learn ? policy.history() : null,
      ).then(({ recipients, itemTrusted, confirmed, content, conversation, history }) => {
        const me = ownAddress(Office);
        const confirmedDomains = confirmedDomainsFrom(confirmed);
        const check = checkMessage(policyFor(policy, itemTrusted), recipients, checkerFor, {
          ownAddress: me,
          meeting: itemKindOf(item) === "meeting",
          confirmedDomains,
          content,
          conversationDomains: conversation,
          correspondents: history ? history.history : undefined,
        });
        const sends = history ? history.history.sends : undefined;
        const inputs = messageInputs(
          itemTrusted,
          recipients,
          me,
          confirmedDomains,
          content,
          conversation,
          sends,
        );
        const kept = policy.keep(inputs, {
          ...check,
          failure: policy.loaded().effective.actions["check-failed"],
          confirm: confirmsDomains(policy),
          keywords,
          learn,
        });
        const flagged = check.context
          ? check.context.recipients.map((r) => {
              // What raised it, as the alert's line says: never a note (a group) before it.
              const lead = leadingFinding(r.findings);
              return {
                emailAddress: r.emailAddress,
                message: lead ? lead.message : "",
                suggestion: lead ? lead.suggestion : undefined,
              };
            })
          : [];
        const bar = item.notificationMessages;
        const shown =
          flagged.length === 0
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
                      message: warningText(flagged),
                    },
                    cb,
                  ),
                EARLY_WARNING_NOTIFY_MS,
              );
        return Promise.all([kept, shown]);
      });
      checkerFor(policy.loaded().effective);
      return checked;
    })
      // Early warning is a courtesy: a failure here must never get in the user's way.
      .then(
        () => complete(),
        () => complete(),
      );
  } catch {
    complete();
  }
}

/**
 * OnNewMessageCompose (Mailbox 1.10): a message, reply, reply all or forward was just created. For
 * a reply, Outlook has filled in the conversation's recipients: their domains are kept on the reply
 * (session data) so that the checks can tell an outside domain the user adds. Only what Outlook
 * calls a reply is recorded: a forward starts with no recipients, so there is nothing to compare
 * with, and a reply Outlook reports as "newMail" (office-js #6652) is left unrecorded, never
 * guessed at. Nothing here may get in the user's way: every path ends in event.completed.
 */
export function onNewMessageComposeHandler(event: CompletableEvent): void {
  const complete = completeOnce(event);
  const done = (): void => complete();
  try {
    const caller = createOfficeCaller(Office as unknown as OfficeBasics);
    const item = composeItem();
    readComposeType(caller, item, NEW_COMPOSE_CALL_MS)
      .then((type) =>
        type === "reply"
          ? readRecipients(caller, item, NEW_COMPOSE_CALL_MS).then((recipients) =>
              writeItemValue(
                caller,
                item,
                SETTING_KEYS.conversationDomains,
                conversationDomains(flattenRecipients(recipients).map((r) => r.emailAddress)),
                NEW_COMPOSE_CALL_MS,
              ),
            )
          : undefined,
      )
      .then(done, done);
  } catch {
    done();
  }
}

// Build the built-in index and tables while the runtime loads the script: they depend on no policy
// and no Office call, and this keeps the work off the time between the event and event.completed.
try {
  prepareBuiltIns();
} catch {
  // Built on first use instead.
}

// A meeting invitation is checked by the same handlers: OnAppointmentSend (Mailbox 1.12) and
// OnAppointmentAttendeesChanged (1.11) name these in the manifest; the item says which it is.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
  Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
  Office.actions.associate("onAppointmentSendHandler", onMessageSendHandler);
  Office.actions.associate("onAppointmentAttendeesChangedHandler", onMessageRecipientsChangedHandler);
  Office.actions.associate("onNewMessageComposeHandler", onNewMessageComposeHandler);
}
