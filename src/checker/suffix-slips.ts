import { isKnownSuffix } from "./domain";
import { describeEdit, distanceAtMostOne, type Edit } from "./edit";
import { keyboardNeighbours } from "./keyboard";

/**
 * Suffixes whose mail is sensitive enough that a one-key slip away from them deserves a warning even
 * when nobody configured anything. Restricted ones are reserved for governments, armed forces,
 * health services and universities, so any real suffix one slip away is almost always a mistake.
 */
const RESTRICTED_SUFFIXES = [
  "mil",
  "gov",
  "edu",
  "int",
  "gov.uk",
  "mod.uk",
  "nhs.uk",
  "police.uk",
  "ac.uk",
  "gov.au",
  "gc.ca",
  "gouv.fr",
] as const;
const COMMERCIAL_SUFFIXES = ["com", "net", "org", "co.uk", "org.uk"] as const;

/**
 * Real suffixes in such wide, deliberate use that warning on every address under them would cry
 * wolf (`.co` is one letter short of `.com`, `.eu` of `.edu`, Italy's `.it` and India's `.in` of `.int`). Under these we only warn when the
 * name also matches a protected domain (gmail.co), never on the suffix alone.
 */
const WIDELY_USED_SUFFIXES = new Set(["co", "eu", "io", "me", "uk", "de", "il", "it", "in"]);

export interface SuffixSlip {
  /** The high-value suffix the user probably meant. */
  intended: string;
  /** The slip from `intended` to the suffix that was typed. */
  edit: Edit;
  restricted: boolean;
}

/** Every string one typing slip away from `s`: omission, neighbouring key, extra key, swap, double. */
export function typingSlips(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === ".") continue;
    out.add(s.slice(0, i) + s.slice(i + 1));
    out.add(s.slice(0, i) + ch + s.slice(i));
    for (const near of keyboardNeighbours(ch)) {
      out.add(s.slice(0, i) + near + s.slice(i + 1));
      out.add(s.slice(0, i) + near + s.slice(i));
      out.add(s.slice(0, i + 1) + near + s.slice(i + 1));
    }
    const next = s[i + 1];
    if (next && next !== "." && next !== ch) out.add(s.slice(0, i) + next + ch + s.slice(i + 2));
  }
  out.delete(s);
  return out;
}

let table: Map<string, SuffixSlip[]> | undefined;

/**
 * Real public suffixes one slip away from a high-value suffix, keyed by the slipped suffix, derived
 * from the Public Suffix List on first use (a few thousand look-ups, about a millisecond).
 */
export function suffixSlipTable(): Map<string, SuffixSlip[]> {
  if (table) return table;
  const built = new Map<string, SuffixSlip[]>();
  const add = (intended: string, restricted: boolean): void => {
    for (const typed of typingSlips(intended)) {
      // Two-label slips land on other high-value namespaces (gov.uk → gov.hk is Hong Kong's
      // government), which are no more suspicious than the one intended.
      if (typed.includes(".") || WIDELY_USED_SUFFIXES.has(typed) || !isKnownSuffix(typed)) continue;
      const edit = describeEdit(typed, intended);
      if (!edit) continue;
      const list = built.get(typed) ?? [];
      list.push({ intended, edit, restricted });
      built.set(typed, list);
    }
  };
  for (const s of RESTRICTED_SUFFIXES) add(s, true);
  for (const s of COMMERCIAL_SUFFIXES) add(s, false);
  table = built;
  return built;
}

/**
 * Labels that registries use for structure under a country ending (edu.cm, com.om, gov.ml): a name
 * like that is a national namespace, not a slip for edu.com or gov.mil.
 */
const STRUCTURAL_LABELS = new Set(
  [...RESTRICTED_SUFFIXES, ...COMMERCIAL_SUFFIXES, "ac", "co", "gouv", "gob"].map((s) => s.split(".")[0]!),
);

