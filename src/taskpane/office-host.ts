/**
 * The review pane's only contact with Office.js: a PaneHost over the compose item, roaming
 * settings and the add-in's own origin, through the shared adapter in src/office (one queue, one
 * timeout rule, permission and requirement-set checks). The pane never sends the message itself:
 * item.sendAsync needs read/write mailbox, above the read/write item this add-in asks for.
 */
import bundledPolicy from "../../config/policy.json";
import { type RecipientEntry, type RecipientField, type RecipientsByField } from "../shared/alert-context";
import {
  AUTO_REFRESH_INTERVAL_MS,
  confirmedDomainsFrom,
  loadPolicy,
  readStoredPolicyTextsNow,
  saveUserTrustedDomains,
  settingsTextStore,
  SETTING_KEYS,
  updatePolicy,
  type PolicyProblem,
  type SettingsStore,
  type TextStore,
} from "../shared/policy-store";
import { largePolicyStore } from "../shared/text-stores";
import { clearHistory, readHistory } from "../shared/correspondent-store";
import { errorMessage } from "../shared/display-text";
import { ADDIN_VERSION } from "../shared/version";
import {
  INITIALIZATION_CONTEXT_CHANGED,
  OfficeCallError,
  PANE_CALL_MS,
  createOfficeCaller,
  hasSessionData,
  itemKindOf,
  readField,
  ownAddress,
  readContent,
  readRecipients,
  roamingSettingsStore,
  writeField,
  readItemValue,
  writeItemValue,
  RECIPIENTS_PER_CALL,
  type OfficeCaller,
} from "../office";
import type { PaneHost, RefreshResult } from "./host";
import { paneTextFor } from "./i18n";
import { PolicyDownloadError, unsavedText, updateResult } from "./policy-words";
import { asComposeItem, type ComposeItemApi, type OfficeApi } from "./office-api";

export { RECIPIENTS_PER_CALL };

