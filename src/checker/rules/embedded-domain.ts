import type { DomainParts } from "../domain";
import type { DotgovLookup } from "../dotgov-lookup";
import type { ProtectedIndex } from "../protected-index";
import { ownerOf, towards, type Found } from "./found";

/**
 * embedded-domain: a protected domain written into another one (`army-mil.com`,
 * `army.mil.example.com`), which belongs to whoever registered that other one.
 */
export function embeddedDomain(
  index: ProtectedIndex,
  registry: DotgovLookup | undefined,
  parts: DomainParts,
  local: string,
  trusted: boolean,
): Found | undefined {
  const host = parts.host;
  const inside = index.embeddedIn(host, parts, trusted)[0] ?? registry?.embeddedIn(host, parts, trusted)[0];
  if (!inside) return undefined;
  return towards(
    "embedded-domain",
    {
      says: "embedded",
      host,
      form: inside.form,
      registrable: parts.registrable,
      owner: ownerOf(inside.target),
    },
    inside.target,
    `${local}@${inside.form}`,
    { is: "part-of", registrable: parts.registrable },
    "embedded",
  );
}
