// Unicode security helpers for the checker (UTS #39, Unicode Security Mechanisms): invisible
// characters, confusable skeletons and mixed-script detection.
//
// Pure: no DOM, no Node APIs, no Office. Shipped as ES2016, so no regex property escapes here; the
// Unicode tables come from ./data/unicode.generated.ts (see scripts/generators/unicode.mjs) and are
// decoded once, on first use.

import {
  CONFUSABLES_SOURCES,
  CONFUSABLES_TARGETS,
  SCRIPT_NAMES,
  SCRIPT_RANGES,
  SCRIPT_SETS,
} from "./data/unicode.generated";
import { readPackedNumbers } from "./packed-numbers";

// ---------------------------------------------------------------------------------------------
// Invisible characters
// ---------------------------------------------------------------------------------------------

/**
 * What an invisible character is, for naming it in each language (messages/*.ts, invisibleName):
 * a C0 or C1 control; a zero-width space, joiner or non-joiner (word joiner and byte order mark
 * included); a bidi control (marks, embeddings, overrides, isolates); a filler (Hangul, Khmer);
 * a variation selector; a tag character; an unpaired surrogate; or another format character
 * (soft hyphen, invisible operators, reserved default-ignorables ...).
 */
export type InvisibleKind =
  "control" | "zero-width" | "direction" | "filler" | "variation-selector" | "tag" | "surrogate" | "format";

export interface RemovedCharacter {
  codePoint: number;
  kind: InvisibleKind;
}

/** "U+0007", "U+200B", "U+E0001": a code point as Unicode writes it. */
export const codePointLabel = (cp: number): string => {
  const h = cp.toString(16).toUpperCase();
  return "U+" + (h.length < 4 ? "0000".slice(h.length) + h : h);
};

/**
 * The kind of a character that is invisible or controls layout, or undefined for an ordinary one.
 * Covers C0/C1 controls, the Default_Ignorable_Code_Point characters (zero-width characters, bidi
 * controls, fillers, variation selectors, tag characters...) and unpaired surrogates.
 */
export function invisibleKind(cp: number): InvisibleKind | undefined {
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return "control";
  if (cp < 0xad) return undefined;
  if (cp === 0xad || cp === 0x34f) return "format";
  if (cp === 0x61c) return "direction";
  if (cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5) return "filler";
  if (cp === 0x180e) return "format";
  if (cp < 0x180b) return undefined;
  if (cp <= 0x180f) return "variation-selector"; // 180B-180D, 180F (180E is above)
  if (cp < 0x200b) return undefined;
  if (cp <= 0x200d || cp === 0x2060 || cp === 0xfeff) return "zero-width";
  if (cp <= 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return "direction";
  if (cp >= 0x2061 && cp <= 0x2065) return "format";
  if (cp >= 0x206a && cp <= 0x206f) return "format";
  if (cp === 0x3164 || cp === 0xffa0) return "filler";
  if (cp >= 0xd800 && cp <= 0xdfff) return "surrogate";
  if (cp >= 0xfe00 && cp <= 0xfe0f) return "variation-selector";
  if (cp >= 0xfff0 && cp <= 0xfffb) return "format";
  if (cp < 0x1bca0) return undefined;
  if (cp <= 0x1bca3 || (cp >= 0x1d173 && cp <= 0x1d17a)) return "format";
  if (cp >= 0xe0000 && cp <= 0xe007f) return "tag";
  if (cp >= 0xe0100 && cp <= 0xe01ef) return "variation-selector";
  if (cp >= 0xe0080 && cp <= 0xe0fff) return "format";
  return undefined;
}

/**
 * Removes invisible and layout-control characters: zero-width characters (ZWSP, ZWNJ, ZWJ, word
 * joiner, BOM, soft hyphen, combining grapheme joiner, Hangul fillers, Mongolian vowel separator),
 * variation selectors, tag characters, bidi controls (marks, embeddings, overrides, isolates), C0
 * and C1 control characters, other default-ignorable characters and unpaired surrogates.
 * Returns the cleaned text (the same string when nothing was removed) and what was removed, in order.
 */
export function removeInvisible(text: string): { text: string; removed: RemovedCharacter[] } {
  const removed: RemovedCharacter[] = [];
  let out = "";
  let kept = 0; // start of the pending run of ordinary characters
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Fast path: printable ASCII is never invisible.
    if (c >= 0x20 && c < 0x7f) continue;
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const kind = invisibleKind(cp);
    if (kind !== undefined) {
      out += text.slice(kept, i);
      kept = i + width;
      removed.push({ codePoint: cp, kind });
    }
    i += width - 1;
  }
  if (removed.length === 0) return { text, removed };
  return { text: out + text.slice(kept), removed };
}

// ---------------------------------------------------------------------------------------------
// Confusable skeletons
// ---------------------------------------------------------------------------------------------

