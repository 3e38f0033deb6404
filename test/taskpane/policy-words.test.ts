/**
 * The policy download, save and loading problems in the pane's words: the shared code says what
 * happened as data (the send handler carries no words for it), the pane says it in its language.
 */
import type { PolicyError } from "../../src/checker";
import { LANGUAGES, type Language } from "../../src/checker/messages";
import type { PolicyProblem, PolicyUpdate, TextStore, UserDomainsSaved } from "../../src/shared/policy-store";
import { paneText } from "../../src/taskpane/i18n";
import { PolicyDownloadError, problemText, unsavedText, updateResult } from "../../src/taskpane/policy-words";
import { describePolicyError } from "../../src/checker/policy/messages";

const store = (place: TextStore["place"]): TextStore => ({
  place,
  capacity: 24_576,
  read: async () => null,
  write: async () => undefined,
  remove: async () => undefined,
});

const ERRORS: PolicyError[] = [
  {
    code: "invalid-value",
    where: { list: "trustedDomains", index: 0, value: "com" },
    evidence: { says: "open-ending", host: "com" },
  },
];

const UPDATES: PolicyUpdate[] = [
  { kind: "no-store" },
  { kind: "skipped" },
  {
    kind: "download-failed",
    error: new PolicyDownloadError({ why: "status", path: "/policy.json", status: 404 }),
  },
  { kind: "download-failed", error: new PolicyDownloadError({ why: "timeout", seconds: 10 }) },
  {
    kind: "download-failed",
    error: new PolicyDownloadError({ why: "origin", url: "http://x.example/policy.json" }),
  },
  { kind: "invalid", errors: ERRORS },
  { kind: "too-large", chars: 1_234_567, store: store("roaming") },
  { kind: "too-large", chars: 5_000_000, store: store("add-in-storage") },
  { kind: "too-large", chars: 3_000_000, store: store("browser-storage") },
  { kind: "save-failed", error: new Error("quota exceeded") },
  { kind: "kept", changed: true },
  { kind: "kept", changed: false },
];

const PROBLEMS: PolicyProblem[] = [
  { problem: "saved-unreadable", detail: "storage gone" },
  { problem: "user-unreadable", detail: "storage gone" },
  { problem: "saved-damaged" },
  { problem: "saved-ignored", fault: "not-text" },
  { problem: "saved-ignored", fault: "unknown-format" },
  { problem: "saved-ignored", fault: "header-damaged" },
  { problem: "saved-ignored", fault: "lists-damaged" },
  { problem: "outdated" },
  ...(
    ["saved-policy", "built-in-policy", "downloaded-policy", "user-domains", "new-user-domains"] as const
  ).map((part): PolicyProblem => ({ problem: "not-used", part, errors: ERRORS })),
];

const SAVES: UserDomainsSaved[] = [
  { ok: false, problem: "invalid", errors: ERRORS },
  { ok: false, problem: "too-many" },
  { ok: false, problem: "not-saved", detail: "Error 9041." },
];

/** Everything the pane can say about the policy stores, in one language. */
const everything = (language: Language): string[] => {
  const text = paneText(language);
  return [
    ...UPDATES.map((u) => updateResult(u, text).message),
    updateResult({ kind: "too-large", chars: 30_000, store: store("roaming") }, text, true).message,
    ...PROBLEMS.map((p) => problemText(p, text)),
    ...SAVES.map((s) => unsavedText(s, text)!),
  ];
};

/** English words, ours and the policy validator's, as opposed to Office's quoted ones. */
const OUR_ENGLISH =
  /organisation policy|stays in force|could not be|was not used|was ignored|trusted domains?|too large|answered|no answer|neither https|roaming settings|add-in storage|its header|its domain lists|is not text|anyone can register|commercial domain|such as/;

describe("the policy stores' words in the pane", () => {
  test("English is the words the pane always said", () => {
    const text = paneText("en");
    expect(updateResult(UPDATES[2]!, text).message).toBe(
      "The organisation policy could not be downloaded (/policy.json answered 404); the last good one stays in force.",
    );
    expect(updateResult(UPDATES[6]!, text).message).toBe(
      "The organisation policy is too large to keep in Outlook's roaming settings (1,234,567 characters, at most 24,576); the copy built into the add-in stays in force.",
    );
    expect(problemText(PROBLEMS[6]!, text)).toBe(
      "The saved organisation policy was ignored because its domain lists are damaged; the built-in copy is in force until the next update check.",
    );
    expect(problemText(PROBLEMS[8]!, text)).toBe(
      'The saved organisation policy was not used (trusted domain 1 ("com"): "com" (the commercial domain) is an ending under which anyone can register a name; trusting it would trust every stranger with an address there. List the organisations\' own domains instead, such as "example.com".).',
    );
    expect(unsavedText({ ok: true }, text)).toBeNull();
  });

  test.each(LANGUAGES.filter((l) => l !== "en"))(
    "%s: every update, problem and refused save in its words, the validator's too, quoting Office as it is",
    (language) => {
      const said = everything(language);
      for (const sentence of said) {
        expect({ sentence, english: OUR_ENGLISH.test(sentence) }).toEqual({ sentence, english: false });
      }
      expect(said.join("\n")).toContain(describePolicyError(ERRORS[0]!, language));
      expect(said.join("\n")).toContain("Error 9041.");
      // No two problems read alike.
      const problems = PROBLEMS.map((p) => problemText(p, paneText(language)));
      expect(new Set(problems).size).toBe(PROBLEMS.length);
    },
  );

  test("numbers in the language's own form", () => {
    const tooLarge = UPDATES[6]!;
    expect(updateResult(tooLarge, paneText("de")).message).toContain("(1.234.567 Zeichen, höchstens 24.576)");
    expect(updateResult(tooLarge, paneText("fr")).message).toContain(
      "(1\u202f234\u202f567 caractères, au plus 24\u202f576)",
    );
    expect(updateResult(tooLarge, paneText("ja")).message).toContain("（1,234,567 文字、上限 24,576 文字）");
  });

  test("the validator's problems in the pane's language", () => {
    const notUsed = PROBLEMS[8]!;
    expect(problemText(notUsed, paneText("de"))).toBe(
      "Die gespeicherte Richtlinie der Organisation wurde nicht verwendet (vertrauenswürdige Domain 1 („com“): „com“ (kommerzielle Endung) ist eine Endung, unter der jeder einen Namen registrieren kann; ihr zu vertrauen hieße, jedem Fremden mit einer Adresse dort zu vertrauen. Führen Sie stattdessen die eigenen Domains der Organisationen auf, zum Beispiel „example.com“.).",
    );
    expect(problemText(notUsed, paneText("fr"))).toMatch(
      /^La stratégie de l'organisation enregistrée n'a pas été utilisée \(domaine approuvé 1 \(«\u00a0com\u00a0»\)\u00a0: «\u00a0com\u00a0» \(.+\) est une extension sous laquelle n'importe qui peut enregistrer un nom/,
    );
    expect(problemText(notUsed, paneText("ja"))).toMatch(
      /^保存されている組織のポリシーは使用されませんでした（信頼するドメイン 1（「com」）: 「com」（.+）は誰でも名前を登録できる末尾です。/,
    );
  });
});
