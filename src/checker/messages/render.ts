import { hostToUnicode } from "../domain";
import type { AddressProblem, DomainIs, Evidence, ForeignLetters, Owner, Slip } from "../evidence";
import { fill, type Catalogue, type MessageKey } from "./catalogue";
import { countryName } from "./countries";
import { defaultCatalogue } from "./default";
import { EN_SUFFIXES, type NamedSuffix } from "./en";

/**
 * Evidence into words: which template says it and what fills its placeholders. Nothing here is
 * English or any other language; the catalogue has the words.
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

/** `аrmy.mil` shown with its punycode form too, so both the look and the truth are visible. */
function shownHost(c: Catalogue, ascii: string): string {
  const unicode = hostToUnicode(ascii);
  return unicode === ascii ? quoted(c, ascii) : say(c, "hostWithAscii", { unicode, ascii });
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** Whether every catalogue can say whose an ending is (a named ending or a country's). */
export function isDescribedSuffix(suffix: string): boolean {
  return has(EN_SUFFIXES, suffix) || countryName(suffix) !== undefined;
}

/** A few words that say whose an ending is: "Mali's domain", "the US military's domain". */
export function describeSuffix(suffix: string, c: Catalogue = defaultCatalogue): string | undefined {
  if (has(c.suffixes, suffix)) return c.suffixes[suffix as NamedSuffix];
  const country = c.country(suffix);
  if (!country) return undefined;
  return say(c, "countryDomain", { country: c.countryForm ? c.countryForm(country) : country });
}

function whose(c: Catalogue, owner: Owner): string {
  if (owner.whose !== "dotgov") return c.text[`whose.${owner.whose}`];
  return owner.owner ? say(c, "whose.dotgovOwner", { owner: owner.owner }) : c.text["whose.dotgov"];
}

/** What a domain is, as the end of a sentence about it ("under Mali's domain"). */
export function describeDomain(is: DomainIs, c: Catalogue): string {
  switch (is.is) {
    case "owned":
      return whose(c, is);
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

/** `the "а" is Cyrillic`, `the letters "а", "р" and "е" are Cyrillic`. */
function foreignText(c: Catalogue, groups: readonly ForeignLetters[]): string {
  return groups
    .map(({ script, letters }) => {
      const values = {
        letters: list(
          c,
          letters.slice(0, 4).map((letter) => quoted(c, letter)),
          "listAnd",
        ),
        script: has(c.scripts, script) ? c.scripts[script]! : script,
        more: letters.length > 4 ? c.text.foreignMore : "",
      };
      return say(c, letters.length === 1 ? "foreignLetter" : "foreignLetters", values);
    })
    .join(c.text.clauseSeparator);
}

function problemText(c: Catalogue, problem: AddressProblem): string {
  if (problem.why !== "bad-character") return say(c, `problem.${problem.why}`, problem as Values);
  const ch = problem.character;
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase();
  const character =
    ch === " "
      ? c.text.space
      : say(c, "character", {
          character: ch,
          code: `U+${hex.length >= 4 ? hex : "0000".slice(hex.length) + hex}`,
        });
  return say(c, "problem.bad-character", { character });
}

/** ` ".ml" is Mali's domain.`, or nothing for an ending no catalogue describes. */
function endingNote(c: Catalogue, suffix: string | undefined): string {
  const ending = suffix === undefined ? undefined : describeSuffix(suffix, c);
  return ending ? say(c, "endingNote", { suffix: suffix!, ending }) : "";
}

/** `, the US military's domain` after an ending, when it is described. */
function appositiveEnding(c: Catalogue, suffix: string): string {
  const what = describeSuffix(suffix, c);
  return what ? say(c, "appositive", { what }) : "";
}

/** The sentence (or two) a finding says, from its evidence. */
export function describeEvidence(e: Evidence, c: Catalogue): string {
  switch (e.says) {
    case "invisible":
      return say(c, "invisible", { names: e.names.join(c.text.listSeparator) });
    case "unreadable":
      return say(c, "unreadable", { problem: problemText(c, e.problem) });
    case "ending-only":
    case "ip-literal":
    case "check-failed":
    case "blocked":
    case "unfamiliar":
      return say(c, e.says, e as unknown as Values);
    case "homoglyph":
      return say(c, "homoglyph", {
        typed: shownHost(c, e.typed),
        intended: e.intended,
        whose: whose(c, e),
        how:
          e.foreign.length > 0
            ? say(c, "homoglyph.foreign", { letters: foreignText(c, e.foreign) })
            : say(c, "homoglyph.swap", { typedPart: e.typedPart, intendedPart: e.intendedPart }),
      });
    case "slip":
      return say(c, "slip", {
        typed: shownHost(c, e.typed),
        intended: e.intended,
        whose: whose(c, e),
        slip: describeSlip(e.slip, c),
        note: endingNote(c, e.ending),
      });
    case "skeleton-slip":
      return say(c, "skeleton-slip", {
        typed: shownHost(c, e.typed),
        intended: e.intended,
        whose: whose(c, e),
      });
    case "suffix-swap": {
      const note = e.namespace
        ? say(c, `namespace.${e.namespace}`, {
            suffix: e.suffix,
            ending: describeSuffix(e.suffix, c) ?? say(c, "bareEnding", { suffix: e.suffix }),
          })
        : endingNote(c, e.ending);
      return say(c, "suffix-swap", {
        typed: e.typed,
        intended: e.intended,
        whose: whose(c, e),
        suffix: e.suffix,
        intendedSuffix: e.intendedSuffix,
        note,
      });
    }
    case "embedded":
      return say(c, "embedded", {
        host: e.host,
        form: e.form,
        whose: whose(c, e),
        registrable: e.registrable,
      });
    case "dot-shift":
      return say(c, "dot-shift", { typed: e.typed, suggested: e.suggested, note: endingNote(c, e.ending) });
    case "suffix-slip":
      return say(c, "suffix-slip", {
        suffix: e.suffix,
        ending: describeSuffix(e.suffix, c) ?? c.text.otherEnding,
        intended: e.intended,
        intendedEnding: appositiveEnding(c, e.intended),
        slip: describeSlip(e.slip, c),
        suggested: e.suggested,
      });
    case "restricted-slip":
      return say(c, "restricted-slip", {
        host: e.host,
        registrable: e.registrable,
        intended: e.intended,
        intendedEnding: appositiveEnding(c, e.intended),
        slip: describeSlip(e.slip, c),
        suggested: e.suggested,
      });
    case "unknown-suffix": {
      const base = say(c, "unknown-suffix", { suffix: e.suffix });
      if (e.suggested && e.slip)
        return say(c, "unknown-suffix.one", { base, suggested: e.suggested, slip: describeSlip(e.slip, c) });
      if (e.hosts) return say(c, "unknown-suffix.many", { base, hosts: list(c, e.hosts, "listOr") });
      return base;
    }
    case "either": {
      const ending = describeSuffix(e.suffix, c);
      const option = (o: { host: string; is?: DomainIs }): string =>
        o.is ? say(c, "either.option", { host: o.host, is: describeDomain(o.is, c) }) : o.host;
      return say(c, "either", {
        typed: e.typed,
        under: ending ? say(c, "is.under", { ending }) : say(c, "either.bare", { suffix: e.suffix }),
        first: option(e.options[0]!),
        second: option(e.options[1]!),
      });
    }
    case "mixed-script":
      return say(c, "mixed-script", {
        host: shownHost(c, e.host),
        scripts: e.scripts.map((s) => (has(c.scripts, s) ? c.scripts[s]! : s)).join(c.text.scriptSeparator),
      });
    case "external":
      return say(c, "external", { count: e.count, limit: e.limit });
    case "group":
      return say(c, e.outside ? "group.outside" : "group", { address: e.address });
    case "visible":
      return say(c, e.meeting ? "visible.meeting" : "visible", { count: e.count });
    case "unconfirmed":
      return say(c, "unconfirmed", { domains: e.domains.join(c.text.listSeparator) });
  }
}
