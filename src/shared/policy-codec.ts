/**
 * The compact text form in which a downloaded organisation policy is stored. Domain lists make up
 * nearly all of a large policy, and domains share their endings (`.com`, `.co.uk`, a company's own
 * name), so each list is stored sorted by its reversed text, one domain a line, each line giving
 * how many leading characters it shares with the line before (front coding of the reversed names).
 * A 50,000-domain list takes about half the characters of its JSON. ES2016 only: the send handler
 * decodes it.
 *
 * A copy may be sealed: its header names the rules that validated the policy (POLICY_RULES_ID of
 * the build that downloaded it) and carries a hash over the rest of the header, which holds the
 * lists' hash. loadPolicy (the send handler's and the pane's) does not validate a copy sealed with
 * its own build's rules again.
 */
import type { Policy } from "../checker";

const MAGIC = "RG-POLICY 2";
const LIST_KEYS = ["internalDomains", "trustedDomains", "blockedDomains"] as const;
type ListKey = (typeof LIST_KEYS)[number];
/** Shared-prefix lengths are one character, "0" (48) upwards; longer shared prefixes are cut to this. */
const MAX_SHARED = 74;
const ZERO = 48;
/** No domain name is longer than 253 characters (RFC 1035): one line is at most that and its count. */
const MAX_LINE = 254;

/** The rules this build validates a policy with (see src/types/build-defines.d.ts). */
export const POLICY_RULES_ID =
  typeof RECIPIENT_GUARD_POLICY_RULES === "string" ? RECIPIENT_GUARD_POLICY_RULES : "unbuilt";

export interface StoredPolicy {
  /** When it was downloaded (ISO time). */
  fetchedAt: string;
  /** Fingerprint of the policy built into the add-in version that downloaded it. */
  bundled?: string;
  /**
   * The POLICY_RULES_ID of the rules that validated `policy`. Set only by the code that validated it
   * (refreshPolicy); decoding gives it back only when the copy's seal is whole.
   */
  rules?: string;
  policy: Policy;
  /**
   * The look-up keys of the organisation's domains (OrganisationKeys.encode), numbering its
   * internal then its trusted domains in the order decoding gives them back. Made, and to be used,
   * only by the build whose `rules` sealed the copy.
   */
  lookupKeys?: string;
}

interface Header {
  fetchedAt: string;
  bundled?: string;
  policy: Record<string, unknown>;
  lists: Partial<Record<ListKey, number>>;
  check: string;
  /** Whether the line after the lists holds look-up keys. */
  keys?: boolean;
  rules?: string;
  /** textHash of the JSON of every other field of the header, `check` and `rules` among them. */
  seal?: string;
}

const codes: number[] = [];
/** The characters of `s` from `from` on, in reverse order (a char-code loop: no array of strings). */
function reversedFrom(s: string, from: number): string {
  codes.length = s.length - from;
  for (let i = s.length - 1, j = 0; i >= from; i--, j++) codes[j] = s.charCodeAt(i);
  return String.fromCharCode.apply(null, codes);
}

/** A short hash of text, to tell a damaged stored copy from a good one. */
export function textHash(text: string): string {
  let a = 5381;
  let b = 52711;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = (Math.imul(a, 33) ^ c) | 0;
    b = (Math.imul(b, 31) + c) | 0;
  }
  return (a >>> 0).toString(36) + "-" + (b >>> 0).toString(36);
}

function encodeList(domains: readonly string[]): string[] {
  const reversed = domains.map((d) => reversedFrom(d, 0)).sort();
  const lines: string[] = [];
  let previous = "";
  for (const entry of reversed) {
    let shared = 0;
    const limit = Math.min(previous.length, entry.length, MAX_SHARED);
    while (shared < limit && previous.charCodeAt(shared) === entry.charCodeAt(shared)) shared++;
    lines.push(String.fromCharCode(ZERO + shared) + entry.slice(shared));
    previous = entry;
  }
  return lines;
}

/** The compact text of a downloaded policy. */
export function encodeStoredPolicy(stored: StoredPolicy): string {
  const rest: Record<string, unknown> = {};
  const source = stored.policy as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if ((LIST_KEYS as readonly string[]).indexOf(key) < 0) rest[key] = source[key];
  }
  const lists: Partial<Record<ListKey, number>> = {};
  const lines: string[] = [];
  for (const key of LIST_KEYS) {
    const list = stored.policy[key];
    if (!list) continue;
    lists[key] = list.length;
    const encoded = encodeList(list);
    for (let i = 0; i < encoded.length; i++) lines.push(encoded[i]!);
  }
  if (stored.lookupKeys !== undefined) lines.push(stored.lookupKeys);
  const body = lines.join("\n");
  const header: Header = {
    fetchedAt: stored.fetchedAt,
    ...(stored.bundled === undefined ? {} : { bundled: stored.bundled }),
    policy: rest,
    lists,
    check: textHash(body),
    ...(stored.lookupKeys === undefined ? {} : { keys: true }),
    ...(stored.rules === undefined ? {} : { rules: stored.rules }),
  };
  if (stored.rules !== undefined) header.seal = textHash(JSON.stringify(header));
  return MAGIC + "\n" + JSON.stringify(header) + (body ? "\n" + body : "");
}

