import { enclosingEntry } from "../domain-sets";
import { isRestrictedNamespace } from "../namespaces";
import type { DomainListKey, PolicyPlace } from "./evidence";
import { placeOf } from "./locations";
import type { PolicyError, PolicyNote } from "./parse";
import { normaliseDomainEntry, type Policy } from "./schema";

/**
 * Where each domain of a list sat in the file as written (before duplicates were dropped and
 * spellings normalised), so that a message names the entry the administrator wrote.
 */
class Locator {
  private readonly indexes = new Map<DomainListKey, Map<string, number>>();
  constructor(private readonly raw: unknown) {}

  where(key: DomainListKey, host: string): PolicyPlace {
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
    return at === undefined ? { domain: host } : placeOf([key, at], this.raw);
  }
}

/**
 * Settings that contradict each other or can never take effect. The policy still applies as
 * written; each warning's words say which rule wins, which is the checker's: a blocked domain is
 * stopped whatever else lists it.
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
      code: "contradiction",
      where: locate.where("trustedDomains", host),
      evidence: { says: "also-internal", internal: locate.where("internalDomains", host) },
    });
  }
  if (blocked.size > 0) {
    const lists: ["internalDomains" | "trustedDomains", readonly string[]][] = [
      ["internalDomains", internal],
      ["trustedDomains", trusted],
    ];
    for (const [list, hosts] of lists) {
      for (const host of hosts) {
        const blockedBy = enclosingEntry(host, blocked);
        if (blockedBy === undefined) continue;
        out.push({
          code: "contradiction",
          where: locate.where(list, host),
          evidence: {
            says: "blocked",
            list,
            blockedBy: locate.where("blockedDomains", blockedBy),
            under: blockedBy !== host,
          },
        });
      }
    }
  }
  if (policy.externalRecipients?.warnAbove !== undefined && internal.length === 0) {
    out.push({
      code: "contradiction",
      where: placeOf(["externalRecipients", "warnAbove"], raw),
      evidence: { says: "warn-above-unused" },
    });
  }
  return out;
}

/** What whole namespaces the policy trusts (gov.uk, mil), and who can register under them. */
export function policyNotes(policy: Policy, raw: unknown): PolicyNote[] {
  const out: PolicyNote[] = [];
  const locate = new Locator(raw);
  const lists: ["internalDomains" | "trustedDomains", readonly string[]][] = [
    ["internalDomains", policy.internalDomains ?? []],
    ["trustedDomains", policy.trustedDomains ?? []],
  ];
  for (const [list, hosts] of lists) {
    for (const host of hosts) {
      if (isRestrictedNamespace(host))
        out.push({ where: locate.where(list, host), evidence: { says: "namespace", list, host } });
    }
  }
  return out;
}
