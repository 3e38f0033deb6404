import { formatSize } from "../attachments";
import { hostToUnicode } from "../domain";
import type { AddressProblem, DomainIs, Evidence, ForeignLetters, Owner, Slip } from "../evidence";
import { fill, type Catalogue, type MessageKey, type NamedSuffix } from "./catalogue";
import { defaultCatalogue } from "./default";

/**
 * Evidence into words. The template is the catalogue's entry named by the evidence (`says`); its
 * placeholders are the evidence's own text and numbers, and these, worked out from its other fields:
 *
 * - `shown`: the typed domain as the user sees it, with its punycode when that differs;
 * - `whose`: whose the protected domain is; `slip`: what the slip was;
 * - `suffixIs`: whose the ending `suffix` is; `intendedEnding`: whose the ending `intended` is, as
 *   an appositive (or nothing); `note`: a sentence about the typed ending (or nothing);
 * - lists: `names`, `domains`, `hosts`, `scripts`, `letters`; `first` and `second` of `options`;
 * - `problem`: why an address cannot be read.
 *
 * Nothing here is English or any other language: the catalogue has the words.
 */

type Values = Readonly<Record<string, string | number>>;

export function say(c: Catalogue, key: MessageKey, values?: Values): string {
  return fill(c.text[key], values);
}

const quoted = (c: Catalogue, text: string): string => say(c, "quoted", { text });

/** `a, b and c` (or `a, b or c`). */
function list(c: Catalogue, items: readonly string[], last: "listAnd" | "listOr"): string {
  if (items.length < 2) return items.join("");
  return say(c, last, {
    list: items.slice(0, -1).join(c.text.listSeparator),
    last: items[items.length - 1]!,
  });
}

/** At most `most` of `items`, then how many more: `a, b, c and 7 more`. */
function shortList(c: Catalogue, items: readonly string[], most = 3): string {
  const more = items.length - most;
  return more > 0
    ? say(c, "listMore", { list: items.slice(0, most).join(c.text.listSeparator), count: more })
    : list(c, items, "listAnd");
}

