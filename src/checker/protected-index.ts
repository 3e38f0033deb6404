import {
  hasNonAscii,
  hostToUnicode,
  isSameOrSubdomain,
  rememberUnicode,
  splitDomain,
  type DomainParts,
} from "./domain";
import {
  deletionHashes,
  describeEdit,
  distanceAtMostOne,
  hashAddingCodes,
  oneEditHashes,
  type Edit,
} from "./edit";
import type { Source } from "./policy";
import { looseSkeleton as skeleton } from "./lookalike-space";
import { skeleton as strictSkeleton } from "./unicode";

/** `learned`: a domain the user writes to often, from the history kept on their machine (correspondents.ts). */
export type ProtectedSource = Source | "internal" | "learned";

/** A domain we guard against lookalikes: the organisation's own, its partners', or a built-in one. */
export interface ProtectedDomain {
  host: string;
  parts: DomainParts;
  source: ProtectedSource;
  /** From the US .gov registry the project ships. */
  inRegistry?: true;
  /** Who the domain belongs to, where that registry's table on this surface says so. */
  owner?: string;
}

/** One way a typed host resembles a protected one. */
export interface Resemblance {
  target: ProtectedDomain;
  /** The piece of the typed host that resembles the target: its whole host or its registrable domain. */
  typedForm: string;
  /** The target's piece it resembles (ASCII). */
  intendedForm: string;
  /** `exact-skeleton`: same look, different characters; `slip`: one typing slip; `slip-skeleton`: both. */
  kind: "exact-skeleton" | "slip" | "slip-skeleton";
  edit: Edit | null;
}

export interface FormRef {
  target: ProtectedDomain;
  /** The text indexed: a protected form, or its look-alike skeleton. */
  form: string;
  /** The protected form (ASCII) that `form` stands for. */
  ascii: string;
  /** Refs are numbered as they are made: the order near forms are judged in, whichever table found them. */
  seq: number;
}

/** Shortest joined name (armymil) worth looking for inside another domain's name. */
const EMBEDDED_MIN_LENGTH = 5;
const EMBEDDED_MIN_LENGTH_BUILT_IN = 7;

const hashScratch: number[] = [];
const ALL_DOTS = /\./g;

/**
 * Own forms (a policy domain has about two: itself and its skeleton) from which a layer uses a
 * VariantTable rather than a DeletionTable, for an alphabet of 38 characters (a-z, 0-9, - and .);
 * a larger alphabet, whose variants cost more to probe, raises it in proportion. Measured with
 * scripts/bench-handler.mjs's fresh runtimes (1,000 recipients at 1,000 distinct domains; median
 * first event of 11 to 21 interleaved processes, deletion vs variant table for the policy's layer):
 * 5,395 forms 145 vs 156 ms; 19,007: 290 vs 301; 23,822: 377 vs 365; 28,531: 449 vs 439;
 * 32,307: 550 vs 546; 37,964: 520 vs 453; 58,987: 681 vs 568. So building every form's deletion
 * hashes costs about what probing 2 (38 + 1) variants per character of each of such a message's
 * domains does at some 20,000 to 24,000 forms; a smaller message breaks even sooner.
 */
const VARIANT_TABLE_MIN_FORMS = 24000;
let variantTableMinForms = VARIANT_TABLE_MIN_FORMS;

/** For tests: the own forms from which layers built from now on use VariantTable (0: always; Infinity: never). */
export function setVariantTableMinForms(forms: number = VARIANT_TABLE_MIN_FORMS): void {
  variantTableMinForms = forms;
}

/** 2^20 bits (128 KiB): a few percent full with every built-in domain indexed. */
const DELETION_BITS = 1 << 20;
const NO_BITS: Uint32Array = new Uint32Array(0);
let formSeq = 0;

/** Deletion hashes of the form being looked up, and of its skeleton: one look-up at a time. */
const plainProbeHashes: number[] = [];
const skeletonProbeHashes: number[] = [];
/** Hashes of the strings one edit from the form being looked up (VariantTable). */
const variantHashes: number[] = [];

/** The registrable domain's Unicode form, cut from the host's: punycode decodes label by label. */
function registrableUnicode(hostUnicode: string, registrable: string): string {
  if (!registrable.includes("xn--")) return registrable;
  let labels = 1;
  for (let i = 0; i < registrable.length; i++) if (registrable.charCodeAt(i) === 46) labels++;
  const unicode = hostUnicode.split(".").slice(-labels).join(".");
  rememberUnicode(registrable, unicode);
  return unicode;
}

