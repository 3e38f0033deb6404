import { LOOKALIKE_SOURCES, LOOKALIKE_TARGETS } from "./data/lookalike-letters.generated";
import { hasNonAscii } from "./domain";
import { readPackedNumbers } from "./packed-numbers";
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

/** The look-alike letters: letter to the Latin letter it passes for (exported for the tests). */
export function letters(): Map<string, string> {
  if (letterMap) return letterMap;
  letterMap = new Map();
  const gaps = readPackedNumbers(LOOKALIKE_SOURCES);
  let code = -1;
  for (let i = 0; i < gaps.length; i++) {
    code += (gaps[i] as number) + 1;
    letterMap.set(String.fromCodePoint(code), LOOKALIKE_TARGETS[i] as string);
  }
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

export function looseSkeleton(text: string): string {
  return (
    looseSkeletonOfLowerAscii(text) ?? foldAscii(plainLetters(skeleton(plainLetters(text.toLowerCase()))))
  );
}

/**
 * Each ASCII character's skeleton as character codes, laid end to end: character c's codes are
 * `codes[starts[c]]` up to `codes[starts[c + 1]]`. Flat arrays keep the loop below free of
 * iterators, which a runtime that has not compiled it yet runs slowly.
 */
let asciiSkeleton: { codes: Uint16Array; starts: Uint16Array; longest: number } | undefined;
let codesIn = new Uint16Array(256);
let codesOut = new Uint16Array(256);

/** Views of the first k codes of codesOut, made once per length (this runs for every address). */
let outputViews: Uint16Array[] = [];

function outputView(length: number): Uint16Array {
  return (outputViews[length] ??= codesOut.subarray(0, length));
}

function ensureBuffers(length: number): void {
  if (length <= codesIn.length) return;
  codesIn = new Uint16Array(length * 2);
  codesOut = new Uint16Array(length * 2);
  outputViews = [];
}

function asciiSkeletonTable(): { codes: Uint16Array; starts: Uint16Array; longest: number } {
  const codes: number[] = [];
  const starts = new Uint16Array(129);
  let longest = 0;
  for (let c = 0; c < 128; c++) {
    starts[c] = codes.length;
    const text = skeleton(String.fromCharCode(c));
    for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
    longest = Math.max(longest, text.length);
  }
  starts[128] = codes.length;
  return { codes: Uint16Array.from(codes), starts, longest };
}

/**
 * looseSkeleton of lower-case ASCII text, every host the checker reads, worked out on character
 * codes instead of through four intermediate strings (several times faster); undefined for other
 * text. Exact because the skeleton maps each ASCII character to ASCII on its own (a unit test holds
 * it to that), which leaves no accents or decorated letters to undo. The skeleton and the ASCII
 * folds (foldedPair) happen in the same pass: a code that may start a folded pair is held until the
 * next one shows whether it does.
 */
function looseSkeletonOfLowerAscii(text: string): string | undefined {
  const table = (asciiSkeleton ??= asciiSkeletonTable());
  const { codes, starts } = table;
  ensureBuffers(text.length * table.longest);
  const out = codesOut;
  let k = 0;
  let held = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return undefined;
    for (let j = starts[c]!, end = starts[c + 1]!; j < end; j++) {
      const code = codes[j]!;
      if (held >= 0) {
        const first = held;
        held = -1;
        const pair = foldedPair(first, code);
        if (pair !== NO_FOLD) {
          k = writeFolded(out, k, pair);
          continue;
        }
        out[k++] = foldedAlone(first);
      }
      if (startsFoldedPair(code)) held = code;
      else out[k++] = foldedAlone(code);
    }
  }
  if (held >= 0) out[k++] = foldedAlone(held);
  return outputText(k);
}

/**
 * The ASCII look-alike folds, defined once for both passes that apply them (foldCodes and the
 * one-pass skeleton above): vv→w, cl→d, nn and rr→rn (the skeleton's m), q→g, i→l, and lc, lk,
 * lb, lh (an l, or an i read as l, before c, k, b, h) → k, k, b, h.
 */
const NO_FOLD = -1;
/** foldedPair's answer for nn and rr, which fold to two codes (rn). */
const PAIR_RN = -2;

/** Whether `code` may start a folded pair: the pass must see the next code before writing it. */
function startsFoldedPair(code: number): boolean {
  return code === V || code === C || code === N || code === R || code === I || code === L;
}

/**
 * What the pair `first` `second` folds to, `first` being a code that starts pairs: one code,
 * PAIR_RN, or NO_FOLD (then `first` stands alone and `second` is read afresh).
 */
function foldedPair(first: number, second: number): number {
  if (first === V) return second === V ? W : NO_FOLD;
  if (first === C) return second === L ? D : NO_FOLD;
  if (first === N || first === R) return second === first ? PAIR_RN : NO_FOLD;
  // i or l
  if (second === C || second === K) return K;
  if (second === B || second === H) return second;
  return NO_FOLD;
}

/** What a code folds to on its own: i→l, q→g, anything else itself. */
function foldedAlone(code: number): number {
  return code === I ? L : code === Q ? G : code;
}

/** Writes a folded pair's code(s) at `out[k]` and returns the next free position. */
function writeFolded(out: Uint16Array, k: number, pair: number): number {
  if (pair === PAIR_RN) {
    out[k++] = R;
    out[k++] = N;
  } else out[k++] = pair;
  return k;
}

/** The ASCII look-alike folds (see startsFoldedPair and foldedPair) of text that is ASCII already. */
function foldAscii(text: string): string {
  ensureBuffers(text.length);
  for (let i = 0; i < text.length; i++) codesIn[i] = text.charCodeAt(i);
  return foldCodes(text.length);
}

const V = 118;
const W = 119;
const C = 99;
const L = 108;
const D = 100;
const N = 110;
const R = 114;
const Q = 113;
const G = 103;
const I = 105;
const K = 107;
const B = 98;
const H = 104;

/** Held locally, like imul in edit.ts: a global look-up on every address is slow in some runtimes. */
const fromCharCode = String.fromCharCode;

/** The first `k` codes of codesOut as text. */
function outputText(k: number): string {
  // Only hosts come here (at most 253 characters, twice that after the skeleton): far below any
  // limit on the number of arguments.
  // apply takes the typed array as it is; a spread would walk it through an iterator first.
  // eslint-disable-next-line prefer-spread
  return fromCharCode.apply(null, outputView(k) as unknown as number[]);
}

/** Folds `codesIn[0..n)` into `codesOut`, left to right, and returns the folded text. */
function foldCodes(n: number): string {
  const input = codesIn;
  const out = codesOut;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = input[i]!;
    if (i + 1 < n && startsFoldedPair(c)) {
      const pair = foldedPair(c, input[i + 1]!);
      if (pair !== NO_FOLD) {
        k = writeFolded(out, k, pair);
        i++;
        continue;
      }
    }
    out[k++] = foldedAlone(c);
  }
  return outputText(k);
}
