import { resolvePolicy } from "../../src/checker";
import { policySchema } from "../../src/checker/policy/schema";
import {
  describeOrigin,
  formatTime,
  keywordLists,
  keywordRule,
  POLICY_SETTINGS,
  settingSource,
  shortKeyword,
} from "../../src/taskpane/policy-view";

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

describe("the settings view covers the policy schema", () => {
  test("every setting of the schema is shown, but the file's own notes", () => {
    const schema = policySchema.jsonSchema() as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    const settings: string[] = [];
    for (const [key, value] of Object.entries(schema.properties)) {
      if (["$schema", "$comment", "version"].includes(key)) continue;
      // `actions` is one record of finding codes, shown as the rules list.
      if (value.properties && key !== "actions")
        for (const inner of Object.keys(value.properties)) settings.push(`${key}.${inner}`);
      else settings.push(key);
    }
    expect([...POLICY_SETTINGS].sort()).toEqual(settings.sort());
  });

  test("a setting comes from the organisation when its policy writes it, even as the default value", () => {
    const effective = resolvePolicy({ externalRecipients: { confirmDomains: false }, keywords: [] });
    expect(settingSource(effective, "externalRecipients.confirmDomains")).toBe("organisation");
    expect(settingSource(effective, "keywords")).toBe("organisation");
    expect(settingSource(effective, "externalRecipients.visibleAbove")).toBe("built-in");
    expect(settingSource(effective, "builtInProtection")).toBe("built-in");
  });

  test("keyword lists: the list's own action, else the one for sensitive-keyword and its source", () => {
    const effective = resolvePolicy({
      actions: { "sensitive-keyword": "block" },
      keywords: [{ words: ["a", "b", "c"], action: "allow" }, { words: ["d"] }],
    });
    expect(keywordLists(effective, 2)).toEqual([
      { words: ["a", "b"], more: 1, action: "allow", source: "organisation" },
      { words: ["d"], more: 0, action: "block", source: "organisation" },
    ]);
    expect(keywordRule(effective)).toEqual({ kind: "per-list" });
    expect(keywordRule(resolvePolicy({}))).toEqual({ kind: "none" });
    expect(keywordRule(resolvePolicy({ keywords: [{ words: ["x"] }] }))).toEqual({
      kind: "one",
      action: "warn",
      source: "built-in",
    });
  });

  test("a long keyword is shortened by characters, not code units", () => {
    expect(shortKeyword("abc", 3)).toBe("abc");
    expect(shortKeyword("abcd", 3)).toBe("ab…");
    expect(shortKeyword("😀😀😀😀", 3)).toBe("😀😀…");
  });
});
