/**
 * Office.js's callback calls as promises, with one rule for every call the pane makes: a Failed
 * status rejects with Office's own message, an exception thrown by the call rejects too, and a call
 * Outlook never answers rejects after a timeout. Every message names what was being done.
 */

/** The part of Office.AsyncResult we read. */
export interface AsyncResultLike<T = unknown> {
  status: unknown;
  value?: T;
  error?: { message?: unknown; code?: unknown };
}

export type AsyncCallback<T = unknown> = (result: AsyncResultLike<T>) => void;

export const DEFAULT_TIMEOUT_MS = 10_000;

export class OfficeCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OfficeCallError";
  }
}

export interface OfficeCallOptions {
  /** Office.AsyncResultStatus.Succeeded of the Office.js in use. */
  succeeded: unknown;
  timeoutMs?: number;
}

/** Office's messages usually end with a full stop; ours add one. */
function clean(message: unknown): string {
  return typeof message === "string" ? message.trim().replace(/[.\s]+$/, "") : "";
}

function reasonOf(result: AsyncResultLike | undefined): string {
  return clean(result?.error?.message) || "no reason given";
}

/**
 * Starts one asynchronous Office.js call and settles once. `what` completes the sentence
 * "Outlook could not …", e.g. "read the To recipients".
 */
export function officeCall<T>(
  what: string,
  start: (callback: AsyncCallback<T>) => void,
  { succeeded, timeoutMs = DEFAULT_TIMEOUT_MS }: OfficeCallOptions,
): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new OfficeCallError(
              `Outlook did not ${what} within ${Math.round(timeoutMs / 1000)} seconds; please try again.`,
            ),
          ),
        ),
      timeoutMs,
    );
    try {
      start((result) =>
        settle(() => {
          if (result && result.status === succeeded) resolve(result.value);
          else reject(new OfficeCallError(`Outlook could not ${what}: ${reasonOf(result)}.`));
        }),
      );
    } catch (error) {
      const detail = clean((error as { message?: unknown } | null)?.message) || String(error);
      settle(() => reject(new OfficeCallError(`Outlook could not ${what}: ${detail}.`)));
    }
  });
}

/** Rejects with `what` named when `promise` takes longer than `timeoutMs`. */
export function withTimeout<T>(
  promise: Promise<T>,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new OfficeCallError(
            `Outlook did not ${what} within ${Math.round(timeoutMs / 1000)} seconds; please try again.`,
          ),
        ),
      timeoutMs,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
