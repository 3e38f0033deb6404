import { hostToUnicode } from "../../domain";
import type { PathSegment } from "../../schema";
import { fill, type Language } from "../../messages/catalogue";
import { CATALOGUES } from "../../messages";
import { describeSuffix } from "../../messages/render";
import type { NamespaceNote, PolicyEvidence, PolicyPlace } from "../evidence";
import type { PolicyError, PolicyNote } from "../parse";
import { POLICY_CATALOGUES, type PolicyKey } from "./catalogues";

/**
 * The policy validator's evidence into words, in one language: the template is the catalogue's
 * entry named by the evidence (`says`), its placeholders the evidence's own values, quoted and
 * described as the checker's catalogue of the same language does (its quotation marks, whose an
 * ending is). Nothing here is English or any other language. The send handler never imports it.
 */

type Values = Readonly<Record<string, string | number>>;

/** A value longer than this (quotation marks included) is cut short, so a message stays readable. */
const SHOWN_VALUE_LENGTH = 64;

class PolicyWords {
  private readonly text: Readonly<Record<PolicyKey, string>>;
  private readonly checker;

  constructor(readonly language: Language) {
    this.text = POLICY_CATALOGUES[language];
    this.checker = CATALOGUES[language];
  }

  t(key: PolicyKey, values?: Values): string {
    return fill(this.text[key], values);
  }

  has(key: string): key is PolicyKey {
    return Object.prototype.hasOwnProperty.call(this.text, key);
  }

  /** Text in this language's quotation marks, escaped as JSON is, so that odd characters show. */
  quote(text: string, most = Infinity): string {
    let inner = JSON.stringify(text).slice(1, -1);
    if (inner.length + 2 > most) inner = `${inner.slice(0, most - 2)}…`;
    return fill(this.checker.text.quoted, { text: inner });
  }

  /** `"co.uk" (the UK companies' domain)`, `"рф" (xn--p1ai)`: an ending with whose it is. */
  ending(host: string): string {
    const unicode = hostToUnicode(host);
    const whose = unicode !== host ? host : describeSuffix(host, this.checker);
    return whose ? this.t("ending.named", { ending: this.quote(unicode), whose }) : this.quote(host);
  }

  /** Who may register under a restricted namespace (every one of them is in every catalogue). */
  registrants(host: string): string {
    const key = `registrants.${host}`;
    return this.has(key) ? this.t(key) : this.quote(host);
  }

  /** `the setting "bogus"`, `entry 4 of "words" in entry 1 of "keywords"`, `the whole file`. */
  path(path: readonly PathSegment[]): string {
    if (path.length === 0) return this.t("place.file");
    const word = (segment: PathSegment) =>
      typeof segment === "number" ? this.t("place.entry", { number: segment + 1 }) : this.quote(segment);
    if (path.length === 1)
      return typeof path[0] === "number" ? word(path[0]) : this.t("place.setting", { key: word(path[0]!) });
    let text = word(path[path.length - 1]!);
    for (let i = path.length - 2; i >= 0; i--) {
      const key = typeof path[i + 1] === "number" ? "place.of" : "place.in";
      text = this.t(key, { inner: text, outer: word(path[i]!) });
    }
    return text;
  }

  place(where: PolicyPlace): string {
    if ("list" in where) {
      const entry = this.t(`place.${where.list}`, { number: where.index + 1 });
      return where.value === undefined
        ? entry
        : this.t("place.value", { place: entry, value: this.quote(where.value, SHOWN_VALUE_LENGTH) });
    }
    if ("action" in where) return this.t("place.action", { code: this.quote(where.action) });
    if ("domain" in where) return this.quote(where.domain);
    return this.path(where.path);
  }

  list(items: readonly string[]): string {
    return items.join(this.t("separator"));
  }

  problem(e: PolicyEvidence): string {
    switch (e.says) {
      case "wrong-type":
        return this.t("wrong-type", {
          expected: this.t(`expected.${e.expected}`),
          got: this.t(`got.${e.got}`),
        });
      case "required":
      case "empty":
      case "warn-above-unused":
        return this.t(e.says);
      case "too-small":
        return this.t("too-small", { min: e.min });
      case "too-big":
        return this.t("too-big", { max: e.max });
      case "not-one-of":
        return this.t("not-one-of", { allowed: this.list(e.allowed.map((v) => this.quote(v))) });
      case "text-too-long":
        return this.t("text-too-long", { length: e.length, max: e.max });
      case "too-many":
        return this.t("too-many", { count: e.count, max: e.max });
      case "unknown-setting":
        return this.t("unknown-setting", { known: this.list(e.known) });
      case "repeats":
        return this.t("repeats", { value: this.quote(e.value) });
      case "an-address":
      case "not-a-domain":
      case "not-an-ending":
        return this.t(e.says, { host: this.quote(e.host) });
      case "open-ending":
      case "whole-namespace": {
        const values = {
          ending: this.ending(e.host),
          example: this.quote(`example.${hostToUnicode(e.host)}`),
        };
        return e.says === "open-ending"
          ? this.t("open-ending", values)
          : this.t("whole-namespace", { ...values, who: this.registrants(e.host) });
      }
      case "no-letter":
        return this.t("no-letter", { keyword: this.quote(e.keyword) });
      case "also-internal":
        return this.t("also-internal", { internal: this.place(e.internal) });
      case "blocked":
        return this.t(`blocked.${e.under ? "under" : "same"}.${e.list}`, {
          blockedBy: this.place(e.blockedBy),
        });
      case "too-large":
        return this.t("too-large", { limit: e.limit });
      case "not-json":
        return this.t("not-json", { detail: e.detail });
    }
  }

  note(where: PolicyPlace, e: NamespaceNote): string {
    return this.t(`namespace.${e.list}`, {
      place: this.place(where),
      host: e.host,
      who: this.registrants(e.host),
    });
  }
}

/** One renderer a language, made when first asked for (pure: a bundle that never renders drops it). */
const made = /*#__PURE__*/ new Map<Language, PolicyWords>();

function wordsFor(language: Language): PolicyWords {
  let words = made.get(language);
  if (!words) made.set(language, (words = new PolicyWords(language)));
  return words;
}

/** Where a problem is: `trusted domain 2 ("com")`, `the action for "suffix-slip"`, `the whole file`. */
export function describePolicyPlace(where: PolicyPlace, language: Language = "en"): string {
  return wordsFor(language).place(where);
}

/** What is wrong, as the rest of a sentence about the place: `expected text, got a number`. */
export function describePolicyProblem(evidence: PolicyEvidence, language: Language = "en"): string {
  return wordsFor(language).problem(evidence);
}

/** A problem with where it is: `trusted domain 3: expected text, got a number`. */
export function describePolicyError(error: PolicyError, language: Language = "en"): string {
  const words = wordsFor(language);
  return words.t("error", { place: words.place(error.where), problem: words.problem(error.evidence) });
}

/** A note, one sentence: `trusted domain 1 ("gov.uk") trusts every address under gov.uk, which ...`. */
export function describePolicyNote(note: PolicyNote, language: Language = "en"): string {
  return wordsFor(language).note(note.where, note.evidence);
}
