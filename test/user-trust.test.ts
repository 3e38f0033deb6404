import { assessUserTrust, createChecker, resolvePolicy, type Policy } from "../src/checker";
import { RESTRICTED_NAMESPACES } from "../src/checker/namespaces";
import { foreignLettersOf, type TrustRefusal, type UserTrustAssessment } from "../src/checker/user-trust";
import { paneText } from "../src/taskpane/i18n";
import { POLICY_CATALOGUES, type PolicyKey } from "../src/checker/policy/messages";
import { POLICY_EN } from "../src/checker/policy/messages/en";
import { cautionText, foreignLettersText, refusalText } from "../src/taskpane/trust-words";

const checkerWith = (organisation: Policy = {}, user: string[] = []) =>
  createChecker(resolvePolicy(organisation, { trustedDomains: user }));

const EN = paneText("en");
/** What the English pane says: why a domain is refused, or what to know before trusting it. */
const said = (result: UserTrustAssessment): string =>
  result.ok
    ? result.caution
      ? cautionText(result.caution, result.shown, EN)
      : ""
    : refusalText(result.refusal, EN);

describe("assessUserTrust", () => {
  const checker = checkerWith({ blockedDomains: ["badcorp.example", "kp"], trustedDomains: ["contoso.com"] });

  test("refuses the Cyrillic аpple.com, saying what it imitates", () => {
    const result = assessUserTrust(checker, "\u0430pple.com");
    expect(result).toMatchObject({ ok: false, refusal: { why: "imitation" } });
    expect(said(result)).toContain('imitates "apple.com"');
    expect(said(result)).toContain("Cyrillic");
    expect(said(result)).toContain("cannot be trusted");
  });

  test("refuses a punycode spelling of the same imitation", () => {
    expect(assessUserTrust(checker, "xn--pple-43d.com").ok).toBe(false);
  });

  test("refuses a lookalike of the organisation's own trusted domain", () => {
    expect(assessUserTrust(checker, "c\u043entoso.com").ok).toBe(false);
  });

  test("accepts army.ml, with a caution that says whose domain it is", () => {
    const result = assessUserTrust(checker, "army.ml");
    expect(result).toMatchObject({
      ok: true,
      stored: "army.ml",
      shown: "army.ml",
      caution: {
        finding: { code: "suffix-slip" },
        ending: { typed: "ml", intended: "mil", meant: "army.mil" },
      },
    });
    expect(said(result)).toBe(
      "army.ml is Mali's domain, not the US military's domain (army.mil). Trust it only if you really write to people at army.ml.",
    );
  });

  test("accepts a slip of a well-known domain with the slip as the caution", () => {
    const result = assessUserTrust(checker, "gmial.com");
    expect(result.ok && result.caution?.ending).toBeUndefined();
    expect(said(result)).toContain('looks like a slip for "gmail.com"');
  });

  test("accepts mil.no, a mail domain that happens to be on the Public Suffix List, with nothing to confirm", () => {
    expect(assessUserTrust(checker, "mil.no")).toEqual({ ok: true, stored: "mil.no", shown: "mil.no" });
    expect(assessUserTrust(checker, "Nic.IN.")).toEqual({ ok: true, stored: "nic.in", shown: "nic.in" });
  });

  test("refuses a domain the organisation blocks, directly or by its ending", () => {
    for (const domain of ["badcorp.example", "mail.badcorp.example", "star.kp"]) {
      const result = assessUserTrust(checker, domain);
      expect(result).toMatchObject({ ok: false, refusal: { why: "blocked" } });
      expect(said(result)).toMatch(/^Your organisation does not allow mail to .* It cannot be trusted\.$/);
    }
  });

  test("refuses gov.uk as a whole, and suggests trusting one organisation under it", () => {
    const result = assessUserTrust(checker, "gov.uk");
    expect(result).toEqual({ ok: false, refusal: { why: "namespace", ending: "gov.uk" } });
    expect(said(result)).toContain("which only UK public-sector bodies can register");
    expect(said(result)).toContain('"example.gov.uk"');
    expect(assessUserTrust(checker, "hmrc.gov.uk").ok).toBe(true);
  });

  test("refuses endings anyone can register under", () => {
    for (const ending of ["com", "co.uk", "com.au", "ml"]) {
      const result = assessUserTrust(checker, ending);
      expect(result).toEqual({ ok: false, refusal: { why: "open-ending", ending } });
      expect(said(result)).toContain("anyone can register a name");
    }
  });

  test("shows what is stored, and points out the foreign letters of an international domain", () => {
    expect(assessUserTrust(checker, "MÜNCHEN.de")).toEqual({
      ok: true,
      stored: "xn--mnchen-3ya.de",
      shown: "münchen.de",
      foreign: [{ script: "Latin", letters: ["ü"] }],
    });
    const cyrillic = assessUserTrust(checker, "пример.рф");
    expect(cyrillic).toMatchObject({ ok: true, stored: "xn--e1afmkfd.xn--p1ai", shown: "пример.рф" });
    expect(cyrillic.ok && foreignLettersText(cyrillic.foreign!, EN)).toBe(
      'the "п", "р", "и" and 3 more are Cyrillic',
    );
  });

  test("refuses addresses, invisible characters, malformed names and empty input, saying what to do", () => {
    const reasons = ["bob@example.com", "exa\u200bmple.com", "foo..com", "   "].map((raw) => {
      const result = assessUserTrust(checker, raw);
      return result.ok ? "accepted" : said(result);
    });
    expect(reasons).toEqual([
      '"bob@example.com" is an address. To trust its domain, type only the part after the @: example.com.',
      "What you typed contains invisible characters (zero-width space). Type the domain again by hand.",
      '"foo..com" is not a valid domain name.',
      "Type a domain, such as example.com.",
    ]);
  });

  test("names the invisible characters it refuses in the pane's language", () => {
    const result = assessUserTrust(checker, "exa\u200bmp\u200ele.com");
    expect(result.ok ? "accepted" : refusalText(result.refusal, paneText("de"))).toContain(
      "Zeichen ohne Breite U+200B und Schreibrichtungszeichen U+200E",
    );
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

describe("foreign letters, in the pane's words", () => {
  test.each([
    ["example.com", undefined],
    ["\u0430pple.com", 'the "а" is Cyrillic'],
    ["\u0430\u0440ple.com", 'the "а" and "р" are Cyrillic'],
    ["αpple.ü.com", 'the "α" is Greek; the "ü" is not a plain English letter'],
  ])("%s: %s", (shown, text) => {
    const groups = foreignLettersOf(shown);
    expect(groups && foreignLettersText(groups, EN)).toBe(text);
  });
});

describe("refusals and cautions in the pane's language", () => {
  const inLanguage = (language: "de" | "fr" | "ja") => {
    const text = paneText(language);
    const checker = createChecker(resolvePolicy({ blockedDomains: ["kp"] }), text.messages);
    return (raw: string): string => {
      const result = assessUserTrust(checker, raw);
      return result.ok
        ? result.caution
          ? cautionText(result.caution, result.shown, text)
          : ""
        : refusalText(result.refusal, text);
    };
  };

  test("German: a whole namespace, an open ending, a blocked domain, an imitation and a slip", () => {
    const de = inLanguage("de");
    expect(de("gov.uk")).toBe(
      "„gov.uk“ (Endung der britischen Regierung) ist ein ganzer Namensraum, in dem nur Stellen des britischen öffentlichen Sektors Namen registrieren können; ihm zu vertrauen hieße, jeder Adresse darunter zu vertrauen. Vertrauen Sie stattdessen der einen Organisation, der Sie schreiben, zum Beispiel „example.gov.uk“.",
    );
    expect(de("com")).toMatch(
      /^„com“ \(kommerzielle Endung\) ist eine Endung, unter der jeder einen Namen registrieren kann;/,
    );
    expect(de("star.kp")).toMatch(/„\.kp“\. Dieser Domain kann nicht vertraut werden\.$/);
    expect(de("\u0430pple.com")).toMatch(
      /Kyrillisch\. Einer Domain, die wie eine andere aussehen soll, kann nicht vertraut werden\.$/,
    );
    expect(de("army.ml")).toBe(
      "army.ml: Länderendung von Mali, nicht Endung des US-Militärs (army.mil). Vertrauen Sie dieser Domain nur, wenn Sie wirklich an Personen bei army.ml schreiben.",
    );
    expect(de("bob@example.com")).toBe(
      "„bob@example.com“ ist eine Adresse. Um ihrer Domain zu vertrauen, geben Sie nur den Teil nach dem @ ein: example.com.",
    );
    expect(de("")).toBe("Geben Sie eine Domain ein, zum Beispiel example.com.");
  });

  test("French and Japanese: no English left in a refusal or a caution", () => {
    const fr = inLanguage("fr");
    expect(fr("co.uk")).toContain(
      "est une extension sous laquelle n'importe qui peut enregistrer un nom\u00a0;",
    );
    expect(fr("gov.uk")).toContain("réservé aux organismes publics britanniques");
    expect(fr("army.ml")).toBe(
      "army.ml relève de l'extension nationale (Mali), et non de l'extension de l'armée américaine (army.mil). Ne l'approuvez que si vous écrivez vraiment à des correspondants du domaine army.ml.",
    );
    const ja = inLanguage("ja");
    expect(ja("gov.uk")).toContain("英国の公的機関だけが名前を登録できます");
    expect(ja("army.ml")).toBe(
      "army.ml はマリの国別ドメインで、米軍のドメイン（army.mil）ではありません。army.ml の相手と実際にやり取りしている場合にのみ信頼してください。",
    );
    for (const raw of [
      "gov.uk",
      "mil",
      "com",
      "star.kp",
      "\u0430pple.com",
      "bob@example.com",
      "foo..com",
      "",
      "army.ml",
    ])
      for (const said of [fr(raw), ja(raw)])
        expect({
          raw,
          english: /\b(the|is|cannot|trust|domain|only|which)\b/i.test(said.replace(/[\w.-]+\.\w+/g, "")),
        }).toEqual({
          raw,
          english: false,
        });
  });

  test("every restricted namespace has its registrants in the pane's words (the policy catalogue's)", () => {
    for (const ending of RESTRICTED_NAMESPACES) {
      const key = `registrants.${ending}` as PolicyKey;
      expect(POLICY_EN).toHaveProperty([key]);
      const result = assessUserTrust(checkerWith(), ending);
      expect(result).toEqual({ ok: false, refusal: { why: "namespace", ending } });
      for (const language of ["en", "de", "fr", "ja"] as const) {
        const text = paneText(language);
        expect(refusalText((result as { refusal: TrustRefusal }).refusal, text)).toContain(
          POLICY_CATALOGUES[language][key],
        );
      }
    }
  });

  test("foreign letters by script, in German, French and Japanese", () => {
    const groups = foreignLettersOf("\u03b1pple.\u00fc.com")!;
    expect(foreignLettersText(groups, paneText("de"))).toBe(
      "das „α“ ist ein Zeichen der Schrift Griechisch; das „ü“ ist kein Buchstabe des englischen Alphabets",
    );
    expect(foreignLettersText(groups, paneText("fr"))).toBe(
      "le «\u00a0α\u00a0» appartient à l'alphabet grec\u00a0; le «\u00a0ü\u00a0» n'est pas une lettre de l'alphabet anglais",
    );
    expect(foreignLettersText(groups, paneText("ja"))).toBe(
      "「α」はギリシャ文字です。「ü」は英語の基本的なアルファベットではありません",
    );
  });
});
