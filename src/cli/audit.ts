/**
 * `recipient-guard audit`: mail already sent, read from the logs administrators can export, checked
 * for lookalike and slip domains. Each distinct recipient domain is checked once; only the domains
 * found are kept, so memory stays flat however long the log.
 */
import type { Checker, FindingCode } from "../checker";

/** Where a row is in its file, for messages about it ("trace.csv line 12"). */
export interface RowPlace {
  file: string;
  line: number;
}

/** A row, or a recipient in one, that could not be read: where, why, and the text in question. */
export interface AuditProblem {
  where: RowPlace;
  why: "not-address" | "time" | "no-recipient" | "no-domain";
  /** The address or time that could not be read. */
  value?: string;
}

/** One logged message, as the format readers give it. */
export interface SentRow {
  where: RowPlace;
  /** When it was sent, as the log wrote it (parsed by `sentAt`). */
  time: string;
  sender: string;
  recipients: string[];
  /** Messages this row stands for: 1 for a log line, a count for a table of domains. */
  count?: number;
  /** The last time, when the row is a summary of many messages (first time in `time`). */
  lastTime?: string;
  /** How many senders, when the row is a summary (a table of domains counts them itself). */
  senderCount?: number;
}

/** The kinds of finding that say a domain is not where the mail was meant to go. */
export const AUDITED_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "homoglyph-domain",
  "lookalike-domain",
  "suffix-swap",
  "suffix-slip",
  "embedded-domain",
  "mixed-script",
  "unknown-suffix",
  "blocked-domain",
]);

export interface AuditedDomain {
  domain: string;
  /** The finding's code and words, as `check` would give them. */
  code: FindingCode;
  message: string;
  /** The domain probably meant, when the checker names one. */
  meant: string | null;
  messages: number;
  firstSeen: string | null;
  lastSeen: string | null;
  senders: number;
  /** The first few senders, in the order they appear. */
  someSenders: string[];
  /** Messages per month, "2025-03" → count. */
  byMonth: Record<string, number>;
}

export interface AuditResult {
  rows: number;
  recipients: number;
  distinctDomains: number;
  domains: AuditedDomain[];
  /** Rows that could not be read, with where and why; at most MAX_PROBLEMS kept. */
  problems: AuditProblem[];
  moreProblems: number;
}

const SHOWN_SENDERS = 3;
const MAX_PROBLEMS = 100;

/**
 * An ISO timestamp for a log's time, or null. Exchange Online writes UTC; Export-Csv writes it in the
 * exporting machine's regional format: ISO, "3/14/2025 9:26:53 AM" (US), "14.03.2025 09:26:53"
 * (dotted day first), "2025-03-14 09:26".
 */
export function sentAt(text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (dotted) {
    const date = new Date(
      Date.UTC(
        Number(dotted[3]),
        Number(dotted[2]) - 1,
        Number(dotted[1]),
        Number(dotted[4] ?? 0),
        Number(dotted[5] ?? 0),
        Number(dotted[6] ?? 0),
      ),
    );
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i.exec(t);
  if (us) {
    let hour = Number(us[4] ?? 0);
    if (us[7]) hour = (hour % 12) + (us[7].toUpperCase() === "PM" ? 12 : 0);
    const date = new Date(
      Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]), hour, Number(us[5] ?? 0), Number(us[6] ?? 0)),
    );
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  const date = new Date(
    /^\d{4}-\d{2}-\d{2} \d/.test(t) && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? `${t.replace(" ", "T")}Z` : t,
  );
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The part after the last @, lower-cased, without a trailing dot; "" when there is none. */
function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return "";
  const domain = address.slice(at + 1);
  // Most logged addresses are plain: only an odd one needs the trimming.
  const last = domain.charCodeAt(domain.length - 1);
  const plain = (last >= 97 && last <= 122) || (last >= 48 && last <= 57);
  return (plain ? domain : domain.replace(/[>\s]+$/, "").replace(/\.$/, "")).toLowerCase();
}