export interface OfficeHostOptions {
  office: OfficeApi;
  /** For the policy download; the page's own fetch by default. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** The task pane's address, from which the policy URL is resolved. */
  pageUrl?: string;
  timeoutMs?: number;
  version?: string;
  /** For tests: an adapter over the same Office, to watch its queue. */
  caller?: OfficeCaller;
  /** For tests: the organisation policy built into the add-in, and the clock. */
  bundledPolicy?: unknown;
  now?: () => Date;
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

/** The organisation policy's address: `policy.json` beside the pane's folder, on the add-in's own origin. */
export function policyUrl(pageUrl: string): URL {
  const page = new URL(pageUrl);
  const url = new URL("../policy.json", page);
  if (url.protocol !== "https:" && url.origin !== page.origin) {
    throw new PolicyDownloadError({ why: "origin", url: url.href });
  }
  return url;
}

/** Office's display language ("de-DE"), when Office gives one as a string. */
export function displayLanguageOf(office: OfficeApi): string | undefined {
  try {
    const language = office.context.displayLanguage;
    return typeof language === "string" && language !== "" ? language : undefined;
  } catch {
    return undefined;
  }
}

function composeItemOf(office: OfficeApi): ComposeItemApi {
  const item = asComposeItem(office.context.mailbox?.item);
  if (!item) throw new Error(paneTextFor(displayLanguageOf(office)).t("host.needsItem"));
  return item;
}

export function createOfficeHost(options: OfficeHostOptions): PaneHost {
  const { office } = options;
  const timeoutMs = options.timeoutMs ?? PANE_CALL_MS;
  const compose: ComposeItemApi = composeItemOf(office);
  const kind = itemKindOf(compose);
  const displayLanguage = displayLanguageOf(office);
  const text = paneTextFor(displayLanguage);
  // Office's failures in the pane's language; Office's own reasons stay as Office gives them.
  const caller = options.caller ?? createOfficeCaller(office, { catalogue: text.messages });
  const savedThen = (when: "host.appliesNow" | "host.appliesLater") =>
    `${text.t("host.saved")} ${text.t(when)}`;

  const builtIn: unknown = "bundledPolicy" in options ? options.bundledPolicy : bundledPolicy;
  const store: SettingsStore | null = roamingSettingsStore(office.context.roamingSettings, caller, timeoutMs);
  const large = options.largeStore !== undefined ? options.largeStore : defaultLargeStore(office);
  const policyStores: TextStore[] = [];
  if (large) policyStores.push(large);
  if (store) policyStores.push(settingsTextStore(store));
  const noStore: RefreshResult = {
    ok: false,
    message: text.t("host.noSettings"),
  };

  const readOne = (field: RecipientField) => readField(caller, compose, field, timeoutMs);
  const writeOne = (field: RecipientField, list: readonly RecipientEntry[]) =>
    writeField(caller, compose, field, list, timeoutMs);

  /**
   * The pane writes recipients only to apply a fix the user chose; the send's stamp then says
   * "fixed" (src/shared/stamp.ts). A client without session data gets no mark, never an error.
   */
  const markFixed = (): Promise<void> =>
    hasSessionData(caller, compose)
      ? writeItemValue(caller, compose, SETTING_KEYS.paneFixed, true, timeoutMs).catch(() => undefined)
      : Promise.resolve();

  const markChanging = (since: number): Promise<void> =>
    hasSessionData(caller, compose)
      ? writeItemValue(caller, compose, SETTING_KEYS.paneChanging, since, timeoutMs).catch(() => undefined)
      : Promise.resolve();

  async function whileWritingRecipients<T>(work: () => Promise<T>): Promise<T> {
    await markChanging(Date.now());
    try {
      return await work();
    } finally {
      await markChanging(0);
    }
  }

  async function setRecipients(field: RecipientField, list: RecipientEntry[]): Promise<void> {
    await writeRecipients(field, list);
    await markFixed();
  }

  async function writeRecipients(field: RecipientField, list: RecipientEntry[]): Promise<void> {
    if (list.length <= RECIPIENTS_PER_CALL) return writeOne(field, list);
    // Written in several calls: keep what was there, and put it back if a later call fails.
    const before = await readOne(field);
    try {
      await writeOne(field, list);
    } catch (error) {
      try {
        await writeOne(field, before);
      } catch (restoreError) {
        throw new OfficeCallError(
          text.t("host.restoreFailed", {
            error: errorMessage(error),
            field: text.t(`field.${kind}.${field}`),
            detail: errorMessage(restoreError).replace(/\.$/, ""),
          }),
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
      if (!response.ok)
        throw new PolicyDownloadError({ why: "status", path: url.pathname, status: response.status });
      return await response.text();
    } catch (error) {
      if (controller?.signal.aborted)
        throw new PolicyDownloadError({ why: "timeout", seconds: Math.round(timeoutMs / 1000) });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * One Office handler per event type for any number of listeners, added with the first listener
   * and removed with the last. Registering goes through the queue like every other call.
   */
  function eventHub<A>(
    eventType: unknown,
    set: string,
    toArgument: (event: unknown) => A,
  ): (listener: (argument: A) => void) => () => void {
    const listeners = new Set<(argument: A) => void>();
    let registered = false;
    const notify = (event: unknown): void => {
      const argument = toArgument(event);
      listeners.forEach((listener) => listener(argument));
    };
    return (listener) => {
      listeners.add(listener);
      const add = compose.addHandlerAsync;
      if (!registered && typeof add === "function" && caller.supports(set)) {
        registered = true;
        caller
          .call(
            "item.addHandlerAsync",
            text.t("task.watch"),
            (cb) => add.call(compose, eventType, notify, cb),
            timeoutMs,
          )
          .catch(() => {
            registered = false; // the pane still re-checks after its own fixes and on request
          });
      }
      return () => {
        listeners.delete(listener);
        const remove = compose.removeHandlerAsync;
        if (listeners.size === 0 && registered && typeof remove === "function") {
          registered = false;
          caller
            .call(
              "item.removeHandlerAsync",
              text.t("task.unwatch"),
              (cb) => remove.call(compose, eventType, cb),
              timeoutMs,
            )
            .catch(() => undefined); // the pane is going away; nothing to tell the user
        }
      };
    };
  }

  const onRecipientsChanged = eventHub(
    office.EventType?.RecipientsChanged ?? "olkRecipientsChanged",
    "1.7",
    () => undefined,
  );
  const onContextChanged = eventHub(
    office.EventType?.InitializationContextChanged ?? INITIALIZATION_CONTEXT_CHANGED.eventType,
    INITIALIZATION_CONTEXT_CHANGED.set,
    (event) =>
      contextText((event as { initializationContextData?: unknown } | null)?.initializationContextData),
  );

  /**
   * A list of domains kept on this message (session data, Mailbox 1.11): only a list of text counts,
   * as in the send handler; undefined where there is none or Outlook keeps nothing on a message.
   */
  const readDomains = async (key: string): Promise<string[] | undefined> =>
    confirmedDomainsFrom(await readItemValue(caller, compose, key, timeoutMs));

  /** The user's decision also goes on this message, which the send check reads at once. */
  async function keepOnMessage(domains: readonly string[]): Promise<RefreshResult> {
    if (!hasSessionData(caller, compose)) return { ok: true, message: savedThen("host.appliesLater") };
    try {
      await writeItemValue(
        caller,
        compose,
        SETTING_KEYS.userTrustedDomains,
        store?.get(SETTING_KEYS.userTrustedDomains) ?? [...domains],
        timeoutMs,
      );
      return { ok: true, message: savedThen("host.appliesNow") };
    } catch {
      return { ok: true, message: savedThen("host.appliesLater") };
    }
  }

  return {
    mode: "compose",
    itemKind: kind,
    ...(displayLanguage ? { displayLanguage } : {}),
    version: options.version ?? ADDIN_VERSION,

    async getInitializationContext() {
      const get = compose.getInitializationContextAsync;
      if (typeof get !== "function") return null;
      const value = await caller.call<unknown>(
        "item.getInitializationContextAsync",
        text.t("task.context"),
        (cb) => get.call(compose, cb),
        timeoutMs,
      );
      return contextText(value);
    },

    getRecipients: (): Promise<RecipientsByField> => readRecipients(caller, compose, timeoutMs),

    getContent: (subject) => readContent(caller, compose, timeoutMs, subject),

    // Kept beside the policy: where the pane has no large store the send check shares, nor that.
    readHistory: async () => (large ? (await readHistory(large, store, Date.now())).history : null),

    clearHistory: () => clearHistory(large, store, Date.now()),

    ownAddress: () => ownAddress(office),

    setRecipients,

    whileWritingRecipients,

    loadPolicy: () => {
      const problems: PolicyProblem[] = [];
      const stored = readStoredPolicyTextsNow(policyStores, problems);
      return loadPolicy(builtIn, store, stored, problems);
    },

    refreshPolicy: async (refresh) => {
      if (policyStores.length === 0) return noStore;
      const update = await updatePolicy({
        fetchText: fetchPolicyText,
        stores: policyStores,
        bundled: builtIn,
        ...(options.now ? { now: options.now } : {}),
        ...(refresh?.automatic ? { minIntervalMs: AUTO_REFRESH_INTERVAL_MS, retryFailed: true } : {}),
      });
      // Classic Outlook's send check keeps its own copy, which this pane cannot read.
      const result = updateResult(update, text, platformOf(office) === "PC");
      return result.ok && result.changed !== false
        ? { ...result, message: `${result.message} ${text.t("host.appliesLater")}` }
        : result;
    },

    saveUserTrustedDomains: async (domains) => {
      if (!store) return noStore;
      const unsaved = unsavedText(await saveUserTrustedDomains(store, domains), text);
      return unsaved === null ? keepOnMessage(domains) : { ok: false, message: unsaved };
    },

    getConfirmedDomains: async () => (await readDomains(SETTING_KEYS.confirmedDomains)) ?? [],

    saveConfirmedDomains: (domains) =>
      writeItemValue(caller, compose, SETTING_KEYS.confirmedDomains, [...domains], timeoutMs),

    // Only a message can be a reply (getComposeTypeAsync is MessageCompose's): a meeting costs no call.
    getConversationDomains: () =>
      kind === "meeting" ? Promise.resolve(undefined) : readDomains(SETTING_KEYS.conversationDomains),

    onRecipientsChanged: (listener) => onRecipientsChanged(listener),
    onInitializationContextChanged: (listener) => onContextChanged(listener),
  };
}

/** contextData as text: a string as it is, an object as JSON (older Windows builds), else nothing. */
function contextText(value: unknown): string | null {
  if (typeof value === "string") return value.length > 0 ? value : null;
  return typeof value === "object" && value !== null ? JSON.stringify(value) : null;
}
