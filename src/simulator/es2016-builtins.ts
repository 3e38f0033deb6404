/**
 * Removes from a JavaScript realm every built-in newer than ECMAScript 2016, so that code run there
 * meets the library classic Outlook on Windows gives an event handler before Version 2403
 * (troubleshoot-event-based-and-spam-reporting-add-ins.md; office-js #3569, where
 * Promise.allSettled is missing). The simulator's classic-Windows profiles run the send handler in
 * a worker stripped this way, and the handler tests run the built bundle in a vm context stripped
 * this way.
 *
 * Self-contained on purpose (no imports, no closures): the tests run its source text inside a vm
 * context, where it must strip that context's own built-ins.
 */
export function removePostEs2016BuiltIns(realm: Record<string, unknown>): string[] {
  const removed: string[] = [];
  const strip = (owner: unknown, ownerName: string, names: string[]): void => {
    if (!owner) return;
    for (const name of names) {
      if (!Object.prototype.hasOwnProperty.call(owner, name)) continue;
      try {
        // Strict code throws where a property cannot be deleted; sloppy code returns false.
        if (delete (owner as Record<string, unknown>)[name]) removed.push(`${ownerName}.${name}`);
      } catch {
        // Not configurable here: left as it is.
      }
    }
  };
  const global = realm as Record<string, { prototype?: unknown } | undefined>;
  // ES2017 to ES2024 additions to the built-in objects.
  strip(global.Object, "Object", [
    "values",
    "entries",
    "fromEntries",
    "getOwnPropertyDescriptors",
    "hasOwn",
    "groupBy",
  ]);
  strip(global.String?.prototype, "String.prototype", [
    "padStart",
    "padEnd",
    "trimStart",
    "trimEnd",
    "matchAll",
    "replaceAll",
    "at",
    "isWellFormed",
    "toWellFormed",
  ]);
  strip(global.Array, "Array", ["fromAsync"]);
  strip(global.Array?.prototype, "Array.prototype", [
    "flat",
    "flatMap",
    "at",
    "findLast",
    "findLastIndex",
    "toReversed",
    "toSorted",
    "toSpliced",
    "with",
  ]);
  const typedArray = global.Int8Array ? Object.getPrototypeOf(global.Int8Array.prototype) : undefined;
  strip(typedArray, "TypedArray.prototype", [
    "at",
    "findLast",
    "findLastIndex",
    "toReversed",
    "toSorted",
    "with",
  ]);
  strip(global.Promise, "Promise", ["allSettled", "any", "withResolvers"]);
  strip(global.Promise?.prototype, "Promise.prototype", ["finally"]);
  strip(global.Symbol?.prototype, "Symbol.prototype", ["description"]);
  strip(global.Map, "Map", ["groupBy"]);
  strip(realm, "globalThis", [
    "BigInt",
    "BigInt64Array",
    "BigUint64Array",
    "SharedArrayBuffer",
    "Atomics",
    "WeakRef",
    "FinalizationRegistry",
    "AggregateError",
    "globalThis",
  ]);
  return removed;
}
