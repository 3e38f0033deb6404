/**
 * The review pane's only contact with Office.js: a PaneHost over the compose item, roaming
 * settings and the add-in's own origin. Every call has a timeout and a message naming what failed.
 */
import bundledPolicy from "../../config/policy.json";
import {
  RECIPIENT_FIELDS,
  toRecipientEntry,
  type RecipientEntry,
  type RecipientField,
  type RecipientsByField,
} from "../shared/alert-context";
import {
  AUTO_REFRESH_INTERVAL_MS,
  loadPolicy,
  readStoredPolicyTextsNow,
  refreshPolicy,
  saveUserTrustedDomains,
  settingsTextStore,
  type RefreshResult,
  type SettingsStore,
  type TextStore,
} from "../shared/policy-store";
import { roamingSettingsStore } from "../shared/roaming-store";
import { largePolicyStore } from "../shared/text-stores";
import { errorMessage } from "../shared/display-text";
import type { PaneHost } from "./host";
import {
  asComposeItem,
  supports,
  type ComposeItemApi,
  type OfficeApi,
  type RecipientsApi,
} from "./office-api";
import {
  DEFAULT_TIMEOUT_MS,
  OfficeCallError,
  officeCall,
  withTimeout,
  type AsyncCallback,
} from "./office-async";
import { FIELD_LABELS } from "./labels";

declare const RECIPIENT_GUARD_VERSION: string;

/** Outlook takes at most 100 recipients in one setAsync or addAsync call. */
export const RECIPIENTS_PER_CALL = 100;

export interface OfficeHostOptions {
  office: OfficeApi;
  /** For the policy download; the page's own fetch by default. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** The task pane's address, from which the policy URL is resolved. */
  pageUrl?: string;
  timeoutMs?: number;
  version?: string;
  /**
   * Where a policy too large for roaming settings is kept; by default the page's localStorage, which
   * the send handler's page shares, except in classic Outlook on Windows, whose send handler runs
   * without a page (it downloads the policy into its own storage instead).
   */
  largeStore?: TextStore | null;
}

const platformOf = (office: OfficeApi): unknown =>
  (office.context as { diagnostics?: { platform?: unknown } }).diagnostics?.platform;

/** The pane's large store: localStorage, unless the send handler cannot read it (classic Windows). */
function defaultLargeStore(office: OfficeApi): TextStore | null {
  if (platformOf(office) === "PC") return null;
  try {
    return typeof localStorage !== "undefined" ? largePolicyStore({ localStorage }) : null;
  } catch {
    return null;
  }
}

function builtVersion(): string {
  return typeof RECIPIENT_GUARD_VERSION === "string" ? RECIPIENT_GUARD_VERSION : "development";
}

/** The organisation policy's address: `policy.json` beside the pane's folder, on the add-in's own origin. */
export function policyUrl(pageUrl: string): URL {
  const page = new URL(pageUrl);
  const url = new URL("../policy.json", page);
  if (url.protocol !== "https:" && url.origin !== page.origin) {
    throw new Error(`${url.href} is neither https nor the add-in's own origin`);
  }
  return url;
}

function composeItemOf(office: OfficeApi): ComposeItemApi {
  const item = asComposeItem(office.context.mailbox?.item);
  if (!item) throw new Error("The Recipient Guard pane needs a message being written in Outlook.");
  return item;
}

