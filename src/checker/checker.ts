import { parseAddress, type ParsedAddress } from "./address";
import { contentFindings, type MessageContent } from "./attachments";
import { BUILTIN_DOMAINS_TEXT } from "./data/builtin-domains.generated";
import { readFrontCoded } from "./front-coded";
import { describeSuffix, hostToUnicode, splitDomain, type DomainParts } from "./domain";
import { enclosingEntry } from "./domain-sets";
import { dotgovLookup, type DotgovLookup } from "./dotgov-lookup";
import { distanceAtMostOne, type EditKind } from "./edit";
import {
  describeSlip,
  severityFor,
  verdictOf,
  type Finding,
  type FindingCode,
  type SuggestionSource,
  type Verdict,
} from "./findings";
import { resolvePolicy, validatePolicy, type EffectivePolicy, type Policy } from "./policy";
import {
  ProtectedIndex,
  type ProtectedDomain,
  type ProtectedSource,
  type Resemblance,
} from "./protected-index";
import {
  dotShiftFor,
  highValueEndingsFor,
  isAcademicNamespace,
  isFreeEnding,
  isGovernmentNamespace,
  isPlausibleSuffixSwap,
  restrictedEndingSlipFor,
  suffixSlipFor,
  type HighValueEnding,
} from "./suffix-slips";
import { isMixedScript, scriptNamesOf } from "./unicode";

export interface RecipientInput {
  emailAddress: string;
  displayName?: string;
  /** Where it is on the message; every recipient sees To and Cc. Unknown: not counted as seen. */
  field?: "to" | "cc" | "bcc";
  /** A distribution list or group (Outlook's recipientType), whose members the add-in cannot see. */
  group?: boolean;
}

export interface AddressResult {
  /** The address as given. */
  address: string;
  displayName?: string;
  /** `local@domain` with the domain in lower-case ASCII (punycode), when the address could be read. */
  normalised?: string;
  /** The domain in Unicode, for display. */
  domainUnicode?: string;
  /** Inside the organisation (an internal domain or an Exchange X.500 name). */
  internal: boolean;
  verdict: Verdict;
  findings: Finding[];
}

export interface MessageResult {
  verdict: Verdict;
  recipients: AddressResult[];
  /** Findings about the message as a whole, such as too many external recipients. */
  findings: Finding[];
}

export interface CheckContext {
  /** Registrable domains this user has written to before, for the unfamiliar-domain rule. */
  familiarDomains?: ReadonlySet<string>;
  /** The user's own address (Office's userProfile): its domain counts as inside the organisation. */
  ownAddress?: string;
  /** A meeting invitation: every attendee sees the others, and there is no Bcc to move them to. */
  meeting?: boolean;
  /**
   * The outside registrable domains the user has confirmed for this message in the pane (policy
   * externalRecipients.confirmDomains).
   */
  confirmedDomains?: readonly string[];
  /** The message's attachments and subject, for the attachments rule (attachments.ts). */
  content?: MessageContent;
}

export interface Checker {
  readonly policy: EffectivePolicy;
  readonly protectedCount: number;
  checkAddress(raw: string, displayName?: string): AddressResult;
  checkRecipients(recipients: readonly RecipientInput[], context?: CheckContext): MessageResult;
}

const q = (text: string): string => `"${text}"`;

/**
 * Against a built-in domain with a short name (4 letters), only slips that a hurried typist really
 * makes count: real, unrelated domains sit one arbitrary letter away from most short names
 * (nest.com and test.com, duno.com and juno.com).
 */
const PLAUSIBLE_SLIPS: ReadonlySet<EditKind> = new Set<EditKind>([
  "neighbour-key",
  "transposition",
  "repetition",
  "double-letter-dropped",
  "neighbour-key-insertion",
  "dot-shift",
  "dot-dropped",
  "dot-inserted",
]);
const BUILT_IN_SHORT_NAME = 4;

/** A country ending: `de`, or a national second level such as `co.uk` or `com.br`. */
function isNationalSuffix(suffix: string): boolean {
  const labels = suffix.split(".");
  return labels[labels.length - 1]!.length === 2;
}
const BUILT_IN_TINY_NAME = 3;

/** Below this length a name is too likely to be shared by unrelated organisations across suffixes. */
const SUFFIX_SWAP_MIN_NAME = 5;

const SOURCE_ORDER: Record<ProtectedSource, number> = {
  internal: 0,
  organisation: 1,
  user: 2,
  "built-in": 3,
};
const KIND_ORDER: Record<Resemblance["kind"], number> = { "exact-skeleton": 0, slip: 1, "slip-skeleton": 2 };

/** Look-alike characters first, then the organisation's own domains, then the whole host. */
function compareResemblances(a: Resemblance, b: Resemblance, host: string): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    SOURCE_ORDER[a.target.source] - SOURCE_ORDER[b.target.source] ||
    Number(b.typedForm === host) - Number(a.typedForm === host) ||
    // A well-known domain that is also in the .gov registry (whitehouse.gov): the registry names it.
    Number(b.target.inRegistry === true) - Number(a.target.inRegistry === true)
  );
}

