import type { Checker } from "./checker";
import { hasNonAscii, hostToUnicode, splitDomain } from "./domain";
import type { ForeignLetters } from "./evidence";
import type { Finding, FindingCode } from "./findings";
import { namespaceOf } from "./namespaces";
import { hostSyntaxProblem, normaliseDomainEntry } from "./policy/schema";
import { removeInvisible, scriptNamesOf } from "./unicode";

/**
 * Whether a user may trust a domain they typed (the pane's Trust button and Settings list), and
 * what to show them. Refused: anything the organisation blocks, a domain that imitates a
 * protected one with other characters, an ending anyone can register under, a whole restricted
 * namespace (gov.uk). Accepted with a caution: a typing slip of a protected domain or ending
 * (army.ml), which may still be a real correspondent. What it says is data, with no words: the
 * pane puts it in its own language (src/taskpane/trust-words.ts).
 */
export type UserTrustAssessment =
  | {
      ok: false;
      /** Why this domain cannot be trusted. */
      refusal: TrustRefusal;
    }
  | {
      ok: true;
      /** What to store: lower-case ASCII (punycode for international domains). */
      stored: string;
      /** What to show: the Unicode form, the one the user sees in addresses. */
      shown: string;
      /** For a domain with letters outside plain ASCII: which, by script. */
      foreign?: ForeignLetters[];
      /** To show, and have the user confirm, before the domain is added. */
      caution?: TrustCaution;
    };

/** Why a domain cannot be trusted by the user. */
export type TrustRefusal =
  /** The organisation allows no personal trusted domains. */
  | { why: "not-allowed" }
  /** Nothing was typed. */
  | { why: "empty" }
  /** What was typed has invisible characters: their Unicode names. */
  | {
      why: "invisible";
      /** The characters, each once: the catalogue names them (invisibleName). */ codePoints: number[];
    }
  /** An address was typed: `domain` is the part after its @. */
  | { why: "address"; typed: string; domain: string }
  /** Not a domain name at all. */
  | { why: "not-a-domain"; typed: string }
  /** `ending` (stored form) is open to anyone, or a whole restricted namespace (gov.uk). */
  | { why: "open-ending" | "namespace"; ending: string }
  /** The organisation blocks it, or it imitates a protected domain: the finding that says so. */
  | { why: "blocked" | "imitation"; finding: Finding };

/** Why a domain the user may trust deserves a second thought: it may be a slip for a protected one. */
export interface TrustCaution {
  /** What the checker says about it (its evidence has the words' parts). */
  finding: Finding;
  /**
   * A slip in the ending (`army.ml` for `army.mil`): the typed ending, the one meant, and the
   * domain meant, so that the caution can say whose each ending is.
   */
  ending?: { typed: string; intended: string; meant: string };
}

/** Findings that mean the domain imitates a protected one with other characters. */
const IMITATIONS: readonly FindingCode[] = ["homoglyph-domain", "mixed-script"];
/** Findings that mean the domain may be a slip for a protected one, yet may also be real. */
const SLIPS: readonly FindingCode[] = ["suffix-slip", "lookalike-domain", "suffix-swap", "embedded-domain"];

/** The local part is irrelevant: only the domain's findings are read. */
const PROBE_LOCAL = "postmaster";

/**
 * The characters of `shown` outside ASCII, grouped by script in the order they come (`Latin` for
 * `ü`; an empty script for a character that belongs to none, such as a symbol); undefined when
 * there are none.
 */
export function foreignLettersOf(shown: string): ForeignLetters[] | undefined {
  if (!hasNonAscii(shown)) return undefined;
  const groups: ForeignLetters[] = [];
  const seen: string[] = [];
  for (const ch of Array.from(shown)) {
    if (ch.charCodeAt(0) <= 0x7f || seen.indexOf(ch) >= 0) continue;
    seen.push(ch);
    const script = scriptNamesOf(ch)[0] ?? "";
    let group = groups.find((g) => g.script === script);
    if (!group) groups.push((group = { script, letters: [] }));
    group.letters.push(ch);
  }
  return groups;
}

/** The caution for a likely slip: with the endings when the slip is in the ending (army.ml). */
function slipCaution(host: string, slip: Finding): TrustCaution {
  const parts = splitDomain(host);
  const meant = slip.suggestion ? slip.suggestion.slice(slip.suggestion.lastIndexOf("@") + 1) : undefined;
  return slip.code === "suffix-slip" && slip.slip !== "dot-shift" && parts && slip.related && meant
    ? { finding: slip, ending: { typed: parts.suffix, intended: slip.related, meant } }
    : { finding: slip };
}

export function assessUserTrust(checker: Checker, rawDomain: string): UserTrustAssessment {
  const refuse = (refusal: TrustRefusal): UserTrustAssessment => ({ ok: false, refusal });
  if (!checker.policy.allowUserTrustedDomains) return refuse({ why: "not-allowed" });
  const raw = typeof rawDomain === "string" ? rawDomain.trim() : "";
  if (raw === "") return refuse({ why: "empty" });
  const invisible = removeInvisible(raw);
  if (invisible.removed.length > 0) {
    const codePoints = invisible.removed
      .map((c) => c.codePoint)
      .filter((cp, i, all) => all.indexOf(cp) === i);
    return refuse({ why: "invisible", codePoints });
  }
  const at = raw.lastIndexOf("@");
  if (at > 0) return refuse({ why: "address", typed: raw, domain: raw.slice(at + 1) });
  const stored = normaliseDomainEntry(raw);
  if (hostSyntaxProblem(stored)) return refuse({ why: "not-a-domain", typed: raw });
  const namespace = namespaceOf(stored).kind;
  if (namespace === "open") return refuse({ why: "open-ending", ending: stored });
  if (namespace === "restricted") return refuse({ why: "namespace", ending: stored });
  const shown = hostToUnicode(stored);

  const findings = checker.checkAddress(`${PROBE_LOCAL}@${stored}`).findings;
  const blocked = findings.find((f) => f.code === "blocked-domain");
  if (blocked) return refuse({ why: "blocked", finding: blocked });
  const imitation = findings.find((f) => IMITATIONS.indexOf(f.code) >= 0);
  if (imitation) return refuse({ why: "imitation", finding: imitation });
  const result: UserTrustAssessment = { ok: true, stored, shown };
  const foreign = foreignLettersOf(shown);
  if (foreign) result.foreign = foreign;
  const slip = findings.find((f) => SLIPS.indexOf(f.code) >= 0);
  if (slip) result.caution = slipCaution(stored, slip);
  return result;
}
