/**
 * The send handler's policy: read from where the add-in keeps it (the runtime's large store and
 * roaming settings) while Outlook reads the recipients, and downloaded again at most every few
 * hours by the early-warning event, never by the send event.
 */
import bundledPolicy from "../../config/policy.json";
import type { EffectivePolicy } from "../checker";
import {
  AUTO_REFRESH_INTERVAL_MS,
  loadPolicy,
  readStoredPolicyTexts,
  readStoredPolicyTextsNow,
  refreshPolicy,
  settingsTextStore,
  SETTING_KEYS,
  type LoadedPolicy,
  type SettingsStore,
  type TextStore,
} from "../shared/policy-store";
import { SEND_READ_MS, roamingSettingsStore, type OfficeCaller } from "../office";
import { largePolicyStore } from "../shared/text-stores";

/** policy.json on the add-in's host, fixed at build time (ADDIN_HOST_URL) for runtimes with no page. */
declare const RECIPIENT_GUARD_POLICY_URL: string | undefined;
/** Classic Outlook's JavaScript-only runtime defines it; other runtimes may not. */
declare const OfficeRuntime: unknown;

/** A store that has not answered by then is skipped for this event: the send must not wait on it. */
export const POLICY_READ_TIMEOUT_MS = 1000;
/** The download in the early-warning event gives up after this. */
export const POLICY_FETCH_TIMEOUT_MS = 4000;

function settings(caller: OfficeCaller, itemTrusted?: unknown): SettingsStore | null {
  let roaming: SettingsStore | null;
  try {
    roaming = roamingSettingsStore(Office.context.roamingSettings, caller, SEND_READ_MS);
  } catch {
    roaming = null;
  }
  if (itemTrusted === undefined) return roaming;
  // The user's trusted domains as the pane kept them on this message (session data) win over
  // roaming settings, which reach this runtime late (office-js #6728, #5650). Read-only.
  return {
    get: (name) =>
      name === SETTING_KEYS.userTrustedDomains ? itemTrusted : roaming ? roaming.get(name) : undefined,
    set: () => undefined,
    remove: () => undefined,
    save: () => Promise.resolve(),
  };
}

/** The runtime's storage globals, named one by one (no globalThis in ES2016). */
function runtimeScope(): { localStorage?: unknown; OfficeRuntime?: unknown } {
  const scope: { localStorage?: unknown; OfficeRuntime?: unknown } = {};
  try {
    if (typeof localStorage !== "undefined") scope.localStorage = localStorage;
  } catch {
    // storage disabled: reading localStorage throws
  }
  if (typeof OfficeRuntime !== "undefined") scope.OfficeRuntime = OfficeRuntime;
  return scope;
}

