/**
 * A stand-in for office.js inside the simulator. It exposes the part of the Office.js API the
 * add-in uses, with Outlook's asynchronous callback style, and forwards everything to the compose
 * page. In a frame it reaches the page directly (same origin); in a worker, which is how the
 * simulator imitates classic Outlook's JavaScript-only runtime, it talks to it by messages.
 */
import {
  HOST_GLOBAL,
  versionAtLeast,
  type BridgeRequest,
  type Field,
  type RuntimeSnapshot,
  type SimRecipient,
  type SimulatorHost,
} from "./bridge";
import { removePostEs2016BuiltIns } from "./es2016-builtins";

type Callback = (result: {
  status: string;
  value?: unknown;
  error?: { message: string; code: number };
}) => void;

const SUCCEEDED = "succeeded";
const FAILED = "failed";

interface Transport {
  snapshot: RuntimeSnapshot;
  request(request: BridgeRequest): Promise<unknown>;
  onRecipientsChanged(listener: () => void): void;
}

function frameTransport(): Transport | null {
  try {
    const host = (window.parent as unknown as Record<string, SimulatorHost | undefined>)[HOST_GLOBAL];
    if (!host) return null;
    return {
      snapshot: host.snapshot(),
      request: (r) => host.request(r),
      onRecipientsChanged: (l) => void host.onRecipientsChanged(l),
    };
  } catch {
    return null;
  }
}

/** In a worker, the page posts the snapshot first; requests are numbered and answered by id. */
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
  };
}

/** Office.js accepts plain address strings or objects where a recipient is expected. */
function toSimRecipient(r: string | SimRecipient): SimRecipient {
  return typeof r === "string"
    ? { emailAddress: r, displayName: r }
    : { emailAddress: r.emailAddress, displayName: r.displayName ?? r.emailAddress };
}

function answer(callback: Callback | undefined, promise: Promise<unknown>): void {
  promise.then(
    (value) => callback?.({ status: SUCCEEDED, value }),
    (error: Error) => callback?.({ status: FAILED, error: { message: error.message, code: 9000 } }),
  );
}

/** Office.js accepts (callback), (options, callback) or nothing. */
function callbackOf(args: unknown[]): Callback | undefined {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as Callback) : undefined;
}

function buildOffice(transport: Transport) {
  const snap = transport.snapshot;
  const roaming: Record<string, unknown> = JSON.parse(JSON.stringify(snap.roaming));
  const handlers: Record<string, (event: unknown) => void> = {};

  const recipientsOf = (field: Field) => ({
    getAsync: (...args: unknown[]) =>
      answer(callbackOf(args), transport.request({ op: "getRecipients", field })),
    setAsync: (recipients: (string | SimRecipient)[], ...args: unknown[]) => {
      answer(
        callbackOf(args),
        transport.request({ op: "setRecipients", field, recipients: recipients.map(toSimRecipient) }),
      );
    },
    addAsync: (recipients: (string | SimRecipient)[], ...args: unknown[]) => {
      const cb = callbackOf(args);
      transport
        .request({ op: "getRecipients", field })
        .then((current) => {
          const added = recipients.map(toSimRecipient);
          return transport.request({
            op: "setRecipients",
            field,
            recipients: [...(current as SimRecipient[]), ...added],
          });
        })
        .then(
          () => cb?.({ status: SUCCEEDED }),
          (e: Error) => cb?.({ status: FAILED, error: { message: e.message, code: 9000 } }),
        );
    },
  });

  const showNotification = (
    key: string,
    details: { type: string; message: string },
    ...args: unknown[]
  ): void =>
    answer(
      callbackOf(args),
      transport.request({
        op: "notification",
        action: "replace",
        key,
        message: details.message,
        type: details.type,
      }),
    );

  const recipientsChangedHandlers: ((event: unknown) => void)[] = [];
  transport.onRecipientsChanged(() =>
    recipientsChangedHandlers.forEach((h) => h({ type: "olkRecipientsChanged" })),
  );

  // Phones: Mailbox 1.5 plus the few later APIs outlook-mobile-apis.md lists; no item events (1.7),
  // no initialization context and no officeTheme there.
  const phone = snap.platform === "Android" || snap.platform === "iOS";
  const item = {
    itemType: "message",
    to: recipientsOf("to"),
    cc: recipientsOf("cc"),
    bcc: recipientsOf("bcc"),
    notificationMessages: {
      replaceAsync: showNotification,
      // The simulator shows one bar per message, so adding one replaces it.
      addAsync: showNotification,
      removeAsync: (key: string, ...args: unknown[]) =>
        answer(callbackOf(args), transport.request({ op: "notification", action: "remove", key })),
    },
    getInitializationContextAsync: phone
      ? undefined
      : (...args: unknown[]) => answer(callbackOf(args), Promise.resolve(snap.initializationContext)),
    sendAsync: versionAtLeast(snap.mailbox, "1.15")
      ? (...args: unknown[]) => answer(callbackOf(args), transport.request({ op: "send" }))
      : undefined,
    addHandlerAsync: !versionAtLeast(snap.mailbox, "1.7")
      ? undefined
      : (type: string, handler: (event: unknown) => void, ...args: unknown[]) => {
          if (type === "olkRecipientsChanged" || type === "RecipientsChanged")
            recipientsChangedHandlers.push(handler);
          callbackOf(args)?.({ status: SUCCEEDED });
        },
    removeHandlerAsync: !versionAtLeast(snap.mailbox, "1.7")
      ? undefined
      : (_type: string, ...args: unknown[]) => {
          recipientsChangedHandlers.length = 0;
          callbackOf(args)?.({ status: SUCCEEDED });
        },
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
        saveAsync: (...args: unknown[]) =>
          answer(callbackOf(args), transport.request({ op: "saveRoaming", roaming })),
      },
      mailbox: { item, diagnostics: { hostName: "Outlook", hostVersion: "simulator" } },
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
  // classic Outlook's runtime: no window, no document, no storage.
  const scope = self as unknown as {
    addEventListener(t: string, l: (e: { data: unknown }) => void): void;
    postMessage(m: unknown): void;
    importScripts(url: string): void;
  };
  const onStart = (event: { data: unknown }) => {
    const data = event.data as { start?: { snapshot: RuntimeSnapshot; script: string } };
    if (!data.start) return;
    const { Office, handlers } = buildOffice(workerTransport(data.start.snapshot));
    target.Office = Office;
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
  if (transport) {
    const { Office, handlers } = buildOffice(transport);
    target.Office = Office;
    target.__recipientGuardHandlers = handlers;
  }
  // Outside the simulator this file does nothing, and the page shows its "open in Outlook" state.
}
