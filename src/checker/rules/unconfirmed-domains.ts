import type { AddressResult, CheckContext } from "../checker";
import { found, type Found } from "./found";
import { addressDomainParts, isOutside, ownRegistrable } from "./outside";

/** The registrable domain of a checked address outside the organisation, else undefined. */
export function outsideDomainOf(r: AddressResult, ownAddress?: string): string | undefined {
  return isOutside(r, ownRegistrable(ownAddress))
    ? addressDomainParts(r.normalised!)?.registrable
    : undefined;
}

/**
 * The registrable domains outside the organisation (and the user's own domain) that the message goes
 * to and the user has not confirmed for it, in the order they first appear.
 */
export function unconfirmedDomains(results: readonly AddressResult[], context: CheckContext): string[] {
  const confirmed = context.confirmedDomains ?? [];
  const out: string[] = [];
  for (const r of results) {
    const domain = outsideDomainOf(r, context.ownAddress);
    if (domain && confirmed.indexOf(domain) < 0 && out.indexOf(domain) < 0) out.push(domain);
  }
  return out;
}

/**
 * unconfirmed-domains: the organisation asks for each outside domain to be confirmed in the pane
 * before sending (policy externalRecipients.confirmDomains), and some are not.
 */
export function unconfirmedDomainsFinding(
  results: readonly AddressResult[],
  context: CheckContext,
): Found | undefined {
  const domains = unconfirmedDomains(results, context);
  return domains.length > 0 ? found("unconfirmed-domains", { says: "unconfirmed", domains }) : undefined;
}
