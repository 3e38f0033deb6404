/**
 * The exported mail logs `recipient-guard audit` reads, told apart by their header:
 *
 * - `trace`: Exchange Online message trace, `Get-MessageTrace` or `Get-MessageTraceV2` piped to
 *   `Export-Csv` (Windows PowerShell writes a `#TYPE` line first), or the admin center's downloaded
 *   trace: a time, a sender and one recipient per row.
 * - `historical`: a historical search CSV, whose `recipient_status` holds every recipient of the
 *   message as `address##status`, separated by `;`.
 * - `tracking-log`: Exchange Server message tracking logs (`#Fields:` header); a message sent out of
 *   the organisation is a `SEND` event, whose `recipient-address` lists its recipients with `;`.
 * - `domains`: a table of recipient domains with counts, as the advanced hunting query of
 *   docs/audit.md exports it (RecipientDomain, Messages, Senders, FirstSeen, LastSeen).
 *
 * Each file is read as a stream; the first rows decide the format, `--format` overrides that.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { csvParser, delimiterOf, headerFields } from "./csv";
import type { AuditProblem, RowPlace, SentRow } from "./audit";

export const AUDIT_FORMATS = ["trace", "historical", "tracking-log", "domains"] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

type Problem = { problem: AuditProblem };

/** Column names each format is known by, lower-case; the first of each list that is present is used. */
const COLUMNS = {
  time: ["received", "date_time_utc", "origin_timestamp_utc", "timestamp", "date-time", "firstseen"],
  sender: ["senderaddress", "sender_address", "senderfromaddress", "sendermailfromaddress", "sender-address"],
  recipient: ["recipientaddress", "recipient_address", "recipientemailaddress", "recipient-address"],
  recipientStatus: ["recipient_status"],
  domain: ["recipientdomain"],
  count: ["messages", "count"],
  senders: ["senders"],
  lastSeen: ["lastseen"],
  event: ["event-id", "event_id"],
} as const;

type Columns = Partial<Record<keyof typeof COLUMNS, number>>;

function columnsOf(header: readonly string[]): Columns {
  const lower = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/^\ufeff/, ""),
  );
  const out: Columns = {};
  for (const [key, names] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, readonly string[]][]) {
    const index = names.map((n) => lower.indexOf(n)).find((i) => i >= 0);
    if (index !== undefined) out[key] = index;
  }
  return out;
}

/** The format a header's columns make, or null. */
export function formatOfColumns(columns: Columns, tracking: boolean): AuditFormat | null {
  if (tracking) return columns.recipient !== undefined ? "tracking-log" : null;
  if (columns.domain !== undefined && columns.count !== undefined) return "domains";
  if (columns.recipientStatus !== undefined && columns.sender !== undefined) return "historical";
  if (columns.recipient !== undefined && columns.sender !== undefined && columns.time !== undefined)
    return "trace";
  return null;
}

/**
 * UTF-16 little-endian (admin center downloads have been reported so, with or without a byte-order
 * mark: told by FF FE, or by a zero byte after each of the first characters), else UTF-8.
 */
async function encodingOf(path: string): Promise<BufferEncoding> {
  const file = await open(path, "r");
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await file.read(head, 0, 8, 0);
    if (bytesRead >= 2 && head[0] === 0xff && head[1] === 0xfe) return "utf16le";
    const zeroes = bytesRead >= 8 && [1, 3, 5, 7].every((i) => head[i] === 0) && head[0] !== 0;
    return zeroes ? "utf16le" : "utf8";
  } finally {
    await file.close();
  }
}

/** Why a file cannot be audited at all: the command line says it in its language. */
export type AuditInputFault =
  | { why: "empty"; file: string }
  /** A header none of the formats has: its first columns, and the formats it could have been. */
  | { why: "layout"; file: string; columns: string[]; more: boolean; needs: AuditFormat[] };

export class AuditInputError extends Error {
  constructor(readonly fault: AuditInputFault) {
    super(`${fault.file}: ${fault.why}`);
    this.name = "AuditInputError";
  }
}

/**
 * The header of a log: the line number of its column names (1-based) and whether they came from a
 * tracking log's `#Fields:` line. Comment lines before it (PowerShell's #TYPE, a tracking log's
 * #Software, #Version, ...) are passed over.
 */