let confusables: Map<number, string> | undefined;

/** The confusable mappings: source code point to target text (exported for the tests). */
export function confusableMap(): Map<number, string> {
  if (confusables) return confusables;
  const map = new Map<number, string>();
  const deltas = readPackedNumbers(CONFUSABLES_SOURCES);
  const targets = CONFUSABLES_TARGETS;
  let cp = 0;
  let i = 0; // start of the next target: "=" + ASCII text or "_" + base-36 code points joined by "."
  for (let e = 0; e < deltas.length; e++) {
    cp += deltas[e] as number;
    let end = i + 1;
    while (end < targets.length && targets[end] !== "=" && targets[end] !== "_") end++;
    let target = targets.slice(i + 1, end);
    if (targets[i] === "_") {
      const codes = target.split(".");
      target = "";
      for (let k = 0; k < codes.length; k++) target += String.fromCodePoint(parseInt(codes[k] as string, 36));
    }
    map.set(cp, target);
    i = end;
  }
  confusables = map;
  return map;
}

const MAX_FOLD_ROUNDS = 8;

// Cherokee is left out of case folding: Unicode case folding (and so IDNA) maps its small letters
// to the capitals, the opposite of toLowerCase, and confusables.txt maps both forms, each to what
// it looks like (capital GO to A, small go to small-capital A).
const isCherokee = (cp: number): boolean => (cp >= 0x13a0 && cp <= 0x13fd) || (cp >= 0xab70 && cp <= 0xabbf);

/** Lower-cases code point by code point (no context rules such as final sigma), Cherokee aside. */
function foldCase(s: string): string {
  let out = "";
  for (const ch of s) out += isCherokee(ch.codePointAt(0) as number) ? ch : ch.toLowerCase();
  return out;
}

/**
 * The skeleton of one code point (already NFKD-decomposed by the caller, or decomposed here):
 * ASCII letters are lower-cased first, because domain names are ASCII-case-insensitive (RFC 4343)
 * and "I" must fold like "i" rather than like "l". Then, until nothing changes: map through the
 * confusables, lower-case (foldCase), NFKD. Mapping before lower-casing keeps capital lookalikes
 * (Greek "Β", Cyrillic "М", Cherokee "Ꭺ") mapped to the Latin letter they imitate; lower-casing
 * after mapping turns targets such as "O" (for "0") into "o", and a letter such as "m" that comes
 * out of lower-casing gets mapped in the next round.
 */
function foldCodePoint(cp: number): string {
  const map = confusableMap();
  let s = "";
  for (const ch of String.fromCodePoint(cp).normalize("NFKD")) {
    const c = ch.charCodeAt(0);
    s += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : ch;
  }
  for (let round = 0; round < MAX_FOLD_ROUNDS; round++) {
    let mapped = "";
    for (const ch of s) {
      const target = map.get(ch.codePointAt(0) as number);
      mapped += target === undefined ? ch : target;
    }
    const next = foldCase(mapped).normalize("NFKD");
    if (next === s) break;
    s = next;
  }
  return s;
}

let asciiFold: string[] | undefined;
const foldCache = new Map<number, string>();
const FOLD_CACHE_LIMIT = 20000;

function asciiFoldTable(): string[] {
  if (asciiFold) return asciiFold;
  const table: string[] = [];
  for (let c = 0; c < 0x80; c++) table.push(foldCodePoint(c));
  asciiFold = table;
  return table;
}

function foldCached(cp: number): string {
  let s = foldCache.get(cp);
  if (s === undefined) {
    s = foldCodePoint(cp);
    if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(cp, s);
  }
  return s;
}

/**
 * The UTS #39 confusable skeleton, adapted to domain names: strings that look alike have equal
 * skeletons (skeleton("rnicrosoft") === skeleton("microsoft"), skeleton("0UTLOOK") ===
 * skeleton("outlook"), skeleton("1inklaters") === skeleton("linklaters"), Cyrillic "аррӏе" and
 * "apple"). Skeletons are for comparing, never for display.
 *
 * skeleton(X) = NFD(fold(NFKD(X))), fold applied code point by code point (see foldCodePoint).
 * Differences from the plain UTS #39 skeleton, NFD(map(NFD(X))):
 * - NFKD instead of the first NFD: IDNA applies NFKC to domain names anyway, so full-width and
 *   other compatibility forms need no table entries (the generated table omits them);
 * - case folding: ASCII case never matters (skeleton(X) === skeleton(X.toLowerCase()) for ASCII X,
 *   so "I" folds like "i" although confusables.txt maps "I" to "l"); other capitals are mapped
 *   before being lower-cased, so pass the text as the user sees it to catch "ΒΑΝΚ" (Greek) for "bank";
 * - the table holds only the mappings domain labels can need (see the generated file's header).
 * The result is idempotent: skeleton(skeleton(X)) === skeleton(X).
 */
