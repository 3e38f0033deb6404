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

const punycode = require("punycode/");

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

// The trie goes out as one text that spells out its tree, not as its arrays: tldts keeps each node's
// edges in the order of their labels' hashes (it binary-searches them), an order in which neighbouring
// labels share nothing for gzip to find, and the arrays of label lengths and children cost 3 KB more
// gzipped. The text walks the trie from the rules root, then from the exceptions root, each node's edges in label
// order, and the decoder (run once when the script loads) puts every node's edges back in hash order.
//
// A node is "{" (ICANN rule) or "(" (no rule), its edges, then "}". An edge is its label, front-coded
// against the node's previous label ("A" to "Z": that many leading characters of it, then the rest),
// or, for a label of other scripts (".公司", ".ไทย"), "~" and its Punycode (RFC 3492) form, which the
// decoder turns back with the bundle's own punycode; then where it leads: "," to node 0 (the rule with no labels below it, the child of most edges),
// "=" + base-36 node number + "," to a node written earlier, or the child node written out in full.
// Node numbers are not written: tldts numbers nodes in the order this walk closes them (children
// before parents), and the loader refuses a trie that is numbered otherwise, and checks that the
// decoder gives back the pruned trie, array for array, before it emits anything. About 3.8 KB gzipped
// less than the arrays as base-90 text; decoding costs a few milliseconds more when the script loads
// (the labels' hashes and a sort per node). The Punycode form of the 400 or so labels of other
// scripts is ASCII, and most repeat an "xn--" label of the same node: about 0.6 KB gzipped less than
// the labels themselves (which the handler bundles write as \u escapes: they are ASCII only).
const FIRST_PREFIX = 64; // "A" - 1: "A" shares one character, "Z" 26
const MAX_PREFIX = 26;
const LABEL = /^[^A-Z,={(}~\\"]+$/;
const PUNYCODE = "~";
const ASCII = /^[ -~]*$/; // printable ASCII: what a label of the Latin alphabet is written in

/**
 * The decoder the rewritten module carries: ES2016, no dependencies, run once at load. It works in
 * typed arrays (no string per label, little for the collector): it reads the labels into one array
 * of character codes, in label order, then puts each node's edges back in the order of their hashes
 * with one typed-array sort per node, of numbers 2^52 + hash * 2^20 + the edge's place in label
 * order. Those are exact doubles whose low 32 bits, read back through a Uint32Array over the same
 * memory, end in the place; equal hashes keep label order. `fromPunycode` is punycode's decode.
 */
function decodeTrie(text, nodes, edges, characters, Flags, Starts, Lengths, Children, fromPunycode) {
  const chars = new Uint16Array(characters);
  // Each edge, in the order the text gives them: its label's place in chars, its child, its node
  // (by the order nodes open in), its label's hash.
  const from = new Uint32Array(edges + 1);
  const child = new Uint32Array(edges);
  const owner = new Uint32Array(edges);
  const hashes = new Uint32Array(edges);
  const closedAs = new Uint32Array(nodes); // node number, by the order nodes open in
  const nodeFlags = new Flags(nodes);
  const roots = [];
  const stack = []; // open nodes: [order opened, flag, edge that leads to it, last label's start]
  let used = 0;
  let edge = 0;
  let opened = 0;
  let closed = 0;
  let via = -1;
  for (let at = 0; at < text.length;) {
    let code = text.charCodeAt(at);
    if (code === 123 || code === 40) {
      if (stack.length === 0) roots.push(opened);
      stack.push([opened++, code === 123 ? 1 : 0, via, 0]);
      via = -1;
      at++;
    } else if (code === 125) {
      const node = stack.pop();
      closedAs[node[0]] = closed;
      nodeFlags[closed] = node[1];
      if (node[2] >= 0) child[node[2]] = closed;
      closed++;
      at++;
    } else {
      const node = stack[stack.length - 1];
      const start = used;
      const shared = code - 64;
      if (shared > 0 && shared <= 26) {
        chars.copyWithin(used, node[3], node[3] + shared);
        used += shared;
        code = text.charCodeAt(++at);
      }
      if (code === 126) {
        // "~" and a label's Punycode form: the label itself is its decoding.
        let end = at + 1;
        while ((code = text.charCodeAt(end)) !== 44 && code !== 61 && code !== 123 && code !== 40) end++;
        const label = fromPunycode(text.slice(at + 1, end));
        for (let i = 0; i < label.length; i++) chars[used++] = label.charCodeAt(i);
        at = end;
      }
      while (code !== 44 && code !== 61 && code !== 123 && code !== 40) {
        chars[used++] = code;
        code = text.charCodeAt(++at);
      }
      // tldts's hash of a label: djb2 from its last character.
      let hash = 5381;
      for (let i = used - 1; i >= start; i--) hash = Math.imul(hash, 33) ^ chars[i];
      node[3] = start;
      from[edge] = start;
      owner[edge] = node[0];
      hashes[edge] = hash;
      if (code === 61) {
        let target = 0;
        while ((code = text.charCodeAt(++at)) !== 44)
          target = target * 36 + (code < 97 ? code - 48 : code - 87);
        child[edge] = target;
        at++;
      } else if (code === 44) {
        at++;
      } else {
        via = edge; // the child is written out next
      }
      edge++;
    }
  }
  from[edges] = used;
  // Each node's edges, in label order, where its edges go.
  const edgeStart = new Starts(nodes + 1);
  for (let e = 0; e < edges; e++) edgeStart[closedAs[owner[e]] + 1]++;
  for (let n = 0; n < nodes; n++) edgeStart[n + 1] += edgeStart[n];
  const fill = edgeStart.slice(0, nodes);
  const placed = new Uint32Array(edges);
  for (let e = 0; e < edges; e++) placed[fill[closedAs[owner[e]]]++] = e;
  // Then in hash order.
  const keys = new Float64Array(edges);
  const words = new Uint32Array(keys.buffer);
  const low = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 0 : 1;
  const edgeLength = new Lengths(edges);
  const edgeChild = new Children(edges);
  const ordered = new Uint16Array(used);
  for (let n = 0, to = 0; n < nodes; n++) {
    const first = edgeStart[n];
    const last = edgeStart[n + 1];
    for (let k = first; k < last; k++) keys[k] = 4503599627370496 + hashes[placed[k]] * 1048576 + (k - first);
    keys.subarray(first, last).sort();
    for (let k = first; k < last; k++) {
      const e = placed[first + (words[2 * k + low] & 1048575)];
      edgeLength[k] = from[e + 1] - from[e];
      edgeChild[k] = child[e];
      for (let i = from[e]; i < from[e + 1]; i++) ordered[to++] = chars[i];
    }
  }
  let labelText = "";
  for (let i = 0; i < used; i += 4096)
    labelText += String.fromCharCode.apply(null, ordered.subarray(i, Math.min(i + 4096, used)));
  return {
    nodeFlags,
    edgeStart,
    edgeLength,
    edgeChild,
    labelText,
    rulesRoot: closedAs[roots[0]],
    exceptionsRoot: closedAs[roots[1]],
  };
}

/** The pruned trie as the text decodeTrie reads. */
function encodeTrie(trie) {
  const offsets = [];
  for (let e = 0, offset = 0; e < trie.edgeLength.length; e++) {
    offsets.push(offset);
    offset += trie.edgeLength[e];
  }
  const label = (e) => trie.labelText.slice(offsets[e], offsets[e] + trie.edgeLength[e]);
  let closed = 0;
  const written = new Set();
  const write = (node) => {
    const flag = trie.nodeFlags[node];
    if (flag !== 0 && flag !== ICANN) throw new Error(`icann-only-trie: node ${node} has flag ${flag}`);
    let text = flag === ICANN ? "{" : "(";
    const edges = [];
    for (let e = trie.edgeStart[node]; e < trie.edgeStart[node + 1]; e++) edges.push(e);
    edges.sort((a, b) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0));
    let previous = "";
    for (const e of edges) {
      const l = label(e);
      if (!LABEL.test(l)) throw new Error(`icann-only-trie: cannot write the label ${JSON.stringify(l)}`);
      if (ASCII.test(l)) {
        let shared = 0;
        while (shared < MAX_PREFIX && shared < previous.length && previous[shared] === l[shared]) shared++;
        text += (shared > 0 ? String.fromCharCode(FIRST_PREFIX + shared) : "") + l.slice(shared);
      } else {
        const ascii = punycode.encode(l);
        if (!LABEL.test(ascii) || !ASCII.test(ascii) || punycode.decode(ascii) !== l)
          throw new Error(`icann-only-trie: cannot write the label ${JSON.stringify(l)} in Punycode`);
        text += PUNYCODE + ascii;
      }
      previous = l;
      const child = trie.edgeChild[e];
      if (!written.has(child)) text += write(child);
      else text += child === 0 ? "," : `=${child.toString(36)},`;
    }
    if (closed !== node)
      throw new Error(
        `icann-only-trie: tldts no longer numbers its trie's nodes in the order they close (node ${node} closes ${closed}th)`,
      );
    closed++;
    written.add(node);
    return `${text}}`;
  };
  return write(trie.rulesRoot) + write(trie.exceptionsRoot);
}

const TYPED_ARRAYS = { Uint8Array, Uint16Array, Uint32Array, Int32Array };

/** Refuses to emit a text that does not decode to the pruned trie exactly. */
function checkDecodes(text, trie) {
  const types = ARRAYS.map((name) => TYPED_ARRAYS[trie.types[name]]);
  if (types.some((type) => !type))
    throw new Error(`icann-only-trie: unexpected array types ${JSON.stringify(trie.types)}`);
  const decoded = decodeTrie(text, ...sizesOf(trie), ...types, punycode.decode);
  for (const name of ARRAYS) {
    const values = decoded[name];
    if (
      values.constructor.name !== trie.types[name] ||
      values.length !== trie[name].length ||
      values.some((v, i) => v !== trie[name][i])
    )
      throw new Error(`icann-only-trie: the encoded trie does not decode to the same ${name}`);
  }
  for (const name of ["labelText", ...ROOTS])
    if (decoded[name] !== trie[name])
      throw new Error(`icann-only-trie: the encoded trie does not decode to the same ${name}`);
}

const sizesOf = (trie) => [trie.nodeFlags.length, trie.edgeLength.length, trie.labelText.length];

function icannOnlyTrie(source) {
  const trie = pruneTrie(source);
  const text = encodeTrie(trie);
  checkDecodes(text, trie);
  const types = ARRAYS.map((name) => trie.types[name]).join(", ");
  const lines = [
    "// The ICANN section of tldts's suffix trie, rewritten by scripts/webpack/icann-only-trie.cjs.",
    `import { decode as fromPunycode } from "punycode/";`,
    decodeTrie.toString(),
    `const trie = /*#__PURE__*/ decodeTrie(${JSON.stringify(text)}, ${sizesOf(trie).join(", ")}, ${types}, fromPunycode);`,
  ];
  for (const name of [...ARRAYS, "labelText", ...ROOTS]) lines.push(`export const ${name} = trie.${name};`);
  return `${lines.join("\n")}\n`;
}

module.exports = icannOnlyTrie;
module.exports.pruneTrie = pruneTrie;
module.exports.readTrie = readTrie;
module.exports.encodeTrie = encodeTrie;
module.exports.decodeTrie = decodeTrie;
