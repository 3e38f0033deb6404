import {
  dotShiftFor,
  highValueEndingsFor,
  isPlausibleSuffixSwap,
  restrictedEndingSlipFor,
  suffixSlipFor,
  suffixSlipTable,
  typingSlips,
} from "../src/checker/suffix-slips";
import { looseSkeleton } from "../src/checker/lookalike-space";
import { describeSuffix } from "../src/checker/domain";

describe("zero-configuration suffix slips come from the Public Suffix List", () => {
  test.each([
    ["ml", "mil"],
    ["cm", "com"],
    ["om", "com"],
    ["ne", "net"],
    ["et", "net"],
    ["bet", "net"],
  ])(".%s is flagged as a slip of .%s", (typed, intended) => {
    expect(suffixSlipFor("army", typed)?.intended).toBe(intended);
  });

  test.each(["co", "eu", "io", "il", "uk", "de", "com", "org", "fr", "gov.hk"])(
    ".%s is not flagged on its own",
    (suffix) => {
      expect(suffixSlipFor("army", suffix)).toBeUndefined();
    },
  );

  test.each([
    ["2yigoq4.ml", "a digit: .mil names are letters only"],
    ["trash-mail.ml", "a hyphen: .mil names are letters only"],
    ["edu.cm", "a registry's own structure label under a country ending"],
    ["gov.ml", "a registry's own structure label"],
  ])("%s is not reported as a slip (%s)", (domain, _why) => {
    const [name, suffix] = domain.split(".") as [string, string];
    expect(suffixSlipFor(name, suffix)).toBeUndefined();
  });

  test("a name that cannot be a .mil name still gets the commercial reading of its ending", () => {
    expect(suffixSlipFor("shop24", "cm")?.intended).toBe("com");
    expect(suffixSlipFor("mail2001", "ml")).toBeUndefined();
    expect(suffixSlipFor("mail", "ml")?.intended).toBe("mil");
  });

  test("every entry is a real suffix one typing slip from a high-value one", () => {
    for (const [typed, slips] of suffixSlipTable()) {
      for (const slip of slips) expect(typingSlips(slip.intended).has(typed)).toBe(true);
    }
  });

  test("the dot shifted left across the suffix", () => {
    expect(dotShiftFor("gmailc", "om")).toEqual({ intendedName: "gmail", intendedSuffix: "com" });
    expect(dotShiftFor("armym", "il")).toEqual({ intendedName: "army", intendedSuffix: "mil" });
    expect(dotShiftFor("army", "il")).toBeUndefined();
    expect(dotShiftFor("unit1m", "il")).toBeUndefined();
  });

  test.each([
    ["army.mi", ["army.mil"]],
    ["army.mll", ["army.mil"]],
    ["nato.itn", ["nato.int"]],
    ["mod.gov.jk", ["mod.gov.uk"]],
    ["example.con", ["example.com"]],
    ["mod.gov.u", ["mod.gov.uk", "mod.gov.au"]],
    ["x.nt", ["x.int", "x.net"]],
  ])("an unknown ending of %s is read only as a high-value one: %j", (host, meant) => {
    expect(
      highValueEndingsFor(host)
        .map((e) => e.host)
        .sort(),
    ).toEqual([...meant].sort());
  });

  test.each(["army.ni", "police.ul", "foo.xyzzyq", "a.u"])(
    "%s offers no ending: the nearest real one (Nicaragua, Israel) is never a fix",
    (host) => {
      expect(highValueEndingsFor(host)).toEqual([]);
    },
  );

  test("a slip inside a restricted two-label ending needs a name in front of it", () => {
    expect(restrictedEndingSlipFor("gv.uk", "mod")?.host).toBe("mod.gov.uk");
    expect(restrictedEndingSlipFor("pollice.uk", "met")?.host).toBe("met.police.uk");
    expect(restrictedEndingSlipFor("gv.uk", "")).toBeUndefined();
    expect(restrictedEndingSlipFor("bbc.uk", "news")).toBeUndefined();
  });

  test.each(["it", "in"])(".%s (a country in wide use) is no slip of .int on its own", (suffix) => {
    expect(suffixSlipFor("nato", suffix)).toBeUndefined();
  });
});

describe("plausible suffix swaps", () => {
  test.each([
    ["uk", "co.uk", true, "a label dropped"],
    ["co", "co.uk", true, "a label dropped at the end"],
    ["co.uk", "gov.uk", true, "siblings in one country"],
    ["net", "com", true, "generic for generic"],
    ["com", "mil", true, "a restricted domain with an everyday ending"],
    ["org", "gov", true, "a restricted domain with an everyday ending"],
    ["gov", "mil", true, "government for government"],
    ["edu", "ac.uk", true, "university for university"],
    ["com", "de", true, "the .com habit"],
    ["at", "de", true, "neighbouring countries"],
    ["edu", "mil", false, "university for military: different kinds"],
    ["com.br", "com", false, "a national variant of a .com brand"],
    ["fr", "de", false, "unrelated countries"],
    ["jp", "de", false, "unrelated countries"],
  ])("%s for %s: %s (%s)", (typed, intended, expected) => {
    expect(isPlausibleSuffixSwap(typed, intended)).toBe(expected);
  });
});

describe("loose look-alike space", () => {
  test.each([
    ["ġṁail.com", "gmail.com", "accents"],
    ["gmɑil.com", "gmail.com", "Latin alpha"],
    ["ɢmail.com", "gmail.com", "small capital"],
    ["ԍмаіӏ.com", "gmail.com", "Cyrillic letters beyond Unicode's confusables"],
    ["gnnail.com", "gmail.com", "nn for m"],
    ["rnicrosoft.com", "microsoft.com", "rn for m"],
    ["vvikipedia.org", "wikipedia.org", "vv for w"],
    ["icloucl.com", "icloud.com", "cl for d"],
    ["paypai.com", "paypal.com", "i for l"],
    ["qmail.com", "gmail.com", "q for g"],
    ["faceboolc.com", "facebook.com", "lc for k"],
    ["facebooik.com", "facebook.com", "ik for k"],
    ["gitlhub.com", "github.com", "lh for h"],
    ["lbing.com", "bing.com", "lb for b"],
    ["ǥoogle.com", "google.com", "g with stroke"],
  ])("%s looks like %s (%s)", (typed, intended) => {
    expect(looseSkeleton(typed)).toBe(looseSkeleton(intended));
  });

  test.each([
    ["bell.com", "dell.com"],
    ["eu.cc", "cu.cc"],
    ["anna.com", "amma.com"],
  ])("%s and %s stay apart", (a, b) => {
    expect(looseSkeleton(a)).not.toBe(looseSkeleton(b));
  });
});

describe("endings are named from the generated CLDR table, without Intl at run time", () => {
  test.each([
    ["ml", "Mali's domain"],
    ["cm", "Cameroon's domain"],
    ["uk", "the United Kingdom's domain"],
    ["us", "the United States' domain"],
    ["bs", "the Bahamas' domain"],
    ["cy", "Cyprus' domain"],
    ["mil", "the US military's domain"],
  ])(".%s is %s", (suffix, words) => {
    expect(describeSuffix(suffix)).toBe(words);
  });

  test("an ending that is no country's gets no description", () => {
    expect(describeSuffix("zz")).toBeUndefined();
    expect(describeSuffix("co.jp")).toBeUndefined();
  });
});
