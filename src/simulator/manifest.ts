export type SendMode = "PromptUser" | "SoftBlock" | "Block";

/** What the simulator needs from the add-in manifest, read the way Outlook reads it. */
export interface ManifestInfo {
  /** The OnMessageSend event's SendMode (SoftBlock when absent, Outlook's default). */
  sendMode: SendMode;
  /** `<Permissions>`: Restricted, ReadItem, ReadWriteItem or ReadWriteMailbox (Restricted when absent). */
  permission: string;
  onSendFunction: string | null;
  onRecipientsChangedFunction: string | null;
  /** OnNewMessageCompose's function: Outlook runs it when a message, reply or forward is created. */
  onNewMessageComposeFunction: string | null;
  /**
   * The events declared for phones (MobileFormFactor). Outlook on Android and iOS run
   * OnNewMessageCompose (Version 4.2352.0) and OnMessageRecipientsChanged (4.2425.0) among these
   * (docs: outlook/mobile-event-based.md), never OnMessageSend.
   */
  mobile: { onRecipientsChangedFunction: string | null; onNewMessageComposeFunction: string | null };
  /**
   * A meeting's events, declared apart from the message's: OnAppointmentSend with its own SendMode,
   * and OnAppointmentAttendeesChanged. Outlook runs them while the user organises a meeting.
   */
  appointment: {
    sendMode: SendMode;
    onSendFunction: string | null;
    onAttendeesChangedFunction: string | null;
    mobile: { onAttendeesChangedFunction: string | null };
  };
  /** The HTML page web, new Outlook and Mac load the handler from. */
  runtimePage: string | null;
  /** The JavaScript file classic Outlook on Windows loads alone. */
  runtimeScript: string | null;
  /**
   * The same two by the Locale of their `<bt:Override>`s, lower-cased ("de-de"): what Outlook loads
   * instead when Office's display language is that locale (runtimeFor).
   */
  runtimeByLocale: Map<string, { page: string | null; script: string | null }>;
  /** Task-pane URLs by the id of the button that opens them (what commandId names). */
  paneByCommand: Map<string, string>;
  /**
   * The form each of those buttons is on, by its ExtensionPoint's type: MessageComposeCommandSurface
   * for a message being written, AppointmentOrganizerCommandSurface for a meeting being organised.
   * Listed in the manifest's order.
   */
  commandSurface: Map<string, string>;
}

function sendModeOf(event: Element | undefined): SendMode {
  const mode = event?.getAttribute("SendMode");
  return mode === "PromptUser" || mode === "Block" ? mode : "SoftBlock";
}

/** The FunctionName of the event of this Type among `events`, or null. */
function functionOf(events: Element[], type: string): string | null {
  return events.find((e) => e.getAttribute("Type") === type)?.getAttribute("FunctionName") ?? null;
}

/** The type of the ExtensionPoint that holds `el`, or null. */
function surfaceOf(el: Element): string | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.localName === "ExtensionPoint") return node.getAttribute("xsi:type");
  }
  return null;
}

function byLocalName(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", name));
}

