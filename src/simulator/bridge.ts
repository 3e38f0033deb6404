/**
 * The messages between the simulated Outlook (the compose page) and the fake Office.js inside the
 * add-in's runtimes (the send handler's worker or frame, and the task pane's frame).
 */
/**
 * The recipient fields of the item being written, by their Office.js names: a message's To, Cc and
 * Bcc (MessageCompose), or a meeting's required and optional attendees (AppointmentCompose, which
 * has no to, cc or bcc). The compose page's inputs carry the same ids.
 */
export type Field = "to" | "cc" | "bcc" | "requiredAttendees" | "optionalAttendees";

/** Office.js's `item.itemType` for a message and for a meeting being organised. */
export type ItemType = "message" | "appointment";

/** The fields each kind of item has, in the order Outlook shows them. */
export const ITEM_FIELDS: Record<ItemType, readonly Field[]> = {
  message: ["to", "cc", "bcc"],
  appointment: ["requiredAttendees", "optionalAttendees"],
};

export interface SimRecipient {
  emailAddress: string;
  displayName: string;
  recipientType?: string;
}

/** What a runtime needs to know synchronously when it starts. */
export interface RuntimeSnapshot {
  /** Highest Mailbox requirement set this client supports, e.g. "1.14". */
  mailbox: string;
  platform: "PC" | "OfficeOnline" | "Mac" | "Android" | "iOS";
  /** Roaming settings as they have reached this runtime (saves from other runtimes arrive late). */
  roaming: Record<string, unknown>;
  /** The manifest's `<Permissions>`: the shim refuses any member that needs more. */
  permission: string;
  /** contextData for the task pane when Take Action opened it. */
  initializationContext: string | null;
  theme: { bodyBackgroundColor: string; bodyForegroundColor: string };
  /** Office's display language (Office.context.displayLanguage), a tag such as "de-DE". */
  displayLanguage: string;
  /** The mailbox owner's address (userProfile.emailAddress). */
  userAddress: string;
  /** What the runtime's item is: a message, or a meeting the user organises. */
  itemType: ItemType;
}

export type BridgeRequest =
  | { op: "getRecipients"; field: Field }
  | { op: "setRecipients"; field: Field; recipients: SimRecipient[] }
  | { op: "saveRoaming"; roaming: Record<string, unknown> }
  | { op: "notification"; action: "replace"; key: string; message: string; type: string }
  | { op: "notification"; action: "remove"; key: string }
  | { op: "getSession"; name: string }
  | { op: "getAllSession" }
  | { op: "setSession"; name: string; value: string }
  | { op: "removeSession"; name: string }
  /** OfficeRuntime.storage, which only classic Outlook's JavaScript-only runtime has. */
  | { op: "runtimeStorage"; action: "get" | "remove"; key: string }
  | { op: "runtimeStorage"; action: "set"; key: string; value: string }
  | { op: "setHeaders"; headers: unknown }
  | { op: "getAttachments" }
  | { op: "getSubject" }
  | { op: "getComposeType" }
  | { op: "send" }
  | { op: "completed"; options: unknown };

/** The compose page's side: every request answers asynchronously, as Outlook does. */
export interface SimulatorHost {
  /** What a runtime starting now is given; a frame passes its own window, to get its own item. */
  snapshot(runtime?: object): RuntimeSnapshot;
  /**
   * Answers a runtime's request about its item: `itemType` names the item the runtime was started
   * for (its snapshot's), so a runtime never reads or changes the other draft.
   */
  request(request: BridgeRequest, itemType?: ItemType): Promise<unknown>;
  /** Registers a listener for recipient changes; returns a remover. */
  onRecipientsChanged(listener: () => void): () => void;
  /**
   * Registers the pane's InitializationContextChanged listener (Mailbox 1.15): a Smart Alert's
   * button then passes its context to the open pane instead of reloading it. Returns a remover.
   */
  onInitializationContextChanged(listener: (contextData: string) => void): () => void;
}

export const HOST_GLOBAL = "__recipientGuardSimulator";

/** Whether requirement-set version `version` (e.g. "1.14") is at least `wanted`. */
export function versionAtLeast(version: string, wanted: string): boolean {
  const [a1 = 0, a2 = 0] = version.split(".").map(Number);
  const [b1 = 0, b2 = 0] = wanted.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}
