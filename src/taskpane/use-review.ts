/**
 * The review view's state and actions: read the recipients, re-check them with the checker, and
 * change them only through the explicit fixes (each re-reads the field first and writes it back
 * whole, so every other recipient and display name stays as it is).
 */
import * as React from "react";
import { assessUserTrust, type Checker } from "../checker";
import {
  decodeAlertContext,
  RECIPIENT_FIELDS,
  type AlertContext,
  type RecipientField,
  type RecipientsByField,
} from "../shared/alert-context";
import { errorMessage, visibleText } from "../shared/display-text";
import {
  moveToBcc,
  newDomains,
  removeRecipient,
  replaceEach,
  replaceRecipient,
  reviewRecipients,
  type CheckedRecipient,
  type RecipientReview,
  type Replacement,
} from "./fixes";
import type { PaneHost } from "./host";
import { paneText, usePaneText, type PaneText } from "./i18n";
import { useItemWords } from "./labels";
import { describeStoredDomain, refusalText } from "./trust-words";

export type ReviewPhase = "checking" | "ready" | "failed";

export interface ReviewError {
  title: string;
  message: string;
}

export interface ReviewModel {
  phase: ReviewPhase;
  review: RecipientReview | null;
  /** What the Smart Alert said, when the pane was opened from it. */
  alert: AlertContext | null;
  error: ReviewError | null;
  /** The sentence for the live region: the last action and the result of the last check. */
  status: string;
  /** An action is running; the buttons wait. */
  busy: boolean;
  dismissError(): void;
  recheck(): Promise<void>;
  replace(recipient: CheckedRecipient, address: string): Promise<boolean>;
  /** Several replacements at once (Fix all at one domain), each field written once. */
  replaceAll(replacements: readonly Replacement[], done: (replaced: number) => string): Promise<boolean>;
  remove(recipient: CheckedRecipient): Promise<boolean>;
  /** Moves the recipients outside the organisation from To and Cc to Bcc. */
  moveExternalToBcc(): Promise<boolean>;
  /** Keeps an outside domain as confirmed for this message (policy externalRecipients.confirmDomains). */
  confirmDomain(domain: string): Promise<boolean>;
  trust(domain: string, shown?: string): Promise<boolean>;
}

const join = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(" ");

/** The result of a check in one sentence. */
export function summarise(
  review: RecipientReview,
  noun = "message",
  text: PaneText = paneText("en"),
): string {
  const total = review.recipients.length;
  if (total === 0) return text.t("status.none");
  const flagged = review.flagged.length;
  // The domains new to the user are only a note, but one a screen reader hears too.
  const fresh = newDomains(review.recipients);
  const note =
    fresh.length === 0
      ? undefined
      : fresh.length === 1
        ? text.t("status.newDomain", { domain: describeStoredDomain(fresh[0]!.domain, text) })
        : text.t("status.newDomains", { count: fresh.length });
  if (flagged === 0) {
    const all = total === 1 ? text.t("status.oneRight") : text.t("status.allRight", { count: total });
    return join(review.messageFindings.length > 0 ? text.t("status.seeNote", { all, noun }) : all, note);
  }
  return join(
    text.n("status.flagged", flagged, { flagged, recipients: text.n("count.recipients", total) }),
    note,
  );
}

/** A save's message without its first word ("Saved."), which the pane says its own way. */
export function withoutSaved(message: string, text: PaneText): string {
  const saved = text.t("host.saved");
  return (
    message.startsWith(saved) ? message.slice(saved.length) : message.replace(/^Saved\.\s*/, "")
  ).trim();
}

