/** fast-check arbitraries of organisation policies and of recipients near their domains. */
import fc from "fast-check";
import { parsePolicy, type Policy, type RecipientInput } from "../src/checker";

const LABEL_CHARS = [..."abcdefghilmnorstuy0123456789-"];
const label = fc
  .string({ unit: fc.constantFrom(...LABEL_CHARS), minLength: 1, maxLength: 10 })
  .filter((l) => /^[a-z0-9](.*[a-z0-9])?$/.test(l) && !/^..--/.test(l));
const suffix = fc.constantFrom("com", "org", "mil", "co.uk", "de", "gov", "ml", "io");

/** A domain a policy may list: made-up ASCII names, and a few international ones. */
export const policyDomain = fc.oneof(
  fc.tuple(fc.array(label, { minLength: 1, maxLength: 2 }), suffix).map(([l, s]) => `${l.join(".")}.${s}`),
  fc.constantFrom(
    "b\u00fccher.de",
    "\u4e2d\u56fd\u94f6\u884c.com",
    "\u043f\u0440\u0438\u043c\u0435\u0440.com",
  ),
);

/** One random slip (or look-alike swap) of a domain. */
export const slipOf = (domain: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.nat(), fc.constantFrom(..."abcilmnors019-.", "rn", "\u0430", "\u043e"), fc.nat(3))
    .map(([at, c, kind]) => {
      const i = at % (domain.length + 1);
      if (kind === 0) return domain.slice(0, i) + domain.slice(i + 1);
      if (kind === 1) return domain.slice(0, i) + c + domain.slice(i + 1);
      if (kind === 2) return domain.slice(0, i) + c + domain.slice(i);
      return domain.slice(0, i) + domain.slice(i + 1, i + 2) + domain.slice(i, i + 1) + domain.slice(i + 2);
    });

/**
 * A domain that is not one slip of `domain` but made from it: its name under another ending, a
 * subdomain of it or of a slip of it, its name joined into another domain, or it written in front
 * of another.
 */
export const madeFrom = (domain: string): fc.Arbitrary<string> => {
  const dot = domain.indexOf(".");
  const name = dot > 0 ? domain.slice(0, dot) : domain;
  return fc.oneof(
    suffix.map((s) => `${name}.${s}`),
    label.map((l) => `${l}.${domain}`),
    slipOf(domain).map((slip) => `mail.${slip}`),
    suffix.map((s) => `${domain.replace(/\./g, "")}.${s}`),
    suffix.map((s) => `secure-${domain.replace(/\./g, "-")}.${s}`),
    suffix.map((s) => `${domain}.example.${s}`),
  );
};

export interface RandomPolicy {
  internal: string[];
  trusted: string[];
  builtIns: boolean;
}

/**
 * A policy and the domains of a message's recipients: its own domains, slips of them, other made-up
 * domains, slips and imitations of well-known ones, and joined names of its own.
 */
export const policyAndRecipients: fc.Arbitrary<[RandomPolicy, string[]]> = fc
  .record({
    internal: fc.array(policyDomain, { maxLength: 4 }),
    trusted: fc.array(policyDomain, { minLength: 1, maxLength: 12 }),
    builtIns: fc.boolean(),
  })
  .chain((p) => {
    const mine = [...p.internal, ...p.trusted];
    const recipient = fc.oneof(
      fc.constantFrom(...mine).chain(slipOf),
      fc.constantFrom(...mine).chain(madeFrom),
      fc.constantFrom(...mine),
      policyDomain,
      fc.constantFrom("gmial.com", "army.ml", "examp1e.org", "g\u043e\u043egle.com"),
    );
    return fc.tuple(fc.constant(p), fc.array(recipient, { minLength: 1, maxLength: 12 }));
  });

/** The random policy validated, or undefined where the schema refuses it (fc.pre skips those). */
export function validRandomPolicy(p: RandomPolicy): Policy | undefined {
  const parsed = parsePolicy({
    internalDomains: p.internal,
    trustedDomains: p.trusted,
    ...(p.builtIns ? {} : { builtInProtection: false }),
  });
  return parsed.success ? parsed.data : undefined;
}

/** A message to `domains`, one recipient each. */
export const recipientsAt = (domains: readonly string[]): RecipientInput[] =>
  domains.map((d, i) => ({ emailAddress: `user${i}@${d}` }));
