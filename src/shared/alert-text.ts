import type { Verdict } from "../checker";
import type { AlertContext, FlaggedRecipient } from "./alert-context";
import { escapeMarkdown, truncate, visibleText } from "./display-text";

/** Limits Outlook puts on Smart Alerts text. */
export const ALERT_LIMITS = { errorMessage: 500, errorMessageMarkdown: 500, cancelLabel: 20 } as const;

export const REVIEW_LABEL = "Review recipients";

export interface AlertText {
  errorMessage: string;
  errorMessageMarkdown: string;
  cancelLabel: string;
}

const MAX_LISTED = 3;

function headline(context: AlertContext): string {
  const n = context.recipients.length;
  if (n === 0) return "Recipient Guard found a problem with this message.";
  return n === 1
    ? "Recipient Guard: this address looks wrong."
    : `Recipient Guard: ${n} addresses look wrong.`;
}

function closing(verdict: Verdict, canOverride: boolean): string {
  if (verdict === "block") return "Fix the address before sending.";
  return canOverride
    ? "Review to fix it, or send anyway if it is right."
    : "Fix it, or trust the domain in Recipient Guard, then send again.";
}

function firstMessage(r: FlaggedRecipient): string {
  return r.findings[0]?.message ?? "This address needs a second look.";
}

/**
 * The Smart Alert's words: a headline, up to three flagged recipients with what is wrong, and what
 * to do. Plain text and Markdown carry the same content; every piece that came from the message is
 * escaped in the Markdown and stripped of invisible characters in both. Each stays within Outlook's
 * 500-character limit by shortening the per-recipient lines first, never the headline or the advice.
 */
export function buildAlertText(context: AlertContext, canOverride: boolean): AlertText {
  const head = headline(context);
  const tail = closing(context.verdict, canOverride);
  const listed = context.recipients.slice(0, MAX_LISTED);
  const more = context.recipients.length - listed.length;
  const moreLine = more > 0 ? `And ${more} more: open Recipient Guard to see them all.` : "";
  const messageOnly = context.messageFindings.map((f) => visibleText(f.message));

  const plainBudget = ALERT_LIMITS.errorMessage - head.length - tail.length - moreLine.length - 8;
  const plainItems = [
    ...listed.map((r) => `• ${visibleText(r.emailAddress)}: ${visibleText(firstMessage(r))}`),
    ...messageOnly.map((m) => `• ${m}`),
  ];
  const perPlain = Math.max(40, Math.floor(plainBudget / Math.max(1, plainItems.length)) - 1);
  const plain = [head, ...plainItems.map((line) => truncate(line, perPlain)), moreLine, tail]
    .filter(Boolean)
    .join("\n");

  const mdHead = `**${escapeMarkdown(head)}**`;
  const mdTail = escapeMarkdown(tail);
  const mdMore = moreLine ? escapeMarkdown(moreLine) : "";
  const mdItems = [
    ...listed.map((r) => [visibleText(r.emailAddress), visibleText(firstMessage(r))] as const),
    ...context.messageFindings.map((f) => ["", visibleText(f.message)] as const),
  ];
  const mdBudget = ALERT_LIMITS.errorMessageMarkdown - mdHead.length - mdTail.length - mdMore.length - 8;
  const perMd = Math.max(40, Math.floor(mdBudget / Math.max(1, mdItems.length)) - 1);
  // Cut before escaping, then check: escaping can only lengthen, so shrink until it fits.
  const mdLine = ([address, message]: readonly [string, string], room: number): string => {
    for (let keep = room; keep > 10; keep -= 10) {
      const text = address
        ? `- **${escapeMarkdown(address)}**: ${escapeMarkdown(truncate(message, keep))}`
        : `- ${escapeMarkdown(truncate(message, keep))}`;
      if (text.length <= room) return text;
    }
    return `- ${escapeMarkdown(truncate(address || message, 30))}`;
  };
  const markdown = [mdHead, ...mdItems.map((item) => mdLine(item, perMd)), mdMore, mdTail]
    .filter(Boolean)
    .join("\n");

  return {
    errorMessage: truncate(plain, ALERT_LIMITS.errorMessage),
    errorMessageMarkdown:
      markdown.length <= ALERT_LIMITS.errorMessageMarkdown ? markdown : `${mdHead}\n${mdTail}`,
    cancelLabel: REVIEW_LABEL,
  };
}

/** The alert when the check itself could not run. */
export function checkFailedText(reason: string): AlertText {
  const plain = truncate(
    `Recipient Guard could not check the recipients (${visibleText(reason)}). Check every address yourself before sending.`,
    ALERT_LIMITS.errorMessage,
  );
  const markdown = `**Recipient Guard could not check the recipients** \\(${escapeMarkdown(truncate(reason, 200))}\\)\\. Check every address yourself before sending\\.`;
  return {
    errorMessage: plain,
    errorMessageMarkdown:
      markdown.length <= ALERT_LIMITS.errorMessageMarkdown
        ? markdown
        : "**Recipient Guard could not check the recipients\\.**",
    cancelLabel: REVIEW_LABEL,
  };
}
