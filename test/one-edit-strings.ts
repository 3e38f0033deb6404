/** Every string one deletion, substitution, insertion or adjacent transposition from `s`, over `alphabet`. */
export function oneEditStrings(s: string, alphabet: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i <= s.length; i++) {
    for (const c of alphabet) out.push(s.slice(0, i) + c + s.slice(i));
    if (i === s.length) break;
    out.push(s.slice(0, i) + s.slice(i + 1));
    for (const c of alphabet) out.push(s.slice(0, i) + c + s.slice(i + 1));
    if (i + 1 < s.length) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}
