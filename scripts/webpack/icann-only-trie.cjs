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

// The numeric arrays go out as text rather than as decimal lists: each value a fixed number of
// base-90 digits (as few as the array's largest value needs), one character a digit, from the
// printable characters "#" (35) to "~" (126) less the backslash, so that the text needs no escaping
// in a JavaScript string. edgeStart, which only grows, goes out as its steps. About 1 KB gzipped
// less than the decimal lists, decoded in well under a millisecond when the script loads.
const DIGIT_BASE = 90;
const FIRST_CODE = 35;
const BACKSLASH = 92;

function digitChar(d) {
  const code = FIRST_CODE + d;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

function encodeNumbers(values) {
  const largest = Math.max(0, ...values);
  let width = 1;
  while (DIGIT_BASE ** width <= largest) width++;
  let text = "";
  for (const value of values) {
    if (!(Number.isInteger(value) && value >= 0)) throw new Error(`icann-only-trie: cannot encode ${value}`);
    for (let place = width - 1; place >= 0; place--)
      text += digitChar(Math.floor(value / DIGIT_BASE ** place) % DIGIT_BASE);
  }
  return { text, width };
}

const steps = (values) => values.map((v, i) => (i === 0 ? v : v - values[i - 1]));

/** The decoder the rewritten module carries: ES2016, no dependencies, run once at load. */
const DECODER = `function decodeTrieNumbers(text, width, Type, summed) {
  const values = new Type(text.length / width);
  for (let i = 0, at = 0; i < values.length; i++) {
    let value = 0;
    for (let end = at + width; at < end; at++) {
      const code = text.charCodeAt(at);
      value = value * ${DIGIT_BASE} + code - ${FIRST_CODE} - (code > ${BACKSLASH} ? 1 : 0);
    }
    values[i] = summed && i > 0 ? values[i - 1] + value : value;
  }
  return values;
}`;

function icannOnlyTrie(source) {
  const trie = pruneTrie(source);
  const lines = [
    "// The ICANN section of tldts's suffix trie, rewritten by scripts/webpack/icann-only-trie.cjs.",
    DECODER,
  ];
  for (const name of ARRAYS) {
    const summed = name === "edgeStart";
    const { text, width } = encodeNumbers(summed ? steps(trie[name]) : trie[name]);
    lines.push(
      `export const ${name} = /*#__PURE__*/ decodeTrieNumbers(${JSON.stringify(text)}, ${width}, ${trie.types[name]}, ${summed});`,
    );
  }
  lines.push(`export const labelText = ${JSON.stringify(trie.labelText)};`);
  for (const name of ROOTS) lines.push(`export const ${name} = ${trie[name]};`);
  return `${lines.join("\n")}\n`;
}

module.exports = icannOnlyTrie;
module.exports.pruneTrie = pruneTrie;
module.exports.readTrie = readTrie;
