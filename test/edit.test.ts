import {
  deletionHashes,
  deletionVariants,
  describeEdit,
  distanceAtMostOne,
  hashAddingCodes,
  oneEditHashes,
} from "../src/checker/edit";
import { areKeyboardNeighbours, isBitFlip } from "../src/checker/keyboard";
import { oneEditStrings } from "./one-edit-strings";

describe("distanceAtMostOne", () => {
  test.each([
    ["gmail.com", "gmail.com", 0],
    ["gmial.com", "gmail.com", 1],
    ["gmai.com", "gmail.com", 1],
    ["gmaill.com", "gmail.com", 1],
    ["gnail.com", "gmail.com", 1],
    ["gmailc.om", "gmail.com", 1],
    ["gmial.cmo", "gmail.com", 2],
    ["gm.com", "gmail.com", 2],
    ["", "a", 1],
    ["ab", "ba", 1],
  ])("%s vs %s = %d", (a, b, d) => {
    expect(distanceAtMostOne(a, b)).toBe(d);
    expect(distanceAtMostOne(b, a)).toBe(d);
  });
});

describe("describeEdit names the slip", () => {
  test.each([
    ["army.ml", "army.mil", "omission", "i"],
    ["gmai.com", "gmail.com", "omission", "l"],
    ["hotmal.com", "hotmail.com", "omission", "i"],
    ["gogle.com", "google.com", "double-letter-dropped", "o"],
    ["armyy.mil", "army.mil", "repetition", "y"],
    ["gmailx.com", "gmail.com", "addition", "x"],
    ["outloiok.com", "outlook.com", "neighbour-key-insertion", "i"],
    ["games.co.nz", "game.co.nz", "plural", "s"],
    ["gmial.com", "gmail.com", "transposition", "ai"],
    ["gmsil.com", "gmail.com", "neighbour-key", "a"],
    ["gmaul.com", "gmail.com", "neighbour-key", "i"],
    ["hotmeil.com", "hotmail.com", "vowel-swap", "a"],
    ["mic2osoft.com", "microsoft.com", "bit-flip", "r"],
    ["gmaxl.com", "gmail.com", "substitution", "i"],
    ["lockheed-martin.com", "lockheedmartin.com", "hyphen-added", "-"],
    ["rollsroyce.com", "rolls-royce.com", "hyphen-removed", "-"],
    ["out.look.com", "outlook.com", "dot-inserted", "."],
    ["usarmy.mil", "us.army.mil", "dot-dropped", "."],
    ["gmailc.om", "gmail.com", "dot-shift", ".c"],
  ])("%s for %s is %s (%s)", (typed, intended, kind, involved) => {
    const edit = describeEdit(typed, intended);
    expect(edit?.kind).toBe(kind);
    // what was expected, or for an addition what was found
    expect(edit?.expected || edit?.found).toBe(involved);
  });

  test("equal or distant strings have no single slip", () => {
    expect(describeEdit("gmail.com", "gmail.com")).toBeNull();
    expect(describeEdit("yahoo.com", "gmail.com")).toBeNull();
  });
});

describe("keyboard", () => {
  test.each([
    ["a", "s", true, "QWERTY row"],
    ["q", "a", true, "QWERTY column"],
    ["z", "t", true, "QWERTZ: z sits where QWERTY has y"],
    ["a", "z", true, "AZERTY: a and z share a row"],
    ["m", "l", true, "AZERTY: m ends the middle row"],
    ["n", "b", true, "bottom row"],
    ["a", "p", false, "opposite ends"],
    ["v", "n", false, "two keys apart"],
  ])("%s and %s neighbours: %s (%s)", (a, b, expected) => {
    expect(areKeyboardNeighbours(a, b)).toBe(expected);
  });

  test("bit flips differ in exactly one bit", () => {
    expect(isBitFlip("r", "2")).toBe(true); // 0x72 and 0x32
    expect(isBitFlip("a", "c")).toBe(true);
    expect(isBitFlip("a", "d")).toBe(false);
    expect(isBitFlip("a", "a")).toBe(false);
  });
});

