/**
 * A stand-in for office.js inside the simulator. It exposes the part of the Office.js API the
 * add-in uses, with Outlook's asynchronous callback style, and forwards everything to the compose
 * page. In a frame it reaches the page directly (same origin); in a worker, which is how the
 * simulator imitates classic Outlook's JavaScript-only runtime, it talks to it by messages.
 *
 * It is as strict as Outlook where the add-in could go wrong:
 * - a member newer than the client's Mailbox requirement set is absent, and one that needs more
 *   than the manifest's `<Permissions>` throws Outlook's own "Elevated permission is required"
 *   error (levels from @types/office-js and Outlook's host script; table in src/office/apis.ts);
 * - on the web and phone profiles a fourth asynchronous call while three are unanswered fails with
 *   office.js's error 5100 (limits-for-activation-and-javascript-api-for-outlook-add-ins.md);
 * - phones have Mailbox 1.5 and, in message compose only, the later members marked `mobile` in
 *   src/office/apis.ts (mobile-event-based.md, "Additional supported APIs"): getComposeTypeAsync and
 *   sessionData; nothing else above 1.5;
 * - on the web profile the event runtime's timers fire 900 ms late (office-js #4826);
 * - the pane's roaming-settings saves reach the send handler late (the page delays them: office-js
 *   #6728, #5650), while session data is kept by the message and is seen at once;
 * - with Mailbox 1.15 an open pane gets InitializationContextChanged instead of being reloaded;
 * - a meeting being organised is an AppointmentCompose: itemType "appointment", requiredAttendees
 *   and optionalAttendees, and no to, cc or bcc property at all;
 * - getAttachmentsAsync (Mailbox 1.8) and subject.getAsync (1.1) on both kinds of item, read item;
 * - getComposeTypeAsync (Mailbox 1.10, read item) on a message only: "newMail", "reply" (reply and
 *   reply all alike) or "forward".
 */
import {
  HOST_GLOBAL,
  ITEM_FIELDS,
  versionAtLeast,
  type BridgeRequest,
  type Field,
  type RuntimeSnapshot,
  type SimRecipient,
  type SimulatorHost,
} from "./bridge";
import { removePostEs2016BuiltIns } from "./es2016-builtins";
import {
  INITIALIZATION_CONTEXT_CHANGED,
  LATE_TIMER_MS,
  MAX_CONCURRENT_CALLS,
  OFFICE_APIS,
  REFUSED_APIS,
  TOO_MANY_CALLS_ERROR,
  clientOffers,
  elevatedPermissionMessage,
  isMobilePlatform,
  permits,
  type ApiRule,
  type Permission,
} from "../office";

type Callback = (result: {
  status: string;
  value?: unknown;
  error?: { message: string; code: number; name?: string };
}) => void;

const SUCCEEDED = "succeeded";
const FAILED = "failed";

interface Transport {
  snapshot: RuntimeSnapshot;
  request(request: BridgeRequest): Promise<unknown>;
  onRecipientsChanged(listener: () => void): void;
  onInitializationContextChanged(listener: (contextData: string) => void): () => void;
}

function frameTransport(): Transport | null {
  try {
    const host = (window.parent as unknown as Record<string, SimulatorHost | undefined>)[HOST_GLOBAL];
    if (!host) return null;
    const snapshot = host.snapshot(window);
    return {
      snapshot,
      // The frame's item is the one it was opened for, even if the user turns to the other draft.
      request: (r) => host.request(r, snapshot.itemType),
      onRecipientsChanged: (l) => void host.onRecipientsChanged(l),
      onInitializationContextChanged: (l) => host.onInitializationContextChanged(l),
    };
  } catch {
    return null;
  }
}

/** In a worker, the page posts the snapshot first; requests are numbered and answered by id. */
/**
 * OfficeRuntime.storage as classic Outlook's JavaScript-only runtime has it: promises answered on a
 * later turn, text keys and values only, 10 MB per domain (the page enforces it), kept on the page
 * apart from the pane's localStorage.
 */
