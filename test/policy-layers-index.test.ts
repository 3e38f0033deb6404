/**
 * The user's own trusted domains are a layer of their own over the organisation's: a policy resolved
 * from one organisation policy with another user list (a send whose message carries the pane's
 * Trust) reuses the index of the organisation's domains instead of building it again.
 */
import { createChecker, resolvePolicy, type Policy } from "../src/checker";

/** The domains of every ProtectedIndex built, in order (the built-in index included). */
const mockBuilt: string[][] = [];

jest.mock("../src/checker/protected-index", () => {
  const actual = jest.requireActual("../src/checker/protected-index");
  class CountedIndex extends actual.ProtectedIndex {
    constructor(domains: Iterable<{ host: string }>, base?: unknown) {
      const list = Array.from(domains);
      super(list, base);
      mockBuilt.push(list.map((d) => d.host));
    }
  }
  return { ...actual, ProtectedIndex: CountedIndex };
});

const organisation: Policy = {
  internalDomains: ["contoso.com"],
  trustedDomains: ["fabrikam.com", "northwind.co.uk", "mil.no"],
};

const ADDRESSES = [
  "a@contoso.com",
  "a@contosso.com",
  "a@fabrikam.com",
  "a@fabrikan.com",
  "a@northwind.co.uk",
  "a@nortwind.co.uk",
  "a@northwind.uk",
  "a@mil.mo",
  "a@adatum.org",
  "a@adatun.org",
  "a@adatum.com",
  "a@sub.adatum.org",
  "a@tailspin.de",
  "a@tailspim.de",
  "a@gmial.com",
  "a@army.ml",
  "a@fabrikam-adatum.com",
];

const summary = (checker: ReturnType<typeof createChecker>) =>
  ADDRESSES.map((address) => {
    const result = checker.checkAddress(address);
    return [address, result.findings.map((f) => `${f.code} ${f.suggestion ?? ""} ${f.related ?? ""}`)];
  });

beforeEach(() => {
  mockBuilt.length = 0;
});

test("a policy with the user's own list reuses the organisation's index; only the user's domains are indexed again", () => {
  const withoutUser = resolvePolicy(organisation);
  createChecker(withoutUser);
  const organisationBuilds = mockBuilt.filter((hosts) => hosts.includes("fabrikam.com")).length;
  expect(organisationBuilds).toBe(1);

  const withUser = resolvePolicy(organisation, { trustedDomains: ["adatum.org", "tailspin.de"] });
  createChecker(withUser);
  expect(mockBuilt.filter((hosts) => hosts.includes("fabrikam.com"))).toHaveLength(organisationBuilds);
  expect(mockBuilt[mockBuilt.length - 1]).toEqual(["adatum.org", "tailspin.de"]);
});

test("also for an organisation policy without internal domains", () => {
  const trustedOnly: Policy = { trustedDomains: ["fabrikam.com"] };
  createChecker(resolvePolicy(trustedOnly));
  createChecker(resolvePolicy(trustedOnly, { trustedDomains: ["adatum.org"] }));
  expect(mockBuilt.filter((hosts) => hosts.includes("fabrikam.com"))).toHaveLength(1);
});

test("another organisation policy, or the same one changed, is indexed anew", () => {
  const first: Policy = { ...organisation };
  createChecker(resolvePolicy(first));
  createChecker(resolvePolicy(first));
  createChecker(resolvePolicy({ ...first }));
  expect(mockBuilt.filter((hosts) => hosts.includes("fabrikam.com"))).toHaveLength(2);
  // An EffectivePolicy edited after resolving no longer matches what was indexed for its organisation.
  const edited = resolvePolicy(first);
  createChecker(edited);
  const before = mockBuilt.length;
  createChecker({ ...edited, internalDomains: ["adventure-works.com"] });
  expect(mockBuilt.slice(before).some((hosts) => hosts.includes("adventure-works.com"))).toBe(true);
});

test("the user's layer finds what one index of all the domains finds", () => {
  const user = ["adatum.org", "tailspin.de"];
  const layered = createChecker(resolvePolicy(organisation, { trustedDomains: user }));
  const flat = createChecker(
    resolvePolicy({ ...organisation, trustedDomains: [...organisation.trustedDomains!, ...user] }),
  );
  expect(summary(layered)).toEqual(summary(flat));
  // And the layers really are in use: a slip of a user's domain is caught, the domain itself trusted.
  expect(layered.checkAddress("a@adatun.org").findings.map((f) => f.suggestion)).toContain("a@adatum.org");
  expect(layered.checkAddress("a@sub.adatum.org").findings).toEqual([]);
});
