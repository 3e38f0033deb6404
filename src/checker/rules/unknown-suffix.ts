import type { DomainParts } from "../domain";
import { highValueEndingsFor } from "../suffix-slips";
import { slipOf, towardsEnding, type Found } from "./found";

/**
 * unknown-suffix: an ending that does not exist. The fix offered is only ever a high-value ending
 * one slip away (`army.mi` → `army.mil`), never the nearest real ending (`.ni`, Nicaragua); with two
 * equally likely endings both are shown and neither is offered as the fix.
 */
export function unknownSuffix(
  host: string,
  parts: DomainParts,
  local: string,
  builtInProtection: boolean,
): Found {
  const endings = builtInProtection ? highValueEndingsFor(host) : [];
  if (endings.length === 1) {
    const ending = endings[0]!;
    return towardsEnding(
      "unknown-suffix",
      {
        says: "unknown-suffix.one",
        suffix: parts.suffix,
        suggested: ending.host,
        slip: slipOf(ending.edit, ending.intended),
      },
      ending,
      local,
      { is: "unreal-ending" },
    );
  }
  const unreal = { is: "unreal-ending" as const };
  if (endings.length > 1) {
    const hosts = endings.map((e) => e.host);
    return {
      code: "unknown-suffix",
      evidence: { says: "unknown-suffix.many", suffix: parts.suffix, hosts, typedIs: unreal },
      slip: "unknown-suffix",
      alternatives: hosts.map((h) => `${local}@${h}`),
    };
  }
  return {
    code: "unknown-suffix",
    evidence: { says: "unknown-suffix", suffix: parts.suffix, typedIs: unreal },
    slip: "unknown-suffix",
  };
}
