/**
 * A local Outlook compose window for trying Recipient Guard without Microsoft 365. It finds the
 * add-in the way Outlook does (from the manifest), runs the real send-handler bundle in the runtime
 * the chosen client would use, renders the Smart Alert the way that client does for the manifest's
 * SendMode and the handler's options, and opens the real task pane beside the message.
 *
 * It holds two drafts, a new message and a new meeting, and shows one at a time; both go through
 * the same code below, told apart by their form (FORMS): a meeting has Required and Optional
 * attendees instead of To, Cc and Bcc, runs the manifest's OnAppointmentSend and
 * OnAppointmentAttendeesChanged, and opens the pane of the meeting organiser's button.
 */
import type { SendCompletion } from "../launchevent/send-decision";
import {
  HOST_GLOBAL,
  ITEM_FIELDS,
  versionAtLeast,
  type BridgeRequest,
  type Field,
  type ItemType,
  type RuntimeSnapshot,
  type SimRecipient,
  type SimulatorHost,
} from "./bridge";
import {
  ROAMING_SETTINGS_TOO_LARGE,
  RUNTIME_STORAGE_TOO_LARGE,
  SESSION_DATA_TOO_LARGE,
  STORAGE_LIMITS,
  sessionDataSize,
} from "../office/apis";
import { internetHeadersProblem } from "../office/header-limits";
import { readManifest, runtimeFor, type ManifestInfo, type SendMode } from "./manifest";
import { formatRecipientLine, parseRecipientLine } from "./recipient-text";
import { renderSafeMarkdown } from "./safe-markdown";

interface ClientProfile {
  id: string;
  label: string;
  platform: RuntimeSnapshot["platform"];
  mailbox: string;
  /** Classic Outlook on Windows loads the handler's JavaScript file alone; the others load the page. */
  runtime: "javascript" | "page";
  /**
   * Phones read the manifest's MobileFormFactor: they run OnNewMessageCompose and
   * OnMessageRecipientsChanged but no send check, and open no task pane while a message is written
   * (docs: outlook/mobile-event-based.md).
   */
  formFactor: "desktop" | "phone";
}

/** Whose mailbox the simulator pretends to be: shown as From, given as userProfile.emailAddress. */
export const SIMULATED_USER = "you@contoso.com";

/** The simulated directory's distribution lists: Outlook gives them recipientType "distributionList". */
export const SIMULATED_GROUPS = ["all-staff@contoso.com", "project-team@fabrikam.com"];

function recipientTypeOf(address: string): string {
  const lower = address.trim().toLowerCase();
  if (SIMULATED_GROUPS.includes(lower)) return "distributionList";
  return lower.endsWith("@contoso.com") ? "user" : "externalUser";
}

const PROFILES: ClientProfile[] = [
  {
    id: "classic-1.15",
    label: "Classic Outlook on Windows, Mailbox 1.15",
    platform: "PC",
    mailbox: "1.15",
    runtime: "javascript",
    formFactor: "desktop",
  },
  {
    id: "classic-1.14",
    label: "Classic Outlook on Windows, Mailbox 1.14",
    platform: "PC",
    mailbox: "1.14",
    runtime: "javascript",
    formFactor: "desktop",
  },
  {
    id: "classic-1.12",
    label: "Classic Outlook on Windows, Mailbox 1.12",
    platform: "PC",
    mailbox: "1.12",
    runtime: "javascript",
    formFactor: "desktop",
  },
  {
    id: "web",
    label: "Outlook on the web / new Outlook, Mailbox 1.15",
    platform: "OfficeOnline",
    mailbox: "1.15",
    runtime: "page",
    formFactor: "desktop",
  },
  {
    id: "mac",
    label: "Outlook on Mac, Mailbox 1.14",
    platform: "Mac",
    mailbox: "1.14",
    runtime: "page",
    formFactor: "desktop",
  },
  // Outlook on phones supports Mailbox 1.5 and, for event-based add-ins, a listed subset of later APIs
  // (docs: outlook/mobile-event-based.md, outlook/outlook-mobile-apis.md); OnNewMessageCompose from
  // Version 4.2352.0, OnMessageRecipientsChanged from 4.2425.0.
  {
    id: "android",
    label: "Outlook on Android (phone), Mailbox 1.5 and the mobile event APIs",
    platform: "Android",
    mailbox: "1.5",
    runtime: "page",
    formFactor: "phone",
  },
  {
    id: "ios",
    label: "Outlook on iOS (phone), Mailbox 1.5 and the mobile event APIs",
    platform: "iOS",
    mailbox: "1.5",
    runtime: "page",
    formFactor: "phone",
  },
];

/** What tells a message's compose form from a meeting's; everything else is the same code. */
interface ItemForm {
  itemType: ItemType;
  /** The compose area's name, and the app bar's choice that shows it. */
  title: string;
  /** The element holding the form's own header fields. */
  fieldsId: string;
  /** The subject input (a meeting's is its title). */
  subjectId: string;
  bodyLabel: string;
  /** What is sent, in a sentence. */
  noun: string;
  noRecipients: string;
  /** The manifest's ExtensionPoint whose task-pane buttons this form shows. */
  surface: string;
}

const FORMS: Record<ItemType, ItemForm> = {
  message: {
    itemType: "message",
    title: "New message",
    fieldsId: "message-fields",
    subjectId: "subject",
    bodyLabel: "Message body",
    noun: "message",
    noRecipients: "Add at least one recipient.",
    surface: "MessageComposeCommandSurface",
  },
  appointment: {
    itemType: "appointment",
    title: "New meeting",
    fieldsId: "meeting-fields",
    subjectId: "title",
    bodyLabel: "Meeting details",
    noun: "meeting invitation",
    noRecipients: "Invite at least one attendee.",
    surface: "AppointmentOrganizerCommandSurface",
  },
};

