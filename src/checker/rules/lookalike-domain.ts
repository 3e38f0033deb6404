import { hostToUnicode, type DomainParts } from "../domain";
import type { DotgovLookup } from "../dotgov-lookup";
import type { EditKind } from "../edit";
import type { ForeignLetters } from "../evidence";
import type { ProtectedIndex, ProtectedSource, Resemblance } from "../protected-index";
import { scriptNamesOf } from "../unicode";
import {
  describedEnding,
  ownerOf,
  replaceRegistrable,
  slipOf,
  towards,
  typedDomainIs,
  type Found,
} from "./found";

/**
 * homoglyph-domain and lookalike-domain: the typed domain looks like a protected one, drawn with
 * look-alike characters (`аpple.com`, homoglyph-domain) or one typing slip away (`gmial.com`), or
 * both at once (lookalike-domain).
 */

/**
 * Against a built-in domain with a short name (4 letters), only slips that a hurried typist really
 * makes count: real, unrelated domains sit one arbitrary letter away from most short names
 * (nest.com and test.com, duno.com and juno.com).
 */
const PLAUSIBLE_SLIPS: ReadonlySet<EditKind> = new Set<EditKind>([
  "neighbour-key",
  "transposition",
  "repetition",
  "double-letter-dropped",
  "neighbour-key-insertion",
  "dot-shift",
  "dot-dropped",
  "dot-inserted",
]);
const BUILT_IN_SHORT_NAME = 4;
const BUILT_IN_TINY_NAME = 3;

/** A country ending: `de`, or a national second level such as `co.uk` or `com.br`. */
function isNationalSuffix(suffix: string): boolean {
  const labels = suffix.split(".");
  return labels[labels.length - 1]!.length === 2;
}

const SOURCE_ORDER: Record<ProtectedSource, number> = {
  internal: 0,
  organisation: 1,
  user: 2,
  learned: 3,
  "built-in": 4,
};
const KIND_ORDER: Record<Resemblance["kind"], number> = { "exact-skeleton": 0, slip: 1, "slip-skeleton": 2 };

/** Look-alike characters first, then the organisation's own domains, then the whole host. */
function compareResemblances(a: Resemblance, b: Resemblance, host: string): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    SOURCE_ORDER[a.target.source] - SOURCE_ORDER[b.target.source] ||
    Number(b.typedForm === host) - Number(a.typedForm === host) ||
    // A well-known domain that is also in the .gov registry (whitehouse.gov): the registry names it.
    Number(b.target.inRegistry === true) - Number(a.target.inRegistry === true)
  );
}

/**
 * ebay.be for ebay.de, yahoo.cn for yahoo.ca: one country's ending for another's under the same
 * well-known name is the brand's national site far more often than a slip.
 */
function isNationalSibling(r: Resemblance, typed: DomainParts): boolean {
  return (
    typed.name === r.target.parts.name &&
    isNationalSuffix(typed.suffix) &&
    isNationalSuffix(r.target.parts.suffix)
  );
}

/**
 * The slip changed the ending (gmail.co, gmailc.om), not the name. `typed` are the parts of the
 * typed host, which its registrable domain shares (same name, same suffix).
 */
function slipIsInSuffix(r: Resemblance, typed: DomainParts): boolean {
  if (r.edit?.kind === "dot-shift") return true;
  return typed.name === r.target.parts.name && typed.suffix !== r.target.parts.suffix;
}

function isDigits(edit: { expected: string; found: string }): boolean {
  return /^[0-9]$/.test(edit.expected) && /^[0-9]$/.test(edit.found);
}

