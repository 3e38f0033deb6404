import fs from "node:fs";
import path from "node:path";
import { SUGGESTION_SOURCE_WORDS } from "../../src/checker";

/** The README's section on the review pane, as one line of plain text. */
function reviewPaneSection(): string {
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  const start = readme.indexOf("### The review pane");
  const end = readme.indexOf("\n### ", start + 1);
  if (start < 0) throw new Error("README.md has no section on the review pane");
  return readme
    .slice(start, end < 0 ? undefined : end)
    .replace(/[_*`]/g, "")
    .replace(/\s+/g, " ");
}

describe("the README explains the review pane's suggestions and Trust", () => {
  test("every source of a suggestion, in the words the pane uses", () => {
    const section = reviewPaneSection();
    for (const words of Object.values(SUGGESTION_SOURCE_WORDS)) expect(section).toContain(words);
  });

  test("the Trust rules: what cannot be trusted, and the confirmation for a likely slip", () => {
    const section = reviewPaneSection();
    expect(section).toContain("a domain the organisation blocks");
    expect(section).toContain("imitates a protected one");
    expect(section).toContain("Fix all at army.ml");
    expect(section).toContain("army.ml is Mali's domain, not the US military's domain");
  });
});