/** Each field's name in Outlook's form. */
const FIELD_LABELS: Record<Field, string> = {
  to: "To",
  cc: "Cc",
  bcc: "Bcc",
  requiredAttendees: "Required",
  optionalAttendees: "Optional",
};

/** A file attached in the simulator: only its name and size are read, never its content. */
interface SimAttachment {
  name: string;
  size: number;
  /** A picture in the body (Insert picture), which Outlook lists with isInline. */
  inline: boolean;
}

/** The size of the picture Insert picture puts in the body. */
const INLINE_PICTURE_BYTES = 24_576;

/** One item being written: what Outlook keeps with it besides the form's inputs. */
interface Draft {
  form: ItemForm;
  /** The item's session data (Mailbox 1.11): kept with it, gone when it is sent or discarded. */
  session: Map<string, string>;
  /** The message's internet headers set by the add-in (Mailbox 1.8): they go with it when sent. */
  headers: Map<string, string>;
  /** The add-in's notification on the item, shown while the item is. */
  notification: string | null;
  /** The body while the other draft is shown (the page has one body box). */
  body: string;
  /** Its attachments, pictures in the body among them. */
  attachments: SimAttachment[];
  /** What getComposeTypeAsync says it is: a message is "newMail" until Reply all makes a reply. */
  composeType: "newMail" | "reply";
}

/** The launch events Outlook runs for one kind of item, as the manifest declares them. */
interface ItemEvents {
  sendMode: SendMode;
  onSend: string | null;
  onChanged: string | null;
  onChangedOnPhones: string | null;
  /** The Mailbox requirement set from which desktop clients run `onChanged`. */
  changedFrom: string;
}

function eventsOf(m: ManifestInfo, itemType: ItemType): ItemEvents {
  return itemType === "appointment"
    ? {
        sendMode: m.appointment.sendMode,
        onSend: m.appointment.onSendFunction,
        onChanged: m.appointment.onAttendeesChangedFunction,
        onChangedOnPhones: m.appointment.mobile.onAttendeesChangedFunction,
        // OnAppointmentAttendeesChanged: Mailbox 1.11 (as the manifest's comment says).
        changedFrom: "1.11",
      }
    : {
        sendMode: m.sendMode,
        onSend: m.onSendFunction,
        onChanged: m.onRecipientsChangedFunction,
        onChangedOnPhones: m.mobile.onRecipientsChangedFunction,
        changedFrom: "1.13",
      };
}

const ROAMING_KEY = "recipient-guard-simulator:roaming";
/**
 * Classic Outlook's OfficeRuntime.storage, kept apart from the pane's localStorage as in Outlook,
 * where the pane cannot read it: one localStorage entry of the simulator page per key.
 */
const RUNTIME_STORAGE_PREFIX = "recipient-guard-simulator:runtime-storage:";

function runtimeStorageChars(except: string): number {
  let chars = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const name = localStorage.key(i);
    if (!name || !name.startsWith(RUNTIME_STORAGE_PREFIX) || name === except) continue;
    chars += name.length - RUNTIME_STORAGE_PREFIX.length + (localStorage.getItem(name) ?? "").length;
  }
  return chars;
}
/** Outlook tells the user a check is slow after 5 s and gives up after about 5 minutes. */
const SLOW_MS = 5000;
const GIVE_UP_MS = 5 * 60 * 1000;
const HOST_INFO = "_host_Info=Outlook$Simulator$16.0$en-US";
/**
 * Roaming settings a runtime saves reach the others late in real Outlook (office-js #6728 for
 * classic Outlook, #5650 for the web); here a save is seen by runtimes started 30 s later.
 */
const ROAMING_LAG_MS = 30_000;

/** The options the handler passed to event.completed. */
type SendOptions = Partial<SendCompletion>;

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`simulator page is missing #${id}`);
  return el as T;
};

/** Office display languages to imitate: those Recipient Guard speaks, as Outlook names them. */
const DISPLAY_LANGUAGES: readonly (readonly [string, string])[] = [
  ["en-US", "English (en-US)"],
  ["de-DE", "Deutsch (de-DE)"],
  ["fr-FR", "Français (fr-FR)"],
  ["ja-JP", "日本語 (ja-JP)"],
];

/**
 * Outlook's own words in its Smart Alert: its buttons, its text when the add-in gives none, and the
 * generic text some clients show instead of the add-in's (office-js#5828). Real Outlook writes these
 * in its display language; these are the simulator's stand-ins for Outlook's own words, not copied
 * from Outlook's resources. The add-in's words (its message, its cancelLabel) come from the add-in.
 */
interface OutlookWords {
  sendAnyway: string;
  dontSend: string;
  tryLater: string;
  cantSend: string;
  unavailable: (reason: string) => string;
  needsAttention: (itemType: ItemType, cancelLabel: string) => string;
}

