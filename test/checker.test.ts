import { historyOf } from "./history";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  builtInDomainIndex,
  createChecker,
  parsePolicy,
  prepareBuiltIns,
  resolvePolicy,
  type AddressResult,
} from "../src/checker";
import { readFixture } from "./fixture-file";

const LOOKALIKE_CODES = new Set([
  "lookalike-domain",
  "homoglyph-domain",
  "suffix-swap",
  "suffix-slip",
  "embedded-domain",
  "unknown-suffix",
]);

function loadTestPolicy() {
  const parsed = parsePolicy(JSON.parse(readFileSync(join(__dirname, "fixtures", "policy.json"), "utf8")));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return resolvePolicy(parsed.data);
}

function lookalikeOf(result: AddressResult) {
  return result.findings.find((f) => LOOKALIKE_CODES.has(f.code));
}

describe.each([
  ["with-policy.tsv", createChecker(loadTestPolicy())],
  ["zero-config.tsv", createChecker(resolvePolicy())],
])("%s", (file, checker) => {
  test.each(readFixture(file))("%s → %s %s (%#: %s)", (address, verdict, code, suggestion) => {
    const result = checker.checkAddress(address!);
    const found = lookalikeOf(result);
    // "a|b": equally likely fixes, shown as alternatives and never offered as the one suggestion.
    const offered = found?.alternatives ? found.alternatives.join("|") : found?.suggestion;
    expect({
      verdict: result.verdict,
      code: found?.code ?? "-",
      suggestion: offered ?? "-",
    }).toEqual({
      verdict,
      code,
      suggestion: code === "-" ? "-" : suggestion,
    });
  });
});

describe("messages", () => {
  const checker = createChecker(resolvePolicy());

  test("the Mali slip names the country and the missing letter", () => {
    const [finding] = checker.checkAddress("ops@army.ml").findings;
    expect(finding?.message).toContain("Mali");
    expect(finding?.message).toContain('the "i" is missing');
  });

  test("a Unicode lookalike is shown with its punycode form", () => {
    const [finding] = checker.checkAddress("a@\u0430pple.com").findings;
    expect(finding?.message).toContain("xn--pple-43d.com");
    expect(finding?.message).toContain("Cyrillic");
  });

  test("every finding has a stable code, a severity and a message", () => {
    for (const address of ["ops@army.ml", "x", "a@[10.0.0.1]", "a@b\u202e.com", "a@gmial.com"]) {
      for (const f of checker.checkAddress(address).findings) {
        expect(f.code).toMatch(/^[a-z-]+$/);
        expect(["block", "warn", "info"]).toContain(f.severity);
        expect(f.message.length).toBeGreaterThan(10);
      }
    }
  });
});

describe("policy actions", () => {
  test("an organisation can turn a kind of finding into a block, or allow it", () => {
    const strict = createChecker(resolvePolicy({ actions: { "suffix-slip": "block" } }));
    expect(strict.checkAddress("ops@army.ml").verdict).toBe("block");
    const lenient = createChecker(resolvePolicy({ actions: { "suffix-slip": "allow" } }));
    const result = lenient.checkAddress("ops@army.ml");
    expect(result.verdict).toBe("allow");
    expect(result.findings[0]?.severity).toBe("info");
  });

  test("built-in protection can be switched off, leaving only the organisation's domains", () => {
    const checker = createChecker(resolvePolicy({ builtInProtection: false, trustedDomains: ["army.mil"] }));
    expect(checker.checkAddress("a@gmial.com").verdict).toBe("allow");
    expect(checker.checkAddress("ops@army.ml").verdict).toBe("warn");
  });

  test("a trusted domain is never reported as a lookalike of a built-in one", () => {
    const checker = createChecker(resolvePolicy({ trustedDomains: ["gmial.com"] }));
    expect(checker.checkAddress("a@gmial.com").verdict).toBe("allow");
  });

  test("user trusted domains apply only where the organisation allows them", () => {
    const allowed = createChecker(resolvePolicy({}, { trustedDomains: ["army.ml"] }));
    expect(allowed.checkAddress("ops@army.ml").verdict).toBe("allow");
    const forbidden = resolvePolicy({ allowUserTrustedDomains: false }, { trustedDomains: ["army.ml"] });
    expect(createChecker(forbidden).checkAddress("ops@army.ml").verdict).toBe("warn");
    expect(forbidden.ignoredUserEntries).toEqual([{ domain: "army.ml", why: "not-allowed" }]);
  });

  test("a user cannot trust a domain the organisation blocks", () => {
    const policy = resolvePolicy({ blockedDomains: ["ml"] }, { trustedDomains: ["army.ml"] });
    expect(createChecker(policy).checkAddress("ops@army.ml").verdict).toBe("block");
  });
});

