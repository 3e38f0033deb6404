/**
 * Attachments going outside (issue 12, part 3): what a message carries to recipients outside the
 * organisation, and the organisation's keywords (`OFFICIAL-SENSITIVE`, `personal data`) found in
 * its subject or in an attachment's name. Pure: the send handler and the pane read the attachments
 * and the subject from Outlook and pass them in (CheckContext.content). ES2016 only.
 * The findings carry evidence; the message catalogues (messages/) put it into words.
 */
import { hasNonAscii } from "./domain";
import type { Evidence } from "./evidence";
import type { Action, FindingCode, Severity } from "./findings";
import { fill } from "./messages/catalogue";
import { invisibleKind } from "./unicode";

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
  evidence: Evidence;
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
    if (c <= SPACE || invisibleKind(c) === undefined) kept += folded.slice(i, i + width);
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

/** The words formatSize needs, as a message catalogue's `text` has them. */
export type SizeWords = Readonly<
  Record<"size.byte" | "size.bytes" | "size.kb" | "size.mb" | "size.gb" | "decimalPoint", string>
>;

const SIZE_UNITS = ["size.kb", "size.mb", "size.gb"] as const;

/**
 * Bytes in the units Outlook shows (1 KB = 1,024 bytes), in the words of a catalogue: "1.2 MB",
 * "1,2 Mo", "512 bytes"; empty when the size is not known. The decimal separator is the
 * catalogue's own: no Intl, which the send handler's ES2016 runtime may lack.
 */
export function formatSize(bytes: number, words: SizeWords): string {
  if (!(bytes > 0)) return "";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return bytes === 1 ? words["size.byte"] : fill(words["size.bytes"], { count: bytes });
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return fill(words[SIZE_UNITS[unit - 1]!], { size: String(rounded).replace(".", words.decimalPoint) });
}

/** The attachments that are attachments to the reader: inline images are part of the body. */
export function realAttachments(content: MessageContent | undefined): AttachmentInput[] {
  const list = content && content.attachments ? content.attachments : [];
  return list.filter((a) => a && !a.inline);
}

// ---- the rule ----

/**
 * The findings about what a message carries outside: `outside` are the registrable domains outside
 * the organisation it goes to (none: nothing to say). A keyword list reports the first of its words
 * found in the subject, and in each attachment's name that has one. When Outlook failed to give the
 * content, the policy's check-failed action applies if the policy acts on content (keyword lists,
 * or an action other than allow for external attachments); otherwise it is a note. `isNew`, where
 * the policy leaves external-attachments at its default, tells the domains new to the user: files
 * going there are a warning.
 */
export function contentFindings(
  actions: Readonly<Record<FindingCode, Action>>,
  keywords: readonly KeywordList[],
  outsideOf: () => readonly string[],
  content: MessageContent | undefined,
  meeting = false,
  isNew?: (domain: string) => boolean,
): ContentFinding[] {
  const out: ContentFinding[] = [];
  // Nothing to say about a message with no attachments, no subject to search and nothing unread:
  // then the outside domains (a look-up for every recipient) are never worked out.
  if (!content) return out;
  const attachments = realAttachments(content);
  const searched = keywords.length > 0 && typeof content.subject === "string";
  if (content.unread === undefined && attachments.length === 0 && !searched) return out;
  const outside = outsideOf();
  if (outside.length === 0) return out;
  if (content.unread !== undefined) {
    const matters = keywords.length > 0 || actions["external-attachments"] !== "allow";
    out.push({
      code: "check-failed",
      evidence: { says: "content-unread", reason: content.unread },
      severity: matters ? undefined : "info",
    });
  }
  const places = outside.slice();
  if (attachments.length > 0) {
    const one = attachments.length === 1 ? ".one" : "";
    const made: ContentFinding = {
      code: "external-attachments",
      evidence: {
        says: meeting ? `attachments.meeting${one}` : `attachments${one}`,
        count: attachments.length,
        places,
        files: attachments.map((a) => ({ name: a.name, size: a.size })),
      },
    };
    // Files going to a domain the user has never written to are worth a second look.
    const newTo = isNew ? places.filter(isNew) : [];
    if (newTo.length > 0) {
      (made.evidence as { newTo?: string[] }).newTo = newTo;
      made.severity = "warn";
    }
    out.push(made);
  }
  if (keywords.length === 0) return out;
  const subject = typeof content.subject === "string" ? ` ${matchForm(content.subject)} ` : "";
  const names = attachments.map((a) => ` ${matchForm(a.name)} `);
  for (const list of keywords) {
    const severity: Severity = list.action === "allow" ? "info" : list.action;
    const found: Evidence[] = [];
    const word = firstWordIn(list, subject);
    if (word !== undefined)
      found.push({ says: meeting ? "keyword.subject.meeting" : "keyword.subject", word, places });
    // Every attachment that carries one of the list's words is named, not only the first place.
    for (let i = 0; i < names.length; i++) {
      const inName = firstWordIn(list, names[i]!);
      if (inName !== undefined)
        found.push({ says: "keyword.attachment", word: inName, name: attachments[i]!.name, places });
    }
    for (const evidence of found) out.push({ code: "sensitive-keyword", evidence, severity });
  }
  return out;
}
