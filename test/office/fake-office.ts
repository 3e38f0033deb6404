/**
 * The project's one stand-in for Outlook's Office.js, used by the send-handler tests, the adapter
 * tests and (through FakeHost) the pane's tests. It is at least as strict as Outlook:
 * - every member needs the manifest's permission: below it, the call throws Outlook's own "Elevated
 *   permission is required to call the method" error, as Outlook's host script does;
 * - members newer than the client's Mailbox requirement set are absent (item.sessionData before
 *   1.11, item.sendAsync before 1.15, ...);
 * - on the web profile ("OfficeOnline", also new Outlook) and on phones a fourth asynchronous call
 *   while three are unanswered fails with office.js's error 5100 (limits-for-activation-and-
 *   javascript-api-for-outlook-add-ins.md), and on the web the runtime's timers fire 900 ms late
 *   (office-js #4826);
 * - phones ("Android", "iOS") have Mailbox 1.5 and, in message compose only, the later members
 *   marked `mobile` in src/office/apis.ts (mobile-event-based.md, "Additional supported APIs"):
 *   getComposeTypeAsync and sessionData; nothing else above 1.5 (no attachments list, no internet
 *   headers, no item events);
 * - roaming settings saved by one runtime (the pane) reach another (the send handler) only after a
 *   lag (office-js #6728, #5650), while session data lives on the item and is seen at once;
 * - every callback arrives on a later tick; a field can be told to fail, stay silent, answer twice,
 *   throw, or answer with nonsense.
 */
import {
  DECLARED_PERMISSION,
  INITIALIZATION_CONTEXT_CHANGED,
  MAX_CONCURRENT_CALLS,
  MOBILE_MAILBOX,
  OFFICE_APIS,
  REFUSED_APIS,
  ROAMING_SETTINGS_TOO_LARGE,
  SESSION_DATA_TOO_LARGE,
  STORAGE_LIMITS,
  TOO_MANY_CALLS_ERROR,
  sessionDataSize,
  clientOffers,
  elevatedPermissionMessage,
  permits,
  versionAtLeast,
  type ApiRule,
  type Permission,
} from "../../src/office/apis";
import { internetHeadersProblem } from "../../src/office/header-limits";

export type FieldBehaviour =
  | { kind: "ok"; value: unknown }
  | { kind: "fail"; message: string }
  | { kind: "silent" }
  | { kind: "twice"; value: unknown }
  | { kind: "throw"; message: string };

export type Platform = "PC" | "OfficeOnline" | "Mac" | "Android" | "iOS";

export interface FakeOfficeOptions {
  to?: FieldBehaviour;
  cc?: FieldBehaviour;
  bcc?: FieldBehaviour;
  /** Highest Mailbox requirement set supported, e.g. "1.12" (the default; "1.5" on phones). */
  mailbox?: string;
  /**
   * "OfficeOnline" stands for Outlook on the web and new Outlook; "Android" and "iOS" for Outlook on
   * phones. Default "PC" (classic Windows).
   */
  platform?: Platform;
  /**
   * On a phone, session data as the Android and iOS host scripts of @microsoft/office-js 1.1.110
   * have it, not as the docs do: each of its methods throws "The feature sessionData.…, is only
   * enabled on the beta api endpoint".
   */
  sessionDataBeta?: boolean;
  /**
   * On a phone, every member present, as the Android and iOS host scripts build MessageCompose
   * (test/office/mobile-host-scripts.test.ts): a member phones do not offer is logged as
   * "unoffered <name>" when called, and fails with office.js's 5000, "The operation is not
   * supported." (what the app itself answers is not documented). Presence then proves nothing.
   */
  hostScriptMembers?: boolean;
  /** The manifest's permission; the default is what manifest.xml declares. */
  permission?: Permission;
  /** The mailbox's roaming settings when the runtimes start. */
  roaming?: Record<string, unknown>;
  roamingThrows?: boolean;
  /** How long a roaming-settings save takes to reach the other runtimes. Default one minute. */
  roamingLagMs?: number;
  noItem?: boolean;
  /** What getInitializationContextAsync returns (the Smart Alert's contextData). */
  contextData?: unknown;
  /** The signed-in user's address (userProfile.emailAddress). Default me@contoso.com. */
  userAddress?: string;
  /**
   * A meeting being organised instead of a message: itemType "appointment", `to` answering as
   * requiredAttendees and `cc` as optionalAttendees; like AppointmentCompose, it has no to, cc or bcc.
   */
  meeting?: boolean;
  /**
   * What item.getAttachmentsAsync (Mailbox 1.8, message and meeting) answers: by default none. Its
   * value is Outlook's AttachmentDetailsCompose list ({ id, name, size, isInline, attachmentType }).
   */
  attachments?: FieldBehaviour;
  /** What item.subject.getAsync answers: by default an empty subject. */
  subject?: FieldBehaviour;
  /**
   * Office.context.displayLanguage (Mailbox 1.1, compose and read): Office's UI language as Outlook
   * gives it, a language tag such as "de-DE". Default "en-US".
   */
  displayLanguage?: string;
  /**
   * What a message's item.getComposeTypeAsync (Mailbox 1.10, read item) answers as its composeType:
   * "newMail" (the default), "reply" (reply and reply all alike) or "forward". A meeting has no such
   * member.
   */
  composeType?: "newMail" | "reply" | "forward";
}

