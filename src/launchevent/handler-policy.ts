/**
 * The send handler's policy: read from where the add-in keeps it (the runtime's large store and
 * roaming settings) while Outlook reads the recipients, and downloaded again at most every few
 * hours by the early-warning event, never by the send event.
 */
import bundledPolicy from "../../config/policy.json";
import type { EffectivePolicy } from "../checker";
import {
  AUTO_REFRESH_INTERVAL_MS,
  loadOrganisationPolicy,
  readStoredPolicyTexts,
  readStoredPolicyTextsNow,
  updatePolicy,
  settingsTextStore,
  SETTING_KEYS,
  withUserTrust,
  type LoadedOrganisationPolicy,
  type LoadedPolicy,
  type PolicyProblem,
  type SettingsStore,
  type TextStore,
} from "../shared/policy-store";
import { SEND_READ_MS, roamingSettingsStore, type OfficeCaller } from "../office";
import { largePolicyStore } from "../shared/text-stores";
import { readHistory, writeHistory, type KeptHistory } from "../shared/correspondent-store";
import { POLICY_RULES_ID, storedPolicyHeader } from "../shared/policy-codec";
import { KEPT_CHECK_KEY, encodeKeptCheck, policyInputs, readKeptCheck, type KeptCheck } from "./kept-check";

/** policy.json on the add-in's host, fixed at build time (ADDIN_HOST_URL) for runtimes with no page. */
declare const RECIPIENT_GUARD_POLICY_URL: string | undefined;
/** Classic Outlook's JavaScript-only runtime defines it; other runtimes may not. */
declare const OfficeRuntime: unknown;

/** A store that has not answered by then is skipped for this event: the send must not wait on it. */
export const POLICY_READ_TIMEOUT_MS = 1000;
/** The download in the early-warning event gives up after this. */
export const POLICY_FETCH_TIMEOUT_MS = 4000;

function settings(caller: OfficeCaller): SettingsStore | null {
  try {
    return roamingSettingsStore(Office.context.roamingSettings, caller, SEND_READ_MS);
  } catch {
    return null;
  }
}

/**
 * Roaming settings with the user's trusted domains as the pane kept them on this message (session
 * data), which win over roaming settings: those reach this runtime late (office-js #6728, #5650).
 * Read-only.
 */
