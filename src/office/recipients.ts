/** Reading and writing To, Cc and Bcc through the adapter's calls. ES2016 only. */
import {
  RECIPIENT_FIELDS,
  toRecipientEntry,
  type ItemKind,
  type RecipientEntry,
  type RecipientField,
  type RecipientsByField,
} from "../shared/alert-context";
import type { MessageKey } from "../checker/messages/catalogue";
import { defaultCatalogue } from "../checker/messages/default";
import { OfficeCallError, couldNot, type AsyncCallback, type OfficeCaller } from "./call";

export interface RecipientInputLike {
  emailAddress: string;
  displayName: string;
}

/** The part of Office.js's `Recipients` used. */
export interface RecipientsApi {
  getAsync(callback: AsyncCallback<unknown>): void;
  setAsync?(recipients: RecipientInputLike[], callback: AsyncCallback): void;
  addAsync?(recipients: RecipientInputLike[], callback: AsyncCallback): void;
}

/**
 * Each field's Office.js property. A meeting's (AppointmentCompose, Mailbox 1.0; their getAsync and
 * setAsync 1.1): the required attendees stand where a message's To is, the optional ones where Cc
 * is, and a meeting has no Bcc.
 */
export const FIELD_PROPERTIES: Record<
  ItemKind,
  Partial<Record<RecipientField, "to" | "cc" | "bcc" | "requiredAttendees" | "optionalAttendees">>
> = {
  message: { to: "to", cc: "cc", bcc: "bcc" },
  meeting: { to: "requiredAttendees", cc: "optionalAttendees" },
};

export type ComposeRecipients = Partial<
  Record<RecipientField | "requiredAttendees" | "optionalAttendees", RecipientsApi | undefined>
> & { itemType?: unknown };

/** The catalogue entries that name each field as Outlook does: a message's, then a meeting's. */
const FIELD_KEYS: Record<ItemKind, Record<RecipientField, MessageKey>> = {
  message: { to: "field.to", cc: "field.cc", bcc: "field.bcc" },
  meeting: { to: "field.required", cc: "field.optional", bcc: "field.bcc" },
};

const names = defaultCatalogue.text;

/** What each field is called where the user sees it, in the bundle's language. */
export const FIELD_NAMES: Record<ItemKind, Record<RecipientField, string>> = {
  message: { to: names["field.to"], cc: names["field.cc"], bcc: names["field.bcc"] },
  meeting: { to: names["field.required"], cc: names["field.optional"], bcc: names["field.bcc"] },
};

/** The field's name in the caller's language. */
const fieldName = (caller: OfficeCaller, item: unknown, field: RecipientField): string =>
  caller.say(FIELD_KEYS[itemKindOf(item)][field]);

/** `item.itemType` (Mailbox 1.0) is "appointment" while the user organises a meeting. */
export function itemKindOf(item: unknown): ItemKind {
  return (item as { itemType?: unknown } | null)?.itemType === "appointment" ? "meeting" : "message";
}

/** Outlook takes at most 100 recipients in one setAsync or addAsync call. */
export const RECIPIENTS_PER_CALL = 100;

/** The field's Office.js object; null for a meeting's Bcc, which does not exist. */
function recipientsOf(
  caller: OfficeCaller,
  item: ComposeRecipients,
  field: RecipientField,
): RecipientsApi | null {
  const name = FIELD_PROPERTIES[itemKindOf(item)][field];
  if (!name) return null;
  const api = item[name];
  if (!api || typeof api.getAsync !== "function") {
    throw new OfficeCallError(`${caller.say("office.no-field", { field: fieldName(caller, item, field) })}.`);
  }
  return api;
}

export function readField(
  caller: OfficeCaller,
  item: ComposeRecipients,
  field: RecipientField,
  timeoutMs: number,
): Promise<RecipientEntry[]> {
  const what = caller.say("office.read-field", { field: fieldName(caller, item, field) });
  let api: RecipientsApi | null;
  try {
    api = recipientsOf(caller, item, field);
  } catch (error) {
    return Promise.reject(error);
  }
  if (!api) return Promise.resolve([]);
  const from = api;
  return caller
    .call<unknown>("recipients.getAsync", what, (cb) => from.getAsync(cb), timeoutMs)
    .then((value) => {
      if (!Array.isArray(value)) throw couldNot(what, caller.say("office.no-list"), caller.say);
      // Array.from turns the holes of a sparse list into unreadable entries.
      return Array.from(value as unknown[], toRecipientEntry);
    });
}

/** Reads To, Cc and Bcc (a meeting's attendees); the calls go out together and the adapter's queue paces them. */
export function readRecipients(
  caller: OfficeCaller,
  item: ComposeRecipients,
  timeoutMs: number,
): Promise<RecipientsByField> {
  return Promise.all(RECIPIENT_FIELDS.map((field) => readField(caller, item, field, timeoutMs))).then(
    (lists) => ({ to: lists[0]!, cc: lists[1]!, bcc: lists[2]! }),
  );
}

/** Writes a whole field: setAsync with the first 100, then addAsync 100 at a time. */
export async function writeField(
  caller: OfficeCaller,
  item: ComposeRecipients,
  field: RecipientField,
  list: readonly RecipientEntry[],
  timeoutMs: number,
): Promise<void> {
  const label = fieldName(caller, item, field);
  const api = recipientsOf(caller, item, field);
  if (!api) throw new OfficeCallError(`${caller.say("office.no-meeting-field", { field: label })}.`);
  const input = list.map((r) => ({
    emailAddress: r.emailAddress,
    displayName: r.displayName || r.emailAddress,
  }));
  const set = api.setAsync;
  if (typeof set !== "function")
    throw new OfficeCallError(`${caller.say("office.cannot-change", { field: label })}.`);
  await caller.call<unknown>(
    "recipients.setAsync",
    caller.say("office.change-field", { field: label }),
    (cb) => set.call(api, input.slice(0, RECIPIENTS_PER_CALL), cb),
    timeoutMs,
  );
  for (let start = RECIPIENTS_PER_CALL; start < input.length; start += RECIPIENTS_PER_CALL) {
    const add = api.addAsync;
    if (typeof add !== "function") {
      throw new OfficeCallError(
        `${caller.say("office.cannot-add", { count: RECIPIENTS_PER_CALL, field: label })}.`,
      );
    }
    await caller.call<unknown>(
      "recipients.addAsync",
      caller.say("office.add-field", { field: label }),
      (cb) => add.call(api, input.slice(start, start + RECIPIENTS_PER_CALL), cb),
      timeoutMs,
    );
  }
}

/**
 * The signed-in user's own address (`mailbox.userProfile.emailAddress`, Mailbox 1.1, read item),
 * whose domain counts as inside the organisation; undefined where Outlook does not give it.
 */
export function ownAddress(office: unknown): string | undefined {
  try {
    const value = (office as { context: { mailbox: { userProfile: { emailAddress: unknown } } } }).context
      .mailbox.userProfile.emailAddress;
    return typeof value === "string" && value.indexOf("@") > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}
