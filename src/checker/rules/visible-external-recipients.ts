import type { AddressResult, RecipientInput } from "../checker";
import { found, type Found } from "./found";
import { isOutside, ownRegistrable } from "./outside";

/**
 * The recipients every other recipient will see (in To or Cc) that are outside the organisation:
 * not internal and not under the registrable domain of the user's own address. Indexes into
 * `recipients`, whose results (in the same order) are `results`.
 */
export function visibleExternalIndexes(
  recipients: readonly RecipientInput[],
  results: readonly AddressResult[],
  ownAddress?: string,
): number[] {
  const own = ownRegistrable(ownAddress);
  const out: number[] = [];
  for (let i = 0; i < results.length; i++) {
    const field = recipients[i]?.field;
    if ((field === "to" || field === "cc") && isOutside(results[i]!, own)) out.push(i);
  }
  return out;
}

/**
 * visible-external-recipients: more outside addresses than policy externalRecipients.visibleAbove,
 * from more than one organisation, can all see each other (To and Cc, or a meeting's attendees).
 * `organisations` is asked only when the count is over the limit.
 */
export function visibleExternalRecipients(
  count: number,
  visibleAbove: number,
  organisations: () => number,
  meeting: boolean,
): Found | undefined {
  if (count <= visibleAbove || organisations() <= 1) return undefined;
  return found("visible-external-recipients", { says: meeting ? "visible.meeting" : "visible", count });
}
