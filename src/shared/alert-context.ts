import type { Finding, MessageResult, RecipientInput, Verdict } from "../checker";

/** Recipient fields of a message being written. */
export type RecipientField = "to" | "cc" | "bcc";

/** What is being written: a message (To, Cc, Bcc) or a meeting invitation (its attendees, no Bcc). */
export type ItemKind = "message" | "meeting";
export const RECIPIENT_FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];

export interface RecipientEntry {
  emailAddress: string;
  displayName: string;
  /** Outlook says it is a distribution list (recipientType); absent otherwise. */
  group?: true;
}

export type RecipientsByField = Record<RecipientField, RecipientEntry[]>;

/** One recipient as Office.js returned it, whatever it returned: fields that are not text become empty. */
export function toRecipientEntry(value: unknown): RecipientEntry {
  if (typeof value !== "object" || value === null) return { emailAddress: "", displayName: "" };
  const v = value as { emailAddress?: unknown; displayName?: unknown; recipientType?: unknown };
  const entry: RecipientEntry = {
    emailAddress: typeof v.emailAddress === "string" ? v.emailAddress : "",
    displayName: typeof v.displayName === "string" ? v.displayName : "",
  };
  if (v.recipientType === "distributionList") entry.group = true;
  return entry;
}

/** To, Cc and Bcc as one list for the checker, in that order, each recipient with its field. */
export function flattenRecipients(
  recipients: RecipientsByField,
): (RecipientInput & { field: RecipientField })[] {
  const list: (RecipientInput & { field: RecipientField })[] = [];
  for (const field of RECIPIENT_FIELDS) {
    const inField = recipients[field] ?? [];
    for (let i = 0; i < inField.length; i++) {
      const { emailAddress, displayName, group } = inField[i]!;
      list.push({ emailAddress, displayName, field, group });
    }
  }
  return list;
}

export interface FlaggedRecipient {
  field: RecipientField;
  emailAddress: string;
  displayName: string;
  verdict: Verdict;
  findings: Pick<Finding, "code" | "severity" | "message" | "suggestion">[];
}

/**
 * What the send handler hands to the review pane through the Smart Alert's `contextData`: the
 * flagged recipients only, so it stays small. The pane re-checks the live recipients anyway; this
 * tells it what the user was just shown.
 */
export interface AlertContext {
  version: 1;
  verdict: Verdict;
  recipients: FlaggedRecipient[];
  /** Findings about the whole message (too many external recipients, check failures). */
  messageFindings: FlaggedRecipient["findings"];
  /** What was checked is a meeting invitation (absent for a message). */
  meeting?: true;
}

/** Outlook limits contextData; 32 KB leaves room on every client. */
export const MAX_CONTEXT_BYTES = 32 * 1024;

export function toAlertContext(
  fields: readonly RecipientField[],
  result: MessageResult,
  meeting?: boolean,
): AlertContext {
  const flagged: FlaggedRecipient[] = [];
  result.recipients.forEach((r, i) => {
    if (r.verdict === "allow") return;
    flagged.push({
      field: fields[i] ?? "to",
      emailAddress: r.address,
      displayName: r.displayName ?? "",
      verdict: r.verdict,
      findings: r.findings.map(({ code, severity, message, suggestion }) => ({
        code,
        severity,
        message,
        suggestion,
      })),
    });
  });
  const messageFindings = result.findings.map(({ code, severity, message, suggestion }) => ({
    code,
    severity,
    message,
    suggestion,
  }));
  const context: AlertContext = { version: 1, verdict: result.verdict, recipients: flagged, messageFindings };
  if (meeting) context.meeting = true;
  return context;
}

/** JSON within MAX_CONTEXT_BYTES: recipients beyond what fits are dropped from the end. */
export function encodeAlertContext(context: AlertContext): string {
  let current = context;
  let text = JSON.stringify(current);
  while (text.length > MAX_CONTEXT_BYTES / 2 && current.recipients.length > 0) {
    current = {
      ...current,
      recipients: current.recipients.slice(0, Math.floor(current.recipients.length / 2)),
    };
    text = JSON.stringify(current);
  }
  return text;
}

const VERDICTS = new Set(["allow", "warn", "block"]);
const FIELDS = new Set<string>(RECIPIENT_FIELDS);

function isFindingList(value: unknown): value is FlaggedRecipient["findings"] {
  return (
    Array.isArray(value) &&
    value.every(
      (f) =>
        typeof f === "object" &&
        f !== null &&
        typeof (f as Finding).code === "string" &&
        typeof (f as Finding).message === "string" &&
        ((f as Finding).suggestion === undefined || typeof (f as Finding).suggestion === "string"),
    )
  );
}

/** Reads contextData back; null when absent, not ours, or damaged (the pane then re-checks). */
export function decodeAlertContext(text: unknown): AlertContext | null {
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_CONTEXT_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Partial<AlertContext>;
  if (
    v.version !== 1 ||
    !VERDICTS.has(String(v.verdict)) ||
    !Array.isArray(v.recipients) ||
    !isFindingList(v.messageFindings)
  ) {
    return null;
  }
  const recipientsValid = v.recipients.every(
    (r) =>
      typeof r === "object" &&
      r !== null &&
      FIELDS.has(r.field) &&
      typeof r.emailAddress === "string" &&
      typeof r.displayName === "string" &&
      VERDICTS.has(r.verdict) &&
      isFindingList(r.findings),
  );
  return recipientsValid ? (v as AlertContext) : null;
}
