/**
 * Lists the bundles carry as front-coded text: sorted entries, each written as one capital letter
 * (A for 0, B for 1, up to Z) saying how many leading characters it shares with the entry before,
 * then the rest of it. Entries never hold capitals (domain names here are lower case). Gzipped, it
 * is about a tenth smaller than the entries space-separated, in a send handler with an 80 KB budget.
 * scripts/front-coded.mjs writes it.
 */
export function readFrontCoded(text: string): string[] {
  const entries: string[] = [];
  let previous = "";
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (i < text.length && !(code >= 65 && code <= 90)) continue;
    previous = previous.slice(0, text.charCodeAt(start) - 65) + text.slice(start + 1, i);
    entries.push(previous);
    start = i;
  }
  return entries;
}
