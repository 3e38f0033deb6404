/**
 * Office.js's callback calls as promises, with one rule for the send handler and the pane alike:
 * - a call runs only if the client offers the member: it has its requirement set, or it is a phone
 *   and the member is one of the few later ones phones enable for event-based add-ins
 *   (MOBILE_EVENT_APIS). Every member in OFFICE_APIS is within the manifest's permission:
 *   test/taskpane/office-host.test.ts holds them together, and Outlook itself refuses a member above
 *   it, as the test fake does;
 * - at most MAX_CONCURRENT_CALLS run at once; the rest wait in order (Outlook on the web and new
 *   Outlook refuse a fourth);
 * - each settles once: Succeeded resolves, Failed or a thrown exception rejects with Outlook's reason,
 *   and a call not answered within its time (counted from when it was asked for, waiting included)
 *   rejects; a late or second answer is ignored.
 * Its failures say what Outlook could not do in the bundle's language (the catalogue's "office."
 * sentences, src/checker/messages/default.ts): the send handler shows them in the Smart Alert.
 * ES2016 only: the send handler imports this.
 */
import { fill, type Catalogue, type MessageKey } from "../checker/messages/catalogue";
import { defaultCatalogue } from "../checker/messages/default";
import {
  MANIFEST_MAILBOX_FLOOR,
  MAX_CONCURRENT_CALLS,
  MOBILE_MAILBOX,
  OFFICE_APIS,
  clientOffers,
  isMobilePlatform,
  versionAtLeast,
  type OfficeApiName,
} from "./apis";

// Timers come from the host, not from the ECMAScript library: declared here so that this file also
// compiles against `lib: ES2016` alone, as the send handler's code must.
declare function setTimeout(handler: () => void, ms: number): unknown;
declare function clearTimeout(id: unknown): void;

/** The part of Office.AsyncResult that is read. */
export interface AsyncResultLike<T = unknown> {
  status: unknown;
  value?: T;
  error?: { message?: unknown; code?: unknown };
}

export type AsyncCallback<T = unknown> = (result: AsyncResultLike<T>) => void;

export class OfficeCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OfficeCallError";
    Object.setPrototypeOf(this, OfficeCallError.prototype);
  }
}

/** The part of the Office global the adapter needs for its checks. */
export interface OfficeBasics {
  AsyncResultStatus: { Succeeded: unknown };
  context: {
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    /** Office.PlatformType: "PC", "OfficeOnline", "Mac", "Android", "iOS"… */
    diagnostics?: { platform?: unknown };
    platform?: unknown;
  };
}

/**
 * Whether Office runs on a phone (Outlook on Android or iOS): Office.context.diagnostics.platform,
 * or Office.context.platform where there is no diagnostics object.
 */
export function onMobile(office: OfficeBasics): boolean {
  try {
    const context = office.context;
    const diagnostics = context.diagnostics;
    return isMobilePlatform(diagnostics && diagnostics.platform ? diagnostics.platform : context.platform);
  } catch {
    return false;
  }
}

/** Office's messages usually end with a full stop; ours add one. */
function clean(message: unknown): string {
  return typeof message === "string" ? message.trim().replace(/[.\s]+$/, "") : "";
}

type Values = Readonly<Record<string, string | number>>;

/** A sentence or task of the catalogue the bundle speaks: "Outlook could not read the To recipients". */
export function officeText(key: MessageKey, values?: Values): string {
  return fill(defaultCatalogue.text[key], values);
}

/** "3.2 seconds", to a tenth of a second, in the words of `c` (the bundle's catalogue by default). */
export function seconds(ms: number, c: Catalogue = defaultCatalogue): string {
  const s = Math.round(ms / 100) / 10;
  return s === 1
    ? c.text["time.second"]
    : fill(c.text["time.seconds"], { count: String(s).replace(".", c.text.decimalPoint) });
}

/**
 * "Outlook could not read the To recipients: it is busy." (`reason` is Office's, or the
 * catalogue's), in the words of `say` (a caller's, or the bundle's catalogue).
 */
export function couldNot(
  what: string,
  reason?: string,
  say: (key: MessageKey, values?: Values) => string = officeText,
): OfficeCallError {
  return new OfficeCallError(
    `${reason ? say("office.failed-why", { what, reason }) : say("office.failed", { what })}.`,
  );
}

