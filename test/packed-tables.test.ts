// The Unicode and look-alike tables ship as packed text (src/checker/packed-numbers.ts); these tests
// decode them with the checker's own decoders and compare every entry with the source data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCRIPT_NAMES, SCRIPTS_UNICODE_VERSION } from "../src/checker/data/unicode.generated";
import { letters } from "../src/checker/lookalike-space";
import { readPackedNumbers } from "../src/checker/packed-numbers";
import { confusableMap, scriptExtensionsOf } from "../src/checker/unicode";

const source = (...parts: string[]): string => readFileSync(join(__dirname, "..", ...parts), "utf8");

/** Data lines of a Unicode data file, comments and blank lines dropped, split on ";". */
const dataLines = (text: string): string[][] =>
  text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => line.split(";").map((f) => f.trim()));

function allowedCodePoints(): Uint8Array {
  const allowed = new Uint8Array(0x110000);
  for (const [range, status] of dataLines(source("data", "unicode", "IdentifierStatus.txt"))) {
    if (status !== "Allowed") continue;
    const [lo, hi] = range!.split("..").map((h) => parseInt(h, 16));
    for (let cp = lo!; cp <= (hi === undefined ? lo! : hi); cp++) allowed[cp] = 1;
  }
  return allowed;
}

test("packed numbers read back", () => {
  expect(readPackedNumbers("")).toEqual([]);
  // 0, 35, 36 = 1*36+0, 935 = 25*36+35, 936 = (1*26+0)*36+0, 1114111
  expect(readPackedNumbers("0zB0ZzBA0")).toEqual([0, 35, 36, 935, 936]);
  expect(readPackedNumbers("BTUHj")).toEqual([0x10ffff]);
  expect(readPackedNumbers("BTUHj0")).toEqual([0x10ffff, 0]);
});

test("the confusables decode to exactly the mappings of confusables.txt the generator keeps", () => {
  // The selection documented in scripts/generators/unicode.mjs: sources NFKD leaves alone that are
  // Allowed, or whose target is ASCII, or letters/marks/digits whose target is ASCII or Allowed.
  const allowed = allowedCodePoints();
  const letterLike = /[\p{L}\p{M}\p{N}]/u;
  const expected = new Map<number, string>();
  for (const [src, target] of dataLines(source("data", "unicode", "confusables.txt"))) {
    const cp = parseInt(src!, 16);
    const s = String.fromCodePoint(cp);
    const codes = target!.split(/\s+/).map((h) => parseInt(h, 16));
    if (s.normalize("NFKD") !== s) continue;
    if (
      allowed[cp] ||
      codes.every((c) => c < 0x80) ||
      (letterLike.test(s) && codes.every((c) => c < 0x80 || allowed[c]))
    )
      expected.set(cp, String.fromCodePoint(...codes));
  }
  const decoded = confusableMap();
  expect(decoded.size).toBe(expected.size);
  expect(expected.size).toBeGreaterThan(1400);
  for (const [cp, target] of expected) {
    expect([cp.toString(16), decoded.get(cp)]).toEqual([cp.toString(16), target]);
  }
});

test("the look-alike letters decode to exactly the entries of their two source files", () => {
  const rows = (text: string): string[][] =>
    text
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("#"))
      .map((line) => line.split("\t"));
  const expected = new Map<string, string>();
  for (const [hex, base] of rows(source("data", "lookalikes", "latin-letter-bases.tsv")))
    expected.set(String.fromCodePoint(parseInt(hex!, 16)), base!);
  for (const [ch, base] of rows(source("data", "lookalikes", "extra-lookalikes.tsv")))
    expected.set(ch!, base!);
  const decoded = letters();
  expect(decoded.size).toBe(expected.size);
  expect(expected.size).toBeGreaterThan(250);
  for (const [ch, base] of expected) expect([ch, decoded.get(ch)]).toEqual([ch, base]);
});

const sameVersion = process.versions.unicode === SCRIPTS_UNICODE_VERSION;
(sameVersion ? test : test.skip)(
  "the script table decodes to this Node's Script_Extensions for every code point it lists, Common elsewhere",
  () => {
    // Every code point but the surrogates, in one string, and the code point at each UTF-16 index.
    const cps: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) if (cp < 0xd800 || cp > 0xdfff) cps.push(cp);
    let all = "";
    for (let i = 0; i < cps.length; i += 8192) all += String.fromCodePoint(...cps.slice(i, i + 8192));
    const cpAt = new Int32Array(all.length);
    for (let i = 0, k = 0; i < all.length; k++) {
      cpAt[i] = cps[k]!;
      i += cps[k]! > 0xffff ? 2 : 1;
    }
    const scanRuns = (re: RegExp, visit: (cp: number) => void): void => {
      for (const m of all.matchAll(re)) {
        const end = m.index! + m[0].length;
        for (let i = m.index!; i < end; i += cpAt[i]! > 0xffff ? 2 : 1) visit(cpAt[i]!);
      }
    };
    // The table's script names, in id order (scriptExtensionsOf answers in that order).
    const names = SCRIPT_NAMES.split(",");
    const listed = new Uint8Array(0x110000);
    const allowed = allowedCodePoints();
    scanRuns(/[\p{L}\p{M}\p{N}]+/gu, (cp) => (listed[cp] = 1));
    const sets: string[][] = Array.from({ length: 0x110000 }, () => []);
    for (const name of names) {
      scanRuns(new RegExp(`\\p{Script_Extensions=${name}}+`, "gu"), (cp) => sets[cp]!.push(name));
    }
    let mismatches = 0;
    let checked = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const own = sets[cp]!;
      const isListed = (listed[cp] || allowed[cp]) && !(own.length === 1 && own[0] === "Common");
      const expected = isListed ? own : ["Common"];
      const got = scriptExtensionsOf(cp);
      if (got.join() !== expected.join()) {
        if (mismatches++ < 5) expect([cp.toString(16), got]).toEqual([cp.toString(16), expected]);
      }
      checked++;
    }
    expect(mismatches).toBe(0);
    expect(checked).toBe(0x110000 - 0x800);
  },
);