/**
 * Whether `name` could be registered under `suffix` at all. The US Department of Defense names its
 * .mil domains with letters only (army, af, dcma, tricare, cybercom), so `2yigo4.ml` or
 * `trash-mail.ml` cannot be a .mil address that lost its `i`.
 */
function couldBeNameUnder(name: string, suffix: string): boolean {
  if (STRUCTURAL_LABELS.has(name)) return false;
  // The DoD's .mil names and the treaty organisations' .int names (who, nato, itu) are letters only.
  if (suffix === "mil" || suffix === "int") return /^[a-z]+$/.test(name);
  return true;
}

/** Whether only names of letters could be registered under `suffix` (asked of couldBeNameUnder). */
const lettersOnly = (suffix: string): boolean => !couldBeNameUnder("x1", suffix);

/** The most likely intended high-value suffix for a name typed under `suffix`, or undefined. */
export function suffixSlipFor(name: string, suffix: string): SuffixSlip | undefined {
  const candidates = suffixSlipTable().get(suffix);
  if (!candidates) return undefined;
  const possible = candidates.filter((c) => couldBeNameUnder(name, c.intended));
  return possible.find((c) => c.restricted) ?? possible[0];
}

/**
 * `gmailc.om`, `armym.il`: the dot slid one place left across the suffix. Returns the intended
 * registrable domain, or undefined.
 */
export function dotShiftFor(
  name: string,
  suffix: string,
): { intendedName: string; intendedSuffix: string } | undefined {
  const shifts = dotShiftsBySuffix().get(suffix);
  if (!shifts) return undefined;
  for (let i = 0; i < shifts.length; i++) {
    const shift = shifts[i]!;
    if (!name.endsWith(shift.moved)) continue;
    const intendedName = name.slice(0, -1);
    if (intendedName.length > 0 && couldBeNameUnder(intendedName, shift.intended))
      return { intendedName, intendedSuffix: shift.intended };
  }
  return undefined;
}

let shifts: Map<string, { moved: string; intended: string }[]> | undefined;

/**
 * For each high-value suffix, what is left of it when its first letter slides left (com → om + c),
 * keyed by what is left: one look-up per address.
 */
function dotShiftsBySuffix(): Map<string, { moved: string; intended: string }[]> {
  if (!shifts) {
    shifts = new Map();
    for (const intended of [...RESTRICTED_SUFFIXES, ...COMMERCIAL_SUFFIXES]) {
      if (intended.length < 2) continue;
      const typedSuffix = intended.slice(1);
      const list = shifts.get(typedSuffix) ?? [];
      list.push({ moved: intended[0]!, intended });
      shifts.set(typedSuffix, list);
    }
  }
  return shifts;
}

/**
 * A real ending the zero-configuration rules flag a domain under (`army.ml`, `armym.il`), for
 * those who must express the same rules elsewhere (`recipient-guard exchange`'s mail flow rules).
 */
export interface SlipEnding {
  /** The ending typed, one label: `ml`. */
  typed: string;
  /** The high-value endings it may have been meant for. */
  intended: string[];
  /** Only names of letters a–z are flagged under it (a .mil or .int name lost a letter). */
  lettersOnly: boolean;
  /** Only names ending in this letter are flagged (the dot slid over it: `armym.il`). */
  nameEndsWith?: string;
  /** Names never flagged under it: labels registries use for structure (`com.om`, `gov.ml`). */
  structuralNames: string[];
}

/**
 * Every real ending under which a name is flagged with no configuration: the suffix-slip table
 * (`suffixSlipFor`) and the dot shifts (`dotShiftFor`) whose typed ending exists. Names that are
 * registry structure (`com.om`) are not flagged; the others are, within the limits given.
 */
