import type { MessageKey, NamedSuffix } from "./en";

export type { MessageKey, NamedSuffix } from "./en";

/** The languages Recipient Guard speaks. */
export type Language = "en" | "de" | "fr" | "ja";

/**
 * Everything one language needs to say what the checker found: templates, not code. A bundle
 * imports the one catalogue it speaks (see default.ts); index.ts has them all, for the pane and
 * the command line.
 */
export interface Catalogue {
  language: Language;
  /** Every sentence and piece of one, with `{placeholders}` filled in by render.ts. */
  text: Readonly<Record<MessageKey, string>>;
  /** Endings named by whose they are (`mil`: the US military's domain). */
  suffixes: Readonly<Record<NamedSuffix, string>>;
  /** Unicode script names in this language (`Cyrillic`); a script not listed keeps its name. */
  scripts: Readonly<Record<string, string>>;
  /** The name of an invisible character the checker removed ("zero-width space", "Steuerzeichen U+0007"). */
  invisibleName(codePoint: number): string;
  /** The country or territory of a two-letter ending, in this language. */
  country(ending: string): string | undefined;
  /** The form of a country's name the `countryDomain` template takes ("Mali's"), when it is not the name. */
  countryForm?(country: string): string;
}

/**
 * The template with each `{name}` replaced by `values[name]`. Values are not searched again, so
 * text from a message can never be taken for a placeholder.
 */
export function fill(template: string, values?: Readonly<Record<string, string | number>>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
