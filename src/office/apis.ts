/**
 * Every Office.js member Recipient Guard calls, with the Mailbox requirement set that introduced it
 * and the lowest manifest permission that may call it. Sources: the "[Api set]" and "Minimum
 * permission level" notes of @types/office-js, checked against Outlook's own host script
 * (`outlook-web-16.01.js` in @microsoft/office-js), which is stricter for session data: there every
 * sessionData method needs read/write item.
 */

/** The manifest's permission levels, lowest first (`<Permissions>` in manifest.xml). */
export const PERMISSION_LEVELS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"] as const;
export type Permission = (typeof PERMISSION_LEVELS)[number];

/** What manifest.xml asks for; test/manifest-permission.test.ts holds the two together. */
export const DECLARED_PERMISSION: Permission = "ReadWriteItem";

/**
 * The lowest Mailbox requirement set the manifest declares: a desktop or web client below it never
 * loads the add-in. Phones are the exception (MOBILE_EVENT_APIS).
 */
export const MANIFEST_MAILBOX_FLOOR = "1.12";

export interface ApiRule {
  /** Mailbox requirement set that introduced the member. */
  set: string;
  permission: Permission;
  /**
   * Outlook on Android and iOS offer the member in message compose despite their Mailbox 1.5: the
   * entry of MOBILE_EVENT_APIS that says so.
   */
  mobile?: MobileEventApi;
}

/**
 * Outlook on Android and iOS support Mailbox 1.5 only, yet run the add-in whatever the manifest's
 * floor (outlook-mobile-apis.md: it activates "as long as the API used from the later requirement
 * set is supported"); for event-based add-ins they enable these later members in message compose,
 * from these app versions: "Additional supported APIs" of docs/outlook/mobile-event-based.md
 * (office-js-docs-pr), versions from docs/outlook/outlook-mobile-apis.md. Recipient Guard calls two
 * of them, getComposeTypeAsync and sessionData (marked `mobile` in OFFICE_APIS), and nothing else
 * above 1.5 on a phone. outlook-mobile-apis.md also lists internetHeaders (Version 4.2405.0) for
 * mobile add-ins in general; its only use here is the send stamp, and no send check runs on a
 * phone, so it stays refused there: the stricter reading.
 *
 * Not as documented: the Android and iOS host scripts of @microsoft/office-js 1.1.110 mark
 * sessionData "beta", and its methods throw "The feature sessionData.setAsync, is only enabled on
 * the beta api endpoint" (test/office/mobile-host-scripts.test.ts). The adapter turns that throw into
 * a failed call like any other; what a phone really does is for TESTING.md's phone checks to say.
 */
export const MOBILE_EVENT_APIS = {
  "item.addFileAttachmentFromBase64Async": "4.2352.0",
  "item.disableClientSignatureAsync": "4.2352.0",
  "item.from.getAsync": "4.2352.0",
  "item.getComposeTypeAsync": "4.2352.0",
  "item.body.setSignatureAsync": "4.2352.0",
  "item.sessionData": "4.2425.0",
} as const;

export type MobileEventApi = keyof typeof MOBILE_EVENT_APIS;

/** The Mailbox requirement set of Outlook on Android and iOS. */
export const MOBILE_MAILBOX = "1.5";

/** Office.PlatformType of Outlook on Android and iOS, as Office.context.diagnostics.platform gives it. */
export const MOBILE_PLATFORMS: readonly string[] = ["Android", "iOS"];

export function isMobilePlatform(platform: unknown): boolean {
  return typeof platform === "string" && MOBILE_PLATFORMS.indexOf(platform) >= 0;
}

/**
 * Whether a client offers a member: from its requirement set, or on a phone (`mobile`) where the
 * member is one of MOBILE_EVENT_APIS. `set` answers whether the client has a requirement set.
 */
export function clientOffers(rule: ApiRule, set: (version: string) => boolean, mobile: boolean): boolean {
  return set(rule.set) || (mobile && rule.mobile !== undefined);
}

