/** @jest-environment jsdom */
/**
 * The simulator draws a Smart Alert's errorMessageMarkdown by the rules Microsoft documents
 * (onmessagesend-onappointmentsend-events.md, "Limitations to formatting the dialog message using
 * Markdown"), not by a lenient Markdown dialect, so that text in the wrong format looks wrong.
 */
import type { AlertContext, FlaggedRecipient } from "../../src/shared/alert-context";
import { buildAlertText, checkFailedText } from "../../src/shared/alert-text";
import { renderSafeMarkdown } from "../../src/simulator/safe-markdown";

function render(markdown: string): HTMLElement {
  const div = document.createElement("div");
  div.appendChild(renderSafeMarkdown(markdown, document));
  return div;
}

function flagged(emailAddress: string, message: string): FlaggedRecipient {
  return {
    field: "to",
    emailAddress,
    displayName: "",
    verdict: "warn",
    findings: [{ code: "suffix-slip", severity: "warn", message, suggestion: undefined }],
  };
}

const context = (recipients: FlaggedRecipient[]): AlertContext => ({
  version: 1,
  verdict: "warn",
  recipients,
  messageFindings: [],
});

describe("the simulator's Markdown, by Microsoft's documented rules", () => {
  test("a bulleted list: items start with - and end with \\r", () => {
    const html = render("For help:\n\n- Phone: 425-555-0102\r- Email: it@contoso.com\r");
    expect([...html.querySelectorAll("ul > li")].map((li) => li.textContent)).toEqual([
      "Phone: 425-555-0102",
      "Email: it@contoso.com",
    ]);
    expect(html.querySelector("p")?.textContent).toBe("For help:");
  });

  test("a numbered list starts at 1 and counts up", () => {
    const html = render("To do:\n\n1. Select **File**.\r2. Select Close.\r");
    expect([...html.querySelectorAll("ol > li")].map((li) => li.textContent)).toEqual([
      "Select File.",
      "Select Close.",
    ]);
    expect(html.querySelector("ol strong")?.textContent).toBe("File");
  });

  test("a new line is \\n\\n; a single \\n is only a space, and a - after it is no list", () => {
    expect([...render("one\n\ntwo").querySelectorAll("p")].map((p) => p.textContent)).toEqual(["one", "two"]);
    const single = render("head\n- item");
    expect(single.querySelectorAll("li")).toHaveLength(0);
    expect(single.textContent).toBe("head - item");
  });

  test("bold and italic with asterisks or underscores", () => {
    const html = render("**b** __b2__ *i* _i2_ ***bi***");
    expect([...html.querySelectorAll("strong")].map((n) => n.textContent)).toEqual(["b", "b2", "bi"]);
    expect([...html.querySelectorAll("em")].map((n) => n.textContent)).toEqual(["i", "i2", "bi"]);
  });

  test("a link needs an https URL; anything else shows as written", () => {
    const html = render(
      "See [Help](https://contoso.com/help) or [old](http://contoso.com) or <https://x.com>",
    );
    const links = html.querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute("href")).toBe("https://contoso.com/help");
    expect(html.textContent).toContain("[old](http://contoso.com)");
    expect(html.textContent).toContain("<https://x.com>");
  });

  test("a backslash escapes only a character with a meaning here; elsewhere it shows", () => {
    expect(render("\\*not bold\\* \\[x\\]").textContent).toBe("*not bold* [x]");
    expect(render("army\\.ml \\- \\:").textContent).toBe("army\\.ml \\- \\:");
  });
});

describe("the alert text, drawn by those rules", () => {
  test("is a bold headline, one list item per line, then the advice", () => {
    const { errorMessageMarkdown } = buildAlertText(
      context([
        flagged("ops@army.ml", '".ml" is Mali\'s domain, not ".mil".'),
        flagged("jo@gmial.com", "A slip."),
      ]),
      true,
    );
    const html = render(errorMessageMarkdown);
    expect(html.querySelector("p > strong")?.textContent).toBe("Recipient Guard: 2 addresses look wrong.");
    expect([...html.querySelectorAll("ul > li")].map((li) => li.textContent)).toEqual([
      'ops@army.ml: ".ml" is Mali\'s domain, not ".mil".',
      "jo@gmial.com: A slip.",
    ]);
    expect(html.querySelectorAll("li strong")).toHaveLength(2);
    expect([...html.querySelectorAll("p")].pop()?.textContent).toBe(
      "Review to fix them, or send anyway if they are right.",
    );
  });

  test("shows the domain exactly as it is: no backslash before . : - = & !", () => {
    const { errorMessageMarkdown } = buildAlertText(
      context([flagged("ops@army.ml", 'Did you mean army.mil? ".ml" - Mali = no & stop!')]),
      true,
    );
    expect(errorMessageMarkdown).not.toMatch(/\\[.:\-=&!]/);
    expect(render(errorMessageMarkdown).textContent).toContain(
      'ops@army.ml: Did you mean army.mil? ".ml" - Mali = no & stop!',
    );
  });

  test("text from the message never becomes a link or formatting", () => {
    const { errorMessageMarkdown } = buildAlertText(
      context([
        flagged("[x](https://evil.example)@a.ml", "**bold** _it_ [y](https://evil.example) a\\b <b>x</b>"),
      ]),
      true,
    );
    const html = render(errorMessageMarkdown);
    expect(html.querySelectorAll("a")).toHaveLength(0);
    expect([...html.querySelectorAll("li strong")].map((n) => n.textContent)).toEqual([
      "[x](https://evil.example)@a.ml",
    ]);
    expect(html.querySelectorAll("em, b")).toHaveLength(0);
    expect(html.querySelector("li")?.textContent).toContain(
      "**bold** _it_ [y](https://evil.example) a\\b <b>x</b>",
    );
  });

  test("a failed check reads as written", () => {
    const html = render(checkFailedText("Outlook could not read the To recipients").errorMessageMarkdown);
    expect(html.textContent).toBe(
      "Recipient Guard could not check the recipients (Outlook could not read the To recipients). Check every address yourself before sending.",
    );
  });
});
