import { parseAddress, type ParsedAddress } from "./address";
import { contentFindings, type MessageContent } from "./attachments";
import { OFTEN_SENDS, type CorrespondentLookup } from "./correspondents";
import { BUILTIN_DOMAINS_TEXT } from "./data/builtin-domains.generated";
import { readFrontCoded } from "./front-coded";
import { splitDomain, type DomainParts } from "./domain";
import { enclosingEntry } from "./domain-sets";
import { dotgovLookup } from "./dotgov-lookup";
import { distanceAtMostOne } from "./edit";
import { severityFor, verdictOf, type Finding, type Verdict } from "./findings";
import type { Catalogue } from "./messages/catalogue";
import { defaultCatalogue } from "./messages/default";
import { describeDomain, describeEvidence } from "./messages/render";
import { resolvePolicy, validatePolicy, type EffectivePolicy, type Policy } from "./policy";
import { ProtectedIndex, type ProtectedSource } from "./protected-index";
import { blockedDomain } from "./rules/blocked-domain";
import { embeddedDomain } from "./rules/embedded-domain";
import { externalRecipients } from "./rules/external-recipients";
import type { Found } from "./rules/found";
import { groupRecipient } from "./rules/group-recipient";
import { invisibleCharacters } from "./rules/invisible-characters";
import { ipLiteral } from "./rules/ip-literal";
import { bestResemblance, lookalikeDomain } from "./rules/lookalike-domain";
import { mixedScript } from "./rules/mixed-script";
import { addressDomainParts, isOutside, ownRegistrable } from "./rules/outside";
import { suffixSlip } from "./rules/suffix-slip";
import { eitherOf, suffixSwap, suffixSwapTarget } from "./rules/suffix-swap";
import { unconfirmedDomains, unconfirmedDomainsFinding } from "./rules/unconfirmed-domains";
import { unfamiliarDomain } from "./rules/unfamiliar-domain";
import { addedOutsideDomain } from "./rules/added-outside-domain";
import { unknownSuffix } from "./rules/unknown-suffix";
import { checkFailed, endingOnly, unreadableAddress } from "./rules/unreadable-address";
import { visibleExternalIndexes, visibleExternalRecipients } from "./rules/visible-external-recipients";

/**
 * The checker: which rules run, in which order, and what becomes of what they find. Each rule is
 * a file in ./rules named after the finding code it reports (rules/suffix-slip.ts reports
 * suffix-slip); it returns evidence, and the message catalogue (./messages) puts it into words.
 */

export { visibleExternalIndexes } from "./rules/visible-external-recipients";
export { outsideDomainOf, unconfirmedDomains } from "./rules/unconfirmed-domains";

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
  /**
   * The outside domains this user writes to (correspondents.ts): a domain one slip from one of them
   * is a look-alike of it, and one not among them is unfamiliar-domain once the history has learned.
   */
  correspondents?: CorrespondentLookup;
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
  /**
   * A reply's: the registrable domains of the recipients Outlook put on it when it was created
   * (rules/added-outside-domain.ts). Absent for anything else, which is then never reported.
   */
  conversationDomains?: readonly string[];
}

