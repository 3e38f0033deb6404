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
}

/**
 * Namespaces whose registries admit only one kind of organisation. Who that is, in words, is in
 * the policy catalogues (`registrants.*`, src/checker/policy/messages/), which the send handler
 * does not carry. Sources: docs/namespaces.md.
 */
export const RESTRICTED_NAMESPACES: readonly string[] = [
  "gov",
  "mil",
  "edu",
  "int",
  "gov.uk",
  "police.uk",
  "nhs.uk",
  "mod.uk",
  "ac.uk",
  "sch.uk",
  "gc.ca",
  "gov.au",
  "gouv.fr",
];

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

/** `host` is one of RESTRICTED_NAMESPACES (gov.uk, mil). */
export function isRestrictedNamespace(host: string): boolean {
  return RESTRICTED_NAMESPACES.indexOf(host) >= 0;
}

/** `host` is lower-case ASCII (punycode), without a trailing dot. */
export function namespaceOf(host: string): Namespace {
  if (isRestrictedNamespace(host)) return { kind: "restricted" };
  const dot = host.indexOf(".");
  // Every top-level ending not listed as restricted: country endings, com, net, the new gTLDs.
  if (dot < 0) return { kind: "open" };
  // A host with a registrable domain is no ending at all (one parse, as any policy entry costs).
  const parts = splitDomain(host);
  if (parts !== null && !parts.listedAsSuffix) return { kind: "other" };
  const first = host.slice(0, dot);
  const parent = host.slice(dot + 1);
  // An ending made public only by a wildcard rule (every name under `ck` is one): nobody has said
  // who may register under it, so it is treated as open.
  if (OPEN_SECOND_LEVEL_LABELS.indexOf(first) >= 0 || isKnownSuffix(`${WILDCARD_PROBE}.${parent}`)) {
    return { kind: "open" };
  }
  return { kind: "other" };
}