/** Whose a protected domain is, in words: the registry's owner when the registry names one. */
function whoseDomain(target: ProtectedDomain): string {
  if (target.inRegistry) {
    return target.owner
      ? `a US government domain (${target.owner}, in the .gov registry)`
      : "a US federal government domain in the .gov registry";
  }
  return whoseTrust(target.source);
}

function suggestionSourceOf(target: ProtectedDomain): SuggestionSource {
  return target.inRegistry ? "dotgov" : target.source;
}

function whoseTrust(source: ProtectedSource): string {
  switch (source) {
    case "internal":
      return "your organisation's domain";
    case "organisation":
      return "a domain your organisation trusts";
    case "user":
      return "a domain you trust";
    case "built-in":
      return "a well-known domain";
  }
}

/** `аrmy.mil` shown with its punycode form too, so both the look and the truth are visible. */
function showHost(ascii: string): string {
  const unicode = hostToUnicode(ascii);
  return unicode === ascii ? q(ascii) : `${q(unicode)} (${ascii})`;
}

/** The differing middle of two strings: `rn` vs `m` for `rnicrosoft.com` and `microsoft.com`. */
function differingMiddle(typed: string, intended: string): { typed: string; intended: string } {
  const a = Array.from(typed);
  const b = Array.from(intended);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { typed: a.slice(start, endA).join(""), intended: b.slice(start, endB).join("") };
}

/**
 * Which letters of a look-alike are foreign, in words: `the "а" is Cyrillic`, `the letters "а",
 * "р" and "е" are Cyrillic`. Empty when every letter is Latin (or shared by all scripts).
 */
