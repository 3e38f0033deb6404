import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeLike } from "./office-api";

/** Red, green and blue (0–255) of a CSS colour in #rgb, #rrggbb or rgb() form; null otherwise. */
function parseColor(color: string): [number, number, number] | null {
  const c = color.trim().toLowerCase();
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short)
    return [short[1]!, short[2]!, short[3]!].map((h) => parseInt(h + h, 16)) as [number, number, number];
  const long = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/.exec(c);
  if (long) return [long[1]!, long[2]!, long[3]!].map((h) => parseInt(h, 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(c);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}

/** True for a dark background colour (WCAG relative luminance below 0.3). */
export function isDarkColor(color: string | undefined): boolean {
  if (!color) return false;
  const rgb = parseColor(color);
  if (!rgb) return false;
  const [r, g, b] = rgb.map((v) => {
    const s = Math.min(255, Math.max(0, v)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.3;
}

/** Fluent's dark theme when Office's body background is dark, its light theme otherwise. */
export function themeFor(officeTheme: OfficeThemeLike | undefined | null): Theme {
  return isDarkColor(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