/** The header line and the lines after it of text in this format; null for any other text. */
function splitStored(text: string): { header: string; body: string } | null {
  if (text.slice(0, MAGIC.length + 1) !== MAGIC + "\n") return null;
  const headerEnd = text.indexOf("\n", MAGIC.length + 1);
  return headerEnd < 0
    ? { header: text.slice(MAGIC.length + 1), body: "" }
    : { header: text.slice(MAGIC.length + 1, headerEnd), body: text.slice(headerEnd + 1) };
}

/**
 * What tells one stored copy from another without reading its lists: its header (which holds the
 * hash of the lists and when they were downloaded), or all of a text that is not in this format.
 */
export function storedPolicyHeader(text: string | null): string | null {
  if (text === null) return null;
  const parts = splitStored(text);
  return parts ? parts.header : text;
}

/**
 * Why stored text is not a whole policy: not text at all, not this format, its header or its domain
 * lists damaged. The pane says it in its language.
 */
export type StoredPolicyFault = "not-text" | "unknown-format" | "header-damaged" | "lists-damaged";

export type DecodeResult = { ok: true; stored: StoredPolicy } | { ok: false; reason: StoredPolicyFault };

/** The rules a header names, when its seal matches the rest of it (whose `check` was checked). */
function sealedRules(header: Header): string | undefined {
  if (typeof header.rules !== "string" || typeof header.seal !== "string") return undefined;
  // The fields in the order they were written, which JSON.parse keeps.
  const unsealed: Record<string, unknown> = {};
  for (const key of Object.keys(header))
    if (key !== "seal") unsealed[key] = (header as unknown as Record<string, unknown>)[key];
  return textHash(JSON.stringify(unsealed)) === header.seal ? header.rules : undefined;
}

/**
 * Reads the compact text back. The policy inside is not validated here; what is checked is that
 * the text is whole: the format, the counts and the hash of the lists. `rules` is given back only
 * when the seal over the header is whole too: the caller may then take the policy as validated by
 * those rules, and validates it as any other policy otherwise.
 */
export function decodeStoredPolicy(text: unknown): DecodeResult {
  if (typeof text !== "string") return { ok: false, reason: "not-text" };
  const parts = splitStored(text);
  if (!parts) return { ok: false, reason: "unknown-format" };
  const { body } = parts;
  let header: Header;
  try {
    header = JSON.parse(parts.header) as Header;
  } catch {
    return { ok: false, reason: "header-damaged" };
  }
  if (
    typeof header !== "object" ||
    header === null ||
    typeof header.fetchedAt !== "string" ||
    typeof header.policy !== "object" ||
    header.policy === null ||
    typeof header.lists !== "object" ||
    header.lists === null ||
    typeof header.check !== "string"
  )
    return { ok: false, reason: "header-damaged" };
  if (textHash(body) !== header.check) return { ok: false, reason: "lists-damaged" };
  const lines = body ? body.split("\n") : [];
  const policy: Record<string, unknown> = {};
  for (const key of Object.keys(header.policy)) policy[key] = header.policy[key];
  let at = 0;
  for (const key of LIST_KEYS) {
    const count = header.lists[key];
    if (count === undefined) continue;
    if (typeof count !== "number" || count < 0 || count % 1 !== 0 || at + count > lines.length)
      return { ok: false, reason: "lists-damaged" };
    const list: string[] = [];
    let previous = "";
    for (let i = 0; i < count; i++) {
      const line = lines[at + i]!;
      const shared = line.charCodeAt(0) - ZERO;
      if (!(shared >= 0 && shared <= MAX_SHARED && shared <= previous.length && line.length <= MAX_LINE))
        return { ok: false, reason: "lists-damaged" };
      // The line is the reversed name's end after `shared` characters of the previous reversed name:
      // the name is that end reversed, then the previous name's last `shared` characters. Only the
      // new characters are reversed.
      const domain = reversedFrom(line, 1) + previous.slice(previous.length - shared);
      list.push(domain);
      previous = domain;
    }
    policy[key] = list;
    at += count;
  }
  const lookupKeys = header.keys === true ? lines[at++] : undefined;
  if (at !== lines.length) return { ok: false, reason: "lists-damaged" };
  const rules = sealedRules(header);
  return {
    ok: true,
    stored: {
      fetchedAt: header.fetchedAt,
      ...(typeof header.bundled === "string" ? { bundled: header.bundled } : {}),
      ...(rules === undefined ? {} : { rules }),
      policy: policy as Policy,
      ...(lookupKeys === undefined ? {} : { lookupKeys }),
    },
  };
}
