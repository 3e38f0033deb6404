import { errorMessage } from "../shared/display-text";
import {
  RECIPIENT_FIELDS,
  toRecipientEntry,
  type RecipientEntry,
  type RecipientField,
  type RecipientsByField,
} from "../shared/alert-context";

/** The part of Office.js's `Recipients` the handler uses. */
export interface RecipientsReader {
  getAsync(
    callback: (result: { status: unknown; value?: unknown; error?: { message?: unknown } }) => void,
  ): void;
}

export type ComposeRecipients = Record<RecipientField, RecipientsReader | undefined>;

export class OfficeCallError extends Error {}

const FIELD_NAMES: Record<RecipientField, string> = { to: "To", cc: "Cc", bcc: "Bcc" };

/**
 * Reads one field. Resolves once with the recipients, or rejects with a message naming the field
 * when Office reports a failure, returns something that is not a list, or does not answer in time.
 * A second callback from Office is ignored.
 */
function readField(
  field: RecipientField,
  reader: RecipientsReader | undefined,
  timeoutMs: number,
  succeeded: unknown,
): Promise<RecipientEntry[]> {
  const name = FIELD_NAMES[field];
  if (!reader || typeof reader.getAsync !== "function") {
    return Promise.reject(new OfficeCallError(`Outlook did not give access to the ${name} field`));
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(
        new OfficeCallError(
          `Outlook did not return the ${name} recipients within ${timeoutMs / 1000} seconds`,
        ),
      );
    }, timeoutMs);
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    try {
      reader.getAsync((result) => {
        finish(() => {
          if (!result || result.status !== succeeded) {
            const detail =
              result && result.error && typeof result.error.message === "string"
                ? `: ${result.error.message}`
                : "";
            reject(new OfficeCallError(`Outlook could not read the ${name} recipients${detail}`));
          } else if (!Array.isArray(result.value)) {
            reject(new OfficeCallError(`Outlook returned something unexpected for the ${name} recipients`));
          } else {
            resolve(Array.from(result.value as unknown[], toRecipientEntry)); // holes in a sparse list become unreadable entries
          }
        });
      });
    } catch (error) {
      finish(() =>
        reject(new OfficeCallError(`Reading the ${name} recipients failed: ${errorMessage(error)}`)),
      );
    }
  });
}

/** Reads To, Cc and Bcc in parallel. */
export async function readRecipients(
  item: ComposeRecipients,
  timeoutMs: number,
  succeeded: unknown,
): Promise<RecipientsByField> {
  const [to, cc, bcc] = await Promise.all(
    RECIPIENT_FIELDS.map((field) => readField(field, item[field], timeoutMs, succeeded)),
  );
  return { to: to!, cc: cc!, bcc: bcc! };
}