function withMessageTrust(roaming: SettingsStore | null, itemTrusted: unknown): SettingsStore {
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
export function policyStores(
  roaming: SettingsStore | null,
  large: TextStore | null = largePolicyStore(runtimeScope()),
): TextStore[] {
  const stores: TextStore[] = [];
  if (large) stores.push(large);
  if (roaming) stores.push(settingsTextStore(roaming));
  return stores;
}

/** `promise`, or what `late()` gives when `promise` has not settled within `ms`. */
function withDeadline<T>(promise: Promise<T>, ms: number, late: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => late().then(resolve, reject), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * `make`, remembering its last two values by key: the runtime is kept between events on most
 * clients, and an event needs at most two (the policy as stored, and with this message's own
 * list). A null key (a setting that cannot be read) is never remembered.
 */
function recentlyMade<K extends object, I, V>(
  same: (a: K, b: K) => boolean,
  make: (input: I) => V,
): (key: K | null, input: I) => V {
  let entries: { key: K; value: V }[] = [];
  return (key, input) => {
    if (key !== null) for (const entry of entries) if (same(entry.key, key)) return entry.value;
    const value = make(input);
    if (key !== null) entries = [{ key, value }].concat(entries.slice(0, 1));
    return value;
  };
}

function sameKey(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A setting as text to compare by, or null when it cannot be read or written out. */
function settingText(roaming: SettingsStore | null, name: string): string | null {
  try {
    return JSON.stringify(roaming ? (roaming.get(name) ?? null) : null);
  } catch {
    return null;
  }
}

const organisationPolicies = recentlyMade(
  sameKey,
  (input: { roaming: SettingsStore | null; stored: (string | null)[]; problems: PolicyProblem[] }) => {
    try {
      return loadOrganisationPolicy(bundledPolicy, input.roaming, input.stored, input.problems);
    } catch {
      return loadOrganisationPolicy(bundledPolicy, null);
    }
  },
);

const userPolicies = recentlyMade(
  (a: { organisation: LoadedOrganisationPolicy; user: string }, b) =>
    a.organisation === b.organisation && a.user === b.user,
  (input: { roaming: SettingsStore | null; organisation: LoadedOrganisationPolicy }) => {
    try {
      return withUserTrust(input.organisation, input.roaming);
    } catch {
      return withUserTrust(input.organisation, null);
    }
  },
);

/** What the stores hold, read once per event. */
interface StoredPolicy {
  roaming: SettingsStore | null;
  stored: (string | null)[];
  problems: PolicyProblem[];
  /**
   * Where the early warning keeps its check (kept-check.ts): only a runtime that starts afresh for
   * every event needs one, classic Outlook's, whose store is OfficeRuntime.storage (it reads
   * asynchronously). Elsewhere the runtime keeps its checker between events, and the page's
   * storage is better left to the policy.
   */
  keptIn: TextStore | null;
  /** What is kept there. */
  kept: string | null;
}

/**
 * The policy in force: the organisation's, decoded and indexed once for both the policy as stored
 * and with this message's own trusted domains (made again only when what is stored has changed),
 * with the user's list from `roaming` laid over it.
 */
function loadFromStored({ roaming, stored, problems }: StoredPolicy): LoadedPolicy {
  const legacy = settingText(roaming, SETTING_KEYS.cachedPolicy);
  const storedKey = legacy === null ? null : [legacy].concat(stored.map((t) => (t === null ? "\u0000" : t)));
  const organisation = organisationPolicies(storedKey, { roaming, stored, problems });
  const user = settingText(roaming, SETTING_KEYS.userTrustedDomains);
  return userPolicies(user === null ? null : { organisation, user }, { roaming, organisation });
}

/** Reads the stores; one that has not answered within POLICY_READ_TIMEOUT_MS counts as empty. */
function readStored(caller: OfficeCaller): Promise<StoredPolicy> {
  let roaming: SettingsStore | null = null;
  let stores: TextStore[] = [];
  let large: TextStore | null = null;
  try {
    roaming = settings(caller);
    large = largePolicyStore(runtimeScope());
    stores = policyStores(roaming, large);
  } catch {
    stores = [];
  }
  const problems: PolicyProblem[] = [];
  const keptIn = large && !large.readNow ? large : null;
  const nothing = (): [(string | null)[], string | null] => [stores.map(() => null), null];
  const reads = Promise.all([
    readStoredPolicyTexts(stores, problems),
    keptIn ? keptIn.read(KEPT_CHECK_KEY).then(undefined, () => null) : null,
  ]).then(undefined, nothing);
  return withDeadline(reads, POLICY_READ_TIMEOUT_MS, () => Promise.resolve(nothing())).then(
    ([stored, kept]) => ({ roaming, stored, problems, keptIn, kept }),
  );
}

/**
 * The same at once, where every store reads synchronously (roaming settings, localStorage); null
 * where one does not (OfficeRuntime.storage).
 */
function readStoredNow(caller: OfficeCaller): StoredPolicy | null {
  try {
    const roaming = settings(caller);
    const stores = policyStores(roaming);
    for (const store of stores) if (!store.readNow) return null;
    const problems: PolicyProblem[] = [];
    return {
      roaming,
      stored: readStoredPolicyTextsNow(stores, problems),
      problems,
      keptIn: null,
      kept: null,
    };
  } catch {
    return null;
  }
}

/** The policy with the user's trusted domains as the pane kept them on this message. */
export type WithMessageTrust = (itemTrusted: unknown) => EffectivePolicy;

/** The policy of one event, as withPolicy hands it over. */
export interface EventPolicy {
  /** The policy in force, decoded and indexed on the first call. */
  loaded(): LoadedPolicy;
  /** The same with this message's own trusted domains laid over it. */
  withItemTrust: WithMessageTrust;
  /** The early warning's check kept under exactly this policy, if there is one. */
  kept: ReturnType<typeof readKeptCheck>;
  /** Keeps a check of the message described by `message` (messageInputs) for the next send. */
  keep(message: string | null, check: KeptCheck): Promise<void>;
  /** The user's history of outside domains; null where there is no store, or it did not answer in time. */
  history(): Promise<KeptHistory | null>;
  /** Writes the history back; never rejects (a send is never held by it). */
  keepHistory(kept: KeptHistory): Promise<void>;
}

function largeStore(): TextStore | null {
  try {
    return largePolicyStore(runtimeScope());
  } catch {
    return null;
  }
}

/**
 * Runs `use` with the policy of this event: at once where the stores read synchronously (so the
 * index can be built before Outlook answers), else when the stores have answered. The stores are
 * read once per event. The built-in policy is the last resort.
 */
export function withPolicy<T>(
  caller: OfficeCaller,
  use: (policy: EventPolicy) => T | PromiseLike<T>,
): Promise<T> {
  const run = (read: StoredPolicy): T | PromiseLike<T> => {
    const { roaming, stored, keptIn } = read;
    const inputs = policyInputs(POLICY_RULES_ID, stored.map(storedPolicyHeader), [
      settingText(roaming, SETTING_KEYS.cachedPolicy),
      settingText(roaming, SETTING_KEYS.userTrustedDomains),
    ]);
    let loaded: LoadedPolicy | null = null;
    const large = largeStore();
    return use({
      loaded: () => loaded || (loaded = loadFromStored(read)),
      withItemTrust: (itemTrusted) =>
        loadFromStored({
          ...read,
          roaming: withMessageTrust(roaming, itemTrusted),
          problems: read.problems.slice(),
        }).effective,
      kept: readKeptCheck(read.kept, inputs),
      keep: (message, check) =>
        keptIn && inputs !== null && message !== null
          ? withDeadline(
              keptIn
                .write(KEPT_CHECK_KEY, encodeKeptCheck(inputs, message, check))
                .then(undefined, () => undefined),
              POLICY_READ_TIMEOUT_MS,
              () => Promise.resolve(),
            )
          : Promise.resolve(),
      history: () =>
        large
          ? withDeadline(
              readHistory(large, roaming, Date.now()).then(undefined, () => null),
              POLICY_READ_TIMEOUT_MS,
              () => Promise.resolve(null),
            )
          : Promise.resolve(null),
      keepHistory: (kept) =>
        large ? writeHistory(large, kept).then(undefined, () => undefined) : Promise.resolve(),
    });
  };
  const now = readStoredNow(caller);
  if (!now) return readStored(caller).then(run);
  try {
    return Promise.resolve(run(now));
  } catch (error) {
    return Promise.reject(error);
  }
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
  return withDeadline(download, POLICY_FETCH_TIMEOUT_MS, () =>
    Promise.reject(new Error(`no answer within ${POLICY_FETCH_TIMEOUT_MS / 1000} seconds`)),
  );
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
    return updatePolicy({
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