const OUTLOOK_WORDS: Record<"en" | "de" | "fr" | "ja", OutlookWords> = {
  en: {
    sendAnyway: "Send Anyway",
    dontSend: "Don't Send",
    tryLater: "Try Later",
    cantSend: "This message can't be sent.",
    unavailable: (reason) => `Recipient Guard is unavailable (${reason}).`,
    needsAttention: (itemType, cancel) =>
      `Recipient Guard needs your attention before this ${itemType === "appointment" ? "meeting invitation" : "message"} is sent. Select ${cancel} to review it.`,
  },
  de: {
    sendAnyway: "Trotzdem senden",
    dontSend: "Nicht senden",
    tryLater: "Später versuchen",
    cantSend: "Diese Nachricht kann nicht gesendet werden.",
    unavailable: (reason) => `Recipient Guard ist nicht verfügbar (${reason}).`,
    needsAttention: (itemType, cancel) =>
      `Recipient Guard benötigt Ihre Aufmerksamkeit, bevor diese ${itemType === "appointment" ? "Besprechungsanfrage" : "Nachricht"} gesendet wird. Wählen Sie „${cancel}“ aus, um sie zu überprüfen.`,
  },
  fr: {
    sendAnyway: "Envoyer quand même",
    dontSend: "Ne pas envoyer",
    tryLater: "Réessayer plus tard",
    cantSend: "Ce message ne peut pas être envoyé.",
    unavailable: (reason) => `Recipient Guard n’est pas disponible (${reason}).`,
    needsAttention: (itemType, cancel) =>
      itemType === "appointment"
        ? `Recipient Guard requiert votre attention avant l’envoi de cette invitation à une réunion. Sélectionnez « ${cancel} » pour la vérifier.`
        : `Recipient Guard requiert votre attention avant l’envoi de ce message. Sélectionnez « ${cancel} » pour le vérifier.`,
  },
  ja: {
    sendAnyway: "このまま送信",
    dontSend: "送信しない",
    tryLater: "後で再試行",
    cantSend: "このメッセージは送信できません。",
    unavailable: (reason) => `Recipient Guard を使用できません (${reason})。`,
    needsAttention: (itemType, cancel) =>
      `この${itemType === "appointment" ? "会議出席依頼" : "メッセージ"}を送信する前に、Recipient Guard で確認が必要です。[${cancel}] を選択して確認してください。`,
  },
};

/** Outlook's words in a display language: its language's ("de-AT" is German), else English. */
function outlookWords(displayLanguage: string): OutlookWords {
  const language = displayLanguage.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return language in OUTLOOK_WORDS ? OUTLOOK_WORDS[language as keyof typeof OUTLOOK_WORDS] : OUTLOOK_WORDS.en;
}

/** A language tag as Office.context.displayLanguage writes one ("de-AT"), or null for anything else. */
function officeTag(tag: string): string | null {
  const match = /^([a-z]{2,3})(?:-([a-z]{2}))?$/i.exec(tag.trim());
  if (!match) return null;
  return match[2] ? `${match[1]!.toLowerCase()}-${match[2].toUpperCase()}` : match[1]!.toLowerCase();
}

/** Adds `tag` to the language select unless it is there, named in its own language ("Deutsch (Österreich)"). */
function addDisplayLanguage(select: HTMLSelectElement, tag: string): void {
  if (Array.from(select.options).some((o) => o.value.toLowerCase() === tag.toLowerCase())) return;
  let name = tag;
  try {
    name = new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
  } catch {
    // A tag the browser cannot name is listed as itself.
  }
  select.add(new Option(`${name} (${tag})`, tag));
}

/** Focuses `target`, or the message body if it cannot take focus (hidden, disabled): never the page's body. */
function returnFocus(target: HTMLElement): void {
  target.focus();
  if (document.activeElement !== target) document.getElementById("body")?.focus();
}

/** A draft with nothing written, kept or attached: a new item, or one just sent or discarded. */
function emptyDraft(form: ItemForm): Draft {
  return {
    form,
    session: new Map(),
    headers: new Map(),
    notification: null,
    body: "",
    attachments: [],
    composeType: "newMail",
  };
}

class Simulator implements SimulatorHost {
  private profile: ClientProfile = PROFILES[0]!;
  private manifest: ManifestInfo | null = null;
  private initializationContext: string | null = null;
  private readonly recipientListeners = new Set<() => void>();
  private readonly contextListeners = new Set<(contextData: string) => void>();
  private readonly drafts: Record<ItemType, Draft> = {
    message: emptyDraft(FORMS.message),
    appointment: emptyDraft(FORMS.appointment),
  };
  /** The draft on screen. */
  private current: Draft = this.drafts.message;
  /** The item each runtime frame was opened for (the pane's, and each event's). */
  private readonly frameItems = new WeakMap<object, ItemType>();
  private sending = false;
  /** Office's theme as Office.context.officeTheme reports it: `?theme=dark` for Outlook in dark mode. */
  private readonly officeTheme =
    new URLSearchParams(location.search).get("theme") === "dark"
      ? { bodyBackgroundColor: "#292929", bodyForegroundColor: "#ffffff" }
      : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#242424" };

  /** What opened the task pane on screen, where focus goes back when it closes. */
  private paneOpener: HTMLElement | null = null;

  /** Office's display language, as Office.context.displayLanguage gives it: `?lang=de-DE` or the select. */
  private displayLanguage = "en-US";

