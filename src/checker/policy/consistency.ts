import { enclosingEntry } from "../domain-sets";
import { restrictedNamespace } from "../namespaces";
import { describeLocation, type DomainListKey } from "./locations";
import type { PolicyError, PolicyNote } from "./parse";
import { normaliseDomainEntry, type Policy } from "./schema";

/**
 * Where each domain of a list sat in the file as written (before duplicates were dropped and
 * spellings normalised), so that a message names the entry the administrator wrote.
 */
class Locator {
  private readonly indexes = new Map<DomainListKey, Map<string, number>>();
  constructor(private readonly raw: unknown) {}

  where(key: DomainListKey, host: string): string {
    let index = this.indexes.get(key);
    if (!index) {
      index = new Map();
      const list =
        typeof this.raw === "object" && this.raw !== null
          ? (this.raw as Record<string, unknown>)[key]
          : undefined;
      if (Array.isArray(list)) {
        for (let i = 0; i < list.length; i++) {
          const entry: unknown = list[i];
          if (typeof entry !== "string") continue;
          const normalised = normaliseDomainEntry(entry);
          if (!index.has(normalised)) index.set(normalised, i);
        }
      }
      this.indexes.set(key, index);
    }
    const at = index.get(host);
    return at === undefined ? `"${host}"` : describeLocation([key, at], this.raw);
  }
}

/**
 * Settings that contradict each other or can never take effect. The policy still applies as
 * written; each message says which rule wins, which is the checker's: a blocked domain is stopped
 * whatever else lists it.
 */
export function policyContradictions(policy: Policy, raw: unknown): PolicyError[] {
  const out: PolicyError[] = [];
  const locate = new Locator(raw);
  const internal = policy.internalDomains ?? [];
  const trusted = policy.trustedDomains ?? [];
  const blocked = new Set(policy.blockedDomains ?? []);
  const internalSet = new Set(internal);

  for (const host of trusted) {
    if (!internalSet.has(host)) continue;
    out.push({
      path: locate.where("trustedDomains", host),
      code: "contradiction",
      message: `is also ${locate.where("internalDomains", host)}; internal domains are trusted already, so list it only once.`,
    });
  }
  if (blocked.size > 0) {
    const lists: [DomainListKey, readonly string[], string][] = [
      ["internalDomains", internal, "your own colleagues there"],
      ["trustedDomains", trusted, "it"],
    ];
    for (const [key, hosts, whom] of lists) {
      for (const host of hosts) {
        const blockedBy = enclosingEntry(host, blocked);
        if (blockedBy === undefined) continue;
        const how = blockedBy === host ? "is also" : "is under";
        out.push({
          path: locate.where(key, host),
          code: "contradiction",
          message: `${how} ${locate.where("blockedDomains", blockedBy)}, so mail to ${whom} is stopped: a block wins over everything else. Remove it from one of the two lists.`,
        });
      }
    }
  }
  if (policy.externalRecipients?.warnAbove !== undefined && internal.length === 0) {
    out.push({
      path: describeLocation(["externalRecipients", "warnAbove"], raw),
      code: "contradiction",
      message:
        'never applies: with no "internalDomains", Recipient Guard cannot tell which recipients are outside your organisation. List your own domains in "internalDomains", or remove this setting.',
    });
  }
  return out;
}

/** What whole namespaces the policy trusts (gov.uk, mil), and who can register under them. */
export function policyNotes(policy: Policy, raw: unknown): PolicyNote[] {
  const out: PolicyNote[] = [];
  const locate = new Locator(raw);
  const lists: [DomainListKey, readonly string[], (host: string, who: string) => string][] = [
    [
      "internalDomains",
      policy.internalDomains ?? [],
      (host, who) => `counts every address under ${host} as internal, a namespace where ${who}.`,
    ],
    [
      "trustedDomains",
      policy.trustedDomains ?? [],
      (host, who) => `trusts every address under ${host}, which ${who}.`,
    ],
  ];
  for (const [key, hosts, say] of lists) {
    for (const host of hosts) {
      const who = restrictedNamespace(host);
      if (who) out.push({ path: locate.where(key, host), message: say(host, who) });
    }
  }
  return out;
}
