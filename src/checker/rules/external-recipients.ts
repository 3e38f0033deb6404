import type { EffectivePolicy } from "../policy";
import { found, type Found } from "./found";

/**
 * external-recipients: more outside addresses than the organisation allows without a second look
 * (policy externalRecipients.warnAbove; only with internal domains to tell outside from inside).
 */
export function externalRecipients(count: number, policy: EffectivePolicy): Found | undefined {
  const limit = policy.externalRecipients.warnAbove;
  if (limit === undefined || policy.internalDomains.length === 0 || count <= limit) return undefined;
  return found("external-recipients", { says: "external", count, limit });
}