export const OFFICE_APIS = {
  "recipients.getAsync": { set: "1.1", permission: "ReadItem" },
  "recipients.setAsync": { set: "1.1", permission: "ReadWriteItem" },
  "recipients.addAsync": { set: "1.1", permission: "ReadWriteItem" },
  "roamingSettings.saveAsync": { set: "1.1", permission: "Restricted" },
  "notificationMessages.replaceAsync": { set: "1.3", permission: "ReadItem" },
  "notificationMessages.removeAsync": { set: "1.3", permission: "ReadItem" },
  "item.addHandlerAsync": { set: "1.7", permission: "ReadItem" },
  "item.removeHandlerAsync": { set: "1.7", permission: "ReadItem" },
  "item.getInitializationContextAsync": { set: "1.8", permission: "ReadItem" },
  /** item.sessionData, also on phones in message compose (MOBILE_EVENT_APIS). */
  "sessionData.getAsync": { set: "1.11", permission: "ReadWriteItem", mobile: "item.sessionData" },
  "sessionData.getAllAsync": { set: "1.11", permission: "ReadWriteItem", mobile: "item.sessionData" },
  "sessionData.setAsync": { set: "1.11", permission: "ReadWriteItem", mobile: "item.sessionData" },
  "sessionData.removeAsync": { set: "1.11", permission: "ReadWriteItem", mobile: "item.sessionData" },
  /** A message's only (MessageCompose); a meeting being organised has no internet headers. */
  "internetHeaders.setAsync": { set: "1.8", permission: "ReadWriteItem" },
  /**
   * A message's and a meeting's (MessageCompose, AppointmentCompose): name, size, isInline and
   * attachmentType of each attachment; never a OneDrive link shared with "Upload and share".
   */
  "item.getAttachmentsAsync": { set: "1.8", permission: "ReadItem" },
  /** item.subject.getAsync, of a message and of a meeting (its title). */
  "subject.getAsync": { set: "1.1", permission: "ReadItem" },
  /**
   * A message's only (MessageCompose; AppointmentCompose has no such member): "newMail", "reply"
   * (reply and reply all alike) or "forward" (Office.MailboxEnums.ComposeType), with the body's
   * coercion type. Also on phones (MOBILE_EVENT_APIS).
   */
  "item.getComposeTypeAsync": {
    set: "1.10",
    permission: "ReadItem",
    mobile: "item.getComposeTypeAsync",
  },
  /** A property, read at once: the signed-in user's address. */
  "userProfile.emailAddress": { set: "1.1", permission: "ReadItem" },
} as const satisfies Record<string, ApiRule>;

export type OfficeApiName = keyof typeof OFFICE_APIS;

/**
 * Storage limits of the members above (docs/outlook/limits-for-activation-and-javascript-api-for-
 * outlook-add-ins.md): roaming settings hold 32 KB per add-in, and session data 50,000 characters
 * per add-in. Outlook's wording for a save over them is not documented; the fake and the simulator
 * refuse it with these messages.
 */
export const STORAGE_LIMITS = {
  roamingSettingsChars: 32 * 1024,
  sessionDataChars: 50_000,
  /** OfficeRuntime.storage: "10 MB per domain", counted here as characters of keys and values. */
  officeRuntimeStorageChars: 10 * 1024 * 1024,
} as const;

export const ROAMING_SETTINGS_TOO_LARGE = "The roaming settings are over their 32 KB limit.";
export const SESSION_DATA_TOO_LARGE = "The session data is over its 50,000-character limit.";
export const RUNTIME_STORAGE_TOO_LARGE = "OfficeRuntime.storage is over its 10 MB limit for this domain.";

/** Characters the session data of one add-in holds: each name and value. */
export function sessionDataSize(data: ReadonlyMap<string, string>): number {
  let size = 0;
  data.forEach((value, name) => {
    size += name.length + value.length;
  });
  return size;
}

/**
 * Members Outlook offers that Recipient Guard must not call: listed so that the simulator's shim and
 * the test fake can offer them, and refuse them, as Outlook does.
 */
export const REFUSED_APIS = {
  /** Sends the message; needs read/write mailbox, above what the manifest asks for. */
  "item.sendAsync": { set: "1.15", permission: "ReadWriteMailbox" },
} as const satisfies Record<string, ApiRule>;

/** The event a task pane handles when Outlook would reopen it with new context (Mailbox 1.15). */
export const INITIALIZATION_CONTEXT_CHANGED = {
  set: "1.15",
  eventType: "olkInitializationContextChanged",
} as const;

export function permissionRank(permission: Permission): number {
  return PERMISSION_LEVELS.indexOf(permission);
}

/** Whether an add-in declaring `declared` may call a member that needs `needed`. */
export function permits(declared: Permission, needed: Permission): boolean {
  return permissionRank(declared) >= permissionRank(needed);
}

/** Whether requirement-set version `version` (e.g. "1.14") is at least `wanted`. */
export function versionAtLeast(version: string, wanted: string): boolean {
  const a = version.split(".");
  const b = wanted.split(".");
  const a1 = Number(a[0]) || 0;
  const a2 = Number(a[1]) || 0;
  const b1 = Number(b[0]) || 0;
  const b2 = Number(b[1]) || 0;
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/** Outlook's text when an add-in calls a member above its permission (outlook_strings.js). */
export function elevatedPermissionMessage(member: string): string {
  return `Elevated permission is required to call the method: '${member}'.`;
}

/**
 * What Office.js reports for a call beyond the limit of simultaneous calls (3 on the web, on mobile
 * and in new Outlook: limits-for-activation-and-javascript-api-for-outlook-add-ins.md). The name,
 * code and message are office.js's own (`ooeTooManyIncompleteRequests`, office_strings.js).
 */
export const TOO_MANY_CALLS_ERROR = {
  name: "API Call Failed",
  code: 5100,
  message: "Wait until the previous call completes.",
} as const;

/** Simultaneous asynchronous calls Outlook on the web, on mobile and new Outlook accept. */
export const MAX_CONCURRENT_CALLS = 3;
