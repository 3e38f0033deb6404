import { readFileSync } from "fs";
import { join } from "path";

import { SCRIPT_NAMES, SCRIPTS_UNICODE_VERSION } from "../src/checker/data/unicode.generated";
import { en } from "../src/checker/messages/en";
import {
  invisibleKind,
  isMixedScript,
  removeInvisible,
  resolvedScripts,
  scriptExtensionsOf,
  scriptNamesOf,
  skeleton,
} from "../src/checker/unicode";

// Non-ASCII test strings are written with escapes where the letters would be ambiguous to a reader.
const CYR_A = "\u0430"; // CYRILLIC SMALL LETTER A
const CYR_O = "\u043e"; // CYRILLIC SMALL LETTER O
const CYR_ER = "\u0440"; // CYRILLIC SMALL LETTER ER (looks like p)
const CYR_IE = "\u0435"; // CYRILLIC SMALL LETTER IE (looks like e)
const CYR_PALOCHKA = "\u04cf"; // CYRILLIC SMALL LETTER PALOCHKA (looks like l)
const CYR_U = "\u0443"; // CYRILLIC SMALL LETTER U (looks like y)
const CYRILLIC_APPLE = CYR_A + CYR_ER + CYR_ER + CYR_PALOCHKA + CYR_IE;

describe("skeleton: strings that look alike have equal skeletons", () => {
  test.each([
    ["0UTLOOK", "outlook", "digit zero maps to capital O, which then folds to o"],
    ["0utlook", "outlook", "digit zero for a lower-case o"],
    ["OUTLOOK", "outlook", "ASCII case never matters in a domain"],
    ["MICROSOFT", "microsoft", "upper-case I folds like i, not like l, since domains are case-insensitive"],
    ["ARMY.MIL", "army.mil", "upper-case M folds to m and then maps like m"],
    ["rnicrosoft", "microsoft", "confusables.txt maps m to rn"],
    ["arrny.mil", "army.mil", "rn for m in the incident domain"],
    ["1inklaters", "linklaters", "digit one maps to l"],
    ["|inklaters", "linklaters", "vertical line maps to l"],
    [CYRILLIC_APPLE, "apple", "whole-script Cyrillic lookalike of apple"],
    [CYRILLIC_APPLE + ".com", "apple.com", "whole-script Cyrillic domain name"],
    [CYR_A + "pple", "apple", "one Cyrillic a in a Latin label"],
    ["g" + CYR_O + CYR_O + "gle", "google", "Cyrillic o twice"],
    [CYR_ER + CYR_A + CYR_U + CYR_ER + CYR_A + "l", "paypal", "Cyrillic er, a, u for p, a, y"],
    [CYR_A + "rmy.mil", "army.mil", "the Cyrillic a example of typo-classes.md"],
    ["\u03b1pple", "apple", "Greek small alpha for a"],
    ["\u03bfutlook", "outlook", "Greek small omicron for o"],
    ["\u0392\u0391\u039d\u039a", "bank", "Greek capitals are mapped before lower-casing: BANK in Greek"],
    ["\u0585utlook", "outlook", "Armenian oh for o"],
    ["\u0570otmail", "hotmail", "Armenian ho for h"],
    ["i\u0578tel", "intel", "Armenian vo for n"],
    ["\u13aa\u13a1\u13b7\u13a9", "army", "Cherokee capitals GO, E, LU, GI for A, R, M, Y"],
    ["\u13f4\u13aa\u13a1\u13df\u13de\u13aa\u13a9\u13da", "barclays", "Cherokee lookalike of BARCLAYS"],
    ["\uab81", "r", "Cherokee small letters keep their own mappings (small HU looks like r)"],
    ["\ua4f2nklaters", "lnklaters", "Lisu letter I for l"],
    ["\uff41\uff52\uff4d\uff59.mil", "army.mil", "full-width letters are folded by NFKD before mapping"],
    ["\uff2d\uff29\uff23\uff32\uff2f", "micro", "full-width capitals behave as ASCII capitals"],
    ["m\u00fcnchen", "mu\u0308nchen", "precomposed and decomposed \u00fc are the same"],
    ["mu\u08ebnchen", "m\u00fcnchen", "Arabic two dots above imitates a diaeresis"],
    ["\u0131ntel", "intel", "Latin dotless i for i"],
    ["\u0456ntel", "intel", "Cyrillic byelorussian-ukrainian i for i"],
    ["\u0501ell", "dell", "Cyrillic komi de for d"],
  ])("skeleton(%j) === skeleton(%j): %s", (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });
});

