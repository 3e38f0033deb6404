import type { RecipientField } from "../shared/alert-context";
import type { Action, FindingCode, Severity, Source, Verdict } from "../checker";

/** Plain words for everything the pane names: one place, so every view says the same thing. */

export const FIELD_LABELS: Record<RecipientField, string> = { to: "To", cc: "Cc", bcc: "Bcc" };

export const SEVERITY_LABELS: Record<Severity, string> = {
  block: "Blocked",
  warn: "Check this",
  info: "Note",
};

export const VERDICT_SEVERITY: Record<Verdict, Severity> = { block: "block", warn: "warn", allow: "info" };

export const ACTION_LABELS: Record<Action, string> = {
  block: "Stop the message",
  warn: "Ask you to confirm",
  allow: "Mention only",
};

/** Where a rule or domain came from, as a short tag. */
export const SOURCE_LABELS: Record<Source, string> = {
  "built-in": "built-in",
  organisation: "organisation",
  user: "yours",
};

/** The same, as the end of a sentence about a rule. */
export const SOURCE_PHRASES: Record<Source, string> = {
  "built-in": "built-in default",
  organisation: "set by your organisation",
  user: "set by you",
};

export const CODE_LABELS: Record<FindingCode, string> = {
  "unreadable-address": "Address that cannot be read",
  "invisible-characters": "Invisible characters in an address",
  "blocked-domain": "Domain your organisation blocks",
  "homoglyph-domain": "Domain spelled with look-alike letters",
  "lookalike-domain": "Domain one slip away from a known one",
  "suffix-swap": "Known name with another ending",
  "suffix-slip": "Ending one slip from .mil, .gov, .com and others",
  "embedded-domain": "Known domain written inside another",
  "mixed-script": "Letters from different alphabets",
  "unknown-suffix": "Ending that does not exist",
  "ip-literal": "Address to a network number",
  "external-recipients": "Many recipients outside your organisation",
  "unfamiliar-domain": "Domain you have not written to before",
  "check-failed": "Recipients that could not be checked",
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