/** Outlook's AttachmentDetailsCompose for a file of `size` bytes; `isInline` for a picture in the body. */
export function attachment(name: string, size: number, isInline = false) {
  return { id: `att-${name}`, name, size, isInline, attachmentType: "file", isServiceAccessible: false };
}

export function attachments(...list: ReturnType<typeof attachment>[]): FieldBehaviour {
  return { kind: "ok", value: list };
}

type Callback = (result: unknown) => void;
type Handler = (event: unknown) => void;

export interface RuntimeTimers {
  setTimeout(fn: () => void, ms?: number): ReturnType<typeof setTimeout>;
  clearTimeout(id: ReturnType<typeof setTimeout>): void;
}

export interface FakeOffice {
  /** The send handler's runtime. */
  Office: unknown;
  /** A task-pane runtime on the same message: its own copy of roaming settings. */
  pane(): unknown;
  handlers: Record<string, Handler>;
  notifications: { replaced: { key: string; message: string; type: string }[]; removed: string[] };
  /** Every attempt to change recipients (the send handler must never make one). */
  recipientWrites: string[];
  /** Every asynchronous call, in order: "get to", "set cc 2", "saveSettings", "session set", ... */
  log: string[];
  /** Make an operation of the log fail with this message, or stay silent. */
  fail: Record<string, string | null>;
  silent: Set<string>;
  /** The item's recipients now (for fields answering "ok"). */
  fields: Record<"to" | "cc" | "bcc", FieldBehaviour>;
  /** The item's session data, as Outlook keeps it (text values). */
  sessionData: Map<string, string>;
  /** The message's internet headers as set by the add-in (a meeting has none). */
  internetHeaders: Map<string, string>;
  /** The mailbox's roaming settings as saved (what a runtime starting now would read). */
  savedRoaming: Record<string, unknown>;
  /** The most calls that were ever unanswered at once in one runtime. */
  readonly maxConcurrent: number;
  /** The runtime's timers: 900 ms late on the web profile. */
  timers: RuntimeTimers;
  /** The user edits the recipients: registered RecipientsChanged handlers run. */
  userEditsRecipients(): void;
  /**
   * A Smart Alert's button asks for the pane while it is open: with Mailbox 1.15 and a registered
   * handler, InitializationContextChanged runs (and true is returned); otherwise Outlook would reload
   * the pane (false).
   */
  reopenPane(contextData: string): boolean;
}

const SUCCEEDED = "succeeded";
const FAILED = "failed";
/** Outlook's late timers on the web and in new Outlook (office-js #4826). */
export const LATE_TIMER_MS = 900;

export function recipients(...addresses: string[]): FieldBehaviour {
  return {
    kind: "ok",
    value: addresses.map((emailAddress) => ({
      emailAddress,
      displayName: emailAddress.split("@")[0],
      recipientType: "externalUser",
    })),
  };
}

/** Node's timers keep the process alive; a delivery nobody waits for must not. */
function unref(timer: ReturnType<typeof setTimeout>): void {
  (timer as { unref?: () => void }).unref?.();
}

