import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createChecker,
  parsePolicy,
  parsePolicyText,
  parseUserSettings,
  policyJsonSchema,
  resolvePolicy,
} from "../src/checker";
import { enclosingEntry } from "../src/checker/domain-sets";
import { POLICY_DESCRIPTIONS, type PolicyDescriptions } from "../src/checker/policy/descriptions";
import { describePolicyPlace } from "../src/checker/policy/messages";
import { POLICY_EN } from "../src/checker/policy/messages/en";
import { messageOf, pathOf, said } from "./policy-said";

describe("the JSON Schema's descriptions", () => {
  test("every setting, nested ones included, is described", () => {
    const schema = policyJsonSchema() as {
      properties: Record<
        string,
        {
          description?: string;
          properties?: Record<string, { description?: string }>;
          items?: { properties?: Record<string, { description?: string }> };
        }
      >;
    };
    const undescribed: string[] = [];
    for (const [key, node] of Object.entries(schema.properties)) {
      if (!node.description) undescribed.push(key);
      if (key === "actions") continue; // finding codes: described in the README's table
      for (const [inner, child] of Object.entries(node.properties ?? node.items?.properties ?? {}))
        if (!child.description) undescribed.push(`${key}.${inner}`);
    }
    expect(undescribed).toEqual([]);
  });

  test("are typed against the schema: a setting that does not exist, or a missing one, fails the typecheck", () => {
    const stale: PolicyDescriptions = {
      ...POLICY_DESCRIPTIONS,
      // @ts-expect-error a key the schema does not have
      settings: { ...POLICY_DESCRIPTIONS.settings, internalDomain: "misspelt" },
    };
    // @ts-expect-error every setting must be described
    const missing: PolicyDescriptions["externalRecipients"] = { warnAbove: "only one" };
    expect(stale.settings.version).toBe(POLICY_DESCRIPTIONS.settings.version);
    expect(missing.warnAbove).toBe("only one");
  });

  const handler = join(__dirname, "..", "dist", "launchevent", "launchevent.js");
  test("are left out of the send handler bundle, and so are the validator's messages", () => {
    expect(existsSync(handler)).toBe(true);
    const code = readFileSync(handler, "utf8");
    // The bundle does carry the policy schema itself ...
    expect(code).toContain("allowUserTrustedDomains");
    // ... but none of the validator's words, which it never shows ...
    expect(code).not.toContain("is an ending under which anyone can register a name");
    for (const text of Object.values(POLICY_EN).filter((t) => t.length >= 20))
      expect(code).not.toContain(text);
    // ... and none of the descriptions.
    for (const text of Object.values(POLICY_DESCRIPTIONS.settings)) expect(code).not.toContain(text);
    for (const text of Object.values(POLICY_DESCRIPTIONS.externalRecipients))
      expect(code).not.toContain(text);
    for (const text of Object.values(POLICY_DESCRIPTIONS.keywordList)) expect(code).not.toContain(text);
  });
});

describe("the README's policy section", () => {
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  const policySection = readme.slice(
    readme.indexOf("## The policy"),
    readme.indexOf("## How the checker decides"),
  );

  test("has a row for every finding code with its default action", () => {
    for (const [code, action] of Object.entries(resolvePolicy({}).actions))
      expect(policySection).toMatch(new RegExp(`\\| \`${code}\`\\s+\\| ${action}\\s+\\|`));
  });

  test("names every setting, nested ones included", () => {
    const schema = policyJsonSchema() as {
      properties: Record<string, { properties?: object; items?: { properties?: object } }>;
    };
    for (const [key, node] of Object.entries(schema.properties)) {
      if (key === "$schema" || key === "version") continue;
      const inner = key === "actions" ? {} : (node.properties ?? node.items?.properties ?? {});
      const nested = Object.keys(inner).filter((child) => child !== "$comment");
      if (nested.length === 0 || node.items) expect(policySection).toContain(`\`${key}\``);
      for (const child of nested) expect(policySection).toMatch(new RegExp(`\`${key}(\\[\\])?\\.${child}\``));
    }
  });
});