export function skeleton(text: string): string {
  const ascii = asciiFoldTable();
  let out = "";
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return skeletonSlow(text);
    out += ascii[c] as string;
  }
  return out;
}

function skeletonSlow(text: string): string {
  const s = text.normalize("NFKD");
  const ascii = asciiFoldTable();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += ascii[c] as string;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    out += foldCached(cp);
  }
  return out.normalize("NFD");
}

// ---------------------------------------------------------------------------------------------
// Scripts
// ---------------------------------------------------------------------------------------------

interface ScriptTable {
  /** Script names by id; the augmented pseudo-scripts (Hanb, Jpan, Kore) come last. */
  names: string[];
  /** Script_Extensions sets, augmented per UTS #39; index 0 (unlisted) is Common. */
  sets: number[][];
  /** Run starts (code points), ascending, and each run's set index. */
  starts: number[];
  runSets: number[];
  common: number;
  inherited: number;
  /** The set of ASCII letters (Latin). */
  asciiLatin: number[];
  /** Ids from here on are the augmented pseudo-scripts. */
  augmentedFrom: number;
  /** The "Highly Restrictive" allowances: Latin+Han+Hiragana+Katakana, Latin+Han+Bopomofo, Latin+Han+Hangul. */
  allowances: number[][];
}

let scriptTable: ScriptTable | undefined;

function scriptData(): ScriptTable {
  if (scriptTable) return scriptTable;
  const names = SCRIPT_NAMES.split(",");
  const id = (name: string): number => names.indexOf(name);
  const common = id("Common");
  const inherited = id("Inherited");
  const han = id("Han");
  const hiragana = id("Hiragana");
  const katakana = id("Katakana");
  const hangul = id("Hangul");
  const bopomofo = id("Bopomofo");
  // UTS #39 section 5.1: the augmented script set adds Han with Bopomofo, Japanese and Korean.
  const augmentedFrom = names.length;
  const hanb = names.push("Han_with_Bopomofo") - 1;
  const jpan = names.push("Japanese") - 1;
  const kore = names.push("Korean") - 1;
  const augment = (set: number[]): number[] => {
    const out = set.slice();
    const add = (s: number): void => {
      if (out.indexOf(s) < 0) out.push(s);
    };
    for (const s of set) {
      if (s === han) {
        add(hanb);
        add(jpan);
        add(kore);
      } else if (s === hiragana || s === katakana) add(jpan);
      else if (s === hangul) add(kore);
      else if (s === bopomofo) add(hanb);
    }
    return out.sort((a, b) => a - b);
  };
  const sets: number[][] = [[common]];
  // Packed numbers: how many sets, each one's size minus 1, then the script ids of each in turn.
  const packed = readPackedNumbers(SCRIPT_SETS);
  let next = (packed[0] as number) + 1;
  for (let k = 1; k <= (packed[0] as number); k++) {
    next += (packed[k] as number) + 1;
    sets.push(augment(packed.slice(next - (packed[k] as number) - 1, next)));
  }
  // Runs of listed code points as three blocks of packed numbers: the gap before each run, each
  // run's length, each run's set number minus 1; the gaps are Common (set 0).
  const ranges = readPackedNumbers(SCRIPT_RANGES);
  const count = ranges.length / 3;
  const starts: number[] = [];
  const runSets: number[] = [];
  let end = 0;
  for (let r = 0; r < count; r++) {
    const start = end + (ranges[r] as number);
    if (start > end) {
      starts.push(end);
      runSets.push(0);
    }
    starts.push(start);
    runSets.push((ranges[2 * count + r] as number) + 1);
    end = start + (ranges[count + r] as number);
  }
  if (end < 0x110000) {
    starts.push(end);
    runSets.push(0);
  }
  const latin = id("Latin");
  const table: ScriptTable = {
    names,
    sets,
    starts,
    runSets,
    common,
    inherited,
    asciiLatin: [],
    augmentedFrom,
    // Plain script lists: a Hangul character (augmented with Korean) must not pass as Japanese.
    allowances: [
      [latin, han, hiragana, katakana],
      [latin, han, bopomofo],
      [latin, han, hangul],
    ],
  };
  table.asciiLatin = sets[setIndexAt(table, 0x61)] as number[];
  scriptTable = table;
  return scriptTable;
}

/** Index into t.sets of the run holding a code point (binary search over the run starts). */
function setIndexAt(t: ScriptTable, cp: number): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((t.starts[mid] as number) <= cp) lo = mid;
    else hi = mid - 1;
  }
  return t.runSets[lo] as number;
}

