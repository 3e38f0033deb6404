/** What every translated catalogue owes the English one it translates. */
import { LANGUAGES, type Language } from "../src/checker/messages";

/** The `{placeholders}` of a template, each once, sorted. */
export const placeholders = (template: string): string[] =>
  Array.from(new Set(template.match(/\{\w+\}/g) ?? [])).sort();

/** Every key of `english`, no other, none empty, each with the same placeholders. */
export function expectSameKeys(
  english: Readonly<Record<string, string>>,
  catalogue: Readonly<Record<string, string>>,
): void {
  const keys = Object.keys(english);
  expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    expect({ key, empty: catalogue[key]!.trim() === "" }).toEqual({ key, empty: false });
    expect({ key, placeholders: placeholders(catalogue[key]!) }).toEqual({
      key,
      placeholders: placeholders(english[key]!),
    });
  }
}

/** French puts a no-break space (or a narrow one) before : ; ? and !. */
export const FRENCH_SPACING_MISSING = /(^|[^\u00a0\u202f])[;?!]|[^\u00a0\u202f\s]:\s/;

/**
 * The tests every set of catalogues owes the English one: each other language has its keys and
 * placeholders, and plural keys come in pairs.
 */
export function describeCatalogues(
  english: Readonly<Record<string, string>>,
  catalogues: Readonly<Record<Language, Readonly<Record<string, string>>>>,
): void {
  test.each(LANGUAGES.filter((l) => l !== "en"))(
    "%s has every key of the English catalogue, no other, with the same placeholders",
    (language) => expectSameKeys(english, catalogues[language]),
  );
  test("plural keys come in pairs", () => {
    const keys = Object.keys(english);
    for (const key of keys.filter((k) => k.endsWith(".one")))
      expect(keys).toContain(`${key.slice(0, -".one".length)}.other`);
  });
}