  async start(): Promise<void> {
    (window as unknown as Record<string, SimulatorHost>)[HOST_GLOBAL] = this;
    const languages = $<HTMLSelectElement>("display-language");
    for (const [tag, name] of DISPLAY_LANGUAGES) languages.add(new Option(name, tag));
    // Any display language Office may report: `?lang=de-AT` as well as those listed.
    const lang = officeTag(new URLSearchParams(location.search).get("lang") ?? "");
    if (lang) {
      addDisplayLanguage(languages, lang);
      this.displayLanguage = lang;
    }
    languages.value = this.displayLanguage;
    languages.addEventListener("change", () => {
      this.displayLanguage = languages.value;
      this.closePane();
      this.announce(`Office now speaks ${languages.selectedOptions[0]?.text ?? languages.value}.`);
    });
    const select = $<HTMLSelectElement>("client");
    for (const p of PROFILES) select.add(new Option(p.label, p.id));
    const wanted = new URLSearchParams(location.search).get("client");
    this.profile = PROFILES.find((p) => p.id === wanted) ?? this.profile;
    select.value = this.profile.id;
    select.addEventListener("change", () => {
      this.profile = PROFILES.find((p) => p.id === select.value) ?? this.profile;
      this.closePane();
      this.announce(`Now imitating ${this.profile.label}.`);
    });
    $("from").textContent = SIMULATED_USER;
    $("send").addEventListener("click", () => void this.send());
    $("open-pane").addEventListener("click", () => this.openPane(null, undefined, $("open-pane")));
    $("close-pane").addEventListener("click", () => this.closePane());
    $("discard").addEventListener("click", () => this.clearCompose(this.current));
    const files = $<HTMLInputElement>("attach-file");
    files.addEventListener("change", () => {
      // Only the name and the size, as getAttachmentsAsync gives them: the content is never read.
      for (const file of Array.from(files.files ?? []))
        this.current.attachments.push({ name: file.name, size: file.size, inline: false });
      files.value = "";
      this.showAttachments();
    });
    $("insert-picture").addEventListener("click", () => {
      const n = this.current.attachments.filter((a) => a.inline).length + 1;
      this.current.attachments.push({
        name: `image${String(n).padStart(3, "0")}.png`,
        size: INLINE_PICTURE_BYTES,
        inline: true,
      });
      this.showAttachments();
    });
    for (const draft of Object.values(this.drafts)) {
      for (const field of ITEM_FIELDS[draft.form.itemType])
        $<HTMLInputElement>(field).addEventListener("change", () => this.recipientsChanged(draft));
    }
    for (const choice of this.itemChoices()) {
      choice.addEventListener("change", () => {
        if (choice.checked) this.switchTo(choice.value === "appointment" ? "appointment" : "message");
      });
    }
    this.showForm();
    try {
      const response = await fetch("/manifest.xml", { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.manifest = readManifest(await response.text(), location.origin);
      // The regional display languages the manifest names a handler for (de-AT, fr-CA, ...).
      for (const locale of this.manifest.runtimeByLocale.keys()) {
        const tag = officeTag(locale);
        if (tag) addDisplayLanguage(languages, tag);
      }
      this.showForm();
    } catch (error) {
      this.announce(
        `The add-in manifest could not be read (${(error as Error).message}); Send will go through unchecked, as in Outlook when an add-in is unavailable.`,
      );
    }
  }

  // ---- SimulatorHost: what the add-in's runtimes ask of "Outlook" ----

  /**
   * What a runtime starting now is given. A frame passes its own window, so that it gets the item
   * it was opened for even when the user has turned to the other draft since.
   */
  snapshot(runtime?: object): RuntimeSnapshot {
    return this.snapshotFor((runtime && this.frameItems.get(runtime)) ?? this.current.form.itemType);
  }

  private snapshotFor(itemType: ItemType): RuntimeSnapshot {
    return {
      mailbox: this.profile.mailbox,
      platform: this.profile.platform,
      roaming: this.readRoaming(),
      permission: this.manifest?.permission ?? "Restricted",
      initializationContext: this.initializationContext,
      theme: this.officeTheme,
      displayLanguage: this.displayLanguage,
      userAddress: SIMULATED_USER,
      itemType,
    };
  }

  async request(request: BridgeRequest, itemType: ItemType = this.current.form.itemType): Promise<unknown> {
    await new Promise((r) => setTimeout(r, 5)); // Outlook always answers asynchronously
    const draft = this.drafts[itemType];
    switch (request.op) {
      case "getRecipients":
        return parseRecipientLine(this.fieldInput(draft, request.field).value).map((r) => ({
          ...r,
          recipientType: recipientTypeOf(r.emailAddress),
        }));
      case "setRecipients":
        this.fieldInput(draft, request.field).value = formatRecipientLine(request.recipients);
        this.recipientsChanged(draft);
        return undefined;
      case "saveRoaming": {
        const saved = JSON.stringify(request.roaming);
        if (saved.length > STORAGE_LIMITS.roamingSettingsChars) throw new Error(ROAMING_SETTINGS_TOO_LARGE);
        setTimeout(() => localStorage.setItem(ROAMING_KEY, saved), ROAMING_LAG_MS);
        return undefined;
      }
      case "getSession":
        return draft.session.get(request.name) ?? "";
      case "getAllSession": {
        const all: Record<string, string> = {};
        draft.session.forEach((value, name) => (all[name] = value));
        return all;
      }
      case "setSession": {
        const next = new Map(draft.session).set(request.name, request.value);
        if (sessionDataSize(next) > STORAGE_LIMITS.sessionDataChars) throw new Error(SESSION_DATA_TOO_LARGE);
        draft.session.set(request.name, request.value);
        return undefined;
      }
      case "removeSession":
        draft.session.delete(request.name);
        return undefined;
      case "runtimeStorage": {
        const name = RUNTIME_STORAGE_PREFIX + request.key;
        if (request.action === "get") return localStorage.getItem(name);
        if (request.action === "remove") localStorage.removeItem(name);
        else if (request.action === "set") {
          const chars = runtimeStorageChars(name) + request.key.length + request.value.length;
          if (chars > STORAGE_LIMITS.officeRuntimeStorageChars) throw new Error(RUNTIME_STORAGE_TOO_LARGE);
          localStorage.setItem(name, request.value);
        }
        return undefined;
      }
      case "setHeaders": {
        const problem = internetHeadersProblem(draft.headers, request.headers);
        if (problem) throw new Error(problem);
        for (const [name, value] of Object.entries(request.headers as Record<string, string>))
          draft.headers.set(name, value);
        return undefined;
      }
      case "getAttachments":
        return draft.attachments.map((a, i) => ({
          id: String(i),
          name: a.name,
          size: a.size,
          isInline: a.inline,
          attachmentType: "file",
          isServiceAccessible: false,
        }));
      case "getSubject":
        return $<HTMLInputElement>(draft.form.subjectId).value;
      case "getComposeType":
        return { composeType: draft.composeType, coercionType: "html" };
      case "notification":
        this.showNotification(draft, request.action === "replace" ? request.message : null);
        return undefined;
      case "send":
        this.deliver(draft, "the add-in sent it (item.sendAsync)");
        return undefined;
      case "completed":
        return undefined;
    }
  }

  onRecipientsChanged(listener: () => void): () => void {
    this.recipientListeners.add(listener);
    return () => this.recipientListeners.delete(listener);
  }

  onInitializationContextChanged(listener: (contextData: string) => void): () => void {
    this.contextListeners.add(listener);
    return () => this.contextListeners.delete(listener);
  }

  // ---- compose window ----

  private readRoaming(): Record<string, unknown> {
    try {
      const value: unknown = JSON.parse(localStorage.getItem(ROAMING_KEY) ?? "{}");
      return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  private announce(text: string): void {
    $("status").textContent = text;
  }

  private showNotification(draft: Draft, message: string | null): void {
    draft.notification = message;
    if (draft !== this.current) return;
    const bar = $("notification-bar");
    bar.hidden = message === null;
    bar.textContent = message ?? "";
  }

  // ---- the two drafts ----

  private itemChoices(): HTMLInputElement[] {
    return Array.from(document.querySelectorAll<HTMLInputElement>("input[name='item-type']"));
  }

  /** The input of one of the draft's fields; a field its item does not have is refused. */
  private fieldInput(draft: Draft, field: Field): HTMLInputElement {
    if (!ITEM_FIELDS[draft.form.itemType].includes(field))
      throw new Error(`A ${draft.form.noun} has no ${FIELD_LABELS[field]} field.`);
    return $<HTMLInputElement>(field);
  }

  /** The user turns to the other draft, as to another compose window: the pane is that window's. */
  private switchTo(itemType: ItemType): void {
    if (this.current.form.itemType === itemType) return;
    const body = $<HTMLTextAreaElement>("body");
    this.current.body = body.value;
    this.closePane();
    this.current = this.drafts[itemType];
    body.value = this.current.body;
    this.showForm();
    this.announce(`${this.current.form.title}: ${this.fieldNames(this.current.form)}.`);
  }

  /** Shows the current draft's form, its notification and its item's SendMode. */
  private showForm(): void {
    const form = this.current.form;
    for (const f of Object.values(FORMS)) $(f.fieldsId).hidden = f !== form;
    $("compose").setAttribute("aria-label", form.title);
    $("body").setAttribute("aria-label", form.bodyLabel);
    for (const choice of this.itemChoices()) choice.checked = choice.value === form.itemType;
    const bar = $("notification-bar");
    bar.hidden = this.current.notification === null;
    bar.textContent = this.current.notification ?? "";
    this.showAttachments();
    if (this.manifest)
      $("send-mode").textContent = `SendMode ${eventsOf(this.manifest, form.itemType).sendMode}`;
  }

  /** The current draft's attachments under its header fields, each with a Remove button. */
  private showAttachments(): void {
    const list = $("attachment-list");
    const draft = this.current;
    list.replaceChildren(
      ...draft.attachments.map((a, i) => {
        const li = document.createElement("li");
        li.textContent = `${a.name} (${a.size.toLocaleString("en")} bytes${a.inline ? ", a picture in the body" : ""}) `;
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "Remove";
        remove.setAttribute("aria-label", `Remove ${a.name}`);
        remove.addEventListener("click", () => {
          draft.attachments.splice(i, 1);
          this.showAttachments();
        });
        li.append(remove);
        return li;
      }),
    );
    list.hidden = draft.attachments.length === 0;
  }

  private fieldNames(form: ItemForm): string {
    return ITEM_FIELDS[form.itemType].map((f) => FIELD_LABELS[f]).join(", ");
  }

  private recipients(draft: Draft): [Field, SimRecipient[]][] {
    return ITEM_FIELDS[draft.form.itemType].map((field) => [
      field,
      parseRecipientLine($<HTMLInputElement>(field).value),
    ]);
  }

  private recipientsChanged(draft: Draft): void {
    // The open pane is the current draft's: only its changes reach it.
    if (draft === this.current) this.recipientListeners.forEach((l) => l());
    // Phones run the event when the manifest declares it for them, whatever their Mailbox level;
    // desktop clients from the event's requirement set.
    const events = this.manifest ? eventsOf(this.manifest, draft.form.itemType) : null;
    const phone = this.profile.formFactor === "phone";
    const fn = phone ? events?.onChangedOnPhones : events?.onChanged;
    if (fn && events && (phone || versionAtLeast(this.profile.mailbox, events.changedFrom))) {
      void this.runEvent(fn, draft).catch(() => undefined); // early warning is best effort, as in Outlook
    }
  }

  private clearCompose(draft: Draft): void {
    for (const id of [...ITEM_FIELDS[draft.form.itemType], draft.form.subjectId])
      $<HTMLInputElement>(id).value = "";
    Object.assign(draft, emptyDraft(draft.form));
    if (draft === this.current) this.showAttachments();
    this.showNotification(draft, null);
    if (draft === this.current) {
      $<HTMLTextAreaElement>("body").value = "";
      this.closePane();
    }
  }

  private deliver(draft: Draft, how: string): void {
    const form = draft.form;
    const fields = this.recipients(draft);
    const li = document.createElement("li");
    li.dataset.itemType = form.itemType;
    const subject = $<HTMLInputElement>(form.subjectId).value || "(no subject)";
    const all = fields.flatMap(([, list]) => list.map((x) => x.emailAddress)).join(", ");
    if (form.itemType === "appointment") {
      // Marked, and each attendee under the field they were invited in. Text only, never markup.
      const mark = document.createElement("strong");
      mark.textContent = "Meeting invitation: ";
      const byField = fields
        .filter(([, list]) => list.length > 0)
        .map(([field, list]) => `${FIELD_LABELS[field]}: ${list.map((x) => x.emailAddress).join(", ")}`)
        .join("; ");
      li.append(mark, document.createTextNode(`${subject} → ${byField}`));
    } else {
      li.textContent = `${subject} → ${all}`;
      // Reply all: a reply with the message's To and Cc (the user is its sender), as Outlook makes it.
      const sent = new Map(fields);
      const reply = document.createElement("button");
      reply.type = "button";
      reply.textContent = "Reply all";
      reply.setAttribute("aria-label", `Reply all to ${subject}`);
      reply.addEventListener("click", () => void this.replyAll(subject, sent));
      li.append(" ", reply);
    }
    li.dataset.recipients = all;
    // What went with it: the attachments (not the pictures in the body), by name.
    const attached = draft.attachments.filter((a) => !a.inline).map((a) => a.name);
    li.dataset.attachments = attached.join(", ");
    if (attached.length > 0) li.append(document.createTextNode(` · attached: ${attached.join(", ")}`));
    // The internet headers the message went with, as a mail flow rule or the recipient sees them.
    if (draft.headers.size > 0) {
      const headers = document.createElement("pre");
      headers.className = "sent-headers";
      headers.textContent = [...draft.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
      li.append(headers);
    }
    $("sent-list").appendChild(li);
    this.announce(
      form.itemType === "appointment"
        ? `Sent the meeting invitation: ${subject} (${how}).`
        : `Sent: ${subject} (${how}).`,
    );
    this.clearCompose(draft);
  }

  /**
   * Opens a reply to all of a sent message in the message form, with its To and Cc filled in, and
   * runs the manifest's OnNewMessageCompose as Outlook does when the reply is created: desktop
   * clients from Mailbox 1.10 as their form factor declares it, phones whatever their Mailbox level
   * when the MobileFormFactor declares it (Android and iOS from Version 4.2352.0).
   */
  private async replyAll(subject: string, sent: Map<Field, SimRecipient[]>): Promise<void> {
    if (this.sending) return;
    this.switchTo("message");
    const draft = this.drafts.message;
    this.clearCompose(draft);
    for (const field of ["to", "cc"] as const)
      $<HTMLInputElement>(field).value = formatRecipientLine(sent.get(field) ?? []);
    $<HTMLInputElement>("subject").value = /^re:/i.test(subject) ? subject : `Re: ${subject}`;
    draft.composeType = "reply";
    const phone = this.profile.formFactor === "phone";
    const fn = phone
      ? this.manifest?.mobile.onNewMessageComposeFunction
      : this.manifest?.onNewMessageComposeFunction;
    if (fn && (phone || versionAtLeast(this.profile.mailbox, "1.10")))
      await this.runEvent(fn, draft).catch(() => undefined);
    this.announce(`Replying to all: ${subject}.`);
  }

  // ---- the add-in's runtimes ----

  /**
   * Runs one launch event for `draft`'s item in a fresh runtime of the kind the current client uses,
   * from the URL the manifest gives for Office's display language (its locale overrides), as Outlook
   * loads it: the handler speaks the language of its file.
   */
  private runEvent(functionName: string, draft: Draft): Promise<SendOptions> {
    const m = this.manifest;
    const itemType = draft.form.itemType;
    if (!m) return Promise.reject(new Error("no manifest"));
    const { page, script } = runtimeFor(m, this.displayLanguage);
    return this.profile.runtime === "javascript" && script
      ? this.runInWorker(script, functionName, itemType)
      : page
        ? this.runInFrame(page, functionName, itemType)
        : Promise.reject(new Error("the manifest names no runtime"));
  }

  /** Classic Outlook on Windows: the JavaScript file alone, with no DOM, like its JavaScript-only runtime. */
  private runInWorker(script: string, functionName: string, itemType: ItemType): Promise<SendOptions> {
    return new Promise((resolve, reject) => {
      const worker = new Worker("/simulator/office-shim.js");
      const finish = (fn: () => void): void => {
        worker.terminate();
        fn();
      };
      worker.onerror = (event) =>
        finish(() => reject(new Error(event.message || "the add-in's script failed to load")));
      worker.onmessage = (event: MessageEvent) => {
        const data = event.data as {
          ready?: string[];
          id?: number;
          request?: BridgeRequest;
          completedBy?: string;
          options?: SendOptions;
        };
        if (data.ready) {
          if (!data.ready.includes(functionName))
            finish(() => reject(new Error(`the add-in associated no function named "${functionName}"`)));
          else worker.postMessage({ run: functionName });
        } else if (data.id !== undefined && data.request) {
          this.request(data.request, itemType).then(
            (value) => worker.postMessage({ id: data.id, ok: true, value }),
            (error: Error) => worker.postMessage({ id: data.id, ok: false, error: error.message }),
          );
        } else if (data.completedBy) {
          finish(() => resolve(data.options ?? {}));
        }
      };
      worker.postMessage({ start: { snapshot: this.snapshotFor(itemType), script } });
    });
  }

  /** Outlook on the web, new Outlook and Mac: the runtime page in a hidden frame. */
  private runInFrame(page: string, functionName: string, itemType: ItemType): Promise<SendOptions> {
    return new Promise((resolve, reject) => {
      const frame = document.createElement("iframe");
      frame.hidden = true;
      frame.title = "Recipient Guard runtime";
      const done = (fn: () => void): void => {
        frame.remove();
        fn();
      };
      frame.onload = () => {
        const handlers = (
          frame.contentWindow as unknown as {
            __recipientGuardHandlers?: Record<string, (e: unknown) => void>;
          }
        )?.__recipientGuardHandlers;
        const handler = handlers?.[functionName];
        if (!handler) {
          done(() => reject(new Error(`the add-in associated no function named "${functionName}"`)));
          return;
        }
        let completed = false;
        handler({
          completed: (options?: SendOptions) => {
            if (completed) return;
            completed = true;
            done(() => resolve(options ?? {}));
          },
        });
      };
      frame.src = `${page}${page.includes("?") ? "&" : "?"}${HOST_INFO}&recipientGuardRuntime=event`;
      document.body.appendChild(frame);
      if (frame.contentWindow) this.frameItems.set(frame.contentWindow, itemType);
    });
  }

  // ---- Send and the Smart Alert ----

  private async send(): Promise<void> {
    if (this.sending) return;
    const draft = this.current;
    const form = draft.form;
    if (this.recipients(draft).every(([, list]) => list.length === 0)) {
      this.announce(form.noRecipients);
      return;
    }
    const m = this.manifest;
    if (this.profile.formFactor === "phone") {
      this.deliver(draft, "Outlook on phones runs no send-time check");
      return;
    }
    const events = m ? eventsOf(m, form.itemType) : null;
    if (!m || !events?.onSend) {
      this.deliver(draft, "no send check is installed");
      return;
    }
    this.setSending(true);
    this.announce("Recipient Guard is checking the recipients…");
    const slow = setTimeout(() => this.announce("Recipient Guard is taking longer than expected…"), SLOW_MS);
    const giveUp = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("the add-in did not answer in time")), GIVE_UP_MS),
    );
    try {
      const options = await Promise.race([this.runEvent(events.onSend, draft), giveUp]);
      clearTimeout(slow);
      if (options.allowEvent) this.deliver(draft, "Recipient Guard allowed it");
      else {
        // The check is over: its progress line must not stay up under the alert and the pane.
        this.announce("");
        this.showAlert(options, m, draft, events.sendMode);
      }
    } catch (error) {
      clearTimeout(slow);
      this.announce("");
      this.unavailable((error as Error).message, draft, events.sendMode);
    } finally {
      clearTimeout(slow);
      this.setSending(false);
    }
  }

  /** While Outlook runs the send check, Send waits and the item stays on screen. */
  private setSending(sending: boolean): void {
    this.sending = sending;
    $<HTMLButtonElement>("send").disabled = sending;
    for (const choice of this.itemChoices()) choice.disabled = sending;
  }

  /** What each SendMode does when the add-in cannot run (see the README's table). */
  private unavailable(reason: string, draft: Draft, sendMode: SendMode): void {
    if (sendMode === "PromptUser") {
      this.deliver(draft, `the add-in was unavailable (${reason}); PromptUser lets it go`);
      return;
    }
    const words = outlookWords(this.displayLanguage);
    const buttons: [string, () => void][] = [[words.tryLater, () => undefined]];
    if (sendMode === "SoftBlock")
      buttons.unshift([
        words.sendAnyway,
        () => this.deliver(draft, "sent anyway while the add-in was unavailable"),
      ]);
    this.openDialog(words.unavailable(reason), null, buttons);
  }

  /**
   * The task pane a Smart Alert's commandId opens: a ShowTaskpane button of the manifest on the form
   * being sent (a meeting's alert must name a button of the meeting organiser's form); else null.
   */
  private paneForCommand(m: ManifestInfo, commandId: string, form: ItemForm): string | null {
    return m.commandSurface.get(commandId) === form.surface ? (m.paneByCommand.get(commandId) ?? null) : null;
  }

  private showAlert(options: SendOptions, m: ManifestInfo, draft: Draft, sendMode: SendMode): void {
    const form = draft.form;
    const modern = versionAtLeast(this.profile.mailbox, "1.14");
    const promptUser = sendMode === "PromptUser" || (modern && options.sendModeOverride === "promptUser");
    const words = outlookWords(this.displayLanguage);
    const cancelLabel = modern && options.cancelLabel ? options.cancelLabel : words.dontSend;
    const paneUrl = modern && options.commandId ? this.paneForCommand(m, options.commandId, form) : null;
    const buttons: [string, () => void][] = [];
    if (promptUser)
      buttons.push([words.sendAnyway, () => this.deliver(draft, "sent anyway after the alert")]);
    buttons.push([
      cancelLabel,
      () => (paneUrl ? this.openPane(options.contextData ?? null, paneUrl) : this.announce("Not sent.")),
    ]);
    // Reported for Outlook on the web, new Outlook and Mac: with commandId set, the custom text is
    // replaced by a generic one (office-js#5828), so the pane has to tell the whole story.
    const generic = this.profile.platform !== "PC" && paneUrl !== null;
    const unknownCommand =
      modern && options.commandId && paneUrl === null
        ? `The add-in's commandId "${options.commandId}" names no task-pane button of the ${form.title.toLowerCase()} form in the manifest, so ${cancelLabel} opens no pane.`
        : null;
    const note = generic
      ? "This client shows generic text when the alert opens a task pane (reported as office-js#5828); the pane gives the details."
      : unknownCommand;
    if (generic) {
      this.openDialog(words.needsAttention(form.itemType, cancelLabel), note, buttons);
    } else if (versionAtLeast(this.profile.mailbox, "1.15") && options.errorMessageMarkdown) {
      this.openDialog(renderSafeMarkdown(options.errorMessageMarkdown, document), note, buttons);
    } else {
      this.openDialog(options.errorMessage ?? words.cantSend, note, buttons);
    }
  }

  private openDialog(
    message: string | DocumentFragment,
    note: string | null,
    buttons: [string, () => void][],
  ): void {
    const backdrop = $("alert-backdrop");
    const body = $("alert-message");
    body.replaceChildren(typeof message === "string" ? document.createTextNode(message) : message);
    const noteEl = $("alert-note");
    noteEl.hidden = note === null;
    noteEl.textContent = note ?? "";
    const row = $("alert-buttons");
    row.replaceChildren();
    // Outlook's alerts are opened by Send. While the check ran Send was disabled, which sent the
    // focus to the page's body, so focus goes back to Send itself, not to where it was.
    const close = (): void => {
      backdrop.hidden = true;
      document.removeEventListener("keydown", onKey, true);
      returnFocus($("send"));
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === "Escape") {
        event.preventDefault();
        close();
        this.announce("Not sent.");
      } else if (event.key === "Tab") {
        // Keep focus inside the alert, as Outlook's modal dialog does.
        const focusable = Array.from(row.querySelectorAll("button"));
        const index = focusable.indexOf(document.activeElement as HTMLButtonElement);
        const next = event.shiftKey ? index - 1 : index + 1;
        event.preventDefault();
        focusable[(next + focusable.length) % focusable.length]?.focus();
      }
    };
    for (const [label, action] of buttons) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      button.addEventListener("click", () => {
        close();
        action();
      });
      row.appendChild(button);
    }
    // The safe choice (Don't Send, or the button that opens the pane) is the default, as in Outlook:
    // pressing Enter on the alert never sends.
    const safe = row.lastElementChild as HTMLButtonElement | null;
    safe?.classList.add("primary");
    backdrop.hidden = false;
    document.addEventListener("keydown", onKey, true);
    safe?.focus();
  }

