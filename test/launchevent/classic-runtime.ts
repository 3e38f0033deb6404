/**
 * Classic Outlook's JavaScript-only runtime for the handler tests: the built bundle (or the source)
 * in a fresh context per event, with OfficeRuntime.storage answering on a later turn and a fetch
 * of policy.json. Only what storage holds carries over from one event to the next.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { encodeStoredPolicy } from "../../src/shared/policy-codec";
import { bundledFingerprint } from "../../src/shared/policy-store";
import bundledPolicy from "../../config/policy.json";
import { fakeEvent, fakeOffice, type FakeOfficeOptions } from "../office/fake-office";

export const BUNDLE = join(__dirname, "..", "..", "dist", "launchevent", "launchevent.js");
export const POLICY_URL = "https://addin.example/policy.json";

type Handlers = Record<string, (event: unknown) => void>;

/** OfficeRuntime.storage as the reference describes it: promises that settle on a later turn. */
export function runtimeStorage(initial: Record<string, string> = {}, silent = false) {
  const data = new Map(Object.entries(initial));
  /** Every getItem, by key, in order. */
  const reads: string[] = [];
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve, reject) => {
      if (silent) return; // "In the event the Promise does not resolve"
      setTimeout(() => {
        try {
          resolve(value());
        } catch (error) {
          reject(error);
        }
      }, 2);
    });
  return {
    data,
    reads,
    storage: {
      getItem: (key: string) => {
        reads.push(key);
        return later(() => data.get(key) ?? null);
      },
      setItem: (key: string, value: string) => later(() => void data.set(key, value)),
      removeItem: (key: string) => later(() => void data.delete(key)),
    },
  };
}

export interface Server {
  requests: string[];
  body: string;
  status: number;
  fetch(url: string, init?: unknown): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

export function server(body: unknown, status = 200): Server {
  const s: Server = {
    requests: [],
    body: typeof body === "string" ? body : JSON.stringify(body),
    status,
    fetch(url: string) {
      s.requests.push(url);
      return new Promise((resolve) =>
        setTimeout(() => resolve({ ok: s.status === 200, status: s.status, text: async () => s.body }), 5),
      );
    },
  };
  return s;
}

export interface Runtime {
  handlers: Handlers;
  fake: ReturnType<typeof fakeOffice>;
}

/** `storage` null: a runtime where OfficeRuntime is not defined (office-js #3312, #6106). */
export type Loader = (options: FakeOfficeOptions, storage: object | null, fetch: Server["fetch"]) => Runtime;

/** The built bundle in a bare context, as classic Outlook's JavaScript-only runtime loads it. */
export const fromBundle: Loader = (options, storage, fetch) => {
  const fake = fakeOffice(options);
  const context = vm.createContext({
    Office: fake.Office,
    ...(storage ? { OfficeRuntime: { storage } } : {}),
    fetch,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
  vm.runInContext(readFileSync(BUNDLE, "utf8"), context, { filename: "launchevent.js" });
  return { handlers: fake.handlers, fake };
};

/** The TypeScript source, with the same globals (and the build-time policy URL). */
/**
 * The TypeScript source as a fresh runtime. `prepare` runs in the same module registry just before
 * the handler loads, to watch a module it imports.
 */
export const fromSource = (
  options: FakeOfficeOptions,
  storage: object | null,
  fetch: Server["fetch"],
  prepare?: () => void,
): Runtime => {
  const fake = fakeOffice(options);
  const globals = globalThis as Record<string, unknown>;
  saved = { fetch: globals.fetch };
  globals.Office = fake.Office;
  if (storage) globals.OfficeRuntime = { storage };
  globals.fetch = fetch;
  globals.RECIPIENT_GUARD_POLICY_URL = POLICY_URL;
  jest.isolateModules(() => {
    prepare?.();
    require("../../src/launchevent/launchevent");
  });
  return { handlers: fake.handlers, fake };
};
let saved: { fetch: unknown } | null = null;

/** Puts back the globals fromSource set; each test file calls it after every test. */
export function restoreGlobals(): void {
  const globals = globalThis as Record<string, unknown>;
  for (const name of ["Office", "OfficeRuntime", "RECIPIENT_GUARD_POLICY_URL"]) delete globals[name];
  if (saved) globals.fetch = saved.fetch;
  saved = null;
}

export async function fire(
  runtime: Runtime,
  name: "onMessageSendHandler" | "onMessageRecipientsChangedHandler",
) {
  const { event, completion } = fakeEvent();
  const started = Date.now();
  runtime.handlers[name]!(event);
  const options = await completion.done;
  return { options, ms: Date.now() - started };
}

export const stored = (policy: object, fetchedAt = "2026-11-20T00:00:00.000Z") =>
  encodeStoredPolicy({ fetchedAt, bundled: bundledFingerprint(bundledPolicy), policy });