/** Where this runtime keeps the policy: its large store first, then roaming settings. */
export function policyStores(roaming: SettingsStore | null): TextStore[] {
  const stores: TextStore[] = [];
  const large = largePolicyStore(runtimeScope());
  if (large) stores.push(large);
  if (roaming) stores.push(settingsTextStore(roaming));
  return stores;
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

// The runtime is kept between events on most clients: validate the stored policy again only when
// what is stored has changed.
let lastLoaded: { key: string[]; loaded: LoadedPolicy } | undefined;

function sameKey(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function loadFromStored(
  roaming: SettingsStore | null,
  stored: (string | null)[],
  problems: string[],
): LoadedPolicy {
  let legacy = "";
  try {
    legacy = JSON.stringify([
      roaming ? (roaming.get(SETTING_KEYS.cachedPolicy) ?? null) : null,
      roaming ? (roaming.get(SETTING_KEYS.userTrustedDomains) ?? null) : null,
    ]);
  } catch {
    legacy = "";
  }
  const key = [legacy].concat(stored.map((t) => (t === null ? "\u0000" : t)));
  if (legacy && lastLoaded && sameKey(lastLoaded.key, key)) return lastLoaded.loaded;
  let loaded: LoadedPolicy;
  try {
    loaded = loadPolicy(bundledPolicy, roaming, stored, problems);
  } catch {
    loaded = loadPolicy(bundledPolicy, null);
  }
  lastLoaded = legacy ? { key, loaded } : undefined;
  return loaded;
}

/**
 * The policy in force for this event, with this message's own trusted domains where the pane kept
 * them (`itemTrusted`). Never rejects: the built-in policy is the last resort.
 */
export function currentPolicy(caller: OfficeCaller, itemTrusted?: unknown): Promise<LoadedPolicy> {
  let roaming: SettingsStore | null = null;
  let stores: TextStore[] = [];
  try {
    roaming = settings(caller, itemTrusted);
    stores = policyStores(roaming);
  } catch {
    stores = [];
  }
  const problems: string[] = [];
  const texts = withTimeout(
    readStoredPolicyTexts(stores, problems),
    POLICY_READ_TIMEOUT_MS,
    stores.map(() => null),
  );
  return texts.then(
    (stored) => loadFromStored(roaming, stored, problems),
    () => loadPolicy(bundledPolicy, null),
  );
}

/**
 * The same at once, where every store reads synchronously (roaming settings, localStorage); null
 * where one does not (OfficeRuntime.storage), and then currentPolicy() is the way.
 */
export function currentPolicyNow(caller: OfficeCaller, itemTrusted?: unknown): LoadedPolicy | null {
  try {
    const roaming = settings(caller, itemTrusted);
    const stores = policyStores(roaming);
    for (const store of stores) if (!store.readNow) return null;
    const problems: string[] = [];
    return loadFromStored(roaming, readStoredPolicyTextsNow(stores, problems), problems);
  } catch {
    return null;
  }
}

/**
 * Runs `use` with the policy in force: at once where the stores read synchronously (so the index
 * is built before Outlook answers), else when the stores have answered.
 */
export function withPolicy<T>(
  caller: OfficeCaller,
  use: (loaded: LoadedPolicy) => T | PromiseLike<T>,
): Promise<T> {
  const now = currentPolicyNow(caller);
  if (!now) return currentPolicy(caller).then(use);
  try {
    return Promise.resolve(use(now));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The effective policy with this message's own trusted domains (read from its session data). */
export function policyWithItemTrust(caller: OfficeCaller, itemTrusted: unknown): Promise<EffectivePolicy> {
  const now = currentPolicyNow(caller, itemTrusted);
  return now
    ? Promise.resolve(now.effective)
    : currentPolicy(caller, itemTrusted).then((loaded) => loaded.effective);
}

/** policy.json on the add-in's own host: the page's origin where there is a page, else the build's. */
export function policyUrl(): string | null {
  try {
    if (typeof location !== "undefined" && /^https?:\/\//.test(location.origin))
      return `${location.origin}/policy.json`;
  } catch {
    // no page: the JavaScript-only runtime
  }
  return typeof RECIPIENT_GUARD_POLICY_URL === "string" ? RECIPIENT_GUARD_POLICY_URL : null;
}

function fetchPolicyText(url: string): Promise<string> {
  const download = fetch(url, { cache: "no-store" }).then((response) => {
    if (!response.ok) throw new Error(`policy.json answered ${response.status}`);
    return response.text();
  });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer within ${POLICY_FETCH_TIMEOUT_MS / 1000} seconds`)),
      POLICY_FETCH_TIMEOUT_MS,
    );
    download.then(
      (text) => {
        clearTimeout(timer);
        resolve(text);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Downloads policy.json when the last attempt is older than AUTO_REFRESH_INTERVAL_MS. Called by the
 * early-warning event only; resolves (never rejects) once done or given up.
 */
export function refreshPolicyIfDue(caller: OfficeCaller, now: () => Date = () => new Date()): Promise<void> {
  try {
    const url = policyUrl();
    const stores = policyStores(settings(caller));
    if (!url || typeof fetch !== "function" || stores.length === 0) return Promise.resolve();
    return refreshPolicy({
      fetchText: () => fetchPolicyText(url),
      stores,
      bundled: bundledPolicy,
      now,
      minIntervalMs: AUTO_REFRESH_INTERVAL_MS,
    }).then(
      () => undefined,
      () => undefined,
    );
  } catch {
    return Promise.resolve();
  }
}