  // ---- task pane ----

  /**
   * `opener`: the control focus returns to when the pane closes, as from a modal dialog; the
   * message body when the pane was opened by the alert (whose Send the user is no longer pressing).
   */
  private openPane(contextData: string | null, url?: string, opener?: HTMLElement): void {
    if (this.profile.formFactor === "phone") {
      this.announce("Outlook on phones opens no add-in pane while a message is written.");
      return;
    }
    // The ribbon's button: the first task-pane button the manifest puts on this form.
    const form = this.current.form;
    const m = this.manifest;
    const ribbon = m ? [...m.commandSurface].find(([, surface]) => surface === form.surface)?.[0] : undefined;
    const paneUrl = url ?? (m && ribbon ? m.paneByCommand.get(ribbon) : undefined);
    if (!paneUrl) {
      this.announce(`The manifest declares no task pane for the ${form.title.toLowerCase()} form.`);
      return;
    }
    // Mailbox 1.15: a pane that is already open and handles InitializationContextChanged keeps its
    // state and is given the new context; otherwise Outlook loads the pane afresh.
    const open = !$("pane").hidden;
    if (
      open &&
      contextData !== null &&
      versionAtLeast(this.profile.mailbox, "1.15") &&
      this.contextListeners.size > 0
    ) {
      this.initializationContext = contextData;
      this.contextListeners.forEach((l) => l(contextData));
      return;
    }
    if (!open) this.paneOpener = opener ?? $("body");
    this.initializationContext = contextData;
    this.recipientListeners.clear();
    this.contextListeners.clear();
    const frame = $<HTMLIFrameElement>("pane-frame");
    if (frame.contentWindow) this.frameItems.set(frame.contentWindow, form.itemType);
    frame.onload = () => this.focusPaneStart(frame);
    frame.src = `${paneUrl}${paneUrl.includes("?") ? "&" : "?"}${HOST_INFO}&opened=${Date.now()}`;
    $("pane").hidden = false;
    frame.focus();
  }

