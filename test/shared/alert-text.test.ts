import type { AlertContext, FlaggedRecipient } from "../../src/shared/alert-context";
import { decodeAlertContext, encodeAlertContext, MAX_CONTEXT_BYTES } from "../../src/shared/alert-context";
import { ALERT_LIMITS, buildAlertText, checkFailedText } from "../../src/shared/alert-text";
import { escapeMarkdown, visibleText } from "../../src/shared/display-text";

function flagged(emailAddress: string, message: string, displayName = ""): FlaggedRecipient {
  return {
    field: "to",
    emailAddress,
    displayName,
    verdict: "warn",
    findings: [{ code: "lookalike-domain", severity: "warn", message, suggestion: undefined }],
  };
}

function context(recipients: FlaggedRecipient[]): AlertContext {
  return { version: 1, verdict: "warn", recipients, messageFindings: [] };
}

describe("alert text", () => {
  test("stays within Outlook's limits however much there is to say", () => {
    const long = "x".repeat(2000);
    for (const n of [1, 2, 3, 10, 500]) {
      const text = buildAlertText(
        context(Array.from({ length: n }, (_, i) => flagged(`user${i}@${long}.com`, long))),
        true,
      );
      expect(text.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessage);
      expect(text.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMITS.errorMessageMarkdown);
      expect(text.cancelLabel.length).toBeLessThanOrEqual(ALERT_LIMITS.cancelLabel);
    }
  });

  test("names the address, what is wrong, and what to do", () => {
    const text = buildAlertText(
      context([flagged("ops@army.ml", '".ml" is Mali\'s domain, not ".mil".')]),
      true,
    );
    expect(text.errorMessage).toContain("ops@army.ml");
    expect(text.errorMessage).toContain("Mali");
    expect(text.errorMessage).toContain("send anyway");
  });

  test("without send-anyway (old clients, blocks) it says how to proceed instead", () => {
    expect(buildAlertText(context([flagged("a@b.ml", "m")]), false).errorMessage).toContain(
      "trust the domain",
    );
    expect(
      buildAlertText({ ...context([flagged("a@b.ml", "m")]), verdict: "block" }, false).errorMessage,
    ).toContain("Fix the address");
  });

  test("more than three recipients are summarised", () => {
    const text = buildAlertText(
      context(Array.from({ length: 5 }, (_, i) => flagged(`u${i}@army.ml`, "m"))),
      true,
    );
    expect(text.errorMessage).toContain("And 2 more");
    expect(text.errorMessage).not.toContain("u4@army.ml");
  });

  test("Markdown from a message is escaped: no links, images, emphasis or HTML", () => {
    const text = buildAlertText(
      context([flagged("[x](https://evil)@a.ml", "![img](https://evil/p.png) **bold** <script>")]),
      true,
    );
    expect(text.errorMessageMarkdown).not.toMatch(/(^|[^\\])\]\(/);
    expect(text.errorMessageMarkdown).not.toMatch(/(^|[^\\])\*\*bold/);
    expect(text.errorMessageMarkdown).not.toContain("<script>");
    expect(text.errorMessageMarkdown).toContain("\\[x\\]\\(https\\:");
  });

  test("a failed check explains itself in both forms", () => {
    const text = checkFailedText("Outlook could not read the To recipients");
    expect(text.errorMessage).toContain("could not check");
    expect(text.errorMessageMarkdown).toContain("\\(Outlook could not read the To recipients\\)");
  });
});

describe("display text", () => {
  test.each([
    ["ab\u202ecd", "ab[U+202E]cd"],
    ["a\u200bb", "a[U+200B]b"],
    ["a\n\n\tb", "a b"],
    ["a\u0007b", "a[U+0007]b"],
    ["plain", "plain"],
  ])("visibleText(%j) = %j", (input, expected) => {
    expect(visibleText(input)).toBe(expected);
  });

  test("escapeMarkdown escapes every special character", () => {
    expect(escapeMarkdown("*_`[]()#+-.!|<>~")).toBe("\\*\\_\\`\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\<\\>\\~");
  });
});

describe("alert context", () => {
  test("round-trips", () => {
    const ctx = context([flagged("ops@army.ml", "m")]);
    expect(decodeAlertContext(encodeAlertContext(ctx))).toEqual(ctx);
  });

  test("stays small enough for contextData by dropping recipients from the end", () => {
    const ctx = context(Array.from({ length: 2000 }, (_, i) => flagged(`user${i}@army.ml`, "x".repeat(200))));
    const text = encodeAlertContext(ctx);
    expect(text.length).toBeLessThanOrEqual(MAX_CONTEXT_BYTES);
    expect(decodeAlertContext(text)?.recipients[0]?.emailAddress).toBe("user0@army.ml");
  });

  test.each([
    null,
    undefined,
    "",
    "{",
    "[]",
    '{"version":2}',
    JSON.stringify({ version: 1, verdict: "warn", recipients: [{ field: "from" }], messageFindings: [] }),
  ])("rejects %j", (value) => {
    expect(decodeAlertContext(value)).toBeNull();
  });
});
