/**
 * What kind of message is being written: item.getComposeTypeAsync (Mailbox 1.10, read item,
 * MessageCompose only; also on phones, which enable it for event-based add-ins). Outlook answers "newMail", "reply" (for reply and reply all) or "forward".
 * Known to answer "newMail" for replies in classic Outlook on Windows and on the Mac (office-js
 * #6652, #6739) and for a reply saved as a draft and reopened (#4835): the caller must treat
 * "newMail" as "not known to be a reply", never as proof of a new message. ES2016 only.
 */
import type { AsyncCallback, OfficeCaller } from "./call";

interface ComposeTypeItem {
  getComposeTypeAsync?(callback: AsyncCallback<unknown>): void;
}

/** The compose type Outlook reports; undefined where the item has no such member (a meeting). */
export function readComposeType(
  caller: OfficeCaller,
  item: unknown,
  timeoutMs: number,
): Promise<string | undefined> {
  const get = item ? (item as ComposeTypeItem).getComposeTypeAsync : undefined;
  if (typeof get !== "function" || !caller.offers("item.getComposeTypeAsync"))
    return Promise.resolve(undefined);
  return caller
    .call<unknown>(
      "item.getComposeTypeAsync",
      "tell what kind of message this is",
      (cb) => get.call(item, cb),
      timeoutMs,
    )
    .then((value) => {
      const type = value && (value as { composeType?: unknown }).composeType;
      return typeof type === "string" ? type : undefined;
    });
}
