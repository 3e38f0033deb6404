/**
 * The pane's tests run the real Office adapter (createOfficeHost) over the project's one Office
 * fake (test/office/fake-office.ts), as the web client: queue limit, permissions, requirement sets
 * and late roaming settings all apply. This class only adds handles for the tests: the recipients
 * as they are now, the settings as the pane sees them, and switches to make Outlook fail.
 */
import type { PaneHost, RefreshResult } from "../../src/taskpane/host";
import { createOfficeHost } from "../../src/taskpane/office-host";
import type { OfficeApi } from "../../src/taskpane/office-api";
import type { RecipientEntry, RecipientField, RecipientsByField } from "../../src/shared/alert-context";
import { POLICY_KEYS, SETTING_KEYS, type LoadedPolicy, type TextStore } from "../../src/shared/policy-store";
import { fakeOffice, type FakeOffice, type FieldBehaviour, type Platform } from "../office/fake-office";
import type { MessageContent } from "../../src/checker";
import type { Correspondents } from "../../src/checker/correspondents";

export const later = <T>(make: () => T): Promise<T> =>
  new Promise<void>((resolve) => setTimeout(resolve, 0)).then(make);

export const entry = (emailAddress: string, displayName = ""): RecipientEntry => ({
  emailAddress,
  displayName,
});

export interface FakeHostOptions {
  to?: RecipientEntry[];
  cc?: RecipientEntry[];
  bcc?: RecipientEntry[];
  contextData?: string | null;
  /** The organisation policy built into the add-in. */
  bundledPolicy?: unknown;
  /** What the policy download returns (text), or an Error to throw. */
  remotePolicy?: string | Error;
  userTrustedDomains?: string[];
  /** Default "1.15" (InitializationContextChanged, session data). */
  mailbox?: string;
  /** Default the web client, the strictest about simultaneous calls. */
  platform?: Platform;
  /**
   * When the policy was last checked for updates (ISO time); by default just now, so that the
   * automatic refresh when the pane opens does not run. null: never.
   */
  policyCheckedAt?: string | null;
  /** The runtime's large store (localStorage in the browser runtimes); none by default. */
  largeStore?: TextStore | null;
  /** The signed-in user's address (userProfile.emailAddress); default me@contoso.com. */
  userAddress?: string;
  /** A meeting being organised: `to` and `cc` are its required and optional attendees. */
  meeting?: boolean;
  /** What getAttachmentsAsync answers (Outlook's AttachmentDetailsCompose list); none by default. */
  attachments?: FieldBehaviour;
  /** What subject.getAsync answers. */
  subject?: string;
  /** Office.context.displayLanguage, "de-DE"; Office's default here is "en-US". */
  displayLanguage?: string;
  /** What the message's session data holds when the pane opens, by name (kept as JSON text). */
  session?: Record<string, unknown>;
}

interface RoamingLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
}

/** Roaming settings as the pane's runtime sees them, with Outlook's save counted and breakable. */
class PaneSettings {
  constructor(
    private readonly fake: FakeOffice,
    private readonly roaming: RoamingLike,
  ) {}
  get(name: string): unknown {
    const v = this.roaming.get(name);
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
  }
  set(name: string, value: unknown): void {
    this.roaming.set(name, JSON.parse(JSON.stringify(value)));
  }
  /** Saves Outlook completed. */
  get saves(): number {
    return this.fake.log.filter((op) => op === "saveSettings").length - (this.fake.fail.saveSettings ? 1 : 0);
  }
  set failSave(message: string | null) {
    this.fake.fail.saveSettings = message;
  }
}

const entriesOf = (value: unknown): RecipientEntry[] =>
  Array.isArray(value)
    ? value.map((r: { emailAddress?: string; displayName?: string }) => ({
        emailAddress: r.emailAddress ?? "",
        displayName: r.displayName ?? "",
      }))
    : [];

export class FakeHost implements PaneHost {
  readonly mode = "compose" as const;
  get itemKind(): PaneHost["itemKind"] {
    return this.host.itemKind;
  }
  get displayLanguage(): PaneHost["displayLanguage"] {
    return this.host.displayLanguage;
  }
  readonly version = "9.9.9-test";
  readonly fake: FakeOffice;
  readonly office: OfficeApi;
  readonly store: PaneSettings;
  remotePolicy: string | Error;
  /** The clock the policy refresh reads. */
  readonly now = new Date("2026-11-22T10:00:00.000Z");
  /** How many times the policy was downloaded. */
  downloads = 0;
  /** Every setRecipients the pane asked for. */
  setCalls: { field: RecipientField; recipients: RecipientEntry[] }[] = [];
  private readonly host: PaneHost;
  private readonly listeners = new Set<() => void>();

