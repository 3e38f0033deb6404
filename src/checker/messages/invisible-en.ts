import { codePointLabel as hex, type InvisibleKind } from "../unicode";

// The English names of invisible characters: Unicode's own, one per character where it has a
// common one, else what kind of character it is with its code. The other catalogues name the kind
// (invisible.ts); English keeps these, the names the checker has always given.

const NAMED: { [cp: number]: string } = {
  0x00ad: "soft hyphen",
  0x034f: "combining grapheme joiner",
  0x061c: "Arabic letter mark",
  0x115f: "Hangul choseong filler",
  0x1160: "Hangul jungseong filler",
  0x17b4: "Khmer invisible vowel",
  0x17b5: "Khmer invisible vowel",
  0x180e: "Mongolian vowel separator",
  0x200b: "zero-width space",
  0x200c: "zero-width non-joiner",
  0x200d: "zero-width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x202a: "left-to-right embedding",
  0x202b: "right-to-left embedding",
  0x202c: "pop directional formatting",
  0x202d: "left-to-right override",
  0x202e: "right-to-left override",
  0x2060: "word joiner",
  0x2061: "invisible function application",
  0x2062: "invisible times",
  0x2063: "invisible separator",
  0x2064: "invisible plus",
  0x2066: "left-to-right isolate",
  0x2067: "right-to-left isolate",
  0x2068: "first strong isolate",
  0x2069: "pop directional isolate",
  0x3164: "Hangul filler",
  0xfeff: "zero-width no-break space (byte order mark)",
  0xffa0: "halfwidth Hangul filler",
  0xe0001: "language tag",
  0xe007f: "cancel tag",
};

/** "zero-width space", "control character U+0007", "variation selector-16": an invisible character in English. */
export function englishInvisibleName(cp: number, kind: InvisibleKind): string {
  const named = NAMED[cp];
  if (named !== undefined) return named;
  switch (kind) {
    case "control":
      return "control character " + hex(cp);
    case "surrogate":
      return "unpaired surrogate " + hex(cp);
    case "tag":
      return "tag character " + hex(cp);
    case "variation-selector":
      if (cp < 0x1810) return "Mongolian free variation selector";
      return "variation selector-" + (cp < 0xe0100 ? cp - 0xfe00 + 1 : cp - 0xe0100 + 17);
    default:
      if (cp >= 0x206a && cp <= 0x206f) return "deprecated format character " + hex(cp);
      if (cp >= 0xfff9 && cp <= 0xfffb) return "interlinear annotation control " + hex(cp);
      if (cp >= 0x1bca0 && cp <= 0x1bca3) return "shorthand format control " + hex(cp);
      if (cp >= 0x1d173 && cp <= 0x1d17a) return "musical format control " + hex(cp);
      return "reserved invisible character " + hex(cp);
  }
}
