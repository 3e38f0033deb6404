import {
  hasNonAscii,
  hostToUnicode,
  isSameOrSubdomain,
  rememberUnicode,
  splitDomain,
  type DomainParts,
} from "./domain";
import { deletionHashes, describeEdit, distanceAtMostOne, type Edit } from "./edit";
import type { Source } from "./policy";
import { looseSkeleton as skeleton } from "./lookalike-space";
import { skeleton as strictSkeleton } from "./unicode";

export type ProtectedSource = Source | "internal";

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

interface FormRef {
  target: ProtectedDomain;
  /** The text indexed: a protected form, or its look-alike skeleton. */
  form: string;
  /** The protected form (ASCII) that `form` stands for. */
  ascii: string;
}

/** Shortest joined name (armymil) worth looking for inside another domain's name. */
const EMBEDDED_MIN_LENGTH = 5;
const EMBEDDED_MIN_LENGTH_BUILT_IN = 7;

const hashScratch: number[] = [];
const ALL_DOTS = /\./g;

/** 2^20 bits (128 KiB): a few percent full with every built-in domain indexed. */
const DELETION_BITS_MASK = (1 << 20) - 1;
const DELETION_BITS_WORDS = (DELETION_BITS_MASK + 1) >>> 5;
const newBits = (): Uint32Array => new Uint32Array(DELETION_BITS_WORDS);
const NO_BITS: Uint32Array = new Uint32Array(0);

/** Deletion hashes of the form being looked up, and of its skeleton: one look-up at a time. */
const plainProbeHashes: number[] = [];
const skeletonProbeHashes: number[] = [];

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
/** The forms one table look-up found (DeletionTable.collect), judged before the next look-up. */
const candidates: FormRef[] = [];
/** Entries already judged by the running probe (a near form turns up under several hashes). */
const judged: FormRef[] = [];

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

/**
 * Deletion hashes of protected forms and the forms they stand for, in a chained hash table made of
 * typed arrays: a few objects where a map of lists would make thousands (which a send handler's
 * garbage collector would otherwise copy on its first event), built in one pass without sorting.
 * Filled by `add`, then `seal`ed once.
 */
class DeletionTable {
  /**
   * One bit per hash bucket: almost every probe of an ordinary domain stops here. Allocated by the
   * first `add`; a table left empty (an index with no domains of its own) is never probed.
   */
  private bits: Uint32Array = NO_BITS;
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

  get size(): number {
    return this.count;
  }

  /** Files `ref` under the first `count` hashes of `hashes` (deletionHashes of its form). */
  add(hashes: readonly number[], count: number, ref: FormRef): void {
    if (this.bits === NO_BITS) this.bits = newBits();
    const formIndex = this.forms.push(ref) - 1;
    if (this.count + count > this.keys.length) this.grow(this.count + count);
    // Fields in locals: this runs for every protected form on a send handler's first event, before
    // the engine has compiled it, where each property access costs.
    const keys = this.keys;
    const entryForm = this.entryForm;
    const bits = this.bits;
    let entry = this.count;
    for (let i = 0; i < count; i++) {
      const hash = hashes[i]!;
      keys[entry] = hash;
      entryForm[entry] = formIndex;
      entry++;
      bits[(hash & DELETION_BITS_MASK) >>> 5]! |= 1 << (hash & 31);
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

  /**
   * Puts in `found` the forms filed under any of the first `count` hashes of `hashes`, and returns
   * how many. A form near the probe turns up once per hash it shares with it, so it may repeat.
   */
  collect(hashes: readonly number[], count: number, found: FormRef[]): number {
    const bits = this.bits;
    const heads = this.heads;
    const next = this.next;
    const keys = this.keys;
    const mask = this.mask;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const hash = hashes[i]!;
      // Almost every probe of an ordinary domain stops at its bit.
      if ((bits[(hash & DELETION_BITS_MASK) >>> 5]! & (1 << (hash & 31))) === 0) continue;
      for (let entry = heads[hash & mask]!; entry >= 0; entry = next[entry]!) {
        if (keys[entry] === hash) found[n++] = this.forms[this.entryForm[entry]!]!;
      }
    }
    return n;
  }
}

/**
 * A string-keyed map laid over a shared base's map, which it never changes: a read looks in this
 * map's own entries, then in the base's. With nothing of its own (`share`) it is the base's map
 * itself, one look-up per read. Copying the base instead would put thousands of entries, and their
 * garbage, between a send handler's first event and its completion.
 */
class LayeredMap<V> {
  private readonly own: Map<string, V>;
  private readonly base: Map<string, V> | undefined;
  constructor(base: LayeredMap<V> | undefined, share: boolean) {
    if (base?.base) throw new Error("a layered map's base must not be layered itself");
    this.own = base && share ? base.own : new Map();
    this.base = base && !share ? base.own : undefined;
  }

  get(key: string): V | undefined {
    const hit = this.own.get(key);
    return hit !== undefined || this.base === undefined ? hit : this.base.get(key);
  }

  set(key: string, value: V): void {
    this.own.set(key, value);
  }
}

/**
 * String-keyed lists laid over a shared base's, as LayeredMap. A key the base has gets its own list
 * here (a copy of the base's plus the new value), which then hides the base's.
 */
class LayeredLists<V> {
  private readonly own: Map<string, V[]>;
  private readonly base: Map<string, V[]> | undefined;
  constructor(base: LayeredLists<V> | undefined, share: boolean) {
    if (base?.base) throw new Error("layered lists' base must not be layered itself");
    this.own = base && share ? base.own : new Map();
    this.base = base && !share ? base.own : undefined;
  }