/**
 * The names a typed name may have written a protected domain as: the name itself, and where it has
 * hyphens, runs of up to four of its hyphen-separated tokens joined either way (army-mil-secure →
 * armymil, army-mil).
 */
export function forEachJoinedName(name: string, visit: (joined: string) => void): void {
  if (name.indexOf("-") < 0) {
    visit(name);
    return;
  }
  const tokens = name.split("-");
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + 4); end++) {
      const span = tokens.slice(start, end);
      visit(span.join(""));
      if (span.length > 1) visit(span.join("-"));
    }
  }
}

const NONE: readonly FormRef[] = [];
const NO_DOMAINS: readonly ProtectedDomain[] = [];
const NO_EMBEDDED: readonly { target: ProtectedDomain; form: string }[] = [];
/** The forms one table look-up found (NearForms.collect), judged before the next look-up. */
const candidates: FormRef[] = [];

function alreadyFound(
  out: readonly Resemblance[],
  target: ProtectedDomain,
  typed: string,
  intended: string,
): boolean {
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (r.target === target && r.typedForm === typed && r.intendedForm === intended) return true;
  }
  return false;
}

/** Finds the protected forms that may be one slip from a probe, or equal to it. */
interface NearForms {
  /**
   * Puts them in `found` and returns how many; a form may repeat. `hashes` are the first `count`
   * deletion hashes of `probe`, computed once for every table.
   */
  collect(probe: string, hashes: readonly number[], count: number, found: FormRef[]): number;
}

/**
 * Symmetric deletion: the deletion hashes of protected forms (every string one deletion from each,
 * and itself) and the forms they stand for, in a chained hash table made of typed arrays: a few
 * objects where a map of lists would make thousands (which a send handler's garbage collector would
 * otherwise copy on its first event), built in one pass without sorting. Filled by `add`, then
 * `seal`ed once. Building costs a hash per character of every form; a look-up, a handful of hashes.
 */
export class DeletionTable implements NearForms {
  /**
   * One bit per hash bucket: almost every probe of an ordinary domain stops here. Allocated by the
   * first `add`; a table left empty (an index with no domains of its own) is never probed.
   */
  protected bits: Uint32Array = NO_BITS;
  /** The forms added, each once; entries refer to them by position. */
  private readonly forms: FormRef[] = [];
  private keys = new Int32Array(256);
  private entryForm = new Int32Array(256);
  private count = 0;
  /** Per entry, the next entry in the same bucket, or -1. */
  private next = new Int32Array(0);
  /** Per bucket, its first entry, or -1. */
  private heads = new Int32Array(1).fill(-1);
  private mask = 0;

  /** `bitCount`: a power of two of at least 32. */
  constructor(protected readonly bitCount = DELETION_BITS) {}

  /** Files `ref` under the first `count` hashes of `hashes` (deletionHashes of its form). */
  add(hashes: readonly number[], count: number, ref: FormRef): void {
    if (this.bits === NO_BITS) this.bits = new Uint32Array(this.bitCount >>> 5);
    const formIndex = this.forms.push(ref) - 1;
    if (this.count + count > this.keys.length) this.grow(this.count + count);
    // Fields in locals: this runs for every protected form on a send handler's first event, before
    // the engine has compiled it, where each property access costs.
    const keys = this.keys;
    const entryForm = this.entryForm;
    const bits = this.bits;
    const bitMask = this.bitCount - 1;
    let entry = this.count;
    for (let i = 0; i < count; i++) {
      const hash = hashes[i]!;
      keys[entry] = hash;
      entryForm[entry] = formIndex;
      entry++;
      bits[(hash & bitMask) >>> 5]! |= 1 << (hash & 31);
    }
    this.count = entry;
  }

  private grow(needed: number): void {
    let capacity = this.keys.length;
    while (capacity < needed) capacity *= 2;
    const keys = new Int32Array(capacity);
    keys.set(this.keys);
    const entryForm = new Int32Array(capacity);
    entryForm.set(this.entryForm);
    this.keys = keys;
    this.entryForm = entryForm;
  }

