import { historyOf } from "./history";
import {
  createChecker,
  resolvePolicy,
  validatePolicy,
  type Finding,
  type MessageResult,
  type RecipientInput,
} from "../src/checker";
import type { Evidence } from "../src/checker/evidence";
import {
  CATALOGUES,
  LANGUAGES,
  catalogueFor,
  describeEvidence,
  languageFor,
  languageFromEnvironment,
  type Catalogue,
} from "../src/checker/messages";
import { EN_SUFFIXES, EN_TEXT } from "../src/checker/messages/en";
import { COUNTRY_ENDINGS } from "../src/checker/data/country-endings.generated";
import { ALERT_LIMITS, buildAlertText, checkFailedText } from "../src/shared/alert-text";
import { toAlertContext } from "../src/shared/alert-context";

const placeholders = (template: string): string[] =>
  Array.from(new Set((template.match(/\{\w+\}/g) ?? []).sort()));

function policy(raw: object) {
  const checked = validatePolicy(raw);
  if (!checked.success) throw new Error("test policy does not validate");
  return resolvePolicy(checked.data);
}

/** A policy with internal and trusted domains, every message-level rule on. */
const POLICY = policy({
  internalDomains: ["contoso.com"],
  trustedDomains: ["army.mil", "barclays.co.uk", "lockheedmartin.com", "münchen.de"],
  blockedDomains: ["kp"],
  externalRecipients: { warnAbove: 2, visibleAbove: 2, confirmDomains: true },
});

/** Addresses that between them make every kind of evidence about one address. */
const ADDRESSES = [
  "ops@army.ml", // slip (army.mil is trusted)
  "ops@navy.ml", // suffix-slip
  "ops@navym.il", // dot-shift
  "a@gmial.com", // slip
  "a@xn--80ak6aa92e.com", // homoglyph (Cyrillic letters)
  "a@rnicrosoft.com", // homoglyph.swap
  "a@xn--gmil-63d.com", // skeleton-slip or homoglyph
  "a@barclays.co", // suffix-swap
  "a@microsoft.gov", // suffix-swap in a government namespace
  "a@mail.ml", // either
  "a@army-mil.com", // embedded
  "a@mod.gov.uk.com", // embedded or restricted-slip
  "a@army.mi", // unknown-suffix.one
  "a@army.ni", // a real ending
  "a@example.cmo", // unknown-suffix.one
  "a@example.qqqq", // unknown-suffix
  "a@northwind.con", // unknown-suffix (maybe several)
  "a@xn--mxail-5ve.com", // mixed-script
  "a@nothing.kp", // blocked
  "alice@[192.0.2.1]", // ip-literal
  "alice", // unreadable
  "alice@exa_mple.com", // unreadable (bad character)
  "alice@exam\u200Dple.com", // invisible
  "a@gmail.ml", // suffix-swap, once-free ending
];

const RECIPIENTS: RecipientInput[] = [
  ...ADDRESSES.map((emailAddress) => ({ emailAddress, field: "to" as const })),
  { emailAddress: "team@fabrikam.com", field: "cc", group: true },
  { emailAddress: "all@contoso.com", field: "cc", group: true },
  { emailAddress: "bob@adatum.com", field: "cc" },
];

function allFindings(c: Catalogue, meeting = false): Finding[] {
  const result = createChecker(POLICY, c).checkRecipients(RECIPIENTS, {
    correspondents: historyOf(["adatum.com"]),
    ownAddress: "me@contoso.com",
    meeting,
    // A reply that went to adatum.com: every other outside domain was added.
    conversationDomains: ["adatum.com"],
  });
  const findings = result.findings.slice();
  for (const r of result.recipients) findings.push(...r.findings);
  return findings;
}

