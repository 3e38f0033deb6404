/**
 * Attachments going outside (issue 12, part 3): the attachments of a message with recipients
 * outside the organisation are named with where they go (information by default), and the
 * organisation's keywords are looked for, as whole words, in the subject and attachment names.
 */
import {
  containsWords,
  createChecker,
  formatSize,
  matchForm,
  resolvePolicy,
  type AttachmentInput,
  type CheckContext,
  type MessageContent,
  type Policy,
} from "../src/checker";
import { CATALOGUES } from "../src/checker/messages";
import { contentFindings, type KeywordList } from "../src/checker/attachments";

const ORG: Policy = { internalDomains: ["contoso.com"] };
const KEYWORDS: Policy = {
  ...ORG,
  keywords: [{ words: ["OFFICIAL-SENSITIVE", "SECRET"], action: "block" }, { words: ["personal data"] }],
};
const to = (...addresses: string[]) =>
  addresses.map((emailAddress) => ({ emailAddress, field: "to" as const }));
const file = (name: string, size = 1000, inline = false): AttachmentInput => ({ name, size, inline });
const check = (policy: Policy, addresses: string[], content: MessageContent, context: CheckContext = {}) =>
  createChecker(resolvePolicy(policy)).checkRecipients(to(...addresses), { ...context, content });

/** Whether `word` is found, as whole words, in `text`. */
const finds = (text: string, word: string) => containsWords(` ${matchForm(text)} `, matchForm(word));

describe("keyword matching", () => {
  test.each([
    ["SECRET: plans", "secret"],
    ["re: the secret", "SECRET"],
    ["budget_SECRET.xlsx", "secret"],
    ["report.secret.docx", "secret"],
    ["OFFICIAL-SENSITIVE: staff list", "OFFICIAL-SENSITIVE"],
    ["official sensitive staff list", "OFFICIAL-SENSITIVE"],
    ["Official_Sensitive.pdf", "official sensitive"],
    ["Personal-Data export.csv", "personal data"],
    ["personal  data", "personal data"],
    ["ＳＥＣＲＥＴ ｒｅｐｏｒｔ", "secret"], // full-width letters (NFKC)
    ["SE\u200BCRET", "secret"], // a zero-width space does not hide it
    ["se\u00ADcret", "secret"], // nor a soft hyphen
    ["«SECRET»", "secret"],
    ["Geheim – Vertrag.docx", "geheim"],
    ["Łódź DANE OSOBOWE", "dane osobowe"],
    ["社外秘資料.xlsx", "社外秘"], // no spaces between words in Japanese: found inside
    ["🔒SECRET🔒", "secret"],
  ])("%j contains %j", (text, word) => {
    expect(finds(text, word)).toBe(true);
  });

  test.each([
    ["Secretary's notes", "secret"],
    ["secrets.txt", "secret"],
    ["topsecret", "secret"],
    ["personaldata.csv", "personal data"],
    ["personal information, data", "personal data"],
    ["OFFICIALSENSITIVE", "official-sensitive"],
    ["SECRETé", "secret"],
    ["", "secret"],
  ])("%j does not contain %j", (text, word) => {
    expect(finds(text, word)).toBe(false);
  });

  test("a keyword with no letter or digit matches nothing", () => {
    expect(matchForm(" -- ")).toBe("");
    expect(containsWords(" a b ", "")).toBe(false);
  });
});

