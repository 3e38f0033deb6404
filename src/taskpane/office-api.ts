/**
 * The part of Office.js the pane uses, described structurally so that the adapter can be tested
 * with the project's fake and the real `Office` global only needs one cast at start-up.
 */
import {
  FIELD_PROPERTIES,
  itemKindOf,
  type AsyncCallback,
  type RecipientsApi,
  type RoamingSettingsLike,
} from "../office";

/** A message being written (To, Cc, Bcc) or a meeting being organised (its attendees). */
export interface ComposeItemApi {
  itemType?: unknown;
  to?: RecipientsApi;
  cc?: RecipientsApi;
  bcc?: RecipientsApi;
  requiredAttendees?: RecipientsApi;
  optionalAttendees?: RecipientsApi;
  getInitializationContextAsync?(callback: AsyncCallback<unknown>): void;
  addHandlerAsync?(eventType: unknown, handler: (event: unknown) => void, callback?: AsyncCallback): void;
  removeHandlerAsync?(eventType: unknown, callback?: AsyncCallback): void;
  sessionData?: unknown;
  getAttachmentsAsync?(callback: AsyncCallback<unknown>): void;
  subject?: { getAsync?(callback: AsyncCallback<unknown>): void };
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
    /** Office's display language, "de-DE" (Mailbox 1.1). */
    displayLanguage?: string;
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
 * The item as a message or meeting being written, or null. In a read form `to` and the attendees are
 * plain arrays, so checking for the compose methods tells the forms apart; a meeting has attendees
 * instead of To, Cc and Bcc (itemType "appointment").
 */
export function asComposeItem(item: unknown): ComposeItemApi | null {
  if (typeof item !== "object" || item === null) return null;
  const i = item as Record<string, unknown>;
  const fields = Object.values(FIELD_PROPERTIES[itemKindOf(item)]).map((name) => i[name!]);
  return fields.every(isRecipients) ? (item as ComposeItemApi) : null;
}
