import { createChecker, resolvePolicy } from "../src/checker";
import {
  Correspondents,
  dayNumber,
  LEARNING_SENDS,
  MAX_CORRESPONDENTS,
  OFTEN_SENDS,
} from "../src/checker/correspondents";
import { historyOf } from "./history";

describe("the history of outside domains", () => {
  test("counts sends per domain, once per send, and learns after LEARNING_SENDS sends", () => {
    const history = Correspondents.empty();
    history.record(["northwind.com", "northwind.com", "adatum.com"], 100);
    history.record(["northwind.com"], 101);
    expect(history.sendsTo("northwind.com")).toBe(2);
    expect(history.sendsTo("adatum.com")).toBe(1);
    expect(history.sendsTo("fabrikam.com")).toBe(0);
    expect(history.size).toBe(2);
    expect(history.learning).toBe(true);
    for (let i = 2; i < LEARNING_SENDS; i++) history.record([], 102);
    expect(history.learning).toBe(false);
  });

  test("survives being written and read back, and keeps no domain name in its text", () => {
    const history = historyOf(["northwind.com", "xn--mnchen-3ya.de"], 3);
    const text = history.encode();
    expect(text).not.toMatch(/northwind|mnchen/);
    const read = Correspondents.decode(text)!;
    expect(read.size).toBe(2);
    expect(read.sends).toBe(history.sends);
    expect(read.sendsTo("northwind.com")).toBe(3);
    expect(read.encode()).toBe(text);
  });

  test.each([
    ["nothing", undefined],
    ["a number", 42],
    ["another format", "X1AAAA"],
    ["a cut entry", "C1AAAUAAAAAAAAAAA"],
    ["a character outside the digits", "C1AAAU" + "AAAAA!AAB" + "AAA"],
    ["a count of zero", "C1AAAU" + "AAAAAAAA" + "A" + "AAA"],
  ])("reads %s as no history", (_what, text) => {
    expect(Correspondents.decode(text)).toBeNull();
  });

  test("finds the domain written to often one slip or look-alike letter away, by its hash", () => {
    const history = historyOf(["northwind.com", "contoso-partners.co.uk"]);
    expect(history.oftenNear("northwnd.com")).toEqual(["northwind.com"]);
    expect(history.oftenNear("nortwhind.com")).toEqual(["northwind.com"]);
    expect(history.oftenNear("northwind.co")).toEqual(["northwind.com"]);
    expect(history.oftenNear("northwind.cm")).toEqual(["northwind.com"]);
    expect(history.oftenNear("contoso-partner.co.uk")).toEqual(["contoso-partners.co.uk"]);
    // Cyrillic о in northwind: its skeleton is the domain itself.
    expect(history.oftenNear("xn--nrthwind-nbh.com")).toEqual(["northwind.com"]);
    expect(history.oftenNear("fabrikam.com")).toEqual([]);
  });

  test("a domain written to only once is not yet one the user writes to often", () => {
    const history = historyOf(["northwind.com"], OFTEN_SENDS - 1);
    expect(history.knows("northwind.com")).toBe(true);
    expect(history.oftenNear("northwnd.com")).toEqual([]);
  });

  test("keeps at most MAX_CORRESPONDENTS domains, forgetting those used longest ago", () => {
    const history = Correspondents.empty();
    history.record(["old.example"], 10);
    for (let i = 0; i < MAX_CORRESPONDENTS; i++) history.record([`d${i}.example`], 20);
    expect(history.size).toBe(MAX_CORRESPONDENTS);
    expect(history.knows("old.example")).toBe(false);
    expect(history.knows(`d${MAX_CORRESPONDENTS - 1}.example`)).toBe(true);
  });

  test("days count from 2020 and never go below zero", () => {
    expect(dayNumber(Date.UTC(2020, 0, 1))).toBe(0);
    expect(dayNumber(Date.UTC(2026, 10, 29, 23))).toBe(2524);
    expect(dayNumber(0)).toBe(0);
  });
});

