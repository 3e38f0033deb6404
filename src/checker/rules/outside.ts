import type { AddressResult } from "../checker";
import { splitDomain, type DomainParts } from "../domain";

/** The parts of the domain after an address's last `@`. */
export function addressDomainParts(address: string): DomainParts | null {
  return splitDomain(address.slice(address.lastIndexOf("@") + 1).toLowerCase());
}

/** The registrable domain of the user's own address, whose people are colleagues. */
export function ownRegistrable(ownAddress: string | undefined): string | undefined {
  return ownAddress ? addressDomainParts(ownAddress)?.registrable : undefined;
}

/** Whether a checked address is outside the organisation: not internal, not at the user's own domain. */
export function isOutside(r: AddressResult, own: string | undefined): boolean {
  if (r.internal || !r.normalised) return false;
  return !own || addressDomainParts(r.normalised)?.registrable !== own;
}
