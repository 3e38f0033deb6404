/**
 * The send handler in every language it speaks: the built bundles (dist/launchevent/launchevent.js,
 * launchevent.de.js, .fr.js, .ja.js), each loaded alone as classic Outlook's JavaScript-only runtime
 * loads it (handler.test.ts does the same for English) and driven with the fake Office. Outlook picks
 * the bundle by Office's display language from manifest.xml's locale overrides (test/manifest.test.ts);
 * each speaks its own catalogue, within Outlook's limits, and carries no other.
 */
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import { createChecker, resolvePolicy, validatePolicy, type RecipientInput } from "../../src/checker";
import { CATALOGUES, type Catalogue, type Language } from "../../src/checker/messages";
import { fill } from "../../src/checker/messages/catalogue";
import { say } from "../../src/checker/messages/render";
import { toAlertContext, decodeAlertContext } from "../../src/shared/alert-context";
import { ALERT_LIMITS, buildAlertText, checkFailedText, warningText } from "../../src/shared/alert-text";
import bundledPolicy from "../../config/policy.json";
import { handlerBundle, loadBuiltHandler } from "./es2016-runtime";
import { fakeEvent, fakeOffice, recipients, type FakeOfficeOptions } from "../office/fake-office";

const LANGUAGES: [Language, string][] = [
  ["en", "en-US"],
  ["de", "de-DE"],
  ["fr", "fr-FR"],
  ["ja", "ja-JP"],
];

/** How the bundle writes `text` in its strings: ASCII only, as terser escapes anything else. */
const asWritten = (text: string): string =>
  text.replace(/[^\x20-\x7e]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });

/** The built-in policy, as the handler applies it with nothing stored. */
const POLICY = (() => {
  const checked = validatePolicy(bundledPolicy);
  if (!checked.success) throw new Error("config/policy.json does not validate");
  return resolvePolicy(checked.data);
})();

type Handlers = Record<string, (event: unknown) => void>;

/** Fires one event at the language's bundle, loaded afresh as classic Outlook does. */
async function fire(
  language: Language,
  options: FakeOfficeOptions,
  handler = "onMessageSendHandler",
  timersMs?: number,
): Promise<{ options: Record<string, unknown>; fake: ReturnType<typeof fakeOffice> }> {
  const fake = fakeOffice(options);
  loadBuiltHandler(fake.Office, undefined, handlerBundle(language));
  const { event, completion } = fakeEvent();
  (fake.handlers as Handlers)[handler]!(event);
  if (timersMs !== undefined) await jest.advanceTimersByTimeAsync(timersMs);
  const done = await completion.done;
  return { options: (done ?? {}) as Record<string, unknown>, fake };
}

/** The finding the checker says about `address` in `c`'s language (the bundle's, rendered from source). */
const findingOf = (c: Catalogue, address: string): string =>
  createChecker(POLICY, c).checkAddress(address).findings[0]!.message;

afterEach(() => jest.useRealTimers());