describe("sizes in the units Outlook shows", () => {
  test.each([
    [0, ""],
    [-5, ""],
    [Number.NaN, ""],
    [1, "1 byte"],
    [900, "900 bytes"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [200 * 1024, "200 KB"],
    [1.25 * 1024 * 1024, "1.3 MB"],
    [3 * 1024 ** 3, "3 GB"],
  ])("%d bytes: %j", (bytes, shown) => {
    expect(formatSize(bytes, CATALOGUES.en.text)).toBe(shown);
  });

  test.each([
    ["en", ["1.2 MB", "1.5 KB", "200 KB", "3 GB", "1 byte", "900 bytes"]],
    ["de", ["1,2 MB", "1,5 KB", "200 KB", "3 GB", "1 Byte", "900 Byte"]],
    ["fr", ["1,2 Mo", "1,5 Ko", "200 Ko", "3 Go", "1 octet", "900 octets"]],
    ["ja", ["1.2 MB", "1.5 KB", "200 KB", "3 GB", "1 バイト", "900 バイト"]],
  ] as const)("in %s: its decimal separator and unit words, without Intl", (language, shown) => {
    const sizes = [1_250_000, 1536, 200 * 1024, 3 * 1024 ** 3, 1, 900];
    const intl = (globalThis as { Intl?: unknown }).Intl;
    // The send handler's ES2016 runtime may have no Intl at all.
    delete (globalThis as { Intl?: unknown }).Intl;
    try {
      expect(sizes.map((bytes) => formatSize(bytes, CATALOGUES[language].text))).toEqual(shown);
    } finally {
      (globalThis as { Intl?: unknown }).Intl = intl;
    }
  });
});

describe("attachments going outside", () => {
  test("named with the outside domains they go to, as information by default", () => {
    const result = check(ORG, ["ann@contoso.com", "p@fabrikam.com", "q@mail.tailspintoys.com"], {
      attachments: [file("budget.xlsx", 1.2 * 1024 * 1024), file("notes.txt", 800)],
    });
    expect(result.verdict).toBe("allow");
    expect(result.findings).toEqual([
      {
        code: "external-attachments",
        severity: "info",
        message:
          "This message takes 2 attachments outside your organisation, to fabrikam.com and tailspintoys.com: budget.xlsx (1.2 MB) and notes.txt (800 bytes).",
      },
    ]);
  });

  test("the organisation may ask to confirm or stop every attachment going outside", () => {
    const warn = check({ ...ORG, actions: { "external-attachments": "warn" } }, ["p@fabrikam.com"], {
      attachments: [file("a.pdf")],
    });
    expect(warn.verdict).toBe("warn");
    expect(warn.findings[0]!.message).toContain("an attachment outside your organisation, to fabrikam.com");
  });

  test("inline images are part of the body, not attachments", () => {
    const result = check({ ...ORG, actions: { "external-attachments": "block" } }, ["p@fabrikam.com"], {
      attachments: [file("image001.png", 5000, true), file("SECRET.png", 5000, true)],
    });
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe("allow");
  });

  test("no recipient outside the organisation (or the user's own domain): nothing to say", () => {
    const content = { attachments: [file("SECRET staff list.xlsx")], subject: "SECRET" };
    expect(check(KEYWORDS, ["ann@contoso.com", "bob@sub.contoso.com"], content).findings).toEqual([]);
    expect(
      check({}, ["colleague@fabrikam.com"], content, { ownAddress: "me@fabrikam.com" }).findings,
    ).toEqual([]);
    expect(check(KEYWORDS, [], content).findings).toEqual([]);
  });

  test("without content (a client that cannot list attachments) the rule says nothing", () => {
    expect(check(KEYWORDS, ["p@fabrikam.com"], {}).findings).toEqual([]);
    expect(createChecker(resolvePolicy(KEYWORDS)).checkRecipients(to("p@fabrikam.com")).findings).toEqual([]);
  });

  test("many attachments and domains are counted, not all listed", () => {
    const result = check(ORG, ["a@one.example", "b@two.example", "c@three.example", "d@four.example"], {
      attachments: Array.from({ length: 10 }, (_, i) => file(`f${i}.pdf`, 2048)),
    });
    expect(result.findings[0]!.message).toBe(
      "This message takes 10 attachments outside your organisation, to one.example, two.example, three.example and 1 more: f0.pdf (2 KB), f1.pdf (2 KB), f2.pdf (2 KB) and 7 more.",
    );
  });

  test("a meeting invitation says so", () => {
    const result = check(ORG, ["p@fabrikam.com"], { attachments: [file("agenda.docx")] }, { meeting: true });
    expect(result.findings[0]!.message).toMatch(/^This invitation takes an attachment outside/);
  });
});

describe("keywords in mail going outside", () => {
  test("in the subject: the list's own action", () => {
    const result = check(KEYWORDS, ["p@fabrikam.com"], { subject: "SECRET: the plans", attachments: [] });
    expect(result.verdict).toBe("block");
    expect(result.findings).toEqual([
      {
        code: "sensitive-keyword",
        severity: "block",
        message:
          'The subject has the keyword "SECRET", and this message goes outside your organisation, to fabrikam.com.',
      },
    ]);
  });

  test("in an attachment's name, as the administrator wrote the keyword; a list without an action warns", () => {
    const result = check(KEYWORDS, ["p@fabrikam.com"], {
      subject: "Figures",
      attachments: [file("q3.xlsx"), file("Personal-Data export.csv", 4096)],
    });
    expect(result.verdict).toBe("warn");
    expect(result.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        "external-attachments",
        "info",
        expect.stringContaining("q3.xlsx (1000 bytes) and Personal-Data export.csv (4 KB)"),
      ],
      [
        "sensitive-keyword",
        "warn",
        'The name of the attachment "Personal-Data export.csv" has the keyword "personal data", and it goes outside your organisation, to fabrikam.com.',
      ],
    ]);
  });

  test("every place a list's words are found is named: the subject and each attachment", () => {
    const result = check(KEYWORDS, ["p@fabrikam.com"], {
      subject: "payroll and SECRET",
      attachments: [file("x_SECRET.doc"), file("notes.txt"), file("secret-annex.pdf")],
    });
    const said = result.findings.filter((f) => f.code === "sensitive-keyword").map((f) => f.message);
    expect(said).toEqual([
      'The subject has the keyword "SECRET", and this message goes outside your organisation, to fabrikam.com.',
      'The name of the attachment "x_SECRET.doc" has the keyword "SECRET", and it goes outside your organisation, to fabrikam.com.',
      'The name of the attachment "secret-annex.pdf" has the keyword "SECRET", and it goes outside your organisation, to fabrikam.com.',
    ]);
  });

  test("the action for sensitive-keyword is the default of lists without one", () => {
    const policy: Policy = {
      ...ORG,
      keywords: [{ words: ["draft"] }],
      actions: { "sensitive-keyword": "allow" },
    };
    const result = check(policy, ["p@fabrikam.com"], { subject: "Draft contract" });
    expect(result.verdict).toBe("allow");
    expect(result.findings[0]).toMatchObject({ code: "sensitive-keyword", severity: "info" });
  });

  test("each list reports once; not inside other words; not in inline images' names", () => {
    const result = check(KEYWORDS, ["p@fabrikam.com"], {
      subject: "Secretary's SECRET and OFFICIAL-SENSITIVE notes",
      attachments: [file("secretary.docx"), file("personal data.png", 10, true)],
    });
    expect(result.findings.filter((f) => f.code === "sensitive-keyword")).toHaveLength(1);
    expect(result.findings.map((f) => f.message).join(" ")).not.toContain("personal data");
  });

  test("the same subject to colleagues only is nobody's business", () => {
    expect(check(KEYWORDS, ["ann@contoso.com"], { subject: "SECRET" }).verdict).toBe("allow");
  });
});

