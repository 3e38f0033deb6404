import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";

const DIST = join(__dirname, "..", "dist");
const HANDLER = join(DIST, "launchevent", "launchevent.js");
export const HANDLER_BUDGET_GZIP = 80 * 1024;

function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return /\.(c|m)?js$/.test(name) ? [path] : [];
  });
}

describe("the send handler bundle", () => {
  const code = existsSync(HANDLER) ? readFileSync(HANDLER, "utf8") : "";

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
