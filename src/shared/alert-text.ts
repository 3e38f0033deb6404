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
const OWN_WORDS: Partial<
  Record<
    FindingCode,
    { one: MessageKey; many: MessageKey; noOverride: MessageKey; noOverrideMany: MessageKey }
  >
> = {
  // Trusting the domain does not make it part of the conversation: the usual advice would not help.
  "added-outside-domain": {
    one: "alert.added-one",
    many: "alert.added-many",
    noOverride: "alert.added-no-override",
    noOverrideMany: "alert.added-no-override-many",
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
  if (n === 0) return c.text[context.meeting ? "alert.problem-meeting" : "alert.problem"];
  const own = ownWords(context);
  return n === 1 ? c.text[own ? own.one : "alert.one"] : say(c, own ? own.many : "alert.many", { count: n });
}

/** The kinds of finding that raised the alert: each recipient's leading one and the message's, notes aside. */
function raisedBy(context: AlertContext): FindingCode[] {
  const codes: FindingCode[] = [];
  for (const r of context.recipients) {
    const lead = leadingFinding(r.findings);
    if (lead && lead.severity !== "info") codes.push(lead.code);
  }
  for (const f of context.messageFindings) if (f.severity !== "info") codes.push(f.code);
  return codes;
}

/**
 * What to do, in words that fit what was found: domains to confirm are confirmed, not fixed; an
 * address added to a reply is removed or written to apart; more than one address are "them"; a
 * problem with the message as a whole is no address to fix.
 */
function closing(context: AlertContext, canOverride: boolean, c: Catalogue): string {
  const n = context.recipients.length;
  const many = n > 1;
  const codes = raisedBy(context);
  if (codes.length > 0 && codes.every((code) => code === "unconfirmed-domains")) {
    return c.text[canOverride ? "alert.confirm-override" : "alert.confirm"];
  }
  const own = ownWords(context);
  if (own && !canOverride) return c.text[many ? own.noOverrideMany : own.noOverride];
  if (n === 0 && !canOverride) return c.text["alert.change"];
  if (context.verdict === "block") return c.text[many ? "alert.block-many" : "alert.block"];
  if (canOverride) return c.text[many ? "alert.override-many" : "alert.override"];
  return c.text[many ? "alert.no-override-many" : "alert.no-override"];
}

function firstMessage(r: FlaggedRecipient, c: Catalogue): string {
  return leadingFinding(r.findings)?.message ?? c.text["alert.second-look"];
}

/** The part after the last @, lower-cased: recipients at one domain with one finding share a line. */
function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at >= 0 ? address.slice(at + 1).toLowerCase() : "";
}

/** How much a finding weighs: what goes first when not everything fits is what weighs least. */
const WEIGHT: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

/** One line of the alert: a flagged address, or several at one domain with the same finding. */
interface AlertLine {
  /** The address, or "25 recipients at army.ml": shown in bold in the Markdown. */
  who: string;
  /** How many addresses the line stands for (0: a finding about the whole message). */
  count: number;
  message: string;
  weight: number;
}

