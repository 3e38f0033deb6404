/**
 * The early warning's check of a message, kept for the send that follows it. Classic Outlook starts
 * a fresh runtime for every event, so without this each send decodes the stored policy and builds
 * its index again (docs/performance.md). The early warning runs whenever the recipients change, so
 * by the time the user presses Send it has usually checked exactly what is being sent: the send
 * then takes its verdict and findings instead of checking again.
 *
 * An entry is used only when everything the check depended on is the same, compared as text, never
 * as a hash: this build, the stored policy copies (by their header, which holds the hash of their
 * lists and the time they were downloaded), the roaming settings the policy reads, the message's
 * own trusted domains, its attachments and subject as read, a reply's recorded domains, how many
 * sends the user's history of outside domains has recorded, and every
 * recipient with its field and display name. One entry is kept, in the runtime's own storage on this device; each early warning
 * overwrites it. ES2016 only.
 */
import type { Action, Verdict } from "../checker";
import type { MessageContent } from "../checker/attachments";
import { ACTIONS } from "../checker/findings";
import { RECIPIENT_FIELDS, type AlertContext, type RecipientsByField } from "../shared/alert-context";
import { ADDIN_VERSION } from "../shared/version";

export const KEPT_CHECK_KEY = "rg.checked.v1";

/** What the early warning found: the alert's context when something was flagged. */
export interface CheckedMessage {
  verdict: Verdict;
  context: AlertContext | null;
}

export interface KeptCheck extends CheckedMessage {
  /** The policy's check-failed action, for a send that fails after taking this entry. */
  failure: Action;
  /**
   * Whether the policy asks for each outside domain to be confirmed: the send then reads the
   * confirmations on the message without loading the policy.
   */
  confirm?: boolean;
  /** Whether the policy has keyword lists: the send then reads the subject, as this check did. */
  keywords?: boolean;
  /** Whether the policy learns the user's correspondents: the send then records its domains. */
  learn?: boolean;
}

interface KeptEntry extends KeptCheck {
  policy: string;
  message: string;
}

/**
 * Everything the policy in force is made of, as one text: this build, each stored copy's header
 * line, and the roaming settings read as text (settingText); null when one could not be read.
 */
export function policyInputs(
  rulesId: string,
  storedHeaders: readonly (string | null)[],
  settings: readonly (string | null)[],
): string | null {
  for (const setting of settings) if (setting === null) return null;
  return JSON.stringify([ADDIN_VERSION, rulesId, storedHeaders, settings]);
}

/**
 * The message as checked: its own trusted domains as read from it, the user's own address, its
 * attachments and subject as read (or why they could not be), a reply's recorded domains, the
 * sends the history has recorded (another send may have taught it since), then each recipient.
 */
export function messageInputs(
  itemTrusted: unknown,
  recipients: RecipientsByField,
  ownAddress?: string,
  confirmedDomains?: readonly string[],
  content?: MessageContent,
  conversationDomains?: readonly string[],
  historySends?: number,
): string | null {
  try {
    const parts: unknown[] = [
      itemTrusted === undefined ? null : itemTrusted,
      ownAddress || null,
      confirmedDomains || null,
      content || null,
      conversationDomains || null,
      historySends === undefined ? null : historySends,
    ];
    for (const field of RECIPIENT_FIELDS) {
      parts.push(field);
      for (const r of recipients[field]) parts.push(r.emailAddress, r.displayName, r.group === true);
    }
    return JSON.stringify(parts);
  } catch {
    return null;
  }
}

export function encodeKeptCheck(policy: string, message: string, kept: KeptCheck): string {
  const entry: KeptEntry = { policy, message, ...kept };
  return JSON.stringify(entry);
}

/**
 * The entry in `text` when it was made under `policy`, else null (absent, damaged, another policy
 * or build). Whether it is for this message is `forMessage`'s question.
 */
export function readKeptCheck(text: string | null, policy: string | null): KeptEntry | null {
  if (text === null || policy === null) return null;
  let entry: Partial<KeptEntry>;
  try {
    entry = JSON.parse(text) as Partial<KeptEntry>;
  } catch {
    return null;
  }
  // Written by this very build (the policy text names it): what could differ is damage, after
  // which the send's decision fails over to checking the message itself.
  return entry && entry.policy === policy && ACTIONS.indexOf(entry.failure as Action) >= 0
    ? (entry as KeptEntry)
    : null;
}

/** The kept check when it is of exactly this message. */
export function forMessage(entry: KeptEntry | null, message: string | null): CheckedMessage | null {
  return entry !== null && message !== null && entry.message === message ? entry : null;
}
