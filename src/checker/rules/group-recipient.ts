import { found, type Found } from "./found";

/**
 * group-recipient: a distribution list or group, whose members the add-in cannot see. One of the
 * organisation's own is only ever mentioned; an outside one gets the policy's action.
 */
export function groupRecipient(address: string, outside: boolean): Found {
  const result = found("group-recipient", { says: outside ? "group.outside" : "group", address });
  if (!outside) result.infoOnly = true;
  return result;
}