export function createOfficeHost(options: OfficeHostOptions): PaneHost {
  const { office } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const compose: ComposeItemApi = composeItemOf(office);
  const succeeded = office.AsyncResultStatus.Succeeded;
  const call = <T>(what: string, start: (callback: AsyncCallback<T>) => void) =>
    officeCall<T>(what, start, { succeeded, timeoutMs });

  const base = roamingSettingsStore(office.context.roamingSettings, succeeded);
  const store: SettingsStore | null = base && {
    get: (name) => base.get(name),
    set: (name, value) => base.set(name, value),
    remove: (name) => base.remove(name),
    save: () => withTimeout(base.save(), "save its settings", timeoutMs),
  };
  const large = options.largeStore !== undefined ? options.largeStore : defaultLargeStore(office);
  const policyStores: TextStore[] = [];
  if (large) policyStores.push(large);
  if (store) policyStores.push(settingsTextStore(store));
  const noStore: RefreshResult = {
    ok: false,
    message: "Outlook's settings are not available here, so nothing can be saved.",
  };

  async function readField(field: RecipientField): Promise<RecipientEntry[]> {
    const what = `read the ${FIELD_LABELS[field]} recipients`;
    const value = await call<unknown>(what, (cb) => compose[field].getAsync(cb));
    if (!Array.isArray(value)) throw new OfficeCallError(`Outlook could not ${what}: it returned no list.`);
    return value.map(toRecipientEntry);
  }

  /** setAsync takes 100 recipients at most: set the first 100, then add the rest 100 at a time. */
  async function writeField(field: RecipientField, list: readonly RecipientEntry[]): Promise<void> {
    const recipients: RecipientsApi = compose[field];
    const label = FIELD_LABELS[field];
    const input = list.map((r) => ({
      emailAddress: r.emailAddress,
      displayName: r.displayName || r.emailAddress,
    }));
    await call<unknown>(`change the ${label} recipients`, (cb) =>
      recipients.setAsync(input.slice(0, RECIPIENTS_PER_CALL), cb),
    );
    for (let start = RECIPIENTS_PER_CALL; start < input.length; start += RECIPIENTS_PER_CALL) {
      const add = recipients.addAsync;
      if (typeof add !== "function") {
        throw new OfficeCallError(
          `Outlook could not add more than ${RECIPIENTS_PER_CALL} ${label} recipients.`,
        );
      }
      await call<unknown>(`add the ${label} recipients`, (cb) =>
        add.call(recipients, input.slice(start, start + RECIPIENTS_PER_CALL), cb),
      );
    }
  }

  async function setRecipients(field: RecipientField, list: RecipientEntry[]): Promise<void> {
    if (list.length <= RECIPIENTS_PER_CALL) return writeField(field, list);
    // Written in several calls: keep what was there, and put it back if a later call fails.
    const before = await readField(field);
    try {
      await writeField(field, list);
    } catch (error) {
      try {
        await writeField(field, before);
      } catch (restoreError) {
        throw new OfficeCallError(
          `${errorMessage(error)} Putting the ${FIELD_LABELS[field]} recipients back failed too (${errorMessage(restoreError).replace(/\.$/, "")}); please check them before sending.`,
        );
      }
      throw error;
    }
  }

  const fetchImpl = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  async function fetchPolicyText(): Promise<string> {
    const url = policyUrl(options.pageUrl ?? location.href);
    const controller = typeof AbortController === "function" ? new AbortController() : undefined;
    const timer = setTimeout(() => controller?.abort(), timeoutMs);
    try {
      const response = await fetchImpl(url.href, {
        cache: "no-store",
        credentials: "same-origin",
        ...(controller ? { signal: controller.signal } : {}),
      });
      if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
      return await response.text();
    } catch (error) {
      if (controller?.signal.aborted)
        throw new Error(`no answer within ${Math.round(timeoutMs / 1000)} seconds`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  // One Office handler for any number of listeners; removed when the last listener goes.
  const listeners = new Set<() => void>();
  const recipientsChanged = office.EventType?.RecipientsChanged ?? "olkRecipientsChanged";
  let registered = false;
  const notify = (): void => listeners.forEach((listener) => listener());

  const canSend = typeof compose.sendAsync === "function" && supports(office, "1.15");

  return {
    mode: "compose",
    version: options.version ?? builtVersion(),

    async getInitializationContext() {
      const get = compose.getInitializationContextAsync;
      if (typeof get !== "function") return null;
      const value = await call<unknown>("read what the Smart Alert passed to this pane", (cb) =>
        get.call(compose, cb),
      );
      if (typeof value === "string") return value.length > 0 ? value : null;
      return typeof value === "object" && value !== null ? JSON.stringify(value) : null;
    },

    async getRecipients(): Promise<RecipientsByField> {
      const [to, cc, bcc] = await Promise.all(RECIPIENT_FIELDS.map(readField));
      return { to: to!, cc: cc!, bcc: bcc! };
    },

    setRecipients,

    ...(canSend
      ? {
          send: async () => {
            await call<unknown>("send the message", (cb) => compose.sendAsync!.call(compose, cb));
          },
        }
      : {}),

    loadPolicy: () => {
      const problems: string[] = [];
      const stored = readStoredPolicyTextsNow(policyStores, problems);
      return loadPolicy(bundledPolicy, store, stored, problems);
    },

    refreshPolicy: (refresh) =>
      policyStores.length > 0
        ? refreshPolicy({
            fetchText: fetchPolicyText,
            stores: policyStores,
            bundled: bundledPolicy,
            ...(refresh?.automatic ? { minIntervalMs: AUTO_REFRESH_INTERVAL_MS } : {}),
            // Classic Outlook's send check keeps its own copy, which this pane cannot read.
            ...(platformOf(office) === "PC"
              ? {
                  whenTooLarge:
                    "the send check keeps its own copy, which it downloads while you write a message; this pane shows the copy built into the add-in.",
                }
              : {}),
          })
        : Promise.resolve(noStore),

    saveUserTrustedDomains: (domains) =>
      store ? saveUserTrustedDomains(store, domains) : Promise.resolve(noStore),

    onRecipientsChanged(listener) {
      listeners.add(listener);
      if (!registered && typeof compose.addHandlerAsync === "function") {
        registered = true;
        try {
          compose.addHandlerAsync(recipientsChanged, notify, (result) => {
            if (result?.status !== succeeded) registered = false;
          });
        } catch {
          registered = false; // the pane still re-checks after its own fixes and on request
        }
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && registered && typeof compose.removeHandlerAsync === "function") {
          registered = false;
          try {
            compose.removeHandlerAsync(recipientsChanged);
          } catch {
            // The pane is going away; nothing to tell the user.
          }
        }
      };
    },
  };
}
