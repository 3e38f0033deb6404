import { assessUserTrust, createChecker, resolvePolicy, type Policy } from "../src/checker";
import { describeForeignLetters } from "../src/checker/user-trust";

const checkerWith = (organisation: Policy = {}, user: string[] = []) =>
  createChecker(resolvePolicy(organisation, { trustedDomains: user }));

describe("assessUserTrust", () => {
  const checker = checkerWith({ blockedDomains: ["badcorp.example", "kp"], trustedDomains: ["contoso.com"] });

  test("refuses the Cyrillic аpple.com, saying what it imitates", () => {
    const result = assessUserTrust(checker, "\u0430pple.com");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('imitates "apple.com"');
      expect(result.reason).toContain("Cyrillic");
      expect(result.reason).toContain("cannot be trusted");
    }
  });

  test("refuses a punycode spelling of the same imitation", () => {
    expect(assessUserTrust(checker, "xn--pple-43d.com").ok).toBe(false);
  });

  test("refuses a lookalike of the organisation's own trusted domain", () => {
    expect(assessUserTrust(checker, "c\u043entoso.com").ok).toBe(false);
  });

  test("accepts army.ml, with a caution that says whose domain it is", () => {
    expect(assessUserTrust(checker, "army.ml")).toEqual({
      ok: true,
      stored: "army.ml",
      shown: "army.ml",
      caution:
        "army.ml is Mali's domain, not the US military's domain (army.mil). Trust it only if you really write to people at army.ml.",
    });
  });

  test("accepts a slip of a well-known domain with the slip as the caution", () => {
    const result = assessUserTrust(checker, "gmial.com");
    expect(result.ok && result.caution).toContain('looks like a slip for "gmail.com"');
  });

  test("accepts mil.no, a mail domain that happens to be on the Public Suffix List, with nothing to confirm", () => {
    expect(assessUserTrust(checker, "mil.no")).toEqual({ ok: true, stored: "mil.no", shown: "mil.no" });
    expect(assessUserTrust(checker, "Nic.IN.")).toEqual({ ok: true, stored: "nic.in", shown: "nic.in" });
  });

  test("refuses a domain the organisation blocks, directly or by its ending", () => {
    for (const domain of ["badcorp.example", "mail.badcorp.example", "star.kp"]) {
      const result = assessUserTrust(checker, domain);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.reason).toMatch(/^Your organisation does not allow mail to .* It cannot be trusted\.$/);
    }
  });

  test("refuses gov.uk as a whole, and suggests trusting one organisation under it", () => {
    const result = assessUserTrust(checker, "gov.uk");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain("which only UK public-sector bodies can register");
      expect(result.reason).toContain('"example.gov.uk"');
    }
    expect(assessUserTrust(checker, "hmrc.gov.uk").ok).toBe(true);
  });

  test("refuses endings anyone can register under", () => {
    for (const ending of ["com", "co.uk", "com.au", "ml"]) {
      const result = assessUserTrust(checker, ending);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain("anyone can register a name");
    }
  });

  test("shows what is stored, and points out the foreign letters of an international domain", () => {
    expect(assessUserTrust(checker, "MÜNCHEN.de")).toEqual({
      ok: true,
      stored: "xn--mnchen-3ya.de",
      shown: "münchen.de",
      foreignLetters: 'the "ü" is not a plain English letter',
    });
    const cyrillic = assessUserTrust(checker, "пример.рф");
    expect(cyrillic).toMatchObject({ ok: true, stored: "xn--e1afmkfd.xn--p1ai", shown: "пример.рф" });
    expect(cyrillic.ok && cyrillic.foreignLetters).toBe('the "п", "р", "и" and 3 more are Cyrillic');
  });

  test("refuses addresses, invisible characters, malformed names and empty input, saying what to do", () => {
    const reasons = ["bob@example.com", "exa\u200bmple.com", "foo..com", "   "].map((raw) => {
      const result = assessUserTrust(checker, raw);
      return result.ok ? "accepted" : result.reason;
    });
    expect(reasons).toEqual([
      '"bob@example.com" is an address. To trust its domain, type only the part after the @: example.com.',
      "What you typed contains invisible characters (zero-width space). Type the domain again by hand.",
      '"foo..com" is not a valid domain name.',
      "Type a domain, such as example.com.",
    ]);
  });

  test("refuses everything when the organisation does not allow personal trusted domains", () => {
    const result = assessUserTrust(checkerWith({ allowUserTrustedDomains: false }), "mil.no");
    expect(result.ok).toBe(false);
  });

  test("never throws on hostile input", () => {
    for (const raw of [
      "\u202egoogle.com",
      "a".repeat(5000),
      "\ud800.com",
      "xn--.com",
      "@",
      ".",
      "*.",
      "xn--zz-ckc.com",
    ]) {
      expect(() => assessUserTrust(checker, raw)).not.toThrow();
    }
  });
});

describe("describeForeignLetters", () => {
  test.each([
    ["example.com", undefined],
    ["\u0430pple.com", 'the "а" is Cyrillic'],
    ["\u0430\u0440ple.com", 'the "а" and "р" are Cyrillic'],
    ["αpple.ü.com", 'the "α" is Greek; the "ü" is not a plain English letter'],
  ])("%s: %s", (shown, text) => {
    expect(describeForeignLetters(shown)).toBe(text);
  });
});