describe("whole messages", () => {
  const policy = resolvePolicy({
    internalDomains: ["contoso.com"],
    externalRecipients: { warnAbove: 2 },
  });
  const checker = createChecker(policy);

  test("too many external recipients is a message-level warning", () => {
    const result = checker.checkRecipients(
      ["a@fabrikam.com", "b@fabrikam.com", "c@fabrikam.com", "d@contoso.com"].map((emailAddress) => ({
        emailAddress,
      })),
    );
    expect(result.findings.map((f) => f.code)).toEqual(["external-recipients"]);
    expect(result.verdict).toBe("warn");
  });

  test("internal recipients do not count as external", () => {
    const result = checker.checkRecipients(
      ["a@contoso.com", "b@hr.contoso.com", "c@fabrikam.com"].map((emailAddress) => ({ emailAddress })),
    );
    expect(result.findings).toEqual([]);
  });

  test("an unfamiliar domain is reported only when mail history is given", () => {
    const recipients = [{ emailAddress: "a@fabrikam.com" }];
    expect(checker.checkRecipients(recipients).recipients[0]?.findings).toEqual([]);
    const withHistory = checker.checkRecipients(recipients, { correspondents: historyOf(["northwind.com"]) });
    expect(withHistory.recipients[0]?.findings.map((f) => f.code)).toEqual(["unfamiliar-domain"]);
    expect(withHistory.recipients[0]?.verdict).toBe("allow"); // info by default
  });

  test("an address found only in the display name is still checked", () => {
    const result = checker.checkRecipients([{ emailAddress: "", displayName: "ops@army.ml" }]);
    expect(result.recipients[0]?.verdict).toBe("warn");
  });

  test("the message verdict is the strongest recipient verdict", () => {
    const result = checker.checkRecipients([
      { emailAddress: "a@gmail.com" },
      { emailAddress: "b@\u0430pple.com" },
      { emailAddress: "c@gmial.com" },
    ]);
    expect(result.recipients.map((r) => r.verdict)).toEqual(["allow", "block", "warn"]);
    expect(result.verdict).toBe("block");
  });
});

describe("prepareBuiltIns", () => {
  test("builds the shared built-in index that every checker then uses", () => {
    prepareBuiltIns();
    const prepared = builtInDomainIndex();
    expect(builtInDomainIndex()).toBe(prepared);
    expect(prepared.size).toBeGreaterThan(500);
    expect(createChecker(resolvePolicy()).checkAddress("a@army.ml").verdict).toBe("warn");
  });
});

describe("a whole namespace trusted by the organisation", () => {
  const checkerFor = (trustedDomains: string[]) => {
    const parsed = parsePolicy({ trustedDomains });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
    return createChecker(resolvePolicy(parsed.data));
  };

  test("trusts every address under it, lookalikes of its members included", () => {
    expect(checkerFor(["hmrc.gov.uk"]).checkAddress("x@hmrcc.gov.uk").verdict).toBe("warn");
    expect(checkerFor(["hmrc.gov.uk", "gov.uk"]).checkAddress("x@hmrcc.gov.uk").verdict).toBe("allow");
  });

  test("a Public Suffix List entry trusted as a domain (mil.no) has its own lookalikes caught", () => {
    const finding = checkerFor(["mil.no"]).checkAddress("x@mil.mo").findings[0];
    expect(finding).toMatchObject({
      code: "lookalike-domain",
      suggestion: "x@mil.no",
      suggestionSource: "organisation",
    });
  });
});

describe("a protected name written into another domain, joined either way", () => {
  const parsed = parsePolicy({ trustedDomains: ["my-bank.com", "ab.io", "contoso.co.uk"] });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  const checker = createChecker(resolvePolicy(parsed.data));
  test.each([
    // A name with hyphens of its own: its hyphenated form is no join of its labels alone.
    ["x@my-bankcom.net", "x@my-bank.com"],
    ["x@my-bank-com.net", "x@my-bank.com"],
    // Too short to look for joined (abio), long enough hyphenated (ab-io).
    ["x@ab-io.com", "x@ab.io"],
    // A built-in name: aolcom is under the built-in minimum, aol-com is not.
    ["x@aol-com.net", "x@aol.com"],
    ["x@contoso-co-uk.com", "x@contoso.co.uk"],
    ["x@contosocouk.com", "x@contoso.co.uk"],
    ["x@secure-contoso-co-uk.net", "x@contoso.co.uk"],
  ])("%s → %s", (address, suggestion) => {
    const findings = checker.checkAddress(address).findings;
    expect(findings.map((f) => [f.code, f.suggestion])).toContainEqual(["embedded-domain", suggestion]);
  });
});
