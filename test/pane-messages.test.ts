import { LANGUAGES } from "../src/checker/messages";
import { PANE_CATALOGUES, paneText, paneTextFor } from "../src/taskpane/i18n";
import { PANE_EN, type PaneKey } from "../src/taskpane/i18n/en";
import { describeCatalogues, FRENCH_SPACING_MISSING } from "./catalogue-keys";

const KEYS = Object.keys(PANE_EN) as PaneKey[];

describe("the pane's catalogues", () => {
  describeCatalogues(PANE_EN, PANE_CATALOGUES);

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
      expect({ key, bad: FRENCH_SPACING_MISSING.test(text) }).toEqual({
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
