import { areKeyboardNeighbours, isBitFlip, isVowel } from "./keyboard";

/**
 * One typing slip that turns `intended` into `typed`, described so a person can recognise it.
 * Positions index into `intended` for omissions and substitutions and into `typed` for additions.
 */
export type EditKind =
  | "omission"
  | "double-letter-dropped"
  | "repetition"
  | "addition"
  | "neighbour-key-insertion"
  | "plural"
  | "transposition"
  | "neighbour-key"
  | "vowel-swap"
  | "bit-flip"
  | "substitution"
  | "hyphen-added"
  | "hyphen-removed"
  | "dot-inserted"
  | "dot-dropped"
  | "dot-shift";

export interface Edit {
  kind: EditKind;
  /** Index in `intended` where the two strings start to differ. */
  position: number;
  /** The characters of `intended` involved ("" for an addition). */
  expected: string;
  /** The characters of `typed` involved ("" for an omission). */
  found: string;
}

/**
 * Optimal-string-alignment distance, but only answers "0, 1, or more" (returns 2 for anything
 * further): every caller asks about single slips, and this is linear time with no allocation.
 */
export function distanceAtMostOne(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return 2;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  const [shorter, longer] = la < lb ? [a, b] : [b, a];
  return shorter.slice(i) === longer.slice(i + 1) ? 1 : 2;
}

/** Describes the single slip between two strings; null when they are equal or further apart. */
export function describeEdit(typed: string, intended: string): Edit | null {
  if (distanceAtMostOne(typed, intended) !== 1) return null;
  let i = 0;
  while (i < typed.length && i < intended.length && typed[i] === intended[i]) i++;

  if (typed.length === intended.length - 1) {
    // A character of `intended` is missing. Report the leftmost of a run of equal letters.
    const missing = intended[i]!;
    if (missing === ".") return { kind: "dot-dropped", position: i, expected: ".", found: "" };
    if (missing === "-") return { kind: "hyphen-removed", position: i, expected: "-", found: "" };
    const doubled = intended[i - 1] === missing || intended[i + 1] === missing;
    return {
      kind: doubled ? "double-letter-dropped" : "omission",
      position: i,
      expected: missing,
      found: "",
    };
  }

  if (typed.length === intended.length + 1) {
    const extra = typed[i]!;
    const edit = (kind: EditKind): Edit => ({ kind, position: i, expected: "", found: extra });
    if (extra === ".") return edit("dot-inserted");
    if (extra === "-") return edit("hyphen-added");
    if (typed[i - 1] === extra || typed[i + 1] === extra) return edit("repetition");
    const nextIsDot = typed[i + 1] === "." || i + 1 === typed.length;
    if (extra === "s" && nextIsDot) return edit("plural");
    const before = typed[i - 1];
    const after = typed[i + 1];
    if ((before && areKeyboardNeighbours(extra, before)) || (after && areKeyboardNeighbours(extra, after))) {
      return edit("neighbour-key-insertion");
    }
    return edit("addition");
  }

  const expected = intended[i]!;
  const found = typed[i]!;
  if (
    typed[i + 1] === expected &&
    intended[i + 1] === found &&
    typed.slice(i + 2) === intended.slice(i + 2)
  ) {
    const pair = { position: i, expected: intended.slice(i, i + 2), found: typed.slice(i, i + 2) };
    return { kind: expected === "." || found === "." ? "dot-shift" : "transposition", ...pair };
  }
  const single = { position: i, expected, found };
  if (areKeyboardNeighbours(expected, found)) return { kind: "neighbour-key", ...single };
  if (isVowel(expected) && isVowel(found)) return { kind: "vowel-swap", ...single };
  if (isBitFlip(expected, found)) return { kind: "bit-flip", ...single };
  return { kind: "substitution", ...single };
}

/** Every string one deletion away from `s` (with `s` itself): the keys of the symmetric-deletion index. */
export function deletionVariants(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && s[i] === s[i - 1]) continue; // deleting either of two equal letters gives the same string
    out.push(s.slice(0, i) + s.slice(i + 1));
  }
  return out;
}

/**
 * Held locally: a send handler may run where every global look-up is slow (Node's vm contexts,
 * where the bench runs it, make each one a call), and the hash loops use it a few dozen times an
 * address.
 */
const imul = Math.imul;
const HASH_BASE = 131;
const HASH_MASK = 0x3fffffff; // 30 bits: small integers stay unboxed in V8's maps
let prefix = new Int32Array(65);
let charCodes = new Int32Array(65);
let powers = new Int32Array(65);
powers[0] = 1;
for (let i = 1; i < powers.length; i++) powers[i] = imul(powers[i - 1]!, HASH_BASE);