describe("deletionHashes", () => {
  test("the whole-string hash is the polynomial of base 131 modulo 2^32 (Math.imul's arithmetic)", () => {
    const reference = (s: string): number => {
      let h = 0;
      for (let i = 0; i < s.length; i++) h = (Math.imul(h, 131) + s.charCodeAt(i)) | 0;
      return h & 0x3fffffff;
    };
    const out: number[] = [];
    for (const s of ["", "a", "gmail.com", "\uffff".repeat(50), "z".repeat(300)]) {
      deletionHashes(s, out);
      expect(out[0]).toBe(reference(s));
    }
  });

  test("hash each deletion variant exactly as hashing the variant itself would", () => {
    const scratch: number[] = [];
    const single: number[] = [];
    const samples = ["gmail.com", "army.mil", "aa", "x", "lockheedmartin.com", "a".repeat(200)];
    // Character codes up to 0xFFFF, and long strings whose hashes wrap many times.
    samples.push("xn--80ak6aa92e.com", "\uffff\u0430\uffffz", "q\u00e9".repeat(90));
    for (const s of samples) {
      const count = deletionHashes(s, scratch);
      const variants = deletionVariants(s);
      expect(count).toBe(variants.length);
      variants.forEach((variant, i) => {
        deletionHashes(variant, single);
        expect(scratch[i]).toBe(single[0]);
      });
    }
  });
});

describe("oneEditHashes", () => {
  const hashOf = (s: string): number => {
    const out: number[] = [];
    deletionHashes(s, out);
    return out[0]!;
  };
  /** Every string one edit from `s`, and `s`. */
  const oneEditStringsAndItself = (s: string, alphabet: readonly string[]): Set<string> =>
    new Set([s, ...oneEditStrings(s, alphabet)]);
  const ALL = new Uint32Array([0xffffffff]);

  test("with every bit set, hash exactly the strings one edit away over the alphabet", () => {
    const alphabet = ["a", "m", ".", "-", "1", "\u0430", "\u4e2d", "\uffff"];
    const codes = alphabet.map((c) => c.charCodeAt(0));
    const samples = [
      "",
      "a",
      "gmail.com",
      "aab",
      "ab",
      "\u4e2d\u0430x",
      "q\u00e9".repeat(40),
      "z".repeat(70),
    ];
    const out: number[] = [];
    for (const s of samples) {
      const count = oneEditHashes(s, codes, ALL, 31, out);
      const expected = new Set([...oneEditStringsAndItself(s, alphabet)].map(hashOf));
      expect(new Set(out.slice(0, count))).toEqual(expected);
    }
  });

  test("write only the alphabet's hashes whose bit is set, and every one of them", () => {
    const codes = [..."abc.-"].map((c) => c.charCodeAt(0));
    const bits = new Uint32Array([0x12345678, 0x9abcdef0, 0x0f0f0f0f, 0xf0f0f0f0]);
    const bitMask = 127;
    const isSet = (h: number) => (bits[(h & bitMask) >>> 5]! & (1 << (h & 31))) !== 0;
    const s = "ab.cab-a";
    const all: number[] = [];
    const full = oneEditHashes(s, codes, ALL, 31, all);
    const filtered: number[] = [];
    const count = oneEditHashes(s, codes, bits, bitMask, filtered);
    const kept = new Set(filtered.slice(0, count));
    // Deletions and transpositions are not filtered; every hash the filter lets through is kept.
    for (const h of all.slice(0, full)) if (isSet(h)) expect(kept.has(h)).toBe(true);
    for (const h of kept) expect(all.slice(0, full)).toContain(h);
    expect(kept.size).toBeLessThan(new Set(all.slice(0, full)).size);
  });

  test("hashAddingCodes gives the whole-string hash and collects new character codes once", () => {
    const seen = new Uint8Array(0x10000);
    const alphabet: number[] = [];
    expect(hashAddingCodes("gmail.com", seen, alphabet)).toBe(hashOf("gmail.com"));
    expect(hashAddingCodes("mail\u4e2d", seen, alphabet)).toBe(hashOf("mail\u4e2d"));
    expect(String.fromCharCode(...alphabet)).toBe("gmail.co\u4e2d");
  });
});
