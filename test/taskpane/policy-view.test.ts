import { resolvePolicy } from "../../src/checker";
import { describeOrigin, formatTime } from "../../src/taskpane/policy-view";

describe("times as people read them", () => {
  test("a stored time is written in words and numbers, never as the raw ISO text", () => {
    const shown = formatTime("2026-11-22T10:00:00.000Z");
    expect(shown).toMatch(/2026/);
    expect(shown).not.toContain("T10:00");
    expect(shown).not.toContain("2026-11-22");
  });

  test("a time that cannot be read is left out, not shown raw", () => {
    expect(formatTime("yesterday-ish")).toBeNull();
    const loaded = {
      effective: resolvePolicy({}),
      origin: "cached" as const,
      fetchedAt: "yesterday-ish",
      problems: [],
    };
    expect(describeOrigin(loaded)).toBe("Downloaded from your organisation.");
  });
});
