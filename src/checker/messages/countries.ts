import { COUNTRY_NAMES_TEXT } from "../data/country-names.generated";

let countryNames: Map<string, string> | undefined;

/**
 * The English name of the country or territory behind a two-letter ending, from the generated
 * CLDR table. Which endings any catalogue calls a country's is decided here, whatever the language.
 */
export function countryName(ending: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map();
    for (const row of COUNTRY_NAMES_TEXT.split("\n")) {
      const bar = row.indexOf("|");
      countryNames.set(row.slice(0, bar), row.slice(bar + 1));
    }
  }
  return countryNames.get(ending);
}