describe("keyword lists", () => {
  test("are optional: none by default, and attachments going outside are information", () => {
    const effective = resolvePolicy({});
    expect(effective.keywords).toEqual([]);
    expect(effective.actions["external-attachments"]).toBe("allow");
    expect(effective.actions["sensitive-keyword"]).toBe("warn");
  });

  test("each list takes its own action, else the one for sensitive-keyword; words are kept as written", () => {
    const result = parsePolicy({
      keywords: [
        { $comment: "UK classifications", words: [" OFFICIAL-SENSITIVE ", "SECRET"], action: "block" },
        { words: ["personal data"] },
      ],
      actions: { "sensitive-keyword": "allow" },
    });
    expect(result.success).toBe(true);
    const effective = resolvePolicy(result.success ? result.data : {});
    expect(effective.keywords).toEqual([
      { words: ["OFFICIAL-SENSITIVE", "SECRET"], forms: ["official sensitive", "secret"], action: "block" },
      { words: ["personal data"], forms: ["personal data"], action: "allow" },
    ]);
  });

  test("a repeated word is a warning; the list applies", () => {
    const result = parsePolicy({ keywords: [{ words: ["secret", "secret"] }] });
    expect(result.success && result.warnings.map((w) => [pathOf(w), messageOf(w)])).toEqual([
      ['entry 2 of "words" in entry 1 of "keywords"', 'repeats "secret"'],
    ]);
  });

  test("problems are named where they are", () => {
    const result = parsePolicy({
      keywords: [{ words: ["ok", "--", 7, "x".repeat(101)], action: "stop" }, { word: ["typo"] }, "secret"],
    });
    expect(!result.success && result.errors.map((e) => `${pathOf(e)}: ${messageOf(e)}`)).toEqual([
      'entry 2 of "words" in entry 1 of "keywords": "--" has no letter or digit to look for',
      'entry 3 of "words" in entry 1 of "keywords": expected text, got a number',
      'entry 4 of "words" in entry 1 of "keywords": is 101 characters long; at most 100 allowed',
      '"action" in entry 1 of "keywords": expected one of "block", "warn", "allow"',
      '"word" in entry 2 of "keywords": is not a known setting; the known settings are $comment, words, action',
      '"words" in entry 2 of "keywords": is required',
      'entry 3 of "keywords": expected an object, got text',
    ]);
  });

  test("at most 50 lists of 500 words", () => {
    const many = parsePolicy({ keywords: Array.from({ length: 51 }, () => ({ words: ["a"] })) });
    expect(!many.success && messageOf(many.errors[0]!)).toBe("has 51 entries; at most 50 allowed");
    const long = parsePolicy({ keywords: [{ words: Array.from({ length: 501 }, (_, i) => `w${i}`) }] });
    expect(!long.success && messageOf(long.errors[0]!)).toBe("has 501 entries; at most 500 allowed");
  });

  test("the actions of the two new findings are set like any other", () => {
    const result = parsePolicy({ actions: { "external-attachments": "warn", "sensitive-keyword": "block" } });
    expect(result.success).toBe(true);
    const bad = parsePolicy({ actions: { "external-attachments": "ask" } });
    expect(!bad.success && pathOf(bad.errors[0]!)).toBe('the action for "external-attachments"');
  });

  test("the JSON Schema describes a keyword list", () => {
    const schema = policyJsonSchema() as {
      properties: { keywords: { type: string; maxItems: number; items: Record<string, unknown> } };
    };
    expect(schema.properties.keywords).toMatchObject({
      type: "array",
      maxItems: 50,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["words"],
        properties: { words: { type: "array", maxItems: 500, items: { type: "string", maxLength: 100 } } },
      },
    });
  });
});

describe("the shipped policy", () => {
  const text = readFileSync(join(__dirname, "..", "config", "policy.json"), "utf8");
  test("is clean: accepted with no warning and no note", () => {
    const result = parsePolicyText(text);
    expect(result.success && { warnings: result.warnings, notes: result.notes }).toEqual({
      warnings: [],
      notes: [],
    });
  });

  test("lets users trust domains, and says why and what they can never trust", () => {
    const policy = JSON.parse(text) as { allowUserTrustedDomains: boolean; $comment: string };
    expect(policy.allowUserTrustedDomains).toBe(true);
    expect(policy.$comment).toContain("Mailbox 1.12 or 1.13 offers no Send Anyway");
    expect(policy.$comment).toContain("cannot undo the protection");
  });
});

describe("locations in messages", () => {
  test.each([
    [[], "the whole file"],
    [["bogus"], 'the setting "bogus"'],
    [[""], 'the setting ""'],
    [["trustedDomains", 0], 'entry 1 of "trustedDomains"'],
    [["externalRecipients", "warnAbove"], '"warnAbove" in "externalRecipients"'],
    [["a", "b", 2, "c"], '"c" in entry 3 of "b" in "a"'],
  ] as const)("the path %j is %s", (path, text) => {
    expect(describePolicyPlace({ path: [...path] })).toBe(text);
  });

  test("policy errors name entries by list and number, with what was written", () => {
    const result = parsePolicy({
      internalDomains: ["uk"],
      trustedDomains: ["ok.com", 7, "x".repeat(100)],
      blockedDomains: ["nowhere"],
    });
    expect(!result.success && result.errors.map(pathOf)).toEqual([
      'internal domain 1 ("uk")',
      "trusted domain 2",
      `trusted domain 3 ("${"x".repeat(62)}…")`,
      'blocked domain 1 ("nowhere")',
    ]);
  });

  test("a user's list is named the same way", () => {
    const result = parseUserSettings({ trustedDomains: ["a.com", "com"] });
    expect(!result.success && result.errors.map(pathOf)).toEqual(['trusted domain 2 ("com")']);
  });
});

