/**
 * `recipient-guard exchange`: an Exchange Online PowerShell script that builds mail flow rules
 * (transport rules) from the same policy the add-in enforces, as a server-side net for mail sent
 * where the add-in did not run. docs/exchange.md explains the rules and their limits.
 *
 * Everything the rules match is derived from the checker itself: the zero-configuration slip
 * endings from its own tables (`slipEndings`), the lookalikes of the organisation's domains by
 * asking the checker which one-slip variants it flags. Every value is validated and written as a
 * single-quoted PowerShell string (src/cli/powershell.ts). What the script prints and throws, and
 * the notices its rules give senders, are in the command line's language (`exchangeScript`).
 */
import { createHash } from "node:crypto";
import type { Checker, EffectivePolicy } from "../checker";
import { fill, type Language } from "../checker/messages/catalogue";
import { parseAddress } from "../checker";
import { isSameOrSubdomain, splitDomain } from "../checker/domain";
import type { Verdict } from "../checker/findings";
import { slipEndings, typingSlips, type SlipEnding } from "../checker/suffix-slips";
import { STAMP_HEADER, USER_ACTIONS, type UserAction } from "../shared/stamp";
import { PSL_BELOW_ENDINGS_TEXT } from "./data/psl-below-endings.generated";
import { exchangeFaultText, exchangeNoteText } from "./exchange-words";
import { CLI_CATALOGUES, cliText, type CliKey } from "./messages";
import {
  isMessageText,
  isScriptText,
  psArray,
  psQuote,
  scriptSafeText,
  withByteOrderMark,
} from "./powershell";

/** Every rule the script owns has a name starting with this; nothing else is touched. */
export const RULE_PREFIX = "Recipient Guard: ";

/**
 * Exchange Online's limits (the "Journal, transport, and inbox rule limits" of Exchange Online
 * limits): 300 rules per organisation, 8 KB per rule, 20 KB of regular expressions across all
 * rules; a rule name of at most 64 characters, comments of at most 1,024, a rejection text of at
 * most 1,024 (New-TransportRule), at most 10 moderators per rule.
 */
export const EXCHANGE_LIMITS = {
  rules: 300,
  ruleBytes: 8 * 1024,
  regexCharacters: 20 * 1024,
  nameLength: 64,
  commentsLength: 1024,
  rejectTextLength: 1024,
  moderators: 10,
} as const;

/**
 * What we let one rule's conditions, exceptions and actions take of its 8 KB. Microsoft counts
 * "the characters used in the conditions, exceptions, and actions" without saying how a list is
 * stored, so each value is counted with 6 characters of separators (as the rule's description
 * writes it: `'a' or 'b'`) and 1 KB is left over.
 */
export const RULE_SIZE_BUDGET = 7 * 1024;
const VALUE_OVERHEAD = 6;

/** The enhanced status codes of our rejections (5.7.900–5.7.999 are for such rules). */
export const STATUS_BLOCKED = "5.7.900";
export const STATUS_UNCHECKED = "5.7.901";

export type UncheckedAction = "hold" | "reject";
export type LookalikeScope = "internal" | "trusted" | "none";

export interface ExchangeOptions {
  /** Mail without the add-in's header to a slip or lookalike: held for moderators, or bounced. */
  unchecked: UncheckedAction;
  /** With `hold`: the moderators' addresses (1–10). */
  moderators: string[];
  /** A mailbox that gets a blind copy of every message sent with Send Anyway. */
  copySentAnywayTo?: string;
  /** Whose lookalikes get rules: the internal domains, also the trusted ones, or none. */
  lookalikes: LookalikeScope;
  /** The most rules this run may write (≤ 300). */
  maxRules: number;
  /** The add-in version, for the rules' comments. */
  version: string;
  /** Where the policy came from (a file name, or "the built-in policy"), for the comments. */
  policySource: string;
  /** The policy file's text, fingerprinted in the comments; absent for the built-in policy. */
  policyText?: string;
  /**
   * The language of what the script prints and throws, of the notices its rules give senders and of
   * the rules' comments (English when absent). Rule names, the help at the top and the values from
   * the policy do not change with it.
   */
  language?: Language;
}

export type RuleKind =
  | "blocked-domains"
  | "blocked-endings"
  | "unchecked-endings"
  | "unchecked-blocked"
  | "unchecked-lookalikes"
  | "sent-anyway-copy";

/** A PowerShell parameter value: a string, or a list of strings. */
export type ParamValue = string | string[];

export interface ExchangeRule {
  name: string;
  kind: RuleKind;
  /** New-TransportRule / Set-TransportRule parameters, in order (Name and Mode excepted). */
  params: [string, ParamValue][];
  /** Characters of regular expressions in its conditions and exceptions. */
  regexCharacters: number;
  /** Our estimate of its size against the 8 KB limit (see RULE_SIZE_BUDGET). */
  size: number;
  /** What it does, in a sentence, for the script's header. */
  summary: string;
}

export interface ExchangePlan {
  rules: ExchangeRule[];
  regexCharacters: number;
  /** The slip endings covered, with the ending each was probably meant for. */
  endings: { typed: string; intended: string[] }[];
  /** Lookalike domains listed, per protected domain. */
  lookalikeCount: number;
  protectedCount: number;
  /** Things the administrator should know (left out, not expressible). */
  notes: ExchangeNote[];
}

/** Something the administrator should know about the rules: exchange-words.ts words it. */
export type ExchangeNote =
  | { note: "blocked-allowed" | "endings-not-flagged" | "lookalikes-none" }
  | { note: "trusted-lookalikes"; count: number };