  seal(): void {
    const n = this.count;
    let buckets = 1;
    while (buckets < n) buckets *= 2;
    const heads = new Int32Array(buckets).fill(-1);
    const next = new Int32Array(n);
    const mask = buckets - 1;
    // Entries go in back to front, so that each bucket lists them in the order they were added.
    for (let i = n - 1; i >= 0; i--) {
      const bucket = this.keys[i]! & mask;
      next[i] = heads[bucket]!;
      heads[bucket] = i;
    }
    this.heads = heads;
    this.next = next;
    this.mask = mask;
  }

  collect(_probe: string, hashes: readonly number[], count: number, found: FormRef[]): number {
    const bits = this.bits;
    const bitMask = this.bitCount - 1;
    const heads = this.heads;
    const next = this.next;
    const keys = this.keys;
    const mask = this.mask;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const hash = hashes[i]!;
      // Almost every probe of an ordinary domain stops at its bit.
      if ((bits[(hash & bitMask) >>> 5]! & (1 << (hash & 31))) === 0) continue;
      for (let entry = heads[hash & mask]!; entry >= 0; entry = next[entry]!) {
        if (keys[entry] === hash) found[n++] = this.forms[this.entryForm[entry]!]!;
      }
    }
    return n;
  }
}

/**
 * The same table with each form filed under its own hash only, looked up with the hashes of every
 * string one edit from the probe over the forms' alphabet: about 2 (alphabet + 1) hashes per probe
 * character, where a deletion table costs a hash per character of every form to build.
 */
export class VariantTable extends DeletionTable {
  /** Every character code of the forms added. */
  readonly alphabet: number[] = [];
  private seen: Uint8Array | null = new Uint8Array(0x10000);

  /** About 32 bits for each of `forms` forms to come, up to 2^22. */
  constructor(forms: number) {
    let bitCount = 1024;
    while (bitCount < forms * 32 && bitCount < 1 << 22) bitCount *= 2;
    super(bitCount);
  }

  addForm(ref: FormRef): void {
    hashScratch[0] = hashAddingCodes(ref.form, this.seen!, this.alphabet);
    this.add(hashScratch, 1, ref);
  }

  seal(): void {
    this.seen = null;
    super.seal();
  }

  collect(probe: string, _hashes: readonly number[], _count: number, found: FormRef[]): number {
    const count = oneEditHashes(probe, this.alphabet, this.bits, this.bitCount - 1, variantHashes);
    return super.collect(probe, variantHashes, count, found);
  }
}

/**
 * The table for a layer's own forms: a deletion table while they are few, which is cheap to build;
 * from variantTableMinForms (more for an alphabet above 38 characters), a variant table, one hash
 * per form.
 */
function nearForms(forms: readonly FormRef[]): NearForms | undefined {
  if (forms.length === 0) return undefined;
  if (forms.length >= variantTableMinForms) {
    const table = new VariantTable(forms.length);
    for (let i = 0; i < forms.length; i++) table.addForm(forms[i]!);
    if (forms.length * 38 >= variantTableMinForms * table.alphabet.length) {
      table.seal();
      return table;
    }
  }
  const table = new DeletionTable();
  for (let i = 0; i < forms.length; i++) {
    const ref = forms[i]!;
    table.add(hashScratch, deletionHashes(ref.form, hashScratch), ref);
  }
  table.seal();
  return table;
}

/**
 * The maps under a layer, nearest first: the base layer's own map, then the maps under it. With
 * nothing of its own (`share`), a layer is its base's maps themselves.
 */
function layersOf<M>(
  base: { own: M; below: M[] } | undefined,
  share: boolean,
): { own: M | null; below: M[] } {
  if (!base) return { own: null, below: [] };
  return share ? { own: base.own, below: base.below } : { own: null, below: [base.own].concat(base.below) };
}

/**
 * A string-keyed map laid over a shared base's, which it never changes: a read looks in this
 * map's own entries, then in each layer below. With nothing of its own (`share`) it is the base's
 * map itself. Copying the base instead would put thousands of entries, and their garbage, between
 * a send handler's first event and its completion.
 */
class LayeredMap<V> {
  readonly own: Map<string, V>;
  readonly below: Map<string, V>[];
  constructor(base: LayeredMap<V> | undefined, share: boolean) {
    const layers = layersOf(base, share);
    this.own = layers.own ?? new Map();
    this.below = layers.below;
  }

