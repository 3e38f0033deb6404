/**
 * A PaneHost for tests: recipients in memory, settings in a memory store run through the real
 * policy-store functions, and every asynchronous method answering on a later tick, as Outlook does.
 */
import type { PaneHost } from "../../src/taskpane/host";
import type { RecipientEntry, RecipientField, RecipientsByField } from "../../src/shared/alert-context";
import {
  AUTO_REFRESH_INTERVAL_MS,
  loadPolicy,
  POLICY_KEYS,
  readStoredPolicyTextsNow,
  refreshPolicy,
  saveUserTrustedDomains,
  settingsTextStore,
  SETTING_KEYS,
  type LoadedPolicy,
  type RefreshResult,
  type SettingsStore,
  type TextStore,
} from "../../src/shared/policy-store";

export const later = <T>(make: () => T): Promise<T> =>
  new Promise<void>((resolve) => setTimeout(resolve, 0)).then(make);

export class MemoryStore implements SettingsStore {
  values = new Map<string, unknown>();
  saves = 0;
  failSave: string | null = null;
  get(name: string): unknown {
    const v = this.values.get(name);
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  save(): Promise<void> {
    return later(() => {
      if (this.failSave) throw new Error(this.failSave);
      this.saves++;
    });
  }
}

export const entry = (emailAddress: string, displayName = ""): RecipientEntry => ({
  emailAddress,
  displayName,
});

export interface FakeHostOptions {
  to?: RecipientEntry[];
  cc?: RecipientEntry[];
  bcc?: RecipientEntry[];
  contextData?: string | null;
  canSend?: boolean;
  /** The organisation policy built into the add-in. */
  bundledPolicy?: unknown;
  /** What the policy download returns (text), or an Error to throw. */
  remotePolicy?: string | Error;
  userTrustedDomains?: string[];
  /**
   * When the policy was last checked for updates (ISO time); by default just now, so that the
   * automatic refresh when the pane opens does not run. null: never.
   */
  policyCheckedAt?: string | null;
}

export class FakeHost implements PaneHost {
  readonly mode = "compose" as const;
  readonly version = "9.9.9-test";
  readonly send?: () => Promise<void>;
  recipients: RecipientsByField;
  contextData: string | null;
  bundledPolicy: unknown;
  remotePolicy: string | Error;
  store = new MemoryStore();
  /** The runtime's large store (localStorage in the browser runtimes); null where there is none. */
  largeStore: TextStore | null = null;
  /** The clock the policy refresh reads. */
  now = new Date("2026-11-22T10:00:00.000Z");
  /** How many times the policy was downloaded. */
  downloads = 0;
  /** Set to make the next setRecipients calls fail with this Office-style message. */
  failSetRecipients: string | null = null;
  failGetRecipients: string | null = null;
  setCalls: { field: RecipientField; recipients: RecipientEntry[] }[] = [];
  sent = 0;
  private listeners = new Set<() => void>();

  constructor(options: FakeHostOptions = {}) {
    this.recipients = { to: options.to ?? [], cc: options.cc ?? [], bcc: options.bcc ?? [] };
    this.contextData = options.contextData ?? null;
    this.bundledPolicy = options.bundledPolicy ?? { version: 1 };
    this.remotePolicy = options.remotePolicy ?? JSON.stringify({ version: 1 });
    if (options.userTrustedDomains)
      this.store.set(SETTING_KEYS.userTrustedDomains, options.userTrustedDomains);
    const checkedAt =
      options.policyCheckedAt === undefined ? this.now.toISOString() : options.policyCheckedAt;
    if (checkedAt !== null) this.store.set(POLICY_KEYS.checkedAt, checkedAt);
    if (options.canSend) {
      this.send = () =>
        later(() => {
          this.sent++;
        });
    }
  }

  getInitializationContext(): Promise<string | null> {
    return later(() => this.contextData);
  }

  getRecipients(): Promise<RecipientsByField> {
    return later(() => {
      if (this.failGetRecipients) throw new Error(this.failGetRecipients);
      return JSON.parse(JSON.stringify(this.recipients)) as RecipientsByField;
    });
  }

  setRecipients(field: RecipientField, recipients: RecipientEntry[]): Promise<void> {
    return later(() => {
      if (this.failSetRecipients) throw new Error(this.failSetRecipients);
      const copy = recipients.map((r) => ({ ...r }));
      this.setCalls.push({ field, recipients: copy });
      this.recipients = { ...this.recipients, [field]: copy };
      this.listeners.forEach((l) => l());
    });
  }

  private policyStores(): TextStore[] {
    return this.largeStore
      ? [this.largeStore, settingsTextStore(this.store)]
      : [settingsTextStore(this.store)];
  }

  loadPolicy(): LoadedPolicy {
    const problems: string[] = [];
    const stored = readStoredPolicyTextsNow(this.policyStores(), problems);
    return loadPolicy(this.bundledPolicy, this.store, stored, problems);
  }

  refreshPolicy(options?: { automatic?: boolean }): Promise<RefreshResult> {
    return refreshPolicy({
      fetchText: () =>
        later(() => {
          this.downloads++;
          if (this.remotePolicy instanceof Error) throw this.remotePolicy;
          return this.remotePolicy;
        }),
      stores: this.policyStores(),
      now: () => this.now,
      ...(options?.automatic ? { minIntervalMs: AUTO_REFRESH_INTERVAL_MS } : {}),
    });
  }

  saveUserTrustedDomains(domains: readonly string[]): Promise<RefreshResult> {
    return saveUserTrustedDomains(this.store, domains);
  }

  onRecipientsChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** The user edits a field in Outlook while the pane is open. */
  userEdits(field: RecipientField, recipients: RecipientEntry[]): void {
    this.recipients = { ...this.recipients, [field]: recipients };
    this.listeners.forEach((l) => l());
  }
}