interface Found extends AuditedDomain {
  allSenders: Set<string>;
  /** Senders counted by a summary row, whose addresses are not in the log. */
  countedSenders: number;
}

/** The finding that puts a domain in the audit, or null when it looks right. */
function auditedFinding(checker: Checker, address: string) {
  const result = checker.checkAddress(address);
  return result.findings.find((f) => AUDITED_CODES.has(f.code)) ?? null;
}

export async function audit(
  batches: AsyncIterable<readonly (SentRow | { problem: AuditProblem })[]>,
  checker: Checker,
): Promise<AuditResult> {
  const verdicts = new Map<string, Found | null>();
  const out: AuditResult = {
    rows: 0,
    recipients: 0,
    distinctDomains: 0,
    domains: [],
    problems: [],
    moreProblems: 0,
  };
  const problem = (found: AuditProblem): void => {
    if (out.problems.length < MAX_PROBLEMS) out.problems.push(found);
    else out.moreProblems++;
  };
  const seenInRow = new Set<string>();
  for await (const batch of batches) {
    for (const row of batch) {
      if ("problem" in row) {
        problem(row.problem);
        continue;
      }
      out.rows++;
      const count = row.count ?? 1;
      seenInRow.clear();
      // The time is read only for a message to a domain found: most go where they should.
      let times: { first: string | null; last: string | null } | undefined;
      for (const recipient of row.recipients) {
        const domain = domainOf(recipient);
        if (!domain) {
          if (recipient.trim() !== "") problem({ where: row.where, why: "not-address", value: recipient });
          continue;
        }
        out.recipients += count;
        // A message to two people at one domain went there once.
        if (seenInRow.has(domain)) continue;
        seenInRow.add(domain);
        let found = verdicts.get(domain);
        if (found === undefined) {
          found = newFound(checker, domain);
          verdicts.set(domain, found);
        }
        if (!found) continue;
        if (!times) {
          const first = sentAt(row.time);
          times = { first, last: row.lastTime !== undefined ? sentAt(row.lastTime) : first };
          if (row.time.trim() !== "" && first === null)
            problem({ where: row.where, why: "time", value: row.time });
        }
        record(found, times, count, row.sender);
        if (row.senderCount) found.countedSenders += row.senderCount;
      }
    }
  }
  out.distinctDomains = verdicts.size;
  out.domains = [...verdicts.values()]
    .filter((d): d is Found => d !== null)
    .map(({ allSenders, countedSenders, ...d }) => ({ ...d, senders: allSenders.size + countedSenders }))
    .sort((a, b) => b.messages - a.messages || a.domain.localeCompare(b.domain));
  return out;
}

/** The domain's entry when the checker flags it, else null; checked once per domain. */
function newFound(checker: Checker, domain: string): Found | null {
  const finding = auditedFinding(checker, `postmaster@${domain}`);
  if (!finding) return null;
  return {
    domain,
    code: finding.code,
    message: finding.message,
    meant: finding.suggestion ? domainOf(finding.suggestion) || null : null,
    messages: 0,
    firstSeen: null,
    lastSeen: null,
    senders: 0,
    someSenders: [],
    byMonth: {},
    allSenders: new Set(),
    countedSenders: 0,
  };
}

function record(
  found: Found,
  times: { first: string | null; last: string | null },
  count: number,
  rawSender: string,
): void {
  const { first, last } = times;
  found.messages += count;
  if (first && (found.firstSeen === null || first < found.firstSeen)) found.firstSeen = first;
  if (last && (found.lastSeen === null || last > found.lastSeen)) found.lastSeen = last;
  if (first) {
    const month = first.slice(0, 7);
    found.byMonth[month] = (found.byMonth[month] ?? 0) + count;
  }
  const sender = rawSender.trim().toLowerCase();
  if (sender && !found.allSenders.has(sender)) {
    found.allSenders.add(sender);
    if (found.someSenders.length < SHOWN_SENDERS) found.someSenders.push(sender);
  }
}
