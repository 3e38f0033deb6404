import { countryName } from "./countries";

/** Endings whose region code is not the ending itself (as the generator of the English table has it). */
const REGION_FOR_ENDING: Readonly<Record<string, string>> = { uk: "GB", ac: "SH", su: "RU" };

interface RegionNames {
  of(code: string): string | undefined;
}

/**
 * Country names in `language` for the endings the English table names, from the runtime's CLDR
 * data (Intl.DisplayNames); the English name where the runtime has none. Only for the pane and
 * the command line: a send handler in another language would need a generated table, as English has.
 */
export function countryNamesIn(language: string): (ending: string) => string | undefined {
  let names: RegionNames | null | undefined;
  return (ending) => {
    const english = countryName(ending);
    if (english === undefined) return undefined;
    if (names === undefined) {
      const DisplayNames = (Intl as unknown as { DisplayNames?: new (l: string[], o: object) => RegionNames })
        .DisplayNames;
      try {
        names = DisplayNames ? new DisplayNames([language], { type: "region" }) : null;
      } catch {
        names = null;
      }
    }
    const region = REGION_FOR_ENDING[ending] ?? ending.toUpperCase();
    let name: string | undefined;
    try {
      name = names ? names.of(region) : undefined;
    } catch {
      name = undefined;
    }
    return name && name !== region ? name : english;
  };
}
