import { parse } from "tldts";
import { toASCII, toUnicode } from "punycode/";

/** The parts of a host name that the lookalike rules reason about. All fields are lower-case ASCII. */
export interface DomainParts {
  /** The whole host, e.g. `us.army.mil`. */
  host: string;
  /** The registrable domain (one label above the public suffix), e.g. `army.mil`. */
  registrable: string;
  /** The label just left of the public suffix, e.g. `army`. */
  name: string;
  /** The public suffix, e.g. `mil` or `co.uk`. */
  suffix: string;
  /** Labels left of the registrable domain, e.g. `us` (may be empty). */
  subdomain: string;
  /** Whether the suffix is a real one from the ICANN section of the Public Suffix List. */
  suffixIsKnown: boolean;
  /**
   * The host is itself an entry of the Public Suffix List (`mil.no`, `gov.in`, `nic.in`): the list
   * marks where cookies may not be shared, not which domains receive mail, and many such entries
   * are an organisation's own mail domain. It is then split one label above its parent entry.
   */
  listedAsSuffix?: true;
}

/**
 * Hosts reach here already read, lower-cased and checked (IP addresses are handled before). Every
 * option tldts has is given, its default or not: the browser bundles leave out tldts's defaults
 * (src/shared/tldts-options.js).
 */
export const SPLIT_OPTIONS = {
  allowIcannDomains: true,
  allowPrivateDomains: false,
  detectIp: false,
  detectSpecialUse: false,
  extraSuffixes: null,
  extractHostname: false,
  mixedInputs: false,
  validHosts: null,
  validateHostname: false,
} as const;

/**
 * Splits a lower-case ASCII host with the Public Suffix List. A host that is itself a listed suffix
 * of two or more labels (`mil.no`) is split as a domain under the nearest listed suffix above it;
 * null only for a host with no name left of a suffix (a single label such as `com`).
 */
export function splitDomain(host: string): DomainParts | null {
  const parsed = parse(host, SPLIT_OPTIONS);
  if (!parsed.domain || !parsed.publicSuffix || parsed.domainWithoutSuffix === null) {
    return parsed.publicSuffix === host ? splitListedSuffix(host) : null;
  }
  return {
    host,
    registrable: parsed.domain,
    name: parsed.domainWithoutSuffix,
    suffix: parsed.publicSuffix,
    subdomain: parsed.subdomain ?? "",
    suffixIsKnown: parsed.isIcann === true,
  };
}

function splitListedSuffix(host: string): DomainParts | null {
  const dot = host.indexOf(".");
  if (dot <= 0) return null;
  // The parent may itself be listed (a.b.c under b.c under c): walk up until it is.
  let parent = host.slice(dot + 1);
  while (!isKnownSuffix(parent)) {
    const next = parent.indexOf(".");
    if (next < 0) return null;
    parent = parent.slice(next + 1);
  }
  const registrableStart = host.length - parent.length - 1;
  const nameStart = host.lastIndexOf(".", registrableStart - 1) + 1;
  return {
    host,
    registrable: host.slice(nameStart),
    name: host.slice(nameStart, registrableStart),
    suffix: parent,
    subdomain: nameStart > 0 ? host.slice(0, nameStart - 1) : "",
    suffixIsKnown: true,
    listedAsSuffix: true,
  };
}

/** True when `suffix` (e.g. `ml`, `co.uk`) is a public suffix in the ICANN section of the list. */
export function isKnownSuffix(suffix: string): boolean {
  let known = knownSuffixes.get(suffix);
  if (known === undefined) {
    const parsed = parse(`x.${suffix}`, SPLIT_OPTIONS);
    known = parsed.isIcann === true && parsed.publicSuffix === suffix;
    // Bounded: look-ups for made-up suffixes from hostile input must not grow it without end.
    if (knownSuffixes.size >= SUFFIX_CACHE_LIMIT) knownSuffixes.clear();
    knownSuffixes.set(suffix, known);
  }
  return known;
}

const SUFFIX_CACHE_LIMIT = 50_000;
const knownSuffixes = new Map<string, boolean>();

/** `a.b.c` is `c` itself or below it. */
export function isSameOrSubdomain(host: string, parent: string): boolean {
  return (
    host === parent ||
    (host.length > parent.length && host.endsWith(parent) && host[host.length - parent.length - 1] === ".")
  );
}

/** ASCII (punycode) form of a Unicode host; throws on input IDNA cannot encode. */
export function hostToAscii(host: string): string {
  return toASCII(host);
}

/** Unicode form of a host for display; labels that do not decode are left as they are. */
export function hostToUnicode(host: string): string {
  if (!host.includes("xn--")) return host;
  // One check needs the same host's Unicode form several times (validation, look-alike forms, the
  // message), and a message often has many recipients at one domain.
  let decoded = recentlyDecoded.get(host);
  if (decoded === undefined) {
    decoded = decodeLabels(host);
    rememberUnicode(host, decoded);
  }
  return decoded;
}

/**
 * Records the Unicode form of an ASCII host already known some other way (the reader encoded it
 * from what the user typed), so that hostToUnicode need not decode it again.
 */
export function rememberUnicode(ascii: string, unicode: string): void {
  recentlyDecoded.set(ascii, unicode);
}

/**
 * Two generations of a bounded map: when the newer fills up it becomes the older and the oldest is
 * dropped, so memory stays bounded and entries in use keep getting found.
 */
class RecentMap {
  private newer = new Map<string, string>();
  private older = new Map<string, string>();
  constructor(private readonly limit: number) {}
  get(key: string): string | undefined {
    const hit = this.newer.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }
  set(key: string, value: string): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}

const recentlyDecoded = new RecentMap(256);

function decodeLabels(host: string): string {
  return host
    .split(".")
    .map((label) => {
      if (!label.startsWith("xn--")) return label;
      try {
        return toUnicode(label);
      } catch {
        return label;
      }
    })
    .join(".");
}

/**
 * Says whose an ending is ("Mali's domain"), in the checker's language; the words are in the message
 * catalogues (src/checker/messages/).
 */
export { describeSuffix } from "./messages/render";

/** True when any character is outside ASCII (the host needs IDN encoding). */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}