describe("when Outlook does not give the attachments or the subject", () => {
  const unread = { unread: "Outlook could not list the attachments: An internal error has occurred" };

  test("with the default policy, a note: nothing depends on them", () => {
    const result = check(ORG, ["p@fabrikam.com"], unread);
    expect(result.verdict).toBe("allow");
    expect(result.findings).toEqual([
      {
        code: "check-failed",
        severity: "info",
        message:
          "Recipient Guard could not read the attachments and subject (Outlook could not list the attachments: An internal error has occurred), so they were not checked.",
      },
    ]);
  });

  test("where the policy acts on them, the policy's check-failed action", () => {
    expect(check(KEYWORDS, ["p@fabrikam.com"], unread).verdict).toBe("warn");
    expect(
      check({ ...KEYWORDS, actions: { "check-failed": "block" } }, ["p@fabrikam.com"], unread).verdict,
    ).toBe("block");
    expect(
      check({ ...ORG, actions: { "external-attachments": "warn" } }, ["p@fabrikam.com"], unread).verdict,
    ).toBe("warn");
  });

  test("inside the organisation only: nothing to say", () => {
    expect(check(KEYWORDS, ["ann@contoso.com"], unread).findings).toEqual([]);
  });

  test("a recipient's own finding still decides", () => {
    const result = check(ORG, ["ops@army.ml"], unread);
    expect(result.verdict).toBe("warn");
    expect(result.recipients[0]!.findings[0]!.code).toBe("suffix-slip");
  });
});

