/**
 * The Public Suffix List rules as tldts ships them (its ES module trie), for tests that must hold
 * something to every rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

type ReadTrie = Record<"nodeFlags" | "edgeStart" | "edgeLength" | "edgeChild", { values: number[] }> & {
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
};

const { readTrie } = require("../scripts/webpack/icann-only-trie.cjs") as {
  readTrie(source: string): ReadTrie;
};

export const TLDTS_TRIE_SOURCE = readFileSync(
  join(__dirname, "..", "node_modules/tldts/dist/es6/src/data/trie.js"),
  "utf8",
);

/** The PSL sections as the trie flags them. */
export const ICANN_SECTION = 1;

/**
 * Every rule of the real trie with its section: `co.uk` ICANN, `blogspot.com` private; a wildcard
 * rule (`*.ck`) comes with `wild` in place of its star.
 */
export function pslRules(): { suffix: string; section: number }[] {
  const trie = readTrie(TLDTS_TRIE_SOURCE);
  const offsets: number[] = [];
  for (let e = 0, offset = 0; e < trie.edgeLength.values.length; e++) {
    offsets.push(offset);
    offset += trie.edgeLength.values[e]!;
  }
  const out: { suffix: string; section: number }[] = [];
  const walk = (node: number, labels: string[]): void => {
    const flag = trie.nodeFlags.values[node]!;
    if (flag !== 0 && labels.length > 0) out.push({ suffix: labels.join("."), section: flag });
    if (labels.length >= 4) return;
    for (let e = trie.edgeStart.values[node]!; e < trie.edgeStart.values[node + 1]!; e++) {
      const label = trie.labelText.slice(offsets[e], offsets[e]! + trie.edgeLength.values[e]!);
      walk(trie.edgeChild.values[e]!, [label === "*" ? "wild" : label, ...labels]);
    }
  };
  walk(trie.rulesRoot, []);
  return out;
}
