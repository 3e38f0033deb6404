import { isKnownSuffix, splitDomain } from "./domain";

/**
 * What kind of naming space a host is, for deciding whether it may be trusted as a whole.
 *
 * - `open`: an ending under which anyone can register a name (`com`, `co.uk`, `com.au`, most
 *   country endings). Trusting it would trust every stranger with an address there.
 * - `restricted`: a namespace whose registry admits only one kind of organisation (`gov`, `mil`,
 *   `gov.uk`, `ac.uk`, ...). An organisation that belongs to it may trust it as a whole.
 * - `other`: anything else, including Public Suffix List entries that are one organisation's own
 *   mail domain (`mil.no`, `gov.in`, `nic.in`), and ordinary domains. Treated like any domain.
 *
 * The lists and where they come from: docs/namespaces.md. Pure and ES2016-safe: the send handler
 * may run it.
 */
export type NamespaceKind = "open" | "restricted" | "other";

export interface Namespace {
  kind: NamespaceKind;
  /** For `open` and `restricted`: who can register under it, as a phrase that ends a sentence. */
  description?: string;
}

/**
 * Namespaces whose registries admit only one kind of organisation, with who that is, phrased to
 * follow "which only ... can register". Sources: docs/namespaces.md.
 */
export const RESTRICTED_NAMESPACES: { readonly [ending: string]: string } = {
  gov: "US government bodies",
  mil: "the US armed forces",
  edu: "accredited US colleges and universities",
  int: "organisations set up by international treaty",
  "gov.uk": "UK public-sector bodies",
  "police.uk": "UK police forces",
  "nhs.uk": "NHS organisations",
  "mod.uk": "the UK Ministry of Defence and armed forces",
  "ac.uk": "UK universities, colleges and research bodies",
  "sch.uk": "UK schools",
  "gc.ca": "Government of Canada departments and agencies",
  "gov.au": "Australian federal, state and local government bodies",
  "gouv.fr": "French government departments",
};

/**
 * First labels of second-level endings that registries open to any company or person: `co.uk`,
 * `com.au`, `net.br`, `org.uk`, `ltd.uk`, `me.uk`, `nom.fr`, `firm.in`, ...
 */
export const OPEN_SECOND_LEVEL_LABELS: readonly string[] = [
  "biz",
  "co",
  "com",
  "corp",
  "firm",
  "gen",
  "id",
  "inc",
  "ind",
  "info",
  "llc",
  "ltd",
  "me",
  "name",
  "net",
  "nom",
  "online",
  "org",
  "per",
  "plc",
  "shop",
  "store",
  "web",
];

/** A label no registry uses: an ending that has it as a public suffix has a wildcard rule. */
const WILDCARD_PROBE = "rg-no-such-namespace";

function has(map: { readonly [key: string]: string }, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** Who may register under `host` when it is a restricted namespace ("only NHS organisations can register"). */
export function restrictedNamespace(host: string): string | undefined {
  return has(RESTRICTED_NAMESPACES, host) ? `only ${RESTRICTED_NAMESPACES[host]} can register` : undefined;
}

/** `host` is lower-case ASCII (punycode), without a trailing dot. */
export function namespaceOf(host: string): Namespace {
  const restricted = restrictedNamespace(host);
  if (restricted) return { kind: "restricted", description: restricted };
  const dot = host.indexOf(".");
  // Every top-level ending not listed as restricted: country endings, com, net, the new gTLDs.
  if (dot < 0) return { kind: "open", description: "anyone can register" };
  // A host with a registrable domain is no ending at all (one parse, as any policy entry costs).
  const parts = splitDomain(host);
  if (parts !== null && !parts.listedAsSuffix) return { kind: "other" };
  const first = host.slice(0, dot);
  const parent = host.slice(dot + 1);
  // An ending made public only by a wildcard rule (every name under `ck` is one): nobody has said
  // who may register under it, so it is treated as open.
  if (OPEN_SECOND_LEVEL_LABELS.indexOf(first) >= 0 || isKnownSuffix(`${WILDCARD_PROBE}.${parent}`)) {
    return { kind: "open", description: "anyone can register" };
  }
  return { kind: "other" };
}
