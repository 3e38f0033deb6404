/**
 * What the pane's and the command line's catalogues share: keys ending in `.one` and `.other` are a
 * pair, chosen by a count's plural form in the language. Not for the send handler, whose ES2016
 * runtime may have no Intl.PluralRules.
 */

/** The bases of a catalogue's `.one` / `.other` pairs: `count.recipients` for `count.recipients.one`. */
export type PluralBase<K extends string> = {
  [P in K]: P extends `${infer Base}.one` ? (`${Base}.other` extends K ? Base : never) : never;
}[K];

/** The key of the pair `base` that `count` takes in `locale`: `.one` for "one", else `.other`. */
export function pluralKeys(
  locale: string,
): <B extends string>(base: B, count: number) => `${B}.one` | `${B}.other` {
  const rules = new Intl.PluralRules(locale);
  return (base, count) => `${base}.${rules.select(count) === "one" ? "one" : "other"}` as const;
}
