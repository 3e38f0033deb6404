import type { Edit } from "./edit";

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
  "internal" | "organisation" | "user" | "built-in" | "high-value-suffix" | "dotgov";

export const SUGGESTION_SOURCE_WORDS: Record<SuggestionSource, string> = {
  internal: "your organisation's own domain",
  organisation: "a domain your organisation trusts",
  user: "a domain you trust",
  "built-in": "a well-known domain Recipient Guard protects",
  "high-value-suffix": "the protected ending the slip came from",
  dotgov: "the US government's registry of .gov domains",
};

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One or two sentences a person who has never heard of DNS understands. */
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

const q = (text: string): string => `"${text}"`;

/** A short clause saying what the slip was, in the user's terms. */
export function describeSlip(edit: Edit, intended: string): string {
  const { expected, found } = edit;
  switch (edit.kind) {
    case "omission":
      return `the ${q(expected)} is missing`;
    case "double-letter-dropped":
      return `one ${q(expected)} of the double ${q(expected + expected)} is missing`;
    case "repetition":
      return `${q(found)} is typed twice`;
    case "addition":
      return `there is an extra ${q(found)}`;
    case "neighbour-key-insertion":
      return `there is an extra ${q(found)}, hit together with the key beside it`;
    case "plural":
      return `there is an extra "s"`;
    case "transposition":
      return `${q(found)} should be ${q(expected)}: two letters are swapped`;
    case "neighbour-key":
      return `${q(found)} should be ${q(expected)}, the key next to it`;
    case "vowel-swap":
    case "bit-flip":
    case "substitution":
      return `${q(found)} should be ${q(expected)}`;
    case "hyphen-added":
      return `it has a hyphen that ${intended} does not have`;
    case "hyphen-removed":
      return `the hyphen of ${intended} is missing`;
    case "dot-inserted":
      return `it has an extra dot`;
    case "dot-dropped":
      return `a dot is missing`;
    case "dot-shift":
      return `the dot is in the wrong place`;
  }
}
