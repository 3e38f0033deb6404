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
  const placeholder = /\{(\w+)\}/g;
  let out = "";
  let from = 0;
  let valueEndsWide = false;
  for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
    const value = values[m[1]!];
    let between = template.slice(from, m.index);
    from = placeholder.lastIndex;
    if (valueEndsWide) between = closeWideGap(between, 0);
    if (value === undefined) {
      out += between + m[0];
      valueEndsWide = false;
      continue;
    }
    const text = String(value);
    if (isWide(text.charCodeAt(0))) between = closeWideGap(between, between.length - 1);
    out += between + text;
    valueEndsWide = isWide(text.charCodeAt(text.length - 1));
  }
  const rest = template.slice(from);
  return out + (valueEndsWide ? closeWideGap(rest, 0) : rest);
}

/** Han, kana and full-width forms: Japanese text, which puts no space between its words. */
function isWide(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * Drops the template's space at `at` where it stands between a value and Japanese text on the
 * template's side. The Japanese catalogues set Latin values apart with spaces (`{places} に`); a
 * value that itself ends or starts in Japanese (`ほか 6 件`) would otherwise read `ほか 6 件 に`.
 * Values are never changed: a display name keeps its own spaces.
 */
function closeWideGap(segment: string, at: number): string {
  if (segment.charCodeAt(at) !== 32) return segment;
  const neighbour = at === 0 ? segment.charCodeAt(1) : segment.charCodeAt(at - 1);
  return isWide(neighbour) ? segment.slice(0, at) + segment.slice(at + 1) : segment;
}