function acceptable(r: Resemblance, typed: DomainParts): boolean {
  if (r.kind === "exact-skeleton") return true;
  const nameLength = r.target.parts.name.length;
  // A learned correspondent is judged as a well-known domain is: there are thousands, named by nobody.
  if (r.target.source !== "built-in" && r.target.source !== "learned") return true;
  // Look-alike characters plus a slip is too weak a likeness to report against a well-known
  // domain nobody named (bigger.com is not blogger.com, tkcity.com is not talkcity.com).
  if (r.kind === "slip-skeleton") return false;
  if (isNationalSibling(r, typed)) return false;
  // hanmail2.net, 5ymail.com: a digit added to a well-known name (not hit with a key beside it)
  // is far more often another provider's name than a slip.
  if (r.edit?.kind === "addition" && r.edit.found >= "0" && r.edit.found <= "9") return false;
  // dizipal1061.com for dizipal1062.com: among the domains a user writes to, one number for
  // another (not a key beside it) is a sibling site's, not a slip (measured: docs/correspondents.md).
  if (r.target.source === "learned" && r.edit && r.edit.kind !== "neighbour-key" && isDigits(r.edit))
    return false;
  if (nameLength > BUILT_IN_SHORT_NAME) return true;
  if (!r.edit) return false;
  // A slip in the ending (aol.con, qq.cm) stays worth reporting even for short names.
  if (slipIsInSuffix(r, typed)) return true;
  return nameLength > BUILT_IN_TINY_NAME && PLAUSIBLE_SLIPS.has(r.edit.kind);
}

/** The most telling acceptable resemblance of the typed host to a protected domain, if any. */
export function bestResemblance(
  index: ProtectedIndex,
  host: string,
  parts: DomainParts,
  registry?: DotgovLookup,
): Resemblance | undefined {
  let best: Resemblance | undefined;
  for (let s = 0; s < 2; s++) {
    const found = s === 0 ? index.resemblances(host, parts) : registry ? registry.resemblances(parts) : [];
    for (let i = 0; i < found.length; i++) {
      const r = found[i]!;
      if (!acceptable(r, parts)) continue;
      if (!best || compareResemblances(r, best, host) < 0) best = r;
    }
  }
  return best;
}

/** The differing middle of two strings: `rn` vs `m` for `rnicrosoft.com` and `microsoft.com`. */
function differingMiddle(typed: string, intended: string): { typed: string; intended: string } {
  const a = Array.from(typed);
  const b = Array.from(intended);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { typed: a.slice(start, endA).join(""), intended: b.slice(start, endB).join("") };
}

/** The letters of `text` from scripts other than Latin (or those all scripts share), by script. */
function foreignLetters(text: string): ForeignLetters[] {
  const groups: ForeignLetters[] = [];
  for (const char of Array.from(text)) {
    const script = scriptNamesOf(char).filter((name) => name !== "Latin")[0];
    if (!script) continue;
    let group: ForeignLetters | undefined;
    for (const g of groups) if (g.script === script) group = g;
    if (!group) groups.push((group = { script, letters: [] }));
    if (group.letters.indexOf(char) < 0) group.letters.push(char);
  }
  return groups;
}

/** The finding for a resemblance bestResemblance chose. */
export function lookalikeDomain(r: Resemblance, parts: DomainParts, local: string): Found {
  const suggested = `${local}@${r.typedForm === parts.host ? r.intendedForm : replaceRegistrable(parts, r.intendedForm)}`;
  const owner = ownerOf(r.target);
  if (r.kind === "exact-skeleton") {
    const middle = differingMiddle(hostToUnicode(r.typedForm), r.intendedForm);
    const foreign = foreignLetters(middle.typed);
    return towards(
      "homoglyph-domain",
      {
        says: foreign.length > 0 ? "homoglyph" : "homoglyph.swap",
        typed: r.typedForm,
        intended: r.intendedForm,
        owner,
        typedPart: middle.typed,
        intendedPart: middle.intended,
        foreign,
      },
      r.target,
      suggested,
      { is: "lookalike" },
      "lookalike-characters",
    );
  }
  if (r.kind === "slip" && r.edit) {
    const inSuffix = slipIsInSuffix(r, parts) && parts.suffixIsKnown;
    const ending = inSuffix ? describedEnding(parts.suffix) : undefined;
    return towards(
      "lookalike-domain",
      {
        says: "slip",
        typed: r.typedForm,
        intended: r.intendedForm,
        owner,
        slip: slipOf(r.edit, r.intendedForm),
        ending,
      },
      r.target,
      suggested,
      typedDomainIs(parts, inSuffix),
      r.edit.kind,
    );
  }
  return towards(
    "lookalike-domain",
    { says: "skeleton-slip", typed: r.typedForm, intended: r.intendedForm, owner },
    r.target,
    suggested,
    { is: "lookalike" },
    "lookalike-characters",
  );
}
