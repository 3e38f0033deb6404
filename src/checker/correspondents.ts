/**
 * The outside domains this user writes to, learned on the user's own machine from the sends that
 * went without a warning. Each domain is kept as a hash, never its name: two hashes (30 and 18 bits),
 * how many sends went to it and the day of the last. What a name was can only be told by guessing
 * it and hashing the guess, which is exactly how a look-alike is recognised: the strings one slip
 * (or look-alike letters) from a typed domain are the guesses, and a guess that is kept is the
 * domain the user meant. So a fix only ever points at a domain the user really wrote to.
 * ES2016 only: the send handler uses it.
 */
import { hostToUnicode } from "./domain";
import { oneEditHashes, wholeHash } from "./edit";
import { DIGIT_VALUES, DIGITS } from "./organisation-keys";
import { skeleton } from "./unicode";

/** Sends recorded before a domain's being new says anything: a fresh history knows nobody yet. */
export const LEARNING_SENDS = 20;
/**
 * Sends to a domain before a look-alike of it counts as a slip: written to more than once. Also the
 * sends before a domain counts as one the user means to write to, exempt from being a look-alike of
 * another: a slip that went once is still a slip (checker.ts, correspondentFindings).
 */
export const OFTEN_SENDS = 2;
/** Domains kept; past it, the longest unused go first. Twelve characters each in storage. */
export const MAX_CORRESPONDENTS = 5000;

const FORMAT = "C1";
const HEADER = FORMAT.length + 4;
const ENTRY = 12;
const DAY_MS = 86400000;
/** Days are counted from 1 January 2020: three digits of six bits last 700 years. */
const EPOCH = Date.UTC(2020, 0, 1);
const MAX_COUNT = 63;
/** What a slip can put into a domain: letters, digits, hyphen and dot. */
const ALPHABET: number[] = [];
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789-.") ALPHABET.push(c.charCodeAt(0));

export function dayNumber(time: number): number {
  return Math.max(0, Math.floor((time - EPOCH) / DAY_MS));
}

/** FNV-1a, 18 bits: tells apart names that share the 30-bit hash. */
function checkHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 0x3ffff;
}

function digits(value: number, width: number): string {
  let text = "";
  for (let d = width - 1; d >= 0; d--) text += DIGITS[Math.floor(value / Math.pow(64, d)) % 64]!;
  return text;
}

function readDigits(text: string, at: number, width: number): number {
  let value = 0;
  for (let i = at; i < at + width; i++) {
    const c = text.charCodeAt(i);
    const digit = c < 128 ? DIGIT_VALUES[c]! : -1;
    if (digit < 0) return -1;
    value = value * 64 + digit;
  }
  return value;
}

/** One domain: how many sends went to it (up to 63) and the day of the last. */
interface Entry {
  count: number;
  day: number;
}

/** What the checker asks of a history (CheckContext.correspondents). */
export interface CorrespondentLookup {
  /** Too few sends recorded for a domain's being new to mean anything. */
  readonly learning: boolean;
  knows(registrable: string): boolean;
  /** How many recorded sends went to `registrable` (0 when none; counts stop at 63). */
  sendsTo(registrable: string): number;
  /** Domains written to often that `registrable` is one slip or look-alike letters from. */
  oftenNear(registrable: string): string[];
}

const CHECK_VALUES = 1 << 18;

/** A domain's two hashes as one number (48 bits): the 30-bit one that oneEditHashes computes, then 18 more. */
const keyOf = (domain: string): number => wholeHash(domain) * CHECK_VALUES + checkHash(domain);

export class Correspondents implements CorrespondentLookup {
  private readonly entries = new Map<number, Entry>();
  /** The 30-bit hashes kept, and one bit per their low bits (the filter oneEditHashes tests). */
  private hashes: Set<number> | null = null;
  private bits: Uint32Array | null = null;
  /** oftenNear's answers since the last record: the early warning asks again for every change. */
  private readonly near = new Map<string, string[]>();

  private constructor(
    /** Sends recorded. */
    public sends: number,
  ) {}

  static empty(): Correspondents {
    return new Correspondents(0);
  }

  /** The history `encode` wrote, or null where the text is not one (then start again, empty). */
  static decode(text: unknown): Correspondents | null {
    if (typeof text !== "string" || text.slice(0, FORMAT.length) !== FORMAT) return null;
    const sends = readDigits(text, FORMAT.length, 4);
    if (sends < 0 || (text.length - HEADER) % ENTRY !== 0) return null;
    const history = new Correspondents(sends);
    for (let at = HEADER; at < text.length; at += ENTRY) {
      const key = readDigits(text, at, 8);
      const count = readDigits(text, at + 8, 1);
      const day = readDigits(text, at + 9, 3);
      if (key < 0 || count < 1 || day < 0) return null;
      history.entries.set(key, { count, day });
    }
    return history;
  }