describe.each(LANGUAGES)("the %s send handler (Office in %s)", (language, displayLanguage) => {
  const c = CATALOGUES[language];
  const bundle = handlerBundle(language);

  test("is built, ASCII only, and carries its own catalogue and no other", () => {
    expect(existsSync(bundle)).toBe(true);
    const code = readFileSync(bundle, "utf8");
    expect(code).not.toMatch(/[\u0080-\uffff]/);
    for (const [other] of LANGUAGES) {
      const review = asWritten(CATALOGUES[other].text["alert.review"]);
      const sentence = asWritten(CATALOGUES[other].text["alert.override"]);
      expect([other, code.includes(review) && code.includes(sentence)]).toEqual([other, other === language]);
    }
  });

  test("its Smart Alert speaks the language, within Outlook's limits", async () => {
    const { options } = await fire(language, {
      to: recipients("ops@army.ml"),
      mailbox: "1.15",
      displayLanguage,
    });
    expect(options.allowEvent).toBe(false);
    const text = String(options.errorMessage);
    expect(text.startsWith(c.text["alert.one"])).toBe(true);
    expect(text).toContain(`ops@army.ml`);
    expect(text).toContain(findingOf(c, "ops@army.ml"));
    expect(text.endsWith(c.text["alert.override"])).toBe(true);
    expect(String(options.errorMessageMarkdown)).toContain(c.text["alert.override"]);
    expect(options.cancelLabel).toBe(c.text["alert.review"]);
    expect(text.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
    expect(String(options.errorMessageMarkdown).length).toBeLessThanOrEqual(
      ALERT_LIMITS.errorMessageMarkdown,
    );
    expect(String(options.cancelLabel).length).toBeLessThanOrEqual(ALERT_LIMITS.cancelLabel);
    // What the pane is told is the same finding, in the same words.
    const context = decodeAlertContext(options.contextData);
    expect(context?.recipients[0]?.findings[0]?.message).toBe(findingOf(c, "ops@army.ml"));
  });

  test("its alert for many recipients is exactly what the catalogue builds, within the limits", async () => {
    const addresses = Array.from(
      { length: 40 },
      (_, i) => `someone.with.a.rather.long.name.${i}@${"x".repeat(20 + i)}.army.ml`,
    ).concat(["a@gmial.com", "billing@xn--pple-43d.com"]);
    const { options } = await fire(language, {
      to: recipients(...addresses),
      mailbox: "1.15",
      displayLanguage,
    });
    const list: RecipientInput[] = addresses.map((emailAddress) => ({
      emailAddress,
      displayName: emailAddress.split("@")[0],
      field: "to",
    }));
    const result = createChecker(POLICY, c).checkRecipients(list, { ownAddress: "me@contoso.com" });
    const expected = buildAlertText(
      toAlertContext(
        list.map(() => "to"),
        result,
      ),
      false,
      c,
    );
    expect(options.errorMessage).toBe(expected.errorMessage);
    expect(options.errorMessageMarkdown).toBe(expected.errorMessageMarkdown);
    expect(String(options.errorMessage).length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
    expect(String(options.errorMessageMarkdown).length).toBeLessThanOrEqual(
      ALERT_LIMITS.errorMessageMarkdown,
    );
  });

  test("its early-warning bar speaks the language, within Outlook's 150 characters", async () => {
    const { fake } = await fire(
      language,
      { to: recipients("ops@army.ml", "a@gmial.com"), displayLanguage },
      "onMessageRecipientsChangedHandler",
    );
    const finding = createChecker(POLICY, c).checkAddress("ops@army.ml").findings[0]!;
    expect(fake.notifications.replaced).toHaveLength(1);
    const message = fake.notifications.replaced[0]!.message;
    expect(message).toBe(
      warningText(
        [
          { emailAddress: "ops@army.ml", message: finding.message, suggestion: finding.suggestion },
          { emailAddress: "a@gmial.com", message: findingOf(c, "a@gmial.com") },
        ],
        c,
      ),
    );
    expect(message.length).toBeLessThanOrEqual(150);
    // Never cut inside a word: whole, or the address meant said first.
    const whole = say(c, "warning.more", {
      line: say(c, "warning.line", { address: "ops@army.ml", message: finding.message }),
      count: 1,
    });
    if (whole.length <= 150) expect(message).toBe(whole);
    else expect(message).toContain(finding.suggestion!);
  });

  test("when Outlook fails, the alert says what failed in the language", async () => {
    const { options } = await fire(language, {
      to: { kind: "fail", message: "item busy" },
      mailbox: "1.14",
      displayLanguage,
    });
    const what = fill(c.text["office.read-field"], { field: c.text["field.to"] });
    const reason = fill(c.text["office.failed-why"], { what, reason: "item busy" });
    expect(options.errorMessage).toBe(checkFailedText(reason, c).errorMessage);
    expect(options.cancelLabel).toBe(c.text["alert.review"]);
  });

  test("when Outlook never answers, the alert says so in the language, with the time", async () => {
    jest.useFakeTimers();
    const { options } = await fire(
      language,
      {
        to: { kind: "silent" },
        cc: { kind: "silent" },
        bcc: { kind: "silent" },
        meeting: false,
        mailbox: "1.14",
        displayLanguage,
      },
      "onMessageSendHandler",
      5000,
    );
    const what = fill(c.text["office.read-field"], { field: c.text["field.to"] });
    const time = fill(c.text["time.seconds"], { count: `3${c.text.decimalPoint}2` });
    expect(options.errorMessage).toBe(
      checkFailedText(fill(c.text["office.late"], { what, time }), c).errorMessage,
    );
  });

  test("a meeting's attendees are named as Outlook names them in the language", async () => {
    const { options } = await fire(language, {
      meeting: true,
      to: { kind: "fail", message: "gone" },
      mailbox: "1.14",
      displayLanguage,
    });
    expect(String(options.errorMessage)).toContain(
      fill(c.text["office.read-field"], { field: c.text["field.required"] }),
    );
  });

  test("a failure's reason of 600 emoji stays within the limits", async () => {
    const { options } = await fire(language, {
      to: { kind: "fail", message: "😀".repeat(600) },
      mailbox: "1.15",
      displayLanguage,
    });
    expect(String(options.errorMessage).length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
    expect(String(options.errorMessage).startsWith(c.text["alert.failed-head"])).toBe(true);
    expect(String(options.errorMessageMarkdown).length).toBeLessThanOrEqual(
      ALERT_LIMITS.errorMessageMarkdown,
    );
    expect(String(options.cancelLabel).length).toBeLessThanOrEqual(ALERT_LIMITS.cancelLabel);
  });
});

test("the German bundle's Smart Alert is German", async () => {
  const { options } = await fire("de", {
    to: recipients("ops@army.ml"),
    mailbox: "1.14",
    displayLanguage: "de-DE",
  });
  expect(options.errorMessage).toBe(
    "Recipient Guard: Diese Adresse scheint falsch zu sein.\n" +
      `• ops@army.ml: ${findingOf(CATALOGUES.de, "ops@army.ml")}\n` +
      "Prüfen und korrigieren Sie sie, oder senden Sie trotzdem, wenn sie stimmt.",
  );
  expect(String(options.errorMessage)).toContain("Länderendung von Mali");
  expect(options.cancelLabel).toBe("Empfänger prüfen");
});

test("the language's country names are its own, from the bundle's table, with no Intl.DisplayNames", async () => {
  const fake = fakeOffice({ to: recipients("ops@army.ml"), mailbox: "1.14" });
  // The classic runtime may lack Intl.DisplayNames: take it away.
  loadBuiltHandler(
    fake.Office,
    (context) => vm.runInContext("delete Intl.DisplayNames", context),
    handlerBundle("ja"),
  );
  const { event, completion } = fakeEvent();
  (fake.handlers as Handlers).onMessageSendHandler!(event);
  const done = (await completion.done) as Record<string, unknown>;
  expect(String(done.errorMessage)).toContain("マリの国別ドメイン");
});