describe("in the user's language", () => {
  const content: MessageContent = {
    subject: "SECRET plans",
    attachments: [file("budget.xlsx", 1_250_000), file("notes.txt", 800), file("logo.png", 5000, true)],
  };
  const said = (language: "de" | "fr" | "ja") =>
    createChecker(resolvePolicy(KEYWORDS), CATALOGUES[language])
      .checkRecipients(to("p@fabrikam.com"), { content })
      .findings.map((f) => [f.code, f.severity, f.message]);

  test("the findings carry evidence, and each catalogue puts it into its words", () => {
    expect(said("de")).toEqual([
      [
        "external-attachments",
        "info",
        "Diese Nachricht bringt 2 Anlagen aus Ihrer Organisation hinaus, an fabrikam.com: budget.xlsx (1,2 MB) und notes.txt (800 Byte).",
      ],
      [
        "sensitive-keyword",
        "block",
        "Der Betreff enthält das Stichwort „SECRET“, und diese Nachricht geht aus Ihrer Organisation hinaus, an fabrikam.com.",
      ],
    ]);
    expect(said("ja")[0]![2]).toBe(
      "このメッセージは 2 件の添付ファイルを組織外の fabrikam.com に送ります: budget.xlsx (1.2 MB)、notes.txt (800 バイト)。",
    );
    expect(said("fr")[1]![2]).toContain("L'objet contient le mot-clé « SECRET »");
    expect(said("fr")[0]![2]).toContain("budget.xlsx (1,2 Mo) et notes.txt (800 octets)");
  });

  test("the evidence is the same in every language", () => {
    const evidence = (language: "en" | "de") =>
      createChecker(resolvePolicy(KEYWORDS), CATALOGUES[language])
        .checkRecipients(to("p@fabrikam.com"), { content })
        .findings.map((f) => f.evidence);
    expect(evidence("de")).toEqual(evidence("en"));
    expect(evidence("en")[0]).toEqual({
      says: "attachments",
      count: 2,
      places: ["fabrikam.com"],
      files: [
        { name: "budget.xlsx", size: 1_250_000 },
        { name: "notes.txt", size: 800 },
      ],
    });
  });
});

test("a message with nothing attached and no subject to search never works out its outside domains", () => {
  const policy = resolvePolicy(KEYWORDS);
  let asked = 0;
  const outside = () => {
    asked++;
    return ["fabrikam.com"];
  };
  const noKeywords: KeywordList[] = [];
  expect(
    contentFindings(policy.actions, noKeywords, outside, { attachments: [], subject: "SECRET" }),
  ).toEqual([]);
  expect(
    contentFindings(policy.actions, policy.keywords, outside, { attachments: [file("logo.png", 10, true)] }),
  ).toEqual([]);
  expect(asked).toBe(0);
  expect(contentFindings(policy.actions, policy.keywords, outside, { subject: "SECRET" })).toHaveLength(1);
  expect(asked).toBe(1);
});
