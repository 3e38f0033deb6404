import { found, type Found } from "./found";

/** ip-literal: the address goes to a network address (`alice@[192.0.2.1]`), not a domain. */
export function ipLiteral(ip: string): Found {
  return found("ip-literal", { says: "ip-literal", ip });
}
