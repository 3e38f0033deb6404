/**
 * What lets a send check a message against a large organisation policy without indexing all of it.
 * Made once, when the policy is downloaded: for each organisation domain, the hashes of every key
 * the protected index would file it under (forEachFiledKey). At send: the hashes of every key the
 * index would look up for the message's domains (forEachLookupKey), each near one with every string
 * one edit from it, pick out the few domains worth indexing, the candidates. A checker that indexes
 * only those finds what one indexing every domain finds; a hash shared by chance only adds a
 * candidate. ES2016 only: the send handler uses it.
 */
import { splitDomain } from "./domain";
import { hashAddingCodes, oneEditHashes, wholeHash } from "./edit";
import { forEachFiledKey, forEachLookupKey } from "./protected-index";

/** Six bits a character; a hash (30 bits) is five of them, a domain's key count one. */
export const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
export const DIGIT_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUES[DIGITS.charCodeAt(i)] = i;
const HASH_DIGITS = 5;

const variantScratch: number[] = [];

export class OrganisationKeys {
  private bits: Uint32Array | null = null;

  private constructor(
    /** How many domains, numbered in the order given to build. */
    readonly domainCount: number,
    /** Domain i's key hashes are hashes[starts[i]] to hashes[starts[i + 1] - 1]. */
    private readonly hashes: Int32Array,
    private readonly starts: Int32Array,
    /** Every character of the near keys: what oneEditHashes tries in their place. */
    private readonly alphabet: number[],
  ) {}

  /** The keys of `hosts`, numbered in their order. */
  static build(hosts: readonly string[]): OrganisationKeys {
    const seen = new Uint8Array(0x10000);
    const alphabet: number[] = [];
    const hashes: number[] = [];
    const starts = new Int32Array(hosts.length + 1);
    for (let i = 0; i < hosts.length; i++) {
      const first = hashes.length;
      starts[i] = first;
      forEachFiledKey(hosts[i]!, (key, near) => {
        const hash = near ? hashAddingCodes(key, seen, alphabet) : wholeHash(key);
        for (let k = first; k < hashes.length; k++) if (hashes[k] === hash) return;
        hashes.push(hash);
      });
    }
    starts[hosts.length] = hashes.length;
    return new OrganisationKeys(hosts.length, Int32Array.from(hashes), starts, alphabet);
  }

  /** The keys as one line of text: the alphabet (JSON), then each domain's key count and hashes. */
  encode(): string {
    let text = JSON.stringify(this.alphabet);
    for (let i = 0; i < this.domainCount; i++) {
      const from = this.starts[i]!;
      const to = this.starts[i + 1]!;
      text += DIGITS[to - from]!;
      for (let k = from; k < to; k++)
        for (let d = HASH_DIGITS - 1; d >= 0; d--) text += DIGITS[(this.hashes[k]! >>> (6 * d)) & 63]!;
    }
    return text;
  }

  /** The keys of `count` domains in `text` (encode's), or null where it is not whole. */
  static decode(text: string, count: number): OrganisationKeys | null {
    let at = text.indexOf("]") + 1;
    let alphabet: unknown;
    try {
      alphabet = JSON.parse(text.slice(0, at));
    } catch {
      return null;
    }
    if (!Array.isArray(alphabet) || !alphabet.every((c) => c === (c & 0xffff))) return null;
    const starts = new Int32Array(count + 1);
    // At most this many: every domain's count character is one, every hash five.
    const hashes = new Int32Array(Math.max(0, Math.floor((text.length - at - count) / HASH_DIGITS)));
    const values = DIGIT_VALUES;
    let n = 0;
    for (let i = 0; i < count; i++) {
      starts[i] = n;
      const code = text.charCodeAt(at++);
      const keys = code < 128 ? values[code]! : -1;
      if (keys < 0 || at + keys * HASH_DIGITS > text.length || n + keys > hashes.length) return null;
      for (let k = 0; k < keys; k++) {
        let hash = 0;
        for (let d = 0; d < HASH_DIGITS; d++) {
          const c = text.charCodeAt(at++);
          const value = c < 128 ? values[c]! : -1;
          if (value < 0) return null;
          hash = hash * 64 + value;
        }
        hashes[n++] = hash;
      }
    }
    if (at !== text.length || n !== hashes.length) return null;
    starts[count] = n;
    return new OrganisationKeys(count, hashes, starts, alphabet as number[]);
  }

  /** The numbers, ascending, of the domains a message to `hosts` could be compared with. */
  candidatesFor(hosts: readonly string[]): number[] {
    const bits = this.keyBits();
    const bitMask = bits.length * 32 - 1;
    // The hashes looked up that some domain may have a key of (its bit is set), in a set and a bit
    // array of their own, so that the pass below asks the set about few keys.
    const wanted = new Set<number>();
    const wantedBits = new Uint32Array(bits.length);
    const seenHosts = new Set<string>();
    for (const host of hosts) {
      if (seenHosts.has(host)) continue;
      seenHosts.add(host);
      const parts = splitDomain(host);
      if (!parts) continue;
      forEachLookupKey(host, parts, (key, near) => {
        let count = 1;
        if (near) count = oneEditHashes(key, this.alphabet, bits, bitMask, variantScratch);
        else variantScratch[0] = wholeHash(key);
        for (let i = 0; i < count; i++) {
          const hash = variantScratch[i]!;
          const word = (hash & bitMask) >>> 5;
          const bit = 1 << (hash & 31);
          if ((bits[word]! & bit) === 0) continue;
          wantedBits[word]! |= bit;
          wanted.add(hash);
        }
      });
    }
    // One pass over every key: a table from hash to domain would cost more to build than this.
    const found: number[] = [];
    if (wanted.size === 0) return found;
    const hashes = this.hashes;
    const starts = this.starts;
    for (let domain = 0; domain < this.domainCount; domain++) {
      const end = starts[domain + 1]!;
      for (let k = starts[domain]!; k < end; k++) {
        const hash = hashes[k]!;
        if ((wantedBits[(hash & bitMask) >>> 5]! & (1 << (hash & 31))) !== 0 && wanted.has(hash)) {
          found.push(domain);
          break;
        }
      }
    }
    return found;
  }

  /** One bit per key hash (its low bits), 64 bits a key up to 2^24: the filter oneEditHashes tests. */
  private keyBits(): Uint32Array {
    if (this.bits) return this.bits;
    let bitCount = 1024;
    while (bitCount < this.hashes.length * 64 && bitCount < 1 << 24) bitCount *= 2;
    const bits = new Uint32Array(bitCount >>> 5);
    const bitMask = bitCount - 1;
    for (let k = 0; k < this.hashes.length; k++) {
      const hash = this.hashes[k]!;
      bits[(hash & bitMask) >>> 5]! |= 1 << (hash & 31);
    }
    return (this.bits = bits);
  }
}
