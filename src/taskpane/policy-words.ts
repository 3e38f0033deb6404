/**
 * The organisation policy's download, save and loading problems in the pane's language. The shared
 * code (src/shared/policy-store.ts), which the send handler also runs, says what happened as data
 * and carries no words; these are the pane catalogue's. What the policy validator found (`errors`)
 * is put in the same language by the policy catalogue (src/checker/policy/messages/), the one
 * `recipient-guard policy check` speaks; what Office or the browser said (`detail`) is quoted as it is.
 */
import type { PolicyError } from "../checker";
import { describePolicyError } from "../checker/policy/messages";
import { errorMessage } from "../shared/display-text";
import type { PolicyPart, PolicyProblem, PolicyUpdate, UserDomainsSaved } from "../shared/policy-store";
import type { RefreshResult } from "./host";
import type { PaneText } from "./i18n";

/** The validator's first few errors, `place: problem`; the rest are counted. */
const SHOWN_ERRORS = 3;

/** Why the policy download failed, as the pane's own download says it (office-host.ts). */
export type DownloadFailure =
  | { why: "status"; path: string; status: number }
  | { why: "timeout"; seconds: number }
  | { why: "origin"; url: string };

/** A failed download of our own making, worded by the pane in its language. */
export class PolicyDownloadError extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(failure.why);
    this.name = "PolicyDownloadError";
  }
}

function downloadFailureText(failure: DownloadFailure, text: PaneText): string {
  switch (failure.why) {
    case "status":
      return text.t("download.status", { path: failure.path, status: failure.status });
    case "timeout":
      return text.n("download.timeout", failure.seconds);
    case "origin":
      return text.t("download.origin", { url: failure.url });
  }
}

/** An error's words: ours in the pane's language, Office's or the browser's as they gave them. */
export function failureText(error: unknown, text: PaneText): string {
  return error instanceof PolicyDownloadError
    ? downloadFailureText(error.failure, text)
    : errorMessage(error);
}

function errorsText(errors: readonly PolicyError[], text: PaneText): string {
  const list = errors
    .slice(0, SHOWN_ERRORS)
    .map((e) => describePolicyError(e, text.language))
    .join(text.t("errors.separator"));
  return errors.length > SHOWN_ERRORS
    ? text.t("errors.more", { list, count: errors.length - SHOWN_ERRORS })
    : list;
}

function notUsed(part: PolicyPart, errors: readonly PolicyError[], text: PaneText): string {
  return text.t(`notUsed.${part}`, { errors: errorsText(errors, text) });
}

/** A sentence about something in the policy stores that could not be used (the Settings view lists them). */
export function problemText(problem: PolicyProblem, text: PaneText): string {
  switch (problem.problem) {
    case "saved-unreadable":
    case "user-unreadable":
      return text.t(`problem.${problem.problem}`, { detail: problem.detail });
    case "saved-damaged":
    case "outdated":
      return text.t(`problem.${problem.problem}`);
    case "saved-ignored":
      return text.t("problem.saved-ignored", { reason: text.t(`stored.${problem.fault}`) });
    case "not-used":
      return notUsed(problem.part, problem.errors, text);
  }
}

/**
 * What a policy update did, as the pane's button and automatic check say it. `ownCopy`: the send
 * check keeps its own copy, which this pane cannot read (classic Outlook on Windows), so a policy
 * too large for the pane's stores still reaches it.
 */
export function updateResult(update: PolicyUpdate, text: PaneText, ownCopy = false): RefreshResult {
  const number = (n: number) => n.toLocaleString(text.language);
  switch (update.kind) {
    case "no-store":
      return { ok: false, message: text.t("refresh.no-store") };
    case "skipped":
      return { ok: false, skipped: true, message: text.t("refresh.skipped") };
    case "download-failed":
      return {
        ok: false,
        message: text.t("refresh.download-failed", { detail: failureText(update.error, text) }),
      };
    case "invalid":
      return { ok: false, message: notUsed("downloaded-policy", update.errors, text) };
    case "too-large":
      return {
        ok: false,
        message: text.t("refresh.too-large", {
          store: text.t(`store.${update.store.place}`),
          chars: number(update.chars),
          capacity: number(update.store.capacity),
          then: text.t(ownCopy ? "refresh.too-large.own-copy" : "refresh.too-large.built-in"),
        }),
      };
    case "save-failed":
      return { ok: false, message: text.t("refresh.save-failed", { detail: errorMessage(update.error) }) };
    case "kept":
      return {
        ok: true,
        changed: update.changed,
        message: text.t(update.changed ? "refresh.updated" : "refresh.up-to-date"),
      };
  }
}

/** Why the user's trusted domains were not saved; null when they were. */
export function unsavedText(saved: UserDomainsSaved, text: PaneText): string | null {
  if (saved.ok) return null;
  switch (saved.problem) {
    case "invalid":
      return notUsed("new-user-domains", saved.errors, text);
    case "too-many":
      return text.t("host.saveTooMany");
    case "not-saved":
      return text.t("host.saveFailed", { detail: saved.detail });
  }
}
