import { fill } from "../../checker/messages/catalogue";
import type { Language } from "../../checker/messages/catalogue";
import { pluralKeys, type PluralBase } from "../../shared/plural-words";
import { CLI_DE } from "./de";
import { CLI_EN, type CliKey } from "./en";
import { CLI_FR } from "./fr";
import { CLI_JA } from "./ja";

export type { CliKey } from "./en";

/** One language's words, key for key the English ones. */
type Catalogue = Readonly<Record<CliKey, string>>;

/** Every command-line catalogue, key for key the same as the English one. */
export const CLI_CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: CLI_EN,
  de: CLI_DE,
  fr: CLI_FR,
  ja: CLI_JA,
};

/** What fills a template's placeholders. */
type Values = Parameters<typeof fill>[1];

/** The locale numbers are written in: en-US keeps the figures the tool always printed (1,520). */
const LOCALES: Readonly<Record<Language, string>> = { en: "en-US", de: "de-DE", fr: "fr-FR", ja: "ja-JP" };

/** The command line's own words in one language (the findings come from the checker's catalogue). */
export interface CliText {
  readonly language: Language;
  /** The text of `key` with its `{placeholders}` filled in. */
  t(key: CliKey, values?: Values): string;
  /** `${key}.one` or `${key}.other` by the plural form of `count`, with `{count}` as a number of this language. */
  n(key: PluralBase<CliKey>, count: number, values?: Values): string;
  /** A number as this language writes it: 1,520, 1.520, 1 520. */
  number(value: number): string;
}

const made = new Map<Language, CliText>();

export function cliText(language: Language = "en"): CliText {
  const known = made.get(language);
  if (known) return known;
  const catalogue = CLI_CATALOGUES[language];
  const plural = pluralKeys(LOCALES[language]);
  const number = (value: number): string => value.toLocaleString(LOCALES[language]);
  const t = (key: CliKey, values?: Values): string => fill(catalogue[key], values);
  const text: CliText = {
    language,
    t,
    n: (key, count, values) => t(plural(key, count), { ...values, count: number(count) }),
    number,
  };
  made.set(language, text);
  return text;
}

/**
 * The columns `text` takes in a terminal: East Asian wide and full-width characters take two, so
 * that a Japanese table lines up.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** `text` padded with spaces to `width` terminal columns. */
export function padTo(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
