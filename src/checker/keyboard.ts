/**
 * Keyboard geometry for the three layouts most of our users type on. Two keys are neighbours when
 * they touch on at least one layout; rows are staggered the way physical keyboards are.
 */
const LAYOUTS: Record<string, readonly string[]> = {
  QWERTY: ["1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"],
  QWERTZ: ["1234567890-", "qwertzuiop", "asdfghjkl", "yxcvbnm"],
  AZERTY: ["1234567890-", "azertyuiop", "qsdfghjklm", "wxcvbn"],
};

function buildNeighbours(): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const layout of Object.keys(LAYOUTS)) {
    const rows = LAYOUTS[layout]!;
    rows.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        const key = row[c]!;
        const touching = [
          row[c - 1],
          row[c + 1],
          rows[r - 1]?.[c],
          rows[r - 1]?.[c + 1],
          rows[r + 1]?.[c - 1],
          rows[r + 1]?.[c],
        ];
        for (const other of touching) if (other && other !== key) link(key, other);
      }
    });
  }
  return neighbours;
}

const NEIGHBOURS = buildNeighbours();

export function areKeyboardNeighbours(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

export function keyboardNeighbours(key: string): readonly string[] {
  return Array.from(NEIGHBOURS.get(key) ?? []);
}

const VOWELS = "aeiouy";
export function isVowel(ch: string): boolean {
  return ch.length === 1 && VOWELS.includes(ch);
}

/** True when the two characters' codes differ in exactly one bit (a memory or transmission error). */
export function isBitFlip(a: string, b: string): boolean {
  const x = a.charCodeAt(0) ^ b.charCodeAt(0);
  return x !== 0 && (x & (x - 1)) === 0;
}