describe("message catalogues", () => {
  test("every language has every key of the English catalogue, with the same placeholders", () => {
    for (const language of LANGUAGES) {
      const c = CATALOGUES[language];
      expect(c.language).toBe(language);
      expect(Object.keys(c.text).sort()).toEqual(Object.keys(EN_TEXT).sort());
      expect(Object.keys(c.suffixes).sort()).toEqual(Object.keys(EN_SUFFIXES).sort());
      for (const key of Object.keys(EN_TEXT) as (keyof typeof EN_TEXT)[]) {
        expect([language, key, placeholders(c.text[key])]).toEqual([
          language,
          key,
          placeholders(EN_TEXT[key]),
        ]);
        expect([language, key, c.text[key].trim().length > 0 || EN_TEXT[key].trim().length === 0]).toEqual([
          language,
          key,
          true,
        ]);
      }
    }
  });

  test("no template has Markdown of its own: the alert escapes only what comes from the message", () => {
    for (const language of LANGUAGES)
      for (const [key, template] of Object.entries(CATALOGUES[language].text))
        expect([language, key, /[*_[\]<\\]/.test(template)]).toEqual([language, key, false]);
  });

  test("the language follows Office's display language (and a POSIX locale), else English", () => {
    expect(languageFor("de-DE")).toBe("de");
    expect(languageFor("de-CH")).toBe("de");
    expect(languageFor("fr-CA")).toBe("fr");
    expect(languageFor("FR-fr")).toBe("fr");
    expect(languageFor("ja-JP")).toBe("ja");
    expect(languageFor("ja_JP.UTF-8")).toBe("ja");
    expect(languageFor("en-GB")).toBe("en");
    expect(languageFor("es-ES")).toBe("en");
    expect(languageFor("")).toBe("en");
    expect(languageFor(undefined)).toBe("en");
    expect(catalogueFor("de-AT")).toBe(CATALOGUES.de);
    expect(languageFromEnvironment({ LANG: "fr_FR.UTF-8" })).toBe("fr");
    expect(languageFromEnvironment({ LANG: "fr_FR.UTF-8", LC_MESSAGES: "ja_JP.UTF-8" })).toBe("ja");
    expect(languageFromEnvironment({ LANG: "fr_FR.UTF-8", LC_ALL: "de_DE.UTF-8" })).toBe("de");
    expect(languageFromEnvironment({ LANG: "C" })).toBe("en");
    expect(languageFromEnvironment({})).toBe("en");
  });

  test("the realistic findings cover every kind of evidence but a failed check", () => {
    const says = new Set(allFindings(CATALOGUES.en).map((f) => f.evidence!.says));
    for (const f of allFindings(CATALOGUES.en, true)) says.add(f.evidence!.says);
    const expected = Object.keys(EN_TEXT).filter(
      (key) =>
        !key.startsWith("slip.") &&
        key !== "either.option" &&
        /^(invisible|unreadable|ending-only|ip-literal|blocked|homoglyph|slip|skeleton-slip|suffix-swap|embedded|dot-shift|suffix-slip|restricted-slip|unknown-suffix|either|mixed-script|external|group|visible|unconfirmed|unfamiliar|added)(\.|$)/.test(
          key,
        ),
    );
    const missing = expected.filter((key) => !says.has(key as Evidence["says"]));
    // Kinds these addresses do not reach are rendered from made-up evidence in the next test.
    expect(
      missing.every((key) =>
        ["ending-only", "skeleton-slip", "restricted-slip", "unknown-suffix.many", "either.bare"].includes(
          key,
        ),
      ),
    ).toBe(true);
  });

  test("every finding renders in every language, with every placeholder filled", () => {
    const made: Evidence[] = [
      { says: "check-failed", detail: "boom" },
      { says: "ending-only", host: "co.uk" },
      {
        says: "skeleton-slip",
        typed: "xn--gmil-63d.com",
        intended: "gmail.com",
        owner: { source: "built-in" },
      },
      {
        says: "restricted-slip",
        host: "mod.gov.uk.com",
        registrable: "uk.com",
        intended: "gov.uk",
        slip: { kind: "dot-inserted", expected: "", found: ".", intended: "gov.uk" },
        suggested: "mod.gov.uk",
      },
      { says: "unknown-suffix.many", suffix: "mi", hosts: ["army.mil", "army.mi.th"] },
      {
        says: "either.bare",
        typed: "mail.zz",
        suffix: "zz",
        options: [
          { host: "mail.com", is: { is: "owned", owner: { source: "dotgov", name: "GSA" } } },
          { host: "mail.mil" },
        ],
      },
    ];
    for (const language of LANGUAGES) {
      const c = CATALOGUES[language];
      const english = allFindings(CATALOGUES.en);
      const findings = allFindings(c);
      expect(findings.map((f) => f.code)).toEqual(english.map((f) => f.code));
      const texts = findings.flatMap((f) => [f.message, f.typedIs ?? "", f.suggestedIs ?? ""]);
      for (const e of made) texts.push(describeEvidence(e, c));
      for (const text of texts)
        expect([language, text, /\{\w+\}/.test(text)]).toEqual([language, text, false]);
      if (language !== "en") {
        findings.forEach((f, i) => expect(f.message).not.toBe(english[i]!.message));
        // Suggestions never depend on the language.
        expect(findings.map((f) => [f.suggestion, f.alternatives])).toEqual(
          english.map((f) => [f.suggestion, f.alternatives]),
        );
      }
    }
  });

  test("every catalogue names the same endings as a country's, each from its own table", () => {
    const endings: string[] = [];
    for (const group of COUNTRY_ENDINGS.split(" "))
      for (const second of group.slice(1)) endings.push(group[0] + second);
    expect(endings.length).toBeGreaterThan(230);
    for (const language of LANGUAGES) {
      const c = CATALOGUES[language];
      const names = endings.map((ending) => c.country(ending));
      expect([language, names.filter((n) => !n)]).toEqual([language, []]);
      for (const notOne of ["zz", "com", "mil", "", "__proto__", "constructor"])
        expect([language, notOne, c.country(notOne)]).toEqual([language, notOne, undefined]);
      if (language !== "en")
        // Its own words for most: CLDR names a few places alike in several languages.
        expect(names.filter((n, i) => n !== CATALOGUES.en.country(endings[i]!)).length).toBeGreaterThan(100);
    }
    expect(CATALOGUES.ja.country("ml")).toBe("マリ");
    expect(CATALOGUES.de.country("de")).toBe("Deutschland");
    expect(CATALOGUES.fr.country("uk")).toBe("Royaume-Uni");
  });

  test("invisible characters are named in the language of the catalogue, by kind and code", () => {
    // A zero-width space, a BEL, a right-to-left override and a variation selector.
    const evidence: Evidence = { says: "invisible", codePoints: [0x200b, 0x07, 0x202e, 0xfe0f] };
    const named = (c: Catalogue) => describeEvidence(evidence, c);
    // English says what it always said.
    expect(named(CATALOGUES.en)).toContain(
      "(zero-width space, control character U+0007, right-to-left override, variation selector-16)",
    );
    expect(named(CATALOGUES.de)).toContain(
      "(Zeichen ohne Breite U+200B, Steuerzeichen U+0007, Schreibrichtungszeichen U+202E, Variantenselektor U+FE0F)",
    );
    expect(named(CATALOGUES.fr)).toContain("(caractère sans chasse U+200B, caractère de contrôle U+0007");
    expect(named(CATALOGUES.ja)).toContain("ゼロ幅文字 U+200B、制御文字 U+0007");
    for (const language of ["de", "fr", "ja"] as const) {
      expect(named(CATALOGUES[language])).not.toMatch(/zero-width|control character|override|selector/);
      // Every kind has its name, with the code.
      for (const cp of [0x00ad, 0x061c, 0x3164, 0xe0061, 0xd800, 0x2064])
        expect(CATALOGUES[language].invisibleName(cp)).toMatch(/\S+.* U\+[0-9A-F]{4,5}$/);
    }
    // Two characters with one English name are named once.
    expect(describeEvidence({ says: "invisible", codePoints: [0x180b, 0x180c] }, CATALOGUES.en)).toContain(
      "(Mongolian free variation selector)",
    );
  });

  test("country endings are named in the language of the catalogue", () => {
    const slip = (c: Catalogue) => createChecker(resolvePolicy(), c).checkAddress("ops@army.ml").findings[0]!;
    expect(slip(CATALOGUES.en).message).toContain("Mali's domain");
    expect(slip(CATALOGUES.de).message).toContain("Länderendung von Mali");
    expect(slip(CATALOGUES.fr).message).toContain("(Mali)");
    expect(slip(CATALOGUES.ja).message).toContain("マリの国別ドメイン");
    expect(slip(CATALOGUES.de).suggestedIs).toBe("unter der Endung des US-Militärs");
  });
});

