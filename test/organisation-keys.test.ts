/**
 * OrganisationKeys: a checker that indexes only the organisation domains a message could be
 * compared with (its candidates) finds what a checker of every domain finds.
 */
import fc from "fast-check";
import { createChecker, parsePolicy, resolvePolicy, type EffectivePolicy, type Policy } from "../src/checker";
import { OrganisationKeys } from "../src/checker/organisation-keys";
import { policyAndRecipients, policyDomain, recipientsAt, validRandomPolicy } from "./random-policies";

const SEED = 5150;

function validated(policy: object): Policy {
  const parsed = parsePolicy(policy);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

/** The same policy, with the organisation's keys made as a download makes them. */
function withKeys(effective: EffectivePolicy): EffectivePolicy {
  const organisation = effective.organisationPolicy;
  const hosts = [...(organisation.internalDomains ?? []), ...(organisation.trustedDomains ?? [])];
  return { ...effective, organisationKeys: OrganisationKeys.build(hosts) };
}

test("for random policies and recipients near their domains, the candidates' checker finds what every domain's finds", () => {
  let lookalikes = 0;
  fc.assert(
    fc.property(policyAndRecipients, fc.array(policyDomain, { maxLength: 3 }), ([p, domains], user) => {
      const policy = validRandomPolicy(p);
      fc.pre(policy !== undefined);
      if (!policy) return;
      const effective = resolvePolicy(policy, { trustedDomains: user.filter((d) => d.includes(".")) });
      const recipients = recipientsAt(domains);
      const every = createChecker(effective);
      const candidates = createChecker(withKeys(effective));
      const expected = every.checkRecipients(recipients);
      expect(candidates.checkRecipients(recipients)).toEqual(expected);
      // And one address at a time, as the pane asks.
      for (const r of recipients)
        expect(candidates.checkAddress(r.emailAddress!)).toEqual(every.checkAddress(r.emailAddress!));
      for (const r of expected.recipients)
        if (r.findings.some((f) => f.related && f.code !== "blocked-domain")) lookalikes++;
    }),
    { seed: SEED, numRuns: 300 },
  );
  // The recipients do reach the organisation's domains: many are reported against one of them.
  expect(lookalikes).toBeGreaterThan(300);
});

test("a message's candidates are the few domains it could be compared with, not the whole policy", () => {
  const trustedDomains = Array.from({ length: 3_000 }, (_, i) => `partner-${i.toString(36)}.com`);
  trustedDomains.push("contoso.com", "fabrikam.co.uk");
  const keys = OrganisationKeys.build(validated({ trustedDomains }).trustedDomains!);
  const named = (hosts: string[]) => keys.candidatesFor(hosts).map((n) => trustedDomains[n]);
  expect(named(["contosso.com", "fabrikam.uk"])).toEqual(["contoso.com", "fabrikam.co.uk"]);
  // partner-0.com to partner-z.com and more are each one slip from partner-a.com (and a hash shared
  // by chance adds a few): a hundred or so of the 3,002.
  const near = named(["mail.partner-a.com"]);
  expect(near).toContain("partner-a.com");
  expect(near.length).toBeLessThan(200);
  expect(keys.candidatesFor(["unrelated.org"])).toEqual([]);
});

test("the keys as text: read back whole, and refused when damaged or counted for another policy", () => {
  const hosts = validated({
    trustedDomains: ["contoso.com", "b\u00fccher.de", "army.mil", "my-bank.co.uk"],
  }).trustedDomains!;
  const keys = OrganisationKeys.build(hosts);
  const text = keys.encode();
  expect(text).not.toContain("\n"); // one line of the compact policy
  const back = OrganisationKeys.decode(text, 4);
  expect(back).not.toBeNull();
  const typed = ["contosso.com", "xn--bcher-kva.de", "army.ml", "mybank.co.uk", "army-mil.com"];
  expect(back!.candidatesFor(typed)).toEqual(keys.candidatesFor(typed));
  expect(keys.candidatesFor(typed)).toEqual([0, 1, 2, 3]);
  expect(OrganisationKeys.decode(text, 3)).toBeNull();
  expect(OrganisationKeys.decode(text, 5)).toBeNull();
  expect(OrganisationKeys.decode(text.slice(0, -1), 4)).toBeNull();
  expect(OrganisationKeys.decode(`${text}A`, 4)).toBeNull();
  expect(OrganisationKeys.decode(text.replace("]", "]!"), 4)).toBeNull();
  expect(OrganisationKeys.decode(text.replace("[", '["x",'), 4)).toBeNull();
  expect(OrganisationKeys.decode(text.slice(text.indexOf("]") + 1), 4)).toBeNull();
  expect(OrganisationKeys.decode("", 0)).toBeNull();
});

test("keys that do not number the policy's domains are not used", () => {
  const effective = resolvePolicy(validated({ trustedDomains: ["contoso.com", "fabrikam.com"] }));
  const wrong = { ...effective, organisationKeys: OrganisationKeys.build(["contoso.com"]) };
  const finding = createChecker(wrong).checkAddress("a@fabrikan.com").findings[0];
  expect(finding?.suggestion).toBe("a@fabrikam.com");
});

test.each([
  ["a@secure-ab-io.com", ["ab.io"]],
  ["a@my-bank-com.net", ["my-bank.com"]],
  ["a@mail.iloveli.co.uk", ["ilovell.co.uk"]],
  ["a@mail.c0ntoso.com", ["contoso.com"]],
  ["a@contoso.de", ["contoso.com"]],
  ["a@contoso.com.example.net", ["contoso.com"]],
])("%s: the candidates' checker reports what every domain's reports (%j trusted)", (address, trusted) => {
  const effective = resolvePolicy(validated({ trustedDomains: trusted }));
  const expected = createChecker(effective).checkAddress(address);
  expect(expected.findings.length).toBeGreaterThan(0);
  expect(createChecker(withKeys(effective)).checkAddress(address)).toEqual(expected);
});
