import { hasNonAscii, hostToAscii, hostToUnicode, rememberUnicode } from "./domain";
import type { AddressProblem } from "./evidence";
import { removeInvisible, type RemovedCharacter } from "./unicode";

/** Longest input we try to read; anything longer cannot be one email address (RFC 5321 allows 254). */
export const MAX_INPUT_LENGTH = 2048;
const MAX_LOCAL_PART = 64;
const MAX_HOST = 253;
const MAX_LABEL = 63;

/** A character removed because it cannot be seen: its code point and kind (the catalogues name it). */
export type InvisibleCharacter = RemovedCharacter;

interface Common {
  /** What the caller gave us, unchanged. */
  input: string;
  /** Characters removed because they cannot be seen (zero-width, bidi controls, control codes). */
  invisible: InvisibleCharacter[];
}

export type ParsedAddress =
  | (Common & {
      kind: "email";
      displayName: string | undefined;
      localPart: string;
      /** Lower-case ASCII host, punycode for IDN labels, no trailing dot. */
      domain: string;
      /** The same host with punycode labels decoded, for display. */
      domainUnicode: string;
    })
  | (Common & { kind: "x500"; displayName: string | undefined; distinguishedName: string })
  | (Common & { kind: "ip-literal"; displayName: string | undefined; localPart: string; ip: string })
  | (Common & { kind: "unreadable"; problem: AddressProblem });

const IDEOGRAPHIC_DOTS = /[\u3002\uff0e\uff61]/g;

function unreadable(input: string, invisible: InvisibleCharacter[], problem: AddressProblem): ParsedAddress {
  return { kind: "unreadable", input, invisible, problem };
}

function stripPrefix(text: string, prefix: string): string {
  return text.slice(0, prefix.length).toLowerCase() === prefix ? text.slice(prefix.length) : text;
}

/** Splits `Name <addr>` into its parts; a bare address comes back with no display name. */
function splitDisplayName(text: string): { displayName: string | undefined; address: string } {
  if (!text.endsWith(">")) return { displayName: undefined, address: text };
  const open = lastUnquoted(text, "<");
  if (open < 0) return { displayName: undefined, address: text };
  let displayName = text.slice(0, open).trim();
  if (displayName.length >= 2 && displayName.startsWith('"') && displayName.endsWith('"')) {
    displayName = displayName.slice(1, -1);
  }
  return { displayName: displayName || undefined, address: text.slice(open + 1, -1).trim() };
}

/** Index of the last `ch` outside double quotes (a quoted local part may contain `<`), or -1. */
function lastUnquoted(text: string, ch: string): number {
  let inQuote = false;
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && inQuote) i++;
    else if (c === '"') inQuote = !inQuote;
    else if (c === ch && !inQuote) found = i;
  }
  return found;
}

/** Strips `mailto:` and `SMTP:` prefixes, however many are stacked. */
function stripPrefixes(text: string): string {
  let current = text;
  for (;;) {
    const next = stripPrefix(stripPrefix(current, "mailto:"), "smtp:").trim();
    if (next === current) return current;
    current = next;
  }
}

/** Index of the `@` that separates local part and domain, ignoring any inside a quoted local part. */
function findSeparator(address: string): { at: number; count: number } {
  let inQuote = false;
  let at = -1;
  let count = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "\\" && inQuote) i++;
    else if (ch === '"') inQuote = !inQuote;
    else if (ch === "@" && !inQuote) {
      at = i;
      count++;
    }
  }
  return { at, count };
}

function trimAsciiWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  const space = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  while (start < end && space(text.charCodeAt(start))) start++;
  while (end > start && space(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * The first character an unquoted local part cannot hold (RFC 5322 specials, spaces and controls),
 * or null: `a>b@x.com` is not an address, whatever a client passes on. A quoted one may hold them.
 */
function unquotedSpecial(local: string): string | null {
  if (local.length >= 2 && local.charCodeAt(0) === 34 && local.charCodeAt(local.length - 1) === 34)
    return null;
  for (let i = 0; i < local.length; i++) {
    const code = local.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || '<>()[]\\,;:"'.indexOf(local[i]!) >= 0) return local[i]!;
  }
  return null;
}

/** Why an ASCII host cannot be a mail domain, or null when it can. One pass, allocating only to say why. */
function hostProblem(host: string): AddressProblem | null {
  if (host.length === 0) return { why: "host-empty" };
  if (host.length > MAX_HOST) return { why: "host-too-long", length: host.length, limit: MAX_HOST };
  if (host.indexOf(".") < 0) return { why: "no-ending", host };
  let labelStart = 0;
  for (let i = 0; i <= host.length; i++) {
    const code = i < host.length ? host.charCodeAt(i) : 46; // the end closes the last label
    if (code === 46) {
      const length = i - labelStart;
      if (length === 0) return { why: i === 0 ? "dot-first" : "double-dot" };
      if (length > MAX_LABEL) return { why: "label-too-long", limit: MAX_LABEL };
      if (host.charCodeAt(labelStart) === 45 || host.charCodeAt(i - 1) === 45) {
        return { why: "hyphen-edge", label: host.slice(labelStart, i) };
      }
      labelStart = i + 1;
      continue;
    }
    const ok = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
    if (!ok) return { why: "bad-character", character: String.fromCodePoint(host.codePointAt(i)!) };
  }
  return null;
}

/** A label that claims to be punycode (`xn--`) must decode and encode back to itself. */
function punycodeProblem(host: string): AddressProblem | null {
  if (!host.includes("xn--")) return null;
  for (const label of host.split(".")) {
    if (!label.startsWith("xn--")) continue;
    let roundTrip: string;
    try {
      roundTrip = hostToAscii(hostToUnicode(label));
    } catch {
      roundTrip = "";
    }
    if (roundTrip !== label || hostToUnicode(label) === label) return { why: "bad-punycode", label };
  }
  return null;
}

function isIPv4(host: string): boolean {
  const last = host.charCodeAt(host.length - 1);
  if (!(last >= 48 && last <= 57)) return false;
  const parts = host.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/**
 * Reads one recipient address the way people and Outlook write them: `Name <addr>`, `mailto:` and
 * `SMTP:` prefixes, quoted local parts, full-width or compatibility characters, trailing dots,
 * Unicode or punycode domains, IP literals and Exchange X.500 names. Never throws.
 */
export function parseAddress(input: string): ParsedAddress {
  if (typeof input !== "string") return unreadable(String(input), [], { why: "not-text" });
  return parsePlainAddress(input) ?? parseAnyAddress(input);
}

/**
 * Characters of a bare `local@host` that need none of the general reader's work: no display name,
 * prefix, quote, space, control, invisible or non-ASCII character. (`:`, `/`, `<`, quotes and
 * brackets are absent on purpose: they start prefixes, X.500 names, display names and IP literals.)
 */
const PLAIN_ADDRESS_CHARACTERS = (() => {
  const table = new Uint8Array(128);
  const allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+!#$%&'*=?^`{|}~@";
  for (let i = 0; i < allowed.length; i++) table[allowed.charCodeAt(i)] = 1;
  return table;
})();

/**
 * The common case, `alice@example.com`, read in one pass. Returns null for anything else, which
 * the general reader then handles; for the inputs it accepts the result is the same (exported for
 * the property test that holds it to that).
 */
export function parsePlainAddress(input: string): ParsedAddress | null {
  const n = input.length;
  if (n > MAX_INPUT_LENGTH) return null;
  let at = -1;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (code >= 128 || PLAIN_ADDRESS_CHARACTERS[code] === 0) return null;
    if (code === 64) {
      if (at >= 0) return null;
      at = i;
    }
  }
  if (at <= 0 || at > MAX_LOCAL_PART) return null;
  let end = n;
  while (end > at + 1 && input.charCodeAt(end - 1) === 46) end--;
  const last = input.charCodeAt(end - 1);
  // A host ending in a digit may be an IPv4 address, and an xn-- label needs the punycode checks.
  if (last >= 48 && last <= 57) return null;
  const host = input.slice(at + 1, end).toLowerCase();
  if (host.includes("xn--") || hostProblem(host) !== null) return null;
  // A query after the host is only cut off for mailto: links, which are not plain.
  return {
    kind: "email",
    input,
    invisible: [],
    displayName: undefined,
    localPart: input.slice(0, at),
    domain: host,
    domainUnicode: host,
  };
}

export function parseAnyAddress(input: string): ParsedAddress {
  if (input.length > MAX_INPUT_LENGTH) {
    return unreadable(input, [], { why: "too-long", length: input.length });
  }
  // Line breaks and tabs around an address are layout, not content (trim itself would also take a
  // leading byte-order mark, which is reported as invisible instead).
  const { text: visible, removed: invisible } = removeInvisible(trimAsciiWhitespace(input));
  let text = (hasNonAscii(visible) ? visible.normalize("NFKC") : visible).trim();
  while (text.endsWith(",") || text.endsWith(";")) text = text.slice(0, -1).trim();
  if (text.length === 0) return unreadable(input, invisible, { why: "empty" });

  const { displayName, address: inner } = splitDisplayName(text);
  let address = stripPrefixes(inner);
  const query = address.indexOf("?");
  if (query >= 0 && /mailto:/i.test(inner.slice(0, inner.length - address.length)))
    address = address.slice(0, query);

  if (address.slice(0, 3).toLowerCase() === "/o=") {
    return { kind: "x500", input, invisible, displayName, distinguishedName: address };
  }

  const { at, count } = findSeparator(address);
  if (count === 0) return unreadable(input, invisible, { why: "no-at", address });
  if (count > 1) return unreadable(input, invisible, { why: "many-at", address });
  const localPart = address.slice(0, at);
  if (localPart.length === 0) return unreadable(input, invisible, { why: "before-at-empty" });
  if (localPart.length > MAX_LOCAL_PART) {
    return unreadable(input, invisible, { why: "local-too-long", limit: MAX_LOCAL_PART });
  }
  const special = unquotedSpecial(localPart);
  if (special) return unreadable(input, invisible, { why: "local-bad-character", character: special });
  let host = address
    .slice(at + 1)
    .trim()
    .replace(IDEOGRAPHIC_DOTS, ".")
    .toLowerCase();
  while (host.endsWith(".")) host = host.slice(0, -1);

  if (host.startsWith("[") && host.endsWith("]")) {
    return { kind: "ip-literal", input, invisible, displayName, localPart, ip: host.slice(1, -1) };
  }
  if (isIPv4(host)) return { kind: "ip-literal", input, invisible, displayName, localPart, ip: host };

  let asciiHost = host;
  if (hasNonAscii(host)) {
    try {
      asciiHost = hostToAscii(host);
    } catch {
      return unreadable(input, invisible, { why: "not-encodable", host });
    }
  }
  // Labels we encoded ourselves decode back by construction; only xn-- labels as typed need the
  // round trip, and only they make the Unicode form differ from what was typed.
  const typedPunycode = host.includes("xn--");
  const problem = hostProblem(asciiHost) ?? (typedPunycode ? punycodeProblem(asciiHost) : null);
  if (problem) return unreadable(input, invisible, problem);
  if (!typedPunycode && asciiHost !== host) rememberUnicode(asciiHost, host);
  return {
    kind: "email",
    input,
    invisible,
    displayName,
    localPart,
    domain: asciiHost,
    domainUnicode: typedPunycode ? hostToUnicode(asciiHost) : host,
  };
}
