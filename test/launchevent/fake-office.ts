/**
 * A stand-in for the Office.js surface the send handler touches. Every callback arrives on a later
 * tick, as Outlook's do; each field can be told to fail, stay silent, answer twice or answer with
 * nonsense.
 */
export type FieldBehaviour =
  | { kind: "ok"; value: unknown }
  | { kind: "fail"; message: string }
  | { kind: "silent" }
  | { kind: "twice"; value: unknown }
  | { kind: "throw"; message: string };

export interface FakeOfficeOptions {
  to?: FieldBehaviour;
  cc?: FieldBehaviour;
  bcc?: FieldBehaviour;
  /** Highest Mailbox requirement set supported, e.g. "1.12". */
  mailbox?: string;
  roaming?: Record<string, unknown>;
  roamingThrows?: boolean;
  noItem?: boolean;
}

export interface FakeOffice {
  Office: unknown;
  handlers: Record<string, (event: unknown) => void>;
  notifications: { replaced: { key: string; message: string; type: string }[]; removed: string[] };
  /** Every attempt to change recipients (the send handler must never make one). */
  recipientWrites: string[];
}

const SUCCEEDED = "succeeded";
const FAILED = "failed";

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

function reader(behaviour: FieldBehaviour = { kind: "ok", value: [] }, writes: string[] = [], field = "") {
  const write = (method: string) => () => void writes.push(`${field}.${method}`);
  return {
    setAsync: write("setAsync"),
    addAsync: write("addAsync"),
    getAsync(callback: (result: unknown) => void) {
      switch (behaviour.kind) {
        case "ok":
          setTimeout(() => callback({ status: SUCCEEDED, value: behaviour.value }), 1);
          return;
        case "twice":
          setTimeout(() => callback({ status: SUCCEEDED, value: behaviour.value }), 1);
          setTimeout(() => callback({ status: SUCCEEDED, value: [] }), 2);
          return;
        case "fail":
          setTimeout(() => callback({ status: FAILED, error: { message: behaviour.message } }), 1);
          return;
        case "silent":
          return;
        case "throw":
          throw new Error(behaviour.message);
      }
    },
  };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1! - b1! || a2! - b2!;
}

export function fakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const handlers: FakeOffice["handlers"] = {};
  const notifications: FakeOffice["notifications"] = { replaced: [], removed: [] };
  const roaming = { ...(options.roaming ?? {}) };
  const recipientWrites: string[] = [];
  const Office = {
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
    MailboxEnums: {
      SendModeOverride: { PromptUser: "promptUser" },
      ItemNotificationMessageType: {
        ErrorMessage: "errorMessage",
        InformationalMessage: "informationalMessage",
      },
    },
    actions: {
      associate(name: string, fn: (event: unknown) => void) {
        handlers[name] = fn;
      },
    },
    context: {
      requirements: {
        isSetSupported(name: string, version: string) {
          return name === "Mailbox" && compareVersions(options.mailbox ?? "1.12", version) >= 0;
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
        saveAsync(cb?: (r: unknown) => void) {
          setTimeout(() => cb?.({ status: SUCCEEDED }), 1);
        },
      },
      mailbox: {
        item: options.noItem
          ? undefined
          : {
              to: reader(options.to, recipientWrites, "to"),
              cc: reader(options.cc, recipientWrites, "cc"),
              bcc: reader(options.bcc, recipientWrites, "bcc"),
              notificationMessages: {
                replaceAsync(
                  key: string,
                  details: { type: string; message: string },
                  cb?: (r: unknown) => void,
                ) {
                  notifications.replaced.push({ key, message: details.message, type: details.type });
                  setTimeout(() => cb?.({ status: SUCCEEDED }), 1);
                },
                removeAsync(key: string, cb?: (r: unknown) => void) {
                  notifications.removed.push(key);
                  setTimeout(() => cb?.({ status: SUCCEEDED }), 1);
                },
              },
            },
      },
    },
  };
  return { Office, handlers, notifications, recipientWrites };
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
