/**
 * The policy validator's catalogues: every language has every key, and every kind of problem,
 * place and note the validator can report renders in every language.
 */
import { LANGUAGES } from "../src/checker/messages";
import { RESTRICTED_NAMESPACES } from "../src/checker/namespaces";
import type { NamespaceNote, PolicyEvidence, PolicyEvidenceKind, PolicyPlace } from "../src/checker/policy";
import {
  describePolicyError,
  describePolicyNote,
  describePolicyPlace,
  describePolicyProblem,
  POLICY_CATALOGUES,
} from "../src/checker/policy/messages";
import { POLICY_EN } from "../src/checker/policy/messages/en";
import { describeCatalogues, FRENCH_SPACING_MISSING } from "./catalogue-keys";

const PLACES: PolicyPlace[] = [
  { list: "internalDomains", index: 0, value: "contoso.com" },
  { list: "trustedDomains", index: 1 },
  { list: "blockedDomains", index: 2, value: "x".repeat(100) },
  { action: "lookalike-domain" },
  { domain: "contoso.com" },
  { path: [] },
  { path: ["bogus"] },
  { path: [3] },
  { path: ["externalRecipients", "warnAbove"] },
  { path: ["keywords", 0, "words", 1] },
];

/** One of each kind: a kind added to PolicyEvidence fails the typecheck here until it has one. */
const EVIDENCE: { readonly [K in PolicyEvidenceKind]: Extract<PolicyEvidence, { says: K }>[] } = {
  "wrong-type": [
    { says: "wrong-type", expected: "boolean", got: "text" },
    { says: "wrong-type", expected: "whole-number", got: "null" },
    { says: "wrong-type", expected: "text", got: "number" },
    { says: "wrong-type", expected: "list", got: "object" },
    { says: "wrong-type", expected: "object", got: "list" },
    { says: "wrong-type", expected: "text", got: "boolean" },
    { says: "wrong-type", expected: "text", got: "other" },
  ],
  required: [{ says: "required" }],
  "too-small": [{ says: "too-small", min: 1 }],
  "too-big": [{ says: "too-big", max: 100_000 }],
  "not-one-of": [{ says: "not-one-of", allowed: ["block", "warn", "allow"] }],
  "text-too-long": [{ says: "text-too-long", length: 101, max: 100 }],
  "too-many": [{ says: "too-many", count: 51, max: 50 }],
  "unknown-setting": [{ says: "unknown-setting", known: ["$comment", "words", "action"] }],
  repeats: [{ says: "repeats", value: "a.com" }],
  empty: [{ says: "empty" }],
  "an-address": [{ says: "an-address", host: "bob@x.com" }],
  "not-a-domain": [{ says: "not-a-domain", host: "bad domain.com" }],
  "open-ending": [
    { says: "open-ending", host: "com" },
    { says: "open-ending", host: "ml" },
    { says: "open-ending", host: "xn--p1ai" },
  ],
  "whole-namespace": RESTRICTED_NAMESPACES.map((host) => ({
    says: "whole-namespace" as const,
    host,
  })),
  "not-an-ending": [{ says: "not-an-ending", host: "nowhere" }],
  "no-letter": [{ says: "no-letter", keyword: "--" }],
  "also-internal": [{ says: "also-internal", internal: PLACES[0]! }],
  blocked: (["internalDomains", "trustedDomains"] as const).flatMap((list) =>
    [false, true].map((under) => ({
      says: "blocked" as const,
      list,
      under,
      blockedBy: { list: "blockedDomains" as const, index: 0, value: "ml" },
    })),
  ),
  "warn-above-unused": [{ says: "warn-above-unused" }],
  "too-large": [{ says: "too-large", limit: 4_194_304 }],
  "not-json": [{ says: "not-json", detail: "Unexpected token < in JSON at position 0" }],
};

const NOTES: NamespaceNote[] = (["internalDomains", "trustedDomains"] as const).flatMap((list) =>
  RESTRICTED_NAMESPACES.map((host) => ({ says: "namespace" as const, list, host })),
);

const everyEvidence = Object.values(EVIDENCE).flat();