describe("contradictions", () => {
  test("the same domain internal and trusted is a warning; the policy applies", () => {
    const result = parsePolicy({ internalDomains: ["contoso.com"], trustedDomains: ["Contoso.COM"] });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.warnings).toEqual([
        {
          code: "contradiction",
          where: { list: "trustedDomains", index: 0, value: "Contoso.COM" },
          evidence: {
            says: "also-internal",
            internal: { list: "internalDomains", index: 0, value: "contoso.com" },
          },
        },
      ]);
      expect(said(result.warnings)).toEqual([
        {
          path: 'trusted domain 1 ("Contoso.COM")',
          code: "contradiction",
          message:
            'is also internal domain 1 ("contoso.com"); internal domains are trusted already, so list it only once.',
        },
      ]);
    }
  });

  test("a trusted domain under a blocked ending, and an internal domain that is blocked, are warnings", () => {
    const result = parsePolicy({
      internalDomains: ["contoso.com"],
      trustedDomains: ["partner.com", "army.ml"],
      blockedDomains: ["ml", "contoso.com"],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => [pathOf(w), w.code])).toEqual([
      ['internal domain 1 ("contoso.com")', "contradiction"],
      ['trusted domain 2 ("army.ml")', "contradiction"],
    ]);
    expect(result.warnings[1]!.evidence).toEqual({
      says: "blocked",
      list: "trustedDomains",
      blockedBy: { list: "blockedDomains", index: 0, value: "ml" },
      under: true,
    });
    expect(messageOf(result.warnings[0]!)).toBe(
      'is also blocked domain 2 ("contoso.com"), so mail to your own colleagues there is stopped: a block wins over everything else. Remove it from one of the two lists.',
    );
    expect(messageOf(result.warnings[1]!)).toContain(
      'is under blocked domain 1 ("ml"), so mail to it is stopped',
    );
    // The block does win, as the warning says.
    const checker = createChecker(resolvePolicy(result.data));
    expect(checker.checkAddress("ops@army.ml").verdict).toBe("block");
    expect(checker.checkAddress("ops@contoso.com").findings.map((f) => f.code)).toEqual(["blocked-domain"]);
  });

  test("a block of one host under a trusted domain is a carve-out, not a contradiction", () => {
    const result = parsePolicy({ trustedDomains: ["partner.com"], blockedDomains: ["old.partner.com"] });
    expect(result.success && result.warnings).toEqual([]);
  });

  test("warnAbove with no internal domains never fires, and says so", () => {
    const result = parsePolicy({ externalRecipients: { warnAbove: 3 } });
    expect(result.success && said(result.warnings)).toEqual([
      expect.objectContaining({ path: '"warnAbove" in "externalRecipients"', code: "contradiction" }),
    ]);
    const withInternal = parsePolicy({
      internalDomains: ["contoso.com"],
      externalRecipients: { warnAbove: 3 },
    });
    expect(withInternal.success && withInternal.warnings).toEqual([]);
  });

  test("a warning names the entry as written, even after repeated entries were dropped", () => {
    const result = parsePolicy({ trustedDomains: ["a.com", "a.com", "army.ml"], blockedDomains: ["ml"] });
    expect(result.success && result.warnings.map(pathOf)).toEqual([
      'trusted domain 2 ("a.com")',
      'trusted domain 3 ("army.ml")',
    ]);
  });
});

describe("enclosingEntry, shared by the checker and the layering", () => {
  const set = new Set(["ml", "badcorp.example"]);
  test.each([
    ["army.ml", "ml"],
    ["ml", "ml"],
    ["a.b.badcorp.example", "badcorp.example"],
    ["badcorp.example", "badcorp.example"],
    ["notbadcorp.example", undefined],
    ["army.mil", undefined],
    ["xml", undefined],
  ])("%s is enclosed by %s", (host, entry) => {
    expect(enclosingEntry(host, set)).toBe(entry);
  });

  test("a user's domain the organisation blocks is ignored exactly when the checker blocks it", () => {
    const organisation = { blockedDomains: ["ml", "badcorp.example"] };
    const candidates = [
      "army.ml",
      "a.army.ml",
      "badcorp.example",
      "x.badcorp.example",
      "notbadcorp.example",
      "xml.com",
    ];
    const effective = resolvePolicy(organisation, { trustedDomains: candidates });
    const checker = createChecker(effective);
    for (const domain of candidates) {
      const ignored = effective.ignoredUserEntries.some((e) => e.domain === domain);
      const blocked = checker.checkAddress(`a@${domain}`).findings.some((f) => f.code === "blocked-domain");
      expect({ domain, ignored }).toEqual({ domain, ignored: blocked });
    }
  });
});