function foreignLettersText(text: string): string {
  const byScript = new Map<string, string[]>();
  for (const char of Array.from(text)) {
    const script = scriptNamesOf(char).filter((name) => name !== "Latin")[0];
    if (!script) continue;
    const letters = byScript.get(script) ?? [];
    if (letters.indexOf(char) < 0) letters.push(char);
    byScript.set(script, letters);
  }
  const parts: string[] = [];
  byScript.forEach((letters, script) => {
    const shown = letters.slice(0, 4).map(q);
    const list =
      shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]!}`;
    const more = letters.length > 4 ? " (and more)" : "";
    parts.push(
      letters.length === 1 ? `the ${list} is ${script}` : `the letters ${list}${more} are ${script}`,
    );
  });
  return parts.join("; ");
}

function suffixNote(suffix: string): string {
  const whose = describeSuffix(suffix);
  return whose ? ` ".${suffix}" is ${whose}.` : "";
}

/**
 * ebay.be for ebay.de, yahoo.cn for yahoo.ca: one country's ending for another's under the same
 * well-known name is the brand's national site far more often than a slip.
 */
function isNationalSibling(r: Resemblance, typed: DomainParts): boolean {
  return (
    typed.name === r.target.parts.name &&
    isNationalSuffix(typed.suffix) &&
    isNationalSuffix(r.target.parts.suffix)
  );
}

/**
 * The slip changed the ending (gmail.co, gmailc.om), not the name. `typed` are the parts of the
 * typed host, which its registrable domain shares (same name, same suffix).
 */
function slipIsInSuffix(r: Resemblance, typed: DomainParts): boolean {
  if (r.edit?.kind === "dot-shift") return true;
  return typed.name === r.target.parts.name && typed.suffix !== r.target.parts.suffix;
}

function replaceRegistrable(parts: DomainParts, registrable: string): string {
  return parts.subdomain ? `${parts.subdomain}.${registrable}` : registrable;
}

/**
 * Built property by property: run untranspiled on Node 20 (as the tests run the source), an object
 * literal that starts with a spread (`{ ...base, verdict }`) took V8's slow path, about 2 us a call.
 * The ES2016 bundles compile the spread away, so they never paid it.
 */
function addressResult(
  address: string,
  displayName: string | undefined,
  internal: boolean,
  findings: Finding[],
  email?: { normalised: string; domainUnicode: string },
): AddressResult {
  const result: AddressResult = { address, internal, verdict: verdictOf(findings), findings };
  if (displayName) result.displayName = displayName;
  if (email) {
    result.normalised = email.normalised;
    result.domainUnicode = email.domainUnicode;
  }
  return result;
}

let builtInIndex: ProtectedIndex | undefined;

/**
 * The well-known domains, indexed once per process: they do not depend on any policy, so every
 * checker shares them, and the send handler can build them as soon as its script loads.
 */
export function builtInDomainIndex(): ProtectedIndex {
  if (!builtInIndex) {
    builtInIndex = new ProtectedIndex(
      readFrontCoded(BUILTIN_DOMAINS_TEXT).map((host) => ({ host, source: "built-in" as const })),
    );
  }
  return builtInIndex;
}

function mayConcernDotgov(host: string): boolean {
  if (host.indexOf("gov") >= 0) return true;
  return distanceAtMostOne(host.slice(host.lastIndexOf(".") + 1), "gov") === 1;
}

/**
 * Builds now what depends on no policy and would otherwise be built on first use: the built-in
 * index, the zero-configuration suffix table, and the Unicode, look-alike, country-name and
 * keyboard tables, by checking one address of each kind (PREPARATION_ADDRESSES) with no policy
 * and with a small one (whose domains are compared in the look-alike space too); the engine then
 * has compiled the checking code as well. A send handler calls it while its script loads, so that
 * none of this falls between the first event and its completion.
 */
export function prepareBuiltIns(): void {
  const policy = validatePolicy({ trustedDomains: ["example.org"], internalDomains: ["example.net"] });
  for (const effective of [resolvePolicy(), ...(policy.success ? [resolvePolicy(policy.data)] : [])]) {
    const checker = createChecker(effective);
    for (const address of PREPARATION_ADDRESSES) checker.checkAddress(address);
  }
}

/** Plain, display name, `.ml` slip (suffix table, country name), typo (keyboard), Cyrillic (letter
 * and script tables), punycode, unknown ending, embedded name, and a slip of the policy's domain. */
const PREPARATION_ADDRESSES = [
  "alice@example.com",
  "Bob <bob@mail.example.co.uk>",
  "ops@army.ml",
  "a@gmial.com",
  "a@gm\u0430il.com",
  "a@xn--80ak6aa92e.com",
  "a@example.cmo",
  "a@army-mil.com",
  "a@examp1e.org",
];

type OwnDomain = { host: string; source: ProtectedSource };

/** The organisation's own domains indexed over the built-in ones, and what they were built from. */
interface OrganisationIndex {
  index: ProtectedIndex;
  domains: readonly OwnDomain[];
  builtInProtection: boolean;
}

/** Per organisation policy: every policy resolved from it (with any user's list) shares this. */
const organisationIndexes = new WeakMap<Policy, OrganisationIndex>();

function sameDomains(a: readonly OwnDomain[], b: readonly OwnDomain[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i]!.host !== b[i]!.host || a[i]!.source !== b[i]!.source) return false;
  return true;
}

/**
 * The index of the organisation's internal and trusted domains, laid over the shared built-in
 * one; built once per organisation policy and kept while that policy object lives, so that a send
 * whose message carries the user's own list does not index the organisation's domains again.
 */
function organisationIndexFor(policy: EffectivePolicy, domains: readonly OwnDomain[]): ProtectedIndex {
  const key = policy.organisationPolicy;
  const kept = key ? organisationIndexes.get(key) : undefined;
  if (kept && kept.builtInProtection === policy.builtInProtection && sameDomains(kept.domains, domains))
    return kept.index;
  const index = new ProtectedIndex(domains, policy.builtInProtection ? builtInDomainIndex() : undefined);
  if (key) organisationIndexes.set(key, { index, domains, builtInProtection: policy.builtInProtection });
  return index;
}

/**
 * Where the checker looks for protected domains. With the organisation's look-up keys it indexes,
 * for the hosts about to be checked, only the organisation domains they could be compared with (the
 * candidates), and again when a host comes that those did not cover; without, every domain, once.
 */
function protectedIndexFor(policy: EffectivePolicy): { forHosts(hosts: readonly string[]): ProtectedIndex } {
  // One place to look: the user's own trusted domains over the organisation's, over the built-in
  // ones. The organisation's are its internal domains, then its trusted ones, as the keys number
  // them; resolvePolicy puts the user's after those.
  const internal = policy.internalDomains;
  const trusted = policy.trustedDomains;
  const user: OwnDomain[] = [];
  let organisationAfterUser = false;
  for (const entry of trusted) {
    if (entry.source === "user") user.push({ host: entry.domain, source: "user" });
    else if (user.length > 0) organisationAfterUser = true;
  }
  const withUser = (index: ProtectedIndex): ProtectedIndex =>
    user.length > 0 ? new ProtectedIndex(user, index) : index;
  const keys = policy.organisationKeys;
  if (!keys || organisationAfterUser || keys.domainCount !== internal.length + trusted.length - user.length) {
    const organisation: OwnDomain[] = [];
    for (const host of internal) organisation.push({ host, source: "internal" });
    for (const entry of trusted)
      if (entry.source !== "user") organisation.push({ host: entry.domain, source: entry.source });
    const index = withUser(organisationIndexFor(policy, organisation));
    return { forHosts: () => index };
  }
  // Made only for the candidates: the organisation may have 50,000 domains.
  const organisationDomain = (n: number): OwnDomain =>
    n < internal.length
      ? { host: internal[n]!, source: "internal" }
      : { host: trusted[n - internal.length]!.domain, source: trusted[n - internal.length]!.source };
  const builtIns = policy.builtInProtection ? builtInDomainIndex() : undefined;
  const covered = new Set<string>();
  let index: ProtectedIndex | undefined;
  let indexed = "";
  return {
    forHosts(hosts) {
      let more = false;
      for (const host of hosts)
        if (!covered.has(host)) {
          covered.add(host);
          more = true;
        }
      if (index && !more) return index;
      const numbers = keys.candidatesFor(Array.from(covered));
      const id = numbers.join(",");
      if (!index || id !== indexed) {
        index = withUser(new ProtectedIndex(numbers.map(organisationDomain), builtIns));
        indexed = id;
      }
      return index;
    },
  };
}

/** The parts of the domain after an address's last `@`. */
function addressDomainParts(address: string): DomainParts | null {
  return splitDomain(address.slice(address.lastIndexOf("@") + 1).toLowerCase());
}

/** The registrable domain of the user's own address, whose people are colleagues. */
function ownRegistrable(ownAddress: string | undefined): string | undefined {
  return ownAddress ? addressDomainParts(ownAddress)?.registrable : undefined;
}

/** Whether a checked address is outside the organisation: not internal, not at the user's own domain. */
function isOutside(r: AddressResult, own: string | undefined): boolean {
  if (r.internal || !r.normalised) return false;
  return !own || addressDomainParts(r.normalised)?.registrable !== own;
}

/**
 * The recipients every other recipient will see (in To or Cc) that are outside the organisation:
 * not internal and not under the registrable domain of the user's own address. Indexes into
 * `recipients`, whose results (in the same order) are `results`.
 */
export function visibleExternalIndexes(
  recipients: readonly RecipientInput[],
  results: readonly AddressResult[],
  ownAddress?: string,
): number[] {
  const own = ownRegistrable(ownAddress);
  const out: number[] = [];
  for (let i = 0; i < results.length; i++) {
    const field = recipients[i]?.field;
    if ((field === "to" || field === "cc") && isOutside(results[i]!, own)) out.push(i);
  }
  return out;
}

/**
 * The registrable domains outside the organisation (and the user's own domain) that the message goes
 * to and the user has not confirmed for it, in the order they first appear.
 */
export function unconfirmedDomains(results: readonly AddressResult[], context: CheckContext): string[] {
  const confirmed = context.confirmedDomains ?? [];
  const out: string[] = [];
  for (const r of results) {
    const domain = outsideDomainOf(r, context.ownAddress);
    if (domain && confirmed.indexOf(domain) < 0 && out.indexOf(domain) < 0) out.push(domain);
  }
  return out;
}

/** The registrable domain of a checked address outside the organisation, else undefined. */
export function outsideDomainOf(r: AddressResult, ownAddress?: string): string | undefined {
  return isOutside(r, ownRegistrable(ownAddress))
    ? addressDomainParts(r.normalised!)?.registrable
    : undefined;
}

export function createChecker(policy: EffectivePolicy): Checker {
  const protectedIndex = protectedIndexFor(policy);
  let index = protectedIndex.forHosts([]);

  const finding = (code: FindingCode, message: string, extra: Partial<Finding> = {}): Finding => ({
    code,
    severity: severityFor(policy.actions[code]),
    message,
    ...extra,
  });

  const internal = new Set(policy.internalDomains);
  const blocked = new Set(policy.blockedDomains);

  function isInternal(host: string): boolean {
    return enclosingEntry(host, internal) !== undefined;
  }

  function acceptable(r: Resemblance, typed: DomainParts): boolean {
    if (r.kind === "exact-skeleton") return true;
    const nameLength = r.target.parts.name.length;
    if (r.target.source !== "built-in") return true;
    // Look-alike characters plus a slip is too weak a likeness to report against a well-known
    // domain nobody named (bigger.com is not blogger.com, tkcity.com is not talkcity.com).
    if (r.kind === "slip-skeleton") return false;
    if (isNationalSibling(r, typed)) return false;
    // hanmail2.net, 5ymail.com: a digit added to a well-known name (not hit with a key beside it)
    // is far more often another provider's name than a slip.
    if (r.edit?.kind === "addition" && r.edit.found >= "0" && r.edit.found <= "9") return false;
    if (nameLength > BUILT_IN_SHORT_NAME) return true;
    if (!r.edit) return false;
    // A slip in the ending (aol.con, qq.cm) stays worth reporting even for short names.
    if (slipIsInSuffix(r, typed)) return true;
    return nameLength > BUILT_IN_TINY_NAME && PLAUSIBLE_SLIPS.has(r.edit.kind);
  }

  /**
   * Same name, another suffix. The swaps people really make are always reported (see
   * isPlausibleSuffixSwap); any other suffix only for distinctive names of domains the organisation
   * named itself: big brands run national domains of their own (paypal.de), and short names are
   * shared by unrelated organisations (af.mil, af.edu). Whatever the name, a protected company's
   * name under a government namespace (microsoft.gov) or a once-free ending (gmail.ml) is no
   * domain of its owner's.
   */
  function suffixSwapTarget(
    parts: DomainParts,
  ): { target: ProtectedDomain; why: string; foreign: boolean } | undefined {
    const named = index.sameName(parts);
    if (named.length === 0) return undefined;
    const foreign = foreignNamespaceWhy(parts.suffix);
    if (foreign) {
      const company = named.find(
        (p) =>
          !isGovernmentNamespace(p.parts.suffix) && !isAcademicNamespace(p.parts.suffix) && !p.inRegistry,
      );
      if (company) return { target: company, why: foreign, foreign: true };
    }
    const target = named.find((p) => {
      if (p.source === "built-in") return false;
      if (isPlausibleSuffixSwap(parts.suffix, p.parts.suffix)) return true;
      if (parts.suffix.endsWith(`.${p.parts.suffix}`)) return false; // a national variant: hotmail.com → hotmail.com.br
      return parts.name.length >= SUFFIX_SWAP_MIN_NAME && !index.isBuiltInName(parts.name);
    });
    return target && { target, why: suffixNote(parts.suffix), foreign: false };
  }

  /** Two equally likely fixes for one domain, as one finding that names both and applies neither. */
  function eitherOf(parts: DomainParts, first: Finding, second: Finding): Finding {
    const option = (f: Finding): string => {
      const host = f.suggestion!.slice(f.suggestion!.lastIndexOf("@") + 1);
      return f.suggestedIs ? `${host} (${f.suggestedIs})` : host;
    };
    const whose = describeSuffix(parts.suffix);
    const extra: Partial<Finding> = {
      alternatives: [first.suggestion!, second.suggestion!],
      related: first.related,
      slip: first.slip,
    };
    if (first.typedIs) extra.typedIs = first.typedIs;
    return finding(
      first.code,
      `${q(parts.registrable)} is ${whose ? `under ${whose}` : `under ".${parts.suffix}"`}, so it is probably not what you meant: it may have been meant for ${option(first)} or ${option(second)}. Check which one.`,
      extra,
    );
  }

  function foreignNamespaceWhy(suffix: string): string | undefined {
    const whose = describeSuffix(suffix) ?? `".${suffix}"`;
    if (isGovernmentNamespace(suffix))
      return ` ".${suffix}" is ${whose}, where only public bodies can have a name.`;
    if (isFreeEnding(suffix))
      return ` ".${suffix}" is ${whose}, an ending where names were once given away free and many imitations of well-known domains were registered.`;
    return undefined;
  }

  /** The suggestion fields of a finding that points at a protected domain. */
  function towards(target: ProtectedDomain, address: string, typedIs?: string): Partial<Finding> {
    const extra: Partial<Finding> = {
      suggestion: address,
      suggestionSource: suggestionSourceOf(target),
      suggestedIs: whoseDomain(target),
      related: target.host,
    };
    if (typedIs) extra.typedIs = typedIs;
    return extra;
  }

  function resemblanceFinding(r: Resemblance, parts: DomainParts, local: string): Finding {
    const suggestedHost =
      r.typedForm === parts.host ? r.intendedForm : replaceRegistrable(parts, r.intendedForm);
    const typedShown = showHost(r.typedForm);
    const intended = q(r.intendedForm);
    const whose = whoseDomain(r.target);
    if (r.kind === "exact-skeleton") {
      const typedUnicode = hostToUnicode(r.typedForm);
      const middle = differingMiddle(typedUnicode, r.intendedForm);
      const foreign = foreignLettersText(middle.typed);
      const how = foreign
        ? `letters of another alphabet that look like Latin ones: ${foreign}`
        : `${q(middle.typed)} in place of ${q(middle.intended)}`;
      return finding("homoglyph-domain", `${typedShown} imitates ${intended}, ${whose}, using ${how}.`, {
        ...towards(
          r.target,
          `${local}@${suggestedHost}`,
          "a look-alike of it, written with other characters",
        ),
        slip: "lookalike-characters",
      });
    }
    if (r.kind === "slip" && r.edit) {
      const inSuffix = slipIsInSuffix(r, parts) && parts.suffixIsKnown;
      const note = inSuffix ? suffixNote(parts.suffix) : "";
      return finding(
        "lookalike-domain",
        `${typedShown} looks like a slip for ${intended}, ${whose}: ${describeSlip(r.edit, r.intendedForm)}.${note}`,
        {
          ...towards(r.target, `${local}@${suggestedHost}`, typedDomainIs(parts, inSuffix)),
          slip: r.edit.kind,
        },
      );
    }
    return finding(
      "lookalike-domain",
      `${typedShown} looks like ${intended}, ${whose}, but uses look-alike characters and differs by one more.`,
      {
        ...towards(
          r.target,
          `${local}@${suggestedHost}`,
          "a look-alike of it, written with other characters",
        ),
        slip: "lookalike-characters",
      },
    );
  }

  function suffixSwapFinding(
    target: ProtectedDomain,
    parts: DomainParts,
    local: string,
    why: string,
  ): Finding {
    const host = replaceRegistrable(parts, target.parts.registrable);
    return finding(
      "suffix-swap",
      `${q(parts.registrable)} is not ${q(target.parts.registrable)}, ${whoseDomain(target)}: the name is the same but it ends in ".${parts.suffix}" instead of ".${target.parts.suffix}".${why}`,
      { ...towards(target, `${local}@${host}`, typedDomainIs(parts, true)), slip: "suffix-swap" },
    );
  }

  /** What a finding says about where the typed domain is, when its ending tells something. */
  function typedDomainIs(parts: DomainParts, endingMatters: boolean): string | undefined {
    if (!parts.suffixIsKnown) return "not under a real domain ending";
    if (!endingMatters) return undefined;
    const whose = describeSuffix(parts.suffix);
    return whose ? `under ${whose}` : undefined;
  }

  /** A finding that points at the high-value ending a slip came from (`army.ml` → `army.mil`). */
  function towardsEnding(
    ending: HighValueEnding,
    local: string,
    typedIs: string | undefined,
  ): Partial<Finding> {
    const extra: Partial<Finding> = {
      suggestion: `${local}@${ending.host}`,
      suggestionSource: "high-value-suffix",
      related: ending.intended,
      slip: ending.edit.kind,
    };
    const intendedWhose = describeSuffix(ending.intended);
    if (intendedWhose) extra.suggestedIs = `under ${intendedWhose}`;
    if (typedIs) extra.typedIs = typedIs;
    return extra;
  }

  function zeroConfigFinding(parts: DomainParts, local: string): Finding | undefined {
    const shift = dotShiftFor(parts.name, parts.suffix);
    if (shift) {
      const intendedHost = replaceRegistrable(parts, `${shift.intendedName}.${shift.intendedSuffix}`);
      const ending: HighValueEnding = {
        host: intendedHost,
        intended: shift.intendedSuffix,
        edit: { kind: "dot-shift", position: 0, expected: ".", found: "." },
      };
      return finding(
        "suffix-slip",
        `${q(parts.registrable)} has the dot in the wrong place: did you mean ${intendedHost}?${suffixNote(parts.suffix)}`,
        towardsEnding(ending, local, typedDomainIs(parts, true)),
      );
    }
    const slip = suffixSlipFor(parts.name, parts.suffix);
    if (slip) {
      const intendedHost = replaceRegistrable(parts, `${parts.name}.${slip.intended}`);
      const whose = describeSuffix(parts.suffix);
      const intendedWhose = describeSuffix(slip.intended);
      return finding(
        "suffix-slip",
        `".${parts.suffix}" is ${whose ?? "a different domain ending"}, not ".${slip.intended}"${intendedWhose ? `, ${intendedWhose}` : ""}: ${describeSlip(slip.edit, slip.intended)}. Did you mean ${intendedHost}?`,
        towardsEnding(
          { host: intendedHost, intended: slip.intended, edit: slip.edit },
          local,
          typedDomainIs(parts, true),
        ),
      );
    }
    // With an ending that does not exist (mod.gov.jk), the unknown-ending rule explains it better.
    const inner = parts.suffixIsKnown
      ? restrictedEndingSlipFor(parts.registrable, parts.subdomain)
      : undefined;
    if (inner) {
      const intendedWhose = describeSuffix(inner.intended);
      return finding(
        "suffix-slip",
        `${q(parts.host)} is under ${q(parts.registrable)}, not ".${inner.intended}"${intendedWhose ? `, ${intendedWhose}` : ""}: ${describeSlip(inner.edit, inner.intended)}. Did you mean ${inner.host}?`,
        towardsEnding(inner, local, `under ${q(parts.registrable)}, a domain anyone may have registered`),
      );
    }
    return undefined;
  }

  /**
   * An ending that does not exist. The fix offered is only ever a high-value ending one slip away
   * (`army.mi` → `army.mil`), never the nearest real ending (`.ni`, Nicaragua); with two equally
   * likely endings both are shown and neither is offered as the fix.
   */
  function unknownSuffixFinding(host: string, parts: DomainParts, local: string): Finding {
    const base = `".${parts.suffix}" is not a real domain ending, so mail to it cannot be delivered.`;
    const endings = policy.builtInProtection ? highValueEndingsFor(host) : [];
    if (endings.length === 1) {
      const ending = endings[0]!;
      return finding(
        "unknown-suffix",
        `${base} Did you mean ${ending.host}? (${describeSlip(ending.edit, ending.intended)})`,
        towardsEnding(ending, local, "not under a real domain ending"),
      );
    }
    if (endings.length > 1) {
      const hosts = endings.map((e) => e.host);
      return finding(
        "unknown-suffix",
        `${base} It may have been meant for ${hosts.slice(0, -1).join(", ")} or ${hosts[hosts.length - 1]!}: check which one.`,
        {
          slip: "unknown-suffix",
          alternatives: hosts.map((h) => `${local}@${h}`),
          typedIs: "not under a real domain ending",
        },
      );
    }
    return finding("unknown-suffix", base, {
      slip: "unknown-suffix",
      typedIs: "not under a real domain ending",
    });
  }

  /** The most telling acceptable resemblance of the typed host to a protected domain, if any. */
  function bestResemblance(
    host: string,
    parts: DomainParts,
    registry?: DotgovLookup,
  ): Resemblance | undefined {
    let best: Resemblance | undefined;
    for (let s = 0; s < 2; s++) {
      const found = s === 0 ? index.resemblances(host, parts) : registry ? registry.resemblances(parts) : [];
      for (let i = 0; i < found.length; i++) {
        const r = found[i]!;
        if (!acceptable(r, parts)) continue;
        if (!best || compareResemblances(r, best, host) < 0) best = r;
      }
    }
    return best;
  }

  function domainFindings(host: string, local: string): { findings: Finding[]; internal: boolean } {
    index = protectedIndex.forHosts([host]);
    const findings: Finding[] = [];
    const internal = isInternal(host);
    const blockedBy = enclosingEntry(host, blocked);
    if (blockedBy) {
      const what = blockedBy.includes(".") ? blockedBy : `.${blockedBy}`;
      findings.push(
        finding("blocked-domain", `Your organisation does not allow mail to ${q(what)} addresses.`, {
          related: blockedBy,
        }),
      );
      return { findings, internal };
    }
    const parts = splitDomain(host);
    if (!parts) {
      findings.push(
        finding(
          "unreadable-address",
          `${q(host)} is only a domain ending, not a domain anyone can receive mail at.`,
        ),
      );
      return { findings, internal };
    }
    const registry = policy.builtInProtection && mayConcernDotgov(host) ? dotgovLookup() : undefined;
    const trusted = index.trustedMatch(host, parts) ?? registry?.trustedMatch(parts);
    if (trusted && trusted.source !== "built-in") return { findings, internal };

    // A well-known domain is no slip, but its subdomains can still carry a protected name
    // (army.mil.example.com), so only the embedded-name rule applies below one.
    const best = trusted ? undefined : bestResemblance(host, parts, registry);
    let lookalike: Finding | undefined = best && resemblanceFinding(best, parts, local);
    if (!lookalike && !trusted) {
      const swap = suffixSwapTarget(parts);
      if (swap) {
        lookalike = suffixSwapFinding(swap.target, parts, local, swap.why);
        // mail.ml: Mali's ending is one letter from .mil and holds the name of mail.com, so the
        // address may have been meant for either: name both, offer neither.
        const slip = swap.foreign && policy.builtInProtection ? zeroConfigFinding(parts, local) : undefined;
        if (slip) lookalike = eitherOf(parts, slip, lookalike);
      }
    }
    if (!lookalike) {
      const inside =
        index.embeddedIn(host, parts, Boolean(trusted))[0] ??
        registry?.embeddedIn(host, parts, Boolean(trusted))[0];
      if (inside) {
        lookalike = finding(
          "embedded-domain",
          `${q(host)} is not ${q(inside.form)}, ${whoseDomain(inside.target)}: it has ${q(inside.form)} written into a different domain, ${q(parts.registrable)}.`,
          {
            ...towards(
              inside.target,
              `${local}@${inside.form}`,
              `part of ${q(parts.registrable)}, a different domain`,
            ),
            slip: "embedded",
          },
        );
      }
    }
    if (!lookalike && !trusted && policy.builtInProtection) lookalike = zeroConfigFinding(parts, local);
    if (lookalike) findings.push(lookalike);

    if (!parts.suffixIsKnown && !lookalike) findings.push(unknownSuffixFinding(host, parts, local));
    // Only a host with international (xn--) labels can mix scripts.
    if (lookalike?.code !== "homoglyph-domain" && host.includes("xn--")) {
      const unicodeHost = hostToUnicode(host);
      const mixedLabel = unicodeHost.split(".").find((label) => isMixedScript(label));
      if (mixedLabel) {
        findings.push(
          finding(
            "mixed-script",
            `${showHost(host)} mixes ${scriptNamesOf(mixedLabel).join(" and ")} letters in one name, a trick used to imitate other domains.`,
          ),
        );
      }
    }
    return { findings, internal };
  }

  function resultFor(parsed: ParsedAddress, displayName: string | undefined): AddressResult {
    const findings: Finding[] = [];
    if (parsed.invisible.length > 0) {
      const names = Array.from(new Set(parsed.invisible.map((c) => c.name)));
      findings.push(
        finding(
          "invisible-characters",
          `The address contains invisible characters (${names.join(", ")}) that can hide what it really says; they were removed before checking.`,
        ),
      );
    }
    switch (parsed.kind) {
      case "unreadable":
        findings.push(finding("unreadable-address", `This address can't be read: ${parsed.reason}.`));
        return addressResult(parsed.input, displayName, false, findings);
      case "x500":
        return addressResult(parsed.input, displayName, true, findings);
      case "ip-literal":
        findings.push(
          finding(
            "ip-literal",
            `This address goes straight to a computer's network address (${parsed.ip}) instead of a domain.`,
          ),
        );
        return addressResult(parsed.input, displayName, false, findings);
      case "email": {
        const domain = domainFindings(parsed.domain, parsed.localPart);
        for (let i = 0; i < domain.findings.length; i++) findings.push(domain.findings[i]!);
        return addressResult(parsed.input, displayName, domain.internal, findings, {
          normalised: `${parsed.localPart}@${parsed.domain}`,
          domainUnicode: parsed.domainUnicode,
        });
      }
    }
  }

  /** The address read, or what reading it threw (checkRead reports it). */
  function read(raw: string): { parsed: ParsedAddress } | { failed: unknown } {
    try {
      return { parsed: parseAddress(raw) };
    } catch (error) {
      return { failed: error };
    }
  }

  function checkAddress(raw: string, displayName?: string): AddressResult {
    return checkRead(raw, read(raw), displayName);
  }

  function checkRead(
    raw: string,
    reading: { parsed: ParsedAddress } | { failed: unknown },
    displayName: string | undefined,
  ): AddressResult {
    try {
      if ("failed" in reading) throw reading.failed;
      return resultFor(reading.parsed, displayName);
    } catch (error) {
      // Defence in depth: no input may crash a send. Report it instead of letting it through quietly.
      const detail = error instanceof Error ? error.message : String(error);
      const findings = [finding("check-failed", `This address could not be checked (${detail}).`)];
      return { address: String(raw), internal: false, verdict: verdictOf(findings), findings };
    }
  }

  /**
   * The organisations the addresses at `indexes` belong to, counting each address at a well-known
   * domain (a mail provider such as gmail.com) as its own: its people share no organisation.
   */
  function organisationsAmong(indexes: readonly number[], results: readonly AddressResult[]): number {
    const keys = new Set<string>();
    for (const i of indexes) {
      const address = results[i]!.normalised!;
      const parts = addressDomainParts(address);
      const wellKnown = parts && index.trustedMatch(parts.host, parts)?.source === "built-in";
      keys.add(wellKnown || !parts ? address : parts.registrable);
    }
    return keys.size;
  }

  function checkRecipients(recipients: readonly RecipientInput[], context: CheckContext = {}): MessageResult {
    const inputs: { raw: string; name: string | undefined; reading: ReturnType<typeof read> }[] = [];
    const hosts: string[] = [];
    for (let i = 0; i < recipients.length; i++) {
      const r = recipients[i];
      const email = typeof r?.emailAddress === "string" ? r.emailAddress.trim() : "";
      const name = typeof r?.displayName === "string" ? r.displayName : undefined;
      // Outlook sometimes leaves the address empty and puts it in the display name.
      const raw = email || (name && name.includes("@") ? name : "");
      const reading = read(raw);
      inputs.push({ raw, name, reading });
      if ("parsed" in reading && reading.parsed.kind === "email") hosts.push(reading.parsed.domain);
    }
    // The whole message's domains at once: one index of the organisation's candidates for all.
    if (hosts.length > 0) index = protectedIndex.forHosts(hosts);
    const results: AddressResult[] = [];
    for (const input of inputs) results.push(checkRead(input.raw, input.reading, input.name));
    const messageFindings: Finding[] = [];
    const external = results.filter((r) => !r.internal && r.normalised);
    const { warnAbove, warnOnUnfamiliarDomain } = policy.externalRecipients;
    if (warnAbove !== undefined && policy.internalDomains.length > 0 && external.length > warnAbove) {
      messageFindings.push(
        finding(
          "external-recipients",
          `This message goes to ${external.length} addresses outside your organisation; your organisation asks you to confirm above ${warnAbove}.`,
        ),
      );
    }
    // A group's members are not the add-in's to see: say so, and act on an outside one as the policy says.
    const own = ownRegistrable(context.ownAddress);
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (!recipients[i]?.group || !r.normalised) continue;
      const outside = isOutside(r, own);
      // One of the organisation's own is only ever named, whatever the policy's action.
      r.findings.push(
        finding(
          "group-recipient",
          `${q(r.address)} is a group${outside ? " outside your organisation" : ""}: its members are not checked.`,
          outside ? {} : { severity: "info" },
        ),
      );
      r.verdict = verdictOf(r.findings);
    }
    const seen = visibleExternalIndexes(recipients, results, context.ownAddress);
    if (seen.length > policy.externalRecipients.visibleAbove && organisationsAmong(seen, results) > 1) {
      messageFindings.push(
        finding(
          "visible-external-recipients",
          context.meeting
            ? `Everyone invited will see ${seen.length} addresses outside your organisation. Unless they need to see each other, invite them separately.`
            : `Everyone who gets this message will see ${seen.length} addresses outside your organisation in To and Cc. Unless they need to see each other, move them to Bcc.`,
        ),
      );
    }
    if (policy.externalRecipients.confirmDomains) {
      const waiting = unconfirmedDomains(results, context);
      if (waiting.length > 0)
        messageFindings.push(
          finding(
            "unconfirmed-domains",
            `Your organisation asks you to confirm each outside domain in Recipient Guard before sending: ${waiting.join(", ")}.`,
          ),
        );
    }
    const outside = unconfirmedDomains(results, { ownAddress: context.ownAddress });
    for (const f of contentFindings(
      policy.actions,
      policy.keywords,
      outside,
      context.content,
      context.meeting,
    ))
      messageFindings.push(finding(f.code, f.message, f.severity ? { severity: f.severity } : {}));
    if (warnOnUnfamiliarDomain && context.familiarDomains) {
      for (const r of external) {
        const parts = addressDomainParts(r.normalised!);
        if (!parts || context.familiarDomains.has(parts.registrable)) continue;
        const f = finding("unfamiliar-domain", `You have not written to ${q(parts.registrable)} before.`, {
          related: parts.registrable,
        });
        r.findings.push(f);
        r.verdict = verdictOf(r.findings);
      }
    }
    const allFindings = messageFindings.slice();
    for (const r of results) allFindings.push(...r.findings);
    const verdict = verdictOf(allFindings);
    return { verdict, recipients: results, findings: messageFindings };
  }

  return {
    policy,
    get protectedCount() {
      return index.size;
    },
    checkAddress,
    checkRecipients,
  };
}
