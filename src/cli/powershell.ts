/**
 * Writing values into a PowerShell script so that no value can become code.
 *
 * Every value goes into a single-quoted string, where PowerShell expands nothing (`$(...)`,
 * backticks and double quotes are plain characters) and the only special character is the single
 * quote itself, written twice. PowerShell also takes the typographic quotes U+2018–U+201B as
 * single quotes, so those are doubled the same way. The scripts we write are pure ASCII on top of
 * that (`scriptSafeText` shows anything else as `\u{…}`): Windows PowerShell 5.1 reads a file
 * without a byte-order mark in the machine's ANSI code page, so ASCII is the only text that reads
 * the same everywhere. The one exception is a script's own words in another language: they are
 * kept in one table of single-quoted strings (`isMessageText`), and a script that holds any is
 * written with a byte-order mark (`withByteOrderMark`), which makes PowerShell 5.1 read it as UTF-8.
 */

/** Characters PowerShell ends a single-quoted string with: ' and U+2018, U+2019, U+201A, U+201B. */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/** `text` as a PowerShell single-quoted string literal. */
export function psQuote(text: string): string {
  return `'${text.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/** `@('a', 'b')`, one value a line, indented by `indent`. */
export function psArray(values: readonly string[], indent: string): string {
  if (values.length === 0) return "@()";
  return `@(\n${values.map((v) => `${indent}    ${psQuote(v)}`).join(",\n")}\n${indent})`;
}

/**
 * Text shown as it is when it is printable ASCII, with everything else (line breaks, control and
 * bidi characters, any non-ASCII letter) written as `\u{…}`. Also `<`, `>` and the backtick, so
 * that text put in a comment can never close a `<# … #>` block or look like an escape. For text
 * that comes from outside (a file name) and goes into comments or messages.
 */
export function scriptSafeText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out +=
      code >= 0x20 && code <= 0x7e && ch !== "<" && ch !== ">" && ch !== "`"
        ? ch
        : `\\u{${code.toString(16)}}`;
  }
  return out;
}

/** Whether `text` is printable ASCII (and line breaks), as every script we write must be. */
export function isScriptText(text: string): boolean {
  return /^[\x20-\x7e\n]*$/.test(text);
}

/**
 * Whether `text` may be one of a script's own words in its message table: no control characters
 * (line breaks included), no format characters (bidi controls, zero-width characters, U+FEFF) and
 * no line or paragraph separators. Any letter or punctuation of a language is fine: it sits in a
 * single-quoted string, where only the quotes psQuote doubles are special.
 */
export function isMessageText(text: string): boolean {
  return !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(text);
}

/** The byte-order mark, as the first character of a text that is written as UTF-8. */
export const BYTE_ORDER_MARK = "\ufeff";

/**
 * A script as it goes into a file or to standard output: as it is when it is ASCII, otherwise with
 * a byte-order mark in front, so that its UTF-8 bytes read the same in Windows PowerShell 5.1 (which
 * without one would take the machine's ANSI code page) and PowerShell 7.
 */
export function withByteOrderMark(script: string): string {
  return isScriptText(script) ? script : `${BYTE_ORDER_MARK}${script}`;
}