/** The augmented Script_Extensions set of a code point, as ids; null for Common or Inherited. */
function scriptSetOf(t: ScriptTable, cp: number): number[] | null {
  if (cp < 0x80) {
    // ASCII fast path: letters are Latin, everything else Common.
    const lower = cp | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? t.asciiLatin : null;
  }
  const set = t.sets[setIndexAt(t, cp)] as number[];
  // Common and Inherited never share a Script_Extensions set with other scripts.
  return set[0] === t.common || set[0] === t.inherited ? null : set;
}

function codePoints(label: string): number[] {
  const out: number[] = [];
  for (const ch of label) out.push(ch.codePointAt(0) as number);
  return out;
}

/** Intersection of the script sets of all characters; null means ALL (only Common/Inherited). */
function resolve(t: ScriptTable, label: string): number[] | null {
  let resolved: number[] | null = null;
  for (const cp of codePoints(label)) {
    const set = scriptSetOf(t, cp);
    if (set === null) continue;
    if (resolved === null) resolved = set.slice();
    else resolved = resolved.filter((s) => set.indexOf(s) >= 0);
    if (resolved.length === 0) break;
  }
  return resolved;
}

/**
 * The UTS #39 resolved script set of a label: the scripts every character of the label belongs to,
 * using Script_Extensions and the augmented sets (Han also counts as Han_with_Bopomofo, Japanese and
 * Korean; Hiragana and Katakana as Japanese; Hangul as Korean; Bopomofo as Han_with_Bopomofo).
 * Common and Inherited characters (digits, hyphen, dot, combining marks) belong to every script.
 * Returns Unicode script names (e.g. "Latin", "Old_Italic"), sorted by script id; ["Common"] when
 * the label has only Common/Inherited characters (the ALL set); [] when the scripts conflict.
 */
export function resolvedScripts(label: string): string[] {
  const t = scriptData();
  const resolved = resolve(t, label);
  if (resolved === null) return [t.names[t.common] as string];
  return resolved.map((s) => t.names[s] as string);
}

/**
 * True when the label mixes scripts in a way UTS #39 "Highly Restrictive" does not allow: its
 * resolved script set is empty and it is not covered by Latin+Han+Hiragana+Katakana,
 * Latin+Han+Bopomofo or Latin+Han+Hangul. "münchen", "日本語", "русский" are not mixed; "аpple" with
 * a Cyrillic "а" is.
 */
export function isMixedScript(label: string): boolean {
  const t = scriptData();
  const resolved = resolve(t, label);
  if (resolved === null || resolved.length > 0) return false;
  for (const allowed of t.allowances) {
    let covered = true;
    for (const cp of codePoints(label)) {
      const set = scriptSetOf(t, cp);
      if (set !== null && !set.some((s) => allowed.indexOf(s) >= 0)) {
        covered = false;
        break;
      }
    }
    if (covered) return false;
  }
  return true;
}

/**
 * The Script_Extensions of one code point as Unicode script names (without the augmented
 * pseudo-scripts); ["Common"] for code points not in the table (symbols, punctuation, unassigned).
 */
export function scriptExtensionsOf(codePoint: number): string[] {
  const t = scriptData();
  const set = t.sets[setIndexAt(t, codePoint)] as number[];
  return set.filter((s) => s < t.augmentedFrom).map((s) => t.names[s] as string);
}

/**
 * The distinct scripts of a label's characters, Common and Inherited excluded, in first-seen
 * order, as readable names ("Latin", "Cyrillic", "Old Italic"), for messages such as "mixes Latin
 * and Cyrillic letters". A character in several scripts (Script_Extensions) is reported under a
 * script another character of the label already has, if any, else under its first script.
 */
export function scriptNamesOf(label: string): string[] {
  const t = scriptData();
  const cps = codePoints(label);
  const sets: number[][] = [];
  const single: number[] = [];
  for (const cp of cps) {
    const set = scriptSetOf(t, cp);
    if (set === null) continue;
    const own = set.filter((s) => s < t.augmentedFrom);
    if (own.length === 0) continue;
    sets.push(own);
    if (own.length === 1 && single.indexOf(own[0] as number) < 0) single.push(own[0] as number);
  }
  const seen: number[] = [];
  for (const own of sets) {
    let pick = own[0] as number;
    if (own.length > 1) {
      for (const s of own) {
        if (single.indexOf(s) >= 0 || seen.indexOf(s) >= 0) {
          pick = s;
          break;
        }
      }
    }
    if (seen.indexOf(pick) < 0) seen.push(pick);
  }
  return seen.map((s) => readableScriptName(t.names[s] as string));
}

const READABLE_OVERRIDES: { [name: string]: string } = {
  Nko: "N'Ko",
  Phags_Pa: "Phags-pa",
  SignWriting: "SignWriting",
};

function readableScriptName(name: string): string {
  const special = READABLE_OVERRIDES[name];
  return special !== undefined ? special : name.split("_").join(" ");
}