export function slipEndings(): SlipEnding[] {
  const out: SlipEnding[] = [];
  const structuralNames = [...STRUCTURAL_LABELS].sort();
  for (const [typed, slips] of suffixSlipTable()) {
    const intended = slips.map((s) => s.intended);
    out.push({
      typed,
      intended,
      lettersOnly: intended.every(lettersOnly),
      structuralNames,
    });
  }
  for (const [typed, moves] of dotShiftsBySuffix()) {
    if (typed.includes(".") || !isKnownSuffix(typed)) continue;
    for (const move of moves) {
      out.push({
        typed,
        intended: [move.intended],
        lettersOnly: lettersOnly(move.intended),
        nameEndsWith: move.moved,
        structuralNames,
      });
    }
  }
  return out;
}

const HIGH_VALUE_SUFFIXES: readonly string[] = [...RESTRICTED_SUFFIXES, ...COMMERCIAL_SUFFIXES];

/** `mil`, `gov.uk`, `com`: an ending worth a warning when a slip lands near it. */
export function isHighValueSuffix(suffix: string): boolean {
  return HIGH_VALUE_SUFFIXES.indexOf(suffix) >= 0;
}

export interface HighValueEnding {
  /** The whole host as it was probably meant: `army.mil` for `army.mi`. */
  host: string;
  /** The high-value ending meant. */
  intended: string;
  /** The slip from `intended` to what was typed in its place. */
  edit: Edit;
}

function labelCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 46) count++;
  return count;
}

/**
 * The high-value endings a host was probably meant to have, when its last labels are one slip away
 * from one: `army.mi` → `army.mil`, `nato.itn` → `nato.int`, `mod.gov.jk` → `mod.gov.uk`. Each
 * tail of one to three labels is compared with the high-value endings of as many labels, and at
 * least one label is left in front as the name. Several answers mean several equally likely
 * endings (`mod.gov.u`: `gov.uk` or `gov.au`): the caller must not pick one.
 *
 * Only these endings are offered, never "the nearest real ending": a slip of `.mil` is not meant
 * for Nicaragua because `.ni` happens to be one letter away.
 */
export function highValueEndingsFor(host: string): HighValueEnding[] {
  const found: HighValueEnding[] = [];
  let tailStart = host.length;
  for (let labels = 1; labels <= 3; labels++) {
    tailStart = host.lastIndexOf(".", tailStart - 1);
    if (tailStart <= 0) break;
    const tail = host.slice(tailStart + 1);
    const front = host.slice(0, tailStart);
    for (let i = 0; i < HIGH_VALUE_SUFFIXES.length; i++) {
      const intended = HIGH_VALUE_SUFFIXES[i]!;
      if (labelCount(intended) !== labels || distanceAtMostOne(tail, intended) !== 1) continue;
      const edit = describeEdit(tail, intended);
      if (!edit) continue;
      const meant = `${front}.${intended}`;
      if (!found.some((f) => f.host === meant)) found.push({ host: meant, intended, edit });
    }
  }
  return found;
}

/** High-value endings of two or more labels that only public bodies can register under. */
const RESTRICTED_MULTI_LABEL = RESTRICTED_SUFFIXES.filter((s) => s.indexOf(".") >= 0);

/**
 * `mod.gv.uk`, `met.pollice.uk`: a slip inside a restricted two-label ending that lands on a name
 * someone could register under the country's ending (`gv.uk`, `pollice.uk`). Only with a name in
 * front of it, as public bodies' addresses have (`mod.gov.uk`): a bare `gv.uk` may be anyone's.
 */
export function restrictedEndingSlipFor(registrable: string, subdomain: string): HighValueEnding | undefined {
  if (!subdomain) return undefined;
  for (let i = 0; i < RESTRICTED_MULTI_LABEL.length; i++) {
    const intended = RESTRICTED_MULTI_LABEL[i]!;
    if (labelCount(intended) !== labelCount(registrable)) continue;
    const edit = describeEdit(registrable, intended);
    if (edit) return { host: `${subdomain}.${intended}`, intended, edit };
  }
  return undefined;
}

