import { found, type Found } from "./found";

/** unfamiliar-domain: the user has not written to this outside domain before (policy: warnOnUnfamiliarDomain). */
export function unfamiliarDomain(registrable: string, familiar: ReadonlySet<string>): Found | undefined {
  if (familiar.has(registrable)) return undefined;
  return found("unfamiliar-domain", { says: "unfamiliar", domain: registrable }, registrable);
}
