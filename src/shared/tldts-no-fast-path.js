/**
 * Stands in, in the browser bundles only, for tldts-core's fast path: a shortcut that answers the
 * commonest endings (.com, .org, .net, .edu, .gov, .mil) before the suffix trie is searched. The trie
 * gives the same answers for them (test/icann-only-trie.test.ts runs the bundle's tldts against the
 * full one), so the shortcut only costs the send handler about 400 bytes gzipped.
 */
// Plain JavaScript, like tldts-unused.js: webpack swaps it in for tldts-core's own module.
export default function noFastPath() {
  return false;
}
