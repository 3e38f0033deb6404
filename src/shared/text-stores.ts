/**
 * The places a runtime offers for a large policy, as TextStores (policy-store.ts). Each adapter
 * only renames calls; the policy logic is in policy-store.ts. When the Office adapter (src/office/)
 * offers storage, these are the functions to replace with it.
 *
 * - Classic Outlook on Windows runs the send handler in a JavaScript-only runtime, which has
 *   OfficeRuntime.storage (Mailbox 1.10; "10 MB per domain, which may be shared by multiple add-ins";
 *   only with event-based activation on Windows, "not supported in Outlook on Mac or on the web")
 *   and no localStorage.
 * - Outlook on the web, new Outlook and Mac run it in a browser runtime on the add-in's origin, which
 *   has localStorage, shared with the task pane of the same origin (docs/testing/runtimes.md).
 */
import type { TextStore } from "./policy-store";

/** The part of OfficeRuntime.storage used here. */
export interface AsyncKeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** The part of the DOM's Storage (localStorage) used here. */
export interface SyncKeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Our share of OfficeRuntime.storage's 10 MB per domain: a policy file may be 4 MB (POLICY_LIMITS),
 * and its compact form is smaller; other add-ins on the same host keep the rest.
 */
export const OFFICE_RUNTIME_STORAGE_CHARS = 4 * 1024 * 1024;
/** Our share of localStorage (browsers keep about 5 million characters per origin). */
export const LOCAL_STORAGE_CHARS = 2 * 1024 * 1024;

export function officeRuntimeTextStore(storage: AsyncKeyValueStorage): TextStore {
  return {
    place: "add-in-storage",
    capacity: OFFICE_RUNTIME_STORAGE_CHARS,
    read: (key) => storage.getItem(key).then((value) => (typeof value === "string" ? value : null)),
    write: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}

export function localTextStore(storage: SyncKeyValueStorage): TextStore {
  const readNow = (key: string): string | null => {
    const value = storage.getItem(key);
    return typeof value === "string" ? value : null;
  };
  const attempt = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work())); // a throw (quota, storage disabled) becomes a rejection
  return {
    place: "browser-storage",
    capacity: LOCAL_STORAGE_CHARS,
    readNow,
    read: (key) => attempt(() => readNow(key)),
    write: (key, value) => attempt(() => storage.setItem(key, value)),
    remove: (key) => attempt(() => storage.removeItem(key)),
  };
}

function usable(value: unknown, methods: string[]): boolean {
  if (!value || (typeof value !== "object" && typeof value !== "function")) return false;
  const record = value as Record<string, unknown>;
  for (const name of methods) if (typeof record[name] !== "function") return false;
  return true;
}

/**
 * The large store of this runtime, or null: localStorage where the runtime is a browser page (it is
 * what the pane can share), else OfficeRuntime.storage (classic Outlook's JavaScript-only runtime).
 * `scope` is the global object; reading `localStorage` may throw where storage is disabled.
 */
export function largePolicyStore(scope: {
  localStorage?: unknown;
  OfficeRuntime?: unknown;
}): TextStore | null {
  let local: unknown;
  try {
    local = scope.localStorage;
  } catch {
    local = undefined;
  }
  if (usable(local, ["getItem", "setItem", "removeItem"]))
    return localTextStore(local as SyncKeyValueStorage);
  let runtimeStorage: unknown;
  try {
    runtimeStorage = (scope.OfficeRuntime as { storage?: unknown } | undefined)?.storage;
  } catch {
    runtimeStorage = undefined;
  }
  if (usable(runtimeStorage, ["getItem", "setItem", "removeItem"]))
    return officeRuntimeTextStore(runtimeStorage as AsyncKeyValueStorage);
  return null;
}
