import { hasNonAscii, hostToUnicode, splitDomain, type DomainParts } from "./domain";
import { registryNames, registryOwner } from "./dotgov-registry";
import { describeEdit, distanceAtMostOne } from "./edit";
import { looseSkeleton } from "./lookalike-space";
import { forEachJoinedName, type ProtectedDomain, type Resemblance } from "./protected-index";
import { skeleton as strictSkeleton } from "./unicode";

/** Letters, digits and the hyphen: every character a slip can put into a domain name. */
const NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789-";
/** Shortest joined form (`irs-gov`) looked for inside another name, as for other built-ins. */
const EMBEDDED_MIN_LENGTH = 7;

/**
 * Looks up the US .gov registry's domains near a typed host with no index to build: a set of the
 * registered names, and, for a typed `.gov` name that is not registered, its one-slip variants
 * looked up in that set (some hundreds of look-ups). A classic Outlook send handler starts afresh
 * for every message, so an index of every registry name (deletion hashes, skeletons) would be
 * built again on every send to a government address.
 */
export class DotgovLookup {
  private readonly names: ReadonlySet<string>;
  private readonly entries = new Map<string, ProtectedDomain>();
  /** Registered names by their look-alike skeleton, built on the first name that needs it. */
  private skeletons: Map<string, string> | undefined;

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
  }

  private entry(name: string): ProtectedDomain {
    let entry = this.entries.get(name);
    if (!entry) {
      const host = `${name}.gov`;
      entry = { host, parts: splitDomain(host)!, source: "built-in", inRegistry: true };
      const owner = registryOwner(name);
      if (owner) entry.owner = owner;
      this.entries.set(name, entry);
    }
    return entry;
  }

  /** The registered domain that `host` is, or is under. */
  trustedMatch(parts: DomainParts | null): ProtectedDomain | undefined {
    return parts && parts.suffix === "gov" && this.names.has(parts.name) ? this.entry(parts.name) : undefined;
  }

  /** Registered domains one slip (or a look-alike character swap) from the typed registrable domain. */
  resemblances(parts: DomainParts): Resemblance[] {
    const out: Resemblance[] = [];
    const typed = parts.registrable;
    const add = (name: string, lookAlike: boolean): void => {
      const intended = `${name}.gov`;
      if (intended === typed || out.some((r) => r.intendedForm === intended)) return;
      const edit = lookAlike ? null : describeEdit(typed, intended);
      if (!lookAlike && !edit) return;
      out.push({
        target: this.entry(name),
        typedForm: typed,
        intendedForm: intended,
        kind: edit ? "slip" : "exact-skeleton",
        edit,
      });
    };
    const { name, suffix } = parts;
    // irs.gob, irs.gv: a registered name under an ending one slip from .gov.
    if (suffix !== "gov" && distanceAtMostOne(suffix, "gov") === 1 && this.names.has(name)) add(name, false);
    // irsg.ov: the dot shifted across the ending.
    if (suffix === "ov" && name.length > 1 && name.charCodeAt(name.length - 1) === 103) {
      const shifted = name.slice(0, -1);
      if (this.names.has(shifted)) add(shifted, false);
    }
    if (suffix !== "gov" || this.names.has(name)) return out;
    // iirs.gov: an unregistered .gov name one slip from a registered one.
    for (const variant of oneSlipVariants(name)) if (this.names.has(variant)) add(variant, false);
    // іrs.gov with a Cyrillic і, 1rs.gov: the same look as a registered name.
    const unicodeName = hostToUnicode(typed).slice(0, -4);
    const look = looseSkeleton(unicodeName);
    const sameLook = this.skeletonIndex().get(look);
    if (sameLook !== undefined && sameLook !== name) {
      // An ASCII one-key slip that only the loose folds make look alike is a typing slip.
      const typingSlip = !hasNonAscii(unicodeName) && strictSkeleton(name) !== strictSkeleton(sameLook);
      add(sameLook, !typingSlip);
    }
    return out;
  }

  private skeletonIndex(): Map<string, string> {
    if (!this.skeletons) {
      this.skeletons = new Map();
      this.names.forEach((name) => {
        const look = looseSkeleton(name);
        if (!this.skeletons!.has(look)) this.skeletons!.set(look, name);
      });
    }
    return this.skeletons;
  }

  /**
   * Registered domains written into another domain: `irs-gov.us`, `stategov.com` (joined forms of
   * at least seven characters, as for the other well-known domains) and `state.gov.com`.
   */
  embeddedIn(
    host: string,
    parts: DomainParts,
    prefixOnly: boolean,
  ): { target: ProtectedDomain; form: string }[] {
    const found: { target: ProtectedDomain; form: string }[] = [];
    const consider = (key: string): void => {
      if (key.length < EMBEDDED_MIN_LENGTH || key.slice(-3) !== "gov") return;
      let name = key.slice(0, -3);
      if (name.charCodeAt(name.length - 1) === 45) name = name.slice(0, -1);
      if (name && this.names.has(name) && `${name}.gov` !== parts.registrable) {
        found.push({ target: this.entry(name), form: `${name}.gov` });
      }
    };
    if (!prefixOnly && parts.name.indexOf("gov") >= 0) forEachJoinedName(parts.name, consider);
    // state.gov.com, irs.gov.example.net: the registered domain in front of another one.
    if (host !== parts.registrable) {
      const labels = host.split(".");
      const beforeSuffix = labels.length - parts.suffix.split(".").length;
      for (let k = 2; k <= beforeSuffix; k++) {
        if (labels[k - 1] !== "gov") continue;
        const name = labels[k - 2]!;
        if (this.names.has(name) && `${name}.gov` !== parts.registrable) {
          found.push({ target: this.entry(name), form: `${name}.gov` });
        }
      }
    }
    return found;
  }
}

/** Every string one slip from `name`: a character left out, doubled, swapped, replaced or added. */
function oneSlipVariants(name: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= name.length; i++) {
    const head = name.slice(0, i);
    const rest = name.slice(i);
    if (i < name.length) out.add(head + name.slice(i + 1));
    if (i + 1 < name.length) out.add(head + name[i + 1]! + name[i]! + name.slice(i + 2));
    for (let c = 0; c < NAME_CHARACTERS.length; c++) {
      const ch = NAME_CHARACTERS[c]!;
      out.add(head + ch + rest);
      if (i < name.length && ch !== name[i]) out.add(head + ch + name.slice(i + 1));
    }
  }
  out.delete(name);
  return out;
}

let shared: DotgovLookup | undefined;
let sharedFor: readonly string[] | undefined;

/** The registry as it is on this surface (the federal names, or every domain where added). */
export function dotgovLookup(): DotgovLookup {
  const names = registryNames();
  if (!shared || sharedFor !== names) {
    shared = new DotgovLookup(names);
    sharedFor = names;
  }
  return shared;
}
