/**
 * What a message carries besides its recipients, for the attachments rule: its attachments
 * (item.getAttachmentsAsync, Mailbox 1.8, read item, MessageCompose and AppointmentCompose) and its
 * subject (item.subject.getAsync, 1.1, read item). A client without getAttachmentsAsync (phones,
 * Mailbox 1.5) lists none, and the rule then has nothing to say. ES2016 only.
 */
import type { AttachmentInput, MessageContent } from "../checker/attachments";
import { errorMessage } from "../shared/display-text";
import type { AsyncCallback, OfficeCaller } from "./call";

/** The part of a compose item read here. */
export interface ContentItem {
  getAttachmentsAsync?(callback: AsyncCallback<unknown>): void;
  subject?: { getAsync?(callback: AsyncCallback<unknown>): void };
}

/** One entry of getAttachmentsAsync's list, whatever Outlook put there (formatSize ignores a bad size). */
function toAttachment(value: unknown): AttachmentInput {
  const v = (value || {}) as { name?: unknown; size?: unknown; isInline?: unknown };
  return {
    name: typeof v.name === "string" ? v.name : "",
    size: Number(v.size) || 0,
    inline: v.isInline === true,
  };
}

/** The item's attachments; undefined where the client cannot list them. */
export function readAttachments(
  caller: OfficeCaller,
  item: unknown,
  timeoutMs: number,
): Promise<AttachmentInput[] | undefined> {
  const list = item ? (item as ContentItem).getAttachmentsAsync : undefined;
  if (typeof list !== "function" || !caller.offers("item.getAttachmentsAsync"))
    return Promise.resolve(undefined);
  const what = caller.say("office.list-attachments");
  return caller
    .call<unknown>("item.getAttachmentsAsync", what, (cb) => list.call(item, cb), timeoutMs)
    .then((value) => {
      if (!Array.isArray(value))
        throw new Error(caller.say("office.failed-why", { what, reason: caller.say("office.no-list") }));
      return Array.from(value as unknown[], toAttachment);
    });
}

/** The item's subject (a meeting's title); undefined where the item offers none. */
export function readSubject(
  caller: OfficeCaller,
  item: unknown,
  timeoutMs: number,
): Promise<string | undefined> {
  const subject = item ? (item as ContentItem).subject : undefined;
  const get = subject && subject.getAsync;
  if (typeof get !== "function") return Promise.resolve(undefined);
  return caller
    .call<unknown>(
      "subject.getAsync",
      caller.say("office.read-subject"),
      (cb) => get.call(subject, cb),
      timeoutMs,
    )
    .then((value) => (typeof value === "string" ? value : ""));
}

/**
 * The attachments, and the subject when `subject` is asked for (only keyword lists need it). Never
 * rejects: when Outlook fails to give either, the content says why (`unread`) and the check goes on
 * with the recipients.
 */
export function readContent(
  caller: OfficeCaller,
  item: unknown,
  timeoutMs: number,
  subject: boolean,
): Promise<MessageContent | undefined> {
  return Promise.all([
    readAttachments(caller, item, timeoutMs),
    subject ? readSubject(caller, item, timeoutMs) : undefined,
  ]).then(
    ([attachments, text]): MessageContent | undefined =>
      attachments === undefined && text === undefined ? undefined : { attachments, subject: text },
    (error: unknown): MessageContent => ({ unread: errorMessage(error).replace(/\.$/, "") }),
  );
}