export function useReview(
  host: PaneHost,
  checker: Checker,
  userDomains: readonly string[],
  onPolicyChanged: () => void,
): ReviewModel {
  const { fields: fieldLabels, noun, seenFields } = useItemWords();
  const text = usePaneText();
  const sentence = (said: string) => text.t("sentence", { text: said });
  const [phase, setPhase] = React.useState<ReviewPhase>("checking");
  const [review, setReview] = React.useState<RecipientReview | null>(null);
  const [alert, setAlert] = React.useState<AlertContext | null>(null);
  const [error, setError] = React.useState<ReviewError | null>(null);
  const [status, setStatus] = React.useState(() => text.t("status.checking"));
  const [busy, setBusy] = React.useState(false);
  const sequence = React.useRef(0);
  /** Said before the next check's result: set by an action whose effect arrives with a new policy. */
  const pendingLead = React.useRef<string | undefined>(undefined);

  const check = React.useCallback(
    async (lead?: string): Promise<void> => {
      const id = ++sequence.current;
      try {
        const confirming = checker.policy.externalRecipients.confirmDomains;
        const learning = checker.policy.externalRecipients.learnCorrespondents && host.readHistory;
        const [recipients, confirmed, content, conversation, history] = await Promise.all([
          host.getRecipients(),
          confirming && host.getConfirmedDomains ? host.getConfirmedDomains() : [],
          // The attachments, and the subject only for the organisation's keyword lists.
          host.getContent ? host.getContent(checker.policy.keywords.length > 0) : undefined,
          // A reply's domains as Outlook created it: the outside domains the user added are named.
          host.getConversationDomains ? host.getConversationDomains() : undefined,
          // The review goes on without the history when it cannot be read: it only adds findings.
          learning ? learning.call(host).then(undefined, () => null) : null,
        ]);
        if (id !== sequence.current) return;
        const next = reviewRecipients(checker, recipients, {
          ownAddress: host.ownAddress?.(),
          kind: host.itemKind,
          confirmedDomains: confirmed,
          content,
          conversationDomains: conversation,
          correspondents: history ?? undefined,
        });
        setReview(next);
        setPhase("ready");
        setStatus(join(lead, summarise(next, noun, text)));
      } catch (e) {
        if (id !== sequence.current) return;
        // Without the live recipients nothing below would be true: show the error, not a stale list.
        setReview(null);
        setPhase("failed");
        setError({ title: text.t("error.checkFailed"), message: errorMessage(e) });
        setStatus(join(lead, text.t("error.checkFailed.status")));
      }
    },
    [host, checker, noun, text],
  );

  // Check on open and whenever the policy (and so the checker) changes.
  React.useEffect(() => {
    const lead = pendingLead.current;
    pendingLead.current = undefined;
    void check(lead);
  }, [check]);

  // Re-check when the user edits the recipients while the pane is open.
  const checkRef = React.useRef(check);
  checkRef.current = check;
  React.useEffect(() => host.onRecipientsChanged(() => void checkRef.current()), [host]);

  React.useEffect(() => {
    let live = true;
    host.getInitializationContext().then(
      (context) => live && setAlert(decodeAlertContext(context)),
      () => live && setAlert(null), // opened from the ribbon, or an older client: the live check tells all
    );
    // A new Smart Alert while the pane is open: Outlook keeps the pane and passes the new context
    // instead of reopening it (Mailbox 1.15). Show what that alert said, and check again.
    const checkedAgain = text.t("status.checkedAgain");
    const stop = host.onInitializationContextChanged((context) => {
      if (!live) return;
      setAlert(decodeAlertContext(context));
      void checkRef.current(checkedAgain);
    });
    return () => {
      live = false;
      stop();
    };
  }, [host]);

  /**
   * Runs one change of the recipients: the buttons wait while it runs, a failure is shown as
   * the failure's title, and the recipients are checked again after, with what it did said first.
   */
  const act = async (
    failure: string,
    work: () => Promise<{ ok: boolean; lead: string }>,
  ): Promise<boolean> => {
    setBusy(true);
    setError(null);
    let outcome: { ok: boolean; lead: string };
    try {
      outcome = await work();
    } catch (e) {
      setError({
        title: failure,
        message: text.t("error.recipientsBelow", { error: errorMessage(e), noun }),
      });
      outcome = { ok: false, lead: sentence(failure) };
    }
    await check(outcome.lead);
    setBusy(false);
    return outcome.ok;
  };

  /** Writes recipients under the mark that holds a send back meanwhile (host.whileWritingRecipients). */
  const writing = <T>(work: () => Promise<T>): Promise<T> =>
    host.whileWritingRecipients ? host.whileWritingRecipients(work) : work();

  /** Writes the fields `lists` changes, in `order`, under that mark. */
  const writeFields = (lists: Partial<RecipientsByField>, order: readonly RecipientField[]): Promise<void> =>
    writing(async () => {
      for (const field of order) {
        const list = lists[field];
        if (list) await host.setRecipients(field, list);
      }
    });

  const change = (
    recipient: CheckedRecipient,
    verb: "fail.replace" | "fail.remove",
    compute: (list: CheckedRecipient["entry"][]) => CheckedRecipient["entry"][] | null,
    done: string,
  ): Promise<boolean> => {
    const field = fieldLabels[recipient.field];
    const shown = visibleText(recipient.entry.emailAddress) || text.t("noAddress");
    return act(text.t(verb, { address: shown }), async () => {
      // Re-read the field: the user may have edited it since the last check.
      const current = await host.getRecipients();
      const next = compute(current[recipient.field]);
      if (!next) return { ok: false, lead: text.t("done.notInField", { address: shown, field }) };
      await writing(() => host.setRecipients(recipient.field, next));
      return { ok: true, lead: done };
    });
  };

  /** Said after a replacement whose new address is itself flagged: a fix never reads as all clear. */
  const stillQuestioned = (address: string): string | undefined =>
    checker.checkAddress(address).verdict === "allow"
      ? undefined
      : text.t("done.stillQuestions", { address: visibleText(address) });

  const replace = (recipient: CheckedRecipient, address: string) =>
    change(
      recipient,
      "fail.replace",
      (list) => replaceRecipient(list, recipient, address),
      join(
        text.t("done.replaced", {
          old: visibleText(recipient.entry.emailAddress),
          address: visibleText(address),
          field: fieldLabels[recipient.field],
        }),
        stillQuestioned(address),
      ),
    );

  const replaceAll = (
    replacements: readonly Replacement[],
    done: (replaced: number) => string,
  ): Promise<boolean> =>
    act(text.t("fail.replaceAll"), async () => {
      // Re-read every field: the user may have edited them since the last check.
      const { lists, missing } = replaceEach(await host.getRecipients(), replacements);
      await writeFields(lists, RECIPIENT_FIELDS);
      const ok = missing.length < replacements.length;
      const gone = missing.map((m) => visibleText(m.recipient.entry.emailAddress));
      let lead = ok
        ? join(
            done(replacements.length - missing.length),
            gone.length > 0
              ? text.t("done.goneNotChanged", { noun, addresses: gone.join(text.t("list.separator")) })
              : undefined,
          )
        : text.t("done.allGone", { noun });
      const questioned = replacements.filter(
        (r) => !missing.includes(r) && checker.checkAddress(r.address).verdict !== "allow",
      );
      if (ok && questioned.length > 0)
        lead = join(
          lead,
          questioned.length === 1
            ? stillQuestioned(questioned[0]!.address)
            : text.t("done.stillQuestionsSome", { count: questioned.length }),
        );
      return { ok, lead };
    });

  const remove = (recipient: CheckedRecipient) =>
    change(
      recipient,
      "fail.remove",
      (list) => removeRecipient(list, recipient),
      text.t("done.removed", {
        address: visibleText(recipient.entry.emailAddress),
        field: fieldLabels[recipient.field],
      }),
    );

  const moveExternalToBcc = (): Promise<boolean> =>
    act(text.t("fail.moveToBcc"), async () => {
      // Re-read every field: the user may have edited them since the last check.
      const { lists, moved } = moveToBcc(await host.getRecipients(), review?.visibleExternal ?? []);
      // Bcc first: if Outlook then refuses To or Cc, a recipient is in two fields, never in none.
      // Until To and Cc are written too, the message shows them twice: a send waits meanwhile.
      await writeFields(lists, ["bcc", "to", "cc"]);
      return moved > 0
        ? { ok: true, lead: text.t("done.moved", { recipients: text.n("count.recipients", moved) }) }
        : { ok: false, lead: text.t("done.notMoved", { fields: seenFields }) };
    });

  const confirmDomain = (domain: string): Promise<boolean> =>
    act(text.t("fail.confirm", { domain: visibleText(domain) }), async () => {
      if (!host.saveConfirmedDomains) throw new Error(text.t("done.noConfirmations"));
      const confirmed = (review?.outsideDomains ?? []).filter((d) => d.confirmed).map((d) => d.domain);
      await host.saveConfirmedDomains([...confirmed, domain]);
      const left = (review?.outsideDomains ?? []).filter((d) => !d.confirmed && d.domain !== domain).length;
      return {
        ok: true,
        lead: join(
          text.t("done.confirmed", { domain: visibleText(domain), noun }),
          left === 0 ? text.t("done.allConfirmed", { noun }) : undefined,
        ),
      };
    });

  /**
   * Adds a domain to the user's trusted domains, through the same assessment as the Settings list
   * (never a blocked domain or an imitation); `shown` is what the user is told was added.
   */
  const trust = async (domain: string, shown?: string): Promise<boolean> => {
    const assessment = assessUserTrust(checker, domain);
    const named = shown ?? (assessment.ok ? assessment.shown : visibleText(domain));
    const fail = (message: string) => {
      const title = text.t("trust.couldNot", { domain: named });
      setError({ title, message });
      setStatus(sentence(title));
    };
    setBusy(true);
    setError(null);
    let ok = false;
    try {
      if (!assessment.ok) {
        fail(refusalText(assessment.refusal, text));
      } else {
        const stored = assessment.stored;
        const list = userDomains.includes(stored) ? [...userDomains] : [...userDomains, stored];
        const result = await host.saveUserTrustedDomains(list);
        if (result.ok) {
          ok = true;
          const when = withoutSaved(result.message, text);
          pendingLead.current = join(text.t("trust.done", { domain: named }), when);
          onPolicyChanged(); // a new policy makes a new checker, and the effect above re-checks
        } else {
          fail(result.message);
        }
      }
    } catch (e) {
      fail(errorMessage(e));
    }
    setBusy(false);
    return ok;
  };

  return {
    phase,
    review,
    alert,
    error,
    status,
    busy,
    dismissError: () => setError(null),
    recheck: () => check(),
    replace,
    replaceAll,
    remove,
    moveExternalToBcc,
    confirmDomain,
    trust,
  };
}