/** Says each thing once: recipients at the same domain with the same first finding make one line. */
function groupLines(recipients: readonly FlaggedRecipient[], c: Catalogue): AlertLine[] {
  const lines: AlertLine[] = [];
  const byKey = new Map<string, { line: AlertLine; domain: string }>();
  for (const r of recipients) {
    const message = firstMessage(r, c);
    const lead = leadingFinding(r.findings);
    const domain = domainOf(r.emailAddress);
    const key = `${domain}\u0000${lead?.code ?? ""}\u0000${message}`;
    const group = domain ? byKey.get(key) : undefined;
    if (group) {
      group.line.count++;
      group.line.who = say(c, "alert.at-domain", {
        count: group.line.count,
        domain: visibleText(group.domain),
      });
      continue;
    }
    const line: AlertLine = {
      who: visibleText(r.emailAddress),
      count: 1,
      message: visibleText(message),
      weight: WEIGHT[lead?.severity ?? "warn"] ?? 1,
    };
    lines.push(line);
    if (domain) byKey.set(key, { line, domain });
  }
  return lines;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The first `n` code units of `text`, one fewer rather than half of a surrogate pair. */
function head(text: string, n: number): string {
  return text.slice(0, n > 0 && isHighSurrogate(text.charCodeAt(n - 1)) ? n - 1 : n);
}

/** The last `n` code units of `text`, one fewer rather than half of a surrogate pair. */
function tail(text: string, n: number): string {
  if (n <= 0) return "";
  const from = text.length - n;
  return text.slice(from > 0 && isLowSurrogate(text.charCodeAt(from)) ? from + 1 : from);
}

/**
 * One long run of text without spaces (an address, a domain, a name) in at most `most` code
 * units, its middle left out: an address keeps the start of the part before the @ and the whole
 * domain where it can, anything else its start and its end.
 */
export function shortenValue(value: string, most: number): string {
  if (value.length <= most) return value;
  const at = value.lastIndexOf("@");
  if (at > 0) {
    const domain = value.slice(at);
    const room = most - domain.length - 1;
    if (room >= 4) return `${head(value, room)}…${domain}`;
  }
  const start = Math.ceil((most - 1) / 2);
  return `${head(value, start)}…${tail(value, most - 1 - start)}`;
}

/**
 * Text with every run of more than `most` characters without a space (an address, a domain; not
 * Japanese or Chinese writing, nor its punctuation) shortened by shortenValue.
 */
export function shortenValues(text: string, most: number): string {
  if (!(most < text.length)) return text;
  return text.replace(new RegExp(`[^\\s\\u3000-\\u9fff\\uff00-\\uffef]{${most + 1},}`, "g"), (run) =>
    shortenValue(run, most),
  );
}

/**
 * Text cut to at most `max` code units, ending with "…": between words, or, in a language written
 * without spaces (Japanese), between characters, never inside a surrogate pair. Text with no space
 * to cut at is cut between characters too.
 */
export function cutText(text: string, max: number, c: Catalogue): string {
  if (text.length <= max) return text;
  let kept = head(text, Math.max(0, max - 1));
  if (c.language !== "ja") {
    const space = text.charAt(kept.length) === " " ? kept.length : kept.lastIndexOf(" ");
    if (space > 0) kept = kept.slice(0, space);
  }
  // Nothing dangles before the ellipsis: no space, nor a comma or colon with nothing after it.
  return `${kept.replace(/[\s,;:、，：\u00a0]+$/, "")}…`;
}

/** Ever shorter long values, tried in turn until the text fits: none shortened first. */
const VALUE_LIMITS = [Infinity, 64, 40, 24];

/**
 * The Smart Alert's words: a headline, up to three lines of what is wrong (recipients at one domain
 * with one finding share a line), and what to do. Plain text and Markdown carry the same content;
 * every piece that came from the message is escaped in the Markdown and stripped of invisible
 * characters in both.
 *
 * Each stays within Outlook's 500-character limit without cutting the headline, the advice or a
 * finding's reason where it can: long values (addresses, domains) are shortened in the middle
 * first, then the findings that weigh least are left out, counted ("And 2 more problems…"). Only
 * a single finding too long on its own is cut, between words.
 */
export function buildAlertText(
  context: AlertContext,
  canOverride: boolean,
  c: Catalogue = defaultCatalogue,
): AlertText {
  const top = headline(context, c);
  const advice = closing(context, canOverride, c);
  const lines = groupLines(context.recipients, c);
  const listed = lines.slice(0, MAX_LISTED);
  const unlisted = lines.slice(listed.length).reduce((sum, line) => sum + line.count, 0);
  const all: AlertLine[] = listed.concat(
    context.messageFindings.map((f) => ({
      who: "",
      count: 0,
      message: visibleText(f.message),
      weight: WEIGHT[f.severity] ?? 1,
    })),
  );
  // What stays when not everything fits: what weighs most, the first of equals first.
  const staying = all.map((_line, i) => i).sort((a, b) => all[b]!.weight - all[a]!.weight || a - b);

  const mdHead = `**${escapeMarkdown(top)}**`;
  const mdTail = escapeMarkdown(advice);
  const render = (shown: readonly AlertLine[], most: number, cut?: number): AlertText => {
    let addresses = unlisted;
    let others = 0;
    for (const line of all) {
      if (shown.indexOf(line) >= 0) continue;
      if (line.count > 0) addresses += line.count;
      else others++;
    }
    const total = addresses + others;
    const more =
      total === 0
        ? ""
        : others === 0
          ? addresses === 1
            ? c.text["alert.more-one"]
            : say(c, "alert.more-many", { count: addresses })
          : total === 1
            ? c.text["alert.more-problem"]
            : say(c, "alert.more-problems", { count: total });
    const pieces = shown.map((line) => {
      const message = shortenValues(line.message, most);
      return {
        who: shortenValues(line.who, most),
        message: cut === undefined ? message : cutText(message, cut, c),
      };
    });
    const plain = [
      top,
      ...pieces.map(({ who, message }) => `• ${who ? say(c, "alert.line", { who, message }) : message}`),
      more,
      advice,
    ]
      .filter(Boolean)
      .join("\n");
    const list = pieces
      .map(
        ({ who, message }) =>
          `- ${who ? say(c, "alert.line", { who: `**${escapeMarkdown(who)}**`, message: escapeMarkdown(message) }) : escapeMarkdown(message)}${MD_ITEM_END}`,
      )
      .join("");
    const markdown = [mdHead, list, more && escapeMarkdown(more), mdTail].filter(Boolean).join(MD_NEW_LINE);
    return { errorMessage: plain, errorMessageMarkdown: markdown, cancelLabel: reviewLabel(c) };
  };
  const fits = (text: AlertText): boolean =>
    text.errorMessage.length <= ALERT_LIMITS.errorMessage &&
    text.errorMessageMarkdown.length <= ALERT_LIMITS.errorMessageMarkdown;

  // Every line whole, then long values shortened, then fewer lines: those that weigh most, and any
  // other that still fits, in the order they came.
  for (const most of VALUE_LIMITS) {
    const text = render(all, most);
    if (fits(text)) return text;
  }
  let best: AlertText | undefined;
  let bestCount = 0;
  for (const most of VALUE_LIMITS) {
    const kept: number[] = [];
    let text: AlertText | undefined;
    for (const i of staying) {
      const tried = render(
        all.filter((_line, j) => j === i || kept.indexOf(j) >= 0),
        most,
      );
      if (!fits(tried)) {
        // Never the others without the one that weighs most.
        if (kept.length === 0) break;
        continue;
      }
      kept.push(i);
      text = tried;
    }
    if (text && kept.length > bestCount) {
      best = text;
      bestCount = kept.length;
    }
  }
  if (best) return best;
  // One line too long on its own: cut between words, as little as will do.
  const first = all.filter((_line, i) => i === staying[0]);
  for (let cut = ALERT_LIMITS.errorMessage; first.length > 0 && cut > 20; cut -= 5) {
    const text = render(first, VALUE_LIMITS[VALUE_LIMITS.length - 1]!, cut);
    if (fits(text)) return text;
  }
  const bare = render([], VALUE_LIMITS[VALUE_LIMITS.length - 1]!);
  return {
    errorMessage: truncate(bare.errorMessage, ALERT_LIMITS.errorMessage),
    errorMessageMarkdown: fits(bare) ? bare.errorMessageMarkdown : `${mdHead}${MD_NEW_LINE}${mdTail}`,
    cancelLabel: reviewLabel(c),
  };
}

/** A reason in at most `max` code units: its first sentences where they say enough, else cut between words. */
function cutReason(reason: string, max: number, c: Catalogue): string {
  if (reason.length <= max) return reason;
  const ends = /[.!?。？！](?=\s|$)/g;
  let end = 0;
  for (let m = ends.exec(reason); m && m.index < max; m = ends.exec(reason)) end = m.index + 1;
  return end >= max / 2 ? reason.slice(0, end) : cutText(reason, max, c);
}

/** Outlook's limit on the text of a message's notification bar (the early warning). */
export const WARNING_LIMIT = 150;

/**
 * The early warning's line on the message while the user writes: "Check ops@army.ml: … (+1 more)",
 * within WARNING_LIMIT. As the alert does, it shortens long values before cutting, and cuts only
 * between words; when the reason must be cut and there is an address that was meant, it says that
 * first ("Check ops@army.ml: did you mean ops@army.mil? ".ml" is Mali's domain…").
 */
export function warningText(
  flagged: readonly { emailAddress: string; message: string; suggestion?: string }[],
  c: Catalogue = defaultCatalogue,
): string {
  const first = flagged[0];
  if (!first) return "";
  const address = visibleText(first.emailAddress);
  const message = visibleText(first.message);
  const suggestion = first.suggestion ? visibleText(first.suggestion) : "";
  const withMore = (line: string): string =>
    flagged.length > 1 ? say(c, "warning.more", { line, count: flagged.length - 1 }) : line;
  for (const most of VALUE_LIMITS) {
    const text = withMore(
      say(c, "warning.line", { address: shortenValue(address, most), message: shortenValues(message, most) }),
    );
    if (text.length <= WARNING_LIMIT) return text;
  }
  // The reason must be cut: as little of it as will do, and the address meant said first.
  const most = VALUE_LIMITS[VALUE_LIMITS.length - 1]!;
  const build = (reason: string): string =>
    withMore(
      suggestion
        ? say(c, "warning.suggest", {
            address: shortenValue(address, most),
            suggestion: shortenValue(suggestion, most),
            message: reason,
          })
        : say(c, "warning.line", { address: shortenValue(address, most), message: reason }),
    );
  const reason = shortenValues(message, most);
  const room = WARNING_LIMIT - build("").length;
  const text = build(room > 10 ? cutReason(reason, room, c) : "");
  return truncate(text.replace(/ {2,}/g, " ").trim(), WARNING_LIMIT);
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
