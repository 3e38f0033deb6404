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

/**
 * ASCII look-alike pairs, folded in one left-to-right pass: vv→w, cl→d, nn and rr→rn (the
 * skeleton's m), q→g, i→l, and then lc, lk, lb, lh (an l, or an i read as l, before c, k, b, h) →
 * k, k, b, h.
 */
function foldAscii(text: string): string {
  let out = "";
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    const next = i + 1 < n ? text[i + 1]! : "";
    if (c === "v" && next === "v") {
      out += "w";
      i++;
    } else if (c === "c" && next === "l") {
      out += "d";
      i++;
    } else if ((c === "n" && next === "n") || (c === "r" && next === "r")) {
      out += "rn";
      i++;
    } else if (c === "q") out += "g";
    else if (c === "i" || c === "l") {
      if (next === "c" || next === "k") {
        out += "k";
        i++;
      } else if (next === "b" || next === "h") {
        out += next;
        i++;
      } else out += "l";
    } else out += c;
  }
  return out;
}

export function looseSkeleton(text: string): string {
  return foldAscii(plainLetters(skeleton(plainLetters(text.toLowerCase()))));
}
