/**
 * The internet header the send handler puts on every message it checked (issue 13): which version
 * checked it, the verdict, the finding codes and what the user did. It holds no address and no
 * other content of the message. Exchange mail flow rules, message trace and Purview searches read
 * it (docs/deployment.md); `recipient-guard exchange` writes rules that test for it.
 *
 *   X-Recipient-Guard: version=1.4.0; verdict=warn; codes=suffix-slip,unknown-suffix; user=sent-anyway
 *
 * ES2016 only: the send handler carries the writer.
 */
import type { Verdict } from "../checker/findings";

export const STAMP_HEADER = "X-Recipient-Guard";

/**
 * What the user did, as it is true of a message that leaves with the stamp:
 * - `clean`: nothing was flagged;
 * - `fixed`: the pane changed a flagged recipient, and nothing is flagged now;
 * - `confirmed`: the user accepted what was flagged in the pane (trusted or confirmed a domain);
 * - `sent-anyway`: the alert warned and offered Send Anyway. The stamp is written before the alert
 *   shows, so a message that leaves with it was sent with Send Anyway; one the user goes back to is
 *   stamped again at its next send;
 * - `stopped`: the alert stopped the message with no Send Anyway (a block). It leaves with this only
 *   if the add-in could not run at a later send and Outlook let the user send it without a check.
 */
export const USER_ACTIONS = ["clean", "fixed", "confirmed", "sent-anyway", "stopped"] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

export interface Stamp {
  version: string;
  verdict: Verdict;
  codes: string[];
  user: UserAction;
}

/** The header's value. Codes are the checker's finding codes, which are `[a-z-]` only. */
export function stampValue(stamp: Stamp): string {
  return `version=${stamp.version}; verdict=${stamp.verdict}; codes=${stamp.codes.join(",") || "none"}; user=${stamp.user}`;
}

/** Reads a header value back; null when it is not one this version writes. */
export function parseStamp(value: string): Stamp | null {
  const fields: Record<string, string> = {};
  for (const part of value.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) return null;
    fields[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  const { version, verdict, codes, user } = fields;
  if (!version || !codes) return null;
  if (verdict !== "allow" && verdict !== "warn" && verdict !== "block") return null;
  if (!(USER_ACTIONS as readonly string[]).includes(user ?? "")) return null;
  if (!/^(none|[a-z-]+(,[a-z-]+)*)$/.test(codes)) return null;
  return { version, verdict, codes: codes === "none" ? [] : codes.split(","), user: user as UserAction };
}
