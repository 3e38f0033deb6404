/**
 * Attachments going outside (issue 12, part 3): what a message carries to recipients outside the
 * organisation, and the organisation's keywords (`OFFICIAL-SENSITIVE`, `personal data`) found in
 * its subject or in an attachment's name. Pure: the send handler and the pane read the attachments
 * and the subject from Outlook and pass them in (CheckContext.content). ES2016 only.
 *
 * The English sentences are each in one small function below, so that they can move into a
 * message catalogue with the rest of the checker's wording.
 */
import { hasNonAscii, hostToUnicode } from "./domain";
import type { Action, FindingCode, Severity } from "./findings";
import { invisibleCharacterName } from "./unicode";

/** One attachment as Outlook lists it (AttachmentDetailsCompose: name, size in bytes, isInline). */
export interface AttachmentInput {
  name: string;
  /** Bytes; 0 where Outlook does not say (classic Outlook gives 0 for an attached Outlook item). */
  size: number;
  /** An image shown in the body: not an attachment to the reader, and never counted here. */
  inline?: boolean;
}

/** What the message carries besides its recipients, as read from Outlook. */
export interface MessageContent {
  /** Absent where the client cannot list attachments (before Mailbox 1.8, phones). */
  attachments?: readonly AttachmentInput[];
  /** Absent where it was not read (no keyword lists in the policy). */
  subject?: string;
  /** Why Outlook failed to give the attachments or the subject, when it did. */
  unread?: string;
}

/** One keyword list of the policy, resolved: its words as written and as matched, and its action. */
export interface KeywordList {
  words: string[];
  /** The words in matchForm, in the same order. */
  forms: string[];
  action: Action;
}

/** A finding of this rule, before the checker gives it its severity. */
export interface ContentFinding {
  code: FindingCode;
  message: string;
  /** Set where the policy's action for the code does not decide (a keyword list's own action). */
  severity?: Severity;
}

const SPACE = 32;

/** Letters of scripts written without spaces between words (Thai, kana, CJK, Hangul). */
const UNSPACED = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * Runs of what separates words, after NFKC and lower-casing: white space, ASCII punctuation and
 * symbols, Latin-1's, general and CJK punctuation, arrows, mathematical and other symbols, emoji
 * (U+1F000 on). Letters and digits of every script, and combining marks, are not separators.
 */
