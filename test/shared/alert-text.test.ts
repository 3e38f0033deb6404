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

  test("more than three lines are summarised, counting the addresses left out", () => {
    const text = buildAlertText(
      context(Array.from({ length: 5 }, (_, i) => flagged(`u@army${i}.ml`, "m"))),
      true,
    );
    expect(text.errorMessage).toContain("And 2 more addresses");
    expect(text.errorMessage).not.toContain("u@army4.ml");
  });

  // Issue 10: the alert says each thing once.
  test("many recipients at one bad domain with one finding are one line", () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      flagged(`user${i}@army.ml`, '".ml" is Mali\'s domain.'),
    );
    const text = buildAlertText(context([...many, flagged("jo@gmial.com", "A slip.")]), true);
    expect(text.errorMessage).toContain("Recipient Guard: 26 addresses look wrong.");
    expect(text.errorMessage).toContain('• 25 recipients at army.ml: ".ml" is Mali\'s domain.');
    expect(text.errorMessage).toContain("• jo@gmial.com: A slip.");
    expect(text.errorMessage).not.toContain("user0@army.ml");
    expect(text.errorMessage).not.toContain("more address");
    expect(text.errorMessageMarkdown).toContain('- **25 recipients at army.ml**: ".ml" is Mali\'s domain.\r');
    expect(text.errorMessageMarkdown.match(/\r/g)).toHaveLength(2);
  });

  test("recipients at one domain with different findings keep their own lines", () => {
    const text = buildAlertText(context([flagged("a@army.ml", "one"), flagged("b@army.ml", "two")]), true);
    expect(text.errorMessage).toContain("• a@army.ml: one");
    expect(text.errorMessage).toContain("• b@army.ml: two");
  });

  // onmessagesend-onappointmentsend-events.md: "Use \n\n to create a new line"; a list item begins
  // with "-" and ends with "\r".
  test("Markdown follows Microsoft's documented layout: \\n\\n between parts, list items end with \\r", () => {
    const text = buildAlertText(context([flagged("a@army.ml", "one"), flagged("b@gmial.com", "two")]), true);
    expect(text.errorMessageMarkdown).toBe(
      "**Recipient Guard: 2 addresses look wrong.**\n\n- **a@army.ml**: one\r- **b@gmial.com**: two\r\n\nReview to fix them, or send anyway if they are right.",
    );
  });

  test("Markdown from a message is escaped: no links or emphasis", () => {
    const text = buildAlertText(
      context([flagged("[x](https://evil)@a.ml", "![img](https://evil/p.png) **bold** _it_")]),
      true,
    );
    expect(text.errorMessageMarkdown).not.toMatch(/(^|[^\\])\]\(/);
    expect(text.errorMessageMarkdown).not.toMatch(/(^|[^\\])\*\*bold/);
    expect(text.errorMessageMarkdown).toContain("\\[x\\](https://evil)@a.ml");
    expect(text.errorMessageMarkdown).toContain("\\_it\\_");
  });

  // Issue 12, part 4: a policy that sets added-outside-domain to warn or block.
  describe("an alert raised by additions to a reply", () => {
    const ADDED =
      'You added "example.net" to this conversation: the message you are replying to did not go there.';
    const added = (emailAddress: string): FlaggedRecipient => ({
      ...flagged(emailAddress, ADDED),
      findings: [{ code: "added-outside-domain", severity: "warn", message: ADDED, suggestion: undefined }],
    });

    test("says so in its heading, not that an address looks wrong", () => {
      const one = buildAlertText(context([added("x@example.net")]), true);
      expect(one.errorMessage).toBe(
        `Recipient Guard: you added an outside address to this conversation.\n• x@example.net: ${ADDED}\nReview to fix it, or send anyway if it is right.`,
      );
      expect(
        one.errorMessageMarkdown.startsWith(
          "**Recipient Guard: you added an outside address to this conversation.**\n\n- **x@example.net**: You added",
        ),
      ).toBe(true);
      const two = buildAlertText(context([added("x@example.net"), added("y@example.org")]), true);
      expect(two.errorMessage.split("\n")[0]).toBe(
        "Recipient Guard: you added 2 outside addresses to this conversation.",
      );
    });

    test("a note beside the addition (a group) is not what the alert says first, nor what it is about", () => {
      const group = added("team@example.net");
      group.findings.unshift({
        code: "group-recipient",
        severity: "info",
        message: '"team@example.net" is a group outside your organisation: its members are not checked.',
        suggestion: undefined,
      });
      const text = buildAlertText(context([group]), true);
      expect(text.errorMessage).toContain("you added an outside address to this conversation.");
      expect(text.errorMessage).toContain(`• team@example.net: ${ADDED}`);
      expect(text.errorMessage).not.toContain("is a group");
    });

    test("with a slip among them, or something about the whole message, the usual heading", () => {
      const mixed = buildAlertText(
        context([added("x@example.net"), flagged("ops@army.ml", "A slip.")]),
        true,
      );
      expect(mixed.errorMessage.split("\n")[0]).toBe("Recipient Guard: 2 addresses look wrong.");
      const withKeyword = buildAlertText(
        {
          ...context([added("x@example.net")]),
          messageFindings: [
            { code: "sensitive-keyword", severity: "warn", message: "SECRET.", suggestion: undefined },
          ],
        },
        true,
      );
      expect(withKeyword.errorMessage.split("\n")[0]).toBe("Recipient Guard: this address looks wrong.");
    });

    test("without Send Anyway it does not advise trusting the domain, which would not help", () => {
      const text = buildAlertText(context([added("x@example.net")]), false);
      expect(text.errorMessage).not.toContain("trust the domain");
      expect(
        text.errorMessage.endsWith(
          "Remove the address if it should not get this reply, or write to it in a new message.",
        ),
      ).toBe(true);
      // Blocked, the address still needs no fixing: the same advice (Mailbox 1.12, action block).
      const blocked = buildAlertText({ ...context([added("x@example.net")]), verdict: "block" }, false);
      expect(blocked.errorMessage).not.toContain("Fix the address");
      expect(
        blocked.errorMessage.endsWith(
          "Remove the address if it should not get this reply, or write to it in a new message.",
        ),
      ).toBe(true);
      const two = buildAlertText(
        { ...context([added("x@example.net"), added("y@example.org")]), verdict: "block" },
        false,
      );
      expect(
        two.errorMessage.endsWith(
          "Remove the addresses that should not get this reply, or write to them in a new message.",
        ),
      ).toBe(true);
    });
  });

  test("a failed check explains itself in both forms", () => {
    const text = checkFailedText("Outlook could not read the To recipients");
    expect(text.errorMessage).toContain("could not check");
    expect(text.errorMessageMarkdown).toContain("(Outlook could not read the To recipients).");
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

  test("escapeMarkdown escapes only what changes meaning in Outlook's documented Markdown", () => {
    expect(escapeMarkdown("\\*_[]<")).toBe("\\\\\\*\\_\\[\\]\\<");
    expect(escapeMarkdown("army.ml: a-b = c & d! (e) #f +g |h i> ~j `k")).toBe(
      "army.ml: a-b = c & d! (e) #f +g |h i> ~j `k",
    );
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
