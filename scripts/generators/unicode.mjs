// Generator for src/checker/data/unicode.generated.ts: the Unicode security tables used by
// src/checker/unicode.ts.
//
// Inputs:
//   data/unicode/confusables.txt     UTS #39 confusable mappings (the "skeleton" data)
//   data/unicode/IdentifierStatus.txt UTS #39 Identifier_Status (which characters identifiers may use)
//   Node's own Unicode database, through regex property escapes (\p{Script_Extensions=...}),
//   for the script membership table; process.versions.unicode is recorded in the output.
//
// Both tables are string-encoded (see the format notes written into the output) so that the shipped
// bundle stays small and the decoder in unicode.ts runs once, lazily.

import { readFile } from "node:fs/promises";
import { packNumbers } from "../packed-numbers.mjs";
import { versionBoundOutput } from "../version-bound-output.mjs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUTPUT = "src/checker/data/unicode.generated.ts";
const CONFUSABLES = "data/unicode/confusables.txt";
const IDENTIFIER_STATUS = "data/unicode/IdentifierStatus.txt";

// Every Script value name (long form) Unicode has defined up to 17.0, plus a few guesses for the
// future. Names this Node does not know are skipped; the generator fails if some assigned code point
// ends up in no script, which means a name is missing here.
const SCRIPT_NAMES = [
  "Common",
  "Inherited",
  "Latin",
  "Greek",
  "Cyrillic",
  "Armenian",
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Nko",
  "Samaritan",
  "Mandaic",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Georgian",
  "Hangul",
  "Ethiopic",
  "Cherokee",
  "Canadian_Aboriginal",
  "Ogham",
  "Runic",
  "Tagalog",
  "Hanunoo",
  "Buhid",
  "Tagbanwa",
  "Khmer",
  "Mongolian",
  "Limbu",
  "Tai_Le",
  "New_Tai_Lue",
  "Buginese",
  "Tai_Tham",
  "Balinese",
  "Sundanese",
  "Batak",
  "Lepcha",
  "Ol_Chiki",
  "Glagolitic",
  "Coptic",
  "Tifinagh",
  "Han",
  "Hiragana",
  "Katakana",
  "Bopomofo",
  "Yi",
  "Lisu",
  "Vai",
  "Bamum",
  "Syloti_Nagri",
  "Phags_Pa",
  "Saurashtra",
  "Kayah_Li",
  "Rejang",
  "Javanese",
  "Cham",
  "Tai_Viet",
  "Meetei_Mayek",
  "Linear_B",
  "Lycian",
  "Carian",
  "Old_Italic",
  "Gothic",
  "Old_Permic",
  "Ugaritic",
  "Old_Persian",
  "Deseret",
  "Shavian",
  "Osmanya",
  "Osage",
  "Elbasan",
  "Caucasian_Albanian",
  "Vithkuqi",
  "Linear_A",
  "Cypriot",
  "Imperial_Aramaic",
  "Palmyrene",
  "Nabataean",
  "Hatran",
  "Phoenician",
  "Lydian",
  "Meroitic_Hieroglyphs",
  "Meroitic_Cursive",
  "Kharoshthi",
  "Old_South_Arabian",
  "Old_North_Arabian",
  "Manichaean",
  "Avestan",
  "Inscriptional_Parthian",
  "Inscriptional_Pahlavi",
  "Psalter_Pahlavi",
  "Old_Turkic",
  "Old_Hungarian",
  "Hanifi_Rohingya",
  "Yezidi",
  "Old_Sogdian",
  "Sogdian",
  "Old_Uyghur",
  "Chorasmian",
  "Elymaic",
  "Brahmi",
  "Kaithi",
  "Sora_Sompeng",
  "Chakma",
  "Mahajani",
  "Sharada",
  "Khojki",
  "Multani",
  "Khudawadi",
  "Grantha",
  "Newa",
  "Tirhuta",
  "Siddham",
  "Modi",
  "Takri",
  "Ahom",
  "Dogra",
  "Warang_Citi",
  "Dives_Akuru",
  "Nandinagari",
  "Zanabazar_Square",
  "Soyombo",
  "Pau_Cin_Hau",
  "Bhaiksuki",
  "Marchen",
  "Masaram_Gondi",
  "Gunjala_Gondi",
  "Makasar",
  "Kawi",
  "Cuneiform",
  "Cypro_Minoan",
  "Egyptian_Hieroglyphs",
  "Anatolian_Hieroglyphs",
  "Bassa_Vah",
  "Pahawh_Hmong",
  "Medefaidrin",
  "Miao",
  "Tangut",
  "Nushu",
  "Khitan_Small_Script",
  "Duployan",
  "SignWriting",
  "Nyiakeng_Puachue_Hmong",
  "Toto",
  "Wancho",
  "Nag_Mundari",
  "Mende_Kikakui",
  "Adlam",
  "Tangsa",
  "Mro",
  "Braille",
  "Katakana_Or_Hiragana",
  "Garay",
  "Gurung_Khema",
  "Kirat_Rai",
  "Ol_Onal",
  "Sunuwar",
  "Todhri",
  "Tulu_Tigalari",
  "Beria_Erfe",
  "Chisoi",
  "Sidetic",
  "Tai_Yo",
  "Tolong_Siki",
  "Unknown",
];