describe("the policy validator's catalogues", () => {
  describeCatalogues(POLICY_EN, POLICY_CATALOGUES);

  test("French puts a no-break space before : and ;", () => {
    for (const [key, text] of Object.entries(POLICY_CATALOGUES.fr))
      expect({ key, missing: FRENCH_SPACING_MISSING.test(text) }).toEqual({ key, missing: false });
  });

  test("every restricted namespace says who may register under it, in every language", () => {
    for (const language of LANGUAGES)
      for (const ending of RESTRICTED_NAMESPACES)
        expect(Object.keys(POLICY_CATALOGUES[language])).toContain(`registrants.${ending}`);
  });

  test.each(LANGUAGES)(
    "%s: every problem, place and note renders, with every placeholder filled",
    (language) => {
      const rendered: string[] = [];
      for (const where of PLACES) rendered.push(describePolicyPlace(where, language));
      for (const evidence of everyEvidence) {
        rendered.push(describePolicyProblem(evidence, language));
        rendered.push(describePolicyError({ code: "invalid-value", where: PLACES[1]!, evidence }, language));
      }
      for (const evidence of NOTES)
        rendered.push(describePolicyNote({ where: PLACES[0]!, evidence }, language));
      for (const text of rendered) {
        expect(text.trim()).not.toBe("");
        expect({ text, unfilled: /\{\w+\}/.test(text) }).toEqual({ text, unfilled: false });
      }
      // No two kinds read alike.
      const problems = everyEvidence.map((e) => describePolicyProblem(e, language));
      expect(new Set(problems).size).toBe(problems.length);
    },
  );

  test.each(LANGUAGES.filter((l) => l !== "en"))("%s says every one of them in its own words", (language) => {
    for (const where of PLACES) {
      const english = describePolicyPlace(where);
      expect({ english, same: describePolicyPlace(where, language) === english }).toEqual({
        english,
        same: false,
      });
    }
    for (const evidence of everyEvidence) {
      const english = describePolicyProblem(evidence);
      expect({ english, same: describePolicyProblem(evidence, language) === english }).toEqual({
        english,
        same: false,
      });
    }
  });

  test("a long value is cut short and every odd character shows, as JSON writes it", () => {
    expect(describePolicyPlace(PLACES[2]!)).toBe(`blocked domain 3 ("${"x".repeat(62)}…")`);
    expect(describePolicyPlace({ list: "trustedDomains", index: 0, value: 'a"b\u0007' })).toBe(
      'trusted domain 1 ("a\\"b\\u0007")',
    );
    expect(describePolicyPlace(PLACES[2]!, "ja")).toBe(`ブロック対象ドメイン 3（「${"x".repeat(62)}…」）`);
  });

  test("English says what it always said", () => {
    expect(PLACES.map((p) => describePolicyPlace(p))).toEqual([
      'internal domain 1 ("contoso.com")',
      "trusted domain 2",
      `blocked domain 3 ("${"x".repeat(62)}…")`,
      'the action for "lookalike-domain"',
      '"contoso.com"',
      "the whole file",
      'the setting "bogus"',
      "entry 4",
      '"warnAbove" in "externalRecipients"',
      'entry 2 of "words" in entry 1 of "keywords"',
    ]);
    expect(everyEvidence.slice(0, 7).map((e) => describePolicyProblem(e))).toEqual([
      "expected true or false, got text",
      "expected a whole number, got null",
      "expected text, got a number",
      "expected a list, got an object",
      "expected an object, got a list",
      "expected text, got a boolean",
      "expected text, got another kind of value",
    ]);
    expect(describePolicyProblem(EVIDENCE["open-ending"][2]!)).toBe(
      '"рф" (xn--p1ai) is an ending under which anyone can register a name; trusting it would trust every stranger with an address there. List the organisations\' own domains instead, such as "example.рф".',
    );
  });

  test("German, French and Japanese, as an administrator reads them", () => {
    const error = {
      code: "contradiction" as const,
      where: { list: "trustedDomains" as const, index: 1, value: "army.ml" },
      evidence: EVIDENCE.blocked[3]!,
    };
    expect(describePolicyError(error, "de")).toBe(
      "vertrauenswürdige Domain 2 („army.ml“): fällt unter gesperrte Domain 1 („ml“), daher werden E-Mails an diese Domain gestoppt: Eine Sperre hat Vorrang vor allem anderen. Entfernen Sie die Domain aus einer der beiden Listen.",
    );
    expect(describePolicyError(error, "fr")).toBe(
      "domaine approuvé 2 (« army.ml »)\u00a0: est couvert par l'entrée domaine bloqué 1 (« ml »)\u00a0: les messages à ce domaine sont donc arrêtés, car un blocage l'emporte sur tout le reste. Retirez-le de l'une des deux listes.".replace(
        /« (\S+) »/g,
        "«\u00a0$1\u00a0»",
      ),
    );
    expect(describePolicyError(error, "ja")).toBe(
      "信頼するドメイン 2（「army.ml」）: ブロック対象ドメイン 1（「ml」）の下にあるため、このドメインへのメールは止められます。ブロックは他のすべての設定より優先されます。どちらか一方の一覧から削除してください。",
    );
    expect(describePolicyNote({ where: PLACES[0]!, evidence: NOTES[0]! }, "de")).toBe(
      `interne Domain 1 („contoso.com“) zählt jede Adresse unter ${NOTES[0]!.host} als intern; in diesem Namensraum können nur US-Regierungsstellen Namen registrieren.`,
    );
  });
});
