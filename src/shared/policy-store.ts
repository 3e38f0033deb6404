import {
  parsePolicy,
  parsePolicyText,
  parseUserSettings,
  resolvePolicy,
  type EffectivePolicy,
  type Policy,
  type PolicyError,
} from "../checker";
import { errorMessage } from "./display-text";

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
  /** The organisation policy last fetched from the add-in's own origin: { fetchedAt, policy }. */
  cachedPolicy: "rg.policy.v1",
  /** The user's own trusted domains: string[]. */
  userTrustedDomains: "rg.trusted.v1",
} as const;

/** Roaming settings hold 32 KB in all; the policy cache may use at most this much of it. */
export const MAX_CACHED_POLICY_CHARS = 24 * 1024;
/** And the user's trusted domains at most this much. */
export const MAX_USER_DOMAINS_CHARS = 6 * 1024;

export type PolicyOrigin = "bundled" | "cached";

export interface LoadedPolicy {
  effective: EffectivePolicy;
  origin: PolicyOrigin;
  /** When the cached policy was fetched (ISO time), if it is the one in force. */
  fetchedAt?: string;
  /** Plain sentences about anything that could not be used, for the pane to show. */
  problems: string[];
}

function describeErrors(what: string, errors: PolicyError[]): string {
  const first = errors
    .slice(0, 3)
    .map((e) => `${e.path}: ${e.message}`)
    .join("; ");
  return `${what} was not used (${first}${errors.length > 3 ? `; and ${errors.length - 3} more` : ""}).`;
}

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

function readCachedPolicy(
  store: SettingsStore | null,
  problems: string[],
  bundled: unknown,
): { policy: Policy; fetchedAt: string } | null {
  if (!store) return null;
  let raw: unknown;
  try {
    raw = store.get(SETTING_KEYS.cachedPolicy);
  } catch (error) {
    problems.push(`The saved organisation policy could not be read (${errorMessage(error)}).`);
    return null;
  }
  if (raw === undefined || raw === null) return null;
  const entry = raw as { fetchedAt?: unknown; policy?: unknown; bundled?: unknown };
  if (typeof entry !== "object" || typeof entry.fetchedAt !== "string" || !("policy" in entry)) {
    problems.push("The saved organisation policy is damaged and was ignored; the built-in copy is in force.");
    return null;
  }
  if (typeof entry.bundled === "string" && entry.bundled !== bundledFingerprint(bundled)) {
    problems.push(
      "The add-in was updated after the organisation policy was last downloaded; the policy built into this version is in force until the next update check.",
    );
    return null;
  }
  const parsed = parsePolicy(entry.policy);
  if (!parsed.success) {
    problems.push(describeErrors("The saved organisation policy", parsed.errors));
    return null;
  }
  return { policy: parsed.data, fetchedAt: entry.fetchedAt };
}

export function readUserTrustedDomains(store: SettingsStore | null, problems: string[] = []): string[] {
  if (!store) return [];
  let raw: unknown;
  try {
    raw = store.get(SETTING_KEYS.userTrustedDomains);
  } catch (error) {
    problems.push(`Your trusted domains could not be read (${errorMessage(error)}).`);
    return [];
  }
  if (raw === undefined || raw === null) return [];
  const parsed = parseUserSettings({ trustedDomains: raw });
  if (!parsed.success) {
    problems.push(describeErrors("Your list of trusted domains", parsed.errors));
    return [];
  }
  return parsed.data.trustedDomains ?? [];
}

/**
 * The policy in force: the organisation policy last fetched (when valid), else the copy bundled
 * at build time, with the user's own trusted domains layered on top. Never throws: anything
 * unusable is skipped and described in `problems`.
 */
export function loadPolicy(bundled: unknown, store: SettingsStore | null): LoadedPolicy {
  const problems: string[] = [];
  const cached = readCachedPolicy(store, problems, bundled);
  let organisation: Policy = {};
  let origin: PolicyOrigin = "bundled";
  if (cached) {
    organisation = cached.policy;
    origin = "cached";
  } else {
    const parsed = parsePolicy(bundled);
    if (parsed.success) organisation = parsed.data;
    else problems.push(describeErrors("The organisation policy built into the add-in", parsed.errors));
  }
  const user = readUserTrustedDomains(store, problems);
  const effective = resolvePolicy(organisation, { trustedDomains: user });
  return { effective, origin, ...(cached ? { fetchedAt: cached.fetchedAt } : {}), problems };
}

export type RefreshResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Fetches the organisation policy from the add-in's own origin, validates it, and caches it for
 * the send handler. A policy that fails validation or does not fit is not cached: the last good
 * one stays in force, and the message says why. Never called on the send path.
 */
export async function refreshPolicy(
  fetchText: () => Promise<string>,
  store: SettingsStore,
  now: () => Date = () => new Date(),
  bundled?: unknown,
): Promise<RefreshResult> {
  let text: string;
  try {
    text = await fetchText();
  } catch (error) {
    return {
      ok: false,
      message: `The organisation policy could not be downloaded (${errorMessage(error)}); the last good one stays in force.`,
    };
  }
  // The same reading as the CLI's: size limit first, then JSON, then the schema.
  const parsed = parsePolicyText(text);
  if (!parsed.success)
    return {
      ok: false,
      message: `${describeErrors("The downloaded organisation policy", parsed.errors)} The last good one stays in force.`,
    };
  const entry = {
    fetchedAt: now().toISOString(),
    policy: parsed.data,
    ...(bundled === undefined ? {} : { bundled: bundledFingerprint(bundled) }),
  };
  if (JSON.stringify(entry).length > MAX_CACHED_POLICY_CHARS) {
    return {
      ok: false,
      message:
        "The organisation policy is too large to keep in Outlook's settings; the copy built into the add-in stays in force.",
    };
  }
  store.set(SETTING_KEYS.cachedPolicy, entry);
  try {
    await store.save();
  } catch (error) {
    return { ok: false, message: `Outlook did not save the organisation policy (${errorMessage(error)}).` };
  }
  // The time is shown with the policy's origin, formatted for people: never the raw ISO text here.
  return { ok: true, message: "Organisation policy updated." };
}

/** Saves the user's trusted domains, refusing lists that would not fit in roaming settings. */
export async function saveUserTrustedDomains(
  store: SettingsStore,
  domains: readonly string[],
): Promise<RefreshResult> {
  const parsed = parseUserSettings({ trustedDomains: [...domains] });
  if (!parsed.success)
    return { ok: false, message: describeErrors("That list of trusted domains", parsed.errors) };
  const list = parsed.data.trustedDomains ?? [];
  if (JSON.stringify(list).length > MAX_USER_DOMAINS_CHARS) {
    return {
      ok: false,
      message: "That many trusted domains do not fit in Outlook's settings; remove some first.",
    };
  }
  store.set(SETTING_KEYS.userTrustedDomains, list);
  try {
    await store.save();
  } catch (error) {
    return { ok: false, message: `Outlook did not save your trusted domains (${errorMessage(error)}).` };
  }
  return { ok: true, message: "Saved." };
}