async function headerOf(
  path: string,
  encoding: BufferEncoding,
): Promise<{ line: number; text: string; tracking: boolean } | null> {
  const stream = createReadStream(path, { encoding });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const raw of lines) {
      number++;
      const line = raw.replace(/^\ufeff/, "");
      if (line.trim() === "") continue;
      if (/^#Fields:/i.test(line))
        return { line: number, text: line.replace(/^#Fields:\s*/i, ""), tracking: true };
      if (line.startsWith("#")) continue;
      return { line: number, text: line, tracking: false };
    }
    return null;
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** A stream's objects in batches of what has been parsed so far: one await per batch, not per row. */
async function* batchesOf<T>(stream: Readable): AsyncIterable<T[]> {
  for (;;) {
    const batch: T[] = [];
    for (let item = stream.read() as T | null; item !== null; item = stream.read() as T | null)
      batch.push(item);
    if (batch.length > 0) {
      yield batch;
      continue;
    }
    if (stream.readableEnded || stream.destroyed) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: unknown): void => {
        stream.off("readable", ready);
        stream.off("end", ready);
        stream.off("error", failed);
        if (error) reject(error);
        else resolve();
      };
      const ready = (): void => done();
      const failed = (error: unknown): void => done(error);
      stream.on("readable", ready);
      stream.on("end", ready);
      stream.on("error", failed);
    });
  }
}

/** The rows of one exported log, in order and in batches; unreadable rows come as problems with their line. */
export async function* readSentRows(
  path: string,
  shownName: string,
  forced?: AuditFormat,
): AsyncIterable<(SentRow | Problem)[]> {
  const encoding = await encodingOf(path);
  const header = await headerOf(path, encoding);
  if (header === null) throw new AuditInputError({ why: "empty", file: shownName });
  const tracking = header.tracking;
  const delimiter = tracking ? "," : delimiterOf(header.text);
  const names = headerFields(header.text, delimiter);
  const columns = columnsOf(names);
  const detected = formatOfColumns(columns, tracking);
  const format = forced ?? detected;
  if (!format || detected === null) {
    throw new AuditInputError({
      why: "layout",
      file: shownName,
      columns: names.slice(0, 12),
      more: names.length > 12,
      needs: forced ? [forced] : [...AUDIT_FORMATS],
    });
  }
  const parser = createReadStream(path, { encoding }).pipe(
    csvParser(delimiter, { from_line: header.line + 1, info: true }),
  );
  const cellOf =
    (record: readonly string[]) =>
    (key: keyof typeof COLUMNS): string => {
      const index = columns[key];
      return index === undefined ? "" : (record[index] ?? "").trim();
    };
  for await (const batch of batchesOf<{ record: string[]; info: { lines: number } }>(parser)) {
    const out: (SentRow | Problem)[] = [];
    for (const { record, info } of batch) {
      const row = rowOf(format, columns, cellOf(record), { file: shownName, line: info.lines });
      if (row) out.push(row);
    }
    if (out.length > 0) yield out;
  }
}

/** One record as a sent message, a problem, or null when it is not a message sent out. */
function rowOf(
  format: AuditFormat,
  columns: Columns,
  cell: (key: keyof typeof COLUMNS) => string,
  where: RowPlace,
): SentRow | Problem | null {
  if (format === "domains") {
    const count = Number(cell("count"));
    const domain = cell("domain").toLowerCase();
    if (!domain || !Number.isFinite(count) || count < 0) return { problem: { where, why: "no-domain" } };
    const senders = Number(cell("senders"));
    return {
      where,
      time: cell("time"),
      lastTime: cell("lastSeen"),
      sender: "",
      recipients: [`postmaster@${domain}`],
      count,
      ...(Number.isFinite(senders) && senders > 0 ? { senderCount: senders } : {}),
    };
  }
  // Tracking logs and the admin center's extended report list each event of a message: count it
  // where it was sent out (every message also has RECEIVE events, and DELIVER for a mailbox here).
  if (columns.event !== undefined && cell("event").toUpperCase() !== "SEND") return null;
  if (format === "historical") {
    const recipients = splitList(cell("recipientStatus")).map((entry) => entry.split("##")[0]!.trim());
    return { where, time: cell("time"), sender: cell("sender"), recipients };
  }
  const recipient = cell("recipient");
  if (!recipient) return { problem: { where, why: "no-recipient" } };
  return { where, time: cell("time"), sender: cell("sender"), recipients: splitList(recipient) };
}

const splitList = (text: string): string[] =>
  text.indexOf(";") < 0
    ? text === ""
      ? []
      : [text]
    : text
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
