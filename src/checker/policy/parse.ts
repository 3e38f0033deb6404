import { safeParse, type Issue } from "../schema";
import { policyContradictions, policyNotes } from "./consistency";
import type { NamespaceNote, PolicyEvidence, PolicyPlace } from "./evidence";
import { placeOf } from "./locations";
import { POLICY_LIMITS, policySchema, userSettingsSchema, type Policy, type UserSettings } from "./schema";

/**
 * A problem with a policy, as data: a stable `code`, where it is and what is wrong there. A policy
 * catalogue (src/checker/policy/messages/) puts it in words: `trusted domain 2 ("com")`, `"com"
 * (the commercial domain) is an ending under which anyone can register a name; ...`.
 */
export interface PolicyError {
  code: Issue["code"] | "not-json" | "too-large" | "contradiction";
  where: PolicyPlace;
  evidence: PolicyEvidence;
}

/** What a setting does that an administrator should know, although nothing is wrong with it. */
export interface PolicyNote {
  where: PolicyPlace;
  evidence: NamespaceNote;
}

/**
 * `warnings`: accepted, but worth fixing (a repeated entry, a contradiction); the policy applies
 * as written, with the rule the checker follows stated in the warning. `notes`: what a setting
 * means (a whole namespace trusted).
 */
export type PolicyParseResult =
  | { success: true; data: Policy; warnings: PolicyError[]; notes: PolicyNote[] }
  | { success: false; errors: PolicyError[] };

function toPolicyErrors(issues: Issue[], root: unknown): PolicyError[] {
  return issues.map((issue) => ({
    code: issue.code,
    where: placeOf(issue.path, root),
    evidence: issue.evidence,
  }));
}

export type PolicyValidation = { success: true; data: Policy } | { success: false; errors: PolicyError[] };

/**
 * Validates an already-parsed policy object: what the add-in needs to apply one. parsePolicy adds
 * what an administrator checking the file needs (warnings and notes); the add-in's bundles import
 * this one, so that code stays out of the send handler.
 */
export function validatePolicy(value: unknown): PolicyValidation {
  const result = safeParse(policySchema, value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, errors: toPolicyErrors(result.error.issues, value) };
}

/**
 * Validates an already-parsed policy object. A contradiction is a warning, not an error: the
 * policy still applies (a blocked entry wins over a trusted one), so a new block is never lost
 * because the file also trusts what it blocks.
 */
export function parsePolicy(value: unknown): PolicyParseResult {
  const result = safeParse(policySchema, value);
  if (!result.success) return { success: false, errors: toPolicyErrors(result.error.issues, value) };
  return {
    success: true,
    data: result.data,
    warnings: [...toPolicyErrors(result.warnings, value), ...policyContradictions(result.data, value)],
    notes: policyNotes(result.data, value),
  };
}

/** Policy text (JSON) as a value, or why it cannot be one: too large, or not JSON (with where). */
function readPolicyText(text: string): { value: unknown } | { errors: PolicyError[] } {
  if (text.length > POLICY_LIMITS.fileBytes) {
    return {
      errors: [
        {
          code: "too-large",
          where: { path: [] },
          evidence: { says: "too-large", limit: POLICY_LIMITS.fileBytes },
        },
      ],
    };
  }
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { errors: [{ code: "not-json", where: { path: [] }, evidence: { says: "not-json", detail } }] };
  }
}

/** Validates policy text (JSON), naming the line and column of a syntax error. */
export function parsePolicyText(text: string): PolicyParseResult {
  const read = readPolicyText(text);
  return "errors" in read ? { success: false, errors: read.errors } : parsePolicy(read.value);
}

/** The same as validatePolicy, for text: the add-in's reading of a downloaded policy. */
export function validatePolicyText(text: string): PolicyValidation {
  const read = readPolicyText(text);
  return "errors" in read ? { success: false, errors: read.errors } : validatePolicy(read.value);
}

export function parseUserSettings(
  value: unknown,
): { success: true; data: UserSettings } | { success: false; errors: PolicyError[] } {
  const result = safeParse(userSettingsSchema, value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, errors: toPolicyErrors(result.error.issues, value) };
}
