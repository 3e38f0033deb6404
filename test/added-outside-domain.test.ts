/**
 * Replies that add outsiders (issue 12, part 4): on a reply, an outside registrable domain that
 * none of the recipients Outlook put on it had is reported as added-outside-domain.
 */
import { createChecker, resolvePolicy, type Policy, type RecipientInput } from "../src/checker";
import { CATALOGUES } from "../src/checker/messages";
import { addedOutsideDomain, conversationDomains } from "../src/checker/rules/added-outside-domain";

const to = (...addresses: string[]): RecipientInput[] =>
  addresses.map((emailAddress) => ({ emailAddress, field: "to" }));
const ORG: Policy = { internalDomains: ["contoso.com"] };

function check(policy: Policy, recipients: RecipientInput[], conversation?: string[], ownAddress?: string) {
  return createChecker(resolvePolicy(policy)).checkRecipients(recipients, {
    conversationDomains: conversation,
    ownAddress,
  });
}

const added = (result: ReturnType<typeof check>) =>
  result.recipients.flatMap((r) =>
    r.findings
      .filter((f) => f.code === "added-outside-domain")
      .map((f) => [r.address, f.severity, f.evidence]),
  );

describe("the rule", () => {
  test("a domain not recorded is found, with typed evidence naming it; a recorded one is not", () => {
    const original = new Set(["fabrikam.com"]);
    expect(addedOutsideDomain("fabrikam.com", original)).toBeUndefined();
    expect(addedOutsideDomain("example.net", original)).toEqual({
      code: "added-outside-domain",
      evidence: { says: "added", domain: "example.net" },
      related: "example.net",
    });
  });

  test("the recorded domains are registrable, in the checker's form, once each; unreadable addresses add nothing", () => {
    expect(
      conversationDomains([
        "p@Fabrikam.com",
        "q@mail.fabrikam.com",
        "r@team.northwind.co.uk",
        "s@münchen.de",
        "not an address",
        "",
        "t@[192.0.2.1]",
      ]),
    ).toEqual(["fabrikam.com", "northwind.co.uk", "xn--mnchen-3ya.de"]);
  });
});

describe("in the checker", () => {
  test("by default it is information: reported on the address, the verdict untouched", () => {
    const result = check(ORG, to("p@fabrikam.com", "x@example.net"), ["fabrikam.com"]);
    expect(result.verdict).toBe("allow");
    expect(added(result)).toEqual([["x@example.net", "info", { says: "added", domain: "example.net" }]]);
    const finding = result.recipients[1]!.findings[0]!;
    expect(finding.message).toBe(
      'You added "example.net" to this conversation: the message you are replying to did not go there.',
    );
  });

  test("the policy's action applies: warn or block", () => {
    const warn = check({ ...ORG, actions: { "added-outside-domain": "warn" } }, to("x@example.net"), [
      "fabrikam.com",
    ]);
    expect(warn.verdict).toBe("warn");
    const block = check({ ...ORG, actions: { "added-outside-domain": "block" } }, to("x@example.net"), [
      "fabrikam.com",
    ]);
    expect(block.verdict).toBe("block");
  });

  test("colleagues, the user's own domain, subdomains of a recorded domain and internal subdomains are never added outsiders", () => {
    const result = check(
      { ...ORG, actions: { "added-outside-domain": "warn" } },
      to("ann@contoso.com", "bob@eu.contoso.com", "me2@adatum.com", "s@mail.fabrikam.com", "p@FABRIKAM.COM"),
      ["fabrikam.com"],
      "me@adatum.com",
    );
    expect(added(result)).toEqual([]);
    expect(result.verdict).toBe("allow");
  });

  test("without a record (a new message, a forward, a client that could not tell) nothing is said", () => {
    expect(added(check(ORG, to("x@example.net")))).toEqual([]);
  });

  test("an empty record (a reply to colleagues only) makes every outside domain an addition", () => {
    expect(added(check(ORG, to("ann@contoso.com", "x@example.net"), [])).map((a) => a[0])).toEqual([
      "x@example.net",
    ]);
  });

  test("each address at an added domain carries it, in Bcc too; the catalogues speak every language", () => {
    const result = check(
      ORG,
      [
        { emailAddress: "x@example.net", field: "to" },
        { emailAddress: "y@example.net", field: "bcc" },
      ],
      ["fabrikam.com"],
    );
    expect(added(result).map((a) => a[0])).toEqual(["x@example.net", "y@example.net"]);
    for (const c of Object.values(CATALOGUES)) {
      const text = createChecker(resolvePolicy(ORG), c).checkRecipients(to("x@example.net"), {
        conversationDomains: ["fabrikam.com"],
      }).recipients[0]!.findings[0]!.message;
      expect(text).toContain("example.net");
      expect(text).not.toMatch(/[{}]/);
    }
  });
});
