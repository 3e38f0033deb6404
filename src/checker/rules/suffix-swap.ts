import type { DomainParts } from "../domain";
import type { ProtectedDomain, ProtectedIndex } from "../protected-index";
import {
  isAcademicNamespace,
  isFreeEnding,
  isGovernmentNamespace,
  isPlausibleSuffixSwap,
} from "../suffix-slips";
import { describedEnding, ownerOf, replaceRegistrable, towards, typedDomainIs, type Found } from "./found";

/** suffix-swap: a protected name under another ending (`contoso.co` for `contoso.com`). */

/** Below this length a name is too likely to be shared by unrelated organisations across suffixes. */
const SUFFIX_SWAP_MIN_NAME = 5;

export interface SwapTarget {
  target: ProtectedDomain;
  /** The typed ending is a government namespace or a once-free ending, where the name is no owner's. */
  namespace?: "government" | "free";
}

function namespaceOf(suffix: string): SwapTarget["namespace"] {
  if (isGovernmentNamespace(suffix)) return "government";
  if (isFreeEnding(suffix)) return "free";
  return undefined;
}

/**
 * Same name, another suffix. The swaps people really make are always reported (see
 * isPlausibleSuffixSwap); any other suffix only for distinctive names of domains the organisation
 * named itself: big brands run national domains of their own (paypal.de), and short names are
 * shared by unrelated organisations (af.mil, af.edu). Whatever the name, a protected company's
 * name under a government namespace (microsoft.gov) or a once-free ending (gmail.ml) is no
 * domain of its owner's.
 */
export function suffixSwapTarget(index: ProtectedIndex, parts: DomainParts): SwapTarget | undefined {
  const named = index.sameName(parts);
  if (named.length === 0) return undefined;
  const namespace = namespaceOf(parts.suffix);
  if (namespace) {
    const company = named.find(
      (p) => !isGovernmentNamespace(p.parts.suffix) && !isAcademicNamespace(p.parts.suffix) && !p.inRegistry,
    );
    if (company) return { target: company, namespace };
  }
  const target = named.find((p) => {
    if (p.source === "built-in") return false;
    if (isPlausibleSuffixSwap(parts.suffix, p.parts.suffix)) return true;
    if (parts.suffix.endsWith(`.${p.parts.suffix}`)) return false; // a national variant: hotmail.com → hotmail.com.br
    return parts.name.length >= SUFFIX_SWAP_MIN_NAME && !index.isBuiltInName(parts.name);
  });
  return target && { target };
}

export function suffixSwap(swap: SwapTarget, parts: DomainParts, local: string): Found {
  const { target, namespace } = swap;
  return towards(
    "suffix-swap",
    {
      says: "suffix-swap",
      typed: parts.registrable,
      intended: target.parts.registrable,
      owner: ownerOf(target),
      suffix: parts.suffix,
      intendedSuffix: target.parts.suffix,
      namespace,
      ending: namespace ? undefined : describedEnding(parts.suffix),
    },
    target,
    `${local}@${replaceRegistrable(parts, target.parts.registrable)}`,
    typedDomainIs(parts, true),
    "suffix-swap",
  );
}

/**
 * Two equally likely fixes for one domain (mail.ml: a slip from .mil, or the name of mail.com
 * under Mali's ending), as one finding that names both and applies neither.
 */
export function eitherOf(parts: DomainParts, first: Found, second: Found): Found {
  const option = (f: Found): { host: string; is?: NonNullable<Found["evidence"]["suggestedIs"]> } => {
    const host = f.suggestion!.slice(f.suggestion!.lastIndexOf("@") + 1);
    return f.evidence.suggestedIs ? { host, is: f.evidence.suggestedIs } : { host };
  };
  const result: Found = {
    code: first.code,
    evidence: {
      says: describedEnding(parts.suffix) ? "either" : "either.bare",
      typed: parts.registrable,
      suffix: parts.suffix,
      options: [option(first), option(second)],
    },
    alternatives: [first.suggestion!, second.suggestion!],
  };
  if (first.evidence.typedIs) result.evidence.typedIs = first.evidence.typedIs;
  if (first.related !== undefined) result.related = first.related;
  if (first.slip !== undefined) result.slip = first.slip;
  return result;
}