export interface OfficeCaller {
  /**
   * Whether the client has Mailbox requirement set `version`: sets up to the manifest's floor always
   * (on a phone, which runs the add-in below that floor, up to Mailbox 1.5), newer ones as it says.
   */
  supports(version: string): boolean;
  /** Whether the client offers member `api`: its requirement set, or on a phone MOBILE_EVENT_APIS. */
  offers(api: OfficeApiName): boolean;
  /** Outlook on Android or iOS. */
  readonly mobile: boolean;
  /**
   * A sentence or task in the caller's language (CallerOptions.catalogue): the bundle's in the send
   * handler, the pane's own in the pane. The adapters word their tasks and failures with it.
   */
  say(key: MessageKey, values?: Values): string;
  /**
   * Runs one Office call. `what` completes "Outlook could not …" (e.g. "read the To recipients"),
   * in the caller's language where the user can see it (the catalogue's "office." tasks: the
   * recipients, the attachments, the subject, the pane's changes of recipients); the tasks whose
   * failure no one is shown (stamping, keeping a decision, the notification bar) are English.
   * `start` receives the callback to hand to Office.
   */
  call<T>(
    api: OfficeApiName,
    what: string,
    start: (callback: AsyncCallback<T>) => void,
    timeoutMs: number,
  ): Promise<T | undefined>;
  /** Calls running and waiting, for tests and diagnostics. */
  readonly load: { running: number; waiting: number };
}

export interface CallerOptions {
  maxConcurrent?: number;
  /** The catalogue its failures are worded in: the bundle's by default; the pane passes its language's. */
  catalogue?: Catalogue;
}

interface Waiting {
  start(): void;
  cancelled: boolean;
}

export function createOfficeCaller(office: OfficeBasics, options: CallerOptions = {}): OfficeCaller {
  const limit = options.maxConcurrent || MAX_CONCURRENT_CALLS;
  const catalogue = options.catalogue || defaultCatalogue;
  const say = (key: MessageKey, values?: Values): string => fill(catalogue.text[key], values);
  const queue: Waiting[] = [];
  const load = { running: 0, waiting: 0 };

  const next = (): void => {
    while (load.running < limit && queue.length > 0) {
      const job = queue.shift()!;
      load.waiting = queue.length;
      if (job.cancelled) continue;
      load.running++;
      job.start();
    }
    load.waiting = queue.length;
  };

  // Phones run the add-in below the manifest's floor: there only what the client says counts.
  const mobile = onMobile(office);
  const supports = (version: string): boolean => {
    if (versionAtLeast(mobile ? MOBILE_MAILBOX : MANIFEST_MAILBOX_FLOOR, version)) return true;
    try {
      return office.context.requirements?.isSetSupported("Mailbox", version) === true;
    } catch {
      return false;
    }
  };

  const offers = (api: OfficeApiName): boolean => clientOffers(OFFICE_APIS[api], supports, mobile);

  function call<T>(
    api: OfficeApiName,
    what: string,
    start: (callback: AsyncCallback<T>) => void,
    timeoutMs: number,
  ): Promise<T | undefined> {
    let succeeded: unknown;
    try {
      succeeded = office.AsyncResultStatus.Succeeded;
    } catch (error) {
      return Promise.reject(error);
    }
    const rule = OFFICE_APIS[api];
    if (!offers(api)) {
      return Promise.reject(new OfficeCallError(`${say("office.unsupported", { what, set: rule.set })}.`));
    }
    return new Promise<T | undefined>((resolve, reject) => {
      let settled = false;
      let running = false;
      const job: Waiting = { start: run, cancelled: false };
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        job.cancelled = true;
        if (running) {
          running = false;
          load.running--;
          next();
        }
        fn();
      };
      const timer = setTimeout(
        () =>
          settle(() =>
            reject(
              new OfficeCallError(`${say("office.late", { what, time: seconds(timeoutMs, catalogue) })}.`),
            ),
          ),
        timeoutMs,
      );
      function run(): void {
        running = true;
        try {
          start((result) =>
            settle(() => {
              if (result && result.status === succeeded) resolve(result.value);
              else {
                reject(couldNot(what, clean(result && result.error ? result.error.message : undefined), say));
              }
            }),
          );
        } catch (error) {
          const reason =
            clean(
              error !== null && typeof error === "object" ? (error as { message?: unknown }).message : "",
            ) || clean(String(error));
          settle(() => reject(couldNot(what, reason, say)));
        }
      }
      queue.push(job);
      next();
    });
  }

  return { supports, offers, mobile, say, call, load };
}
