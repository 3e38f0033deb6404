import { hasNonAscii, hostToAscii, isKnownSuffix, splitDomain } from "./domain";
import { ACTIONS, DEFAULT_ACTIONS, FINDING_CODES, type Action, type FindingCode } from "./findings";
import {
  array,
  boolean,
  formatPath,
  integer,
  literalUnion,
  object,
  optional,
  partialRecord,
  safeParse,
  string,
  type Infer,
  type Issue,
} from "./schema";

/** Limits that keep a policy (and the index built from it) fast to load in the send handler. */
export const POLICY_LIMITS = {
  internalDomains: 1_000,
  trustedDomains: 50_000,
  blockedDomains: 10_000,
  userTrustedDomains: 500,
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

function hostSyntaxProblem(host: string): string | null {
  if (host.length === 0) return "is empty";
  if (host.includes("@")) return `"${host}" is an address, not a domain`;
  return HOST_SYNTAX.test(host) ? null : `"${host}" is not a valid domain name`;
}

/** Internal and trusted entries must name an organisation, never a whole suffix such as `com`. */
function organisationDomainProblem(host: string): string | null {
  const syntax = hostSyntaxProblem(host);
  if (syntax) return syntax;
  // A public suffix (co.uk, or foo.ck under a wildcard rule) has no registrable domain.
  if (!splitDomain(host)) {
    return `"${host}" is a whole domain ending shared by many organisations; trusting it would trust everyone under it`;
  }
  return null;
}

/** Blocked entries may be a domain or a whole suffix (`ml` blocks every address in Mali). */
function blockedEntryProblem(host: string): string | null {
  const syntax = hostSyntaxProblem(host);
  if (syntax) return syntax;
  if (!host.includes(".") && !isKnownSuffix(host))
    return `"${host}" is neither a domain nor a real domain ending`;
  return null;
}

const organisationDomain = string({
  maxLength: POLICY_LIMITS.domainLength,
  normalise: normaliseDomainEntry,
  check: organisationDomainProblem,
});
const blockedEntry = string({
  maxLength: POLICY_LIMITS.domainLength,
  normalise: normaliseDomainEntry,
  check: blockedEntryProblem,
});
const action = literalUnion<Action>(ACTIONS);

/** The organisation's policy file. This schema is the only definition of its shape. */
export const policySchema = object({
  $schema: optional(string({ maxLength: 2048 })),
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
      warnOnUnfamiliarDomain: optional(boolean()),
    }),
  ),
  allowUserTrustedDomains: optional(boolean()),
});

export type Policy = Infer<typeof policySchema>;

/** What a user may set for themselves. */
export const userSettingsSchema = object({
  trustedDomains: optional(
    array(organisationDomain, { maxItems: POLICY_LIMITS.userTrustedDomains, dedupe: true }),
  ),
});
export type UserSettings = Infer<typeof userSettingsSchema>;

export interface PolicyError {
  path: string;
  code: Issue["code"] | "not-json" | "too-large";
  message: string;
}

export type PolicyParseResult =
  { success: true; data: Policy; warnings: PolicyError[] } | { success: false; errors: PolicyError[] };

function toPolicyErrors(issues: Issue[]): PolicyError[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), code: issue.code, message: issue.message }));
}

/** Validates an already-parsed policy object. */
export function parsePolicy(value: unknown): PolicyParseResult {
  const result = safeParse(policySchema, value);
  if (!result.success) return { success: false, errors: toPolicyErrors(result.error.issues) };
  return { success: true, data: result.data, warnings: toPolicyErrors(result.warnings) };
}

