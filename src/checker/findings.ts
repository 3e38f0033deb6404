import type { Evidence } from "./evidence";

/** Every kind of finding, with the action taken when the policy does not say otherwise. */
export const DEFAULT_ACTIONS = {
  "unreadable-address": "warn",
  "invisible-characters": "warn",
  "blocked-domain": "block",
  "homoglyph-domain": "block",
  "lookalike-domain": "warn",
  "suffix-swap": "warn",
  "suffix-slip": "warn",
  "embedded-domain": "warn",
  "mixed-script": "warn",
  "unknown-suffix": "warn",
  "ip-literal": "warn",
  "external-recipients": "warn",
  "visible-external-recipients": "warn",
  "group-recipient": "allow",
  "unfamiliar-domain": "allow",
  "added-outside-domain": "allow",
  "unconfirmed-domains": "block",
  "external-attachments": "allow",
  "sensitive-keyword": "warn",
  "check-failed": "warn",
} as const satisfies Record<string, Action>;

export type Action = "block" | "warn" | "allow";
export type FindingCode = keyof typeof DEFAULT_ACTIONS;
export const FINDING_CODES = Object.keys(DEFAULT_ACTIONS) as FindingCode[];
export const ACTIONS: readonly Action[] = ["block", "warn", "allow"];

/** `block` stops the message, `warn` asks the user, `info` is reported but lets the message go. */
export type Severity = "block" | "warn" | "info";

/**
 * What makes a suggested address one the user meant, never merely the nearest string that exists:
 * a domain the organisation or the user protects, a well-known domain shipped with the add-in, the
 * high-value ending the slip came from (`army.ml` → `army.mil`), or the US `.gov` registry.
 */
export type SuggestionSource =
  "internal" | "organisation" | "user" | "learned" | "built-in" | "high-value-suffix" | "dotgov";

/** Where a suggestion comes from, in English words (the catalogues have every language's). */
export { EN_SOURCES as SUGGESTION_SOURCE_WORDS } from "./messages/en";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /**
   * What was found, as data: the domains, slip, source and counts the message is made from. The
   * checker always sets it, as a property that is not enumerable (a spread or JSON.stringify of a
   * finding leaves it out); a finding made elsewhere (a test's, one read back from the alert's
   * context) may carry only its words.
   */
  evidence?: Evidence;
  /**
   * One or two sentences a person who has never heard of DNS understands: the evidence in the
   * words of the checker's message catalogue.
   */
  message: string;
  /** The address we think was meant, when exactly one is likely. */
  suggestion?: string;
  /** Where the suggestion comes from (set whenever `suggestion` is). */
  suggestionSource?: SuggestionSource;
  /**
   * Addresses that are equally likely, when there is more than one: shown to the user, never
   * applied with one click, and `suggestion` is then absent.
   */
  alternatives?: string[];
  /** What the domain as typed is, in words: "Mali's domain", "not a real domain ending". */
  typedIs?: string;
  /** What the suggested domain is, in words: "the US military's domain", "a domain your organisation trusts". */
  suggestedIs?: string;
  /** The protected domain this finding is about, or the slip that produced it. */
  related?: string;
  /** Machine-readable kind of slip, e.g. `omission` or `dot-shift`. */
  slip?: string;
}

export type Verdict = "allow" | "warn" | "block";

export function severityFor(action: Action): Severity {
  return action === "allow" ? "info" : action;
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === "block")) return "block";
  if (findings.some((f) => f.severity === "warn")) return "warn";
  return "allow";
}
