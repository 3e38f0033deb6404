/**
 * The simulator's To/Cc/Bcc lines: a recipient the add-in writes back through setRecipients must
 * come back from the line with exactly the display name it had. A fix of one recipient rewrites the
 * whole field, so a name that changed in the round trip would alter the message behind the user's back.
 */
import type { SimRecipient } from "../../src/simulator/bridge";
import { formatRecipientLine, parseRecipientLine } from "../../src/simulator/recipient-text";

const NAMES = [
  "Ann",
  "Col. Jane Smith",
  `O'Brien "Bob"`,
  `"Bob"`,
  `"`,
  `CONTOSO\\jo`,
  `\\`,
  `\\"`,
  `trailing backslash \\`,
  "Smith, John",
  "Ops; Desk",
  "<not an address>",
  "a > b",
  "a<b@c.com>",
  "O'Brien",
  "Müller, Jürgen",
  "山田 太郎",
  "Ελένη «Λένα»",
  "  padded  ",
  `all ,;<>"\\' of them`,
];

describe("parseRecipientLine(formatRecipientLine(...)) keeps every display name exactly", () => {
  test.each(NAMES)("%s", (displayName) => {
    const recipients: SimRecipient[] = [
      { emailAddress: "first@example.com", displayName },
      { emailAddress: "second@example.org", displayName: "Second" },
    ];
    expect(parseRecipientLine(formatRecipientLine(recipients))).toEqual(recipients);
  });

  test("all of them on one line", () => {
    const recipients = NAMES.map((displayName, i) => ({ emailAddress: `r${i}@example.com`, displayName }));
    expect(parseRecipientLine(formatRecipientLine(recipients))).toEqual(recipients);
  });
});

describe("what a user types", () => {
  test("a name with quotes inside it, as the tester typed it, survives being written back", () => {
    const typed = parseRecipientLine(`O'Brien "Bob" <bob@example.com>; ops@army.ml`);
    expect(typed).toEqual([
      { emailAddress: "bob@example.com", displayName: `O'Brien "Bob"` },
      { emailAddress: "ops@army.ml", displayName: "ops@army.ml" },
    ]);
    // The pane fixes the second recipient and writes the field back.
    const fixed = [typed[0]!, { emailAddress: "ops@army.mil", displayName: "ops@army.mil" }];
    const line = formatRecipientLine(fixed);
    expect(line).toBe(`"O'Brien \\"Bob\\"" <bob@example.com>; ops@army.mil`);
    expect(parseRecipientLine(line)).toEqual(fixed);
  });

  test("plain names stay bare, quoted names with separators keep them", () => {
    expect(formatRecipientLine([{ emailAddress: "ops@army.mil", displayName: "Col. Jane Smith" }])).toBe(
      "Col. Jane Smith <ops@army.mil>",
    );
    expect(parseRecipientLine(`"Smith, John" <j@example.com>, "Ops; Desk" <o@example.com>`)).toEqual([
      { emailAddress: "j@example.com", displayName: "Smith, John" },
      { emailAddress: "o@example.com", displayName: "Ops; Desk" },
    ]);
  });

  test("a backslash typed inside quotes before an ordinary character is kept", () => {
    expect(parseRecipientLine(`"CONTOSO\\jo" <jo@contoso.com>`)).toEqual([
      { emailAddress: "jo@contoso.com", displayName: "CONTOSO\\jo" },
    ]);
  });

  test("a bare address is its own display name", () => {
    expect(parseRecipientLine("a@example.com; ; b@example.com")).toEqual([
      { emailAddress: "a@example.com", displayName: "a@example.com" },
      { emailAddress: "b@example.com", displayName: "b@example.com" },
    ]);
    expect(formatRecipientLine([{ emailAddress: "a@example.com", displayName: "" }])).toBe("a@example.com");
  });
});
