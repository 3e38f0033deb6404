import { LOOKALIKE_SOURCES, LOOKALIKE_TARGETS } from "./data/lookalike-letters.generated";
import { hasNonAscii } from "./domain";
import { skeleton } from "./unicode";

/**
 * The loose comparison space: two hosts that are equal here look alike to a hurried reader even
 * where Unicode's confusables data keeps them apart on purpose. On top of the UTS #39 skeleton it
 * drops accents (ġṁail), reads decorated and small-capital letters as their base letter (ɗ, ʀ, ᴍ),
 * adds Cyrillic and Greek letters that pass for Latin ones (м, т, η), and folds the ASCII look-alike
 * pairs typists and attackers use (vv/w, cl/d, nn and rr/m, q/g, i/l, lc/k). Pairs that only look alike in
 * a few fonts (b/d, c/e) are left out: folding them made unrelated real domains equal.. Used only to compare, never
 * shown to anyone.
 */

let letterMap: Map<string, string> | undefined;

function letters(): Map<string, string> {
  if (letterMap) return letterMap;
  letterMap = new Map();
  const sources = Array.from(LOOKALIKE_SOURCES);
  sources.forEach((ch, i) => letterMap!.set(ch, LOOKALIKE_TARGETS[i]!));
  return letterMap;
}

function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Accents off, decorated letters to their base letter. */
function plainLetters(text: string): string {
  if (!hasNonAscii(text)) return text;
  const map = letters();
  let out = "";
  for (const ch of text.normalize("NFD")) {
    if (isCombiningMark(ch.codePointAt(0)!)) continue;
    out += map.get(ch) ?? map.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

// Applied in order: later folds see the output of earlier ones (i becomes l before lc becomes k).
const ASCII_FOLDS: [string, string][] = [
  ["vv", "w"],
  ["cl", "d"],
  ["nn", "rn"],
  ["rr", "rn"],
  ["q", "g"],
  ["i", "l"],
  ["lc", "k"],
  ["lk", "k"],
  ["lb", "b"],
  ["lh", "h"],
];

function foldAscii(text: string): string {
  let out = text;
  for (const [from, to] of ASCII_FOLDS) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

export function looseSkeleton(text: string): string {
  return foldAscii(plainLetters(skeleton(plainLetters(text.toLowerCase()))));
}