const GENERIC_SUFFIXES = new Set(["com", "net", "org"]);
/** Where people put a government or university domain by mistake: the generic and UK endings. */
const EVERYDAY_SUFFIXES = new Set(["com", "net", "org", "info", "us", "co", "uk", "co.uk", "org.uk"]);
const GOVERNMENT_SUFFIXES = new Set([
  "gov",
  "mil",
  "gov.uk",
  "mod.uk",
  "police.uk",
  "nhs.uk",
  "gov.au",
  "gc.ca",
  "gouv.fr",
]);
/** Where only public bodies can register: a company's name there is an imitation. */
export function isGovernmentNamespace(suffix: string): boolean {
  return GOVERNMENT_SUFFIXES.has(suffix) || suffix === "int";
}

/**
 * Endings once given away free (Freenom's `tk`, `ml`, `ga`, `cf`, `gq`), where lookalikes of
 * well-known names have been registered in bulk: a protected name there is not its owner's.
 */
const FREE_ENDINGS = new Set(["tk", "ml", "ga", "cf", "gq"]);

export function isFreeEnding(suffix: string): boolean {
  return FREE_ENDINGS.has(suffix);
}

const ACADEMIC_SUFFIXES = new Set(["edu", "ac.uk", "edu.au", "ac.jp", "ac.nz", "edu.cn"]);

/** Countries whose people often type each other's ending: neighbours that share a language. */
const NEIGHBOUR_COUNTRIES: readonly (readonly string[])[] = [
  ["de", "at", "ch"],
  ["fr", "be", "ch", "lu"],
  ["nl", "be"],
  ["uk", "ie"],
  ["se", "no", "dk"],
];

function areNeighbourCountries(a: string, b: string): boolean {
  return NEIGHBOUR_COUNTRIES.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Whether typing `typed` where `intended` was meant is a swap people really make, as opposed to
 * two unrelated organisations sharing a name:
 * - a label dropped or added at one end: barclays.co.uk → barclays.uk, hsbc.co.uk → hsbc.co;
 * - a sibling under the same country: mod.gov.uk → mod.co.uk, hsbc.co.uk → hsbc.org.uk;
 * - the generic endings for one another: army.com for army.net;
 * - a government or university domain typed with an everyday ending: army.mil → army.com,
 *   irs.gov → irs.org, harvard.edu → harvard.com; or with another of its kind: army.mil → army.gov;
 * - a national ending typed as .com out of habit: siemens.de → siemens.com;
 * - a neighbouring country's ending: bmw.de → bmw.at, sncf.fr → sncf.be.
 */
export function isAcademicNamespace(suffix: string): boolean {
  return ACADEMIC_SUFFIXES.has(suffix);
}

export function isPlausibleSuffixSwap(typed: string, intended: string): boolean {
  if (typed === intended) return false;
  if (intended.endsWith(`.${typed}`) || intended.startsWith(`${typed}.`)) return true;
  if (typed.endsWith(`.${intended}`) || typed.startsWith(`${intended}.`)) return false;
  const typedLabels = typed.split(".");
  const intendedLabels = intended.split(".");
  if (typedLabels.length === 2 && intendedLabels.length === 2 && typedLabels[1] === intendedLabels[1])
    return true;
  const restricted = (s: string): boolean => GOVERNMENT_SUFFIXES.has(s) || ACADEMIC_SUFFIXES.has(s);
  if (restricted(intended)) {
    if (EVERYDAY_SUFFIXES.has(typed)) return true;
    return (
      (GOVERNMENT_SUFFIXES.has(intended) && GOVERNMENT_SUFFIXES.has(typed)) ||
      (ACADEMIC_SUFFIXES.has(intended) && ACADEMIC_SUFFIXES.has(typed))
    );
  }
  return (GENERIC_SUFFIXES.has(typed) && !restricted(typed)) || areNeighbourCountries(typed, intended);
}