const RULES: Record<string, ApiRule> = { ...OFFICE_APIS, ...REFUSED_APIS };

/** office.js's ooeOperationNotSupported (office_strings.js, L_HostError / L_OperationNotSupported). */
const OPERATION_NOT_SUPPORTED = {
  name: "Host Error",
  code: 5000,
  message: "The operation is not supported.",
};

/** What the Android and iOS host scripts throw for a feature they mark beta (createBetaError). */
export function betaFeatureMessage(feature: string): string {
  return `The feature ${feature}, is only enabled on the beta api endpoint`;
}

export function fakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const platform: Platform = options.platform ?? "PC";
  const phone = platform === "Android" || platform === "iOS";
  const mailbox = options.mailbox ?? (phone ? MOBILE_MAILBOX : "1.12");
  const permission = options.permission ?? DECLARED_PERMISSION;
  const web = platform === "OfficeOnline";
  // The limit of three simultaneous calls: the web, new Outlook and phones.
  const limited = web || phone;
  const lagMs = options.roamingLagMs ?? 60_000;
  const handlers: FakeOffice["handlers"] = {};
  const notifications: FakeOffice["notifications"] = { replaced: [], removed: [] };
  const recipientWrites: string[] = [];
  const log: string[] = [];
  const fail: Record<string, string | null> = {};
  const silent = new Set<string>();
  const fields: FakeOffice["fields"] = {
    to: options.to ?? { kind: "ok", value: [] },
    cc: options.cc ?? { kind: "ok", value: [] },
    bcc: options.bcc ?? { kind: "ok", value: [] },
  };
  const sessionData = new Map<string, string>();
  const internetHeaders = new Map<string, string>();
  const savedRoaming: Record<string, unknown> = { ...(options.roaming ?? {}) };
  const itemHandlers = new Map<string, Handler[]>();
  let maxConcurrent = 0;
  const timers: RuntimeTimers = {
    setTimeout: (fn, ms = 0) => setTimeout(fn, ms + (web ? LATE_TIMER_MS : 0)),
    clearTimeout: (id) => clearTimeout(id),
  };

  /** One runtime's Office: its own count of unanswered calls and its own roaming settings. */
  function runtime(roaming: Record<string, unknown>, onSaved: (values: Record<string, unknown>) => void) {
    let unanswered = 0;

    /**
     * Whether the client has a member: from its set, or on a phone, in message compose, as one of
     * the later members phones enable for event-based add-ins.
     */
    const offered = (rule: ApiRule): boolean =>
      clientOffers(rule, (version) => versionAtLeast(mailbox, version), phone && !options.meeting);

    /** Checks a member as Outlook does: absent where not offered, refused above the permission. */
    const member = <F extends (...args: never[]) => unknown>(name: string, fn: F): F | undefined => {
      const rule = RULES[name];
      if (!rule) throw new Error(`fake-office: no rule for ${name}; add it to src/office/apis.ts`);
      if (!offered(rule) && phone && options.hostScriptMembers)
        return ((...args: unknown[]) => {
          if (!permits(permission, rule.permission)) throw new Error(elevatedPermissionMessage(name));
          log.push(`unoffered ${name}`);
          setTimeout(
            () =>
              callbackOf(args)?.({
                status: FAILED,
                error: { ...OPERATION_NOT_SUPPORTED },
              }),
            1,
          );
        }) as unknown as F;
      if (!offered(rule)) return undefined;
      return ((...args: never[]) => {
        if (!permits(permission, rule.permission)) throw new Error(elevatedPermissionMessage(name));
        return fn(...args);
      }) as F;
    };

    /** A sessionData method: on a phone with `sessionDataBeta`, it throws as the host scripts do. */
    const sessionMember = <F extends (...args: never[]) => unknown>(name: string, fn: F): F | undefined =>
      member(name, ((...args: never[]) => {
        if (phone && options.sessionDataBeta) throw new Error(betaFeatureMessage(name));
        return fn(...args);
      }) as F);

    /**
     * One asynchronous call: counted while unanswered; on the web a fourth fails with error 5100.
     * `answer` gives the result (or throws to fail with its message).
     */
    const asyncCall = (op: string, callback: Callback | undefined, answer: () => unknown): void => {
      log.push(op);
      if (limited && unanswered >= MAX_CONCURRENT_CALLS) {
        setTimeout(() => callback?.({ status: FAILED, error: { ...TOO_MANY_CALLS_ERROR } }), 1);
        return;
      }
      unanswered++;
      maxConcurrent = Math.max(maxConcurrent, unanswered);
      if (silent.has(op)) return; // Outlook never answers: the call stays unanswered
      setTimeout(() => {
        unanswered--;
        // A failure may be set for one call ("set to 2") or for every call of its kind ("set to").
        const message = fail[op] ?? fail[op.split(" ").slice(0, 2).join(" ")];
        if (message) {
          callback?.({ status: FAILED, error: { message, code: 9000 } });
          return;
        }
        try {
          callback?.({ status: SUCCEEDED, value: answer() });
        } catch (error) {
          callback?.({ status: FAILED, error: { message: (error as Error).message, code: 9000 } });
        }
      }, 1);
    };

    const callbackOf = (args: unknown[]): Callback | undefined => {
      const last = args[args.length - 1];
      return typeof last === "function" ? (last as Callback) : undefined;
    };

    /** Answers one read as `behaviour` says: a value, a failure, silence, two answers, or a throw. */
    const behave = (op: string, behaviour: FieldBehaviour, callback: Callback | undefined): void => {
      switch (behaviour.kind) {
        case "ok":
          asyncCall(op, callback, () => behaviour.value);
          return;
        case "twice":
          asyncCall(op, callback, () => behaviour.value);
          setTimeout(() => callback?.({ status: SUCCEEDED, value: [] }), 2);
          return;
        case "fail":
          asyncCall(op, callback, () => {
            throw new Error(behaviour.message);
          });
          return;
        case "silent":
          log.push(op);
          unanswered++;
          maxConcurrent = Math.max(maxConcurrent, unanswered);
          return;
        case "throw":
          throw new Error(behaviour.message);
      }
    };

    // A meeting's attendees are logged by Outlook's names: "get requiredAttendees", "set optionalAttendees 2".
    const reader = (field: "to" | "cc" | "bcc", name: string = field) => ({
      getAsync: member("recipients.getAsync", (...args: unknown[]) =>
        behave(`get ${name}`, fields[field], callbackOf(args)),
      ),
      setAsync: member(
        "recipients.setAsync",
        (list: { emailAddress: string; displayName?: string }[], ...args: unknown[]) => {
          recipientWrites.push(`${name}.setAsync`);
          asyncCall(`set ${name} ${list.length}`, callbackOf(args), () => {
            fields[field] = { kind: "ok", value: list.map((r) => ({ ...r })) };
            return undefined;
          });
        },
      ),
      addAsync: member(
        "recipients.addAsync",
        (list: { emailAddress: string; displayName?: string }[], ...args: unknown[]) => {
          recipientWrites.push(`${name}.addAsync`);
          asyncCall(`add ${name} ${list.length}`, callbackOf(args), () => {
            const current = fields[field];
            const before = current.kind === "ok" && Array.isArray(current.value) ? current.value : [];
            fields[field] = { kind: "ok", value: [...before, ...list.map((r) => ({ ...r }))] };
            return undefined;
          });
        },
      ),
    });

    const handlerList = (type: string): Handler[] => {
      let list = itemHandlers.get(type);
      if (!list) itemHandlers.set(type, (list = []));
      return list;
    };

    const item = options.noItem
      ? undefined
      : {
          ...(options.meeting
            ? {
                itemType: "appointment",
                requiredAttendees: reader("to", "requiredAttendees"),
                optionalAttendees: reader("cc", "optionalAttendees"),
              }
            : {
                itemType: "message",
                to: reader("to"),
                cc: reader("cc"),
                bcc: reader("bcc"),
                // MessageCompose only, as are internetHeaders below.
                getComposeTypeAsync: member("item.getComposeTypeAsync", (...args: unknown[]) =>
                  asyncCall("get composeType", callbackOf(args), () => ({
                    composeType: options.composeType ?? "newMail",
                    coercionType: "html",
                  })),
                ),
                // MessageCompose only: AppointmentCompose has no internetHeaders member.
                internetHeaders: {
                  setAsync: member("internetHeaders.setAsync", (headers: unknown, ...args: unknown[]) =>
                    asyncCall("headers set", callbackOf(args), () => {
                      const problem = internetHeadersProblem(internetHeaders, headers);
                      if (problem) throw new Error(problem);
                      for (const [name, value] of Object.entries(headers as Record<string, string>))
                        internetHeaders.set(name, value);
                      return undefined;
                    }),
                  ),
                },
              }),
          // MessageCompose and AppointmentCompose alike (Mailbox 1.8 and 1.1, read item).
          getAttachmentsAsync: member("item.getAttachmentsAsync", (...args: unknown[]) =>
            behave("get attachments", options.attachments ?? { kind: "ok", value: [] }, callbackOf(args)),
          ),
          subject: {
            getAsync: member("subject.getAsync", (...args: unknown[]) =>
              behave("get subject", options.subject ?? { kind: "ok", value: "" }, callbackOf(args)),
            ),
          },
          notificationMessages: {
            replaceAsync: member(
              "notificationMessages.replaceAsync",
              (key: string, details: { type: string; message: string }, ...args: unknown[]) => {
                notifications.replaced.push({ key, message: details.message, type: details.type });
                asyncCall("replaceNotification", callbackOf(args), () => undefined);
              },
            ),
            removeAsync: member("notificationMessages.removeAsync", (key: string, ...args: unknown[]) => {
              notifications.removed.push(key);
              asyncCall("removeNotification", callbackOf(args), () => undefined);
            }),
          },
          getInitializationContextAsync: member("item.getInitializationContextAsync", (...args: unknown[]) =>
            asyncCall("context", callbackOf(args), () => options.contextData),
          ),
          addHandlerAsync: member(
            "item.addHandlerAsync",
            (type: string, handler: Handler, ...args: unknown[]) => {
              log.push(`addHandler ${type}`);
              if (
                type === INITIALIZATION_CONTEXT_CHANGED.eventType &&
                !versionAtLeast(mailbox, INITIALIZATION_CONTEXT_CHANGED.set)
              ) {
                setTimeout(
                  () =>
                    callbackOf(args)?.({
                      status: FAILED,
                      error: { message: "The event type is not supported.", code: 9000 },
                    }),
                  1,
                );
                return;
              }
              handlerList(type).push(handler);
              setTimeout(() => callbackOf(args)?.({ status: SUCCEEDED }), 1);
            },
          ),
          removeHandlerAsync: member("item.removeHandlerAsync", (type: string, ...args: unknown[]) => {
            log.push(`removeHandler ${type}`);
            itemHandlers.delete(type);
            setTimeout(() => callbackOf(args)?.({ status: SUCCEEDED }), 1);
          }),
          sessionData: offered(OFFICE_APIS["sessionData.getAsync"])
            ? {
                getAsync: sessionMember("sessionData.getAsync", (name: string, ...args: unknown[]) =>
                  asyncCall("session get", callbackOf(args), () => sessionData.get(name) ?? ""),
                ),
                getAllAsync: sessionMember("sessionData.getAllAsync", (...args: unknown[]) =>
                  asyncCall("session getAll", callbackOf(args), () => Object.fromEntries(sessionData)),
                ),
                setAsync: sessionMember(
                  "sessionData.setAsync",
                  (name: string, value: unknown, ...args: unknown[]) =>
                    asyncCall("session set", callbackOf(args), () => {
                      if (typeof value !== "string")
                        throw new Error("The session data value must be a string.");
                      const next = new Map(sessionData).set(name, value);
                      if (sessionDataSize(next) > STORAGE_LIMITS.sessionDataChars)
                        throw new Error(SESSION_DATA_TOO_LARGE);
                      sessionData.set(name, value);
                      return undefined;
                    }),
                ),
                removeAsync: sessionMember("sessionData.removeAsync", (name: string, ...args: unknown[]) =>
                  asyncCall("session remove", callbackOf(args), () => {
                    sessionData.delete(name);
                    return undefined;
                  }),
                ),
              }
            : undefined,
          sendAsync: member("item.sendAsync", (...args: unknown[]) =>
            asyncCall("send", callbackOf(args), () => undefined),
          ),
        };

    return {
      AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
      EventType: {
        RecipientsChanged: "olkRecipientsChanged",
        ...(versionAtLeast(mailbox, "1.15")
          ? { InitializationContextChanged: INITIALIZATION_CONTEXT_CHANGED.eventType }
          : {}),
      },
      MailboxEnums: {
        SendModeOverride: { PromptUser: "promptUser" },
        ItemNotificationMessageType: {
          ErrorMessage: "errorMessage",
          InformationalMessage: "informationalMessage",
        },
      },
      actions: {
        associate(name: string, fn: Handler) {
          handlers[name] = fn;
        },
      },
      context: {
        platform,
        displayLanguage: options.displayLanguage ?? "en-US",
        requirements: {
          isSetSupported(name: string, version = "1.1") {
            return name === "Mailbox" && versionAtLeast(mailbox, version);
          },
        },
        roamingSettings: {
          get(name: string) {
            if (options.roamingThrows) throw new Error("settings unavailable");
            return roaming[name];
          },
          set(name: string, value: unknown) {
            roaming[name] = value;
          },
          remove(name: string) {
            delete roaming[name];
          },
          saveAsync: member("roamingSettings.saveAsync", (...args: unknown[]) =>
            asyncCall("saveSettings", callbackOf(args), () => {
              if (JSON.stringify(roaming).length > STORAGE_LIMITS.roamingSettingsChars)
                throw new Error(ROAMING_SETTINGS_TOO_LARGE);
              onSaved(JSON.parse(JSON.stringify(roaming)) as Record<string, unknown>);
              return undefined;
            }),
          ),
        },
        mailbox: {
          item,
          userProfile: {
            get emailAddress() {
              const rule = RULES["userProfile.emailAddress"]!;
              if (!permits(permission, rule.permission))
                throw new Error(elevatedPermissionMessage("userProfile"));
              return options.userAddress ?? "me@contoso.com";
            },
          },
        },
      },
    };
  }

  // The send handler's runtime reads the mailbox's settings as saved; a pane's save reaches it late.
  const handlerRoaming: Record<string, unknown> = { ...savedRoaming };
  const Office = runtime(handlerRoaming, (values) => Object.assign(savedRoaming, values));
  const deliver = (values: Record<string, unknown>): void => {
    unref(
      setTimeout(() => {
        for (const key of Object.keys(handlerRoaming)) delete handlerRoaming[key];
        Object.assign(handlerRoaming, values);
        Object.assign(savedRoaming, values);
      }, lagMs),
    );
  };

  return {
    Office,
    pane: () => runtime({ ...savedRoaming }, deliver),
    handlers,
    notifications,
    recipientWrites,
    log,
    fail,
    silent,
    fields,
    sessionData,
    internetHeaders,
    savedRoaming,
    get maxConcurrent() {
      return maxConcurrent;
    },
    timers,
    userEditsRecipients() {
      for (const h of itemHandlers.get("olkRecipientsChanged") ?? []) h({ type: "olkRecipientsChanged" });
    },
    reopenPane(contextData: string) {
      const list = itemHandlers.get(INITIALIZATION_CONTEXT_CHANGED.eventType) ?? [];
      if (!versionAtLeast(mailbox, INITIALIZATION_CONTEXT_CHANGED.set) || list.length === 0) return false;
      for (const h of list)
        h({ type: INITIALIZATION_CONTEXT_CHANGED.eventType, initializationContextData: contextData });
      return true;
    },
  };
}

export interface Completion {
  calls: unknown[];
  done: Promise<Record<string, unknown> | undefined>;
}

/** An event whose completed() calls are recorded; `done` resolves at the first one. */
export function fakeEvent(): { event: { completed(options?: unknown): void }; completion: Completion } {
  const calls: unknown[] = [];
  let resolve!: (value: Record<string, unknown> | undefined) => void;
  const done = new Promise<Record<string, unknown> | undefined>((r) => (resolve = r));
  return {
    event: {
      completed(options?: unknown) {
        calls.push(options);
        resolve(options as Record<string, unknown> | undefined);
      },
    },
    completion: { calls, done },
  };
}