describe("the Smart Alert in every language", () => {
  const sets: RecipientInput[][] = [
    [{ emailAddress: "ops@army.ml", field: "to" }],
    RECIPIENTS,
    RECIPIENTS.slice(0, 3),
    // Long addresses at many domains, each with its own finding.
    Array.from({ length: 40 }, (_, i) => ({
      emailAddress: `someone.with.a.rather.long.name.${i}@${"x".repeat(20 + i)}.army.ml`,
      field: "to" as const,
    })),
    [{ emailAddress: "a@nothing.kp", field: "to" }],
  ];

  /** The alert for the checked recipients, with and without Send Anyway, each within Outlook's limits. */
  function alertsWithin(c: Catalogue, recipients: RecipientInput[], result: MessageResult) {
    const context = toAlertContext(
      recipients.map((r) => r.field ?? "to"),
      result,
    );
    return [true, false].map((canOverride) => {
      const text = buildAlertText(context, canOverride, c);
      expect(text.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
      expect(text.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessageMarkdown);
      return { canOverride, text };
    });
  }

  test.each(LANGUAGES)("%s: within Outlook's limits, headline and advice kept", (language) => {
    const c = CATALOGUES[language];
    expect(c.text["alert.review"].length).toBeLessThanOrEqual(ALERT_LIMITS.cancelLabel);
    const checker = createChecker(POLICY, c);
    for (const recipients of sets) {
      for (const meeting of [false, true]) {
        const result = checker.checkRecipients(recipients, { ownAddress: "me@contoso.com", meeting });
        for (const { canOverride, text } of alertsWithin(c, recipients, result)) {
          expect(text.cancelLabel).toBe(c.text["alert.review"]);
          // The advice names "them" when more than one address is flagged.
          const many = result.recipients.filter((r) => r.verdict !== "allow").length > 1;
          const tail =
            result.verdict === "block"
              ? c.text[many ? "alert.block-many" : "alert.block"]
              : canOverride
                ? c.text[many ? "alert.override-many" : "alert.override"]
                : c.text[many ? "alert.no-override-many" : "alert.no-override"];
          expect(text.errorMessage.endsWith(tail)).toBe(true);
          expect(text.errorMessageMarkdown.endsWith(tail)).toBe(true);
          expect(text.errorMessage).not.toMatch(/\{\w+\}/);
        }
      }
    }
    for (const reason of ["Outlook could not read the To recipients", "😀".repeat(600)]) {
      const failed = checkFailedText(reason, c);
      expect(failed.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
      expect(failed.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessageMarkdown);
      expect(failed.errorMessage.startsWith(c.text["alert.failed-head"])).toBe(true);
      expect(failed.cancelLabel.length).toBeLessThanOrEqual(ALERT_LIMITS.cancelLabel);
    }
  });

  // Issue 12, part 4: a policy that asks about additions to a reply.
  test.each(LANGUAGES)(
    "%s: an alert raised by additions to a reply says so, within Outlook's limits",
    (language) => {
      const c = CATALOGUES[language];
      const checker = createChecker(
        policy({ internalDomains: ["contoso.com"], actions: { "added-outside-domain": "warn" } }),
        c,
      );
      for (const count of [1, 2, 40]) {
        const recipients: RecipientInput[] = Array.from({ length: count }, (_, i) => ({
          emailAddress: `someone.with.a.rather.long.name.${i}@${"x".repeat(20 + i)}.example.net`,
          field: "cc" as const,
        }));
        const result = checker.checkRecipients(recipients, {
          ownAddress: "me@contoso.com",
          conversationDomains: ["fabrikam.com", "contoso.com"],
        });
        for (const { canOverride, text } of alertsWithin(c, recipients, result)) {
          const head =
            count === 1
              ? c.text["alert.added-one"]
              : c.text["alert.added-many"].replace("{count}", String(count));
          expect(text.errorMessage.startsWith(head)).toBe(true);
          expect(text.errorMessageMarkdown.startsWith(`**${head}**`)).toBe(true);
          const tail =
            count === 1
              ? c.text[canOverride ? "alert.override" : "alert.added-no-override"]
              : c.text[canOverride ? "alert.override-many" : "alert.added-no-override-many"];
          expect(text.errorMessage.endsWith(tail)).toBe(true);
          expect(text.errorMessageMarkdown.endsWith(tail)).toBe(true);
        }
      }
    },
  );
});
