import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_DOMAINS_TEXT } from "../src/checker/data/builtin-domains.generated";
import { DOTGOV_FEDERAL_NAMES } from "../src/checker/data/dotgov-federal.generated";
import { readFrontCoded } from "../src/checker/front-coded";

test("front-coded text reads back as its entries", () => {
  expect(readFrontCoded("")).toEqual([]);
  expect(readFrontCoded("Aarmy")).toEqual(["army"]);
  // army, army.mil (4 shared), navy.mil (none shared), navy.mil.uk (8 shared)
  expect(readFrontCoded("AarmyE.milAnavy.milI.uk")).toEqual(["army", "army.mil", "navy.mil", "navy.mil.uk"]);
});

/** How many entries the generator says it wrote, in the generated file's comment. */
const countIn = (file: string): number =>
  Number(
    /\/\*\* The (\d+)|\/\*\* (\d+)/
      .exec(readFileSync(join(__dirname, "..", "src", "checker", "data", file), "utf8"))!
      .slice(1)
      .find(Boolean),
  );

test.each([
  ["built-in domains", BUILTIN_DOMAINS_TEXT, "builtin-domains.generated.ts", "gmail.com"],
  ["federal .gov names", DOTGOV_FEDERAL_NAMES, "dotgov-federal.generated.ts", "irs"],
])("the %s read back sorted, each once, lower case, as many as generated", (_what, text, file, known) => {
  const count = countIn(file);
  expect(count).toBeGreaterThan(500);
  const entries = readFrontCoded(text);
  expect(entries).toHaveLength(count);
  expect(entries.every((e) => /^[a-z0-9][a-z0-9.-]*$/.test(e))).toBe(true);
  expect([...entries].sort()).toEqual(entries);
  expect(new Set(entries).size).toBe(count);
  expect(entries).toContain(known);
});
