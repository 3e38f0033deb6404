import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";

const DIST = join(__dirname, "..", "dist");
export const HANDLER_BUDGET_GZIP = 84 * 1024;
const { HANDLER_LANGUAGES, handlerName } = require("../scripts/handler-languages.cjs") as {
  HANDLER_LANGUAGES: string[];
  handlerName(language: string): string;
};
/** The send handler in each language, as webpack builds it: launchevent.js, launchevent.de.js, ... */
const HANDLERS = HANDLER_LANGUAGES.map((language) => [
  language,
  join(DIST, "launchevent", `${handlerName(language)}.js`),
]);

function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return /\.(c|m)?js$/.test(name) ? [path] : [];
  });
}

describe.each(HANDLERS)("the send handler bundle in %s", (language, handler) => {
  const code = existsSync(handler) ? readFileSync(handler, "utf8") : "";

  test("exists (npm test builds before testing)", () => {
    expect(code.length).toBeGreaterThan(0);
  });

  test("parses as ES2016, so Outlook builds before 2403 can load it", () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  test(`is at most ${HANDLER_BUDGET_GZIP / 1024} KB gzipped`, () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(HANDLER_BUDGET_GZIP);
  });

  test("carries no React and no dev-server or hot-reload code", () => {
    expect(code).not.toMatch(/react-dom|__REACT_DEVTOOLS|webpack-dev-server|hot-update|HotModuleReplacement/);
  });

  // Other characters are written as escapes: the file reads the same whatever character set a
  // runtime assumes (and gzips smaller).
  test("is ASCII only", () => {
    expect(code).not.toMatch(/[\u0080-\uffff]/);
  });

  test("has its page, the English one but for its language and its script", () => {
    const page = (name: string) => readFileSync(join(DIST, "launchevent", `${name}.html`), "utf8");
    const english = page("launchevent");
    const own = page(handlerName(language!));
    expect(own).toContain(`<html lang=${language}>`);
    expect(own).toContain(`<script src=${handlerName(language!)}.js></script>`);
    expect(
      own
        .replace(`<html lang=${language}>`, "<html lang=en>")
        .replace(`${handlerName(language!)}.js`, "launchevent.js"),
    ).toBe(english);
  });
});

describe("every shipped bundle", () => {
  const files = [...jsFiles(join(DIST, "launchevent")), ...jsFiles(join(DIST, "taskpane"))];

  test("the add-in bundles were built", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => [f.slice(DIST.length + 1), f]))(
    "%s uses no eval or Function constructor",
    (_name, file) => {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(/\beval\s*\(/);
      expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(code).not.toMatch(/[=(,]\s*Function\s*\(/);
    },
  );
});

describe("the send handler's own compiler settings (tsconfig.launchevent.json)", () => {
  const ROOT = join(__dirname, "..");

  test("npm run typecheck compiles the handler against them", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.typecheck).toContain("-p tsconfig.launchevent.json");
  });

  // Classic Outlook on Windows before Version 2403 has ES2016's built-ins only
  // (troubleshoot-event-based-and-spam-reporting-add-ins.md; office-js #3569): the handler and
  // everything it imports compile against lib ES2016, and a newer built-in is a compile error.
  // (TypeScript knows globalThis whatever the lib: the ES2016 runtime stand-in catches that one.)
  test("accept the handler and reject every newer built-in", () => {
    const dir = mkdtempSync(join(tmpdir(), "rg-es2016-"));
    try {
      const probe = join(dir, "probe.ts");
      writeFileSync(
        probe,
        [
          "export const a = Object.values({ x: 1 });",
          "export const b = Object.entries({ x: 1 });",
          'export const c = "1".padStart(2, "0");',
          "export const d = [[1]].flatMap((x) => x);",
          "export const e = Promise.resolve().finally(() => undefined);",
          "export const f = Promise.allSettled([]);",
          "",
        ].join("\n"),
      );
      const config = join(dir, "tsconfig.json");
      writeFileSync(
        config,
        JSON.stringify({
          extends: join(ROOT, "tsconfig.launchevent.json"),
          compilerOptions: { typeRoots: [join(ROOT, "node_modules", "@types")] },
          include: [
            join(ROOT, "src", "launchevent", "launchevent.ts"),
            join(ROOT, "src", "types"),
            join(ROOT, "types", "es2016-runtime.d.ts"),
            probe,
          ],
        }),
      );
      const run = spawnSync(
        process.execPath,
        [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", config],
        {
          encoding: "utf8",
        },
      );
      const errors = run.stdout.split("\n").filter((line) => line.includes("error TS"));
      expect(errors.filter((line) => !line.includes("probe.ts"))).toEqual([]);
      const probeLines = new Set(errors.map((line) => /probe\.ts\((\d+),/.exec(line)?.[1]));
      expect([...probeLines].sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
