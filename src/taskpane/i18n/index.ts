import * as React from "react";
import { CATALOGUES, languageFor, type Catalogue, type Language } from "../../checker/messages";
import { fill } from "../../checker/messages/catalogue";
import { pluralKeys, type PluralBase } from "../../shared/plural-words";
import { PANE_DE } from "./de";
import { PANE_EN, type PaneKey } from "./en";
import { PANE_FR } from "./fr";
import { PANE_JA } from "./ja";

export type { PaneKey } from "./en";

/** Every pane catalogue, key for key the same as the English one (test/pane-messages.test.ts). */
export const PANE_CATALOGUES: Readonly<Record<Language, Readonly<Record<PaneKey, string>>>> = {
  en: PANE_EN,
  de: PANE_DE,
  fr: PANE_FR,
  ja: PANE_JA,
};

type Values = Readonly<Record<string, string | number>>;

/** The pane's words in one language, and the checker's catalogue for its findings in the same one. */
export interface PaneText {
  readonly language: Language;
  /** The checker's catalogue in this language, for `createChecker`. */
  readonly messages: Catalogue;
  /** The text of `key` with its `{placeholders}` filled in. */
  t(key: PaneKey, values?: Values): string;
  /** `${key}.one` or `${key}.other` by the plural form of `count`, with `{count}` filled in. */
  n(key: PluralKey, count: number, values?: Values): string;
  /**
   * The text of `key` as React children, with placeholders filled by elements (a domain in a
   * monospace span). Text stays text: React escapes it, nothing is parsed as markup.
   */
  nodes(key: PaneKey, values: Readonly<Record<string, React.ReactNode>>): React.ReactNode[];
}

/** The keys that come in `.one` and `.other` pairs. */
export type PluralKey = PluralBase<PaneKey>;

const cache = new Map<Language, PaneText>();

export function paneText(language: Language): PaneText {
  const known = cache.get(language);
  if (known) return known;
  const text = PANE_CATALOGUES[language];
  const plural = pluralKeys(language);
  const t = (key: PaneKey, values?: Values) => fill(text[key], values);
  const made: PaneText = {
    language,
    messages: CATALOGUES[language],
    t,
    n: (key, count, values) => t(plural(key, count), { count, ...values }),
    nodes(key, values) {
      const out: React.ReactNode[] = [];
      const pattern = /\{(\w+)\}/g;
      const template = text[key];
      let last = 0;
      for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
        out.push(template.slice(last, match.index));
        const value = values[match[1]!];
        out.push(
          value === undefined
            ? match[0]
            : React.isValidElement(value)
              ? React.cloneElement(value, { key: `${match.index}` })
              : value,
        );
        last = match.index + match[0].length;
      }
      out.push(template.slice(last));
      return out.filter((part) => part !== "");
    },
  };
  cache.set(language, made);
  return made;
}

/** The pane's words for Office's display language ("de-DE", "ja-JP"), English when it is another. */
export function paneTextFor(displayLanguage: string | undefined | null): PaneText {
  return paneText(languageFor(displayLanguage));
}

export const PaneTextContext = React.createContext<PaneText>(paneText("en"));
export const usePaneText = (): PaneText => React.useContext(PaneTextContext);
