import type { Catalogue, Language } from "./catalogue";
import { de } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import { ja } from "./ja";

/**
 * Every catalogue, for the pane and the command line, which choose at run time. A send handler
 * imports none of this: it speaks the one catalogue of default.ts.
 */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, de, fr, ja };

export const LANGUAGES: readonly Language[] = ["en", "de", "fr", "ja"];

/**
 * The language for Office's display language (`de-DE`, `fr-CA`, `ja-JP`) or a POSIX locale
 * (`de_AT.UTF-8`): German, French or Japanese when it is one of those, English otherwise.
 */
export function languageFor(displayLanguage: string | undefined | null): Language {
  const primary = String(displayLanguage ?? "")
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return primary === "de" || primary === "fr" || primary === "ja" ? primary : "en";
}

export function catalogueFor(displayLanguage: string | undefined | null): Catalogue {
  return CATALOGUES[languageFor(displayLanguage)];
}

/**
 * The command line's language from the environment, as gettext reads it: LC_ALL, then
 * LC_MESSAGES, then LANG (the first one set and not empty).
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  return languageFor(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export type { Catalogue, Language, MessageKey } from "./catalogue";
export { describeDomain, describeEvidence, describeSlip, describeSuffix, invisibleNames } from "./render";
