/**
 * What `recipient-guard check` reads from standard input: lines of addresses, or a CSV file with a
 * header (an Outlook contacts export, or any table with e-mail columns). Streams: one line or one
 * row at a time, whatever the size of the input.
 *
 * - Blank lines, and lines whose first character is `#`, are skipped (PowerShell's Export-Csv
 *   writes `#TYPE ...` first).
 * - A line may hold several addresses, separated by `;` or `,`: `a@x.com; b@y.com`,
 *   `"Smith, John" <john@x.com>, jane@y.com`. A comma inside quotes or angle brackets does not
 *   separate, and a piece with no `@` is the start of the next one's display name
 *   (`Smith, John <john@x.com>`).
 * - When the first line that is not skipped names an e-mail column (`E-mail Address`, `Email`,
 *   `email_address`, ...) and holds no `@`, the input is CSV: every column whose name says e-mail
 *   address is read (Outlook's `E-mail Address`, `E-mail 2 Address`, `E-mail 3 Address`), with the
 *   display name from the matching `... Display Name` column, else from `Name` or `Display Name`,
 *   else from `First Name` and `Last Name`. Quoted fields may hold commas, quotes and line breaks.
 */
import { Readable } from "node:stream";
import { csvParser, delimiterOf } from "./csv";

export interface InputAddress {
  /** As written: `jane@y.com`, or `"Smith, John" <john@x.com>` from a line of addresses. */
  address: string;
  /** From a CSV column; empty when the address itself carries one, or there is none. */
  displayName: string;
}

const isSkipped = (line: string): boolean => line.trim() === "" || line.trimStart().startsWith("#");

/** The addresses of one line, split at `;` and `,` outside quotes and angle brackets. */
export function splitAddressList(line: string): string[] {
  const pieces: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "<") angle++;
    else if (!quoted && ch === ">" && angle > 0) angle--;
    if (!quoted && angle === 0 && (ch === ";" || ch === ",")) {
      pieces.push(current);
      current = "";
    } else current += ch;
  }
  pieces.push(current);
  // A piece with no @ before one that has one is a display name cut at its comma.
  const out: string[] = [];
  let pending = "";
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === "") continue;
    if (!piece.includes("@")) {
      pending = pending ? `${pending}, ${piece}` : piece;
      continue;
    }
    out.push(pending ? `${pending}, ${piece}` : piece);
    pending = "";
  }
  // Text that never reached an address is still checked (and reported as unreadable).
  if (pending) out.push(pending);
  return out;
}

const EMAIL_WORD = /e-?mail/i;

/** Which columns hold addresses, and where each one's display name comes from. */
export interface CsvColumns {
  address: number;
  name: (row: readonly string[]) => string;
}

/** The address columns of a CSV header, or null when it names none. */
export function csvColumns(header: readonly string[]): CsvColumns[] | null {
  const names = header.map((h) => h.trim());
  const lower = names.map((h) => h.toLowerCase());
  const find = (name: string): number => lower.indexOf(name);
  const firstName = find("first name");
  const lastName = find("last name");
  const general = [find("display name"), find("name"), find("full name")].find((i) => i >= 0) ?? -1;
  const fallbackName = (row: readonly string[]): string => {
    if (general >= 0) return row[general]?.trim() ?? "";
    return [firstName, lastName]
      .filter((i) => i >= 0)
      .map((i) => row[i]?.trim() ?? "")
      .filter(Boolean)
      .join(" ");
  };
  const columns: CsvColumns[] = [];
  lower.forEach((name, index) => {
    if (!EMAIL_WORD.test(name) || /type|display|name/.test(name)) return;
    // Outlook: "E-mail 2 Address" has its name in "E-mail 2 Display Name".
    const own = name.endsWith("address") ? find(`${name.slice(0, -"address".length)}display name`) : -1;
    columns.push({
      address: index,
      name: own >= 0 ? (row) => row[own]?.trim() || fallbackName(row) : fallbackName,
    });
  });
  return columns.length > 0 ? columns : null;
}

/** Whether `line` is a CSV header naming an e-mail column, rather than a line of addresses. */
export function looksLikeCsvHeader(line: string): boolean {
  if (line.includes("@") || !EMAIL_WORD.test(line)) return false;
  return /[,;\t]/.test(line) || /^\s*"?[\w -]*e-?mail[\w -]*"?\s*$/i.test(line);
}

/** Reads `lines` as described above: each address in input order. */
export async function* addressesFrom(lines: AsyncIterable<string>): AsyncIterable<InputAddress> {
  const iterator = lines[Symbol.asyncIterator]();
  let first: string | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    if (!isSkipped(next.value)) {
      first = next.value;
      break;
    }
  }
  const rest: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  if (looksLikeCsvHeader(first)) {
    yield* csvAddresses(first, rest);
    return;
  }
  for (const address of splitAddressList(first)) yield { address, displayName: "" };
  for await (const line of rest) {
    if (isSkipped(line)) continue;
    for (const address of splitAddressList(line)) yield { address, displayName: "" };
  }
}

async function* csvAddresses(header: string, rest: AsyncIterable<string>): AsyncIterable<InputAddress> {
  async function* text(): AsyncIterable<string> {
    yield `${header}\n`;
    for await (const line of rest) yield `${line}\n`;
  }
  const parser = Readable.from(text()).pipe(csvParser(delimiterOf(header)));
  let columns: CsvColumns[] | null = null;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (!columns) {
      columns = csvColumns(record) ?? [];
      continue;
    }
    for (const column of columns) {
      const address = record[column.address]?.trim() ?? "";
      if (address === "") continue;
      yield { address, displayName: column.name(record) };
    }
  }
}