/** Outlook loads the manifest's URLs; the simulator serves the same paths from its own origin. */
function local(url: string | undefined, origin: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${origin}${u.pathname}${u.search}`;
  } catch {
    return null;
  }
}

export function readManifest(xml: string, origin: string): ManifestInfo {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0)
    throw new Error("the manifest is not well-formed XML");
  const urls = new Map<string, string>();
  /** Each URL's overrides: resid, then lower-cased locale, to the URL. */
  const overrides = new Map<string, Map<string, string>>();
  for (const el of byLocalName(doc, "Url")) {
    const id = el.getAttribute("id");
    const value = el.getAttribute("DefaultValue");
    if (id && value) urls.set(id, value);
    for (const o of byLocalName(el, "Override")) {
      const locale = o.getAttribute("Locale");
      const localized = o.getAttribute("Value");
      if (!id || !locale || !localized) continue;
      if (!overrides.has(id)) overrides.set(id, new Map());
      overrides.get(id)!.set(locale.toLowerCase(), localized);
    }
  }
  // Desktop clients read the DesktopFormFactor's events, phones the MobileFormFactor's.
  const desktop = byLocalName(doc, "DesktopFormFactor")[0];
  const phone = byLocalName(doc, "MobileFormFactor")[0];
  const events = desktop ? byLocalName(desktop, "LaunchEvent") : [];
  const phoneEvents = phone ? byLocalName(phone, "LaunchEvent") : [];
  const onSend = events.find((e) => e.getAttribute("Type") === "OnMessageSend");
  const onAppointmentSend = events.find((e) => e.getAttribute("Type") === "OnAppointmentSend");
  const runtime = byLocalName(doc, "Runtime")[0];
  const override = runtime
    ? byLocalName(runtime, "Override").find((o) => o.getAttribute("type") === "javascript")
    : undefined;
  const paneByCommand = new Map<string, string>();
  const commandSurface = new Map<string, string>();
  for (const control of byLocalName(doc, "Control")) {
    const action = byLocalName(control, "Action")[0];
    const source = action ? byLocalName(action, "SourceLocation")[0] : undefined;
    const id = control.getAttribute("id");
    const url = local(urls.get(source?.getAttribute("resid") ?? ""), origin);
    if (id && url && action?.getAttribute("xsi:type") === "ShowTaskpane") {
      paneByCommand.set(id, url);
      const surface = surfaceOf(control);
      if (surface) commandSurface.set(id, surface);
    }
  }
  const pageId = runtime?.getAttribute("resid") ?? "";
  const scriptId = override?.getAttribute("resid") ?? "";
  const runtimeByLocale = new Map<string, { page: string | null; script: string | null }>();
  for (const locale of new Set([
    ...(overrides.get(pageId)?.keys() ?? []),
    ...(overrides.get(scriptId)?.keys() ?? []),
  ]))
    runtimeByLocale.set(locale, {
      page: local(overrides.get(pageId)?.get(locale) ?? urls.get(pageId), origin),
      script: local(overrides.get(scriptId)?.get(locale) ?? urls.get(scriptId), origin),
    });
  const permission = byLocalName(doc, "Permissions")[0]?.textContent?.trim() || "Restricted";
  return {
    sendMode: sendModeOf(onSend),
    permission,
    onSendFunction: onSend?.getAttribute("FunctionName") ?? null,
    onRecipientsChangedFunction: functionOf(events, "OnMessageRecipientsChanged"),
    onNewMessageComposeFunction: functionOf(events, "OnNewMessageCompose"),
    mobile: {
      onRecipientsChangedFunction: functionOf(phoneEvents, "OnMessageRecipientsChanged"),
      onNewMessageComposeFunction: functionOf(phoneEvents, "OnNewMessageCompose"),
    },
    appointment: {
      sendMode: sendModeOf(onAppointmentSend),
      onSendFunction: onAppointmentSend?.getAttribute("FunctionName") ?? null,
      onAttendeesChangedFunction: functionOf(events, "OnAppointmentAttendeesChanged"),
      mobile: { onAttendeesChangedFunction: functionOf(phoneEvents, "OnAppointmentAttendeesChanged") },
    },
    runtimePage: local(urls.get(pageId), origin),
    runtimeScript: local(urls.get(scriptId), origin),
    runtimeByLocale,
    paneByCommand,
    commandSurface,
  };
}

/**
 * The handler's page and script for Office's display language (a tag such as "de-DE"): the
 * manifest's override for exactly that locale (any case), else the default URLs.
 */
export function runtimeFor(
  info: ManifestInfo,
  displayLanguage: string,
): { page: string | null; script: string | null } {
  return (
    info.runtimeByLocale.get(displayLanguage.toLowerCase()) ?? {
      page: info.runtimePage,
      script: info.runtimeScript,
    }
  );
}