  get(key: string): V | undefined {
    const hit = this.own.get(key);
    if (hit !== undefined) return hit;
    for (let i = 0; i < this.below.length; i++) {
      const found = this.below[i]!.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  set(key: string, value: V): void {
    this.own.set(key, value);
  }
}

/**
 * String-keyed lists laid over a shared base's, as LayeredMap. A key a layer below has gets its
 * own list here (a copy of the nearest one plus the new value), which then hides theirs. A key with
 * one value keeps the value itself, not a list of one: most keys of a large policy have one, and
 * hundreds of thousands of small lists are garbage a send handler's first event would collect.
 * Values are never arrays themselves.
 */
class LayeredLists<V extends object> {
  readonly own: Map<string, V | V[]>;
  readonly below: Map<string, V | V[]>[];
  constructor(base: LayeredLists<V> | undefined, share: boolean) {
    const layers = layersOf(base, share);
    this.own = layers.own ?? new Map();
    this.below = layers.below;
  }

  private find(key: string): V | V[] | undefined {
    const hit = this.own.get(key);
    if (hit !== undefined) return hit;
    for (let i = 0; i < this.below.length; i++) {
      const found = this.below[i]!.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  get(key: string): readonly V[] | undefined {
    const found = this.find(key);
    return found === undefined ? undefined : Array.isArray(found) ? found : [found];
  }

  has(key: string): boolean {
    return this.find(key) !== undefined;
  }

  add(key: string, value: V): void {
    const mine = this.own.get(key);
    if (Array.isArray(mine)) {
      if (mine[mine.length - 1] !== value) mine.push(value);
      return;
    }
    if (mine !== undefined) {
      if (mine !== value) this.own.set(key, [mine, value]);
      return;
    }
    let below: V | V[] | undefined;
    for (let i = 0; i < this.below.length && below === undefined; i++) below = this.below[i]!.get(key);
    this.own.set(
      key,
      below === undefined ? value : Array.isArray(below) ? below.concat([value]) : [below, value],
    );
  }
}

/**
 * Every key ProtectedIndex files a protected domain under: its host, registrable domain and name,
 * and each form's look-alike skeleton, joined and hyphenated names. `near` marks those also looked
 * up one slip away (each form and its skeleton). It mirrors the constructor and indexForm: a key
 * filed there and missing here would leave its domain out of OrganisationKeys' candidates, and
 * test/organisation-keys.test.ts compares a checker of candidates with one of every domain.
 */
export function forEachFiledKey(host: string, visit: (key: string, near: boolean) => void): void {
  const parts = splitDomain(host);
  if (!parts) return;
  visit(parts.name, false);
  const forms = host === parts.registrable ? [host] : [host, parts.registrable];
  for (const form of forms) {
    visit(form, true);
    visit(skeleton(hostToUnicode(form)), true);
    visit(form.replace(ALL_DOTS, ""), false);
    visit(form.replace(ALL_DOTS, "-"), false);
  }
}

/**
 * Every key ProtectedIndex looks up for a typed host (trustedMatch, resemblances, sameName and
 * embeddedIn), with `near` set where it also looks one slip away. Mirrors those methods.
 */
export function forEachLookupKey(
  host: string,
  parts: DomainParts,
  visit: (key: string, near: boolean) => void,
): void {
  for (let candidate = host; ;) {
    visit(candidate, false);
    const dot = candidate.indexOf(".");
    if (dot < 0) break;
    candidate = candidate.slice(dot + 1);
  }
  visit(parts.name, false);
  // Each typed form and its skeleton, each once: near keys are the costly ones.
  const unicode = hostToUnicode(host);
  const hostSkeleton = skeleton(unicode);
  visit(host, true);
  if (hostSkeleton !== host) visit(hostSkeleton, true);
  if (parts.registrable !== host) {
    const registrableSkeleton = skeleton(registrableUnicode(unicode, parts.registrable));
    visit(parts.registrable, true);
    if (registrableSkeleton !== parts.registrable) visit(registrableSkeleton, true);
  }
  forEachJoinedName(parts.name, (joined) => visit(joined, false));
  const labels = host.split(".");
  const beforeSuffix = labels.length - parts.suffix.split(".").length;
  for (let k = 2; k <= beforeSuffix; k++) visit(labels.slice(0, k).join("."), false);
}

const SOURCE_RANK: Record<ProtectedSource, number> = {
  internal: 0,
  organisation: 1,
  user: 2,
  learned: 3,
  "built-in": 4,
};

/**
 * Looks up protected domains near a typed host in time independent of how many are protected:
 * hash tables of the protected forms (NearForms) answer "which protected domains are one slip
 * away" with hash look-ups per address, not a scan.
 */
export class ProtectedIndex {
  private readonly exactHosts: LayeredMap<ProtectedDomain>;
  private readonly registrables: LayeredLists<ProtectedDomain>;
  private readonly names: LayeredLists<ProtectedDomain>;
  /** Every protected form (the base's tables, then this index's own). */
  private readonly nearTables: NearForms[];
  /**
   * The look-alike space, for the organisation's own domains only: each form and its skeleton.
   * Slips there are too weak a likeness to report against built-ins.
   */
  private readonly looseTables: NearForms[];
  private readonly skeletons: LayeredLists<FormRef>;
  private readonly embedded: LayeredLists<{ target: ProtectedDomain; form: string }>;
  /**
   * Whether a protected entry is itself a Public Suffix List entry (a whole `gov.uk`, or `mil.no`):
   * hosts under it have registrable domains of their own, so the registrable look-up cannot rule
   * them out.
   */
  private readonly hasListedSuffixEntries: boolean;
  /** Names of the built-in domains (gmail, paypal), whatever source they were finally indexed under. */
  private readonly builtInNames: LayeredMap<true>;
  readonly size: number;

  /**
   * `base`, when given, is an index built once and shared (the built-in domains, or the
   * organisation's laid over them): this one is laid over it. Its near-form tables are the base's
   * plus its own; its maps read its own entries, then the base's layers (or are the base's, when it
   * has no domains of its own). The base is never changed.
   */
  constructor(
    domains: Iterable<{ host: string; source: ProtectedSource; inRegistry?: true; owner?: string }>,
    base?: ProtectedIndex,
  ) {
    const own = Array.from(domains);
    const share = base !== undefined && own.length === 0;
    this.exactHosts = new LayeredMap(base?.exactHosts, share);
    this.registrables = new LayeredLists(base?.registrables, share);
    this.names = new LayeredLists(base?.names, share);
    this.skeletons = new LayeredLists(base?.skeletons, share);
    this.embedded = new LayeredLists(base?.embedded, share);
    this.builtInNames = new LayeredMap(base?.builtInNames, share);
    const forms: FormRef[] = [];
    // The look-alike space holds the organisation's forms and their skeletons, which is everything
    // this index adds to its own table unless it also indexes built-in domains: then the two tables
    // are one.
    const looseForms = own.some((d) => d.source === "built-in") ? [] : forms;
    let count = base ? base.size : 0;
    let listedSuffixEntries = base ? base.hasListedSuffixEntries : false;
    for (let i = 0; i < own.length; i++) {
      const { host, source, inRegistry, owner } = own[i]!;
      const parts = splitDomain(host);
      if (!parts) continue;
      if (source === "built-in") this.builtInNames.set(parts.name, true);
      if (parts.listedAsSuffix) listedSuffixEntries = true;
      const existing = this.exactHosts.get(host);
      if (existing && SOURCE_RANK[existing.source] <= SOURCE_RANK[source]) continue;
      const entry: ProtectedDomain = { host, parts, source };
      if (inRegistry) entry.inRegistry = true;
      if (owner) entry.owner = owner;
      this.exactHosts.set(host, entry);
      count++;
      this.registrables.add(parts.registrable, entry);
      this.names.add(parts.name, entry);
      this.indexForm(entry, host, forms, looseForms);
      if (host !== parts.registrable) this.indexForm(entry, parts.registrable, forms, looseForms);
    }
    this.size = count;
    this.hasListedSuffixEntries = listedSuffixEntries;
    const table = nearForms(forms);
    const looseTable = looseForms === forms ? table : nearForms(looseForms);
    this.nearTables = [...(base?.nearTables ?? [])];
    if (table) this.nearTables.push(table);
    this.looseTables = [...(base?.looseTables ?? [])];
    if (looseTable) this.looseTables.push(looseTable);
  }

  /** Files one form of a protected domain (its host, or its registrable domain) everywhere it is looked for. */
  private indexForm(entry: ProtectedDomain, form: string, forms: FormRef[], looseForms: FormRef[]): void {
    const formSkeleton = skeleton(hostToUnicode(form));
    const plainRef: FormRef = { target: entry, form, ascii: form, seq: formSeq++ };
    forms.push(plainRef);
    this.skeletons.add(formSkeleton, plainRef);
    if (entry.source !== "built-in") {
      // The look-alike space holds both forms, for probes with the typed host's skeleton; the
      // skeleton also goes in the plain index, for probes with the typed host as it is.
      const looseApart = looseForms !== forms;
      if (looseApart) looseForms.push(plainRef);
      if (formSkeleton !== form) {
        const skeletonRef: FormRef = { target: entry, form: formSkeleton, ascii: form, seq: formSeq++ };
        if (looseApart) looseForms.push(skeletonRef);
        forms.push(skeletonRef);
      }
    }
    // army.mil written as one name: armymil.com, army-mil.com
    const joined = form.replace(ALL_DOTS, "");
    this.embedded.add(joined, plainRef);
    // The hyphenated form (army-mil) is found through the joined one (armymil), which embeddedIn
    // tries first for the same typed tokens, unless the joined one is too short to be tried or the
    // form has hyphens of its own (my-bank.com: my-bank-com is no join of my, bank and com alone).
    if (joined.length < EMBEDDED_MIN_LENGTH_BUILT_IN || form.indexOf("-") >= 0)
      this.embedded.add(form.replace(ALL_DOTS, "-"), plainRef);
  }

  /** The protected domain that `host` is, or is under; registrable siblings count (same organisation). */
  trustedMatch(host: string, parts: DomainParts | null): ProtectedDomain | undefined {
    // Every protected host is filed under its registrable domain, which it shares with all hosts
    // under it: no entry there, no match anywhere above.
    if (parts && !this.hasListedSuffixEntries && !this.registrables.has(parts.registrable)) return undefined;
    let candidate = host;
    for (;;) {
      const hit = this.exactHosts.get(candidate);
      if (hit && isSameOrSubdomain(host, hit.host)) return hit;
      const dot = candidate.indexOf(".");
      if (dot < 0) break;
      candidate = candidate.slice(dot + 1);
    }
    return parts ? this.registrables.get(parts.registrable)?.[0] : undefined;
  }

  /**
   * Protected domains one slip (or a look-alike character swap) away from a typed host or from its
   * registrable domain.
   */
  resemblances(host: string, parts: DomainParts): Resemblance[] {
    const out: Resemblance[] = [];
    const hostUnicode = hostToUnicode(host);
    this.collectResemblances(host, hostUnicode, out);
    if (parts.registrable !== host)
      this.collectResemblances(parts.registrable, registrableUnicode(hostUnicode, parts.registrable), out);
    return out;
  }

  private collectResemblances(typed: string, unicode: string, out: Resemblance[]): void {
    const typedSkeleton = skeleton(unicode);
    const nonAscii = unicode !== typed && hasNonAscii(unicode);
    const sameLook = this.skeletons.get(typedSkeleton) ?? NONE;
    for (let i = 0; i < sameLook.length; i++) {
      const ref = sameLook[i]!;
      if (ref.form === typed || alreadyFound(out, ref.target, typed, ref.form)) continue;
      // An ASCII one-key slip that only the loose folds make look alike (army.mli: i and l) is a
      // typing slip; true confusables (1 and l, 0 and o, rn and m, any non-ASCII) are look-alikes.
      const plainEdit = nonAscii ? null : describeEdit(typed, ref.form);
      const typingSlip = plainEdit !== null && strictSkeleton(typed) !== strictSkeleton(ref.form);
      out.push({
        target: ref.target,
        typedForm: typed,
        intendedForm: ref.form,
        kind: typingSlip ? "slip" : "exact-skeleton",
        edit: typingSlip ? plainEdit : null,
      });
    }
    // The typed host against every protected form (and the organisation's skeletons); its
    // skeleton, the look-alike space, only against the organisation's own domains.
    const plainCount = deletionHashes(typed, plainProbeHashes);
    const tables = this.nearTables;
    for (let i = 0; i < tables.length; i++)
      this.probe(tables[i]!, typed, plainProbeHashes, plainCount, typed, out);
    const looseTables = this.looseTables;
    if (typedSkeleton === typed || looseTables.length === 0) return;
    const skeletonCount = deletionHashes(typedSkeleton, skeletonProbeHashes);
    for (let i = 0; i < looseTables.length; i++)
      this.probe(looseTables[i]!, typedSkeleton, skeletonProbeHashes, skeletonCount, typed, out);
  }

  /** Looks up `probe` (`typed` or its skeleton), whose first `count` deletion hashes are `hashes`. */
  private probe(
    table: NearForms,
    probe: string,
    hashes: readonly number[],
    count: number,
    typed: string,
    out: Resemblance[],
  ): void {
    const found = table.collect(probe, hashes, count, candidates);
    // Each once, in the order they were made, so that which table found them cannot decide which of
    // two near forms is reported first.
    let n = 0;
    for (let i = 0; i < found; i++) {
      const ref = candidates[i]!;
      let at = n;
      while (at > 0 && candidates[at - 1]!.seq > ref.seq) at--;
      if (at > 0 && candidates[at - 1] === ref) continue;
      for (let k = n++; k > at; k--) candidates[k] = candidates[k - 1]!;
      candidates[at] = ref;
    }
    for (let i = 0; i < n; i++) {
      const ref = candidates[i]!;
      // Equal hashes are only candidates.
      if (distanceAtMostOne(probe, ref.form) !== 1) continue;
      const intendedForm = ref.ascii;
      if (alreadyFound(out, ref.target, typed, intendedForm)) continue;
      const edit = describeEdit(typed, intendedForm);
      out.push({
        target: ref.target,
        typedForm: typed,
        intendedForm,
        kind: edit ? "slip" : "slip-skeleton",
        edit,
      });
    }
  }

  /** Protected domains with the same name under another suffix (`barclays.uk` for `barclays.co.uk`). */
  sameName(parts: DomainParts): readonly ProtectedDomain[] {
    const named = this.names.get(parts.name);
    if (named === undefined) return NO_DOMAINS;
    return named.filter((p) => p.parts.suffix !== parts.suffix);
  }

  /**
   * Protected domains whose full name is written into another domain: `army-mil.com`,
   * `armymil-secure.net`, `army.mil.example.com`.
   */
  embeddedIn(
    host: string,
    parts: DomainParts,
    prefixOnly: boolean,
  ): readonly { target: ProtectedDomain; form: string }[] {
    // The common case, a plain name at the top of its suffix: one look-up, nothing allocated.
    if (host === parts.registrable && !prefixOnly && !parts.name.includes("-")) {
      if (parts.name.length < EMBEDDED_MIN_LENGTH || !this.embedded.has(parts.name)) return NO_EMBEDDED;
    }
    const found: { target: ProtectedDomain; form: string }[] = [];
    const collect = (key: string): void => {
      if (key.length < EMBEDDED_MIN_LENGTH) return;
      const hits = this.embedded.get(key);
      if (hits === undefined) return;
      for (const hit of hits) {
        const tooShort = hit.target.source === "built-in" && key.length < EMBEDDED_MIN_LENGTH_BUILT_IN;
        if (!tooShort && hit.target.parts.registrable !== parts.registrable) found.push(hit);
      }
    };
    if (!prefixOnly) forEachJoinedName(parts.name, collect);
    // army.mil.example.com, gmail.com.com: the protected domain must end before the typed public
    // suffix begins, so that national variants whose suffix continues it (ebay.com.au) are not
    // mistaken for it. A host that is its registrable domain has nothing before it.
    if (host === parts.registrable) return found;
    const labels = host.split(".");
    const beforeSuffix = labels.length - parts.suffix.split(".").length;
    for (let k = 2; k <= beforeSuffix; k++) {
      const prefix = labels.slice(0, k).join(".");
      const hits = [this.exactHosts.get(prefix), ...(this.registrables.get(prefix) ?? [])];
      for (const hit of hits) {
        if (hit && hit.parts.registrable !== parts.registrable) found.push({ target: hit, form: prefix });
      }
    }
    return found;
  }

  /** Whether a built-in (well-known) domain uses this name under some suffix: a brand. */
  isBuiltInName(name: string): boolean {
    return this.builtInNames.get(name) === true;
  }
}
