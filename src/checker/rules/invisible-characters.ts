import type { InvisibleCharacter } from "../address";
import { found, type Found } from "./found";

/** invisible-characters: characters that hide what the address says were removed before checking. */
export function invisibleCharacters(removed: readonly InvisibleCharacter[]): Found | undefined {
  if (removed.length === 0) return undefined;
  const names: string[] = [];
  for (const c of removed) if (names.indexOf(c.name) < 0) names.push(c.name);
  return found("invisible-characters", { says: "invisible", names });
}
