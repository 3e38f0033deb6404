import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Decodes the `\u{XXXX}` and `\t` escapes used in fixture files to keep invisible characters visible. */
export function decodeEscapes(text: string): string {
  return text
    .replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\t/g, "\t");
}

/** Rows of a tab-separated fixture file, comments and blank lines skipped, escapes decoded. */
export function readFixture(name: string): string[][] {
  return readFileSync(join(__dirname, "fixtures", name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t").map(decodeEscapes));
}
