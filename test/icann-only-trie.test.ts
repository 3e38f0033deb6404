/**
 * The browser bundles carry tldts's suffix trie without the Public Suffix List's private section
 * (scripts/webpack/icann-only-trie.cjs). This holds tldts with the rewritten trie to the real one:
 * for every ICANN rule and for every domain of the evaluation corpus, parse() answers alike with
 * the options the checker uses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { toUnicode } from "punycode/";
import { SPLIT_OPTIONS } from "../src/checker/domain";
import { ICANN_SECTION, pslRules, TLDTS_TRIE_SOURCE } from "./psl-rules";

/** punycode's decode, as the bundles' trie module imports it: a label from its Punycode form. */
const fromPunycode = (ascii: string): string => toUnicode(`xn--${ascii}`);

type Trie = {
  nodeFlags: number[];
  edgeStart: number[];
  edgeLength: number[];
  edgeChild: number[];
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
};
type Parse = (host: string, options: Record<string, boolean>) => Record<string, unknown>;

const loader = require("../scripts/webpack/icann-only-trie.cjs") as {
  (source: string): string;
  pruneTrie(source: string): Trie & { types: Record<string, string> };
  readTrie(source: string): { edgeLength: { values: number[] } };
  encodeTrie(trie: Trie): string;
  decodeTrie(
    text: string,
    nodes: number,
    edges: number,
    characters: number,
    ...typesAndDecode: unknown[]
  ): Trie;
};

const ROOT = join(__dirname, "..");
const ESM_TRIE = TLDTS_TRIE_SOURCE;
const CHECKER_OPTIONS = {
  allowPrivateDomains: false,
  detectIp: false,
  extractHostname: false,
  mixedInputs: false,
  validateHostname: false,
};
const FIELDS = ["publicSuffix", "domain", "domainWithoutSuffix", "subdomain", "isIcann"] as const;

/** The default export of one of the plain-JavaScript stubs webpack swaps into tldts-core. */
function bundleStub(file: string): (...args: unknown[]) => unknown {
  const code = readFileSync(join(ROOT, file), "utf8").replace(/^export default function/m, "(function");
  return vm.runInNewContext(`${code.trimEnd()})`) as (...args: unknown[]) => unknown;
}

/**
 * tldts's parse (as its index builds it) from its unbundled suffix lookup, over the trie data given;
 * the package's own CommonJS entry is one bundled file with the trie inlined.
 */
function parseWith(trie?: Trie, { fastPath = true } = {}): Parse {
  let parse: Parse | undefined;
  jest.isolateModules(() => {
    if (!fastPath) {
      // What src/shared/tldts-no-fast-path.js does in the bundles: the shortcut never answers.
      const noFastPath = bundleStub("src/shared/tldts-no-fast-path.js");
      jest.doMock("tldts-core", () => ({
        ...jest.requireActual<object>("tldts-core"),
        fastPathLookup: noFastPath,
      }));
    }
    if (trie) {
      jest.doMock(require.resolve("tldts/dist/cjs/src/data/trie.js"), () => ({
        nodeFlags: Uint8Array.from(trie.nodeFlags),
        edgeStart: Uint16Array.from(trie.edgeStart),
        edgeLength: Uint8Array.from(trie.edgeLength),
        edgeChild: Uint16Array.from(trie.edgeChild),
        labelText: trie.labelText,
        rulesRoot: trie.rulesRoot,
        exceptionsRoot: trie.exceptionsRoot,
      }));
    }

    const core = require("tldts-core") as {
      parseImpl: (
        url: string,
        step: number,
        lookup: unknown,
        options: unknown,
        result: unknown,
      ) => Record<string, unknown>;
      getEmptyResult: () => unknown;
    };
    const lookup = (require("tldts/dist/cjs/src/suffix-trie.js") as { default: unknown }).default;

    parse = (host, options) => core.parseImpl(host, 5, lookup, options, core.getEmptyResult());
  });
  return parse!;
}

/**
 * What the bundles get: the loader's module, evaluated (its exports as plain bindings, and the
 * punycode decoder it imports given to it).
 */
function emittedModule(): Record<string, unknown> {
  const names = "nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot";
  const module = loader(ESM_TRIE);
  const imports = 'import { decode as fromPunycode } from "punycode/";\n';
  expect(module).toContain(imports);
  const code = `${module.replace(imports, "").replace(/^export const /gm, "const ")}\n({ ${names} })`;
  return vm.runInNewContext(code, { Uint8Array, Uint16Array, Uint32Array, fromPunycode }) as Record<
    string,
    unknown
  >;
}

function parsers(): { original: Parse; pruned: Parse } {
  return {
    original: parseWith(),
    pruned: parseWith(emittedModule() as unknown as Trie, { fastPath: false }),
  };
}

function corpusHosts(): string[] {
  const lines = (file: string): string[] =>
    readFileSync(join(ROOT, "test/eval-corpus", file), "utf8")
      .split("\n")
      .filter(Boolean);
  return [
    ...lines("negatives.txt").map((line) => line.split("\t")[0]!),
    ...lines("positives.tsv").map((line) => line.split("\t")[1]!),
  ];
}

