/**
 * Where the add-in keeps what it must remember: Office's roaming settings (per mailbox, 32 KB, late
 * to reach other runtimes: office-js #6728, #5650) and, for a decision about the message being
 * written, the item's session data.
 *
 * Why session data for that decision: it is Mailbox 1.11, below the manifest's 1.12 floor, so every
 * client that runs the send check has it; it belongs to the message being written, is readable by
 * the send handler in that same compose item at once, and is never sent. The alternatives fail one
 * of those: internet headers (1.8) travel with the message to every recipient, exposing the user's
 * trusted domains; custom properties need loadCustomPropertiesAsync plus saveAsync (two more calls
 * under the 3-call limit) and are written into the stored item. ES2016 only.
 */
import type { SettingsStore } from "../shared/policy-store";
import type { AsyncCallback, OfficeCaller } from "./call";

/** The part of Office.js's RoamingSettings used. */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: AsyncCallback): void;
}

/** A SettingsStore over roaming settings; null where the runtime has none. */
export function roamingSettingsStore(
  settings: RoamingSettingsLike | undefined | null,
  caller: OfficeCaller,
  timeoutMs: number,
): SettingsStore | null {
  if (!settings || typeof settings.get !== "function") return null;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () =>
      caller
        .call<unknown>(
          "roamingSettings.saveAsync",
          caller.say("office.save-settings"),
          (cb) => settings.saveAsync(cb),
          timeoutMs,
        )
        .then(() => undefined),
  };
}

/** The part of Office.js's SessionData used. */
export interface SessionDataLike {
  getAsync(name: string, callback: AsyncCallback<string>): void;
  getAllAsync?(callback: AsyncCallback<unknown>): void;
  setAsync(name: string, value: string, callback: AsyncCallback): void;
}

function sessionDataOf(item: unknown): SessionDataLike | null {
  const data =
    item !== null && typeof item === "object" ? (item as { sessionData?: unknown }).sessionData : undefined;
  return data !== null &&
    typeof data === "object" &&
    typeof (data as SessionDataLike).getAsync === "function" &&
    typeof (data as SessionDataLike).setAsync === "function"
    ? (data as SessionDataLike)
    : null;
}

/** Whether decisions can be kept on this item (Mailbox 1.11 session data; phones' too). */
export function hasSessionData(caller: OfficeCaller, item: unknown): boolean {
  return caller.offers("sessionData.setAsync") && sessionDataOf(item) !== null;
}

/**
 * Reads one value kept on the item, parsed from JSON; undefined when there is none, it cannot be
 * read or it is not JSON (the caller then goes by roaming settings).
 */
export function readItemValue(
  caller: OfficeCaller,
  item: unknown,
  name: string,
  timeoutMs: number,
): Promise<unknown> {
  const data = sessionDataOf(item);
  if (!data || !caller.offers("sessionData.getAsync")) return Promise.resolve(undefined);
  return caller
    .call<string>(
      "sessionData.getAsync",
      "read this message's settings",
      (cb) => data.getAsync(name, cb),
      timeoutMs,
    )
    .then(keptValue, () => undefined);
}

/** A value as the add-in keeps it on the item (JSON text); undefined when absent or not JSON. */
function keptValue(text: unknown): unknown {
  if (typeof text !== "string" || text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The values kept on the item under `names`, each parsed from JSON: in one call where the client
 * has getAllAsync (Mailbox 1.11; the send reads several, and Outlook takes few calls at a time),
 * else one readItemValue each. A value that is absent, unreadable or not JSON is left out.
 */
export function readItemValues(
  caller: OfficeCaller,
  item: unknown,
  names: readonly string[],
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const data = sessionDataOf(item);
  const values: Record<string, unknown> = {};
  if (!data || !caller.offers("sessionData.getAllAsync")) return Promise.resolve(values);
  const getAll = data.getAllAsync;
  if (typeof getAll !== "function")
    return Promise.all(names.map((name) => readItemValue(caller, item, name, timeoutMs))).then((read) => {
      for (let i = 0; i < names.length; i++) if (read[i] !== undefined) values[names[i]!] = read[i];
      return values;
    });
  return caller
    .call<unknown>(
      "sessionData.getAllAsync",
      "read this message's settings",
      (cb) => getAll.call(data, cb),
      timeoutMs,
    )
    .then(
      (all) => {
        for (const name of names) {
          const value = keptValue(
            all !== null && typeof all === "object" ? (all as Record<string, unknown>)[name] : undefined,
          );
          if (value !== undefined) values[name] = value;
        }
        return values;
      },
      () => values,
    );
}

/** Keeps one value on the item as JSON text. */
export function writeItemValue(
  caller: OfficeCaller,
  item: unknown,
  name: string,
  value: unknown,
  timeoutMs: number,
): Promise<void> {
  const data = sessionDataOf(item);
  if (!data || !caller.offers("sessionData.setAsync"))
    return Promise.reject(new Error("this Outlook keeps no data on a message"));
  const text = JSON.stringify(value);
  return caller
    .call<unknown>(
      "sessionData.setAsync",
      "keep the decision on this message",
      (cb) => data.setAsync(name, text, cb),
      timeoutMs,
    )
    .then(() => undefined);
}

/** The part of Office.js's InternetHeaders used (MessageCompose only). */
interface InternetHeadersLike {
  setAsync(headers: Record<string, string>, callback: AsyncCallback): void;
}

/**
 * Sets one internet header on the message being written (Mailbox 1.8); rejects where the item has
 * none (a meeting) or Outlook refuses. The header travels with the message to every recipient.
 */
export function setItemHeader(
  caller: OfficeCaller,
  item: unknown,
  name: string,
  value: string,
  timeoutMs: number,
): Promise<void> {
  const headers =
    item !== null && typeof item === "object"
      ? (item as { internetHeaders?: InternetHeadersLike }).internetHeaders
      : undefined;
  if (!headers || typeof headers.setAsync !== "function" || !caller.offers("internetHeaders.setAsync"))
    return Promise.reject(new Error("this item has no internet headers"));
  return caller
    .call<unknown>(
      "internetHeaders.setAsync",
      "stamp the message",
      (cb) => headers.setAsync({ [name]: value }, cb),
      timeoutMs,
    )
    .then(() => undefined);
}
