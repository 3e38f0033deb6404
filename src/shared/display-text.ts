import { invisibleKind } from "../checker/unicode";

/**
 * Text that came from a message (display names, addresses, our messages quoting them) made safe to
 * show: control, bidi and invisible characters become visible `[U+202E]` marks so nothing can
 * reorder or hide what the user reads, and runs of white space become one space.
 */
export function visibleText(text: string): string {
  let out = "";
  // By code point, as for...of would, without an iterator per character.
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
      if (!out.endsWith(" ")) out += " ";
    } else if (isHiddenCodePoint(code)) {
      const hex = code.toString(16).toUpperCase();
      out += `[U+${hex.length >= 4 ? hex : "0000".slice(hex.length) + hex}]`;
    } else {
      out += text.slice(i, i + width);
    }
    i += width;
  }
  return out.trim();
}

/**
 * Characters that can hide or reorder what a reader sees: everything the checker counts as
 * invisible (controls and terminal escapes, bidi controls, zero-width characters, fillers, variation
 * selectors, tags, lone surrogates; see invisibleKind), plus the line and paragraph
 * separators, which break a line where none is visible.
 */
export function isHiddenCodePoint(code: number): boolean {
  return code === 0x2028 || code === 0x2029 || invisibleKind(code) !== undefined;
}

/**
 * The characters that change meaning in the Markdown Outlook documents for a Smart Alert's
 * errorMessageMarkdown (onmessagesend-onappointmentsend-events.md, "Limitations to formatting the
 * dialog message using Markdown"): `*` and `_` for bold and italic, `[` and `]` for a link, and the
 * backslash that escapes them. Lists and new lines need a line start or `\r`/`\n`, which text from
 * a message never reaches (visibleText turns line breaks into spaces). `<` is escaped too: the
 * documented Markdown has no HTML, but text from a message must never open a tag in a renderer that
 * has. Nothing else is escaped: a renderer that ignores an escape would show the backslash, as in
 * "army\.ml".
 */
const MARKDOWN_SPECIAL = new Set("\\*_[]<".split(""));

/** Escapes Markdown so text from a message can never become a link or formatting. */
export function escapeMarkdown(text: string): string {
  const visible = visibleText(text);
  let out = "";
  // Every special character is ASCII: code units will do, and surrogate pairs pass through whole.
  for (let i = 0; i < visible.length; i++) {
    const ch = visible[i]!;
    out += MARKDOWN_SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/**
 * Cuts text to at most `max` UTF-16 code units (what Outlook's length limits count), ending with an
 * ellipsis, without splitting a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // do not keep half of a pair
  return `${text.slice(0, end)}…`;
}

/**
 * The message of anything thrown. Not `instanceof Error`: errors raised by Office.js can come from
 * another realm (the host's runtime), where that test is false.
 */
export function errorMessage(error: unknown): string {
  if (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}