/** Validates policy text (JSON), naming the line and column of a syntax error. */
export function parsePolicyText(text: string): PolicyParseResult {
  if (text.length > POLICY_LIMITS.fileBytes) {
    return {
      success: false,
      errors: [
        {
          path: "(the whole file)",
          code: "too-large",
          message: `is larger than ${POLICY_LIMITS.fileBytes} bytes`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      errors: [{ path: "(the whole file)", code: "not-json", message: `is not valid JSON: ${detail}` }],
    };
  }
  return parsePolicy(value);
}

export function parseUserSettings(
  value: unknown,
): { success: true; data: UserSettings } | { success: false; errors: PolicyError[] } {
  const result = safeParse(userSettingsSchema, value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, errors: toPolicyErrors(result.error.issues) };
}

/**
 * What each policy setting means, by its path, for the JSON Schema. Kept apart from the schema so
 * that bundles which never write the JSON Schema (the send handler) leave the text out.
 */
const POLICY_DESCRIPTIONS: Record<string, string> = {
  version: "Policy format version; 1.",
  internalDomains: "Your organisation's own domains; their subdomains are included.",
  trustedDomains: "Partners' domains: never reported as lookalikes, and their lookalikes are caught.",
  blockedDomains: "Domains or whole endings (such as ml) that mail must never go to.",
  builtInProtection:
    "Protect the well-known mail providers and sites and the high-value endings. Default true.",
  actions: "What to do for each kind of finding: block, warn or allow.",
  "externalRecipients.warnAbove": "Warn when more external addresses than this are on one message.",
  "externalRecipients.warnOnUnfamiliarDomain":
    "Report a domain the user has not written to before (needs mail history).",
  allowUserTrustedDomains: "Whether users may add trusted domains of their own. Default true.",
};

function addDescriptions(node: Record<string, unknown>, prefix: string): void {
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  if (!properties) return;
  for (const key of Object.keys(properties)) {
    const child = properties[key]!;
    const path = prefix ? `${prefix}.${key}` : key;
    const description = POLICY_DESCRIPTIONS[path];
    if (description) child.description = description;
    addDescriptions(child, path);
  }
}

/** The JSON Schema of the policy file, for editors and for administrators' own tooling. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = policySchema.jsonSchema();
  addDescriptions(schema, "");
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Recipient Guard policy",
    ...schema,
  };
}

export type Source = "built-in" | "organisation" | "user";

export interface TrustedEntry {
  domain: string;
  source: Source;
}

/** The policy in force after layering built-in defaults < organisation policy < the user's own settings. */
export interface EffectivePolicy {
  internalDomains: string[];
  trustedDomains: TrustedEntry[];
  blockedDomains: string[];
  builtInProtection: boolean;
  actions: Record<FindingCode, Action>;
  actionSources: Record<FindingCode, Source>;
  externalRecipients: { warnAbove: number | undefined; warnOnUnfamiliarDomain: boolean };
  allowUserTrustedDomains: boolean;
  /** User entries that were not applied, and why (e.g. the organisation does not allow them). */
  ignoredUserEntries: { domain: string; reason: string }[];
}

export function resolvePolicy(organisation: Policy = {}, user: UserSettings = {}): EffectivePolicy {
  const actions = { ...DEFAULT_ACTIONS } as Record<FindingCode, Action>;
  const actionSources = {} as Record<FindingCode, Source>;
  for (const code of FINDING_CODES) {
    const chosen = organisation.actions?.[code];
    if (chosen) actions[code] = chosen;
    actionSources[code] = chosen ? "organisation" : "built-in";
  }
  const allowUserTrustedDomains = organisation.allowUserTrustedDomains ?? true;
  const blocked = organisation.blockedDomains ?? [];
  const trusted: TrustedEntry[] = (organisation.trustedDomains ?? []).map((domain) => ({
    domain,
    source: "organisation",
  }));
  const ignoredUserEntries: EffectivePolicy["ignoredUserEntries"] = [];
  const already = new Set(trusted.map((t) => t.domain));
  for (const domain of user.trustedDomains ?? []) {
    if (!allowUserTrustedDomains)
      ignoredUserEntries.push({
        domain,
        reason: "your organisation does not allow personal trusted domains",
      });
    else if (blocked.some((b) => domain === b || domain.endsWith(`.${b}`))) {
      ignoredUserEntries.push({ domain, reason: "your organisation blocks this domain" });
    } else if (!already.has(domain)) {
      already.add(domain);
      trusted.push({ domain, source: "user" });
    }
  }
  return {
    internalDomains: organisation.internalDomains ?? [],
    trustedDomains: trusted,
    blockedDomains: blocked,
    builtInProtection: organisation.builtInProtection ?? true,
    actions,
    actionSources,
    externalRecipients: {
      warnAbove: organisation.externalRecipients?.warnAbove,
      warnOnUnfamiliarDomain: organisation.externalRecipients?.warnOnUnfamiliarDomain ?? false,
    },
    allowUserTrustedDomains,
    ignoredUserEntries,
  };
}
