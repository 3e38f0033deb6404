/**
 * The part of Office.js the pane uses, described structurally so that the adapter can be tested
 * with the project's fake and the real `Office` global only needs one cast at start-up.
 */
import type { AsyncCallback, RecipientsApi, RoamingSettingsLike } from "../office";

export interface ComposeItemApi {
  to: RecipientsApi;
  cc: RecipientsApi;
  bcc: RecipientsApi;
  getInitializationContextAsync?(callback: AsyncCallback<unknown>): void;
  addHandlerAsync?(eventType: unknown, handler: (event: unknown) => void, callback?: AsyncCallback): void;
  removeHandlerAsync?(eventType: unknown, callback?: AsyncCallback): void;
  sessionData?: unknown;
}

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
}

export interface OfficeApi {
  AsyncResultStatus: { Succeeded: unknown };
  EventType?: {
    RecipientsChanged?: unknown;
    OfficeThemeChanged?: unknown;
    InitializationContextChanged?: unknown;
  };
  context: {
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    roamingSettings?: RoamingSettingsLike;
    officeTheme?: OfficeThemeLike;
    mailbox?: {
      item?: unknown;
      addHandlerAsync?(eventType: unknown, handler: (event: unknown) => void, callback?: AsyncCallback): void;
    };
  };
  onReady?(callback?: (info: unknown) => void): Promise<unknown> | void;
}

const isRecipients = (value: unknown): value is RecipientsApi =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as RecipientsApi).getAsync === "function" &&
  typeof (value as RecipientsApi).setAsync === "function";

/**
 * The item as a message being written, or null. In a read form `to` is a plain array, and an
 * appointment has attendees instead of To/Cc/Bcc, so checking for the compose methods tells them apart.
 */
export function asComposeItem(item: unknown): ComposeItemApi | null {
  if (typeof item !== "object" || item === null) return null;
  const i = item as Partial<Record<"to" | "cc" | "bcc", unknown>>;
  return isRecipients(i.to) && isRecipients(i.cc) && isRecipients(i.bcc) ? (item as ComposeItemApi) : null;
}
