import { enclosingEntry } from "../domain-sets";
import { found, type Found } from "./found";

/** blocked-domain: the domain, or its ending, is on the organisation's blocked list. */
export function blockedDomain(host: string, blocked: ReadonlySet<string>): Found | undefined {
  const entry = enclosingEntry(host, blocked);
  if (!entry) return undefined;
  return found(
    "blocked-domain",
    { says: "blocked", blocked: entry.includes(".") ? entry : `.${entry}` },
    entry,
  );
}
