/**
 * How the Smart Alert and the early-warning bar fit Outlook's limits in every language: long values
 * shortened first, then whole findings left out and counted, never a cut inside a word; and advice
 * that fits what was found (an invitation, domains to confirm, more than one address).
 */
import bundledPolicy from "../../config/policy.json";
import {
  createChecker,
  resolvePolicy,
  validatePolicy,
  type MessageResult,
  type RecipientInput,
} from "../../src/checker";
import { CATALOGUES, LANGUAGES, type Catalogue } from "../../src/checker/messages";
import { say } from "../../src/checker/messages/render";
import { toAlertContext, type AlertContext } from "../../src/shared/alert-context";
import {
  ALERT_LIMITS,
  buildAlertText,
  cutText,
  shortenValue,
  warningText,
  WARNING_LIMIT,
} from "../../src/shared/alert-text";
import { visibleText } from "../../src/shared/display-text";
import { checkMessage } from "../../src/launchevent/send-decision";

function policy(raw: object) {
  const checked = validatePolicy(raw);
  if (!checked.success) throw new Error("test policy does not validate");
  return resolvePolicy(checked.data);
}
const BUILT_IN = policy(bundledPolicy);

function check(c: Catalogue, addresses: readonly string[], meeting = false, p = BUILT_IN) {
  const list: RecipientInput[] = addresses.map((emailAddress) => ({ emailAddress, field: "to" }));
  const result: MessageResult = createChecker(p, c).checkRecipients(list, {
    ownAddress: "me@contoso.com",
    meeting,
  });
  return toAlertContext(
    list.map(() => "to"),
    result,
    meeting,
  );
}

/** The plain text's bullet lines. */
const bullets = (text: string): string[] => text.split("\n").filter((l) => l.startsWith("• "));

/** 16 outside addresses at as many organisations. */
const OUTSIDE = Array.from({ length: 16 }, (_, i) => `person${i}@organisation${i}-widgets.com`);
/** The tester's message: three slips, then 16 more outside addresses in To. */
const TESTER = ["ops@army.ml", "jane@gmial.com", "x@\u0430pple.com", ...OUTSIDE];