const SEPARATORS =
  /(?:[\0-/:-`{-\xa9\xab-\xb4\xb6-\xb9\xbb-\xbf\xd7\xf7\u2000-\u2bff\u2e00-\u2e7f\u3000-\u303f\ufe10-\ufe6f]|[\ud83c-\ud83f][\udc00-\udfff])+/g;

/**
 * Text as keywords are matched in it: NFKC (full-width and other compatibility forms become plain
 * letters), lower case, invisible characters dropped (so `SE\u200BCRET` is still `secret`), and each
 * run of separators one space: `OFFICIAL-SENSITIVE`, `Official_Sensitive` and `official sensitive`
 * are the same words.
 */
export function matchForm(text: string): string {
  const folded = (hasNonAscii(text) ? text.normalize("NFKC") : text).toLowerCase();
  let kept = "";
  for (let i = 0; i < folded.length;) {
    const c = folded.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    // An invisible character joins what is on either side; white space and controls separate.
    if (c <= SPACE || invisibleCharacterName(c) === undefined) kept += folded.slice(i, i + width);
    i += width;
  }
  return kept.replace(SEPARATORS, " ").trim();
}

/**
 * Whether `form` (a keyword's matchForm) is in `text` (matchForm of the text, with a space at each
 * end) as whole words: `secret` is not in `secretary`. Where the keyword starts or ends in a script
 * written without spaces, that end may touch other letters.
 */
export function containsWords(text: string, form: string): boolean {
  if (form === "") return false;
  const openStart = UNSPACED.test(form[0]!);
  const openEnd = UNSPACED.test(form[form.length - 1]!);
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (
      (openStart || text.charCodeAt(at - 1) === SPACE) &&
      (openEnd || text.charCodeAt(at + form.length) === SPACE)
    )
      return true;
  }
  return false;
}

/** The first word of a list found in `text` (matchForm with spaces at both ends), as written. */
function firstWordIn(list: KeywordList, text: string): string | undefined {
  for (let i = 0; i < list.forms.length; i++) if (containsWords(text, list.forms[i]!)) return list.words[i];
  return undefined;
}

/** Bytes in the units Outlook shows (1 KB = 1,024 bytes); empty when the size is not known. */
export function formatSize(bytes: number): string {
  if (!(bytes > 0)) return "";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  return `${value < 10 ? Math.round(value * 10) / 10 : Math.round(value)} ${["", "KB", "MB", "GB"][unit]!}`;
}

/** The attachments that are attachments to the reader: inline images are part of the body. */
export function realAttachments(content: MessageContent | undefined): AttachmentInput[] {
  const list = content && content.attachments ? content.attachments : [];
  return list.filter((a) => a && !a.inline);
}

// ---- wording: one function per finding ----

const listed = (items: readonly string[], most = 3): string => {
  const shown = items.slice(0, most);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  return shown.length > 1
    ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]!}`
    : shown.join("");
};

const domainsText = (domains: readonly string[]): string => listed(domains.map((d) => hostToUnicode(d)));

const attachmentText = (a: AttachmentInput): string => {
  const size = formatSize(a.size);
  return size ? `${a.name} (${size})` : a.name;
};

/** external-attachments: what goes outside, and to where. */
export function externalAttachmentsMessage(
  attachments: readonly AttachmentInput[],
  domains: readonly string[],
  meeting: boolean,
): string {
  const n = attachments.length;
  return `This ${meeting ? "invitation" : "message"} takes ${n === 1 ? "an attachment" : `${n} attachments`} outside your organisation, to ${domainsText(domains)}: ${listed(attachments.map(attachmentText))}.`;
}

/** sensitive-keyword, in the subject. */
export function keywordInSubjectMessage(word: string, domains: readonly string[], meeting: boolean): string {
  return `The subject says "${word}", and this ${meeting ? "invitation" : "message"} goes outside your organisation, to ${domainsText(domains)}.`;
}

/** sensitive-keyword, in an attachment's name. */
export function keywordInAttachmentMessage(word: string, name: string, domains: readonly string[]): string {
  return `The attachment "${name}" is marked "${word}", and it goes outside your organisation, to ${domainsText(domains)}.`;
}

/** check-failed (or a note): Outlook did not give the attachments or the subject. */
export function contentUnreadMessage(reason: string): string {
  return `Recipient Guard could not read the attachments and subject (${reason}), so they were not checked.`;
}

// ---- the rule ----

/**
 * The findings about what a message carries outside: `outside` are the registrable domains outside
 * the organisation it goes to (none: nothing to say). A keyword list reports the first of its words
 * found, in the subject first, then in each attachment's name. When Outlook failed to give the
 * content, the policy's check-failed action applies if the policy acts on content (keyword lists,
 * or an action other than allow for external attachments); otherwise it is a note.
 */
export function contentFindings(
  actions: Readonly<Record<FindingCode, Action>>,
  keywords: readonly KeywordList[],
  outside: readonly string[],
  content: MessageContent | undefined,
  meeting = false,
): ContentFinding[] {
  const out: ContentFinding[] = [];
  if (!content || outside.length === 0) return out;
  if (content.unread !== undefined) {
    const matters = keywords.length > 0 || actions["external-attachments"] !== "allow";
    out.push({
      code: "check-failed",
      message: contentUnreadMessage(content.unread),
      severity: matters ? undefined : "info",
    });
  }
  const attachments = realAttachments(content);
  if (attachments.length > 0)
    out.push({
      code: "external-attachments",
      message: externalAttachmentsMessage(attachments, outside, meeting),
    });
  if (keywords.length === 0) return out;
  const subject = typeof content.subject === "string" ? ` ${matchForm(content.subject)} ` : "";
  const names = attachments.map((a) => ` ${matchForm(a.name)} `);
  for (const list of keywords) {
    const severity: Severity = list.action === "allow" ? "info" : list.action;
    let message: string | undefined;
    const word = firstWordIn(list, subject);
    if (word !== undefined) message = keywordInSubjectMessage(word, outside, meeting);
    for (let i = 0; message === undefined && i < names.length; i++) {
      const found = firstWordIn(list, names[i]!);
      if (found !== undefined) message = keywordInAttachmentMessage(found, attachments[i]!.name, outside);
    }
    if (message !== undefined) out.push({ code: "sensitive-keyword", message, severity });
  }
  return out;
}