/** A list of the policy's a domain comes from, and its place in it (1-based). */
export interface PolicyPlace {
  list: "internal" | "trusted" | "blocked";
  index: number;
}

/** Why the rules cannot be written, as data: the command line says it in its language. */
export type ExchangeFault =
  /** `value`, shown as a JSON string, cannot go into a rule. */
  | { why: "domain"; where: PolicyPlace; value: string }
  | { why: "address"; role: "moderator" | "copy"; value: string }
  | { why: "too-long"; value: string }
  | { why: "max-rules"; limit: number }
  | { why: "hold-needs-moderator" | "moderator-without-hold" }
  | { why: "moderators"; limit: number; given: number }
  | {
      why: "too-many-rules";
      rules: number;
      lookalikes: number;
      protected: number;
      blocked: number;
      /** The --max-rules given, when lower than Exchange Online's limit. */
      maxRules?: number;
      limit: number;
      lookalikeScope: LookalikeScope;
    }
  | { why: "regex"; characters: number; limit: number; blockedDomainsToo: boolean };

/** Rules that cannot be written; the message is the English one (exchange-words.ts). */
export class ExchangeError extends Error {
  constructor(readonly fault: ExchangeFault) {
    super(exchangeFaultText(fault, cliText("en")));
    this.name = "ExchangeError";
  }
}

const ADDRESS_LOCAL = /^[A-Za-z0-9!#$%&*+/=?^_{|}~.-]{1,64}$/;
const ASCII_HOST =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * A policy domain as it may go into a rule: lower-case ASCII (punycode), read by the checker's own
 * address parser to exactly itself. Anything else is refused, naming where it came from.
 */
export function ruleDomain(domain: string, where: PolicyPlace, allowEnding = false): string {
  // A whole ending (`tk`) is read as the host of a name under it.
  const host = domain.includes(".") ? domain : `a.${domain}`;
  const parsed = parseAddress(`x@${host}`);
  const ok =
    ASCII_HOST.test(domain) &&
    parsed.kind === "email" &&
    parsed.domain === host &&
    (allowEnding || domain.includes("."));
  if (!ok) {
    throw new ExchangeError({ why: "domain", where, value: JSON.stringify(scriptSafeText(domain)) });
  }
  return domain;
}

/** An SMTP address for ModerateMessageByUser or BlindCopyTo; anything else is refused. */
export function ruleAddress(address: string, role: "moderator" | "copy"): string {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at);
  const host = address.slice(at + 1).toLowerCase();
  const parsed = parseAddress(address);
  const ok =
    at > 0 &&
    ADDRESS_LOCAL.test(local) &&
    !local.startsWith(".") &&
    !local.endsWith(".") &&
    !local.includes("..") &&
    ASCII_HOST.test(host) &&
    host.includes(".") &&
    parsed.kind === "email" &&
    parsed.domain === host;
  if (!ok) {
    throw new ExchangeError({ why: "address", role, value: JSON.stringify(scriptSafeText(address)) });
  }
  return `${local}@${host}`;
}

// The header the send handler stamps (src/shared/stamp.ts). A message carries it when the add-in
// checked it; the rules below only need to know that, and, for the copy, that the user pressed
// Send Anyway. A message stamped `stopped` was stopped by the check and left without one (the
// add-in could not run at a later send): it counts as unchecked.
const VERDICTS = ["allow", "warn", "block"] as const satisfies readonly Verdict[];
const SENT_ANYWAY: UserAction = "sent-anyway";
const LET_THROUGH = USER_ACTIONS.filter((user) => user !== "stopped");
/** Matches the value of every header stampValue writes for a message the check let go. */
export const STAMPED_PATTERN = `verdict=(${VERDICTS.join("|")}); codes=\\S+; user=(${LET_THROUGH.join("|")})$`;
/** Matches a stamp that says the user sent with Send Anyway. */
export const SENT_ANYWAY_PATTERN = `; user=${SENT_ANYWAY}$`;

