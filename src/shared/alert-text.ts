import type { FindingCode, Severity } from "../checker";
import type { Catalogue, MessageKey } from "../checker/messages/catalogue";
import { defaultCatalogue } from "../checker/messages/default";
import { say } from "../checker/messages/render";
import type { AlertContext, FlaggedRecipient } from "./alert-context";
import { escapeMarkdown, truncate, visibleText } from "./display-text";

/** Limits Outlook puts on Smart Alerts text. */
export const ALERT_LIMITS = { errorMessage: 500, errorMessageMarkdown: 500, cancelLabel: 20 } as const;

/** The alert's button that opens the review pane, within Outlook's limit for it. */
export function reviewLabel(c: Catalogue = defaultCatalogue): string {
  return truncate(c.text["alert.review"], ALERT_LIMITS.cancelLabel);
}

export interface AlertText {
  errorMessage: string;
  errorMessageMarkdown: string;
  cancelLabel: string;
}

const MAX_LISTED = 3;

/**
 * The Markdown layout Outlook documents for errorMessageMarkdown
 * (onmessagesend-onappointmentsend-events.md): a new line is written "\n\n", and each list item
 * starts with "- " and ends with "\r".
 */
const MD_NEW_LINE = "\n\n";
const MD_ITEM_END = "\r";

/**
 * The finding that raised the alert for a recipient: its first one above a note. A note (a group,
 * a domain new to the user) never raises an alert, so it is not what the alert says first.
 */
export function leadingFinding<F extends { severity: Severity }>(findings: readonly F[]): F | undefined {
  for (const f of findings) if (f.severity !== "info") return f;
  return findings[0];
}

/** Words of their own for an alert raised by one kind of finding alone (any notes aside). */
const OWN_WORDS: Partial<Record<FindingCode, { one: MessageKey; many: MessageKey; noOverride: MessageKey }>> =
  {
    // Trusting the domain does not make it part of the conversation: the usual advice would not help.
    "added-outside-domain": {
      one: "alert.added-one",
      many: "alert.added-many",
      noOverride: "alert.added-no-override",
    },
  };

/** The words for what raised the alert, when one kind of finding alone did and it has its own. */
function ownWords(context: AlertContext): (typeof OWN_WORDS)[FindingCode] {
  if (context.messageFindings.some((f) => f.severity !== "info")) return undefined;
  let code: FindingCode | undefined;
  for (const r of context.recipients) {
    const lead = leadingFinding(r.findings)?.code;
    if (!lead || (code && lead !== code)) return undefined;
    code = lead;
  }
  return code && OWN_WORDS[code];
}

function headline(context: AlertContext, c: Catalogue): string {
  const n = context.recipients.length;
  if (n === 0) return c.text["alert.problem"];
  const own = ownWords(context);
  return n === 1 ? c.text[own ? own.one : "alert.one"] : say(c, own ? own.many : "alert.many", { count: n });
}

function closing(context: AlertContext, canOverride: boolean, c: Catalogue): string {
  if (context.verdict === "block") return c.text["alert.block"];
  if (canOverride) return c.text["alert.override"];
  return c.text[ownWords(context)?.noOverride ?? "alert.no-override"];
}

function firstMessage(r: FlaggedRecipient, c: Catalogue): string {
  return leadingFinding(r.findings)?.message ?? c.text["alert.second-look"];
}

/** The part after the last @, lower-cased: recipients at one domain with one finding share a line. */
function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at >= 0 ? address.slice(at + 1).toLowerCase() : "";
}

/** One line of the alert: a flagged address, or several at one domain with the same finding. */
interface AlertLine {
  /** The address, or "25 recipients at army.ml": shown in bold in the Markdown. */
  who: string;
  count: number;
  message: string;
}

/** Says each thing once: recipients at the same domain with the same first finding make one line. */
function groupLines(recipients: readonly FlaggedRecipient[], c: Catalogue): AlertLine[] {
  const lines: AlertLine[] = [];
  const byKey = new Map<string, { line: AlertLine; domain: string }>();
  for (const r of recipients) {
    const message = firstMessage(r, c);
    const domain = domainOf(r.emailAddress);
    const key = `${domain}\u0000${leadingFinding(r.findings)?.code ?? ""}\u0000${message}`;
    const group = domain ? byKey.get(key) : undefined;
    if (group) {
      group.line.count++;
      group.line.who = say(c, "alert.at-domain", {
        count: group.line.count,
        domain: visibleText(group.domain),
      });
      continue;
    }
    const line: AlertLine = { who: visibleText(r.emailAddress), count: 1, message: visibleText(message) };
    lines.push(line);
    if (domain) byKey.set(key, { line, domain });
  }
  return lines;
}