export interface Checker {
  readonly policy: EffectivePolicy;
  readonly protectedCount: number;
  checkAddress(raw: string, displayName?: string): AddressResult;
  checkRecipients(recipients: readonly RecipientInput[], context?: CheckContext): MessageResult;
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

/**
 * Findings about how a domain is written: an address with one is not compared with correspondents.
 * unknown-suffix and mixed-script are not among them: a look-alike found explains them, as it does
 * in domainFindings.
 */
const DOMAIN_CODES: ReadonlySet<string> = new Set([
  "blocked-domain",
  "homoglyph-domain",
  "lookalike-domain",
  "suffix-swap",
  "suffix-slip",
  "embedded-domain",
  "ip-literal",
  "unreadable-address",
  "check-failed",
]);

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

export function createChecker(policy: EffectivePolicy, messages: Catalogue = defaultCatalogue): Checker {
  const protectedIndex = protectedIndexFor(policy);
  /** The policy's index for the hosts checked so far, and the one the rules use (with `own`'s layer). */
  let policyIndex = protectedIndex.forHosts([]);
  let index = policyIndex;
  const internal = new Set(policy.internalDomains);
  const blocked = new Set(policy.blockedDomains);
  /** The user's own registrable domain while checkRecipients protects it (ownDomainToProtect). */
  let ownProtected: string | undefined;
  let ownLayer: { base: ProtectedIndex; own: string; index: ProtectedIndex } | undefined;

  function useIndexFor(hosts: readonly string[]): void {
    policyIndex = protectedIndex.forHosts(hosts);
    const own = ownProtected;
    if (!own) {
      index = policyIndex;
      return;
    }
    if (!ownLayer || ownLayer.base !== policyIndex || ownLayer.own !== own)
      ownLayer = {
        base: policyIndex,
        own,
        index: new ProtectedIndex([{ host: own, source: "internal" }], policyIndex),
      };
    index = ownLayer.index;
  }

  /**
   * The user's own registrable domain (the signed-in mailbox's), to protect for this message as an
   * internal domain is, where nothing protects it yet: with no configuration, colleague@contosso.com
   * is then a slip of contoso.com, the user's own organisation's domain. A domain the policy already
   * names (internal or trusted), a well-known one (gmail.com: its users are no organisation), or one
   * under no public ending is left as it is. Only look-alikes change: the own domain's people stay
   * outside for every other rule unless the policy's internalDomains names it.
   */
  function ownDomainToProtect(registrable: string | undefined): string | undefined {
    const parts = registrable ? splitDomain(registrable) : null;
    if (!parts || !parts.suffixIsKnown || parts.registrable !== registrable || isInternal(registrable))
      return undefined;
    const base = protectedIndex.forHosts([registrable]);
    if (base.trustedMatch(registrable, parts)) return undefined;
    if (!policy.builtInProtection && builtInDomainIndex().trustedMatch(registrable, parts)) return undefined;
    return registrable;
  }

  /** What a rule found, as the finding people and programs see: the policy's severity, the catalogue's words. */
  function finding(found: Found): Finding {
    const { code, evidence } = found;
    const result: Finding = {
      code,
      severity: found.infoOnly ? "info" : severityFor(policy.actions[code]),
      message: describeEvidence(evidence, messages),
    };
    // Not enumerable: copies and comparisons of a finding see the fields they always saw, and the
    // evidence goes only where it is asked for by name (the command line's JSON).
    Object.defineProperty(result, "evidence", { value: evidence, writable: true, configurable: true });
    if (found.suggestion !== undefined) result.suggestion = found.suggestion;
    if (found.suggestionSource !== undefined) result.suggestionSource = found.suggestionSource;
    if (found.alternatives !== undefined) result.alternatives = found.alternatives;
    if (evidence.typedIs) result.typedIs = describeDomain(evidence.typedIs, messages);
    if (evidence.suggestedIs) result.suggestedIs = describeDomain(evidence.suggestedIs, messages);
    if (found.related !== undefined) result.related = found.related;
    if (found.slip !== undefined) result.slip = found.slip;
    return result;
  }

  function isInternal(host: string): boolean {
    return enclosingEntry(host, internal) !== undefined;
  }

  /**
   * The rules about a domain, in order: blocked-domain; then at most one look-alike finding
   * (homoglyph-domain or lookalike-domain, suffix-swap, embedded-domain, suffix-slip, in that order
   * of preference); unknown-suffix when nothing explains the ending; and mixed-script.
   */
  function domainFindings(host: string, local: string): { findings: Finding[]; internal: boolean } {
    useIndexFor([host]);
    const findings: Finding[] = [];
    const internal = isInternal(host);
    const isBlocked = blockedDomain(host, blocked);
    if (isBlocked) {
      findings.push(finding(isBlocked));
      return { findings, internal };
    }
    const parts = splitDomain(host);
    if (!parts) {
      findings.push(finding(endingOnly(host)));
      return { findings, internal };
    }
    const registry = policy.builtInProtection && mayConcernDotgov(host) ? dotgovLookup() : undefined;
    const trusted = index.trustedMatch(host, parts) ?? registry?.trustedMatch(parts);
    if (trusted && trusted.source !== "built-in") return { findings, internal };

    // A well-known domain is no slip, but its subdomains can still carry a protected name
    // (army.mil.example.com), so only the embedded-name rule applies below one.
    const best = trusted ? undefined : bestResemblance(index, host, parts, registry);
    let lookalike: Found | undefined = best && lookalikeDomain(best, parts, local);
    if (!lookalike && !trusted) {
      const swap = suffixSwapTarget(index, parts);
      if (swap) {
        lookalike = suffixSwap(swap, parts, local);
        // mail.ml: Mali's ending is one letter from .mil and holds the name of mail.com, so the
        // address may have been meant for either: name both, offer neither.
        const slip = swap.namespace && policy.builtInProtection ? suffixSlip(parts, local) : undefined;
        if (slip) lookalike = eitherOf(parts, slip, lookalike);
      }
    }
    if (!lookalike) lookalike = embeddedDomain(index, registry, parts, local, Boolean(trusted));
    if (!lookalike && !trusted && policy.builtInProtection) lookalike = suffixSlip(parts, local);
    if (lookalike) findings.push(finding(lookalike));

    if (!parts.suffixIsKnown && !lookalike)
      findings.push(finding(unknownSuffix(host, parts, local, policy.builtInProtection)));
    if (lookalike?.code !== "homoglyph-domain") {
      const mixed = mixedScript(host);
      if (mixed) findings.push(finding(mixed));
    }
    return { findings, internal };
  }

  function resultFor(parsed: ParsedAddress, displayName: string | undefined): AddressResult {
    const findings: Finding[] = [];
    const invisible = invisibleCharacters(parsed.invisible);
    if (invisible) findings.push(finding(invisible));
    switch (parsed.kind) {
      case "unreadable":
        findings.push(finding(unreadableAddress(parsed.problem)));
        return addressResult(parsed.input, displayName, false, findings);
      case "x500":
        return addressResult(parsed.input, displayName, true, findings);
      case "ip-literal":
        findings.push(finding(ipLiteral(parsed.ip)));
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
      const findings = [finding(checkFailed(detail))];
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

  /**
   * Every address, then the rules about the message as a whole, in order: external-recipients,
   * group-recipient (on each group), visible-external-recipients, unconfirmed-domains and
   * unfamiliar-domain and added-outside-domain (on each outside address).
   */
  function checkRecipients(recipients: readonly RecipientInput[], context: CheckContext = {}): MessageResult {
    ownProtected = ownDomainToProtect(ownRegistrable(context.ownAddress));
    try {
      return checkMessage(recipients, context);
    } finally {
      // checkAddress, alone, knows no user.
      ownProtected = undefined;
      useIndexFor([]);
    }
  }

  function checkMessage(recipients: readonly RecipientInput[], context: CheckContext): MessageResult {
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
    useIndexFor(hosts);
    const results: AddressResult[] = [];
    for (const input of inputs) results.push(checkRead(input.raw, input.reading, input.name));
    const messageFindings: Finding[] = [];
    const add = (found: Found | undefined): void => {
      if (found) messageFindings.push(finding(found));
    };
    const external = results.filter((r) => !r.internal && r.normalised);
    add(externalRecipients(external.length, policy));
    // A group's members are not the add-in's to see: say so, and act on an outside one as the policy says.
    const own = ownRegistrable(context.ownAddress);
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (!recipients[i]?.group || !r.normalised) continue;
      r.findings.push(finding(groupRecipient(r.address, isOutside(r, own))));
      r.verdict = verdictOf(r.findings);
    }
    const seen = visibleExternalIndexes(recipients, results, context.ownAddress);
    add(
      visibleExternalRecipients(
        seen.length,
        policy.externalRecipients.visibleAbove,
        () => organisationsAmong(seen, results),
        Boolean(context.meeting),
      ),
    );
    if (policy.externalRecipients.confirmDomains) add(unconfirmedDomainsFinding(results, context));
    // Attachments and keywords (attachments.ts); a keyword list may have its own action.
    const outside = (): string[] => unconfirmedDomains(results, { ownAddress: context.ownAddress });
    const history = context.correspondents;
    const isNew =
      history && !history.learning && policy.actionSources["external-attachments"] === "built-in"
        ? (domain: string) => !history.knows(domain)
        : undefined;
    for (const f of contentFindings(
      policy.actions,
      policy.keywords,
      outside,
      context.content,
      context.meeting,
      isNew,
    )) {
      const made = finding({ code: f.code, evidence: f.evidence });
      if (f.severity) made.severity = f.severity;
      messageFindings.push(made);
    }
    if (context.correspondents) correspondentFindings(results, context.correspondents, own);
    if (context.conversationDomains) {
      const original = new Set(context.conversationDomains);
      for (const r of results) {
        const parts = isOutside(r, own) && addressDomainParts(r.normalised!);
        const added = parts && addedOutsideDomain(parts.registrable, original);
        if (!added) continue;
        r.findings.push(finding(added));
        r.verdict = verdictOf(r.findings);
      }
    }
    const allFindings = messageFindings.slice();
    for (const r of results) allFindings.push(...r.findings);
    const verdict = verdictOf(allFindings);
    return { verdict, recipients: results, findings: messageFindings };
  }

  /**
   * Against the user's own correspondents, for each outside domain they have not written to often:
   * a look-alike of one they write to often (lookalike-domain or homoglyph-domain, against the
   * learned domain), else, once the history has learned and the domain was never written to,
   * unfamiliar-domain. A domain written to once is no correspondent yet: the send that taught it may
   * itself have been the slip (northwindtrader.com once, northwindtraders.com every day). Addresses
   * that already have a finding about their domain are left as they are, and a domain the
   * organisation or the user trusts is never a look-alike of a learned one.
   */
  function correspondentFindings(
    results: readonly AddressResult[],
    correspondents: CorrespondentLookup,
    own: string | undefined,
  ): void {
    const unfamiliar: { r: AddressResult; parts: DomainParts; known: boolean; compared: boolean }[] = [];
    const near: { host: string; source: "learned" }[] = [];
    for (const r of results) {
      const parts = isOutside(r, own) && addressDomainParts(r.normalised!);
      if (!parts) continue;
      const sends = correspondents.sendsTo(parts.registrable);
      if (sends >= OFTEN_SENDS) continue;
      if (r.findings.some((f) => DOMAIN_CODES.has(f.code))) continue;
      // A domain the organisation or the user trusts is meant, whatever it resembles.
      const trusted = index.trustedMatch(parts.host, parts);
      const compared = !trusted || trusted.source === "built-in";
      unfamiliar.push({ r, parts, known: sends > 0, compared });
      if (compared)
        for (const host of correspondents.oftenNear(parts.registrable))
          if (!near.some((d) => d.host === host)) near.push({ host, source: "learned" });
    }
    const learned = near.length > 0 ? new ProtectedIndex(near) : undefined;
    for (const { r, parts, known, compared } of unfamiliar) {
      const normalised = r.normalised!;
      const best = compared && learned && bestResemblance(learned, parts.host, parts);
      const found =
        (best && lookalikeDomain(best, parts, normalised.slice(0, normalised.lastIndexOf("@")))) ||
        (correspondents.learning || known ? undefined : unfamiliarDomain(parts.registrable));
      if (!found) continue;
      if (found.code !== "unfamiliar-domain")
        r.findings = r.findings.filter(
          (f) =>
            f.code !== "unknown-suffix" && (f.code !== "mixed-script" || found.code !== "homoglyph-domain"),
        );
      r.findings.push(finding(found));
      r.verdict = verdictOf(r.findings);
    }
  }

  return {
    policy,
    get protectedCount() {
      return policyIndex.size;
    },
    checkAddress,
    checkRecipients,
  };
}