describe("the checker with the user's correspondents", () => {
  const checker = createChecker(resolvePolicy({ internalDomains: ["contoso.com"] }));
  const check = (addresses: string[], history: Correspondents) =>
    checker.checkRecipients(
      addresses.map((emailAddress) => ({ emailAddress })),
      { correspondents: history, ownAddress: "me@contoso.com" },
    );

  test("a slip of a domain the user writes to often is a look-alike, fixed towards it, with no policy", () => {
    const result = check(["kim@northwnd.com"], historyOf(["northwind.com"]));
    const [finding] = result.recipients[0]!.findings;
    expect(finding).toMatchObject({
      code: "lookalike-domain",
      severity: "warn",
      suggestion: "kim@northwind.com",
      suggestionSource: "learned",
    });
    expect(finding!.message).toContain("a domain you often write to");
    expect(result.verdict).toBe("warn");
  });

  test("look-alike letters in a correspondent's name are a homoglyph", () => {
    const result = check(["kim@xn--nrthwind-nbh.com"], historyOf(["northwind.com"]));
    expect(result.recipients[0]!.findings[0]).toMatchObject({
      code: "homoglyph-domain",
      suggestion: "kim@northwind.com",
    });
  });

  test("a new domain resembling no correspondent is only a note, and only once the history has learned", () => {
    const learned = check(["kim@fabrikam.com"], historyOf(["northwind.com"]));
    expect(learned.recipients[0]!.findings.map((f) => [f.code, f.severity])).toEqual([
      ["unfamiliar-domain", "info"],
    ]);
    expect(learned.verdict).toBe("allow");
    const fresh = Correspondents.empty();
    fresh.record(["northwind.com"], 1);
    fresh.record(["northwind.com"], 1);
    const early = check(["kim@fabrikam.com", "kim@northwnd.com"], fresh);
    expect(early.recipients[0]!.findings).toEqual([]);
    // The look-alike needs no learning period: the domain was written to often.
    expect(early.recipients[1]!.findings.map((f) => f.code)).toEqual(["lookalike-domain"]);
  });

  test("one number for another in a correspondent's name is a sibling site, unless the keys are neighbours", () => {
    const history = historyOf(["dizipal1062.com"]);
    expect(check(["a@dizipal1069.com"], history).recipients[0]!.findings.map((f) => f.code)).toEqual([
      "unfamiliar-domain",
    ]);
    expect(check(["a@dizipal1061.com"], history).recipients[0]!.findings[0]).toMatchObject({
      code: "lookalike-domain",
      suggestion: "a@dizipal1062.com",
    });
  });

  test("a look-alike explains an unknown ending, and look-alike letters the mixed scripts", () => {
    const history = historyOf(["northwind.com"]);
    const result = check(["kim@northwind.cmo", "lee@xn--nrthwind-nbh.com"], history);
    expect(result.recipients.map((r) => r.findings.map((f) => f.code))).toEqual([
      ["lookalike-domain"],
      ["homoglyph-domain"],
    ]);
  });

  test("known domains, internal ones and the user's own are never compared", () => {
    const history = historyOf(["northwind.com", "northwnd.com"]);
    const result = check(["a@northwnd.com", "b@contoso.com", "c@northwind.com"], history);
    for (const r of result.recipients) expect(r.findings).toEqual([]);
  });

  test("a slip that went once is still a slip of the domain written to often (tester's repro)", () => {
    const history = Correspondents.empty();
    history.record(["northwindtraders.com"], 2500);
    // The slip went before the domain was written to often, so nothing stopped it: it is learned.
    history.record(["northwindtrader.com"], 2500);
    history.record(["northwindtraders.com"], 2501);
    history.record(["northwindtraders.com"], 2502);
    while (history.learning) history.record([], 2503);
    expect(history.sendsTo("northwindtrader.com")).toBe(1);
    const result = check(["kim@northwindtrader.com", "lee@northwindtradrs.com"], history);
    for (const [r, typed] of [
      [result.recipients[0]!, "kim"],
      [result.recipients[1]!, "lee"],
    ] as const)
      expect(r.findings.map((f) => [f.code, f.suggestion, f.suggestionSource])).toEqual([
        ["lookalike-domain", `${typed}@northwindtraders.com`, "learned"],
      ]);
    expect(result.verdict).toBe("warn");
  });

  test(`a domain written to ${OFTEN_SENDS} times is the user's own correspondent, whatever it resembles`, () => {
    const history = historyOf(["northwindtraders.com", "northwindtrader.com"]);
    expect(check(["kim@northwindtrader.com"], history).recipients[0]!.findings).toEqual([]);
    // Written to once and like no domain written to often: known, so not even a note.
    const once = historyOf(["fabrikam.com"], 1);
    expect(check(["kim@fabrikam.com"], once).recipients[0]!.findings).toEqual([]);
  });

  test("a domain the organisation or the user trusts is never a look-alike of a learned one", () => {
    const history = historyOf(["ensai.fr"]);
    const organisation = { trustedDomains: ["ensae.fr"] };
    for (const policy of [resolvePolicy(organisation), resolvePolicy({}, { trustedDomains: ["ensae.fr"] })]) {
      const result = createChecker(policy).checkRecipients([{ emailAddress: "a@ensae.fr" }], {
        correspondents: history,
      });
      expect(result.recipients[0]!.findings.map((f) => f.code)).not.toContain("lookalike-domain");
    }
    // Without it, the sibling school is questioned as a slip.
    expect(check(["a@ensae.fr"], history).recipients[0]!.findings[0]).toMatchObject({
      code: "lookalike-domain",
      suggestion: "a@ensai.fr",
    });
  });

  test("an address with a finding about its domain keeps that finding alone", () => {
    const result = check(["kim@gmial.com"], historyOf(["gmail.com"]));
    expect(result.recipients[0]!.findings.map((f) => [f.code, f.suggestionSource])).toEqual([
      ["lookalike-domain", "built-in"],
    ]);
  });

  test("the policy's action for unfamiliar-domain, or the older warnOnUnfamiliarDomain switch, applies", () => {
    for (const organisation of [
      { actions: { "unfamiliar-domain": "warn" as const } },
      { externalRecipients: { warnOnUnfamiliarDomain: true } },
    ]) {
      const strict = createChecker(resolvePolicy(organisation));
      const result = strict.checkRecipients([{ emailAddress: "kim@fabrikam.com" }], {
        correspondents: historyOf(["northwind.com"]),
      });
      expect(result.verdict).toBe("warn");
    }
    expect(
      resolvePolicy({
        actions: { "unfamiliar-domain": "allow" },
        externalRecipients: { warnOnUnfamiliarDomain: true },
      }).actions["unfamiliar-domain"],
    ).toBe("allow");
  });

  describe("attachments to a domain new to the user", () => {
    const content = { attachments: [{ name: "report.pdf", size: 1_300_000 }] };
    const attachmentFinding = (organisation: object, history: Correspondents) =>
      createChecker(resolvePolicy(organisation))
        .checkRecipients([{ emailAddress: "kim@fabrikam.com" }, { emailAddress: "lee@northwind.com" }], {
          correspondents: history,
          content,
        })
        .findings.find((f) => f.code === "external-attachments")!;

    test("are a warning that names the new domain, by default", () => {
      const found = attachmentFinding({}, historyOf(["northwind.com"]));
      expect(found.severity).toBe("warn");
      expect(found.message).toContain("You have not written to");
      expect(found.message).toContain("fabrikam.com");
      expect(found.message).not.toMatch(/written to[^.]*northwind/);
    });

    test("are only a note when every domain is known, the history is still learning, or the policy chose", () => {
      expect(attachmentFinding({}, historyOf(["northwind.com", "fabrikam.com"])).severity).toBe("info");
      const fresh = Correspondents.empty();
      fresh.record(["northwind.com"], 1);
      expect(attachmentFinding({}, fresh).severity).toBe("info");
      expect(
        attachmentFinding({ actions: { "external-attachments": "allow" } }, historyOf(["northwind.com"]))
          .severity,
      ).toBe("info");
    });
  });
});
