import {
  validatePolicy,
  validatePolicyText,
  parseUserSettings,
  resolvePolicy,
  type EffectivePolicy,
  type Policy,
  type PolicyError,
  OrganisationKeys,
} from "../checker";
import { errorMessage } from "./display-text";
import {
  decodeStoredPolicy,
  encodeStoredPolicy,
  POLICY_RULES_ID,
  type StoredPolicy,
  type StoredPolicyFault,
} from "./policy-codec";

/**
 * Where the add-in keeps what it must remember between sends: Office's roaming settings (32 KB,
 * per mailbox, readable in every runtime including the send handler's). Kept behind this small
 * interface so the policy logic stays testable without Office.
 */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Persists the changes; rejects with a readable message when Office refuses. */
  save(): Promise<void>;
}

export const SETTING_KEYS = {
  /**
   * The organisation policy as earlier versions cached it in roaming settings: { fetchedAt, policy }.
   * Still read; new downloads are kept under POLICY_KEYS.policy instead.
   */
  cachedPolicy: "rg.policy.v1",
  /** The user's own trusted domains: string[]. */
  userTrustedDomains: "rg.trusted.v1",
  /**
   * On the message only (session data): the outside domains the user confirmed for it in the pane,
   * string[] (policy externalRecipients.confirmDomains).
   */
  confirmedDomains: "rg.confirmed.v1",
  /** On the message only (session data): true once the pane has changed its recipients. */
  paneFixed: "rg.fixed.v1",
  /**
   * On the message only (session data): when the pane started writing recipients the user chose to
   * change (Date.now()), 0 once it has finished. A change of several fields (Move to Bcc) passes
   * through states that are neither the old message nor the new one; a send in between must wait.
   */
  paneChanging: "rg.changing.v1",
  /**
   * On a reply only (session data): the registrable domains of the recipients Outlook put on it
   * when the reply was created (OnNewMessageCompose), string[]; an outside domain not among them
   * was added by the user (finding added-outside-domain).
   */
  conversationDomains: "rg.conversation.v1",
} as const;

/**
 * How long a change mark (SETTING_KEYS.paneChanging) holds a send back: longer than the pane takes
 * to write 1,000 recipients, short enough that a pane closed mid-change does not hold the message
 * for long.
 */
export const PANE_CHANGE_HOLD_MS = 30000;

/**
 * Whether the pane, by the mark it keeps on the message, is writing its recipients now. The clock is
 * read only when there is a mark: a send with none never depends on it.
 */
export function paneIsChanging(mark: unknown, now: () => number): boolean {
  if (typeof mark !== "number" || !(mark > 0)) return false;
  const age = now() - mark;
  return age < PANE_CHANGE_HOLD_MS && -age < PANE_CHANGE_HOLD_MS;
}

/** The confirmations kept on a message (SETTING_KEYS.confirmedDomains): only a list of text counts. */
export function confirmedDomainsFrom(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((d): d is string => typeof d === "string") : undefined;
}

/** Roaming settings hold 32 KB in all; the policy cache may use at most this much of it. */
export const MAX_CACHED_POLICY_CHARS = 24 * 1024;

/**
 * Which place a TextStore is, for the pane to name it in its language: Office's roaming settings,
 * OfficeRuntime.storage ("Outlook's add-in storage") or the origin's localStorage.
 */
export type StorePlace = "roaming" | "add-in-storage" | "browser-storage";

/**
 * A place that keeps text between runtimes, by key, with a capacity: Office's roaming settings,
 * OfficeRuntime.storage or the origin's localStorage. The policy logic below sees only this, so it
 * runs unchanged over whichever one a runtime offers (and over a memory store in the tests).
 */
