/**
 * Stands in, in the browser bundles only, for tldts-core's setDefaults, which fills in the options a
 * caller leaves out: the checker passes every option (SPLIT_OPTIONS in src/checker/domain.ts; test/
 * icann-only-trie.test.ts holds them to tldts's own list), so there is nothing to fill in. About
 * 0.2 KB gzipped of the send handler's budget.
 */
// Plain JavaScript, like tldts-unused.js: webpack swaps it in for tldts-core's own module.
export function setDefaults(options) {
  return options;
}
