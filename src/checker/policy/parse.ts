import { formatPath, safeParse, type Issue } from "../schema";
import { policyContradictions, policyNotes } from "./consistency";
import { describeLocation } from "./locations";
import { POLICY_LIMITS, policySchema, userSettingsSchema, type Policy, type UserSettings } from "./schema";

export interface PolicyError {
  /** Where, in words: `trusted domain 2 ("com")`, `the setting "bogus"`, `the whole file`. */
  path: string;
  code: Issue["code"] | "not-json" | "too-large" | "contradiction";
  message: string;
}

/** What a setting does that an administrator should know, although nothing is wrong with it. */
export interface PolicyNote {
  path: string;
  message: string;
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
    path: describeLocation(issue.path, root),
    code: issue.code,
    message: issue.message,
  }));
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

/** Validates policy text (JSON), naming the line and column of a syntax error. */
export function parsePolicyText(text: string): PolicyParseResult {
  if (text.length > POLICY_LIMITS.fileBytes) {
    return {
      success: false,
      errors: [
        {
          path: formatPath([]),
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
      errors: [{ path: formatPath([]), code: "not-json", message: `is not valid JSON: ${detail}` }],
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
    : { success: false, errors: toPolicyErrors(result.error.issues, value) };
}