describe("tldts with the ICANN-only trie of the browser bundles", () => {
  const { original, pruned } = parsers();

  test("the rewrite drops private rules and keeps every ICANN one", () => {
    const all = pslRules();
    const icann = all.filter((r) => r.section === ICANN_SECTION);
    expect(icann.length).toBeGreaterThan(5000);
    expect(all.length - icann.length).toBeGreaterThan(1000);
    // Asked to use private rules, only the real trie still knows them: the rewrite is in use.
    expect(original("foo.blogspot.com", { allowPrivateDomains: true }).publicSuffix).toBe("blogspot.com");
    expect(pruned("foo.blogspot.com", { allowPrivateDomains: true }).publicSuffix).toBe("com");
    const prunedTrie = loader.pruneTrie(ESM_TRIE);
    expect(prunedTrie.edgeLength.length).toBeLessThan(loader.readTrie(ESM_TRIE).edgeLength.values.length);
    const differing = icann
      .flatMap(({ suffix }) => [`x.${suffix}`, `a.x.${suffix}`])
      .filter((host) =>
        FIELDS.some((f) => original(host, CHECKER_OPTIONS)[f] !== pruned(host, CHECKER_OPTIONS)[f]),
      );
    expect(differing).toEqual([]);
  });

  test("every domain of the evaluation corpus splits the same, private-section hosts included", () => {
    const hosts = [
      ...corpusHosts(),
      "www.ck",
      "a.b.ck",
      "city.kawasaki.jp",
      "x.kawasaki.jp",
      "foo.blogspot.com",
      "foo.github.io",
      "bucket.s3.amazonaws.com",
      "a.b.c.d.example.co.uk",
      "nosuchsuffix.zz",
      "x.com.ml",
    ];
    const differing = hosts.filter((host) =>
      FIELDS.some((f) => original(host, CHECKER_OPTIONS)[f] !== pruned(host, CHECKER_OPTIONS)[f]),
    );
    expect(differing).toEqual([]);
  });

  test("the module the bundles get decodes to the pruned trie, array for array, in tldts's types", () => {
    const pruned = loader.pruneTrie(ESM_TRIE);
    const emitted = emittedModule();
    for (const name of ["nodeFlags", "edgeStart", "edgeLength", "edgeChild"] as const) {
      const values = emitted[name] as ArrayLike<number> & { constructor: { name: string } };
      expect(values.constructor.name).toBe(pruned.types[name]);
      expect(Array.from(values)).toEqual(pruned[name]);
    }
    expect(emitted.labelText).toBe(pruned.labelText);
    expect([emitted.rulesRoot, emitted.exceptionsRoot]).toEqual([pruned.rulesRoot, pruned.exceptionsRoot]);
    // Text, not decimal lists: no array is written out as numbers.
    expect(loader(ESM_TRIE)).not.toMatch(/\[\d+, ?\d+/);
  });

  test("the text spells the trie in label order, with shared nodes written once, and decodes back", () => {
    const pruned = loader.pruneTrie(ESM_TRIE);
    const text = loader.encodeTrie(pruned);
    // Front-coded labels in label order under the root ("aaa", then "aarp" sharing "aa"), and
    // references to nodes written earlier.
    expect(text.startsWith("(aaa{}Brp,")).toBe(true);
    expect(text).toMatch(/=[0-9a-z]+,/);
    const sizes = [pruned.nodeFlags.length, pruned.edgeLength.length, pruned.labelText.length] as const;
    const decoded = loader.decodeTrie(
      text,
      ...sizes,
      Uint8Array,
      Uint16Array,
      Uint8Array,
      Uint16Array,
      fromPunycode,
    );
    for (const name of ["nodeFlags", "edgeStart", "edgeLength", "edgeChild"] as const)
      expect(Array.from(decoded[name])).toEqual(pruned[name]);
    expect(decoded.labelText).toBe(pruned.labelText);
    expect([decoded.rulesRoot, decoded.exceptionsRoot]).toEqual([pruned.rulesRoot, pruned.exceptionsRoot]);
    // Labels of other scripts are written in Punycode after "~", and only those: the text is ASCII.
    expect(pruned.labelText).toMatch(/公司/);
    expect(text).not.toMatch(/[^ -~]/);
    expect(text).toContain("~55qx5d"); // 公司, as xn--55qx5d is
    // Node numbers are not written, so a trie numbered in another order is refused.
    expect(() =>
      loader.encodeTrie({ ...pruned, rulesRoot: pruned.exceptionsRoot, exceptionsRoot: pruned.rulesRoot }),
    ).toThrow(/numbers its trie's nodes/);
  });

  test("the checker gives tldts every option, so the bundles' setDefaults, which fills in none, changes nothing", () => {
    // src/shared/tldts-options.js hands tldts the options as they come.
    const { setDefaults } = jest.requireActual<{ setDefaults(o?: object): object }>("tldts-core");
    expect(Object.keys(SPLIT_OPTIONS).sort()).toEqual(Object.keys(setDefaults()).sort());
    expect(setDefaults(SPLIT_OPTIONS)).toEqual(SPLIT_OPTIONS);
    const code = readFileSync(join(ROOT, "src/shared/tldts-options.js"), "utf8").replace(/^export /m, "");
    const stub = vm.runInNewContext(`${code}\nsetDefaults`) as (o: object) => object;
    expect(stub(SPLIT_OPTIONS)).toBe(SPLIT_OPTIONS);
    // And the checker's options are what the comparisons above parse with.
    expect(CHECKER_OPTIONS).toEqual(
      Object.fromEntries(Object.entries(SPLIT_OPTIONS).filter(([name]) => name in CHECKER_OPTIONS)),
    );
  });

  test("a trie in an unexpected form fails the build loudly", () => {
    expect(() =>
      loader.pruneTrie(ESM_TRIE.replace("export const edgeChild", "export const edgeKids")),
    ).toThrow(/edgeChild/);
  });
});
