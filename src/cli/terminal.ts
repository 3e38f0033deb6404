import { isHiddenCodePoint } from "../shared/display-text";

/**
 * Text from an address list is data: before it reaches a terminal, every control character (escape
 * sequences could recolour, move the cursor or retitle the window), bidi control and invisible
 * character is replaced by a visible \u{…} escape.
 */
export function safeForTerminal(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += isHiddenCodePoint(code) ? `\\u{${code.toString(16)}}` : ch;
  }
  return out;
}

export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOURS: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const plain = (s: string): string => s;
export const NO_COLOURS: Palette = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