/** The labels below each top-level ending that are endings themselves, from the generated table. */
let belowEndings: Map<string, string[]> | undefined;
function labelsBelow(ending: string): string[] {
  if (!belowEndings) {
    belowEndings = new Map();
    for (const row of PSL_BELOW_ENDINGS_TEXT.split("\n")) {
      const [tld, labels] = row.split("|");
      if (tld && labels) belowEndings.set(tld, labels.split(","));
    }
  }
  return belowEndings.get(ending) ?? [];
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
const LABEL = "[a-z0-9-]+";

export interface EndingPattern {
  typed: string;
  intended: string[];
  /** A .NET (and JavaScript) regular expression for a recipient address under a slip of it. */
  pattern: string;
}

/**
 * One pattern per zero-configuration slip ending: an address whose registrable domain is a name
 * directly under the ending, in the checker's terms. The ending's own namespaces (`com.om`, from
 * the Public Suffix List) and the organisation's own or trusted domains under it are left out.
 */
export function endingPatterns(exempt: readonly string[]): EndingPattern[] {
  const byEnding = new Map<string, SlipEnding[]>();
  for (const slip of slipEndings()) byEnding.set(slip.typed, [...(byEnding.get(slip.typed) ?? []), slip]);
  const out: EndingPattern[] = [];
  for (const [typed, slips] of byEnding) {
    const ending = `\\.${escapeRegex(typed)}$`;
    const namePatterns = new Set(
      slips.map(
        (slip) =>
          `${slip.lettersOnly ? "[a-z]+" : LABEL}${slip.nameEndsWith ? escapeRegex(slip.nameEndsWith) : ""}`,
      ),
    );
    // A name of any label already covers the narrower ones.
    const nameList = namePatterns.has(LABEL) ? [LABEL] : [...namePatterns].sort();
    const name = nameList.length === 1 ? nameList[0]! : `(?:${nameList.join("|")})`;
    // Names no slip of this ending accepts: registry structure (gov.ml, us.mil.cm), or a dot shift
    // whose name before the moved letter is (govm.il). Left out wherever they stand.
    const structural = new Set(slips.flatMap((slip) => slip.structuralNames));
    const candidates = new Set(structural);
    for (const slip of slips)
      if (slip.nameEndsWith) structural.forEach((n) => candidates.add(n + slip.nameEndsWith));
    const nameRegex = new RegExp(`^${name}$`);
    const notNames = [...candidates]
      .filter((n) => nameRegex.test(n) && !slips.some((slip) => acceptsName(slip, n)))
      .sort();
    const structuralPart =
      notNames.length > 0 ? `(?!(?:${LABEL}\\.)*(?:${notNames.map(escapeRegex).join("|")})${ending})` : "";
    // A namespace of the ending's own registry only with a name in front of it (shop.com.om; a
    // bare com.om is split as a name under om).
    const below = labelsBelow(typed).filter((l) => !notNames.includes(l));
    const namespaces = below.includes("*")
      ? `(?!(?:${LABEL}\\.)+${LABEL}${ending})`
      : below.length > 0
        ? `(?!(?:${LABEL}\\.)+(?:${below.map(escapeRegex).join("|")})${ending})`
        : "";
    const own = exempt.filter((d) => d.endsWith(`.${typed}`)).sort();
    const ownPart =
      own.length > 0 ? `(?!(?:${LABEL}\\.)*(?:${own.map((d) => escapeRegex(d)).join("|")})$)` : "";
    out.push({
      typed,
      intended: [...new Set(slips.flatMap((slip) => slip.intended))].sort(),
      pattern: `@${structuralPart}${namespaces}${ownPart}(?:${LABEL}\\.)*${name}${ending}`,
    });
  }
  return out.sort((a, b) => (a.typed < b.typed ? -1 : a.typed > b.typed ? 1 : 0));
}

/** Whether the checker flags `name` directly under the slip's ending (see SlipEnding). */
function acceptsName(slip: SlipEnding, name: string): boolean {
  const letters = (n: string): boolean => !slip.lettersOnly || /^[a-z]+$/.test(n);
  if (!slip.nameEndsWith) return letters(name) && !slip.structuralNames.includes(name);
  if (!name.endsWith(slip.nameEndsWith)) return false;
  const before = name.slice(0, -slip.nameEndsWith.length);
  return before.length > 0 && letters(before) && !slip.structuralNames.includes(before);
}

/** What the checker flags an address at `host` for, when it is a slip of `target` (or under it). */
function flagsAsSlipOf(checker: Checker, host: string, target: string): boolean {
  const result = checker.checkAddress(`x@${host}`);
  if (result.verdict === "allow") return false;
  return result.findings.some((f) => {
    const meant = [f.suggestion, ...(f.alternatives ?? [])].filter((s): s is string => !!s);
    return meant.some((s) => isSameOrSubdomain(s.slice(s.lastIndexOf("@") + 1), target));
  });
}

/**
 * The one-slip variants of `domain` (a letter dropped, doubled, swapped, or a neighbouring key
 * pressed) that the checker flags as slips of it, under real endings (mail to an ending that does
 * not exist cannot be delivered anyway).
 */
export function lookalikesOf(checker: Checker, domain: string): string[] {
  const out: string[] = [];
  for (const candidate of [...typingSlips(domain)].sort()) {
    if (!ASCII_HOST.test(candidate) || !candidate.includes(".")) continue;
    const parts = splitDomain(candidate);
    if (!parts || !parts.suffixIsKnown) continue;
    if (flagsAsSlipOf(checker, candidate, domain)) out.push(candidate);
  }
  return out;
}

/** Splits values into the fewest lists, in order, that keep a rule within RULE_SIZE_BUDGET. */
function chunk(values: readonly string[], fixedSize: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = fixedSize;
  for (const value of values) {
    const cost = value.length + VALUE_OVERHEAD;
    if (fixedSize + cost > RULE_SIZE_BUDGET) {
      throw new ExchangeError({ why: "too-long", value: scriptSafeText(value.slice(0, 80)) });
    }
    if (current.length > 0 && size + cost > RULE_SIZE_BUDGET) {
      chunks.push(current);
      current = [];
      size = fixedSize;
    }
    current.push(value);
    size += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const PATTERN_PARAMS = /Patterns$/;

function sizeOf(params: [string, ParamValue][]): { size: number; regexCharacters: number } {
  let size = 0;
  let regexCharacters = 0;
  for (const [name, value] of params) {
    if (name === "Comments") continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      size += v.length + VALUE_OVERHEAD;
      if (PATTERN_PARAMS.test(name)) regexCharacters += v.length;
    }
  }
  return { size, regexCharacters };
}

/** A text of the script in its language (src/cli/messages/, the `script.` keys), as written there. */
function scriptWords(options: ExchangeOptions, key: CliKey): string {
  return CLI_CATALOGUES[options.language ?? "en"][key];
}

/** Works out the rules for `policy`; throws ExchangeError when they cannot be written. */
export function planExchangeRules(
  checker: Checker,
  policy: EffectivePolicy,
  options: ExchangeOptions,
): ExchangePlan {
  if (
    !Number.isInteger(options.maxRules) ||
    options.maxRules < 1 ||
    options.maxRules > EXCHANGE_LIMITS.rules
  ) {
    throw new ExchangeError({ why: "max-rules", limit: EXCHANGE_LIMITS.rules });
  }
  const moderators = options.moderators.map((m) => ruleAddress(m, "moderator"));
  if (options.unchecked === "hold" && moderators.length === 0) {
    throw new ExchangeError({ why: "hold-needs-moderator" });
  }
  if (options.unchecked !== "hold" && moderators.length > 0) {
    throw new ExchangeError({ why: "moderator-without-hold" });
  }
  if (moderators.length > EXCHANGE_LIMITS.moderators) {
    throw new ExchangeError({
      why: "moderators",
      limit: EXCHANGE_LIMITS.moderators,
      given: moderators.length,
    });
  }
  const copyTo =
    options.copySentAnywayTo === undefined ? undefined : ruleAddress(options.copySentAnywayTo, "copy");

  const internal = policy.internalDomains.map((d, i) => ruleDomain(d, { list: "internal", index: i + 1 }));
  const trusted = policy.trustedDomains
    .filter((t) => t.source !== "built-in")
    .map((t, i) => ruleDomain(t.domain, { list: "trusted", index: i + 1 }, true));
  const blocked = policy.blockedDomains.map((d, i) => ruleDomain(d, { list: "blocked", index: i + 1 }, true));
  const exempt = [...internal, ...trusted];
  const isBlocked = (host: string): boolean => blocked.some((b) => isSameOrSubdomain(host, b));

  const comments = commentsFor(options);
  const scopes: [string, ParamValue][] = [
    ["FromScope", "InOrganization"],
    ["SentToScope", "NotInOrganization"],
  ];
  // Exceptions are alternatives: a stamped message, or a meeting request or response. Outlook gives
  // a meeting being organised no internet headers, so the add-in cannot stamp invitations it checked
  // (docs/stamp.md); without this the net would bounce every checked invitation to such a domain.
  const uncheckedException: [string, ParamValue][] = [
    ["ExceptIfHeaderMatchesMessageHeader", STAMP_HEADER],
    ["ExceptIfHeaderMatchesPatterns", [STAMPED_PATTERN]],
    ["ExceptIfMessageTypeMatches", "Calendaring"],
  ];
  const uncheckedAction: [string, ParamValue][] =
    options.unchecked === "hold"
      ? [["ModerateMessageByUser", moderators]]
      : [
          ["RejectMessageReasonText", scriptWords(options, "script.notice.unchecked")],
          ["RejectMessageEnhancedStatusCode", STATUS_UNCHECKED],
        ];
  const uncheckedWord = options.unchecked === "hold" ? "held" : "bounced";
  const uncheckedDoes =
    options.unchecked === "hold"
      ? `is held until one of ${moderators.length === 1 ? "the moderator" : `the ${moderators.length} moderators`} approves it`
      : `is bounced to the sender with a notice (${STATUS_UNCHECKED})`;

  const rules: ExchangeRule[] = [];
  const notes: ExchangeNote[] = [];
  const add = (
    base: string,
    kind: RuleKind,
    conditions: [string, ParamValue][],
    listParam: string | undefined,
    values: readonly string[],
    summary: (count: number) => string,
  ): void => {
    const fixed = [["Comments", comments], ...conditions] as [string, ParamValue][];
    if (!listParam) {
      rules.push(rule(base, kind, fixed, summary(0)));
      return;
    }
    const lists = chunk(values, sizeOf(fixed).size + listParam.length);
    lists.forEach((list, i) => {
      const params = [...fixed];
      // The list goes first among the conditions, after the comments, for a readable script.
      params.splice(1, 0, [listParam, list]);
      rules.push(rule(`${base}, part ${i + 1}`, kind, params, summary(list.length)));
    });
  };

  // 1. Blocked domains: rejected whatever the header says, as the add-in blocks them, unless the
  //    policy lets users confirm them (then they are treated like the slips below).
  const blockedAction = policy.actions["blocked-domain"];
  const blockedDomains = blocked.filter((d) => d.includes("."));
  const blockedEndings = blocked.filter((d) => !d.includes("."));
  const endingRegex = (e: string): string => `\\.${escapeRegex(e)}$`;
  if (blockedAction === "block") {
    const reject: [string, ParamValue][] = [
      ["RejectMessageReasonText", scriptWords(options, "script.notice.blocked")],
      ["RejectMessageEnhancedStatusCode", STATUS_BLOCKED],
    ];
    if (blockedDomains.length > 0)
      add(
        "blocked domains",
        "blocked-domains",
        [...scopes, ...reject],
        "RecipientDomainIs",
        blockedDomains,
        (n) =>
          `Rejects (${STATUS_BLOCKED}) mail to ${n} blocked domain${n === 1 ? "" : "s"} and their subdomains.`,
      );
    if (blockedEndings.length > 0)
      add(
        "blocked endings",
        "blocked-endings",
        [...scopes, ...reject],
        "RecipientAddressMatchesPatterns",
        blockedEndings.map(endingRegex),
        (n) =>
          `Rejects (${STATUS_BLOCKED}) mail to ${n} blocked ending${n === 1 ? "" : "s"} (${blockedEndings.map((e) => `.${e}`).join(", ")}).`,
      );
  } else if (blockedAction === "warn" && blocked.length > 0) {
    const values = [
      ...blockedDomains.map((d) => `[@.]${escapeRegex(d)}$`),
      ...blockedEndings.map(endingRegex),
    ];
    add(
      `unchecked, blocked domains, ${uncheckedWord}`,
      "unchecked-blocked",
      [...scopes, ...uncheckedException, ...uncheckedAction],
      "RecipientAddressMatchesPatterns",
      values,
      (n) =>
        `Mail without the add-in's header to ${n} blocked domain${n === 1 ? "" : "s"} ${uncheckedDoes} (the policy lets users confirm blocked domains).`,
    );
  } else if (blocked.length > 0) {
    notes.push({ note: "blocked-allowed" });
  }

  // 2. The zero-configuration slip endings, as the checker with this policy flags them.
  const probe = (typed: string, lettersOnly: boolean, endsWith?: string): string =>
    `${lettersOnly ? "army" : "contoso"}${endsWith ?? ""}.${typed}`;
  const slips = slipEndings();
  const flagged = new Set(
    slips
      .filter(
        (s) => checker.checkAddress(`x@${probe(s.typed, s.lettersOnly, s.nameEndsWith)}`).verdict !== "allow",
      )
      .map((s) => s.typed),
  );
  const endings = endingPatterns(exempt).filter((e) => flagged.has(e.typed) && !blocked.includes(e.typed));
  if (endings.length > 0) {
    const list = endings
      .map((e) => `.${e.typed} (for ${e.intended.map((s) => `.${s}`).join(" or ")})`)
      .join(", ");
    add(
      `unchecked, slip endings, ${uncheckedWord}`,
      "unchecked-endings",
      [...scopes, ...uncheckedException, ...uncheckedAction],
      "RecipientAddressMatchesPatterns",
      endings.map((e) => e.pattern),
      () => `Mail without the add-in's header to a name under ${list} ${uncheckedDoes}.`,
    );
  } else if (slips.length > 0) {
    notes.push({ note: "endings-not-flagged" });
  }

  // 3. Lookalikes of the organisation's own (and, if asked, trusted) domains.
  const protectedDomains =
    options.lookalikes === "none"
      ? []
      : options.lookalikes === "trusted"
        ? [...internal, ...trusted]
        : internal;
  const endingRegexes = endings.map((e) => new RegExp(e.pattern, "i"));
  const lookalikes = new Set<string>();
  for (const domain of protectedDomains) {
    if (!domain.includes(".")) continue;
    for (const variant of lookalikesOf(checker, domain)) {
      if (isBlocked(variant) || endingRegexes.some((r) => r.test(`x@${variant}`))) continue;
      if (exempt.some((d) => isSameOrSubdomain(variant, d))) continue;
      lookalikes.add(variant);
    }
  }
  if (lookalikes.size > 0) {
    add(
      `unchecked, lookalikes, ${uncheckedWord}`,
      "unchecked-lookalikes",
      [...scopes, ...uncheckedException, ...uncheckedAction],
      "RecipientDomainIs",
      [...lookalikes].sort(),
      (n) =>
        `Mail without the add-in's header to ${n} one-slip lookalike${n === 1 ? "" : "s"} of the organisation's domains ${uncheckedDoes}.`,
    );
  }
  if (options.lookalikes === "none" && internal.length + trusted.length > 0) {
    notes.push({ note: "lookalikes-none" });
  } else if (options.lookalikes === "internal" && trusted.length > 0) {
    notes.push({ note: "trusted-lookalikes", count: trusted.length });
  }

  // 4. A blind copy of what was sent with Send Anyway.
  if (copyTo) {
    add(
      "copy of mail sent with Send Anyway",
      "sent-anyway-copy",
      [
        ["FromScope", "InOrganization"],
        ["HeaderMatchesMessageHeader", STAMP_HEADER],
        ["HeaderMatchesPatterns", [SENT_ANYWAY_PATTERN]],
        ["BlindCopyTo", [copyTo]],
      ],
      undefined,
      [],
      () => `Sends a blind copy of every message whose header says Send Anyway to ${copyTo}.`,
    );
  }

  const regexCharacters = rules.reduce((sum, r) => sum + r.regexCharacters, 0);
  const limit = Math.min(options.maxRules, EXCHANGE_LIMITS.rules);
  if (rules.length > limit) {
    throw new ExchangeError({
      why: "too-many-rules",
      rules: rules.length,
      lookalikes: lookalikes.size,
      protected: protectedDomains.length,
      blocked: blocked.length,
      ...(options.maxRules < EXCHANGE_LIMITS.rules ? { maxRules: options.maxRules } : {}),
      limit: EXCHANGE_LIMITS.rules,
      lookalikeScope: options.lookalikes,
    });
  }
  if (regexCharacters > EXCHANGE_LIMITS.regexCharacters) {
    throw new ExchangeError({
      why: "regex",
      characters: regexCharacters,
      limit: EXCHANGE_LIMITS.regexCharacters,
      blockedDomainsToo: blockedAction === "warn",
    });
  }
  return {
    rules,
    regexCharacters,
    endings: endings.map((e) => ({ typed: e.typed, intended: e.intended })),
    lookalikeCount: lookalikes.size,
    protectedCount: protectedDomains.length,
    notes,
  };
}

function rule(name: string, kind: RuleKind, params: [string, ParamValue][], summary: string): ExchangeRule {
  const full = `${RULE_PREFIX}${name}`;
  if (full.length > EXCHANGE_LIMITS.nameLength) throw new Error(`rule name too long: ${full}`);
  for (const [param, value] of params) {
    if (param === "RejectMessageReasonText" && (value as string).length > EXCHANGE_LIMITS.rejectTextLength)
      throw new Error(`rejection text too long: ${full}`);
  }
  const { size, regexCharacters } = sizeOf(params);
  return { name: full, kind, params, size, regexCharacters, summary };
}

function policyFingerprint(options: ExchangeOptions): string {
  return options.policyText === undefined
    ? "built-in"
    : `sha256:${createHash("sha256").update(options.policyText).digest("hex").slice(0, 16)}`;
}

/** The policy source main.ts gives when there is no --policy: said in the script's language. */
const BUILT_IN_SOURCE = "the built-in policy";

function commentsFor(options: ExchangeOptions): string {
  const source =
    options.policyText === undefined && options.policySource === BUILT_IN_SOURCE
      ? scriptWords(options, "script.builtInPolicy")
      : scriptSafeText(options.policySource).slice(0, 300);
  return fill(scriptWords(options, "script.comments"), {
    version: scriptSafeText(options.version).slice(0, 40),
    source,
    fingerprint: policyFingerprint(options),
    prefix: `'${RULE_PREFIX}'`,
  }).slice(0, EXCHANGE_LIMITS.commentsLength);
}

const INDENT = "    ";

/**
 * The script's own words, by the name its message table gives them (`$Messages.Plan`), in the
 * order the table lists them. The texts are the `script.` keys of src/cli/messages/.
 */
export const SCRIPT_MESSAGES = [
  ["AndMore", "script.andMore"],
  ["NotConnected", "script.notConnected"],
  ["TooManyRules", "script.tooManyRules"],
  ["TooMuchRegex", "script.tooMuchRegex"],
  ["Plan", "script.plan"],
  ["VerbCreate", "script.verb.create"],
  ["VerbUpdate", "script.verb.update"],
  ["PlanRule", "script.planRule"],
  ["Disabled", "script.disabled"],
  ["Stale", "script.stale"],
  ["DryRun", "script.dryRun"],
  ["Removed", "script.removed"],
  ["Updated", "script.updated"],
  ["Created", "script.created"],
  ["Stopped", "script.stopped"],
  ["Done", "script.done"],
] as const satisfies readonly (readonly [string, CliKey])[];

export type ScriptMessage = (typeof SCRIPT_MESSAGES)[number][0];

/** What the message table names each rule text it holds (a notice, the comments). */
const RULE_TEXTS: readonly (readonly [string, (options: ExchangeOptions) => string])[] = [
  ["NoticeBlocked", (o) => scriptWords(o, "script.notice.blocked")],
  ["NoticeUnchecked", (o) => scriptWords(o, "script.notice.unchecked")],
  ["RuleComments", (o) => commentsFor(o)],
];

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  de: "German",
  fr: "French",
  ja: "Japanese",
};

/** The first and last lines of the message table: ASCII, and found by the tests. */
export const MESSAGES_BEGIN = "# ---- Messages ";
export const MESSAGES_END = "# ---- End of messages ";
const rulerTo = (start: string): string => start.padEnd(100, "-");

/**
 * The message table's first entry, which the script checks before anything else: a file that lost
 * its byte-order mark is read by Windows PowerShell 5.1 in the ANSI code page, where these two
 * UTF-8 bytes are two other characters (Ã© in 1252, two katakana in 932). Neither byte is one a
 * code page reads as a quote, so the entry itself always parses.
 */
const ENCODING_CHECK = "\u00e9";

/**
 * The whole PowerShell script for a plan; every value single-quoted.
 *
 * In English it is pure ASCII, its words written where they are used. In another language the
 * words are gathered in one message table (`$Messages`) after the parameters, each a single-quoted
 * string on its own line with no control character; the code refers to them by name and the rules
 * take their notices and comments from there. The table is the only place non-ASCII text may be,
 * and then the text starts with a byte-order mark (U+FEFF): Windows PowerShell 5.1 reads a file
 * without one in the machine's ANSI code page, with one as UTF-8; PowerShell 7 reads both as UTF-8.
 * Everything outside the table, and so every value from the policy, is checked to be ASCII.
 */
export function exchangeScript(plan: ExchangePlan, options: ExchangeOptions): string {
  const language = options.language ?? "en";
  const catalogue = CLI_CATALOGUES[language];
  const english = language === "en";
  const words = (name: ScriptMessage): string => {
    const [, key] = SCRIPT_MESSAGES.find(([n]) => n === name)!;
    return english ? psQuote(catalogue[key]) : `$Messages.${name}`;
  };
  // In another language the rules' texts are in the table too: the rules name them.
  const used = new Set(plan.rules.flatMap((r) => r.params.map(([, value]) => value)));
  const ruleTexts = english
    ? []
    : RULE_TEXTS.map(([name, text]) => [name, text(options)] as const).filter(([, text]) => used.has(text));
  const byText = new Map(ruleTexts.map(([name, text]) => [text, `$Messages.${name}`]));
  const psValue = (value: ParamValue, indent: string): string =>
    Array.isArray(value) ? psArray(value, indent) : (byText.get(value) ?? psQuote(value));

  const header = explanation(plan, options);
  const rules = plan.rules
    .map((r) => {
      const params = r.params
        .map(([name, value]) => `${INDENT}${INDENT}${INDENT}${name} = ${psValue(value, INDENT.repeat(3))}`)
        .join("\n");
      return `${INDENT}[ordered]@{\n${INDENT}${INDENT}Name = ${psQuote(r.name)}\n${INDENT}${INDENT}Parameters = [ordered]@{\n${params}\n${INDENT}${INDENT}}\n${INDENT}}`;
    })
    .join(",\n");
  const table: (readonly [string, string])[] = english
    ? []
    : [
        ["Encoding", ENCODING_CHECK],
        ...SCRIPT_MESSAGES.map(([name, key]): [string, string] => [name, catalogue[key]]),
        ...ruleTexts,
      ];
  if (!table.every(([name, text]) => /^[A-Za-z]+$/.test(name) && isMessageText(text)))
    throw new Error("internal error: a message of the script has a control character");
  const width = Math.max(0, ...table.map(([name]) => name.length));
  const tableLines = table.map(([name, text]) => `${INDENT}${name.padEnd(width)} = ${psQuote(text)}`);
  const messages = (lines: readonly string[]): string =>
    english
      ? ""
      : [
          "",
          rulerTo(`${MESSAGES_BEGIN}(${LANGUAGE_NAMES[language]}) `),
          "# What this script prints and throws, and the texts its rules give Exchange: the notice a sender",
          "# gets when a rule bounces a message, and the rules' comments. This table is the only part of the",
          "# file that may hold characters outside ASCII; that is why the file starts with a UTF-8 byte-order",
          "# mark, without which Windows PowerShell 5.1 would read it in the machine's ANSI code page. Rule",
          "# names stay English whatever the language: the script finds its rules by them. The first entry",
          "# is a check: read without the byte-order mark, it would not be the one letter e with an acute.",
          "$Messages = @{",
          ...lines,
          "}",
          `if ($Messages.Encoding -cne [string][char]0x${ENCODING_CHECK.charCodeAt(0).toString(16).toUpperCase()}) {`,
          "    throw 'This script was not read as UTF-8: save it as UTF-8 with a byte-order mark (BOM), as recipient-guard exchange wrote it, and run it again.'",
          "}",
          rulerTo(MESSAGES_END),
          "",
        ].join("\n");
  const script = (lines: readonly string[]): string => `#Requires -Version 5.1
${header}
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    # Print what would be created, updated and removed, and change nothing (-WhatIf does the same).
    [switch] $DryRun,
    # Enforce (the default) acts on mail; Audit only records in message trace what the rules would do.
    [ValidateSet('Enforce', 'Audit', 'AuditAndNotify')]
    [string] $Mode = 'Enforce',
    # If 0 or more, the rules are placed in order from this priority (0 is processed first);
    # otherwise new rules go last and existing ones keep their place.
    [int] $FirstPriority = -1
)

Set-StrictMode -Version 1.0
$ErrorActionPreference = 'Stop'
${messages(lines)}
$RulePrefix = ${psQuote(RULE_PREFIX)}
$MaxRules = ${EXCHANGE_LIMITS.rules}
$MaxRegexCharacters = ${EXCHANGE_LIMITS.regexCharacters}
$OurRegexCharacters = ${plan.regexCharacters}

$Rules = @(
${rules}
)

${scriptBody(words)}`;
  // Everything but the table's entries, and so every value from the policy, is ASCII.
  if (!isScriptText(script([]))) throw new Error("internal error: the script is not pure ASCII");
  return withByteOrderMark(script(tableLines));
}

function explanation(plan: ExchangePlan, options: ExchangeOptions): string {
  const lines: string[] = [];
  const wrap = (text: string, indent = ""): void => {
    let line = indent;
    for (const word of text.split(" ")) {
      if (line && line.length + word.length + 1 > 96) {
        lines.push(line);
        line = `${indent}${word}`;
      } else line = line.trim() ? `${line} ${word}` : `${line}${word}`;
    }
    lines.push(line);
  };
  lines.push(".SYNOPSIS");
  wrap(
    "Creates or updates Recipient Guard's mail flow rules in Exchange Online: a server-side net for mail sent where the Outlook add-in did not run.",
  );
  lines.push("", ".DESCRIPTION");
  wrap(
    `Written by recipient-guard exchange ${scriptSafeText(options.version)} from ${scriptSafeText(options.policySource)} (${policyFingerprint(options)}). Run it in a PowerShell session connected with Connect-ExchangeOnline (Exchange Administrator role). Run it with -DryRun first.`,
  );
  lines.push("");
  wrap(
    `It owns the mail flow rules whose names start with '${RULE_PREFIX}': it creates the ones below that are missing, updates the ones that exist (Set-TransportRule), and removes its own rules that this version of the script no longer lists. Other rules are never changed. Running it twice changes nothing the second time. Before changing anything it checks Exchange Online's limits (${EXCHANGE_LIMITS.rules} rules, ${EXCHANGE_LIMITS.regexCharacters} characters of regular expressions across all rules) against the rules already there.`,
  );
  lines.push("", `${plan.rules.length} rule${plan.rules.length === 1 ? "" : "s"}:`);
  for (const r of plan.rules) {
    lines.push(`- ${r.name}`);
    wrap(r.summary, "  ");
  }
  lines.push("");
  wrap(
    `"The add-in's header" is ${STAMP_HEADER}, which the send handler writes on every message it checked (version, verdict, finding codes, what the user did; no address). Mail from phones, Outlook 2021 and older, scripts, scanners and SMTP relays has none, and so meets these rules.`,
  );
  lines.push("");
  wrap(
    `WHAT THIS IS NOT: anyone who sends through SMTP can write that header, so a sender who means to reach a lookalike domain can pass these rules. They are a net for accidents, not a defence against a deliberate sender. Only the blocked-domains rules apply whatever the header says.`,
  );
  // The script is for Exchange Online's administrators: its notes are in English, as the rest of it.
  for (const note of plan.notes) {
    lines.push("");
    wrap(exchangeNoteText(note, cliText("en")));
  }
  lines.push("", "See docs/exchange.md in Recipient Guard for how each rule is derived and how to test it.");
  lines.push(
    "",
    ".PARAMETER DryRun",
    "Print what would be created, updated and removed, and change nothing.",
  );
  lines.push(
    "",
    ".PARAMETER Mode",
    "Enforce (default), Audit or AuditAndNotify: the test modes record matches in message trace",
    "and change no delivery.",
  );
  lines.push(
    "",
    ".PARAMETER FirstPriority",
    "Place the rules in order from this priority (0 runs first). Default: new rules go last.",
  );
  lines.push(
    "",
    ".EXAMPLE",
    "Connect-ExchangeOnline",
    ".\\recipient-guard-rules.ps1 -DryRun",
    ".\\recipient-guard-rules.ps1 -Mode Audit",
  );
  return `<#\n${lines.map((l) => (l ? `${l}` : "")).join("\n")}\n#>`;
}

/**
 * The part of the script that does not depend on the policy: find, check limits, plan, apply.
 * `words` writes a message: the English text itself, or its name in the message table.
 */
const scriptBody = (
  words: (name: ScriptMessage) => string,
): string => String.raw`function Test-OurRule([string] $Name) {
    return $Name.StartsWith($RulePrefix, [System.StringComparison]::OrdinalIgnoreCase)
}

function Format-RuleValue($Value) {
    $values = @($Value)
    if ($values.Count -le 3) { return ($values -join ', ') }
    return (${words("AndMore")} -f $values[0], $values[1], $values[2], ($values.Count - 3))
}

if (-not (Get-Command -Name Get-TransportRule -ErrorAction SilentlyContinue)) {
    throw ${words("NotConnected")}
}
if ($WhatIfPreference) { $DryRun = [switch] $true }

$allRules = @(Get-TransportRule -ResultSize Unlimited)
$ourRules = @($allRules | Where-Object { Test-OurRule $_.Name })
$otherRules = @($allRules | Where-Object { -not (Test-OurRule $_.Name) })

$wanted = @{}
foreach ($rule in $Rules) { $wanted[$rule.Name] = $true }
$existing = @{}
foreach ($rule in $ourRules) { $existing[$rule.Name] = $rule }
$stale = @($ourRules | Where-Object { -not $wanted.ContainsKey($_.Name) })
$toCreate = @($Rules | Where-Object { -not $existing.ContainsKey($_.Name) })
$toUpdate = @($Rules | Where-Object { $existing.ContainsKey($_.Name) })

# Exchange Online's limits, counted with the rules that are there now.
if ($otherRules.Count + $Rules.Count -gt $MaxRules) {
    throw (${words("TooManyRules")} -f $otherRules.Count, $Rules.Count, $MaxRules)
}
$otherRegexCharacters = 0
foreach ($rule in $otherRules) {
    foreach ($property in $rule.PSObject.Properties) {
        if ($property.Name -like '*Patterns' -and $null -ne $property.Value) {
            foreach ($pattern in @($property.Value)) { $otherRegexCharacters += ([string] $pattern).Length }
        }
    }
}
if ($otherRegexCharacters + $OurRegexCharacters -gt $MaxRegexCharacters) {
    throw (${words("TooMuchRegex")} -f $otherRegexCharacters, $OurRegexCharacters, $MaxRegexCharacters)
}

Write-Host (${words("Plan")} -f $toCreate.Count, $toUpdate.Count, $stale.Count, $Mode)
foreach ($rule in $Rules) {
    $verb = if ($existing.ContainsKey($rule.Name)) { ${words("VerbUpdate")} } else { ${words("VerbCreate")} }
    Write-Host (${words("PlanRule")} -f $verb, $rule.Name)
    if ($DryRun) {
        foreach ($key in $rule.Parameters.Keys) {
            Write-Host ('      -{0} {1}' -f $key, (Format-RuleValue $rule.Parameters[$key]))
        }
    }
    if ($existing.ContainsKey($rule.Name) -and [string] $existing[$rule.Name].State -eq 'Disabled') {
        Write-Warning (${words("Disabled")} -f $rule.Name)
    }
}
foreach ($rule in $stale) { Write-Host (${words("Stale")} -f $rule.Name) }
if ($DryRun) {
    Write-Host ${words("DryRun")}
    return
}

function Remove-StaleRules {
    foreach ($rule in $stale) {
        Remove-TransportRule -Identity $rule.Name -Confirm:$false
        Write-Host (${words("Removed")} -f $rule.Name)
    }
}

# Remove first only when creating first would pass the limit for a moment.
$removeFirst = ($allRules.Count + $toCreate.Count -gt $MaxRules)
if ($removeFirst) { Remove-StaleRules }
$index = 0
foreach ($rule in $Rules) {
    $parameters = @{}
    foreach ($key in $rule.Parameters.Keys) { $parameters[$key] = $rule.Parameters[$key] }
    $parameters['Mode'] = $Mode
    if ($FirstPriority -ge 0) { $parameters['Priority'] = $FirstPriority + $index }
    try {
        if ($existing.ContainsKey($rule.Name)) {
            Set-TransportRule -Identity $rule.Name @parameters -Confirm:$false
            Write-Host (${words("Updated")} -f $rule.Name)
        } else {
            New-TransportRule -Name $rule.Name @parameters -Confirm:$false | Out-Null
            Write-Host (${words("Created")} -f $rule.Name)
        }
    } catch {
        throw (${words("Stopped")} -f $rule.Name, $_.Exception.Message)
    }
    $index++
}
if (-not $removeFirst) { Remove-StaleRules }
Write-Host ${words("Done")}
`;
