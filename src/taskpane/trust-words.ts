/**
 * What the pane says about trusting a domain, in its language: why one is refused, what to know
 * before trusting a likely slip, and which letters of a domain are not plain ASCII. The checker's
 * assessUserTrust (src/checker/user-trust.ts) gives these as data; the words are the pane's
 * catalogue's, and the findings they quote are the checker's catalogue of the same language.
 */
import type { Finding } from "../checker";
import { hostToUnicode } from "../checker/domain";
import type { ForeignLetters } from "../checker/evidence";
import { describeEvidence, describeSuffix, invisibleNames } from "../checker/messages";
import { fill } from "../checker/messages/catalogue";
import type { TrustCaution, TrustRefusal } from "../checker/user-trust";
import { foreignLettersOf } from "../checker/user-trust";
import { visibleText } from "../shared/display-text";
import { POLICY_CATALOGUES, type PolicyKey } from "../checker/policy/messages";
import type { PaneText } from "./i18n";

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** `"text"` in the quotation marks of the pane's language („…“, « … », 「…」). */
export function quoted(text: PaneText, value: string): string {
  return fill(text.messages.text.quoted, { text: value });
}

/** `a, b and c` in the pane's language. */
export function listAnd(text: PaneText, items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return text.t("list.and", {
    list: items.slice(0, -1).join(text.t("list.separator")),
    last: items[items.length - 1]!,
  });
}

/** What a finding says, in the pane's language (its evidence in the pane's checker catalogue). */
export function findingWords(finding: Finding, text: PaneText): string {
  return finding.evidence ? describeEvidence(finding.evidence, text.messages) : finding.message;
}

/** At most this many letters of one script are named; the rest are counted. */
const SHOWN_LETTERS = 3;

/**
 * `the "а" is Cyrillic`, `the "а" and "р" are Cyrillic; the "ü" is not a plain English letter`:
 * the letters of a domain outside ASCII, by script.
 */
export function foreignLettersText(groups: readonly ForeignLetters[], text: PaneText): string {
  return groups
    .map(({ script, letters }) => {
      const named = letters.slice(0, SHOWN_LETTERS).map((letter) => quoted(text, letter));
      if (letters.length > SHOWN_LETTERS)
        named.push(text.t("letters.more", { count: letters.length - SHOWN_LETTERS }));
      const values = { letters: listAnd(text, named) };
      if (script === "Latin") return text.n("letters.latin", letters.length, values);
      if (script === "") return text.n("letters.none", letters.length, values);
      const scripts = text.messages.scripts;
      return text.n("letters.script", letters.length, {
        ...values,
        script: has(scripts, script) ? scripts[script]! : script,
      });
    })
    .join(text.t("letters.separator"));
}

/**
 * A trusted domain as the pane shows it: the Unicode form people see in addresses, and, when it has
 * letters outside plain ASCII, which ones (`"аpple.com" — the "а" is Cyrillic`), so that a domain
 * that reads like a Latin one is never shown as if it were.
 */
export function trustedDomainText(
  shown: string,
  foreign: readonly ForeignLetters[] | undefined,
  text: PaneText,
): string {
  return foreign && foreign.length > 0
    ? text.t("trusted.withLetters", {
        domain: quoted(text, shown),
        letters: foreignLettersText(foreign, text),
      })
    : shown;
}

/**
 * A domain as stored in a policy (lower-case ASCII, punycode for international names) as the user
 * reads it: never a bare `xn--` form, always with any foreign letters pointed out.
 */
export function describeStoredDomain(stored: string, text: PaneText): string {
  const shown = hostToUnicode(stored);
  return visibleText(trustedDomainText(shown, foreignLettersOf(shown), text));
}

/** `"co.uk" (the UK companies' domain)`, `"рф" (xn--p1ai)`: an ending with whose it is. */
function namedEnding(ending: string, text: PaneText): string {
  const unicode = hostToUnicode(ending);
  const whose = unicode !== ending ? ending : describeSuffix(ending, text.messages);
  return whose ? text.t("ending.named", { ending: quoted(text, unicode), whose }) : quoted(text, unicode);
}

/**
 * Who may register under a restricted namespace, where the catalogue names them: the policy
 * catalogue's words, which `recipient-guard policy check` uses too.
 */
function registrants(ending: string, text: PaneText): string | undefined {
  const words = POLICY_CATALOGUES[text.language];
  const key = `registrants.${ending}`;
  return has(words, key) ? words[key as PolicyKey] : undefined;
}

/** Why a domain cannot be trusted, in a sentence or two that say what to do instead. */
export function refusalText(refusal: TrustRefusal, text: PaneText): string {
  switch (refusal.why) {
    case "not-allowed":
    case "empty":
      return text.t(`refuse.${refusal.why}`);
    case "invisible":
      return text.t("refuse.invisible", {
        names: listAnd(text, invisibleNames(text.messages, refusal.codePoints)),
      });
    case "address":
      return text.t("refuse.address", { typed: quoted(text, refusal.typed), domain: refusal.domain });
    case "not-a-domain":
      return text.t("refuse.not-a-domain", { typed: quoted(text, refusal.typed) });
    case "open-ending":
    case "namespace": {
      const ending = namedEnding(refusal.ending, text);
      const example = quoted(text, `example.${hostToUnicode(refusal.ending)}`);
      if (refusal.why === "open-ending") return text.t("refuse.open-ending", { ending, example });
      const who = registrants(refusal.ending, text);
      return who
        ? text.t("refuse.namespace", { ending, example, who })
        : text.t("refuse.namespace.other", { ending, example });
    }
    case "blocked":
    case "imitation":
      return text.t(`refuse.${refusal.why}`, { finding: findingWords(refusal.finding, text) });
  }
}

/**
 * What to know before trusting a likely slip: whose each ending is, when the slip is in the ending
 * ("army.ml is Mali's domain, not the US military's domain (army.mil)."), else what the checker
 * says; then that it should be trusted only for real correspondents.
 */
export function cautionText(caution: TrustCaution, shown: string, text: PaneText): string {
  const { ending } = caution;
  const typedIs = ending && describeSuffix(ending.typed, text.messages);
  const intendedIs = ending && describeSuffix(ending.intended, text.messages);
  const what =
    ending && typedIs && intendedIs
      ? text.t("caution.ending", { domain: shown, typedIs, intendedIs, meant: hostToUnicode(ending.meant) })
      : findingWords(caution.finding, text);
  return text.t("caution", { what, domain: shown });
}

/** Why a domain on the user's own list is not in force ("your organisation blocks this domain"). */
export function ignoredText(why: "not-allowed" | "blocked", text: PaneText): string {
  return text.t(`ignored.${why}`);
}