function runtimeStorage(transport: Transport) {
  const text = (what: string, value: unknown): Promise<void> =>
    typeof value === "string"
      ? Promise.resolve()
      : Promise.reject(new Error(`OfficeRuntime.storage: the ${what} must be text.`));
  return {
    getItem: (key: unknown) =>
      text("key", key).then(() =>
        transport.request({ op: "runtimeStorage", action: "get", key: key as string }),
      ),
    setItem: (key: unknown, value: unknown) =>
      text("key", key)
        .then(() => text("value", value))
        .then(() =>
          transport.request({
            op: "runtimeStorage",
            action: "set",
            key: key as string,
            value: value as string,
          }),
        )
        .then(() => undefined),
    removeItem: (key: unknown) =>
      text("key", key)
        .then(() => transport.request({ op: "runtimeStorage", action: "remove", key: key as string }))
        .then(() => undefined),
  };
}

function workerTransport(snapshot: RuntimeSnapshot): Transport {
  const scope = self as unknown as {
    postMessage(m: unknown): void;
    addEventListener(t: string, l: (e: { data: unknown }) => void): void;
  };
  let next = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners: (() => void)[] = [];
  scope.addEventListener("message", (event) => {
    const data = event.data as { id?: number; ok?: boolean; value?: unknown; error?: string; event?: string };
    if (data.event === "recipientsChanged") listeners.forEach((l) => l());
    if (typeof data.id !== "number") return;
    const waiter = pending.get(data.id);
    if (!waiter) return;
    pending.delete(data.id);
    if (data.ok) waiter.resolve(data.value);
    else waiter.reject(new Error(data.error ?? "failed"));
  });
  return {
    snapshot,
    request(request) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        scope.postMessage({ id, request });
      });
    },
    onRecipientsChanged: (l) => void listeners.push(l),
    // The worker runs the send handler only; a task pane is never loaded there.
    onInitializationContextChanged: () => () => undefined,
  };
}

/** Office.js accepts plain address strings or objects where a recipient is expected. */
function toSimRecipient(r: string | SimRecipient): SimRecipient {
  return typeof r === "string"
    ? { emailAddress: r, displayName: r }
    : { emailAddress: r.emailAddress, displayName: r.displayName ?? r.emailAddress };
}

const RULES: Record<string, ApiRule> = { ...OFFICE_APIS, ...REFUSED_APIS };

/** Office.js accepts (callback), (options, callback) or nothing. */
function callbackOf(args: unknown[]): Callback | undefined {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as Callback) : undefined;
}

