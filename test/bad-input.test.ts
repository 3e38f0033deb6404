import { createChecker, parsePolicy, parsePolicyText, resolvePolicy } from "../src/checker";
import { readFixture } from "./fixture-file";
import { messageOf, pathOf, said } from "./policy-said";
import { ICANN_SECTION, pslRules } from "./psl-rules";

const checker = createChecker(resolvePolicy());

describe("bad-input catalogue (test/fixtures/bad-input.tsv)", () => {
  test.each(readFixture("bad-input.tsv"))("%j → %s (%s)", (input, code) => {
    const result = checker.checkAddress(input!);
    expect(["allow", "warn", "block"]).toContain(result.verdict);
    if (code === "-") {
      expect(result.findings).toEqual([]);
      expect(result.verdict).toBe("allow");
    } else {
      expect(result.findings.map((f) => f.code)).toContain(code);
      expect(result.verdict).not.toBe("allow");
    }
  });
});

describe("hostile input", () => {
  const cases: [string, string][] = [
    ["a 10 MB line", `${"a".repeat(10 * 1024 * 1024)}@example.com`],
    ["100,000 @ signs", "@".repeat(100_000)],
    ["100,000 @ signs inside the length limit's prefix", `a@${"@".repeat(2000)}`],
    ["quotes that never close", `"${'\\"'.repeat(900)}@x.com`],
    ["thousands of dots", `a@${".".repeat(2000)}`],
    ["a long label run", `a@${"a-".repeat(1000)}.com`],
    ["all invisible characters", "\u200b\u200c\u200d\u2060\ufeff\u202e"],
    ["nested angle brackets", `${"<".repeat(1000)}a@b.com${">".repeat(1000)}`],
  ];
  test.each(cases)("%s gets a verdict and a clear finding", (_name, input) => {
    const result = checker.checkAddress(input);
    expect(result.verdict).not.toBe("allow");
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.message).toMatch(/\w/);
  });

  test("non-string recipients from a broken caller are unreadable, not a crash", () => {
    const result = checker.checkRecipients([
      { emailAddress: null as unknown as string },
      { emailAddress: 42 as unknown as string },
      undefined as unknown as { emailAddress: string },
      { emailAddress: "ok@example.org" },
    ]);
    expect(result.recipients.map((r) => r.verdict)).toEqual(["warn", "warn", "warn", "allow"]);
  });
});

describe("hostile policy files", () => {
  test("__proto__ and constructor keys are reported and never reach Object.prototype", () => {
    const result = parsePolicyText(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "trustedDomains": ["a.com"]}',
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.errors.map(pathOf)).toEqual(['the setting "__proto__"', 'the setting "constructor"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test("1,000 levels of nesting are an error at the top, not a stack overflow", () => {
    const deep = `${'{"a":'.repeat(1000)}1${"}".repeat(1000)}`;
    const result = parsePolicyText(deep);
    expect(result.success).toBe(false);
    if (!result.success) expect(pathOf(result.errors[0]!)).toBe('the setting "a"');
  });

  test("100,000 levels of nesting in a list are an error, not a crash", () => {
    const result = parsePolicyText(`{"trustedDomains": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expect(result.success).toBe(false);
  });

  test("a list over the documented limit is refused with its size", () => {
    const huge = JSON.stringify({ blockedDomains: Array.from({ length: 10_001 }, (_, i) => `d${i}.com`) });
    const result = parsePolicyText(huge);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(said(result.errors)[0]).toMatchObject({
        path: 'the setting "blockedDomains"',
        code: "too-long",
      });
  });

  test("a policy that would trust everything is refused", () => {
    const result = parsePolicyText(
      '{"trustedDomains": ["com", "co.uk", "*.org"], "internalDomains": ["uk"]}',
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.errors.map(pathOf)).toEqual([
        'internal domain 1 ("uk")',
        'trusted domain 1 ("com")',
        'trusted domain 2 ("co.uk")',
        'trusted domain 3 ("*.org")',
      ]);
      expect(messageOf(result.errors[0]!)).toContain("trusting it would trust every stranger");
    }
  });

  test("no ICANN public suffix open to anyone can be trusted, wildcard ones included; a domain under each can", () => {
    const suffixes = pslRules()
      .filter((r) => r.section === ICANN_SECTION)
      .map((r) => r.suffix);
    expect(suffixes).toEqual(expect.arrayContaining(["com", "co.uk", "wild.ck", "公司.cn"]));
    const trusted = (domain: string): boolean => parsePolicy({ trustedDomains: [domain] }).success;
    const restrictedTopLevel = ["edu", "gov", "int", "mil"];
    // Every top-level ending except the restricted ones, every second level whose first label is
    // a commercial one, and every name a wildcard rule makes an ending.
    const openToAnyone = suffixes.filter(
      (s) =>
        (!s.includes(".") && !restrictedTopLevel.includes(s)) ||
        /^(co|com|net|org|biz|info|ltd|plc|me|nom|firm)\./.test(s) ||
        s.startsWith("wild."),
    );
    expect(openToAnyone.length).toBeGreaterThan(1500);
    expect(openToAnyone.filter(trusted)).toEqual([]);
    // Organisations' own mail domains that happen to be on the list, and restricted namespaces.
    for (const own of ["mil.no", "gov.in", "nic.in", "gov.uk", "police.uk", "mil", "gov"]) {
      expect(suffixes).toContain(own);
      expect(trusted(own)).toBe(true);
    }
    // Under `*.ck`, `example.ck` is itself a suffix: such parents need one label more.
    const wildcardParents = new Set(suffixes.filter((s) => s.startsWith("wild.")).map((s) => s.slice(5)));
    const domainUnder = (suffix: string): string =>
      wildcardParents.has(suffix) ? `example.more.${suffix}` : `example.${suffix}`;
    expect(suffixes.filter((suffix) => !trusted(domainUnder(suffix)))).toEqual([]);
  });

  test("wrong types name the path and what was expected", () => {
    const result = parsePolicyText(
      '{"actions": {"suffix-slip": "maybe", "nonsense": "block"}, "externalRecipients": {"warnAbove": -1}, "builtInProtection": "yes"}',
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(said(result.errors)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'the action for "suffix-slip"', code: "invalid-value" }),
          expect.objectContaining({ path: '"nonsense" in "actions"', code: "unknown-key" }),
          expect.objectContaining({ path: '"warnAbove" in "externalRecipients"', code: "too-small" }),
          expect.objectContaining({ path: 'the setting "builtInProtection"', code: "invalid-type" }),
        ]),
      );
    }
  });

  test("invalid domains and addresses in lists are named", () => {
    const result = parsePolicyText('{"trustedDomains": ["good.com", "bad domain.com", "bob@x.com", ""]}');
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.errors.map(pathOf)).toEqual([
        'trusted domain 2 ("bad domain.com")',
        'trusted domain 3 ("bob@x.com")',
        'trusted domain 4 ("")',
      ]);
  });

  test("a policy file that is not an object is refused", () => {
    for (const text of ["[]", "null", "42", '"x"', ""]) expect(parsePolicyText(text).success).toBe(false);
  });

  test("a byte-order mark at the start of the file is accepted", () => {
    expect(parsePolicyText('\ufeff{"trustedDomains": ["a.com"]}').success).toBe(true);
  });

  test("Unicode domains are stored in punycode", () => {
    const result = parsePolicyText('{"trustedDomains": ["Bücher.DE."]}');
    expect(result.success && result.data.trustedDomains).toEqual(["xn--bcher-kva.de"]);
  });
});
