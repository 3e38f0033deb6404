import { parseAddress } from "../address";
import { found, type Found } from "./found";
import { addressDomainParts } from "./outside";

/**
 * added-outside-domain: a reply goes to an outside domain that none of the recipients Outlook put
 * on the reply had: the user added it to the conversation. `original` holds the registrable
 * domains recorded when the reply was created (conversationDomains below).
 */
export function addedOutsideDomain(registrable: string, original: ReadonlySet<string>): Found | undefined {
  if (original.has(registrable)) return undefined;
  return found("added-outside-domain", { says: "added", domain: registrable }, registrable);
}

/**
 * The registrable domains of a reply's recipients as Outlook filled them in, read as the checker
 * reads addresses (punycode, lower case), without repeats: what the send handler records when a
 * reply is created. An address that cannot be read adds nothing.
 */
export function conversationDomains(addresses: readonly string[]): string[] {
  const domains: string[] = [];
  for (const address of addresses) {
    let registrable: string | undefined;
    try {
      const parsed = parseAddress(address);
      if (parsed.kind === "email") registrable = addressDomainParts(`@${parsed.domain}`)?.registrable;
    } catch {
      // Unreadable: nothing to record.
    }
    if (registrable && domains.indexOf(registrable) < 0) domains.push(registrable);
  }
  return domains;
}