  get(key: string): readonly V[] | undefined {
    const hit = this.own.get(key);
    return hit !== undefined || this.base === undefined ? hit : this.base.get(key);
  }

  has(key: string): boolean {
    return this.own.has(key) || (this.base !== undefined && this.base.has(key));
  }

  add(key: string, value: V): void {
    const list = this.own.get(key);
    if (list) {
      if (list[list.length - 1] !== value) list.push(value);
      return;
    }
    const inBase = this.base?.get(key);
    this.own.set(key, inBase ? [...inBase, value] : [value]);
  }
}

const SOURCE_RANK: Record<ProtectedSource, number> = { internal: 0, organisation: 1, user: 2, "built-in": 3 };

/**
 * Looks up protected domains near a typed host in time independent of how many are protected: a
 * symmetric-deletion index (every string one deletion from each protected form) answers "which
 * protected domains are one slip away" with a handful of hash look-ups per address.
 */
export class ProtectedIndex {
  private readonly exactHosts: LayeredMap<ProtectedDomain>;
  private readonly registrables: LayeredLists<ProtectedDomain>;
  private readonly names: LayeredLists<ProtectedDomain>;
  /** Deletion hashes of every protected form (the base's tables, then this index's own). */
  private readonly deletionTables: DeletionTable[];
  /**
   * The look-alike space, for the organisation's own domains only: deletion hashes of each form
   * and of its skeleton. Slips there are too weak a likeness to report against built-ins.
   */
  private readonly looseTables: DeletionTable[];
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
   * `base`, when given, is an index built once and shared (the built-in domains): this one is laid
   * over it. Its deletion tables are the base's plus its own; its maps read its own entries, then
   * the base's (or are the base's, when it has no domains of its own). The base is never changed.
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
    const deletions = new DeletionTable();
    // The look-alike space holds the organisation's forms and their skeletons, which is everything
    // this index adds to its own deletion table unless it also indexes built-in domains: then the
    // two tables are one.
    const looseDeletions = own.some((d) => d.source === "built-in") ? new DeletionTable() : deletions;
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
      this.indexForm(entry, host, deletions, looseDeletions);
      if (host !== parts.registrable) this.indexForm(entry, parts.registrable, deletions, looseDeletions);
    }
    this.size = count;
    this.hasListedSuffixEntries = listedSuffixEntries;
    deletions.seal();
    if (looseDeletions !== deletions) looseDeletions.seal();
    this.deletionTables = [...(base?.deletionTables ?? [])];
    if (deletions.size > 0) this.deletionTables.push(deletions);
    this.looseTables = [...(base?.looseTables ?? [])];
    if (looseDeletions.size > 0) this.looseTables.push(looseDeletions);
  }

  /** Files one form of a protected domain (its host, or its registrable domain) everywhere it is looked for. */
  private indexForm(
    entry: ProtectedDomain,
    form: string,
    deletions: DeletionTable,
    looseDeletions: DeletionTable,
  ): void {
    const formSkeleton = skeleton(hostToUnicode(form));
    const plainRef: FormRef = { target: entry, form, ascii: form };
    let hashCount = deletionHashes(form, hashScratch);
    deletions.add(hashScratch, hashCount, plainRef);
    this.skeletons.add(formSkeleton, plainRef);
    if (entry.source !== "built-in") {
      // The look-alike space holds both forms, for probes with the typed host's skeleton; the
      // skeleton also goes in the plain index, for probes with the typed host as it is.
      const looseApart = looseDeletions !== deletions;
      if (looseApart) looseDeletions.add(hashScratch, hashCount, plainRef);
      if (formSkeleton !== form) {
        const skeletonRef: FormRef = { target: entry, form: formSkeleton, ascii: form };
        hashCount = deletionHashes(formSkeleton, hashScratch);
        if (looseApart) looseDeletions.add(hashScratch, hashCount, skeletonRef);
        deletions.add(hashScratch, hashCount, skeletonRef);
      }
    }
    // army.mil written as one name: armymil.com, army-mil.com
    this.embedded.add(form.replace(ALL_DOTS, ""), plainRef);
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
    judged.length = 0;
    const plainCount = deletionHashes(typed, plainProbeHashes);
    const tables = this.deletionTables;
    for (let i = 0; i < tables.length; i++)
      this.probe(tables[i]!, typed, plainProbeHashes, plainCount, typed, out);
    const looseTables = this.looseTables;
    if (typedSkeleton === typed || looseTables.length === 0) return;
    judged.length = 0;
    const skeletonCount = deletionHashes(typedSkeleton, skeletonProbeHashes);
    for (let i = 0; i < looseTables.length; i++)
      this.probe(looseTables[i]!, typedSkeleton, skeletonProbeHashes, skeletonCount, typed, out);
  }

  /** Looks up the first `count` of `hashes`, the deletion hashes of `probe` (`typed` or its skeleton). */
  private probe(
    table: DeletionTable,
    probe: string,
    hashes: readonly number[],
    count: number,
    typed: string,
    out: Resemblance[],
  ): void {
    const found = table.collect(hashes, count, candidates);
    for (let i = 0; i < found; i++) {
      const ref = candidates[i]!;
      // A protected form near the probe turns up under several of its hashes; judge it once.
      if (judged.includes(ref)) continue;
      judged.push(ref);
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