/** `аrmy.mil` shown with its punycode form too, so both the look and the truth are visible. */
function shownHost(c: Catalogue, ascii: string): string {
  const unicode = hostToUnicode(ascii);
  return unicode === ascii ? quoted(c, ascii) : say(c, "hostWithAscii", { unicode, ascii });
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * Whether every catalogue can say whose an ending is (a named ending or a country's). Every
 * catalogue names the same endings and the same countries (test/messages.test.ts holds them to
 * it), so the bundle's own catalogue answers for all: a send handler carries no other.
 */
export function isDescribedSuffix(suffix: string): boolean {
  return has(defaultCatalogue.suffixes, suffix) || defaultCatalogue.country(suffix) !== undefined;
}

/** A few words that say whose an ending is: "Mali's domain", "the US military's domain". */
export function describeSuffix(suffix: string, c: Catalogue = defaultCatalogue): string | undefined {
  if (has(c.suffixes, suffix)) return c.suffixes[suffix as NamedSuffix];
  const country = c.country(suffix);
  if (!country) return undefined;
  return say(c, "countryDomain", { country: c.countryForm ? c.countryForm(country) : country });
}

function whose(c: Catalogue, owner: Owner): string {
  if (owner.source !== "dotgov") return c.text[`whose.${owner.source}`];
  return owner.name ? say(c, "whose.dotgovOwner", { owner: owner.name }) : c.text["whose.dotgov"];
}

/** What a domain is, as the end of a sentence about it ("under Mali's domain"). */
export function describeDomain(is: DomainIs, c: Catalogue): string {
  switch (is.is) {
    case "owned":
      return whose(c, is.owner);
    case "under":
      return say(c, "is.under", { ending: describeSuffix(is.suffix, c) ?? `.${is.suffix}` });
    case "under-registrable":
    case "part-of":
      return say(c, `is.${is.is}`, { registrable: is.registrable });
    default:
      return c.text[`is.${is.is}`];
  }
}

/** A short clause saying what the slip was, in the user's terms. */
export function describeSlip(slip: Slip, c: Catalogue): string {
  const kind = slip.kind === "vowel-swap" || slip.kind === "bit-flip" ? "substitution" : slip.kind;
  return say(c, `slip.${kind}`, {
    expected: slip.expected,
    found: slip.found,
    doubled: slip.expected + slip.expected,
    intended: slip.intended,
  });
}

/** The names of invisible characters in this catalogue's language, each once ("zero-width space"). */
export function invisibleNames(c: Catalogue, codePoints: readonly number[]): string[] {
  const names: string[] = [];
  for (const cp of codePoints) {
    const name = c.invisibleName(cp);
    if (names.indexOf(name) < 0) names.push(name);
  }
  return names;
}

const scriptName = (c: Catalogue, script: string): string =>
  has(c.scripts, script) ? c.scripts[script]! : script;

/** `the "а" is Cyrillic`, `the letters "а", "р" and "е" are Cyrillic`. */
function foreignText(c: Catalogue, groups: readonly ForeignLetters[]): string {
  return groups
    .map(({ script, letters }) =>
      say(c, letters.length === 1 ? "foreignLetter" : "foreignLetters", {
        letters: list(
          c,
          letters.slice(0, 4).map((letter) => quoted(c, letter)),
          "listAnd",
        ),
        script: scriptName(c, script),
        more: letters.length > 4 ? c.text.foreignMore : "",
      }),
    )
    .join(c.text.clauseSeparator);
}

function problemText(c: Catalogue, problem: AddressProblem): string {
  if (problem.why !== "bad-character" && problem.why !== "local-bad-character")
    return say(c, `problem.${problem.why}`, problem as Values);
  const ch = problem.character;
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase();
  const character =
    ch === " "
      ? c.text.space
      : say(c, "character", {
          character: ch,
          code: `U+${hex.length >= 4 ? hex : "0000".slice(hex.length) + hex}`,
        });
  return say(c, `problem.${problem.why}`, { character });
}

/** The sentence (or two) a finding says, from its evidence. */
export function describeEvidence(e: Evidence, c: Catalogue): string {
  const fields = e as unknown as Record<string, unknown>;
  const v: Record<string, string | number> = {};
  for (const name in fields) {
    const value = fields[name];
    if (typeof value === "string" || typeof value === "number") v[name] = value;
  }
  const suffix = "suffix" in e ? e.suffix : undefined;
  if ("typed" in e) v.shown = shownHost(c, e.typed);
  if ("owner" in e) v.whose = whose(c, e.owner);
  if ("slip" in e) v.slip = describeSlip(e.slip, c);
  if (suffix) v.suffixIs = describeSuffix(suffix, c) ?? c.text.otherEnding;
  if ("intended" in e) {
    const what = describeSuffix(e.intended, c);
    v.intendedEnding = what ? say(c, "appositive", { what }) : "";
  }
  const ending = "ending" in e && e.ending ? describeSuffix(e.ending, c) : undefined;
  v.note =
    "namespace" in e && e.namespace
      ? say(c, `namespace.${e.namespace}`, {
          suffix: suffix!,
          ending: describeSuffix(suffix!, c) ?? say(c, "bareEnding", { suffix: suffix! }),
        })
      : ending
        ? say(c, "endingNote", { suffix: (e as { ending: string }).ending, ending })
        : "";
  if ("codePoints" in e) v.names = invisibleNames(c, e.codePoints).join(c.text.listSeparator);
  if ("domains" in e) v.domains = e.domains.join(c.text.listSeparator);
  if ("hosts" in e) v.hosts = list(c, e.hosts, "listOr");
  if ("scripts" in e) v.scripts = e.scripts.map((s) => scriptName(c, s)).join(c.text.scriptSeparator);
  if ("foreign" in e) v.letters = foreignText(c, e.foreign);
  if ("options" in e) {
    const option = (o: { host: string; is?: DomainIs }): string =>
      o.is ? say(c, "either.option", { host: o.host, is: describeDomain(o.is, c) }) : o.host;
    v.first = option(e.options[0]!);
    v.second = option(e.options[1]!);
  }
  if ("problem" in e) v.problem = problemText(c, e.problem);
  if ("places" in e) v.places = shortList(c, e.places.map(hostToUnicode));
  if ("files" in e)
    v.files = shortList(
      c,
      e.files.map((f) => {
        const size = formatSize(f.size, c.text);
        return size ? say(c, "file", { name: f.name, size }) : f.name;
      }),
    );
  const said = say(c, e.says, v);
  if ("newTo" in e && e.newTo)
    return `${said} ${say(c, "attachments.newTo", { domains: shortList(c, e.newTo.map(hostToUnicode)) })}`;
  return said;
}
