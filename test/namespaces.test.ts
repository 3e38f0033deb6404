import { parsePolicy, parseUserSettings } from "../src/checker";
import { namespaceOf, OPEN_SECOND_LEVEL_LABELS, RESTRICTED_NAMESPACES } from "../src/checker/namespaces";
import { POLICY_EN } from "../src/checker/policy/messages/en";
import { readFixture } from "./fixture-file";
import { messageOf, notesSaid, pathOf, said } from "./policy-said";
import { ICANN_SECTION, pslRules } from "./psl-rules";

const rows = readFixture("whole-domains.tsv");

describe("namespaceOf", () => {
  test("the fixture covers every kind", () => {
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["open", "restricted", "other"]));
  });

  test.each(rows.map((r) => [r[0]!, r[1]!, r[4]!]))("%s is %s: %s", (domain, kind) => {
    expect(namespaceOf(domain).kind).toBe(kind);
  });

  test("a restricted namespace is restricted; who can register under it is the catalogues' to say", () => {
    expect(namespaceOf("gov.uk")).toEqual({ kind: "restricted" });
    expect(POLICY_EN["registrants.gov.uk"]).toBe("UK public-sector bodies");
    expect(POLICY_EN["registrants.police.uk"]).toBe("UK police forces");
  });

  test("an unlisted top-level ending is open, whatever it is", () => {
    for (const tld of ["com", "ml", "google", "xn--p1ai", "zz"]) expect(namespaceOf(tld).kind).toBe("open");
  });

  test("every Public Suffix List ending under a generic commercial label is open, in any country", () => {
    const generic = pslRules()
      .filter((r) => r.section === ICANN_SECTION && r.suffix.includes("."))
      .map((r) => r.suffix)
      .filter((s) => OPEN_SECOND_LEVEL_LABELS.includes(s.split(".")[0]!) && !s.startsWith("wild."));
    expect(generic).toEqual(
      expect.arrayContaining(["co.uk", "com.au", "com.br", "net.in", "org.uk", "ltd.uk"]),
    );
    expect(generic.filter((s) => namespaceOf(s).kind !== "open")).toEqual([]);
  });

  test("a generic label that is no ending of the Public Suffix List is an ordinary domain", () => {
    // co.zz is not an ending anyone registers under: it is one name under zz.
    expect(namespaceOf("co.zz").kind).toBe("other");
  });

  test("no restricted namespace is also open", () => {
    for (const ending of RESTRICTED_NAMESPACES) {
      expect(namespaceOf(ending).kind).toBe("restricted");
      expect(OPEN_SECOND_LEVEL_LABELS).not.toContain(ending.split(".")[0]);
    }
  });
});

describe("whole domains in a policy and in a user's list", () => {
  test.each(rows.map((r) => [r[0]!, r[2]!, r[4]!]))(
    "an organisation listing %s: %s (%s)",
    (domain, expected) => {
      for (const list of ["internalDomains", "trustedDomains"]) {
        const result = parsePolicy({ [list]: [domain] });
        expect(result.success).toBe(expected !== "refuse");
        if (result.success) {
          expect(result.warnings).toEqual([]);
          expect(result.notes.length).toBe(expected === "note" ? 1 : 0);
        } else {
          expect(result.errors[0]!.evidence).toEqual({ says: "open-ending", host: domain });
          expect(messageOf(result.errors[0]!)).toContain("anyone can register a name");
        }
      }
    },
  );

  test.each(rows.map((r) => [r[0]!, r[3]!, r[4]!]))("a user trusting %s: %s (%s)", (domain, expected) => {
    expect(parseUserSettings({ trustedDomains: [domain] }).success).toBe(expected === "accept");
  });

  test("an open ending is refused in words an administrator understands", () => {
    const result = parsePolicy({ trustedDomains: ["co.uk"] });
    expect(result).toEqual({
      success: false,
      errors: [
        {
          code: "invalid-value",
          where: { list: "trustedDomains", index: 0, value: "co.uk" },
          evidence: { says: "open-ending", host: "co.uk" },
        },
      ],
    });
    expect(!result.success && said(result.errors)).toEqual([
      {
        path: 'trusted domain 1 ("co.uk")',
        code: "invalid-value",
        message:
          '"co.uk" (the UK companies\' domain) is an ending under which anyone can register a name; trusting it would trust every stranger with an address there. List the organisations\' own domains instead, such as "example.co.uk".',
      },
    ]);
  });

  test("trusting a restricted namespace is accepted with a note saying what it trusts", () => {
    const result = parsePolicy({ internalDomains: ["contoso.gov.uk"], trustedDomains: ["gov.uk"] });
    expect(result.success && result.notes).toEqual([
      {
        where: { list: "trustedDomains", index: 0, value: "gov.uk" },
        evidence: { says: "namespace", list: "trustedDomains", host: "gov.uk" },
      },
    ]);
    expect(result.success && notesSaid(result.notes)).toEqual([
      'trusted domain 1 ("gov.uk") trusts every address under gov.uk, which only UK public-sector bodies can register.',
    ]);
  });

  test("a user is told why a whole restricted namespace is not theirs to trust", () => {
    const result = parseUserSettings({ trustedDomains: ["gov.uk"] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(pathOf(result.errors[0]!)).toBe('trusted domain 1 ("gov.uk")');
      expect(result.errors[0]!.evidence).toEqual({ says: "whole-namespace", host: "gov.uk" });
      expect(messageOf(result.errors[0]!)).toContain(
        "every address under it, which only UK public-sector bodies can register",
      );
    }
  });
});
