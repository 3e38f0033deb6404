/**
 * An organisation that wants every outside domain confirmed (issue 12, part 7): with
 * externalRecipients.confirmDomains, a message with recipients outside the organisation carries
 * the unconfirmed-domains finding until the user has confirmed each outside domain for it.
 */
import {
  createChecker,
  resolvePolicy,
  unconfirmedDomains,
  type CheckContext,
  type Policy,
} from "../src/checker";

const CONFIRM: Policy = { internalDomains: ["contoso.com"], externalRecipients: { confirmDomains: true } };
const to = (...addresses: string[]) =>
  addresses.map((emailAddress) => ({ emailAddress, field: "to" as const }));
const check = (policy: Policy, addresses: string[], context: CheckContext = {}) =>
  createChecker(resolvePolicy(policy)).checkRecipients(to(...addresses), context);

describe("confirming each outside domain", () => {
  test("off by default: nothing to confirm", () => {
    expect(check({ internalDomains: ["contoso.com"] }, ["a@fabrikam.com"]).findings).toEqual([]);
    expect(resolvePolicy({}).externalRecipients.confirmDomains).toBe(false);
  });

  test("on: each outside domain is named once, in order, and the message is stopped by default", () => {
    const result = check(CONFIRM, [
      "ann@contoso.com",
      "a@fabrikam.com",
      "b@sales.fabrikam.com",
      "c@tailspintoys.com",
    ]);
    expect(result.verdict).toBe("block");
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "unconfirmed-domains",
        severity: "block",
        message:
          "Your organisation asks you to confirm each outside domain in Recipient Guard before sending: fabrikam.com, tailspintoys.com.",
      }),
    ]);
  });

  test("confirmed domains are no longer named; all confirmed, the message goes", () => {
    const addresses = ["a@fabrikam.com", "c@tailspintoys.com"];
    expect(check(CONFIRM, addresses, { confirmedDomains: ["fabrikam.com"] }).findings[0]?.message).toMatch(
      /before sending: tailspintoys\.com\.$/,
    );
    const done = check(CONFIRM, addresses, { confirmedDomains: ["tailspintoys.com", "fabrikam.com"] });
    expect(done.findings).toEqual([]);
    expect(done.verdict).toBe("allow");
  });

  test("a message that stays inside needs no confirmation: internal domains and the user's own domain", () => {
    expect(check(CONFIRM, ["ann@contoso.com", "bob@eu.contoso.com"]).findings).toEqual([]);
    expect(
      check({ externalRecipients: { confirmDomains: true } }, ["ann@woodgrove.com"], {
        ownAddress: "me@woodgrove.com",
      }).findings,
    ).toEqual([]);
  });

  test("the policy may soften it to a warning the user can send past", () => {
    const result = check({ ...CONFIRM, actions: { "unconfirmed-domains": "warn" } }, ["a@fabrikam.com"]);
    expect(result.verdict).toBe("warn");
  });

  test("unconfirmedDomains: registrable domains, once each, unreadable addresses left to their own finding", () => {
    const results = createChecker(resolvePolicy(CONFIRM)).checkRecipients(
      to("x@mail.fabrikam.com", "y@fabrikam.com", "not an address", "z@contoso.com"),
    ).recipients;
    expect(unconfirmedDomains(results, {})).toEqual(["fabrikam.com"]);
  });
});