function buildOffice(transport: Transport) {
  const snap = transport.snapshot;
  const roaming: Record<string, unknown> = JSON.parse(JSON.stringify(snap.roaming));
  const handlers: Record<string, (event: unknown) => void> = {};
  const web = snap.platform === "OfficeOnline";
  // Phones: Mailbox 1.5 plus, in message compose, the later members they enable for event-based
  // add-ins (MOBILE_EVENT_APIS); no item events (1.7), no initialization context, no officeTheme.
  const phone = isMobilePlatform(snap.platform);
  let unanswered = 0;

  /** Answers one asynchronous call; on the web and phones a fourth while three are unanswered fails (5100). */
  const answer = (callback: Callback | undefined, start: () => Promise<unknown>): void => {
    if ((web || phone) && unanswered >= MAX_CONCURRENT_CALLS) {
      setTimeout(() => callback?.({ status: FAILED, error: { ...TOO_MANY_CALLS_ERROR } }), 0);
      return;
    }
    unanswered++;
    start().then(
      (value) => {
        unanswered--;
        callback?.({ status: SUCCEEDED, value });
      },
      (error: Error) => {
        unanswered--;
        callback?.({ status: FAILED, error: { message: error.message, code: 9000 } });
      },
    );
  };

  /** Whether the client has a member: from its set, or on a phone, in message compose, as listed. */
  const offered = (rule: ApiRule): boolean =>
    clientOffers(
      rule,
      (version) => versionAtLeast(snap.mailbox, version),
      phone && snap.itemType === "message",
    );

  /** A member as Outlook offers it: absent where not offered, refused above the permission. */
  const member = <A extends unknown[]>(
    name: string,
    fn: (...args: A) => void,
  ): ((...args: A) => void) | undefined => {
    const rule = RULES[name];
    if (!rule) throw new Error(`office-shim: ${name} has no entry in src/office/apis.ts`);
    if (!offered(rule)) return undefined;
    return (...args: A) => {
      if (!permits(snap.permission as Permission, rule.permission))
        throw new Error(elevatedPermissionMessage(name));
      fn(...args);
    };
  };

  const recipientsOf = (field: Field) => ({
    getAsync: member("recipients.getAsync", (...args: unknown[]) =>
      answer(callbackOf(args), () => transport.request({ op: "getRecipients", field })),
    ),
    setAsync: member("recipients.setAsync", (recipients: (string | SimRecipient)[], ...args: unknown[]) =>
      answer(callbackOf(args), () =>
        transport.request({ op: "setRecipients", field, recipients: recipients.map(toSimRecipient) }),
      ),
    ),
    addAsync: member("recipients.addAsync", (recipients: (string | SimRecipient)[], ...args: unknown[]) =>
      answer(callbackOf(args), () =>
        transport.request({ op: "getRecipients", field }).then((current) =>
          transport.request({
            op: "setRecipients",
            field,
            recipients: [...(current as SimRecipient[]), ...recipients.map(toSimRecipient)],
          }),
        ),
      ),
    ),
  });

  const showNotification = (
    key: string,
    details: { type: string; message: string },
    ...args: unknown[]
  ): void =>
    answer(callbackOf(args), () =>
      transport.request({
        op: "notification",
        action: "replace",
        key,
        message: details.message,
        type: details.type,
      }),
    );

  const recipientsChangedHandlers: ((event: unknown) => void)[] = [];
  let stopContextChanged: () => void = () => undefined;
  transport.onRecipientsChanged(() =>
    recipientsChangedHandlers.forEach((h) => h({ type: "olkRecipientsChanged" })),
  );

  // A message (MessageCompose) has to, cc and bcc; a meeting being organised (AppointmentCompose)
  // has requiredAttendees and optionalAttendees instead, and no to, cc or bcc at all.
  const recipientFields: Partial<Record<Field, ReturnType<typeof recipientsOf>>> = {};
  for (const field of ITEM_FIELDS[snap.itemType]) recipientFields[field] = recipientsOf(field);
  const item = {
    itemType: snap.itemType,
    ...recipientFields,
    // MessageCompose only: a meeting being organised (AppointmentCompose) has no internet headers.
    ...(snap.itemType === "message"
      ? {
          getComposeTypeAsync: member("item.getComposeTypeAsync", (...args: unknown[]) =>
            answer(callbackOf(args), () => transport.request({ op: "getComposeType" })),
          ),
          internetHeaders: {
            setAsync: member("internetHeaders.setAsync", (headers: unknown, ...args: unknown[]) =>
              answer(callbackOf(args), () => transport.request({ op: "setHeaders", headers })),
            ),
          },
        }
      : {}),
    // MessageCompose and AppointmentCompose alike: the attachments (AttachmentDetailsCompose) and
    // the subject (a meeting's title).
    getAttachmentsAsync: member("item.getAttachmentsAsync", (...args: unknown[]) =>
      answer(callbackOf(args), () => transport.request({ op: "getAttachments" })),
    ),
    subject: {
      getAsync: member("subject.getAsync", (...args: unknown[]) =>
        answer(callbackOf(args), () => transport.request({ op: "getSubject" })),
      ),
    },
    notificationMessages: {
      replaceAsync: member("notificationMessages.replaceAsync", showNotification),
      removeAsync: member("notificationMessages.removeAsync", (key: string, ...args: unknown[]) =>
        answer(callbackOf(args), () => transport.request({ op: "notification", action: "remove", key })),
      ),
    },
    getInitializationContextAsync: member("item.getInitializationContextAsync", (...args: unknown[]) =>
      answer(callbackOf(args), () => Promise.resolve(snap.initializationContext)),
    ),
    // Offered from Mailbox 1.15, and refused below read/write mailbox, as Outlook does.
    sendAsync: member("item.sendAsync", (...args: unknown[]) =>
      answer(callbackOf(args), () => transport.request({ op: "send" })),
    ),
    sessionData: offered(RULES["sessionData.getAsync"]!)
      ? {
          getAsync: member("sessionData.getAsync", (name: string, ...args: unknown[]) =>
            answer(callbackOf(args), () => transport.request({ op: "getSession", name })),
          ),
          getAllAsync: member("sessionData.getAllAsync", (...args: unknown[]) =>
            answer(callbackOf(args), () => transport.request({ op: "getAllSession" })),
          ),
          setAsync: member("sessionData.setAsync", (name: string, value: unknown, ...args: unknown[]) =>
            answer(callbackOf(args), () =>
              typeof value === "string"
                ? transport.request({ op: "setSession", name, value })
                : Promise.reject(new Error("The session data value must be a string.")),
            ),
          ),
          removeAsync: member("sessionData.removeAsync", (name: string, ...args: unknown[]) =>
            answer(callbackOf(args), () => transport.request({ op: "removeSession", name })),
          ),
        }
      : undefined,
    addHandlerAsync: member(
      "item.addHandlerAsync",
      (type: string, handler: (event: unknown) => void, ...args: unknown[]) => {
        const cb = callbackOf(args);
        if (type === "olkRecipientsChanged" || type === "RecipientsChanged") {
          recipientsChangedHandlers.push(handler);
        } else if (
          type === INITIALIZATION_CONTEXT_CHANGED.eventType &&
          versionAtLeast(snap.mailbox, INITIALIZATION_CONTEXT_CHANGED.set)
        ) {
          stopContextChanged();
          stopContextChanged = transport.onInitializationContextChanged((contextData) =>
            handler({ type, initializationContextData: contextData }),
          );
        } else {
          setTimeout(
            () =>
              cb?.({ status: FAILED, error: { message: "The event type is not supported.", code: 9000 } }),
            0,
          );
          return;
        }
        setTimeout(() => cb?.({ status: SUCCEEDED }), 0);
      },
    ),
    removeHandlerAsync: member("item.removeHandlerAsync", (type: string, ...args: unknown[]) => {
      if (type === INITIALIZATION_CONTEXT_CHANGED.eventType) {
        stopContextChanged();
        stopContextChanged = () => undefined;
      } else recipientsChangedHandlers.length = 0;
      setTimeout(() => callbackOf(args)?.({ status: SUCCEEDED }), 0);
    }),
  };

  const Office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", Android: "Android", iOS: "iOS" },
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
    EventType: { RecipientsChanged: "olkRecipientsChanged", ItemChanged: "olkItemSelectedChanged" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: {
      SendModeOverride: { PromptUser: "promptUser" },
      ItemNotificationMessageType: {
        ErrorMessage: "errorMessage",
        InformationalMessage: "informationalMessage",
        InsightMessage: "insightMessage",
        ProgressIndicator: "progressIndicator",
      },
      ItemType: { Message: "message", Appointment: "appointment" },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      RecipientType: {
        DistributionList: "distributionList",
        User: "user",
        ExternalUser: "externalUser",
        Other: "other",
      },
    },
    actions: {
      associate(name: string, handler: (event: unknown) => void) {
        handlers[name] = handler;
      },
    },
    context: {
      host: "Outlook",
      platform: snap.platform,
      diagnostics: { host: "Outlook", platform: snap.platform, version: "simulator" },
      officeTheme: phone ? undefined : snap.theme,
      // Mailbox 1.1, every client: Office's UI language, as a tag such as "de-DE".
      displayLanguage: snap.displayLanguage,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "Mailbox" && versionAtLeast(snap.mailbox, version ?? "1.1"),
      },
      roamingSettings: {
        get: (name: string) => roaming[name],
        set: (name: string, value: unknown) => {
          roaming[name] = JSON.parse(JSON.stringify(value));
        },
        remove: (name: string) => {
          delete roaming[name];
        },
        saveAsync: member("roamingSettings.saveAsync", (...args: unknown[]) =>
          answer(callbackOf(args), () => transport.request({ op: "saveRoaming", roaming })),
        ),
      },
      mailbox: {
        item,
        diagnostics: { hostName: "Outlook", hostVersion: "simulator" },
        userProfile: {
          get emailAddress() {
            const rule = RULES["userProfile.emailAddress"]!;
            if (!permits(snap.permission as Permission, rule.permission))
              throw new Error(elevatedPermissionMessage("userProfile"));
            return snap.userAddress;
          },
        },
      },
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Outlook", platform: snap.platform };
      const ready = Promise.resolve(info);
      if (callback) void ready.then(callback);
      return ready;
    },
    initialize: undefined as undefined | ((reason: string) => void),
  };
  return { Office, handlers };
}

