/**
 * The pane's fixes as pure functions over recipient lists: replace one address, remove one
 * recipient, move the outside ones to Bcc, and re-check all three fields. Every other recipient keeps its place and display name.
 * No Office, no React: the review view reads the live lists, calls these, and writes one field back.
 */
import type { CorrespondentLookup } from "../checker/correspondents";
import {
  outsideDomainOf,
  realAttachments,
  visibleExternalIndexes,
  type AttachmentInput,
  type MessageContent,
  type AddressResult,
  type Checker,
  type Finding,
  type Verdict,
} from "../checker";
import {
  flattenRecipients,
  RECIPIENT_FIELDS,
  type ItemKind,
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
  /** Outside the organisation and in To or Cc, where every recipient sees them. */
  visibleExternal: CheckedRecipient[];
  /**
   * The recipients outside the organisation by registrable domain, in the message's order, each
   * domain with whether the user confirmed it for this message (policy externalRecipients.confirmDomains).
   */
  outsideDomains: OutsideDomain[];
  /** The message's attachments, inline images left out; empty where Outlook lists none. */
  attachments: AttachmentInput[];
}

export interface OutsideDomain {
  domain: string;
  recipients: CheckedRecipient[];
  confirmed: boolean;
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

/** What the review knows about the message besides its recipients. */
export interface ReviewContext {
  /** The user's address: its domain counts as inside the organisation. */
  ownAddress?: string;
  kind?: ItemKind;
  /** The outside domains the user confirmed for this message (policy externalRecipients.confirmDomains). */
  confirmedDomains?: readonly string[];
  content?: MessageContent;
  /**
   * A reply's domains as Outlook created it (kept by OnNewMessageCompose): an outside domain not
   * among them was added to the conversation (added-outside-domain). Absent for anything else.
   */
  conversationDomains?: readonly string[];
  /** The user's history of outside domains (correspondents.ts), where the pane can read it. */
  correspondents?: CorrespondentLookup;
}

/** Runs the checker over To, Cc and Bcc as one message and maps each result back to its field. */
export function reviewRecipients(
  checker: Checker,
  recipients: RecipientsByField,
  context: ReviewContext = {},
): RecipientReview {
  const {
    ownAddress,
    kind = "message",
    confirmedDomains = [],
    content,
    conversationDomains,
    correspondents,
  } = context;
  const refs: RecipientRef[] = RECIPIENT_FIELDS.flatMap((field) =>
    (recipients[field] ?? []).map((entry, index) => ({ field, index, entry })),
  );
  // In the same order as refs.
  const inputs = flattenRecipients(recipients);
  const meeting = kind === "meeting";
  const result = checker.checkRecipients(inputs, {
    ...(ownAddress ? { ownAddress } : {}),
    meeting,
    confirmedDomains,
    ...(content ? { content } : {}),
    ...(conversationDomains ? { conversationDomains } : {}),
    ...(correspondents ? { correspondents } : {}),
  });
  const checked: CheckedRecipient[] = refs.map((ref, i) => ({ ...ref, result: result.recipients[i]! }));
  return {
    verdict: result.verdict,
    recipients: checked,
    flagged: checked.filter((r) => r.result.verdict !== "allow"),
    messageFindings: result.findings,
    // A meeting has no Bcc to move them to.
    visibleExternal: meeting
      ? []
      : visibleExternalIndexes(inputs, result.recipients, ownAddress).map((i) => checked[i]!),
    outsideDomains: groupOutside(checked, ownAddress, confirmedDomains),
    attachments: realAttachments(content),
  };
}

function groupOutside(
  checked: readonly CheckedRecipient[],
  ownAddress: string | undefined,
  confirmedDomains: readonly string[],
): OutsideDomain[] {
  const byDomain = new Map<string, OutsideDomain>();
  for (const r of checked) {
    const domain = outsideDomainOf(r.result, ownAddress);
    if (!domain) continue;
    let group = byDomain.get(domain);
    if (!group) {
      group = { domain, recipients: [], confirmed: confirmedDomains.includes(domain) };
      byDomain.set(domain, group);
    }
    group.recipients.push(r);
  }
  return [...byDomain.values()];
}

/**
 * The message's fields with `moving` (found again in them, as they are now) taken out of To and Cc
 * and added at the end of Bcc, display names kept; `moved` says how many were still there. Fields
 * that do not change are absent from `lists`.
 */
export function moveToBcc(
  now: RecipientsByField,
  moving: readonly RecipientRef[],
): { lists: Partial<RecipientsByField>; moved: number } {
  const lists: RecipientsByField = { to: [...now.to], cc: [...now.cc], bcc: [...now.bcc] };
  const changed = new Set<RecipientField>();
  let moved = 0;
  for (const ref of moving) {
    if (ref.field === "bcc") continue;
    const at = findRecipient(lists[ref.field], ref.entry, -1);
    if (at < 0) continue;
    const [entry] = lists[ref.field].splice(at, 1);
    lists.bcc.push({ ...entry! });
    changed.add(ref.field).add("bcc");
    moved++;
  }
  const out: Partial<RecipientsByField> = {};
  changed.forEach((field) => (out[field] = lists[field]));
  return { lists: out, moved };
}

/** One address the checker thinks was meant, with what the pane needs to explain it. */
export interface SuggestedFix {
  address: string;
  /** The finding that made the suggestion: its source and what each domain is, in words. */
  finding: Finding;
}

const usableSuggestion = (result: AddressResult, address: string | undefined): string | null => {
  const s = address?.trim();
  return s && s.includes("@") && s !== result.address ? s : null;
};

/**
 * The fixes that may be applied with one click: each finding's single `suggestion`, distinct, in the
 * order of the findings. A finding with equally likely alternatives has none (see alternativesFor).
 */
export function suggestedFixes(result: AddressResult): SuggestedFix[] {
  const out: SuggestedFix[] = [];
  for (const finding of result.findings) {
    const address = usableSuggestion(result, finding.suggestion);
    if (address && !out.some((s) => s.address === address)) out.push({ address, finding });
  }
  return out;
}

/** The distinct suggested addresses for one recipient, in the order of its findings. */
export function suggestionsFor(result: AddressResult): string[] {
  return suggestedFixes(result).map((s) => s.address);
}

/**
 * Addresses that are equally likely fixes: shown as text for the user to choose from with the
 * recipient, never applied with one click.
 */
export function alternativesFor(result: AddressResult): string[] {
  const one = suggestionsFor(result);
  const out: string[] = [];
  for (const finding of result.findings) {
    for (const candidate of finding.alternatives ?? []) {
      const address = usableSuggestion(result, candidate);
      if (address && !one.includes(address) && !out.includes(address)) out.push(address);
    }
  }
  return out;
}

/** The part after the last `@`, or the whole text when there is none. */
export const domainOf = (address: string): string => address.slice(address.lastIndexOf("@") + 1);

/**
 * Flagged recipients at one domain that the checker questions for the same reasons: shown once,
 * with one fix for all of them when every one has the same domain as its suggestion.
 */
export interface DomainGroup {
  /** The domain as checked (lower-case ASCII). */
  domain: string;
  /** The domain for display (Unicode). */
  domainShown: string;
  recipients: CheckedRecipient[];
  /** The domain every recipient would get, with the finding that suggests it; absent when there is none. */
  fix?: { domain: string; finding: Finding };
}

/** The domain a recipient's single fix would give it, when that fix keeps the part before the `@`. */
function fixDomain(recipient: CheckedRecipient): { domain: string; finding: Finding } | null {
  const fixes = suggestedFixes(recipient.result);
  const normalised = recipient.result.normalised;
  if (fixes.length !== 1 || !normalised) return null;
  const fix = fixes[0]!;
  const local = (address: string) => address.slice(0, address.lastIndexOf("@")).toLowerCase();
  if (local(fix.address) !== local(normalised)) return null;
  return { domain: domainOf(fix.address).toLowerCase(), finding: fix.finding };
}

/**
 * The flagged recipients, in order, with those that share a domain, the same kinds of finding and
 * the same fix put together. Groups of one are single recipients; larger groups come where the
 * first of their recipients was.
 */
export function groupByDomain(flagged: readonly CheckedRecipient[]): DomainGroup[] {
  const groups: DomainGroup[] = [];
  const byKey = new Map<string, DomainGroup>();
  for (const recipient of flagged) {
    const normalised = recipient.result.normalised;
    const fix = fixDomain(recipient);
    const key = normalised
      ? [
          domainOf(normalised),
          recipient.result.findings.map((f) => f.code).join(","),
          fix?.domain ?? "",
        ].join(" ")
      : null;
    const existing = key === null ? undefined : byKey.get(key);
    if (existing) {
      existing.recipients.push(recipient);
      continue;
    }
    const group: DomainGroup = {
      domain: normalised ? domainOf(normalised) : "",
      domainShown: recipient.result.domainUnicode ?? (normalised ? domainOf(normalised) : ""),
      recipients: [recipient],
      ...(fix ? { fix } : {}),
    };
    groups.push(group);
    if (key !== null) byKey.set(key, group);
  }
  return groups;
}

/** The address `recipient` gets when its domain becomes `domain`: the same part before the `@`. */
export function withDomain(recipient: CheckedRecipient, domain: string): string {
  const address = recipient.entry.emailAddress.trim();
  return `${address.slice(0, address.lastIndexOf("@"))}@${domain}`;
}

/** One planned replacement: this recipient gets this address. */
export interface Replacement {
  recipient: RecipientRef;
  address: string;
}

/**
 * Fresh lists for every field that one or more replacements change, each recipient found again by
 * findRecipient; `missing` holds those no longer on the message (nothing is written for them).
 * Every other recipient keeps its place and display name.
 */
export function replaceEach(
  current: RecipientsByField,
  replacements: readonly Replacement[],
): { lists: Partial<RecipientsByField>; missing: Replacement[] } {
  const lists: Partial<RecipientsByField> = {};
  const missing: Replacement[] = [];
  for (const replacement of replacements) {
    const { field } = replacement.recipient;
    const list = lists[field] ?? current[field] ?? [];
    const next = replaceRecipient(list, replacement.recipient, replacement.address);
    if (next) lists[field] = next;
    else missing.push(replacement);
  }
  return { lists, missing };
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

/** An outside domain the user has not written to before, with its recipients that nothing else questions. */
export interface NewDomain {
  /** The registrable domain as checked (lower-case ASCII). */
  domain: string;
  recipients: CheckedRecipient[];
}

/**
 * The outside domains noted as new to the user (unfamiliar-domain as information, the default), in
 * the message's order, each once with its recipients. A recipient the policy questions is a card
 * instead, so it is not here.
 */
export function newDomains(recipients: readonly CheckedRecipient[]): NewDomain[] {
  const byDomain = new Map<string, NewDomain>();
  for (const r of recipients) {
    if (r.result.verdict !== "allow") continue;
    const finding = r.result.findings.find((f) => f.code === "unfamiliar-domain");
    if (!finding) continue;
    const domain = finding.related ?? (r.result.normalised ? domainOf(r.result.normalised) : "");
    if (!domain) continue;
    let entry = byDomain.get(domain);
    if (!entry) byDomain.set(domain, (entry = { domain, recipients: [] }));
    entry.recipients.push(r);
  }
  return [...byDomain.values()];
}