  encode(): string {
    let text = FORMAT + digits(Math.min(this.sends, Math.pow(64, 4) - 1), 4);
    this.entries.forEach((e, key) => (text += digits(key, 8) + digits(e.count, 1) + digits(e.day, 3)));
    return text;
  }

  get size(): number {
    return this.entries.size;
  }

  get learning(): boolean {
    return this.sends < LEARNING_SENDS;
  }

  /** How many recorded sends went to `registrable` (up to 63). */
  sendsTo(registrable: string): number {
    const entry = this.entries.get(keyOf(registrable));
    return entry ? entry.count : 0;
  }

  knows(registrable: string): boolean {
    return this.entries.has(keyOf(registrable));
  }

  /** One send to these registrable domains (each counted once), on `day` (dayNumber). */
  record(registrables: readonly string[], day: number): void {
    const keys = new Set(registrables.map(keyOf));
    keys.forEach((key) => {
      const entry = this.entries.get(key);
      this.entries.set(key, { count: entry ? Math.min(MAX_COUNT, entry.count + 1) : 1, day });
    });
    this.sends++;
    // Past the limit, the domains used longest ago (the fewest sends first among equals) go.
    const over = this.entries.size - MAX_CORRESPONDENTS;
    if (over > 0) {
      const oldest: [number, Entry][] = [];
      this.entries.forEach((e, key) => oldest.push([key, e]));
      oldest.sort((a, b) => a[1].day - b[1].day || a[1].count - b[1].count);
      for (let i = 0; i < over; i++) this.entries.delete(oldest[i]![0]);
    }
    this.hashes = this.bits = null;
    this.near.clear();
  }

  oftenNear(registrable: string): string[] {
    let near = this.near.get(registrable);
    if (!near) this.near.set(registrable, (near = this.lookUp(registrable)));
    return near;
  }

  private lookUp(registrable: string): string[] {
    const near: string[] = [];
    if (this.entries.size === 0) return near;
    const keys = [registrable];
    const lookalike = latinLookalike(hostToUnicode(registrable));
    if (lookalike !== registrable) keys.push(lookalike);
    const { hashes, bits } = this.filter();
    for (const key of keys) {
      const count = oneEditHashes(key, ALPHABET, bits, bits.length * 32 - 1, scratch);
      for (let i = 0; i < count; i++) {
        const hash = scratch[i]!;
        if (!hashes.has(hash)) continue;
        // A kept hash: which of the key's variants it was is found by hashing them again, rarely.
        forEachVariant(key, (variant) => {
          if (variant === registrable || near.indexOf(variant) >= 0 || wholeHash(variant) !== hash) return;
          if (this.sendsTo(variant) >= OFTEN_SENDS) near.push(variant);
        });
      }
    }
    return near;
  }

  private filter(): { hashes: Set<number>; bits: Uint32Array } {
    if (!this.hashes || !this.bits) {
      const hashes = new Set<number>();
      this.entries.forEach((_e, key) => hashes.add(Math.floor(key / CHECK_VALUES)));
      let bitCount = 1024;
      while (bitCount < hashes.size * 64) bitCount *= 2;
      const bits = new Uint32Array(bitCount >>> 5);
      hashes.forEach((hash) => (bits[(hash & (bitCount - 1)) >>> 5]! |= 1 << (hash & 31)));
      this.hashes = hashes;
      this.bits = bits;
    }
    return { hashes: this.hashes, bits: this.bits };
  }
}

const scratch: number[] = [];

/**
 * Each letter from outside ASCII replaced by what it looks like (Unicode's skeleton of it alone):
 * the whole skeleton would also turn the ASCII `m` into `rn`, which no kept name is.
 */
function latinLookalike(unicode: string): string {
  let text = "";
  for (const char of Array.from(unicode)) text += char.charCodeAt(0) < 128 ? char : skeleton(char);
  return text;
}

/** `s` and every string one deletion, substitution, insertion or swap of neighbours from it. */
function forEachVariant(s: string, visit: (variant: string) => void): void {
  visit(s);
  for (let i = 0; i <= s.length; i++) {
    const before = s.slice(0, i);
    for (const c of ALPHABET) visit(before + String.fromCharCode(c) + s.slice(i));
    if (i === s.length) break;
    const after = s.slice(i + 1);
    visit(before + after);
    for (const c of ALPHABET) visit(before + String.fromCharCode(c) + after);
    if (i + 1 < s.length) visit(before + s[i + 1]! + s[i]! + s.slice(i + 2));
  }
}
