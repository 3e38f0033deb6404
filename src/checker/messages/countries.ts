import { COUNTRY_ENDINGS } from "../data/country-endings.generated";

/**
 * The look-up of a generated table of country and territory names (src/checker/data/
 * country-names*.generated.ts: the name of each ending of COUNTRY_ENDINGS, in its order, joined by
 * newlines), read on first use. Every language's table names the same endings: which endings a
 * catalogue calls a country's never depends on the language.
 */
export function countryTable(text: string): (ending: string) => string | undefined {
  let names: Map<string, string> | undefined;
  return (ending) => {
    if (!names) {
      names = new Map();
      const list = text.split("\n");
      let n = 0;
      for (const group of COUNTRY_ENDINGS.split(" "))
        for (let i = 1; i < group.length; i++) names.set(group[0] + group[i]!, list[n++]!);
    }
    return names.get(ending);
  };
}