// Scripts placed first so that the most common ones get one-digit ids (smaller table).
const FIRST_SCRIPTS = ["Common", "Inherited", "Latin", "Greek", "Cyrillic", "Han", "Hiragana", "Katakana"];

const BASE = 36;
const enc = (n) => n.toString(BASE);

async function readSource(rel) {
  return readFile(resolve(ROOT, rel), "utf8");
}

function versionOf(text, file) {
  const m = /^#\s*Version:\s*(\S+)/m.exec(text);
  if (!m) throw new Error(`${file}: no "# Version:" line`);
  return m[1];
}

/** Parses IdentifierStatus.txt into a predicate over code points (Allowed). */
function parseAllowed(text) {
  const allowed = new Uint8Array(0x110000);
  for (const line of text.split("\n")) {
    const data = line.replace(/#.*/, "").trim();
    if (!data) continue;
    const [range, status] = data.split(";").map((s) => s.trim());
    if (status !== "Allowed") continue;
    const [lo, hi] = range.split("..").map((h) => parseInt(h, 16));
    for (let cp = lo; cp <= (hi === undefined ? lo : hi); cp++) allowed[cp] = 1;
  }
  return allowed;
}

/** Parses confusables.txt into [source code point, target code points[]] pairs. */
function parseConfusables(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const data = line.replace(/#.*/, "").trim();
    if (!data) continue;
    const fields = data.split(";").map((s) => s.trim());
    const src = fields[0].split(/\s+/).map((h) => parseInt(h, 16));
    if (src.length !== 1) throw new Error(`confusables: multi-code-point source ${fields[0]}`);
    const target = fields[1].split(/\s+/).map((h) => parseInt(h, 16));
    out.push([src[0], target]);
  }
  return out;
}

const isAsciiTarget = (target) => target.every((cp) => cp < 0x80);
const str = (cps) => String.fromCodePoint(...cps);

/**
 * Chooses which confusable mappings ship. The skeleton in unicode.ts starts with NFKD, so a source
 * that NFKD changes is never looked up (fullwidth, mathematical and other compatibility forms,
 * precomposed letters); such entries are dropped. Of the rest we keep:
 *   - sources that identifiers may use (Identifier_Status=Allowed);
 *   - every source whose target is ASCII, i.e. anything imitating ASCII letters, digits, hyphen or
 *     dot, whatever script it comes from (Cherokee, Lisu, ...);
 *   - letters, marks and digits of other scripts whose target is made of Allowed characters, e.g.
 *     an Arabic or Syriac dot mark imitating a Latin diacritic (IDNA2008 permits many of these).
 */
function selectConfusables(entries, allowed) {
  const kept = [];
  const stats = { total: entries.length, nfkd: 0, allowed: 0, ascii: 0, lookalike: 0, other: 0 };
  const letterLike = /[\p{L}\p{M}\p{N}]/u;
  for (const [src, target] of entries) {
    const s = String.fromCodePoint(src);
    let why;
    if (s.normalize("NFKD") !== s) why = "nfkd";
    else if (allowed[src]) why = "allowed";
    else if (isAsciiTarget(target)) why = "ascii";
    else if (letterLike.test(s) && target.every((cp) => cp < 0x80 || allowed[cp])) why = "lookalike";
    else why = "other";
    stats[why]++;
    if (why !== "nfkd" && why !== "other") kept.push([src, target]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  return { kept, stats };
}

// Characters a target may use in the literal ("=") form: printable ASCII except the separators
// and the characters that need escaping in a TS string.
const LITERAL_OK = /^[\x21-\x7e]$/;
const LITERAL_BAD = new Set([",", "=", "_", '"', "\\"]);
const literalChar = (cp) =>
  cp < 0x80 && LITERAL_OK.test(String.fromCharCode(cp)) && !LITERAL_BAD.has(String.fromCharCode(cp));

/*
 * Confusables encoding, two strings: CONFUSABLES_SOURCES holds the source code points, ascending,
 * each as the difference from the one before (the first from 0), as packed numbers
 * (scripts/packed-numbers.mjs); CONFUSABLES_TARGETS holds their targets, in the same order, laid
 * end to end: "=" followed by the target text when it is printable ASCII (the common case), else
 * "_" followed by its code points in base 36 joined by ".".
 */
function encodeConfusables(kept) {
  let prev = 0;
  const deltas = [];
  let targets = "";
  for (const [src, target] of kept) {
    deltas.push(src - prev);
    prev = src;
    targets += target.every(literalChar) ? "=" + str(target) : "_" + target.map(enc).join(".");
  }
  return { sources: packNumbers(deltas), targets };
}

/**
 * Script_Extensions of every code point (sets[cp] = list of script names) from Node's regex engine,
 * and the names that occur. Also checks that SCRIPT_NAMES is complete: every assigned code point
 * must have its Script value among the names Node accepts (every script has characters of its own,
 * so a script missing from the list would show up there).
 */
function computeScriptExtensions() {
  const known = [];
  for (const name of SCRIPT_NAMES) {
    try {
      new RegExp(`\\p{Script_Extensions=${name}}`, "u");
      known.push(name);
    } catch {
      // not known to this Node's Unicode version
    }
  }
  // One string holding every code point except surrogates, plus the code point at each UTF-16 index.
  const cps = [];
  for (let cp = 0; cp < 0x110000; cp++) if (cp < 0xd800 || cp > 0xdfff) cps.push(cp);
  const all = String.fromCodePoint(...cps.slice(0, 0xd800)) + chunkedFromCodePoints(cps.slice(0xd800));
  const cpAt = new Int32Array(all.length);
  for (let i = 0, k = 0; i < all.length; k++) {
    cpAt[i] = cps[k];
    i += cps[k] > 0xffff ? 2 : 1;
  }
  const scanRuns = (re, visit) => {
    for (const m of all.matchAll(re)) {
      const end = m.index + m[0].length;
      for (let i = m.index; i < end; i += cpAt[i] > 0xffff ? 2 : 1) visit(cpAt[i]);
    }
  };

  const hasScript = new Uint8Array(0x110000);
  for (const name of known) {
    scanRuns(new RegExp(`\\p{Script=${name}}+`, "gu"), (cp) => (hasScript[cp] = 1));
  }
  scanRuns(/\P{Cn}+/gu, (cp) => {
    if (!hasScript[cp]) {
      throw new Error(
        `U+${cp.toString(16).toUpperCase()} has no Script in SCRIPT_NAMES: a script name is missing`,
      );
    }
  });

  const sets = Array.from({ length: 0x110000 }, () => []);
  const used = [];
  for (const name of known) {
    const re = new RegExp(`\\p{Script_Extensions=${name}}+`, "gu");
    let any = false;
    scanRuns(re, (cp) => {
      sets[cp].push(name);
      any = true;
    });
    if (any) used.push(name);
  }
  return { sets, used };
}

function chunkedFromCodePoints(cps) {
  let s = "";
  for (let i = 0; i < cps.length; i += 8192) s += String.fromCodePoint(...cps.slice(i, i + 8192));
  return s;
}

/*
 * Script table: which code points are covered? Every code point that is a letter, mark or number
 * (anything that can make up the "letters" of a label, in any script, so that lookalikes from
 * Restricted scripts such as Cherokee are named), plus everything Identifier_Status=Allowed.
 * Everything else (symbols, punctuation, spaces, controls, unassigned) is not in the table; the
 * checker treats those as Common (IDNA does not allow them in labels anyway).
 */
function buildScriptTable(allowed) {
  const { sets, used } = computeScriptExtensions();
  const relevant = /[\p{L}\p{M}\p{N}]/u;
  const all = [
    ...FIRST_SCRIPTS.filter((n) => used.includes(n)),
    ...used.filter((n) => !FIRST_SCRIPTS.includes(n)),
  ];
  const id = new Map(all.map((n, i) => [n, i]));
  const setIds = new Map(); // key "1.4" -> set index
  const setList = [];
  const keyAt = new Array(0x110000).fill(null);
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (!allowed[cp] && !relevant.test(ch)) continue;
    const ids = sets[cp].map((n) => id.get(n)).sort((a, b) => a - b);
    if (ids.length === 0)
      throw new Error(`U+${cp.toString(16)} has no Script_Extensions: a script name is missing`);
    if (ids.length === 1 && ids[0] === id.get("Common")) continue; // Common is the default
    keyAt[cp] = ids.join(".");
  }
  // Runs: [start, key|null]
  const runs = [];
  let cur;
  for (let cp = 0; cp < 0x110000; cp++) {
    const k = keyAt[cp];
    if (cur === undefined || k !== cur) {
      runs.push([cp, k]);
      cur = k;
    }
  }
  // Keep only the scripts the table refers to (Common and Inherited always), renumbered.
  const referenced = new Set([id.get("Common"), id.get("Inherited")]);
  for (const [, k] of runs) if (k !== null) for (const n of k.split(".")) referenced.add(Number(n));
  const names = all.filter((_, i) => referenced.has(i));
  const renumber = new Map(names.map((n, i) => [String(id.get(n)), String(i)]));
  for (const run of runs) {
    if (run[1] !== null)
      run[1] = run[1]
        .split(".")
        .map((n) => renumber.get(n))
        .join(".");
  }
  // Number set keys in order of first use, so that a run's set is either one used before or the next.
  for (const [, k] of runs) {
    if (k === null || setIds.has(k)) continue;
    setIds.set(k, setList.length + 1); // 0 = "not in the table" (Common)
    setList.push(k);
  }
  return { names, setList, runs: runs.map(([s, k]) => [s, k === null ? 0 : setIds.get(k)]) };
}

/*
 * Script table encoding:
 *   SCRIPT_NAMES: script names separated by ",", index = script id.
 *   SCRIPT_SETS:  packed numbers (scripts/packed-numbers.mjs): the number of sets, then each set's
 *                 size minus 1, then the script ids of each set in turn, ascending.
 *                 Set number n (1-based) is the n-th item, numbered in order of first use; set 0
 *                 means "not listed", i.e. Common.
 *   SCRIPT_RANGES: the runs of listed code points (set other than 0), as packed numbers
 *                 (scripts/packed-numbers.mjs) in three blocks of one number per run: first the gap
 *                 of unlisted code points before each run (from the end of the run before, or 0),
 *                 then each run's length, then each run's set number minus 1.
 */
function encodeRuns(runs) {
  const gaps = [];
  const lengths = [];
  const sets = [];
  let end = 0;
  for (let i = 0; i < runs.length; i++) {
    const [start, set] = runs[i];
    if (set === 0) continue;
    const next = i + 1 < runs.length ? runs[i + 1][0] : 0x110000;
    gaps.push(start - end);
    lengths.push(next - start);
    sets.push(set - 1);
    end = next;
  }
  return packNumbers(gaps) + packNumbers(lengths) + packNumbers(sets);
}

function splitLiteral(s, width = 100) {
  const lines = [];
  for (let i = 0; i < s.length; i += width) lines.push(JSON.stringify(s.slice(i, i + width)));
  if (lines.length === 0) lines.push('""');
  return lines.join(" +\n  ");
}

export default async function generateUnicode() {
  const confusablesText = await readSource(CONFUSABLES);
  const statusText = await readSource(IDENTIFIER_STATUS);
  const confusablesVersion = versionOf(confusablesText, CONFUSABLES);
  const statusVersion = versionOf(statusText, IDENTIFIER_STATUS);
  const allowed = parseAllowed(statusText);
  const { kept, stats } = selectConfusables(parseConfusables(confusablesText), allowed);
  const confusables = encodeConfusables(kept);
  const { names, setList, runs } = buildScriptTable(allowed);
  // The number of sets, then each set's size minus 1, then the script ids of every set, in order.
  const setIds = setList.map((k) => k.split(".").map(Number));
  const sets = packNumbers([setIds.length, ...setIds.map((ids) => ids.length - 1), ...setIds.flat()]);
  const ranges = encodeRuns(runs);

  const content = `// AUTO-GENERATED FILE: do not edit.
// Generated by scripts/generate-data.mjs (generator scripts/generators/unicode.mjs); run
// \`npm run generate\` to rebuild it, \`node scripts/generate-data.mjs --check\` to verify it.
// Sources:
//   ${CONFUSABLES} (UTS #39 confusables, Unicode ${confusablesVersion})
//   ${IDENTIFIER_STATUS} (UTS #39 Identifier_Status, Unicode ${statusVersion})
//   Script_Extensions from Node.js regex property escapes, Unicode ${process.versions.unicode}
// Derived from Unicode data files: Copyright (c) Unicode, Inc., under the Unicode License v3
// (see data/unicode/LICENSE).
//
// Confusables: ${kept.length} of the ${stats.total} mappings: ${stats.allowed} with an Identifier_Status=Allowed
// source, ${stats.ascii} more whose target is ASCII, ${stats.lookalike} more letters/marks/digits whose target is
// Allowed; ${stats.nfkd} dropped because NFKD (applied first) already changes the source, ${stats.other} others dropped.
// Format: CONFUSABLES_SOURCES holds the sources, ascending, each as the difference from the one
// before, as packed numbers (src/checker/packed-numbers.ts); CONFUSABLES_TARGETS their targets in the
// same order, end to end, each either "=" + literal ASCII text or "_" + base-36 code points joined by ".".
//
// Scripts: SCRIPT_NAMES lists script ids (index = id). SCRIPT_SETS lists Script_Extensions sets as
// packed numbers: how many, each one's size minus 1, then their script ids (set n, 1-based, is the n-th;
// numbered in order of first use).
// SCRIPT_RANGES holds the runs of listed code points as packed numbers (src/checker/packed-numbers.ts)
// in three blocks of one number per run: the gap of unlisted code points before it, its length, its
// set number minus 1. Unlisted means Common. Listed: letters, marks, numbers and
// Identifier_Status=Allowed code points whose Script_Extensions is not just Common.

export const CONFUSABLES_UNICODE_VERSION = ${JSON.stringify(confusablesVersion)};
export const SCRIPTS_UNICODE_VERSION = ${JSON.stringify(process.versions.unicode)};

export const CONFUSABLES_SOURCES =
  ${splitLiteral(confusables.sources)};

export const CONFUSABLES_TARGETS =
  ${splitLiteral(confusables.targets)};

export const SCRIPT_NAMES =
  ${splitLiteral(names.join(","))};

export const SCRIPT_SETS =
  ${splitLiteral(sets)};

export const SCRIPT_RANGES =
  ${splitLiteral(ranges)};
`;
  // The script table comes from this Node's own Unicode data; regenerate it with
  // RG_REGENERATE_SCRIPTS=1 when moving the project to a newer Node on purpose.
  return versionBoundOutput({
    generator: "unicode.mjs",
    output: OUTPUT,
    content,
    recordedVersion: /SCRIPTS_UNICODE_VERSION = "([^"]+)"/,
    version: process.versions.unicode,
    what: "Unicode",
    override: "RG_REGENERATE_SCRIPTS",
  });
}