declare const WorkerGlobalScope: unknown;
const inWorker = typeof WorkerGlobalScope !== "undefined" && typeof window === "undefined";
const target = globalThis as unknown as Record<string, unknown>;

if (inWorker) {
  // The page sends the snapshot and the handler's script URL; the handler then loads like a file in
  // classic Outlook's runtime: no window, no document, no localStorage; OfficeRuntime.storage.
  const scope = self as unknown as {
    addEventListener(t: string, l: (e: { data: unknown }) => void): void;
    postMessage(m: unknown): void;
    importScripts(url: string): void;
  };
  const onStart = (event: { data: unknown }) => {
    const data = event.data as { start?: { snapshot: RuntimeSnapshot; script: string } };
    if (!data.start) return;
    const transport = workerTransport(data.start.snapshot);
    const { Office, handlers } = buildOffice(transport);
    target.Office = Office;
    target.OfficeRuntime = { storage: runtimeStorage(transport) };
    target.__recipientGuardHandlers = handlers;
    // Classic Outlook on Windows before Version 2403 gives the handler ES2016's built-ins only.
    removePostEs2016BuiltIns(target);
    scope.importScripts(data.start.script);
    scope.postMessage({ ready: Object.keys(handlers) });
    scope.addEventListener("message", (e: { data: unknown }) => {
      const run = (e.data as { run?: string }).run;
      if (!run) return;
      const handler = handlers[run];
      if (!handler) {
        scope.postMessage({
          id: -1,
          request: { op: "completed", options: { error: `no function "${run}" was associated` } },
        });
        return;
      }
      handler({
        completed: (options: unknown) => scope.postMessage({ completedBy: run, options: options ?? null }),
      });
    });
  };
  scope.addEventListener("message", onStart);
} else {
  const transport = frameTransport();
  // Outlook on the web and new Outlook run the send handler in a page whose timers can fire about
  // 900 ms late (office-js #4826): so do they here, in the handler's frame on the web profile.
  if (
    transport &&
    transport.snapshot.platform === "OfficeOnline" &&
    new URLSearchParams(location.search).has("recipientGuardRuntime")
  ) {
    const onTime = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      onTime(handler, (ms ?? 0) + LATE_TIMER_MS, ...rest)) as typeof window.setTimeout;
  }
  if (transport) {
    const { Office, handlers } = buildOffice(transport);
    target.Office = Office;
    target.__recipientGuardHandlers = handlers;
  }
  // Outside the simulator this file does nothing, and the page shows its "open in Outlook" state.
}
