import { found, type Found } from "./found";

/**
 * unfamiliar-domain: the user has not written to this outside domain before, as far as the history
 * kept on their machine knows (correspondents.ts); the checker asks only once it has learned.
 */
export function unfamiliarDomain(registrable: string): Found {
  return found("unfamiliar-domain", { says: "unfamiliar", domain: registrable }, registrable);
}
