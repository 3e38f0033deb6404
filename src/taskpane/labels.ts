import * as React from "react";
import type { ItemKind, RecipientField } from "../shared/alert-context";
import {
  FINDING_CODES,
  type Action,
  type Finding,
  type FindingCode,
  type Severity,
  type Source,
  type SuggestionSource,
  type Verdict,
} from "../checker";
import { paneText, type PaneText } from "./i18n";

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

/** The words for a message or an invitation in the pane's language. */
export function itemWordsIn(text: PaneText, kind: ItemKind): ItemWords {
  return {
    noun: text.t(`item.${kind}`),
    fields: {
      to: text.t(`field.${kind}.to`),
      cc: text.t(`field.${kind}.cc`),
      bcc: text.t(`field.${kind}.bcc`),
    },
    seenFields: text.t(`fields.${kind}.seen`),
    allFields: text.t(`fields.${kind}.all`),
  };
}

const EN = paneText("en");

export const ITEM_WORDS: Record<ItemKind, ItemWords> = {
  message: itemWordsIn(EN, "message"),
  meeting: itemWordsIn(EN, "meeting"),
};

export const ItemWordsContext = React.createContext<ItemWords>(ITEM_WORDS.message);
export const useItemWords = (): ItemWords => React.useContext(ItemWordsContext);
export const useFieldLabels = (): Record<RecipientField, string> => useItemWords().fields;

/** The finding's title in the pane, in the words of the item being written. */
export function codeLabel(
  code: FindingCode,
  words: ItemWords = ITEM_WORDS.message,
  text: PaneText = EN,
): string {
  return text.t(`code.${code}`, { fields: words.seenFields });
}

const byKey = <K extends string>(keys: readonly K[], word: (key: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

const SEVERITIES: readonly Severity[] = ["block", "warn", "info"];
const ACTIONS: readonly Action[] = ["block", "warn", "allow"];
const SOURCES: readonly Source[] = ["built-in", "organisation", "user"];

export const severityLabels = (text: PaneText): Record<Severity, string> =>
  byKey(SEVERITIES, (s) => text.t(`severity.${s}`));
export const actionLabels = (text: PaneText): Record<Action, string> =>
  byKey(ACTIONS, (a) => text.t(`action.${a}`));
/** Where a rule or domain came from, as a short tag. */
export const sourceLabels = (text: PaneText): Record<Source, string> =>
  byKey(SOURCES, (s) => text.t(`source.${s}`));
/** The same, as the end of a sentence about a rule. */
export const sourcePhrases = (text: PaneText): Record<Source, string> =>
  byKey(SOURCES, (s) => text.t(`sourcePhrase.${s}`));

export const SEVERITY_LABELS: Record<Severity, string> = severityLabels(EN);

export const VERDICT_SEVERITY: Record<Verdict, Severity> = { block: "block", warn: "warn", allow: "info" };

export const ACTION_LABELS: Record<Action, string> = actionLabels(EN);
export const SOURCE_LABELS: Record<Source, string> = sourceLabels(EN);
export const SOURCE_PHRASES: Record<Source, string> = sourcePhrases(EN);

export const CODE_LABELS: Record<FindingCode, string> = byKey(FINDING_CODES, (code) => codeLabel(code));

/** "1 recipient", "3 recipients": in English only; the pane counts with `PaneText.n`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Why the pane suggests an address, in the pane's language. */
export function suggestionReason(source: SuggestionSource, text: PaneText = EN): string {
  return text.t(`suggested.${source}`);
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
  text: PaneText = EN,
): string {
  const parts: string[] = [];
  if (finding.suggestedIs)
    parts.push(text.t("domainIs", { domain: suggestedDomain, what: finding.suggestedIs }));
  if (finding.typedIs) parts.push(text.t("domainIs", { domain: typedDomain, what: finding.typedIs }));
  return parts.length > 0
    ? text.t("domainIs.end", { sentence: parts.join(text.t("domainIs.separator")) })
    : "";
}