  /**
   * Moves the focus from the pane's frame to where a keyboard or screen-reader user should start:
   * the pane's first focusable heading, or else its first control, once the pane has drawn them.
   * The page body is never a useful place to land.
   */
  private focusPaneStart(frame: HTMLIFrameElement): void {
    const started = Date.now();
    const attempt = (): void => {
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument;
      } catch {
        return; // another origin: its own business
      }
      if (!doc || $("pane").hidden) return;
      const target =
        doc.querySelector<HTMLElement>("h1[tabindex], h2[tabindex], h3[tabindex]") ??
        doc.querySelector<HTMLElement>(
          "button:not([disabled]), [role='tab'], a[href], input, select, textarea",
        );
      if (target) {
        frame.contentWindow?.focus();
        target.focus();
      } else if (Date.now() - started < 10_000) setTimeout(attempt, 50);
    };
    attempt();
  }

  private closePane(): void {
    const pane = $("pane");
    // Focus in the pane (its frame, its close button) would fall to the page's body once it is
    // hidden: it goes back to what opened the pane. Focus elsewhere (a select, Send) stays.
    const wasOpen = !pane.hidden;
    const focusInPane = wasOpen && pane.contains(document.activeElement);
    pane.hidden = true;
    if (wasOpen && (focusInPane || document.activeElement === document.body))
      returnFocus(this.paneOpener ?? $("body"));
    this.paneOpener = null;
    $<HTMLIFrameElement>("pane-frame").src = "about:blank";
    this.recipientListeners.clear();
    this.contextListeners.clear();
    this.initializationContext = null;
  }
}

void new Simulator().start();
