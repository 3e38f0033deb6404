/**
 * The pane's fixes as pure functions over recipient lists: replace one address, remove one
 * recipient, and re-check all three fields. Every other recipient keeps its place and display name.
 * No Office, no React: the review view reads the live lists, calls these, and writes one field back.
 */
import type { AddressResult, Checker, Finding, Verdict } from "../checker";
import {
  RECIPIENT_FIELDS,
  type RecipientEntry,
  type RecipientField,
  type RecipientsByField,
} from "../shared/alert-context";

/** One recipient as the pane saw it when it checked: enough to find it again in a fresh list. */
export interface RecipientRef {
  field: RecipientField;
  /** Its position in the field when it was checked; a hint, since the user may have edited since. */
  index: number;
  entry: RecipientEntry;
}

export interface CheckedRecipient extends RecipientRef {
  result: AddressResult;
}

export interface RecipientReview {
  verdict: Verdict;
  /** Every recipient, To then Cc then Bcc, in the message's order. */
  recipients: CheckedRecipient[];
  /** Those whose verdict is warn or block. */
  flagged: CheckedRecipient[];
  /** Findings about the whole message, such as too many external recipients. */
  messageFindings: Finding[];
}

const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Where `entry` is in `list` now: at `hint` when it is still there, else the first recipient with
 * the same address and display name, else the first with the same address; -1 when it is gone.
 */
export function findRecipient(list: readonly RecipientEntry[], entry: RecipientEntry, hint = -1): number {
  const same = (r: RecipientEntry | undefined): boolean =>
    r !== undefined && r.emailAddress === entry.emailAddress && r.displayName === entry.displayName;
  if (hint >= 0 && same(list[hint])) return hint;
  const exact = list.findIndex(same);
  if (exact >= 0) return exact;
  return list.findIndex((r) => r.emailAddress === entry.emailAddress);
}

/**
 * The display name to keep when an address changes: the same name, unless it was only the old
 * address (or empty), in which case the new address.
 */
export function displayNameAfterReplace(entry: RecipientEntry, newAddress: string): string {
  const name = entry.displayName.trim();
  return name === "" || sameText(name, entry.emailAddress) ? newAddress : entry.displayName;
}

/** `list` with the recipient at `index` given `newAddress`; null when there is no such recipient. */
export function replaceAt(
  list: readonly RecipientEntry[],
  index: number,
  newAddress: string,
): RecipientEntry[] | null {
  const old = list[index];
  if (!old || newAddress.trim() === "") return null;
  const address = newAddress.trim();
  return list.map((r, i) =>
    i === index ? { emailAddress: address, displayName: displayNameAfterReplace(old, address) } : { ...r },
  );
}

/** `list` without the recipient at `index`; null when there is no such recipient. */
export function removeAt(list: readonly RecipientEntry[], index: number): RecipientEntry[] | null {
  if (index < 0 || index >= list.length) return null;
  return list.filter((_, i) => i !== index).map((r) => ({ ...r }));
}

/** Replaces `ref` (found again by findRecipient) in a fresh list; null when it is no longer there. */
export function replaceRecipient(
  list: readonly RecipientEntry[],
  ref: Pick<RecipientRef, "entry" | "index">,
  newAddress: string,
): RecipientEntry[] | null {
  return replaceAt(list, findRecipient(list, ref.entry, ref.index), newAddress);
}

/** Removes `ref` (found again by findRecipient) from a fresh list; null when it is no longer there. */
export function removeRecipient(
  list: readonly RecipientEntry[],
  ref: Pick<RecipientRef, "entry" | "index">,
): RecipientEntry[] | null {
  return removeAt(list, findRecipient(list, ref.entry, ref.index));
}

/** Runs the checker over To, Cc and Bcc as one message and maps each result back to its field. */
export function reviewRecipients(checker: Checker, recipients: RecipientsByField): RecipientReview {
  const refs: RecipientRef[] = RECIPIENT_FIELDS.flatMap((field) =>
    (recipients[field] ?? []).map((entry, index) => ({ field, index, entry })),
  );
  const result = checker.checkRecipients(
    refs.map((r) => ({ emailAddress: r.entry.emailAddress, displayName: r.entry.displayName })),
  );
  const checked: CheckedRecipient[] = refs.map((ref, i) => ({ ...ref, result: result.recipients[i]! }));
  return {
    verdict: result.verdict,
    recipients: checked,
    flagged: checked.filter((r) => r.result.verdict !== "allow"),
    messageFindings: result.findings,
  };
}

/** The distinct suggested addresses for one recipient, in the order of its findings. */
export function suggestionsFor(result: AddressResult): string[] {
  const out: string[] = [];
  for (const f of result.findings) {
    const s = f.suggestion?.trim();
    if (s && s.includes("@") && s !== result.address && !out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * The domain a user could trust to let this recipient through (the host as checked, in lower-case
 * ASCII), or null: nothing to trust for an unreadable address, an IP literal or an Exchange name;
 * and not offered when the policy stops the message (a blocked domain, a Cyrillic impostor): one
 * click in the pane should not undo what the organisation set to block.
 */
export function trustableDomain(result: AddressResult): string | null {
  if (!result.normalised) return null;
  if (result.verdict === "block") return null;
  const domain = result.normalised.slice(result.normalised.lastIndexOf("@") + 1);
  return domain.includes(".") ? domain : null;
}
