import type { InvisibleCharacter } from "../address";
import { found, type Found } from "./found";

/** invisible-characters: characters that hide what the address says were removed before checking. */
export function invisibleCharacters(removed: readonly InvisibleCharacter[]): Found | undefined {
  if (removed.length === 0) return undefined;
  const codePoints: number[] = [];
  for (const c of removed) if (codePoints.indexOf(c.codePoint) < 0) codePoints.push(c.codePoint);
  return found("invisible-characters", { says: "invisible", codePoints });
}