function ensureCapacity(length: number): void {
  if (length < prefix.length) return;
  const size = length * 2;
  prefix = new Int32Array(size + 1);
  charCodes = new Int32Array(size + 1);
  const more = new Int32Array(size + 1);
  more[0] = 1;
  for (let i = 1; i < more.length; i++) more[i] = imul(more[i - 1]!, HASH_BASE);
  powers = more;
}

/** Fills prefix[0..n] and charCodes[0..n) for `s`; returns its whole hash (unmasked). */
function prefixHashes(s: string): number {
  const n = s.length;
  ensureCapacity(n);
  let h = 0;
  for (let i = 0; i < n; i++) {
    prefix[i] = h;
    const c = s.charCodeAt(i);
    charCodes[i] = c;
    // Exact without imul: |h| < 2^31 and the base < 2^8 keep the product below 2^53, and | 0 then
    // wraps it as imul would. A call saved per character counts where the code is not compiled yet.
    h = (h * HASH_BASE + c) | 0;
  }
  prefix[n] = h;
  return h;
}

/**
 * Hashes of `s` and of every string one deletion away from it, written into `out`; returns how many.
 * The same keys as deletionVariants, computed from prefix and suffix hashes without building the
 * strings. Equal hashes are only candidates: callers confirm with distanceAtMostOne.
 */
export function deletionHashes(s: string, out: number[]): number {
  const n = s.length;
  const h = prefixHashes(s);
  const codes = charCodes;
  let count = 0;
  out[count++] = h & HASH_MASK;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c === previous) continue; // deleting either of two equal letters gives the same string
    previous = c;
    // Deleting s[i] leaves s[0..i) shifted over the rest where s[0..i+1) was: the whole hash plus
    // (prefix[i] - prefix[i + 1]) times the rest's shift, all modulo 2^32.
    const shift = powers[n - 1 - i]!;
    out[count++] = ((h + imul((prefix[i]! - prefix[i + 1]!) | 0, shift)) | 0) & HASH_MASK;
  }
  return count;
}

/** The hash deletionHashes gives `s` itself (and oneEditHashes, and hashAddingCodes). */
export function wholeHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * HASH_BASE + s.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/**
 * The hash deletionHashes gives `s` itself. Character codes of `s` not yet marked in `seen` are
 * marked and added to `alphabet`, the characters oneEditHashes tries.
 */
export function hashAddingCodes(s: string, seen: Uint8Array, alphabet: number[]): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (seen[c] === 0) {
      seen[c] = 1;
      alphabet.push(c);
    }
  }
  return wholeHash(s);
}

/**
 * Hashes of `s` and of every string one edit from it whose characters are `s`'s or in `alphabet`
 * (deletions, substitutions, insertions, adjacent transpositions), written into `out`; returns how
 * many. Each costs O(1) from prefix hashes and powers; some strings come out more than once. Those
 * over the alphabet, nearly all of them, are written only where their bit (hash & bitMask) is set
 * in `bits`: the caller's filter, tested here rather than after a write and a read per hash.
 */
export function oneEditHashes(
  s: string,
  alphabet: readonly number[],
  bits: Uint32Array,
  bitMask: number,
  out: number[],
): number {
  const n = s.length;
  const h = prefixHashes(s);
  const codes = charCodes;
  const size = alphabet.length;
  let count = 0;
  out[count++] = h & HASH_MASK;
  for (let i = 0; ; i++) {
    // c inserted before s[i]: s[0..i) moves one place up, c takes its place: the whole hash plus
    // prefix[i] (base - 1) base^(n-i), plus c base^(n-i).
    let shift = powers[n - i]!;
    const before = (h + imul(imul(prefix[i]!, HASH_BASE - 1), shift)) | 0;
    for (let k = 0; k < size; k++) {
      const x = before + imul(alphabet[k]!, shift);
      if ((bits[(x & bitMask) >>> 5]! & (1 << (x & 31))) !== 0) out[count++] = x & HASH_MASK;
    }
    if (i === n) return count;
    const c = codes[i]!;
    shift = powers[n - 1 - i]!;
    // s[i] deleted, as in deletionHashes, or replaced by another character.
    out[count++] = ((h + imul((prefix[i]! - prefix[i + 1]!) | 0, shift)) | 0) & HASH_MASK;
    const without = (h - imul(c, shift)) | 0;
    for (let k = 0; k < size; k++) {
      const x = without + imul(alphabet[k]!, shift);
      if ((bits[(x & bitMask) >>> 5]! & (1 << (x & 31))) !== 0) out[count++] = x & HASH_MASK;
    }
    // s[i] and s[i + 1] swapped: (s[i + 1] - s[i]) (base - 1) base^(n-2-i) more.
    if (i + 1 < n)
      out[count++] = ((h + imul(imul(codes[i + 1]! - c, HASH_BASE - 1), powers[n - 2 - i]!)) | 0) & HASH_MASK;
  }
}
