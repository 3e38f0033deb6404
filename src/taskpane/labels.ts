import * as React from "react";
import type { ItemKind, RecipientField } from "../shared/alert-context";
import { FIELD_NAMES } from "../office";
import {
  SUGGESTION_SOURCE_WORDS,
  type Action,
  type Finding,
  type FindingCode,
  type Severity,
  type Source,
  type SuggestionSource,
  type Verdict,
} from "../checker";
import { hostToUnicode } from "../checker/domain";
import { describeForeignLetters } from "../checker/user-trust";
import { visibleText } from "../shared/display-text";

/** Plain words for everything the pane names: one place, so every view says the same thing. */

/**
 * The words for the item being written: what it is called ("message", or "invitation" for a meeting)
 * and what its fields are called (To, Cc and Bcc; Required and Optional). The pane provides the ones
 * for its item (App); tests default to a message.
 */
export interface ItemWords {
  noun: string;
  fields: Record<RecipientField, string>;
  /** The fields every recipient sees: "To and Cc", "Required and Optional". */
  seenFields: string;
  /** Every field: "To, Cc and Bcc"; a meeting has no Bcc. */
  allFields: string;
}

export const ITEM_WORDS: Record<ItemKind, ItemWords> = {
  message: {
    noun: "message",
    fields: FIELD_NAMES.message,
    seenFields: "To and Cc",
    allFields: "To, Cc and Bcc",
  },
  meeting: {
    noun: "invitation",
    fields: FIELD_NAMES.meeting,
    seenFields: "Required and Optional",
    allFields: "Required and Optional",
  },
};

export const ItemWordsContext = React.createContext<ItemWords>(ITEM_WORDS.message);
export const useItemWords = (): ItemWords => React.useContext(ItemWordsContext);
export const useFieldLabels = (): Record<RecipientField, string> => useItemWords().fields;

/** The finding's title in the pane, in the words of the item being written. */
export function codeLabel(code: FindingCode, words: ItemWords = ITEM_WORDS.message): string {
  return code === "visible-external-recipients"
    ? `Outside addresses everyone can see (${words.seenFields})`
    : CODE_LABELS[code];
}

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
  "visible-external-recipients": "Outside addresses everyone can see (To and Cc)",
  "group-recipient": "A group whose members are not checked",
  "unfamiliar-domain": "Domain you have not written to before",
  "added-outside-domain": "Outside domain added to a reply",
  "unconfirmed-domains": "Outside domains to confirm before sending",
  "external-attachments": "Attachments going outside your organisation",
  "sensitive-keyword": "A keyword your organisation watches for",
  "check-failed": "What could not be checked",
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Why the pane suggests an address, as a sentence built on the checker's own words for each source,
 * so the pane, the README and the checker say the same thing.
 */
export function suggestionReason(source: SuggestionSource): string {
  const words = SUGGESTION_SOURCE_WORDS[source];
  switch (source) {
    case "high-value-suffix":
      return `Suggested because it has ${words}.`;
    case "dotgov":
      return `Suggested because it is listed in ${words}.`;
    default:
      return `Suggested because it is ${words}.`;
  }
}

/**
 * What the suggested and the typed domain each are, in one sentence ("army.mil is the US military's
 * domain; army.ml is Mali's domain."), from what the finding says; empty when it says neither. The
 * suggested domain comes first: what the typed one is may be said in relation to it ("a look-alike
 * of it, written with other characters").
 */
export function whatTheDomainsAre(
  finding: Pick<Finding, "typedIs" | "suggestedIs">,
  typedDomain: string,
  suggestedDomain: string,
): string {
  const parts: string[] = [];
  if (finding.suggestedIs) parts.push(`${suggestedDomain} is ${finding.suggestedIs}`);
  if (finding.typedIs) parts.push(`${typedDomain} is ${finding.typedIs}`);
  return parts.length > 0 ? `${parts.join("; ")}.` : "";
}

/**
 * A trusted domain as the pane shows it: the Unicode form people see in addresses, and, when it has
 * letters outside plain ASCII, which ones (`"аpple.com" — the "а" is Cyrillic`), so that a domain
 * that reads like a Latin one is never shown as if it were.
 */
export function trustedDomainText(shown: string, foreignLetters?: string): string {
  return foreignLetters ? `"${shown}" — ${foreignLetters}` : shown;
}

/**
 * A domain as stored in a policy (lower-case ASCII, punycode for international names) as the user
 * reads it: never a bare `xn--` form, always with any foreign letters pointed out.
 */
export function describeStoredDomain(stored: string): string {
  const shown = hostToUnicode(stored);
  return visibleText(trustedDomainText(shown, describeForeignLetters(shown)));
}