/**
 * The Smart Alert's words: a headline, up to three lines of what is wrong (recipients at one domain
 * with one finding share a line), and what to do. Plain text and Markdown carry the same content;
 * every piece that came from the message is escaped in the Markdown and stripped of invisible
 * characters in both. Each stays within Outlook's 500-character limit by shortening the lines
 * first, never the headline or the advice.
 */
export function buildAlertText(
  context: AlertContext,
  canOverride: boolean,
  c: Catalogue = defaultCatalogue,
): AlertText {
  const head = headline(context, c);
  const tail = closing(context, canOverride, c);
  const lines = groupLines(context.recipients, c);
  const listed = lines.slice(0, MAX_LISTED);
  const more = lines.slice(listed.length).reduce((sum, line) => sum + line.count, 0);
  const moreLine =
    more === 0 ? "" : more === 1 ? c.text["alert.more-one"] : say(c, "alert.more-many", { count: more });
  const messageOnly = context.messageFindings.map((f) => visibleText(f.message));

  const plainBudget = ALERT_LIMITS.errorMessage - head.length - tail.length - moreLine.length - 8;
  const plainItems = [
    ...listed.map((line) => `• ${say(c, "alert.line", { who: line.who, message: line.message })}`),
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
    ...listed.map((line) => [line.who, line.message] as const),
    ...messageOnly.map((m) => ["", m] as const),
  ];
  const fixed = mdHead.length + mdTail.length + mdMore.length + 3 * MD_NEW_LINE.length;
  const perMd = Math.max(
    40,
    Math.floor((ALERT_LIMITS.errorMessageMarkdown - fixed) / Math.max(1, mdItems.length)),
  );
  // Cut before escaping, then check: escaping can only lengthen, so shrink until it fits.
  const mdItem = ([who, message]: readonly [string, string], room: number): string => {
    for (let keep = room; keep > 10; keep -= 10) {
      const text = who
        ? `- ${say(c, "alert.line", { who: `**${escapeMarkdown(who)}**`, message: escapeMarkdown(truncate(message, keep)) })}${MD_ITEM_END}`
        : `- ${escapeMarkdown(truncate(message, keep))}${MD_ITEM_END}`;
      if (text.length <= room) return text;
    }
    return `- ${escapeMarkdown(truncate(who || message, 30))}${MD_ITEM_END}`;
  };
  const list = mdItems.map((item) => mdItem(item, perMd)).join("");
  const markdown = [mdHead, list, mdMore, mdTail].filter(Boolean).join(MD_NEW_LINE);

  return {
    errorMessage: truncate(plain, ALERT_LIMITS.errorMessage),
    errorMessageMarkdown:
      markdown.length <= ALERT_LIMITS.errorMessageMarkdown ? markdown : `${mdHead}${MD_NEW_LINE}${mdTail}`,
    cancelLabel: reviewLabel(c),
  };
}

/** The alert when the check itself could not run. */
export function checkFailedText(reason: string, c: Catalogue = defaultCatalogue): AlertText {
  const head = c.text["alert.failed-head"];
  const plain = truncate(
    say(c, "alert.failed", { head, reason: visibleText(reason) }),
    ALERT_LIMITS.errorMessage,
  );
  const markdown = say(c, "alert.failed", {
    head: `**${escapeMarkdown(head)}**`,
    reason: escapeMarkdown(truncate(reason, 200)),
  });
  return {
    errorMessage: plain,
    errorMessageMarkdown:
      markdown.length <= ALERT_LIMITS.errorMessageMarkdown
        ? markdown
        : `**${escapeMarkdown(say(c, "alert.failed-short", { head }))}**`,
    cancelLabel: reviewLabel(c),
  };
}

/** The alert while the pane is writing the recipients (src/launchevent/send-decision.ts). */
export function changingText(c: Catalogue = defaultCatalogue): AlertText {
  const message = c.text["alert.changing"];
  return {
    errorMessage: message,
    errorMessageMarkdown: escapeMarkdown(message),
    cancelLabel: reviewLabel(c),
  };
}
