import type { DomainParts } from "../domain";
import type { Edit } from "../edit";
import type { DomainIs, Evidence, EvidenceBody, Owner, Slip } from "../evidence";
import type { FindingCode, SuggestionSource } from "../findings";
import { isDescribedSuffix } from "../messages/render";
import type { ProtectedDomain } from "../protected-index";
import type { HighValueEnding } from "../suffix-slips";

/**
 * What a rule found: the finding's code, its evidence, and where it points. The checker turns it
 * into a Finding (the policy's severity, the catalogue's words).
 */
export interface Found {
  code: FindingCode;
  evidence: Evidence;
  /** The address we think was meant, when exactly one is likely. */
  suggestion?: string;
  suggestionSource?: SuggestionSource;
  /** Equally likely addresses, none of them applied with one click. */
  alternatives?: string[];
  /** The protected domain (or ending, or policy entry) the finding is about. */
  related?: string;
  /** Machine-readable kind of slip. */
  slip?: string;
  /** Only mentioned, whatever the policy's action for the code. */
  infoOnly?: true;
}

/** Whose a protected domain is: the .gov registry (with its owner) when it is there. */
export function ownerOf(target: ProtectedDomain): Owner {
  if (!target.inRegistry) return { source: target.source };
  return target.owner ? { source: "dotgov", name: target.owner } : { source: "dotgov" };
}

export function slipOf(edit: Edit, intended: string): Slip {
  return { kind: edit.kind, expected: edit.expected, found: edit.found, intended };
}

/** The ending, when the catalogues can say whose it is. */
export function describedEnding(suffix: string): string | undefined {
  return isDescribedSuffix(suffix) ? suffix : undefined;
}

export function replaceRegistrable(parts: DomainParts, registrable: string): string {
  return parts.subdomain ? `${parts.subdomain}.${registrable}` : registrable;
}

/** What a finding says about where the typed domain is, when its ending tells something. */
export function typedDomainIs(parts: DomainParts, endingMatters: boolean): DomainIs | undefined {
  if (!parts.suffixIsKnown) return { is: "unreal-ending" };
  if (!endingMatters) return undefined;
  return isDescribedSuffix(parts.suffix) ? { is: "under", suffix: parts.suffix } : undefined;
}

function withDomains(body: EvidenceBody, suggestedIs?: DomainIs, typedIs?: DomainIs): Evidence {
  const evidence: Evidence = body;
  if (suggestedIs) evidence.suggestedIs = suggestedIs;
  if (typedIs) evidence.typedIs = typedIs;
  return evidence;
}

/** A finding that points at a protected domain. */
export function towards(
  code: FindingCode,
  body: EvidenceBody,
  target: ProtectedDomain,
  address: string,
  typedIs: DomainIs | undefined,
  slip: string,
): Found {
  return {
    code,
    evidence: withDomains(body, { is: "owned", owner: ownerOf(target) }, typedIs),
    suggestion: address,
    suggestionSource: target.inRegistry ? "dotgov" : target.source,
    related: target.host,
    slip,
  };
}

/** A finding that points at the high-value ending a slip came from (`army.ml` → `army.mil`). */
export function towardsEnding(
  code: FindingCode,
  body: EvidenceBody,
  ending: HighValueEnding,
  local: string,
  typedIs: DomainIs | undefined,
): Found {
  const intended = describedEnding(ending.intended);
  return {
    code,
    evidence: withDomains(body, intended ? { is: "under", suffix: intended } : undefined, typedIs),
    suggestion: `${local}@${ending.host}`,
    suggestionSource: "high-value-suffix",
    related: ending.intended,
    slip: ending.edit.kind,
  };
}

/** A finding that points nowhere. */
export function found(code: FindingCode, body: EvidenceBody, related?: string): Found {
  return related === undefined ? { code, evidence: body } : { code, evidence: body, related };
}
