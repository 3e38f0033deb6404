import { isKnownSuffix } from "./domain";
import { describeEdit, type Edit } from "./edit";
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
 * wolf (`.co` is one letter short of `.com`, `.eu` of `.edu`). Under these we only warn when the
 * name also matches a protected domain (gmail.co), never on the suffix alone.
 */
const WIDELY_USED_SUFFIXES = new Set(["co", "eu", "io", "me", "uk", "de", "il"]);

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
  if (suffix === "mil") return /^[a-z]+$/.test(name);
  return true;
}

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

/** Real suffixes one slip from an unknown one (`con` → `com`), best guess first. */
export function nearestKnownSuffixes(unknown: string): string[] {
  const highValue: string[] = [...RESTRICTED_SUFFIXES, ...COMMERCIAL_SUFFIXES];
  const found: string[] = [];
  for (const candidate of typingSlips(unknown)) if (isKnownSuffix(candidate)) found.push(candidate);
  // Prefer high-value suffixes, then the one reached by the most common kind of slip.
  return found.sort((a, b) => Number(highValue.includes(b)) - Number(highValue.includes(a)));
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
