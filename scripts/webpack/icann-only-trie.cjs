// Webpack loader for tldts's flat suffix trie (tldts/dist/es6/src/data/trie.js): rewrites it
// without the rules of the Public Suffix List's private section. The checker always parses with
// allowPrivateDomains: false, so tldts never uses those rules; leaving them out keeps the send
// handler inside its 80 KB budget. Rules of the ICANN section, and private nodes that ICANN rules
// sit below, are kept in their original order, so tldts's binary searches still hold.
//
// The trie is a DAG of numbered nodes: node n owns edges edgeStart[n] .. edgeStart[n + 1] - 1;
// edge e has a label of edgeLength[e] characters (the labels are laid end to end in labelText, in
// edge order) and leads to node edgeChild[e]; nodeFlags[n] is 0 (no rule), 1 (ICANN) or 2
// (private). test/icann-only-trie.test.ts compares tldts with and without the rewrite.
"use strict";

const ARRAYS = ["nodeFlags", "edgeStart", "edgeLength", "edgeChild"];
const ROOTS = ["rulesRoot", "exceptionsRoot"];
const ICANN = 1;

/** Reads the trie module's exports, or throws naming what a new tldts changed. */
function readTrie(source) {
  const trie = {};
  for (const name of ARRAYS) {
    const match = new RegExp(
      `export const ${name} = (?:/\\*#__PURE__\\*/ )?new (\\w+)\\(\\[([^\\]]*)\\]\\);`,
    ).exec(source);
    if (!match) throw new Error(`icann-only-trie: tldts's trie has no array ${name} in the expected form`);
    trie[name] = { type: match[1], values: match[2].split(",").map(Number) };
  }
  const label = /export const labelText = ("(?:[^"\\]|\\.)*");/.exec(source);
  if (!label) throw new Error("icann-only-trie: tldts's trie has no labelText string");
  trie.labelText = JSON.parse(label[1]);
  for (const name of ROOTS) {
    const match = new RegExp(`export const ${name} = (\\d+);`).exec(source);
    if (!match) throw new Error(`icann-only-trie: tldts's trie has no ${name}`);
    trie[name] = Number(match[1]);
  }
  return trie;
}

/** The trie without private rules, as plain arrays. */
function pruneTrie(source) {
  const trie = readTrie(source);
  const flags = trie.nodeFlags.values;
  const start = trie.edgeStart.values;
  const length = trie.edgeLength.values;
  const child = trie.edgeChild.values;
  const offsets = [];
  for (let e = 0, offset = 0; e < length.length; e++) {
    offsets.push(offset);
    offset += length[e];
  }
  const keep = new Map();
  const kept = (node) => {
    if (keep.has(node)) return keep.get(node);
    keep.set(node, false); // the trie is acyclic; this only guards against a malformed one
    let result = flags[node] === ICANN;
    for (let e = start[node]; e < start[node + 1]; e++) if (kept(child[e])) result = true;
    keep.set(node, result);
    return result;
  };
  for (const name of ROOTS) kept(trie[name]);
  for (const name of ROOTS) keep.set(trie[name], true);

  const newIndex = new Map();
  const nodes = [];
  for (let node = 0; node < flags.length; node++) {
    if (keep.get(node)) {
      newIndex.set(node, nodes.length);
      nodes.push(node);
    }
  }
  const out = { nodeFlags: [], edgeStart: [], edgeLength: [], edgeChild: [], labelText: "" };
  for (const node of nodes) {
    out.nodeFlags.push(flags[node]);
    out.edgeStart.push(out.edgeLength.length);
    for (let e = start[node]; e < start[node + 1]; e++) {
      if (!keep.get(child[e])) continue;
      out.edgeLength.push(length[e]);
      out.edgeChild.push(newIndex.get(child[e]));
      out.labelText += trie.labelText.slice(offsets[e], offsets[e] + length[e]);
    }
  }
  out.edgeStart.push(out.edgeLength.length);
  for (const name of ROOTS) out[name] = newIndex.get(trie[name]);
  out.types = Object.fromEntries(ARRAYS.map((name) => [name, trie[name].type]));
  return out;
}

function icannOnlyTrie(source) {
  const trie = pruneTrie(source);
  const lines = [
    "// The ICANN section of tldts's suffix trie, rewritten by scripts/webpack/icann-only-trie.cjs.",
  ];
  for (const name of ARRAYS) {
    lines.push(`export const ${name} = /*#__PURE__*/ new ${trie.types[name]}([${trie[name].join(",")}]);`);
  }
  lines.push(`export const labelText = ${JSON.stringify(trie.labelText)};`);
  for (const name of ROOTS) lines.push(`export const ${name} = ${trie[name]};`);
  return `${lines.join("\n")}\n`;
}

module.exports = icannOnlyTrie;
module.exports.pruneTrie = pruneTrie;
module.exports.readTrie = readTrie;
