/**
 * Every fix the checker offers points only where the user meant to go: a protected domain (the
 * organisation's, the user's, a built-in one), the high-value ending the slip came from, or a
 * domain of the US .gov registry. Never the nearest string that happens to exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { builtInDomainIndex, createChecker, parsePolicy, resolvePolicy, type Finding } from "../src/checker";
import { isSameOrSubdomain, splitDomain } from "../src/checker/domain";
import { registryDomains } from "../src/checker/dotgov-registry";
import { isHighValueSuffix, typingSlips } from "../src/checker/suffix-slips";

fc.configureGlobal({ seed: 20261129 });

const ORGANISATION = ["contoso.com", "army.mil", "mod.gov.uk", "barclays.co.uk", "example.de"];
const policy = parsePolicy({ internalDomains: ["contoso.com"], trustedDomains: ORGANISATION.slice(1) });
if (!policy.success) throw new Error("test policy rejected");
const checkers = {
  "no policy": createChecker(resolvePolicy()),
  "an organisation policy": createChecker(resolvePolicy(policy.data)),
};
const registry = new Set(registryDomains().map((d) => d.host));

/** Real domains under country endings, from the evaluation's negatives (none is a lookalike). */
const COUNTRY_DOMAINS = readFileSync(join(__dirname, "eval-corpus", "negatives.txt"), "utf8")
  .split("\n")
  .map((line) => line.split("\t")[0]!.trim())
  .filter((host) => /^[a-z0-9-]+\.[a-z]{2}$/.test(host))
  .slice(0, 400);

const HIGH_VALUE_DOMAINS = [
  "army.mil",
  "navy.mil",
  "mail.mil",
  "nato.int",
  "irs.gov",
  "mod.gov.uk",
  "met.police.uk",
  "nhs.uk",
  "ox.ac.uk",
  "gmail.com",
  "bbc.co.uk",
  "ato.gov.au",
  "tbs-sct.gc.ca",
  "interieur.gouv.fr",
];

function isProtected(host: string): boolean {
  const parts = splitDomain(host);
  if (builtInDomainIndex().trustedMatch(host, parts)) return true;
  return ORGANISATION.some((d) => isSameOrSubdomain(host, d));
}

/** The fix keeps everything the user typed in front of the ending and swaps only a high-value ending in. */
function isHighValueEndingOf(fixed: string, typed: string): boolean {
  for (let dot = fixed.indexOf("."); dot > 0; dot = fixed.indexOf(".", dot + 1)) {
    const ending = fixed.slice(dot + 1);
    if (isHighValueSuffix(ending) && typed.startsWith(`${fixed.slice(0, dot)}.`)) return true;
  }
  return false;
}

function hostOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

function offeredFixes(f: Finding): string[] {
  return [...(f.suggestion ? [f.suggestion] : []), ...(f.alternatives ?? [])].map(hostOf);
}

/** Why a fix is allowed, or null when it points somewhere nobody meant. */
function justification(fixed: string, typed: string): string | null {
  if (isProtected(fixed)) return "protected";
  if (registry.has(splitDomain(fixed)?.registrable ?? fixed)) return "registry";
  if (isHighValueEndingOf(fixed, typed)) return "high-value ending";
  return null;
}

function unjustifiedFixes(typed: string): string[] {
  const bad: string[] = [];
  for (const [name, checker] of Object.entries(checkers)) {
    const result = checker.checkAddress(`someone@${typed}`);
    for (const f of result.findings) {
      if (f.suggestion && !f.suggestionSource)
        bad.push(`${name}: ${f.code} offers ${f.suggestion} with no source`);
      if (f.suggestion && f.alternatives)
        bad.push(`${name}: ${f.code} both picks one fix and lists alternatives`);
      for (const fixed of offeredFixes(f)) {
        if (!justification(fixed, typed)) bad.push(`${name}: ${typed} → ${fixed} (${f.code})`);
      }
    }
  }
  return bad;
}

describe("fixes only point where the user meant to go", () => {
  test("every typing slip of a high-value domain", () => {
    const bad = HIGH_VALUE_DOMAINS.flatMap((domain) =>
      Array.from(typingSlips(domain)).flatMap(unjustifiedFixes),
    );
    expect(bad).toEqual([]);
  });

  test("typing slips of real country-code domains (sampled)", () => {
    expect(COUNTRY_DOMAINS.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...COUNTRY_DOMAINS), fc.nat(), (domain, pick) => {
        const slips = Array.from(typingSlips(domain));
        const typed = slips[pick % slips.length]!;
        expect(unjustifiedFixes(typed)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  test("the cases that used to point at other countries", () => {
    for (const typed of ["army.mi", "mod.gov.jk", "mod.gov.u", "police.ul", "nato.itn", "army.mll"]) {
      expect(unjustifiedFixes(typed)).toEqual([]);
    }
  });

  test("the check itself can tell a bad fix from a good one", () => {
    expect(justification("army.ni", "army.mi")).toBeNull();
    expect(justification("mod.gov.hk", "mod.gov.jk")).toBeNull();
    expect(justification("nato.int", "nato.itn")).toBe("high-value ending");
    expect(justification("gmail.com", "gmial.com")).toBe("protected");
    expect(justification("irs.gov", "irs-gov.us")).toBe("registry");
  });
});
