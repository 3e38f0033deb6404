import type { Checker } from "./checker";
import { describeSuffix, hasNonAscii, hostToUnicode, splitDomain } from "./domain";
import type { Finding, FindingCode } from "./findings";
import { normaliseDomainEntry, userDomainProblem } from "./policy/schema";
import { removeInvisible, scriptNamesOf } from "./unicode";

/**
 * Whether a user may trust a domain they typed (the pane's Trust button and Settings list), and
 * what to show them. Refused: anything the organisation blocks, a domain that imitates a
 * protected one with other characters, an ending anyone can register under, a whole restricted
 * namespace (gov.uk). Accepted with a caution: a typing slip of a protected domain or ending
 * (army.ml), which may still be a real correspondent.
 */
export type UserTrustAssessment =
  | {
      ok: false;
      /** A sentence or two for the user: why this domain cannot be trusted. */
      reason: string;
    }
  | {
      ok: true;
      /** What to store: lower-case ASCII (punycode for international domains). */
      stored: string;
      /** What to show: the Unicode form, the one the user sees in addresses. */
      shown: string;
      /** For a domain with letters outside plain ASCII: which, and whose they are. */
      foreignLetters?: string;
      /** To show, and have the user confirm, before the domain is added. */
      caution?: string;
    };

/** Findings that mean the domain imitates a protected one with other characters. */
const IMITATIONS: readonly FindingCode[] = ["homoglyph-domain", "mixed-script"];
/** Findings that mean the domain may be a slip for a protected one, yet may also be real. */
const SLIPS: readonly FindingCode[] = ["suffix-slip", "lookalike-domain", "suffix-swap", "embedded-domain"];

/** The local part is irrelevant: only the domain's findings are read. */
const PROBE_LOCAL = "postmaster";

function quote(text: string): string {
  return `"${text}"`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}

const SHOWN_LETTERS = 3;

function sentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}

/**
 * `the "а" is Cyrillic`, `the "а" and "р" are Cyrillic; the "ü" is not a plain English letter`:
 * the characters of `shown` outside ASCII, grouped by script.
 */
export function describeForeignLetters(shown: string): string | undefined {
  if (!hasNonAscii(shown)) return undefined;
  const groups: { script: string; letters: string[] }[] = [];
  const seen: string[] = [];
  for (const ch of Array.from(shown)) {
    if (ch.charCodeAt(0) <= 0x7f || seen.indexOf(ch) >= 0) continue;
    seen.push(ch);
    const script = scriptNamesOf(ch)[0] ?? "";
    let group = groups.find((g) => g.script === script);
    if (!group) groups.push((group = { script, letters: [] }));
    group.letters.push(ch);
  }
  return groups
    .map(({ script, letters }) => {
      const quoted = letters.slice(0, SHOWN_LETTERS).map(quote);
      if (letters.length > SHOWN_LETTERS) quoted.push(`${letters.length - SHOWN_LETTERS} more`);
      const one = letters.length === 1;
      const what =
        script === "Latin"
          ? one
            ? "is not a plain English letter"
            : "are not plain English letters"
          : script === ""
            ? one
              ? "is not a letter"
              : "are not letters"
            : `${one ? "is" : "are"} ${script}`;
      return `the ${listOf(quoted)} ${what}`;
    })
    .join("; ");
}

/** "army.ml is Mali's domain, not the US military's domain (army.mil)." */
function slipCaution(shown: string, host: string, slip: Finding): string {
  const intended = slip.suggestion ? slip.suggestion.slice(slip.suggestion.lastIndexOf("@") + 1) : undefined;
  const parts = splitDomain(host);
  const whose = parts ? describeSuffix(parts.suffix) : undefined;
  const intendedWhose =
    slip.code === "suffix-slip" && slip.related ? describeSuffix(slip.related) : undefined;
  const what =
    slip.code === "suffix-slip" && slip.slip !== "dot-shift" && whose && intendedWhose
      ? `${shown} is ${whose}, not ${intendedWhose}${intended ? ` (${hostToUnicode(intended)})` : ""}.`
      : slip.message;
  return `${what} Trust it only if you really write to people at ${shown}.`;
}

export function assessUserTrust(checker: Checker, rawDomain: string): UserTrustAssessment {
  if (!checker.policy.allowUserTrustedDomains) {
    return {
      ok: false,
      reason:
        "Your organisation does not allow personal trusted domains. Ask your IT department to add this domain to the organisation policy.",
    };
  }
  const raw = typeof rawDomain === "string" ? rawDomain.trim() : "";
  if (raw === "") return { ok: false, reason: "Type a domain, such as example.com." };
  const invisible = removeInvisible(raw);
  if (invisible.removed.length > 0) {
    const names = invisible.removed.map((c) => c.name).filter((name, i, all) => all.indexOf(name) === i);
    return {
      ok: false,
      reason: `What you typed contains invisible characters (${listOf(names)}). Type the domain again by hand.`,
    };
  }
  const at = raw.lastIndexOf("@");
  if (at > 0) {
    return {
      ok: false,
      reason: `${quote(raw)} is an address. To trust its domain, type only the part after the @: ${raw.slice(at + 1)}.`,
    };
  }
  const stored = normaliseDomainEntry(raw);
  const problem = userDomainProblem(stored);
  if (problem)
    return { ok: false, reason: sentence(problem.charAt(0) === '"' ? problem : `${quote(raw)} ${problem}`) };
  const shown = hostToUnicode(stored);

  const findings = checker.checkAddress(`${PROBE_LOCAL}@${stored}`).findings;
  const blocked = findings.find((f) => f.code === "blocked-domain");
  if (blocked) return { ok: false, reason: `${blocked.message} It cannot be trusted.` };
  const imitation = findings.find((f) => IMITATIONS.indexOf(f.code) >= 0);
  if (imitation) {
    return {
      ok: false,
      reason: `${imitation.message} A domain made to look like another cannot be trusted.`,
    };
  }
  const result: UserTrustAssessment = { ok: true, stored, shown };
  const foreignLetters = describeForeignLetters(shown);
  if (foreignLetters) result.foreignLetters = foreignLetters;
  const slip = findings.find((f) => SLIPS.indexOf(f.code) >= 0);
  if (slip) result.caution = slipCaution(shown, stored, slip);
  return result;
}
