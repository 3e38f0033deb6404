/**
 * The one CSV reading the command line does, for `check`'s contact lists and `audit`'s logs:
 * csv-parse with the same tolerance everywhere (rows of differing length, stray quotes, blank lines,
 * and "#" comment lines between rows, never a "#" inside a field).
 */
import { parse, type Options, type Parser } from "csv-parse";
import { parse as parseNow } from "csv-parse/sync";

/** The delimiter a header line uses: "," first; Excel writes ";" where the decimal mark is a comma; some tools tabs. */
export function delimiterOf(header: string): string {
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  return header.includes("\t") ? "\t" : ",";
}

export function csvParser(delimiter: string, options: Options = {}): Parser {
  return parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    comment: "#",
    comment_no_infix: true,
    ...options,
  });
}

/** The fields of one header line. */
export function headerFields(line: string, delimiter: string): string[] {
  const [fields] = parseNow(line, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
  return (fields ?? []).map((name) => name.trim());
}