  constructor(options: FakeHostOptions = {}) {
    const asField = (list: RecipientEntry[] = []) => ({
      kind: "ok" as const,
      value: list.map(({ group, ...r }) => ({ ...r, recipientType: group ? "distributionList" : "user" })),
    });
    const roaming: Record<string, unknown> = {};
    if (options.userTrustedDomains) roaming[SETTING_KEYS.userTrustedDomains] = options.userTrustedDomains;
    const checkedAt =
      options.policyCheckedAt === undefined ? this.now.toISOString() : options.policyCheckedAt;
    if (checkedAt !== null) roaming[POLICY_KEYS.checkedAt] = checkedAt;
    this.fake = fakeOffice({
      to: asField(options.to),
      cc: asField(options.cc),
      bcc: asField(options.bcc),
      mailbox: options.mailbox ?? "1.15",
      platform: options.platform ?? "OfficeOnline",
      contextData: options.contextData ?? undefined,
      roaming,
      ...(options.userAddress ? { userAddress: options.userAddress } : {}),
      ...(options.meeting ? { meeting: true } : {}),
      ...(options.displayLanguage ? { displayLanguage: options.displayLanguage } : {}),
      ...(options.attachments ? { attachments: options.attachments } : {}),
      ...(options.subject !== undefined ? { subject: { kind: "ok", value: options.subject } } : {}),
    });
    for (const [name, value] of Object.entries(options.session ?? {}))
      this.fake.sessionData.set(name, JSON.stringify(value));
    this.office = this.fake.pane() as OfficeApi;
    this.store = new PaneSettings(this.fake, this.office.context.roamingSettings!);
    this.remotePolicy = options.remotePolicy ?? JSON.stringify({ version: 1 });
    this.host = createOfficeHost({
      office: this.office,
      version: this.version,
      bundledPolicy: options.bundledPolicy ?? { version: 1 },
      pageUrl: "https://addin.example/taskpane/taskpane.html",
      now: () => this.now,
      largeStore: options.largeStore ?? null,
      fetch: () =>
        later(() => {
          this.downloads++;
          if (this.remotePolicy instanceof Error) throw this.remotePolicy;
          const body = this.remotePolicy;
          return { ok: true, status: 200, text: async () => body } as Response;
        }),
    });
  }

  /** The message's recipients now. */
  get recipients(): RecipientsByField {
    const { to, cc, bcc } = this.fake.fields;
    const value = (f: typeof to) => (f.kind === "ok" || f.kind === "twice" ? f.value : []);
    return { to: entriesOf(value(to)), cc: entriesOf(value(cc)), bcc: entriesOf(value(bcc)) };
  }

  /** Make Outlook refuse every change of recipients with this message (null: stop). */
  set failSetRecipients(message: string | null) {
    for (const f of ["to", "cc", "bcc"]) this.fake.fail[`set ${f}`] = message;
  }

  /** Make Outlook fail every read of recipients with this message (null: stop). */
  set failGetRecipients(message: string | null) {
    for (const f of ["to", "cc", "bcc"]) this.fake.fail[`get ${f}`] = message;
  }

  getInitializationContext(): Promise<string | null> {
    return this.host.getInitializationContext();
  }

  getRecipients(): Promise<RecipientsByField> {
    return this.host.getRecipients();
  }

  getContent(subject: boolean): Promise<MessageContent | undefined> {
    return this.host.getContent!(subject);
  }

  ownAddress(): string | undefined {
    return this.host.ownAddress?.();
  }

  setRecipients(field: RecipientField, recipients: RecipientEntry[]): Promise<void> {
    this.setCalls.push({ field, recipients: recipients.map((r) => ({ ...r })) });
    return this.host.setRecipients(field, recipients);
  }

  loadPolicy(): LoadedPolicy {
    return this.host.loadPolicy();
  }

  refreshPolicy(options?: { automatic?: boolean }): Promise<RefreshResult> {
    return this.host.refreshPolicy(options);
  }

  getConfirmedDomains(): Promise<string[]> {
    return this.host.getConfirmedDomains!();
  }

  saveConfirmedDomains(domains: readonly string[]): Promise<void> {
    return this.host.saveConfirmedDomains!(domains);
  }

  readHistory(): Promise<Correspondents | null> {
    return this.host.readHistory!();
  }

  clearHistory(): Promise<void> {
    return this.host.clearHistory!();
  }

  getConversationDomains(): Promise<string[] | undefined> {
    return this.host.getConversationDomains?.() ?? Promise.resolve(undefined);
  }

  saveUserTrustedDomains(domains: readonly string[]): Promise<RefreshResult> {
    return this.host.saveUserTrustedDomains(domains);
  }

  onRecipientsChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    const remove = this.host.onRecipientsChanged(listener);
    return () => {
      this.listeners.delete(listener);
      remove();
    };
  }

  onInitializationContextChanged(listener: (context: string | null) => void): () => void {
    return this.host.onInitializationContextChanged(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** The user edits a field in Outlook while the pane is open. */
  userEdits(field: RecipientField, recipients: RecipientEntry[]): void {
    this.fake.fields[field] = { kind: "ok", value: recipients.map((r) => ({ ...r })) };
    this.fake.userEditsRecipients();
  }
}