describe.each(LANGUAGES)("the %s Smart Alert", (language) => {
  const c = CATALOGUES[language];

  test("keeps the advice and every finding it shows whole, and counts what it leaves out", () => {
    const context = check(c, TESTER);
    for (const canOverride of [true, false]) {
      const text = buildAlertText(context, canOverride, c);
      expect(text.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
      expect(text.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessageMarkdown);
      // Every line shown is a finding whole: the address's own, or the message's.
      const whole = [
        ...context.recipients.map(
          (r) =>
            `• ${say(c, "alert.line", { who: r.emailAddress, message: visibleText(r.findings[0]!.message) })}`,
        ),
        ...context.messageFindings.map((f) => `• ${visibleText(f.message)}`),
      ];
      const shown = bullets(text.errorMessage);
      expect(shown.length).toBeGreaterThan(0);
      for (const line of shown) expect(whole).toContain(line);
      // The homoglyph, the one that blocks, is never the one left out.
      expect(text.errorMessage).toContain("x@\u0430pple.com");
      const left = whole.length - shown.length;
      if (left > 0) {
        const more =
          left === 1 ? c.text["alert.more-problem"] : say(c, "alert.more-problems", { count: left });
        expect(text.errorMessage).toContain(`\n${more}\n`);
        expect(text.errorMessageMarkdown).toContain(`\n\n${more}\n\n`);
      }
      const advice = text.errorMessage.split("\n").pop()!;
      expect(Object.values(c.text)).toContain(advice);
      expect(text.errorMessageMarkdown.endsWith(advice)).toBe(true);
      expect(text.errorMessage).not.toContain("…");
    }
  });

  test("an over-long address is shortened in the middle, and the reason is kept whole", () => {
    for (const length of [300, 600]) {
      const context = check(c, [`${"a".repeat(length)}@example.com`]);
      const reason = visibleText(context.recipients[0]!.findings[0]!.message);
      for (const canOverride of [true, false]) {
        const text = buildAlertText(context, canOverride, c);
        expect(text.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
        expect(text.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessageMarkdown);
        expect(text.errorMessage).toContain(reason);
        expect(text.errorMessageMarkdown).toContain(reason);
        expect(text.errorMessage).toMatch(/aaaa(…@example\.com)?/);
      }
    }
  });

  test("a finding too long on its own is cut between words (Japanese between characters, never in a pair)", () => {
    const long =
      language === "ja"
        ? "組織外のアドレス😀です。".repeat(80)
        : "Someone wrote a very long sentence about nothing at all ".repeat(20);
    const context: AlertContext = {
      version: 1,
      verdict: "warn",
      recipients: [],
      messageFindings: [{ code: "sensitive-keyword", severity: "warn", message: long }],
    };
    const text = buildAlertText(context, true, c);
    expect(text.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
    expect(text.errorMessage.length).toBeGreaterThan(ALERT_LIMITS.errorMessage - 40);
    expect(text.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessageMarkdown);
    expect(text.errorMessage.endsWith(c.text["alert.override"])).toBe(true);
    const line = bullets(text.errorMessage)[0]!;
    expect(line.endsWith("…")).toBe(true);
    const kept = line.slice(2, -1);
    expect(long.startsWith(kept)).toBe(true);
    if (language === "ja") expect(kept).not.toMatch(/[\ud800-\udbff]$/);
    else expect(long.charAt(kept.length)).toBe(" ");
  });

  test("a meeting's alert speaks of the invitation", () => {
    const context = check(c, OUTSIDE.concat(OUTSIDE.map((a) => a.replace("person", "other"))), true);
    expect(context.recipients).toHaveLength(0);
    expect(context.messageFindings.length).toBeGreaterThan(0);
    const text = buildAlertText(context, true, c);
    expect(text.errorMessage.split("\n")[0]).toBe(c.text["alert.problem-meeting"]);
    expect(text.errorMessageMarkdown.startsWith(`**${c.text["alert.problem-meeting"]}**`)).toBe(true);
    // And the send handler's check tells the alert it is one.
    const recipients = {
      to: OUTSIDE.map((emailAddress) => ({ emailAddress, displayName: "" })),
      cc: OUTSIDE.map((a) => ({ emailAddress: a.replace("person", "other"), displayName: "" })),
      bcc: [],
    };
    const sent = checkMessage(BUILT_IN, recipients, createChecker, {
      ownAddress: "me@contoso.com",
      meeting: true,
    });
    expect(sent.context?.meeting).toBe(true);
    const message = checkMessage(BUILT_IN, recipients, createChecker, { ownAddress: "me@contoso.com" });
    expect(buildAlertText(message.context!, true, c).errorMessage.split("\n")[0]).toBe(
      c.text["alert.problem"],
    );
  });

  test("domains to confirm are confirmed, not fixed", () => {
    const confirming = policy({
      internalDomains: ["contoso.com"],
      externalRecipients: { confirmDomains: true },
    });
    const context = check(c, ["bob@fabrikam.com", "eve@adatum.com"], false, confirming);
    expect(context.messageFindings.map((f) => f.code)).toEqual(["unconfirmed-domains"]);
    for (const canOverride of [false, true]) {
      const text = buildAlertText(context, canOverride, c);
      const advice = c.text[canOverride ? "alert.confirm-override" : "alert.confirm"];
      expect(text.errorMessage.endsWith(advice)).toBe(true);
      expect(text.errorMessage).not.toContain(c.text["alert.block"]);
    }
  });

  test("more than one address is named in the plural", () => {
    const six = ["a@army.ml", "b@gmial.com", "c@yahooo.com", "d@outlok.com", "e@navy.ml", "f@gmial.co"];
    const context = { ...check(c, six), verdict: "block" as const };
    expect(context.recipients.length).toBeGreaterThan(1);
    expect(buildAlertText(context, false, c).errorMessage.endsWith(c.text["alert.block-many"])).toBe(true);
    const warned = { ...context, verdict: "warn" as const };
    expect(buildAlertText(warned, true, c).errorMessage.endsWith(c.text["alert.override-many"])).toBe(true);
    expect(buildAlertText(warned, false, c).errorMessage.endsWith(c.text["alert.no-override-many"])).toBe(
      true,
    );
    const one = { ...check(c, ["a@army.ml"]), verdict: "block" as const };
    expect(buildAlertText(one, false, c).errorMessage.endsWith(c.text["alert.block"])).toBe(true);
  });

  test("the early-warning bar shortens values first, cuts only between words, and keeps the address meant", () => {
    const checker = createChecker(BUILT_IN, c);
    for (const address of [
      "ops@army.ml",
      "ops@navy.mi",
      "x@\u0430pple.com",
      "sales@microsofts.com",
      "a@northwind.con",
      `${"b".repeat(200)}@gmial.com`,
    ]) {
      const finding = checker.checkAddress(address).findings[0]!;
      for (const count of [1, 2, 12]) {
        const flagged = Array.from({ length: count }, () => ({
          emailAddress: address,
          message: finding.message,
          suggestion: finding.suggestion,
        }));
        const text = warningText(flagged, c);
        expect(text.length).toBeLessThanOrEqual(WARNING_LIMIT);
        if (count > 1) expect(text).toContain(say(c, "warning.more", { line: "", count: count - 1 }).trim());
        const whole = say(c, "warning.line", { address, message: finding.message });
        if (text.indexOf("…") < 0 || (count === 1 && whole.length <= WARNING_LIMIT)) {
          expect(text.startsWith(whole.length <= WARNING_LIMIT ? whole : "")).toBe(true);
          continue;
        }
        if (finding.suggestion) expect(text).toContain(shortenValue(finding.suggestion, 24));
        // A cut reason ends at the end of a word.
        const cut = text.lastIndexOf("…");
        const before = text.slice(0, cut);
        const reason = before.slice(Math.max(0, before.length - 12));
        if (language !== "ja" && finding.message.indexOf(reason) >= 0) {
          const next = finding.message.charAt(finding.message.indexOf(reason) + reason.length);
          expect(/[\s,;:.]|^$/.test(next)).toBe(true);
        }
      }
    }
  });
});

describe("shortening", () => {
  test("an address keeps the start of its local part and its whole domain", () => {
    expect(shortenValue(`${"a".repeat(300)}@example.com`, 40)).toBe(`${"a".repeat(27)}…@example.com`);
    expect(shortenValue("short@example.com", 40)).toBe("short@example.com");
    const value = shortenValue(`x@${"d".repeat(100)}.com`, 24);
    expect(value.length).toBe(24);
    expect(value.endsWith("d.com")).toBe(true);
  });

  test("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(50);
    for (let most = 5; most < 30; most++) {
      expect(shortenValue(emoji, most)).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/,
      );
      expect(cutText(emoji, most, CATALOGUES.ja)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });

  test("cuts between words, with no comma or colon left hanging", () => {
    expect(cutText("the part before the @ is longer than 64 characters", 30, CATALOGUES.en)).toBe(
      "the part before the @ is…",
    );
    expect(cutText("one two: three four", 12, CATALOGUES.en)).toBe("one two…");
  });
});
