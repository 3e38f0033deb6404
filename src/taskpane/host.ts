import type { ItemKind, RecipientField, RecipientsByField } from "../shared/alert-context";
import type { LoadedPolicy } from "../shared/policy-store";
import type { MessageContent } from "../checker";
import type { Correspondents } from "../checker/correspondents";

/** What a policy download or a save did, in the pane's words. */
export type RefreshResult =
  { ok: true; message: string; changed?: boolean } | { ok: false; message: string; skipped?: boolean };

/**
 * Everything the review pane needs from Outlook, behind one interface: the React components take a
 * PaneHost as a prop and never touch `Office` themselves. `office-host.ts` implements it over
 * Office.js; tests and the local simulator pass their own.
 */
export interface PaneHost {
  /** Where the pane is running: composing a message in Outlook, or outside Office altogether. */
  readonly mode: "compose" | "outside-office";
  /** What is being written: a message, or a meeting invitation (attendees, no Bcc). */
  readonly itemKind?: ItemKind;
  /**
   * Office's display language, as Outlook gives it (`Office.context.displayLanguage`, Mailbox 1.1):
   * an RFC 1766 tag such as "de-DE". The pane speaks German, French or Japanese for those, else
   * English; absent means English.
   */
  readonly displayLanguage?: string;
  /** The add-in's version, for the settings view. */
  readonly version: string;
  /** The Smart Alert's contextData, when the pane was opened from it ("Take Action"). */
  getInitializationContext(): Promise<string | null>;
  getRecipients(): Promise<RecipientsByField>;
  /**
   * The attachments (Mailbox 1.8), and the subject when `subject` is asked for (keyword lists):
   * undefined where the client lists no attachments; never rejects (a failure is the content's
   * `unread`).
   */
  getContent?(subject: boolean): Promise<MessageContent | undefined>;
  /** The signed-in user's address, whose domain counts as inside the organisation, where known. */
  ownAddress?(): string | undefined;
  /** Replaces one field's recipients; display names of the others must be kept as they were. */
  setRecipients(field: RecipientField, recipients: RecipientsByField[RecipientField]): Promise<void>;
  /**
   * Runs `work`, which writes recipients, under a mark kept on the message that holds a send back
   * until the writing has finished (SETTING_KEYS.paneChanging). A client that keeps nothing on a
   * message gets no mark, never an error.
   */
  whileWritingRecipients?<T>(work: () => Promise<T>): Promise<T>;
  /** The policy in force, with where it came from and any problems loading it. */
  loadPolicy(): LoadedPolicy;
  /**
   * Fetches the organisation policy from the add-in's own origin and keeps it. `automatic`: only
   * when the last attempt is older than AUTO_REFRESH_INTERVAL_MS (the pane does this when it opens).
   */
  refreshPolicy(options?: { automatic?: boolean }): Promise<RefreshResult>;
  /**
   * Saves the user's trusted domains. On success the message says when the change applies: to this
   * message at once where Outlook keeps it on the message too, else from a later message.
   */
  saveUserTrustedDomains(domains: readonly string[]): Promise<RefreshResult>;
  /**
   * The outside domains the user confirmed for this message, and keeping a new list, on the message
   * itself (policy externalRecipients.confirmDomains); absent where no message is being written.
   */
  getConfirmedDomains?(): Promise<string[]>;
  saveConfirmedDomains?(domains: readonly string[]): Promise<void>;
  /**
   * The user's history of outside domains as this runtime keeps it (an empty one when none is kept
   * yet); null where the send check keeps it where the pane cannot read it (classic Outlook on
   * Windows). Absent outside Office.
   */
  readHistory?(): Promise<Correspondents | null>;
  /** Forgets the history here, and leaves the mark that makes the send check forget its own. */
  clearHistory?(): Promise<void>;
  /**
   * A reply's: the registrable domains of the recipients Outlook put on it when it was created, as
   * the send handler kept them on the message (OnNewMessageCompose, session data, Mailbox 1.11);
   * undefined for anything else (a new message, a forward, a meeting, a client that keeps none).
   */
  getConversationDomains?(): Promise<string[] | undefined>;
  /** Called when the recipients change while the pane is open, so it can re-check. */
  onRecipientsChanged(listener: () => void): () => void;
  /**
   * Called with the new context when a Smart Alert's button would reopen the pane while it is
   * already open (InitializationContextChanged, Mailbox 1.15). Returns a remover.
   */
  onInitializationContextChanged(listener: (context: string | null) => void): () => void;
}
