import { hasNonAscii, hostToAscii, isKnownSuffix } from "../domain";
import { ACTIONS, FINDING_CODES, type Action } from "../findings";
import { matchForm } from "../attachments";
import { namespaceOf } from "../namespaces";
import type { EntryProblem } from "./evidence";
import {
  array,
  boolean,
  integer,
  literalUnion,
  object,
  optional,
  partialRecord,
  string,
  type Infer,
} from "../schema";

/** Limits that keep a policy (and the index built from it) fast to load in the send handler. */
export const POLICY_LIMITS = {
  internalDomains: 1_000,
  trustedDomains: 50_000,
  blockedDomains: 10_000,
  userTrustedDomains: 500,
  keywordLists: 50,
  keywordsPerList: 500,
  keywordLength: 100,
  domainLength: 253,
  fileBytes: 4 * 1024 * 1024,
} as const;

/** Dot-separated labels of 1 to 63 letters, digits and inner hyphens. */
const HOST_SYNTAX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Lower-case, punycode, no trailing dot, no leading `@` or `*.`: the form every comparison uses. */
export function normaliseDomainEntry(raw: string): string {
  // Already in its canonical form (what the pane stores, and most policy files hold): nothing
  // below would change it.
  if (HOST_SYNTAX.test(raw)) return raw;
  // NFKC leaves ASCII as it is: only other text pays for the Unicode tables.
  let s = (hasNonAscii(raw) ? raw.normalize("NFKC") : raw).trim().toLowerCase();
  if (s.startsWith("@")) s = s.slice(1);
  if (s.startsWith("*.")) s = s.slice(2);
  if (s.startsWith(".")) s = s.slice(1);
  while (s.endsWith(".")) s = s.slice(0, -1);
  if (hasNonAscii(s)) {
    try {
      s = hostToAscii(s);
    } catch {
      return s; // the check below reports it
    }
  }
  return s;
}

/** Why `host` is not a domain name at all, or null. */
export function hostSyntaxProblem(host: string): EntryProblem | null {
  if (host.length === 0) return { says: "empty" };
  if (host.includes("@")) return { says: "an-address", host };
  return HOST_SYNTAX.test(host) ? null : { says: "not-a-domain", host };
}

/** An ending anyone can register under can never be trusted as a whole, by anyone. */
export function openEndingProblem(host: string): EntryProblem | null {
  return namespaceOf(host).kind === "open" ? { says: "open-ending", host } : null;
}

/**
 * What an organisation may list as internal or trusted: any domain, and a restricted namespace
 * (gov.uk, mil) as a whole, but no ending open to anyone.
 */
export function organisationDomainProblem(host: string): EntryProblem | null {
  return hostSyntaxProblem(host) ?? openEndingProblem(host);
}

/**
 * What a user may trust for themselves: no open ending, and no whole restricted namespace either;
 * only the organisation may speak for a whole namespace it belongs to.
 */
export function userDomainProblem(host: string): EntryProblem | null {
  const problem = organisationDomainProblem(host);
  if (problem) return problem;
  return namespaceOf(host).kind === "restricted" ? { says: "whole-namespace", host } : null;
}

/** Blocked entries may be a domain or a whole ending (`ml` blocks every address in Mali). */
function blockedEntryProblem(host: string): EntryProblem | null {
  const syntax = hostSyntaxProblem(host);
  if (syntax) return syntax;
  if (!host.includes(".") && !isKnownSuffix(host)) return { says: "not-an-ending", host };
  return null;
}

const domainEntry = (check: (host: string) => EntryProblem | null) =>
  string({ maxLength: POLICY_LIMITS.domainLength, normalise: normaliseDomainEntry, check });

const organisationDomain = domainEntry(organisationDomainProblem);
const blockedEntry = domainEntry(blockedEntryProblem);
const action = literalUnion<Action>(ACTIONS);

/** A keyword is matched as whole words, so it needs at least one letter or digit. */
const keyword = string({
  maxLength: POLICY_LIMITS.keywordLength,
  normalise: (s) => s.trim(),
  check: (keyword) => (matchForm(keyword) === "" ? { says: "no-letter", keyword } : null),
});

/** One list of keywords, looked for in the subject and attachment names of mail going outside. */
const keywordList = object({
  $comment: optional(string({ maxLength: 2048 })),
  words: array(keyword, { maxItems: POLICY_LIMITS.keywordsPerList, dedupe: true }),
  action: optional(action),
});

/** The organisation's policy file. This schema is the only definition of its shape. */
export const policySchema = object({
  $schema: optional(string({ maxLength: 2048 })),
  $comment: optional(string({ maxLength: 2048 })),
  version: optional(integer(1, 1)),
  internalDomains: optional(
    array(organisationDomain, { maxItems: POLICY_LIMITS.internalDomains, dedupe: true }),
  ),
  trustedDomains: optional(
    array(organisationDomain, { maxItems: POLICY_LIMITS.trustedDomains, dedupe: true }),
  ),
  blockedDomains: optional(array(blockedEntry, { maxItems: POLICY_LIMITS.blockedDomains, dedupe: true })),
  builtInProtection: optional(boolean()),
  actions: optional(partialRecord(FINDING_CODES, action)),
  externalRecipients: optional(
    object({
      warnAbove: optional(integer(1, 100_000)),
      visibleAbove: optional(integer(1, 100_000)),
      warnOnUnfamiliarDomain: optional(boolean()),
      learnCorrespondents: optional(boolean()),
      confirmDomains: optional(boolean()),
    }),
  ),
  allowUserTrustedDomains: optional(boolean()),
  keywords: optional(array(keywordList, { maxItems: POLICY_LIMITS.keywordLists })),
});

export type Policy = Infer<typeof policySchema>;

/** What a user may set for themselves. */
export const userSettingsSchema = object({
  trustedDomains: optional(
    array(domainEntry(userDomainProblem), { maxItems: POLICY_LIMITS.userTrustedDomains, dedupe: true }),
  ),
});
export type UserSettings = Infer<typeof userSettingsSchema>;
