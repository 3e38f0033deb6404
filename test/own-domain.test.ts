/**
 * The signed-in user's own domain (CheckContext.ownAddress) is protected against look-alikes as an
 * internal domain is, with no configuration; its people stay outside for every other rule unless
 * the policy's internalDomains names it.
 */
import { createChecker, resolvePolicy, type EffectivePolicy } from "../src/checker";
import { historyOf } from "./history";

const me = "you@contoso.com";
const check = (policy: EffectivePolicy, addresses: string[], ownAddress: string | undefined = me) =>
  createChecker(policy).checkRecipients(
    addresses.map((emailAddress) => ({ emailAddress })),
    ownAddress ? { ownAddress } : {},
  );
const summary = (r: { findings: { code: string; suggestion?: string; suggestionSource?: string }[] }) =>
  r.findings.map((f) => [f.code, f.suggestion, f.suggestionSource]);

describe("the user's own domain, with no configuration", () => {
  test("a slip of it is a look-alike of the user's own organisation's domain, fixed towards it", () => {
    const result = check(resolvePolicy({}), ["colleague@contosso.com", "colleague@contoso.com"]);
    expect(summary(result.recipients[0]!)).toEqual([
      ["lookalike-domain", "colleague@contoso.com", "internal"],
    ]);
    expect(result.recipients[0]!.findings[0]!.message).toContain("your organisation's domain");
    expect(result.recipients[1]!.findings).toEqual([]);
    expect(result.verdict).toBe("warn");
  });

  test("look-alike letters, another ending and a subdomain's user are caught too", () => {
    const result = check(
      resolvePolicy({}),
      ["a@xn--cntoso-wqf.com", "b@contoso.co", "c@contoso.org"],
      "you@mail.contoso.com",
    );
    expect(result.recipients[0]!.findings[0]).toMatchObject({
      code: "homoglyph-domain",
      suggestion: "a@contoso.com",
    });
    expect(result.recipients[1]!.findings[0]).toMatchObject({ suggestion: "b@contoso.com" });
    // Another real ending under the same name is no slip (as for any internal domain).
    expect(result.recipients[2]!.findings.map((f) => f.code)).not.toContain("lookalike-domain");
  });

  test("its people are not made internal: the external counts stay as they were", () => {
    const policy = resolvePolicy({ externalRecipients: { warnAbove: 1 } });
    const addresses = ["a@contoso.com", "b@contoso.com", "c@fabrikam.com"];
    const withUser = check(policy, addresses);
    const without = check(policy, addresses, undefined);
    expect(withUser.recipients.map((r) => r.internal)).toEqual([false, false, false]);
    expect(withUser.findings.map((f) => f.code)).toEqual(without.findings.map((f) => f.code));
  });

  test("a domain the policy already protects keeps its own source", () => {
    expect(
      summary(check(resolvePolicy({ internalDomains: ["contoso.com"] }), ["a@contosso.com"]).recipients[0]!),
    ).toEqual([["lookalike-domain", "a@contoso.com", "internal"]]);
    expect(
      summary(check(resolvePolicy({ trustedDomains: ["contoso.com"] }), ["a@contosso.com"]).recipients[0]!),
    ).toEqual([["lookalike-domain", "a@contoso.com", "organisation"]]);
  });

  test("a mail provider's user (gmail.com) protects nothing more than the built-in list does", () => {
    const gmail = check(resolvePolicy({}), ["friend@gmial.com", "friend@gmail.com"], "me@gmail.com");
    expect(summary(gmail.recipients[0]!)).toEqual([["lookalike-domain", "friend@gmail.com", "built-in"]]);
    expect(gmail.recipients[1]!).toMatchObject({ internal: false, findings: [] });
    // Not even where the organisation turned the built-in list off: gmail.com is nobody's organisation.
    const off = check(resolvePolicy({ builtInProtection: false }), ["friend@gmial.com"], "me@gmail.com");
    expect(off.recipients[0]!.findings).toEqual([]);
  });

  test("a check of one address, or a message with no user, knows no own domain", () => {
    const checker = createChecker(resolvePolicy({}));
    checker.checkRecipients([{ emailAddress: "a@contosso.com" }], { ownAddress: me });
    expect(checker.checkAddress("a@contosso.com").findings).toEqual([]);
    expect(checker.checkRecipients([{ emailAddress: "a@contosso.com" }]).recipients[0]!.findings).toEqual([]);
  });

  test("the learned correspondents still never include it, and a slip of it is reported once", () => {
    const result = createChecker(resolvePolicy({})).checkRecipients([{ emailAddress: "a@contosso.com" }], {
      ownAddress: me,
      correspondents: historyOf(["northwind.com"]),
    });
    expect(summary(result.recipients[0]!)).toEqual([["lookalike-domain", "a@contoso.com", "internal"]]);
  });
});
