import { LANGUAGES } from "../src/checker/messages";
import { PANE_CATALOGUES, paneText, paneTextFor } from "../src/taskpane/i18n";
import { PANE_EN, type PaneKey } from "../src/taskpane/i18n/en";

const placeholders = (template: string): string[] =>
  Array.from(new Set(template.match(/\{\w+\}/g) ?? [])).sort();

const KEYS = Object.keys(PANE_EN) as PaneKey[];

describe("the pane's catalogues", () => {
  test.each(LANGUAGES.filter((l) => l !== "en"))(
    "%s has every key of the English catalogue, no other, with the same placeholders",
    (language) => {
      const catalogue = PANE_CATALOGUES[language];
      expect(Object.keys(catalogue).sort()).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        expect({ key, text: catalogue[key].trim() === "" }).toEqual({ key, text: false });
        expect({ key, placeholders: placeholders(catalogue[key]) }).toEqual({
          key,
          placeholders: placeholders(PANE_EN[key]),
        });
      }
    },
  );

  test("plural keys come in pairs", () => {
    for (const key of KEYS.filter((k) => k.endsWith(".one")))
      expect(KEYS).toContain(`${key.slice(0, -".one".length)}.other`);
  });

  test("no template holds markup: every one is plain text, escaped by React", () => {
    for (const language of LANGUAGES)
      for (const key of KEYS)
        expect({ key, markup: /<\/?[a-z]/i.test(PANE_CATALOGUES[language][key]) }).toEqual({
          key,
          markup: false,
        });
  });

  test("French puts a no-break space before : ; ? and !", () => {
    for (const key of KEYS) {
      const text = PANE_CATALOGUES.fr[key];
      expect({ key, bad: /(^|[^\u00a0\u202f])[;?!]|[^\u00a0\u202f\s]:\s/.test(text) }).toEqual({
        key,
        bad: false,
      });
    }
  });

  test("Office's display language chooses the catalogue; any other language is English", () => {
    expect(paneTextFor("de-DE").language).toBe("de");
    expect(paneTextFor("de-AT").language).toBe("de");
    expect(paneTextFor("fr-CA").language).toBe("fr");
    expect(paneTextFor("ja-JP").language).toBe("ja");
    expect(paneTextFor("pt-BR").language).toBe("en");
    expect(paneTextFor(undefined).language).toBe("en");
    // The checker's findings in the pane come from the same language's catalogue.
    expect(paneTextFor("ja-JP").messages.language).toBe("ja");
  });

  test("counts take each language's plural form, and values are never read as placeholders", () => {
    expect(paneText("en").n("count.recipients", 1)).toBe("1 recipient");
    expect(paneText("en").n("count.recipients", 2)).toBe("2 recipients");
    expect(paneText("fr").n("count.recipients", 0)).toBe("0 destinataire");
    expect(paneText("de").n("count.addresses", 3)).toBe("3 Adressen");
    expect(paneText("ja").n("count.domains", 1)).toBe("1 件のドメイン");
    expect(paneText("de").t("trusted.added", { domain: "{noun}" })).toBe("{noun} hinzugefügt.");
  });
});
