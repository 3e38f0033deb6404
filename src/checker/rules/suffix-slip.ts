import type { DomainParts } from "../domain";
import type { Edit } from "../edit";
import { dotShiftFor, restrictedEndingSlipFor, suffixSlipFor, type HighValueEnding } from "../suffix-slips";
import {
  describedEnding,
  replaceRegistrable,
  slipOf,
  towardsEnding,
  typedDomainIs,
  type Found,
} from "./found";

/**
 * suffix-slip: one slip away from a high-value ending, with no configuration at all: the dot in the
 * wrong place (`armym.il`), a slipped ending (`army.ml` for `army.mil`), or a slip inside a
 * restricted namespace (`mod.gov.uk.com`-like hosts under `gov.uk`'s neighbours).
 */
export function suffixSlip(parts: DomainParts, local: string): Found | undefined {
  const shift = dotShiftFor(parts.name, parts.suffix);
  if (shift) {
    const suggested = replaceRegistrable(parts, `${shift.intendedName}.${shift.intendedSuffix}`);
    const edit: Edit = { kind: "dot-shift", position: 0, expected: ".", found: "." };
    const ending = describedEnding(parts.suffix);
    return towardsEnding(
      "suffix-slip",
      { says: "dot-shift", typed: parts.registrable, suggested, ending },
      { host: suggested, intended: shift.intendedSuffix, edit },
      local,
      typedDomainIs(parts, true),
    );
  }
  const slip = suffixSlipFor(parts.name, parts.suffix);
  if (slip) {
    const suggested = replaceRegistrable(parts, `${parts.name}.${slip.intended}`);
    const ending: HighValueEnding = { host: suggested, intended: slip.intended, edit: slip.edit };
    return towardsEnding(
      "suffix-slip",
      {
        says: "suffix-slip",
        suffix: parts.suffix,
        intended: slip.intended,
        slip: slipOf(slip.edit, slip.intended),
        suggested,
      },
      ending,
      local,
      typedDomainIs(parts, true),
    );
  }
  // With an ending that does not exist (mod.gov.jk), the unknown-ending rule explains it better.
  const inner = parts.suffixIsKnown ? restrictedEndingSlipFor(parts.registrable, parts.subdomain) : undefined;
  if (inner) {
    return towardsEnding(
      "suffix-slip",
      {
        says: "restricted-slip",
        host: parts.host,
        registrable: parts.registrable,
        intended: inner.intended,
        slip: slipOf(inner.edit, inner.intended),
        suggested: inner.host,
      },
      inner,
      local,
      { is: "under-registrable", registrable: parts.registrable },
    );
  }
  return undefined;
}