export interface TextStore {
  /** Which place it is. */
  readonly place: StorePlace;
  /** The most characters one value may have here. */
  readonly capacity: number;
  /** The value, or null when there is none; rejects when the store cannot be read. */
  read(key: string): Promise<string | null>;
  /** The same, at once, for stores that can (roaming settings, localStorage); the pane uses it. */
  readNow?(key: string): string | null;
  write(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export const POLICY_KEYS = {
  /** The downloaded organisation policy, in the compact form of policy-codec.ts. */
  policy: "rg.policy.v2",
  /** When the add-in last tried to download it (ISO time), for the automatic refresh. */
  checkedAt: "rg.policy.checked.v1",
  /** The checkedAt of an attempt that did not keep a policy (it failed, or the file was refused). */
  failedAt: "rg.policy.failed.v1",
} as const;

/** The automatic refresh downloads the policy at most this often (the button always does). */
export const AUTO_REFRESH_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Roaming settings as a TextStore for the policy (at most MAX_CACHED_POLICY_CHARS of its 32 KB). */
export function settingsTextStore(settings: SettingsStore, capacity = MAX_CACHED_POLICY_CHARS): TextStore {
  const readNow = (key: string): string | null => {
    const value = settings.get(key);
    return typeof value === "string" ? value : null;
  };
  return {
    place: "roaming",
    capacity,
    readNow,
    read: (key) => new Promise((resolve) => resolve(readNow(key))),
    write: (key, value) => {
      settings.set(key, value);
      return settings.save();
    },
    remove: (key) => {
      settings.remove(key);
      return settings.save();
    },
  };
}
/** And the user's trusted domains at most this much. */
export const MAX_USER_DOMAINS_CHARS = 6 * 1024;

export type PolicyOrigin = "bundled" | "cached";

export interface LoadedPolicy {
  effective: EffectivePolicy;
  origin: PolicyOrigin;
  /** When the cached policy was fetched (ISO time), if it is the one in force. */
  fetchedAt?: string;
  /** Anything that could not be used, for the pane to show in its words. */
  problems: PolicyProblem[];
}

/** A policy, or a list of trusted domains, that failed validation: which one. */
export type PolicyPart =
  | "saved-policy"
  | "built-in-policy"
  | "downloaded-policy"
  | "user-domains"
  /** A list the user is saving. */
  | "new-user-domains";

/**
 * Something the stores held that could not be used, as data: the pane puts it in its language
 * (src/taskpane/policy-words.ts); the send handler, which never shows one, carries no words for it.
 * `detail` is Office's or the browser's own text, `errors` the policy validator's findings, as data
 * (the pane words them as `recipient-guard policy check` does, in its language).
 */
export type PolicyProblem =
  | { problem: "saved-unreadable" | "user-unreadable"; detail: string }
  /** The copy earlier versions kept in roaming settings is not what they wrote. */
  | { problem: "saved-damaged" }
  /** A compact copy that does not decode (policy-codec.ts). */
  | { problem: "saved-ignored"; fault: StoredPolicyFault }
  /** Downloaded under an older built-in policy: the newer built-in one wins. */
  | { problem: "outdated" }
  | { problem: "not-used"; part: PolicyPart; errors: PolicyError[] };

const unreadable = (problem: "saved-unreadable" | "user-unreadable", error: unknown): PolicyProblem => ({
  problem,
  detail: errorMessage(error),
});

/**
 * A short fingerprint of the policy built into this version of the add-in. The cache records it, so
 * that a policy downloaded under an older version never outranks a newer built-in one.
 */
export function bundledFingerprint(bundled: unknown): string {
  const text = JSON.stringify(bundled) ?? "";
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) ^ text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

/**
 * bundledFingerprint of config/policy.json as written, where webpack gives it: the send handler
 * bundles carry that file without its notes ($comment, $schema: the policy ignores them), so their
 * copy would otherwise fingerprint differently from the pane's and from earlier versions'.
 */
declare const RECIPIENT_GUARD_BUNDLED_FINGERPRINT: string | undefined;

/** The fingerprint of `bundled`, the built-in policy (webpack's where the bundle has it). */
function builtInFingerprint(bundled: unknown): string {
  return typeof RECIPIENT_GUARD_BUNDLED_FINGERPRINT === "string"
    ? RECIPIENT_GUARD_BUNDLED_FINGERPRINT
    : bundledFingerprint(bundled);
}

/** A downloaded policy as earlier versions kept it in roaming settings, if there is one. */
function readLegacyCache(store: SettingsStore | null, problems: PolicyProblem[]): StoredPolicy | null {
  if (!store) return null;
  let raw: unknown;
  try {
    raw = store.get(SETTING_KEYS.cachedPolicy);
  } catch (error) {
    problems.push(unreadable("saved-unreadable", error));
    return null;
  }
  if (raw === undefined || raw === null) return null;
  const entry = raw as { fetchedAt?: unknown; policy?: unknown; bundled?: unknown };
  if (typeof entry !== "object" || typeof entry.fetchedAt !== "string" || !("policy" in entry)) {
    problems.push({ problem: "saved-damaged" });
    return null;
  }
  return {
    fetchedAt: entry.fetchedAt,
    policy: entry.policy as Policy,
    ...(typeof entry.bundled === "string" ? { bundled: entry.bundled } : {}),
  };
}

/**
 * The newest downloaded policy among the stored texts (compact form) and the legacy roaming entry,
 * validated; null when there is none usable (each reason added to `problems`). A compact copy
 * sealed with this build's rules (POLICY_RULES_ID) is taken as it is: refreshPolicy validated it
 * with these very rules before storing it, and decodeStoredPolicy found its seal and lists whole.
 */
function newestCachedPolicy(
  store: SettingsStore | null,
  storedTexts: readonly (string | null | undefined)[],
  problems: PolicyProblem[],
  bundled: unknown,
): { policy: Policy; fetchedAt: string; keys?: OrganisationKeys } | null {
  const candidates: StoredPolicy[] = [];
  for (const text of storedTexts) {
    if (text === null || text === undefined) continue;
    const decoded = decodeStoredPolicy(text);
    if (decoded.ok) candidates.push(decoded.stored);
    else problems.push({ problem: "saved-ignored", fault: decoded.reason });
  }
  const legacy = readLegacyCache(store, problems);
  if (legacy) candidates.push(legacy);
  if (candidates.length === 0) return null;
  // ISO times of one format compare as text; the newest download wins.
  candidates.sort((a, b) => (a.fetchedAt < b.fetchedAt ? 1 : a.fetchedAt > b.fetchedAt ? -1 : 0));
  const newest = candidates[0]!;
  if (typeof newest.bundled === "string" && newest.bundled !== builtInFingerprint(bundled)) {
    problems.push({ problem: "outdated" });
    return null;
  }
  // Trust boundary: the add-in's own storage. The seal is a hash, not a signature: it tells a copy
  // this build validated and stored from a damaged one or from one another version stored (both
  // validated below), not from a forged one; whoever can write that storage could as well store a
  // valid policy that trusts what they like. The legacy entry never carries `rules`. Look-up keys
  // are used only in a copy sealed by this build, which made them.
  if (newest.rules === POLICY_RULES_ID) {
    const { policy, lookupKeys } = newest;
    const count = (policy.internalDomains ?? []).length + (policy.trustedDomains ?? []).length;
    const keys = lookupKeys === undefined ? null : OrganisationKeys.decode(lookupKeys, count);
    return { policy, fetchedAt: newest.fetchedAt, ...(keys ? { keys } : {}) };
  }
  const parsed = validatePolicy(newest.policy);
  if (!parsed.success) {
    problems.push({ problem: "not-used", part: "saved-policy", errors: parsed.errors });
    return null;
  }
  return { policy: parsed.data, fetchedAt: newest.fetchedAt };
}

export function readUserTrustedDomains(
  store: SettingsStore | null,
  problems: PolicyProblem[] = [],
): string[] {
  if (!store) return [];
  let raw: unknown;
  try {
    raw = store.get(SETTING_KEYS.userTrustedDomains);
  } catch (error) {
    problems.push(unreadable("user-unreadable", error));
    return [];
  }
  if (raw === undefined || raw === null) return [];
  const parsed = parseUserSettings({ trustedDomains: raw });
  if (!parsed.success) {
    problems.push({ problem: "not-used", part: "user-domains", errors: parsed.errors });
    return [];
  }
  return parsed.data.trustedDomains ?? [];
}

/**
 * What the policy stores hold under POLICY_KEYS.policy, in store order (null where nothing, or where
 * a store cannot be read; that reason goes to `problems`). The send handler calls this while
 * Outlook reads the recipients.
 */
export function readStoredPolicyTexts(
  stores: readonly TextStore[],
  problems: PolicyProblem[] = [],
): Promise<(string | null)[]> {
  return Promise.all(
    stores.map((store) =>
      store.read(POLICY_KEYS.policy).then(
        (value) => (typeof value === "string" ? value : null),
        (error: unknown) => {
          problems.push(unreadable("saved-unreadable", error));
          return null;
        },
      ),
    ),
  );
}

/** The same, at once, from the stores that can read synchronously (the pane's). */
export function readStoredPolicyTextsNow(
  stores: readonly TextStore[],
  problems: PolicyProblem[] = [],
): (string | null)[] {
  const texts: (string | null)[] = [];
  for (const store of stores) {
    if (!store.readNow) continue;
    try {
      texts.push(store.readNow(POLICY_KEYS.policy));
    } catch (error) {
      problems.push(unreadable("saved-unreadable", error));
      texts.push(null);
    }
  }
  return texts;
}

/** The organisation's part of the policy in force, before the user's own trusted domains. */
export interface LoadedOrganisationPolicy {
  organisation: Policy;
  origin: PolicyOrigin;
  fetchedAt?: string;
  problems: PolicyProblem[];
  /** The look-up keys kept beside a large downloaded policy (OrganisationKeys), when usable. */
  organisationKeys?: OrganisationKeys;
}

/**
 * The organisation policy in force: the newest one downloaded (when valid, and downloaded under
 * this build's built-in policy), else the copy bundled at build time. `storedTexts` are what the
 * policy stores hold (readStoredPolicyTexts). Never throws: anything unusable is skipped and
 * described in `problems`.
 */
export function loadOrganisationPolicy(
  bundled: unknown,
  store: SettingsStore | null,
  storedTexts: readonly (string | null | undefined)[] = [],
  readProblems: readonly PolicyProblem[] = [],
): LoadedOrganisationPolicy {
  const problems: PolicyProblem[] = readProblems.slice();
  const cached = newestCachedPolicy(store, storedTexts, problems, bundled);
  if (cached)
    return {
      organisation: cached.policy,
      origin: "cached",
      fetchedAt: cached.fetchedAt,
      problems,
      ...(cached.keys ? { organisationKeys: cached.keys } : {}),
    };
  const parsed = validatePolicy(bundled);
  if (!parsed.success) problems.push({ problem: "not-used", part: "built-in-policy", errors: parsed.errors });
  return { organisation: parsed.success ? parsed.data : {}, origin: "bundled", problems };
}

/**
 * The organisation's policy with the user's own trusted domains (from `store`) laid over it. Every
 * policy made from one LoadedOrganisationPolicy shares its `organisation` object, so a checker built
 * for one of them reuses what it built for the organisation's domains.
 */
export function withUserTrust(loaded: LoadedOrganisationPolicy, store: SettingsStore | null): LoadedPolicy {
  const problems = loaded.problems.slice();
  const user = readUserTrustedDomains(store, problems);
  const effective = resolvePolicy(loaded.organisation, { trustedDomains: user });
  if (loaded.organisationKeys) effective.organisationKeys = loaded.organisationKeys;
  return {
    effective,
    origin: loaded.origin,
    ...(loaded.fetchedAt === undefined ? {} : { fetchedAt: loaded.fetchedAt }),
    problems,
  };
}

/**
 * The policy in force: the organisation's (loadOrganisationPolicy) with the user's own trusted
 * domains layered on top. Never throws.
 */
export function loadPolicy(
  bundled: unknown,
  store: SettingsStore | null,
  storedTexts: readonly (string | null | undefined)[] = [],
  readProblems: readonly PolicyProblem[] = [],
): LoadedPolicy {
  return withUserTrust(loadOrganisationPolicy(bundled, store, storedTexts, readProblems), store);
}

export interface PolicyRefreshOptions {
  /** Downloads policy.json from the add-in's own origin. */
  fetchText(): Promise<string>;
  /** Where the policy may be kept, preferred first: it goes to the first with room for it. */
  stores: readonly TextStore[];
  /** The policy built into this version (its fingerprint is kept with the download). */
  bundled?: unknown;
  now?: () => Date;
  /**
   * Automatic refresh: download only when the last attempt is older than this. Omitted or 0: always
   * (the pane's button).
   */
  minIntervalMs?: number;
  /**
   * With minIntervalMs: download all the same when the last attempt failed (the pane when it opens,
   * which then says why; the early warning, which runs at every change of recipients, waits).
   */
  retryFailed?: boolean;
}

/**
 * Whether stored compact text holds the same policy, downloaded under the same built-in one
 * (`same`), and whether it is also sealed with the same rules (`sealed`): a copy stored by another
 * version of the add-in is written again, sealed with this one's rules.
 */
function compareStored(text: string | null, stored: StoredPolicy): { same: boolean; sealed: boolean } {
  const old = text === null ? null : decodeStoredPolicy(text);
  if (!old || !old.ok) return { same: false, sealed: false };
  const content = (s: StoredPolicy) =>
    encodeStoredPolicy({
      fetchedAt: "",
      policy: s.policy,
      ...(s.bundled === undefined ? {} : { bundled: s.bundled }),
    });
  return { same: content(old.stored) === content(stored), sealed: old.stored.rules === stored.rules };
}

/**
 * Seals again, with this build's rules, a kept copy another version of the add-in validated (the
 * add-in was updated since), once it passes this build's validation: sends then stop validating it
 * on every send until the next download. Nothing is downloaded; a copy the send would not use
 * (damaged, or kept under another built-in policy) is left as it is.
 */
async function resealKeptCopy(stores: readonly TextStore[], bundled: unknown): Promise<void> {
  for (const store of stores) {
    try {
      const decoded = decodeStoredPolicy(await store.read(POLICY_KEYS.policy));
      if (!decoded.ok || decoded.stored.rules === POLICY_RULES_ID) continue;
      const kept = decoded.stored;
      if (typeof kept.bundled === "string" && kept.bundled !== builtInFingerprint(bundled)) continue;
      const parsed = validatePolicy(kept.policy);
      if (!parsed.success) continue;
      const texts = encodeWithLookupKeys({ ...kept, policy: parsed.data, rules: POLICY_RULES_ID });
      await store.write(POLICY_KEYS.policy, textFitting(store, texts));
    } catch {
      // unreadable or refused: the send validates the copy, as before
    }
  }
}

/**
 * Whether the last download attempt recorded in `store` is more recent than `intervalMs`; with
 * `retryFailed`, a failed one does not count.
 */
async function checkedRecently(
  store: TextStore,
  now: Date,
  intervalMs: number,
  retryFailed: boolean,
): Promise<boolean> {
  let last: string | null;
  try {
    last = await store.read(POLICY_KEYS.checkedAt);
    if (retryFailed && last !== null && (await store.read(POLICY_KEYS.failedAt)) === last) return false;
  } catch {
    return false;
  }
  const at = last ? Date.parse(last) : NaN;
  // A time in the future (a clock put back) does not stop refreshes for good.
  return at === at && at <= now.getTime() && now.getTime() - at < intervalMs;
}

/**
 * What a policy update did, as data: the pane puts it in words (src/taskpane/policy-words.ts); the
 * send handler needs none.
 */
export type PolicyUpdate =
  | { kind: "no-store" }
  | { kind: "skipped" }
  | { kind: "download-failed"; error: unknown }
  | { kind: "invalid"; errors: PolicyError[] }
  | { kind: "too-large"; chars: number; store: TextStore }
  | { kind: "save-failed"; error: unknown }
  | { kind: "kept"; changed: boolean };

/**
 * Downloads the organisation policy from the add-in's own origin, validates it, and keeps it, in
 * compact form, in the first store with room for it, where the send handler reads it. A policy that
 * fails validation or fits nowhere is not kept: the last good one stays in force. Never called on
 * the send path.
 */
export async function updatePolicy(options: PolicyRefreshOptions): Promise<PolicyUpdate> {
  const { stores } = options;
  const now = (options.now ?? (() => new Date()))();
  const first = stores[0];
  if (!first) return { kind: "no-store" };
  if (
    options.minIntervalMs &&
    (await checkedRecently(first, now, options.minIntervalMs, options.retryFailed === true))
  ) {
    await resealKeptCopy(stores, options.bundled);
    return { kind: "skipped" };
  }
  // Recorded before the download, so that a server that never answers is not asked on every event.
  const attempt = now.toISOString();
  await first.write(POLICY_KEYS.checkedAt, attempt).catch(() => undefined);
  const failed = (update: PolicyUpdate): Promise<PolicyUpdate> =>
    first
      .write(POLICY_KEYS.failedAt, attempt)
      .catch(() => undefined)
      .then(() => update);

  let text: string;
  try {
    text = await options.fetchText();
  } catch (error) {
    return failed({ kind: "download-failed", error });
  }
  // The same reading as the CLI's: size limit first, then JSON, then the schema.
  const parsed = validatePolicyText(text);
  if (!parsed.success) return failed({ kind: "invalid", errors: parsed.errors });
  // Sealed with the rules that just validated it: the send path will not validate it again.
  const stored: StoredPolicy = {
    fetchedAt: now.toISOString(),
    policy: parsed.data,
    rules: POLICY_RULES_ID,
    ...(options.bundled === undefined ? {} : { bundled: builtInFingerprint(options.bundled) }),
  };
  const texts = encodeWithLookupKeys(stored);
  const { withKeys, plain } = texts;
  const target =
    stores.filter((s) => withKeys.length <= s.capacity)[0] ??
    stores.filter((s) => plain.length <= s.capacity)[0];
  if (!target)
    return failed({
      kind: "too-large",
      chars: plain.length,
      store: stores.reduce((a, b) => (b.capacity > a.capacity ? b : a)),
    });
  let previous: string | null = null;
  try {
    previous = await target.read(POLICY_KEYS.policy);
  } catch {
    previous = null;
  }
  // The same policy again, sealed by these rules: nothing to write (a write to roaming settings is a
  // round trip to Exchange). The same policy stored by another version is written again, sealed.
  const { same: unchanged, sealed } = compareStored(previous, stored);
  if (!(unchanged && sealed)) {
    try {
      await target.write(POLICY_KEYS.policy, textFitting(target, texts));
    } catch (error) {
      return failed({ kind: "save-failed", error });
    }
  }
  // Older copies elsewhere would never win (the newest download does), but take room: clear them.
  // Only where there is one: a removal from roaming settings is a round trip to Exchange.
  for (const store of stores) {
    if (store === target) continue;
    const existing = await store.read(POLICY_KEYS.policy).catch(() => null);
    if (existing !== null) await store.remove(POLICY_KEYS.policy).catch(() => undefined);
  }
  return { kind: "kept", changed: !unchanged };
}

/**
 * Organisation policies with at least this many internal and trusted domains get look-up keys. With
 * fewer, indexing every domain costs a large message's send less than picking candidates out for
 * each of its domains. Measured first events (scripts/bench-handler.mjs, median of 7 to 9 fresh
 * runtimes, 1,000 / 20 recipients), with keys against without: 1,000 domains 104-114 / 25-28 ms
 * against 72-76 / 32 ms; 2,000 domains 115 / 28 ms against 105 / 58 ms; 5,000 domains 144 / 40 ms
 * against 175 / 138 ms.
 */
export const LOOKUP_KEYS_MIN_DOMAINS = 2_000;

/**
 * The compact text of `stored`, with the look-up keys of its organisation domains (OrganisationKeys,
 * made here, off the send path, so that a send indexes only the domains a message could be compared
 * with) where the policy is large enough and sealed by this build; `plain` without them.
 */
function encodeWithLookupKeys(stored: StoredPolicy): { withKeys: string; plain: string } {
  const bare: StoredPolicy = { ...stored };
  delete bare.lookupKeys;
  const plain = encodeStoredPolicy(bare);
  const { internalDomains = [], trustedDomains = [] } = stored.policy;
  if (
    internalDomains.length + trustedDomains.length < LOOKUP_KEYS_MIN_DOMAINS ||
    stored.rules !== POLICY_RULES_ID
  )
    return { withKeys: plain, plain };
  // Numbered in the order the compact form gives its lists back.
  const decoded = decodeStoredPolicy(plain);
  if (!decoded.ok) return { withKeys: plain, plain };
  const kept = decoded.stored.policy;
  const keys = OrganisationKeys.build((kept.internalDomains ?? []).concat(kept.trustedDomains ?? []));
  return { withKeys: encodeStoredPolicy({ ...bare, policy: kept, lookupKeys: keys.encode() }), plain };
}

/** What `store` keeps of encodeWithLookupKeys' texts: with the keys where they fit. */
function textFitting(store: TextStore, texts: { withKeys: string; plain: string }): string {
  return texts.withKeys.length <= store.capacity ? texts.withKeys : texts.plain;
}

/** What saving the user's trusted domains did: the pane puts it in words. */
export type UserDomainsSaved =
  | { ok: true }
  | { ok: false; problem: "invalid"; errors: PolicyError[] }
  /** More than roaming settings can keep (MAX_USER_DOMAINS_CHARS). */
  | { ok: false; problem: "too-many" }
  /** Outlook refused to save: `detail` is its reason. */
  | { ok: false; problem: "not-saved"; detail: string };

/** Saves the user's trusted domains, refusing lists that would not fit in roaming settings. */
export async function saveUserTrustedDomains(
  store: SettingsStore,
  domains: readonly string[],
): Promise<UserDomainsSaved> {
  const parsed = parseUserSettings({ trustedDomains: [...domains] });
  if (!parsed.success) return { ok: false, problem: "invalid", errors: parsed.errors };
  const list = parsed.data.trustedDomains ?? [];
  if (JSON.stringify(list).length > MAX_USER_DOMAINS_CHARS) return { ok: false, problem: "too-many" };
  store.set(SETTING_KEYS.userTrustedDomains, list);
  try {
    await store.save();
  } catch (error) {
    return { ok: false, problem: "not-saved", detail: errorMessage(error) };
  }
  return { ok: true };
}