describe("skeleton: different-looking strings keep different skeletons", () => {
  test.each([
    ["mail", "mall", "lower-case i and l are not confusable"],
    ["IBM", "lbm", "upper-case I is i in a domain, so IBM is not lbm"],
    ["army.mil", "army.ml", "a dropped letter is a typo, not a lookalike"],
    ["1nfo", "info", "digit one is l, not i"],
    ["\u13aa", "\uab7a", "Cherokee capital and small GO look different (A and small-capital A)"],
    ["w", "vv", "confusables.txt has no w to vv mapping (edit distance must catch it)"],
    ["d", "cl", "confusables.txt has no d to cl mapping"],
    ["stra\u00dfe", "strasse", "sharp s is not folded to ss"],
  ])("skeleton(%j) !== skeleton(%j): %s", (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });
});

describe("skeleton: properties", () => {
  test("ASCII case never matters: every letter folds like its lower case", () => {
    for (let c = 0x41; c <= 0x5a; c++) {
      expect(skeleton(String.fromCharCode(c))).toBe(skeleton(String.fromCharCode(c + 0x20)));
    }
  });

  test("maps ASCII to ASCII (the look-alike space's fast path for hosts relies on it)", () => {
    for (let c = 0; c < 128; c++) {
      for (const ch of skeleton(String.fromCharCode(c))) expect(ch.charCodeAt(0)).toBeLessThan(128);
    }
  });

  test("is idempotent on every code point of the BMP and the SMP", () => {
    for (let cp = 0; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const k = skeleton(String.fromCodePoint(cp));
      if (skeleton(k) !== k) throw new Error(`skeleton not idempotent at U+${cp.toString(16)}`);
    }
  });

  test("every confusables.txt source that imitates ASCII has the skeleton of its target", () => {
    // Exceptions by design: sources NFKD changes (the skeleton folds those by NFKD instead) and
    // ASCII capital I (case-folded to i, not mapped to l).
    const text = readFileSync(join(__dirname, "../data/unicode/confusables.txt"), "utf8");
    let checked = 0;
    for (const line of text.split("\n")) {
      const data = line.replace(/#.*/, "").trim();
      if (!data) continue;
      const [src, target] = data.split(";").map((f) =>
        f
          .trim()
          .split(/\s+/)
          .map((h) => parseInt(h, 16)),
      );
      const source = String.fromCodePoint(src![0]!);
      if (!target!.every((cp) => cp < 0x80) || source.normalize("NFKD") !== source || source === "I")
        continue;
      expect([source, skeleton(source)]).toEqual([source, skeleton(String.fromCodePoint(...target!))]);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe("resolvedScripts (UTS #39 resolved script set)", () => {
  test.each([
    ["apple", ["Latin"], "plain ASCII letters"],
    [CYRILLIC_APPLE, ["Cyrillic"], "whole-script Cyrillic"],
    ["123-4", ["Common"], "digits and hyphen only: the ALL set"],
    ["", ["Common"], "empty label: the ALL set"],
    ["m\u00fcnchen", ["Latin"], "precomposed Latin letter"],
    ["mu\u0308nchen", ["Latin"], "combining mark is Inherited"],
    ["\u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", ["Greek"], "whole-script Greek"],
    ["\u65e5\u672c\u8a9e", ["Han", "Han_with_Bopomofo", "Japanese", "Korean"], "Han adds Hanb, Jpan, Kore"],
    ["\u3072\u3089\u30ab\u30bf\u6f22", ["Japanese"], "Hiragana+Katakana+Han resolve to Japanese"],
    ["\ud55c\uad6d\uc5b4", ["Hangul", "Korean"], "Hangul is augmented with Korean"],
    ["\u30fc", ["Hiragana", "Katakana", "Japanese"], "prolonged sound mark has two Script_Extensions"],
    [CYR_A + "pple", [], "Latin and Cyrillic conflict"],
    ["abc\u0663", [], "Arabic-Indic digit is not Common"],
  ])("resolvedScripts(%j) = %j: %s", (label, expected) => {
    expect(resolvedScripts(label)).toEqual(expected);
  });
});

describe("isMixedScript", () => {
  test.each([
    ["m\u00fcnchen", false, "legitimate Latin IDN"],
    ["stra\u00dfe", false, "sharp s is Latin"],
    ["\u65e5\u672c\u8a9e", false, "Japanese in Han"],
    ["\ud55c\uad6d\uc5b4", false, "Korean in Hangul"],
    ["\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", false, "whole-script Greek (Ellinika)"],
    ["\u0440\u0443\u0441\u0441\u043a\u0438\u0439", false, "whole-script Cyrillic (russkiy)"],
    [CYRILLIC_APPLE, false, "a whole-script lookalike is not mixed (the skeleton catches it)"],
    ["1inklaters", false, "digits are Common"],
    ["lockheed-martin", false, "hyphen is Common"],
    ["xn--80ak6aa92e", false, "punycode is plain ASCII"],
    ["", false, "empty label"],
    ["ab\u0301c", false, "combining acute accent is Inherited"],
    ["\u6771\u4eactokyo", false, "Latin+Han is Highly Restrictive"],
    ["abc\u3072\u3089\u304c\u306a\u6f22\u5b57\u30ab\u30bf", false, "Latin+Han+Hiragana+Katakana is allowed"],
    ["\u3105\u3106\u4e2d\u6587abc", false, "Latin+Han+Bopomofo is allowed"],
    ["abc\ud55c\uad6d", false, "Latin+Hangul is allowed"],
    [CYR_A + "pple", true, "one Cyrillic a among Latin letters"],
    ["g" + CYR_O + CYR_O + "gle", true, "Cyrillic o among Latin letters"],
    ["\u03b1pple", true, "Greek alpha among Latin letters"],
    ["\u0585utlook", true, "Armenian oh among Latin letters"],
    ["\u13aapple", true, "Cherokee among Latin letters"],
    ["abc\u0663", true, "Arabic-Indic digit among Latin letters"],
    ["\ud55c\uad6d\u3072\u3089\u304c\u306a", true, "Hangul+Hiragana is not an allowed combination"],
    ["\u0440\u0443\u0441\u0441\u043a\u0438\u0439\u03b1", true, "Cyrillic+Greek"],
    [CYRILLIC_APPLE + ".com", true, "a whole domain mixes scripts across labels: call it per label"],
  ])("isMixedScript(%j) = %s: %s", (label, expected) => {
    expect(isMixedScript(label)).toBe(expected);
  });
});

describe("scriptNamesOf", () => {
  test.each([
    ["apple", ["Latin"], "plain Latin"],
    [CYR_A + "pple", ["Cyrillic", "Latin"], "first-seen order"],
    ["g" + CYR_O + CYR_O + "gle", ["Latin", "Cyrillic"], "first-seen order"],
    ["\u03b1pple", ["Greek", "Latin"], "Greek lookalike"],
    ["\u13aapple", ["Cherokee", "Latin"], "Cherokee lookalike"],
    ["\ua4f2nklaters", ["Lisu", "Latin"], "Lisu lookalike"],
    ["\u{10300}bc", ["Old Italic", "Latin"], "readable name with a space"],
    ["123-4", [], "Common only"],
    ["mu\u0308nchen", ["Latin"], "Inherited mark is not a script"],
    ["\u6771\u4eactokyo", ["Han", "Latin"], "no augmented pseudo-scripts"],
    ["\u30fc\u30ab", ["Katakana"], "a two-script character takes a script the label already has"],
  ])("scriptNamesOf(%j) = %j: %s", (label, expected) => {
    expect(scriptNamesOf(label)).toEqual(expected);
  });
});

describe("script table agrees with this Node's Unicode database", () => {
  const names = SCRIPT_NAMES.split(",");
  const sameVersion = process.versions.unicode === SCRIPTS_UNICODE_VERSION;
  (sameVersion ? test : test.skip)("Script_Extensions of letters, marks and numbers", () => {
    const regexes = names.map((n) => [n, new RegExp(`^\\p{Script_Extensions=${n}}$`, "u")] as const);
    const letterLike = new RegExp("^[\\p{L}\\p{M}\\p{N}]$", "u");
    let checked = 0;
    for (let cp = 0x80; cp < 0x32000; cp += 7) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!letterLike.test(ch)) continue;
      const expected = regexes.filter(([, re]) => re.test(ch)).map(([n]) => n);
      expect([cp.toString(16), scriptExtensionsOf(cp)]).toEqual([cp.toString(16), expected]);
      checked++;
    }
    expect(checked).toBeGreaterThan(10000);
  });
});

/** Test titles show invisible characters as escapes. */
const escape = (s: string): string =>
  Array.from(s)
    .map((ch) => {
      const cp = ch.codePointAt(0) as number;
      return cp >= 0x20 && cp < 0x7f ? ch : `\\u{${cp.toString(16)}}`;
    })
    .join("");

const removalCases = (cases: [string, string, string[], string][]) =>
  cases.map(([input, text, names, reason]) => ({ title: escape(input), input, text, names, reason }));

const unchangedCases = (cases: [string, string][]) =>
  cases.map(([input, reason]) => ({ title: escape(input), input, reason }));

describe("removeInvisible", () => {
  test.each(
    removalCases([
      ["ar\u200dmy.mil", "army.mil", ["zero-width joiner"], "ZWJ hidden inside a name"],
      ["ar\u200cmy.mil", "army.mil", ["zero-width non-joiner"], "ZWNJ hidden inside a name"],
      ["a\u200bb", "ab", ["zero-width space"], "ZWSP"],
      ["\u202elim.ymra", "lim.ymra", ["right-to-left override"], "RLO that would display the text reversed"],
      ["\ufeffarmy.mil", "army.mil", ["zero-width no-break space (byte order mark)"], "pasted BOM"],
      ["ar\u00admy.mil", "army.mil", ["soft hyphen"], "soft hyphen"],
      ["a\u200e\u200fb", "ab", ["left-to-right mark", "right-to-left mark"], "bidi marks"],
      ["a\u2066b\u2069", "ab", ["left-to-right isolate", "pop directional isolate"], "bidi isolates"],
      ["a\u061cb", "ab", ["Arabic letter mark"], "Arabic letter mark"],
      ["a\u2060b", "ab", ["word joiner"], "word joiner"],
      ["a\u0007b", "ab", ["control character U+0007"], "C0 control"],
      ["a\tb", "ab", ["control character U+0009"], "tab"],
      ["a\r\nb", "ab", ["control character U+000D", "control character U+000A"], "line break"],
      ["a\u0085b", "ab", ["control character U+0085"], "C1 control"],
      ["a\u034fb", "ab", ["combining grapheme joiner"], "CGJ"],
      ["a\u3164b\uffa0", "ab", ["Hangul filler", "halfwidth Hangul filler"], "Hangul fillers"],
      ["a\u180eb", "ab", ["Mongolian vowel separator"], "Mongolian vowel separator"],
      ["a\ufe0fb", "ab", ["variation selector-16"], "variation selector"],
      ["a\u{e0100}b", "ab", ["variation selector-17"], "supplementary variation selector"],
      ["a\u{e0061}b", "ab", ["tag character U+E0061"], "tag character"],
      ["\ud800abc", "abc", ["unpaired surrogate U+D800"], "lone high surrogate"],
      ["abc\udc00", "abc", ["unpaired surrogate U+DC00"], "lone low surrogate"],
    ]),
  )("removeInvisible($title) -> $text: $reason", ({ input, text, names }) => {
    const result = removeInvisible(input);
    expect(result.text).toBe(text);
    expect(result.removed.map((r) => en.invisibleName(r.codePoint))).toEqual(names);
  });

  test.each(
    unchangedCases([
      ["user@example.com", "ordinary address"],
      ["m\u00fcnchen.de", "IDN with a precomposed letter"],
      ["mu\u0308nchen.de", "IDN with a combining mark"],
      ["\u65e5\u672c\u8a9e.jp", "CJK"],
      ["\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac", "Greek"],
      ["\uff41\uff52\uff4d\uff59", "full-width letters are visible (NFKC handles them)"],
      ["a\u00a0b", "no-break space is visible whitespace, not removed here"],
      ["\u{1f600}", "a surrogate pair is not a lone surrogate"],
      ["", "empty string"],
    ]),
  )("leaves $title unchanged: $reason", ({ input }) => {
    const result = removeInvisible(input);
    expect(result.text).toBe(input);
    expect(result.removed).toEqual([]);
  });

  test("reports code points", () => {
    expect(removeInvisible("a\u202eb").removed).toEqual([{ codePoint: 0x202e, kind: "direction" }]);
  });

  test.each([
    [0x41, undefined],
    [0x20, undefined],
    [0x7f, "control character U+007F"],
    [0x200d, "zero-width joiner"],
    [0xe01ef, "variation selector-256"],
    [0x1f600, undefined],
  ])("%d is named %j in English", (cp, name) => {
    expect(invisibleKind(cp) === undefined ? undefined : en.invisibleName(cp)).toBe(name);
  });
});

describe("robustness", () => {
  const functions: [string, (s: string) => unknown][] = [
    ["removeInvisible", removeInvisible],
    ["skeleton", skeleton],
    ["resolvedScripts", resolvedScripts],
    ["isMixedScript", isMixedScript],
    ["scriptNamesOf", scriptNamesOf],
  ];

  test.each(functions)("%s does not throw on lone surrogates", (_name, fn) => {
    for (const s of ["\ud800", "\udfff", "a\ud800b", "\udc00\ud800", "\ud83d", "\ude00x"]) {
      expect(() => fn(s)).not.toThrow();
    }
  });

  test.each(functions)("%s handles a 1 MB string", (_name, fn) => {
    const unit = "army.mil" + CYR_A + "\u200b\ud800m\u0301\u{1f600}";
    const big = unit.repeat(Math.ceil((1 << 20) / unit.length));
    expect(big.length).toBeGreaterThan(1 << 20);
    expect(() => fn(big)).not.toThrow();
  });

  test("1 MB results are right", () => {
    const big = "a\u200b".repeat(1 << 19);
    const result = removeInvisible(big);
    expect(result.text).toBe("a".repeat(1 << 19));
    expect(result.removed).toHaveLength(1 << 19);
    expect(skeleton("m".repeat(1 << 20))).toBe("rn".repeat(1 << 20));
    expect(isMixedScript("a".repeat(1 << 20) + CYR_A)).toBe(true);
  });
});
