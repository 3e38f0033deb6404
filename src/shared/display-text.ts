/**
 * Text that came from a message (display names, addresses, our messages quoting them) made safe to
 * show: control, bidi and invisible characters become visible `[U+202E]` marks so nothing can
 * reorder or hide what the user reads, and runs of white space become one space.
 */
export function visibleText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
      if (!out.endsWith(" ")) out += " ";
      continue;
    }
    out += isHiddenCodePoint(code) ? `[U+${code.toString(16).toUpperCase().padStart(4, "0")}]` : ch;
  }
  return out.trim();
}

/**
 * Characters that can hide or reorder what a reader sees: control characters (and terminal escape
 * sequences), bidi controls, zero-width and other invisible characters, lone surrogates, variation
 * selectors and tags.
 */
export function isHiddenCodePoint(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0x00ad ||
    code === 0xfeff ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0000 && code <= 0xe0fff)
  );
}

const MARKDOWN_SPECIAL = new Set("\\`*_{}[]()#+-.!|<>~&=:".split(""));

/** Escapes Markdown so text from a message can never become a link, an image or formatting. */
export function escapeMarkdown(text: string): string {
  let out = "";
  for (const ch of visibleText(text)) out += MARKDOWN_SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
}

/** Cuts text to at most `max` characters (counting code points), ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
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
