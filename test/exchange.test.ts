/**
 * `recipient-guard exchange`: the generated PowerShell script. There is no PowerShell here, so the
 * script is checked by structure: a tokenizer below reads its strings, comments and brackets the
 * way PowerShell does for the constructs the script uses.
 */
import { createChecker, parsePolicy, resolvePolicy } from "../src/checker";
import { LANGUAGES } from "../src/checker/messages";
import { slipEndings } from "../src/checker/suffix-slips";
import {
  EXCHANGE_LIMITS,
  MESSAGES_BEGIN,
  MESSAGES_END,
  RULE_PREFIX,
  RULE_SIZE_BUDGET,
  SCRIPT_MESSAGES,
  SENT_ANYWAY_PATTERN,
  STAMPED_PATTERN,
  STATUS_BLOCKED,
  STATUS_UNCHECKED,
  endingPatterns,
  exchangeScript,
  lookalikesOf,
  planExchangeRules,
  ruleAddress,
  ruleDomain,
  type ExchangeOptions,
} from "../src/cli/exchange";
import { exchangeNoteText } from "../src/cli/exchange-words";
import { CLI_CATALOGUES, cliText, type CliKey } from "../src/cli/messages";
import { CLI_EN } from "../src/cli/messages/en";
import { BYTE_ORDER_MARK, isMessageText, psQuote, scriptSafeText } from "../src/cli/powershell";
import { stampValue, USER_ACTIONS } from "../src/shared/stamp";
import { placeholders } from "./catalogue-keys";
import { runCliWith } from "./cli-run";
import { ICANN_SECTION, pslRules } from "./psl-rules";

const OPTIONS: ExchangeOptions = {
  unchecked: "reject",
  moderators: [],
  lookalikes: "internal",
  maxRules: 300,
  version: "9.9.9",
  policySource: "policy.json",
};

const POLICY = {
  internalDomains: ["contoso.com", "army.mil"],
  trustedDomains: ["fabrikam.com", "omantel.om"],
  blockedDomains: ["badcorp.example", "tk"],
};

function plan(policyObject: object = POLICY, options: Partial<ExchangeOptions> = {}) {
  const parsed = parsePolicy(policyObject);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  const policy = resolvePolicy(parsed.data);
  return planExchangeRules(createChecker(policy), policy, { ...OPTIONS, ...options });
}

type Token = { kind: "single" | "double" | "comment" | "code"; text: string };

/**
 * Splits a script into single-quoted strings (with '' and the typographic quotes PowerShell also
 * takes as single quotes), double-quoted strings (" and the typographic double quotes PowerShell
 * also takes: U+201C, U+201D, U+201E), comments (`#` to the end of the line, `<# #>`) and code.
 * Throws on an unterminated string or block comment, and on a byte-order mark anywhere: PowerShell
 * takes one only as the file's first bytes, which the callers check and remove.
 */
function tokenize(script: string): Token[] {
  if (script.includes(BYTE_ORDER_MARK)) throw new Error("a byte-order mark inside the script");
  const quote = /['\u2018\u2019\u201a\u201b]/;
  const doubleQuote = /["\u201c\u201d\u201e]/;
  const tokens: Token[] = [];
  let code = "";
  const flush = (): void => {
    if (code) tokens.push({ kind: "code", text: code });
    code = "";
  };
  for (let i = 0; i < script.length;) {
    const ch = script[i]!;
    if (quote.test(ch)) {
      flush();
      let text = "";
      i++;
      for (;;) {
        if (i >= script.length) throw new Error("unterminated single-quoted string");
        if (quote.test(script[i]!)) {
          if (i + 1 < script.length && quote.test(script[i + 1]!)) {
            text += script[i];
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += script[i++];
      }
      tokens.push({ kind: "single", text });
    } else if (doubleQuote.test(ch)) {
      flush();
      let end = i + 1;
      while (end < script.length && !doubleQuote.test(script[end]!)) end++;
      if (end >= script.length) throw new Error("unterminated double-quoted string");
      tokens.push({ kind: "double", text: script.slice(i + 1, end) });
      i = end + 1;
    } else if (script.startsWith("<#", i)) {
      flush();
      const end = script.indexOf("#>", i + 2);
      if (end < 0) throw new Error("unterminated block comment");
      tokens.push({ kind: "comment", text: script.slice(i + 2, end) });
      i = end + 2;
    } else if (ch === "#") {
      flush();
      const end = script.indexOf("\n", i);
      tokens.push({ kind: "comment", text: script.slice(i, end < 0 ? undefined : end) });
      i = end < 0 ? script.length : end;
    } else {
      code += ch;
      i++;
    }
  }
  flush();
  return tokens;
}

/** Brackets of the code (outside strings and comments) balance. */
function expectBalanced(tokens: Token[]): void {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ")": "(", "}": "{", "]": "[" };
  for (const t of tokens) {
    if (t.kind !== "code") continue;
    for (const ch of t.text) {
      if ("({[".includes(ch)) stack.push(ch);
      else if (ch in pairs) expect(stack.pop()).toBe(pairs[ch]);
    }
  }
  expect(stack).toEqual([]);
}

describe("recipient-guard exchange: the script's structure", () => {
  const p = plan(POLICY, { copySentAnywayTo: "compliance@contoso.com" });
  const script = exchangeScript(p, { ...OPTIONS, copySentAnywayTo: "compliance@contoso.com" });
  const tokens = tokenize(script);

  test("one rule per purpose, each named with the prefix, within Exchange's name limit", () => {
    expect(p.rules.map((r) => [r.kind, r.name])).toEqual([
      ["blocked-domains", "Recipient Guard: blocked domains, part 1"],
      ["blocked-endings", "Recipient Guard: blocked endings, part 1"],
      ["unchecked-endings", "Recipient Guard: unchecked, slip endings, bounced, part 1"],
      ["unchecked-lookalikes", "Recipient Guard: unchecked, lookalikes, bounced, part 1"],
      ["sent-anyway-copy", "Recipient Guard: copy of mail sent with Send Anyway"],
    ]);
    for (const r of p.rules) {
      expect(r.name.startsWith(RULE_PREFIX)).toBe(true);
      expect(r.name.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.nameLength);
      const comments = r.params.find(([k]) => k === "Comments")![1] as string;
      expect(comments.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.commentsLength);
      const reject = r.params.find(([k]) => k === "RejectMessageReasonText");
      if (reject) expect((reject[1] as string).length).toBeLessThanOrEqual(EXCHANGE_LIMITS.rejectTextLength);
      const status = r.params.find(([k]) => k === "RejectMessageEnhancedStatusCode");
      if (status) expect(status[1]).toMatch(/^5\.7\.(1|9\d\d)$/);
    }
  });

  test("each rule's conditions, exceptions and actions", () => {
    const keys = (kind: string) => p.rules.find((r) => r.kind === kind)!.params.map(([k]) => k);
    expect(keys("blocked-domains")).toEqual([
      "Comments",
      "RecipientDomainIs",
      "FromScope",
      "SentToScope",
      "RejectMessageReasonText",
      "RejectMessageEnhancedStatusCode",
    ]);
    expect(keys("unchecked-endings")).toEqual([
      "Comments",
      "RecipientAddressMatchesPatterns",
      "FromScope",
      "SentToScope",
      "ExceptIfHeaderMatchesMessageHeader",
      "ExceptIfHeaderMatchesPatterns",
      "ExceptIfMessageTypeMatches",
      "RejectMessageReasonText",
      "RejectMessageEnhancedStatusCode",
    ]);
    expect(keys("sent-anyway-copy")).toEqual([
      "Comments",
      "FromScope",
      "HeaderMatchesMessageHeader",
      "HeaderMatchesPatterns",
      "BlindCopyTo",
    ]);
    const scope = p.rules.find((r) => r.kind === "unchecked-lookalikes")!.params;
    expect(scope).toContainEqual(["SentToScope", "NotInOrganization"]);
    expect(scope).toContainEqual(["FromScope", "InOrganization"]);
    expect(scope).toContainEqual(["ExceptIfHeaderMatchesMessageHeader", "X-Recipient-Guard"]);
    // Invitations carry no stamp (AppointmentCompose has no internet headers): never held for that.
    for (const r of p.rules.filter((r) => r.kind.startsWith("unchecked")))
      expect(r.params).toContainEqual(["ExceptIfMessageTypeMatches", "Calendaring"]);
  });

  test("a rule's name decides its parameters, so Set-TransportRule never leaves another shape's behind", () => {
    const hold = plan(POLICY, { unchecked: "hold", moderators: ["mod@contoso.com"] });
    const names = new Set(p.rules.map((r) => r.name));
    for (const r of hold.rules.filter((r) => r.kind.startsWith("unchecked"))) {
      expect(r.name).toMatch(/, held, part \d+$/);
      expect(names.has(r.name)).toBe(false);
      expect(r.params).toContainEqual(["ModerateMessageByUser", ["mod@contoso.com"]]);
      expect(r.params.some(([k]) => k.startsWith("RejectMessage"))).toBe(false);
    }
    // The same names with a larger policy carry the same parameters.
    const bigger = plan({ ...POLICY, internalDomains: [...POLICY.internalDomains, "northwind.example"] });
    for (const r of bigger.rules) {
      const same = p.rules.find((o) => o.name === r.name);
      if (same) expect(r.params.map(([k]) => k)).toEqual(same.params.map(([k]) => k));
    }
  });

  test("the script parses: strings and comments close, brackets balance, pure ASCII", () => {
    expect(script).toMatch(/^[\x20-\x7e\n]*$/);
    expectBalanced(tokens);
    expect(tokens.filter((t) => t.kind === "comment" && t.text.includes("WHAT THIS IS NOT"))).toHaveLength(1);
    // No double-quoted (expanding) string anywhere: nothing in the script is interpolated.
    expect(tokens.filter((t) => t.kind === "double")).toEqual([]);
  });

  test("every value in the rules is a single-quoted string holding exactly that value", () => {
    const singles = new Set(tokens.filter((t) => t.kind === "single").map((t) => t.text));
    for (const r of p.rules) {
      expect(singles.has(r.name)).toBe(true);
      for (const [, value] of r.params) for (const v of [value].flat()) expect(singles.has(v)).toBe(true);
    }
  });

  test("update or create by name, remove only its own stale rules, limits checked before any change", () => {
    const code = tokens
      .filter((t) => t.kind !== "comment")
      .map((t) => (t.kind === "single" ? `'${t.text}'` : t.text))
      .join("");
    expect(code).toContain("Get-TransportRule -ResultSize Unlimited");
    expect(code).toMatch(/\$ourRules = @\(\$allRules \| Where-Object \{ Test-OurRule \$_\.Name \}\)/);
    expect(code).toMatch(
      /if \(\$existing\.ContainsKey\(\$rule\.Name\)\) \{\s+Set-TransportRule -Identity \$rule\.Name @parameters/,
    );
    expect(code).toMatch(/\} else \{\s+New-TransportRule -Name \$rule\.Name @parameters/);
    expect(code).toContain("$stale = @($ourRules | Where-Object { -not $wanted.ContainsKey($_.Name) })");
    expect(code).toMatch(/foreach \(\$rule in \$stale\) \{\s+Remove-TransportRule -Identity \$rule\.Name/);
    const at = (text: string): number => {
      const i = code.indexOf(text);
      expect(i).toBeGreaterThan(0);
      return i;
    };
    // The dry run (and -WhatIf) returns after printing the plan, before the first change.
    expect(code).toContain("[CmdletBinding(SupportsShouldProcess = $true)]");
    expect(code).toContain("[switch] $DryRun");
    expect(code).toContain("if ($WhatIfPreference) { $DryRun = [switch] $true }");
    const dryRunReturn = at("Write-Host 'Dry run: nothing was changed.'");
    for (const change of ["Remove-TransportRule", "Set-TransportRule", "New-TransportRule"])
      expect(at(change)).toBeGreaterThan(dryRunReturn);
    expect(at("-gt $MaxRules")).toBeLessThan(dryRunReturn);
    expect(at("-gt $MaxRegexCharacters")).toBeLessThan(dryRunReturn);
    expect(code).toContain(`$OurRegexCharacters = ${p.regexCharacters}`);
    expect(code).toContain("$RulePrefix = 'Recipient Guard: '");
  });

  test("the header explains itself, including that the header can be forged", () => {
    const help = tokens
      .find((t) => t.kind === "comment" && t.text.includes(".SYNOPSIS"))!
      .text.replace(/\s+/g, " ");
    expect(help).toContain("anyone who sends through SMTP can write that header");
    expect(help).toContain("not a defence against a deliberate sender");
    for (const r of p.rules) expect(help).toContain(r.name);
    expect(help).toContain(".PARAMETER DryRun");
  });
});

describe("recipient-guard exchange: quoting", () => {
  const HOSTILE = [
    "it's",
    "a''b",
    "`$(Remove-Item C:\\ -Recurse)`",
    '"; Remove-Item x; "',
    "line\nbreak\r\n#> Remove-Item",
    "\u2018smart\u2019 \u201a\u201b quotes",
    "$env:USERNAME ${x} @(1) $()",
    "\u202Eevil\u200B",
    "<# open",
  ];

  test("psQuote: the tokenizer reads back exactly the value, in one string", () => {
    for (const value of HOSTILE) {
      const tokens = tokenize(`$x = ${psQuote(value)}\n`);
      expect(tokens.filter((t) => t.kind === "single").map((t) => t.text)).toEqual([value]);
      expect(tokens.filter((t) => t.kind === "code").map((t) => t.text)).toEqual(["$x = ", "\n"]);
    }
  });

  test("scriptSafeText leaves printable ASCII only, and nothing that can close a comment", () => {
    for (const value of HOSTILE) {
      const safe = scriptSafeText(value);
      expect(safe).toMatch(/^[\x20-\x7e]*$/);
      expect(safe).not.toMatch(/[<>`]/);
    }
  });

  test("a hostile policy file name stays inside its comment and its strings", async () => {
    const name = "evil'$(Remove-Item C:\\)`\n#>\u2019 \u202E.json";
    const run = await runCliWith(["exchange", "--policy", name], {
      readFile: async () => JSON.stringify(POLICY),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[\x20-\x7e\n]*$/);
    const tokens = tokenize(run.stdout);
    expectBalanced(tokens);
    const code = tokens
      .filter((t) => t.kind === "code")
      .map((t) => t.text)
      .join("");
    expect(code).not.toContain("Remove-Item C:");
    expect(tokens.filter((t) => t.kind === "comment" && t.text.includes(".SYNOPSIS"))).toHaveLength(1);
  });

  test("hostile domains are refused: by the policy's schema, and again before any rule names them", async () => {
    for (const domain of ["a'b.com", "$(calc).com", "x.com\n#", "a b.com", "`x.com", "x.com'"]) {
      const run = await runCliWith(["exchange", "--policy", "p.json"], {
        readFile: async () => JSON.stringify({ blockedDomains: [domain] }),
      });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("p.json");
      expect(() => ruleDomain(domain, { list: "blocked", index: 1 }, true)).toThrow(
        /is not a domain a mail flow rule can name/,
      );
    }
    // Typographic quotes are letters to IDNA: the policy stores the punycode form, which is safe.
    const idn = await runCliWith(["exchange", "--policy", "p.json"], {
      readFile: async () => JSON.stringify({ blockedDomains: ["\u2018x\u2019.com"] }),
    });
    expect(idn.code).toBe(0);
    expect(idn.stdout).toContain("'xn--x-ghne.com'");
    expect(idn.stdout).toMatch(/^[\x20-\x7e\n]*$/);
    expect(() => ruleDomain("\u2018x\u2019.com", { list: "blocked", index: 1 })).toThrow();
    expect(ruleDomain("xn--80ak6aa92e.com", { list: "internal", index: 1 })).toBe("xn--80ak6aa92e.com");
    expect(() => ruleDomain("com", { list: "internal", index: 1 })).toThrow();
    expect(ruleDomain("tk", { list: "blocked", index: 1 }, true)).toBe("tk");
  });

  test("moderator and copy addresses must be plain e-mail addresses", async () => {
    expect(ruleAddress("Compliance@Contoso.COM", "moderator")).toBe("Compliance@contoso.com");
    for (const bad of [
      "'x'@contoso.com",
      "x@contoso.com'; Remove-Item",
      "Alias",
      "a@b",
      "$(x)@contoso.com",
      "x@contoso.com\n",
    ])
      expect(() => ruleAddress(bad, "moderator")).toThrow(/is not an e-mail address/);
    const run = await runCliWith(["exchange", "--copy-sent-anyway", "x'; Remove-Item C:\\"], {
      readFile: async () => "",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the Send Anyway copy mailbox");
  });
});

describe("recipient-guard exchange: Exchange's limits", () => {
  test("10,000 blocked domains are split into rules of at most 8 KB, every domain in exactly one", () => {
    const blocked = Array.from({ length: 10_000 }, (_, i) => `blocked-partner-${i}.example`);
    const p = plan({ blockedDomains: blocked });
    const parts = p.rules.filter((r) => r.kind === "blocked-domains");
    expect(parts.length).toBeGreaterThan(1);
    const listed = parts.flatMap((r) => r.params.find(([k]) => k === "RecipientDomainIs")![1] as string[]);
    expect(listed).toEqual(blocked);
    expect(new Set(parts.map((r) => r.name)).size).toBe(parts.length);
    for (const r of parts) {
      expect(r.size).toBeLessThanOrEqual(RULE_SIZE_BUDGET);
      expect(r.name).toMatch(/^Recipient Guard: blocked domains, part \d+$/);
    }
    expect(RULE_SIZE_BUDGET).toBeLessThan(EXCHANGE_LIMITS.ruleBytes);
  });

  test("more rules than allowed: refused, naming the limit and what to do", async () => {
    const blocked = Array.from({ length: 10_000 }, (_, i) => `blocked-partner-${i}.example`);
    const run = await runCliWith(["exchange", "--policy", "p.json", "--max-rules", "5"], {
      readFile: async () => JSON.stringify({ blockedDomains: blocked }),
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/need \d+ mail flow rules .* more than --max-rules 5/);
  });

  test("regular expressions over 20 KB across the rules: refused", () => {
    const blocked = Array.from({ length: 2_000 }, (_, i) => `blocked-partner-${i}.example`);
    expect(() => plan({ blockedDomains: blocked, actions: { "blocked-domain": "warn" } })).toThrow(
      /regular expressions take \d+ characters, more than the 20480/,
    );
  });

  test("the lookalikes of 1,000 internal domains do not fit: refused with the way out", async () => {
    const internal = Array.from({ length: 1_000 }, (_, i) => `northwind${i}.com`);
    const run = await runCliWith(["exchange", "--policy", "p.json"], {
      readFile: async () => JSON.stringify({ internalDomains: internal }),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--lookalikes none");
    expect(run.stderr).toContain("Exchange Online's 300 per organisation");
  }, 120_000);

  test("hold takes 1 to 10 moderators", async () => {
    const read = { readFile: async () => "" };
    const none = await runCliWith(["exchange", "--unchecked", "hold"], read);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--unchecked hold needs --moderator");
    const eleven = Array.from({ length: 11 }, (_, i) => `m${i}@contoso.com`).join(",");
    const many = await runCliWith(["exchange", "--unchecked", "hold", "--moderator", eleven], read);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain("at most 10 moderators");
  });
});

describe("recipient-guard exchange: what the rules cover", () => {
  const checker = createChecker(resolvePolicy());
  const patterns = endingPatterns([]);
  const icann = pslRules()
    .filter((r) => r.section === ICANN_SECTION)
    .map((r) => r.suffix);

  test("every slip ending the checker flags with no configuration has a pattern", () => {
    const typed = new Set(slipEndings().map((s) => s.typed));
    expect([...typed].sort()).toEqual(patterns.map((p) => p.typed));
    expect(typed.has("ml")).toBe(true);
    const p = plan({});
    const rule = p.rules.find((r) => r.kind === "unchecked-endings")!;
    const listed = rule.params.find(([k]) => k === "RecipientAddressMatchesPatterns")![1];
    expect(listed).toEqual(patterns.map((e) => e.pattern));
  });

  test("a pattern matches exactly the addresses the checker flags, on names of every kind", () => {
    for (const { typed, pattern } of patterns) {
      const re = new RegExp(pattern, "i");
      const below = icann.filter((s) => s.endsWith(`.${typed}`)).map((s) => s.slice(0, -typed.length - 1));
      const names = [
        "army",
        "armym",
        "navy",
        "xyzcorp",
        "a1b2",
        "a-b",
        "xn--80ak6aa92e",
        "ac",
        "co",
        "com",
        "gov",
        "mil",
        "net",
        "m",
        "comm",
        "govm",
        ...below,
      ];
      for (const name of names) {
        for (const front of ["", "us.", "mail.us."]) {
          const address = `ops@${front}${name}.${typed}`;
          const flagged = checker.checkAddress(address).verdict !== "allow";
          expect([address, re.test(address)]).toEqual([address, flagged]);
        }
      }
    }
  });

  test("the ending's own namespaces (Public Suffix List) are never held: shop.com.om goes through", () => {
    for (const { typed, pattern } of patterns) {
      const re = new RegExp(pattern, "i");
      for (const suffix of icann.filter((s) => s.endsWith(`.${typed}`))) {
        const address = `sales@shop.${suffix}`;
        expect([address, re.test(address)]).toEqual([address, false]);
        expect(checker.checkAddress(address).verdict).toBe("allow");
      }
    }
  });

  test("trusted and internal domains under a slip ending are left out", () => {
    const [om] = endingPatterns(["omantel.om"]).filter((p) => p.typed === "om");
    const re = new RegExp(om!.pattern, "i");
    expect(re.test("x@omantel.om")).toBe(false);
    expect(re.test("x@mail.omantel.om")).toBe(false);
    expect(re.test("x@gmail.om")).toBe(true);
  });

  test("lookalikes: the one-slip variants the checker flags as slips of the domain", () => {
    const policy = resolvePolicy({ internalDomains: ["contoso.com"] });
    const withPolicy = createChecker(policy);
    const variants = lookalikesOf(withPolicy, "contoso.com");
    expect(variants).toEqual(
      expect.arrayContaining(["contso.com", "cpntoso.com", "ocntoso.com", "contosso.com"]),
    );
    expect(variants).not.toContain("contoso.com");
    for (const v of variants) {
      const result = withPolicy.checkAddress(`x@${v}`);
      expect(result.verdict).not.toBe("allow");
      expect(result.findings.some((f) => f.suggestion === "x@contoso.com")).toBe(true);
    }
    // Variants the ending rule already catches (contoso.cm) are not listed again.
    const p = plan({ internalDomains: ["contoso.com"] });
    const listed = p.rules
      .find((r) => r.kind === "unchecked-lookalikes")!
      .params.find(([k]) => k === "RecipientDomainIs")![1];
    expect(listed).not.toContain("contoso.cm");
    expect(listed).toContain("contso.com");
  });

  test("the header patterns: every stamp of a message the check let go is recognised; Send Anyway only when it says so", () => {
    const stamped = new RegExp(STAMPED_PATTERN, "i");
    const sentAnyway = new RegExp(SENT_ANYWAY_PATTERN, "i");
    for (const verdict of ["allow", "warn", "block"] as const) {
      for (const user of USER_ACTIONS) {
        for (const codes of [[], ["suffix-slip"], ["suffix-slip", "unknown-suffix"]]) {
          const value = stampValue({ version: "1.4.0", verdict, codes, user });
          // A stopped message that left anyway left without a check.
          expect(stamped.test(value)).toBe(user !== "stopped");
          expect(sentAnyway.test(value)).toBe(user === "sent-anyway");
        }
      }
    }
    expect(stamped.test("")).toBe(false);
  });

  test("with builtInProtection off and no domains there is nothing to write but the blocked rule", () => {
    const p = plan({ builtInProtection: false, blockedDomains: ["badcorp.example"] });
    expect(p.rules.map((r) => r.kind)).toEqual(["blocked-domains"]);
    expect(p.notes).toEqual([{ note: "endings-not-flagged" }]);
    expect(exchangeNoteText(p.notes[0]!, cliText("en"))).toContain("no rule is written for them");
  });
});

describe("recipient-guard exchange: the command line", () => {
  test("--out writes the script and says what it holds; standard output by default", async () => {
    const read = { readFile: async () => JSON.stringify(POLICY) };
    const toFile = await runCliWith(["exchange", "--policy", "p.json", "--out", "rules.ps1"], read);
    expect(toFile.code).toBe(0);
    expect(toFile.written["rules.ps1"]).toMatch(/^#Requires -Version 5\.1\n<#/);
    expect(toFile.stdout).toMatch(/^Wrote rules\.ps1: 4 mail flow rules: 8 slip endings \(.*\.ml.*\)/);
    expect(toFile.stdout).toContain("-DryRun");
    const toStdout = await runCliWith(["exchange", "--policy", "p.json"], read);
    expect(toStdout.stdout).toBe(toFile.written["rules.ps1"]);
    expect(toStdout.stderr).toMatch(/^4 mail flow rules/);
  });

  test("usage errors name what was wrong", async () => {
    const read = { readFile: async () => "" };
    const cases: [string[], string][] = [
      [["exchange", "--unchecked", "delete"], "--unchecked must be reject or hold"],
      [["exchange", "--lookalikes", "all"], "--lookalikes must be internal, trusted or none"],
      [["exchange", "--max-rules", "301"], "--max-rules must be a whole number from 1 to 300"],
      [["exchange", "--moderator", "m@contoso.com"], "--moderator only applies with --unchecked hold"],
      [["exchange", "policy.json"], 'unexpected argument "policy.json"'],
      [["exchange", "--out"], "--out needs a value"],
      [["check", "--out", "x", "a@b.com"], "--out belongs to the exchange command"],
    ];
    for (const [argv, message] of cases) {
      const run = await runCliWith(argv, read);
      expect([argv, run.code]).toEqual([argv, 2]);
      expect(run.stderr).toContain(message);
    }
    const missing = await runCliWith(["exchange", "--policy", "nope.json"], {
      readFile: async () => {
        throw Object.assign(new Error("no"), { code: "ENOENT" });
      },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json: cannot read the policy file (ENOENT)");
  });

  test("--help lists the command", async () => {
    const run = await runCliWith(["--help"], { readFile: async () => "" });
    expect(run.stdout).toContain("recipient-guard exchange [--policy FILE] [--out FILE]");
  });
});

describe("recipient-guard exchange: the script in the command line's language", () => {
  const read = { readFile: async () => JSON.stringify(POLICY) };
  const ARGV = ["exchange", "--policy", "p.json", "--out", "rules.ps1"];
  const KEYS = (Object.keys(CLI_EN) as CliKey[]).filter((k) => k.startsWith("script."));

  /** The script without its byte-order mark, which must be there. */
  const withoutMark = (text: string): string => {
    expect(text.startsWith(BYTE_ORDER_MARK)).toBe(true);
    return text.slice(BYTE_ORDER_MARK.length);
  };

  /** The message table's entries, and the script without the table (its ASCII rest). */
  function split(script: string): { table: Map<string, string>; block: string; rest: string } {
    const begin = script.indexOf(`\n${MESSAGES_BEGIN}`);
    const endLine = script.indexOf(MESSAGES_END);
    expect(begin).toBeGreaterThan(0);
    expect(endLine).toBeGreaterThan(begin);
    const end = script.indexOf("\n", endLine) + 1;
    const block = script.slice(begin + 1, end);
    // The entries, one a line, from `$Messages = @{` to the `}` that closes it.
    const start = block.indexOf("$Messages = @{\n") + "$Messages = @{\n".length;
    const entries = block.slice(start, block.indexOf("\n}\n", start));
    const table = new Map<string, string>();
    for (const line of entries.split("\n")) {
      // One entry a line: a name, and one single-quoted string that closes on that line.
      const tokens = tokenize(line);
      expect(tokens.map((t) => t.kind)).toEqual(["code", "single"]);
      const name = /^ {4}([A-Za-z]+) +=\s$/.exec(tokens[0]!.text);
      expect([line, name]).toEqual([line, expect.anything()]);
      table.set(name![1]!, tokens[1]!.text);
    }
    return { table, block, rest: script.slice(0, begin) + script.slice(end) };
  }

  test.each(["de", "fr", "ja"] as const)(
    "%s: the file starts with a byte-order mark; the words are in one table, the rest is ASCII",
    async (language) => {
      const run = await runCliWith(ARGV, { ...read, language });
      expect(run.code).toBe(0);
      const written = run.written["rules.ps1"]!;
      // UTF-8 with a BOM on disk (bin.ts writes the text as UTF-8).
      expect([...Buffer.from(written, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const script = withoutMark(written);
      expect(script).toMatch(/^#Requires -Version 5\.1\n<#/);
      // Standard output gets the same bytes, so `> rules.ps1` makes the same file.
      const toStdout = await runCliWith(["exchange", "--policy", "p.json"], { ...read, language });
      expect(toStdout.stdout).toBe(written);

      const { table, block, rest } = split(script);
      expect(rest).toMatch(/^[\x20-\x7e\n]*$/);
      // Before anything else, the script checks that it was read as UTF-8.
      expect(table.get("Encoding")).toBe("\u00e9");
      expect(block).toMatch(
        /\n\}\nif \(\$Messages\.Encoding -cne \[string\]\[char\]0xE9\) \{\n {4}throw '[\x20-\x7e]+'\n\}\n/,
      );
      const words = CLI_CATALOGUES[language];
      for (const [name, key] of SCRIPT_MESSAGES) expect([name, table.get(name)]).toEqual([name, words[key]]);
      // Every message the code uses is in the table, and the code has no English message left.
      const tokens = tokenize(rest);
      expectBalanced(tokens);
      expect(tokens.filter((t) => t.kind === "double")).toEqual([]);
      const code = tokens
        .filter((t) => t.kind === "code")
        .map((t) => t.text)
        .join("");
      const used = [...code.matchAll(/\$Messages\.([A-Za-z]+)/g)].map((m) => m[1]!);
      expect(new Set([...used, "Encoding"])).toEqual(new Set(table.keys()));
      const singles = tokens.filter((t) => t.kind === "single").map((t) => t.text);
      for (const [, key] of SCRIPT_MESSAGES) expect(singles).not.toContain(CLI_EN[key]);
      expect(code).toContain("Write-Host $Messages.DryRun\n    return");
      expect(code).toContain("throw $Messages.NotConnected");
      expect(code).toContain("throw ($Messages.Stopped -f $rule.Name, $_.Exception.Message)");
      // The senders' notices and the comments come from the table; the status codes stay.
      expect(code).toContain("RejectMessageReasonText = $Messages.NoticeBlocked");
      expect(code).toContain("RejectMessageReasonText = $Messages.NoticeUnchecked");
      expect(code).toContain("Comments = $Messages.RuleComments");
      expect(table.get("NoticeBlocked")).toBe(words["script.notice.blocked"]);
      expect(table.get("NoticeUnchecked")).toBe(words["script.notice.unchecked"]);
      expect(singles).toContain(STATUS_BLOCKED);
      expect(singles).toContain(STATUS_UNCHECKED);
      expect(table.get("RuleComments")).toContain("'Recipient Guard: '");
      expect(table.get("RuleComments")).toMatch(/ p\.json .*\(sha256:[0-9a-f]{16}\)/);
      // Rule names stay English: the script finds its rules by them.
      expect(singles).toContain("Recipient Guard: unchecked, slip endings, bounced, part 1");
    },
  );

  test("German and Japanese: what the administrator reads when the script runs", async () => {
    const german = split(
      withoutMark((await runCliWith(ARGV, { ...read, language: "de" })).written["rules.ps1"]!),
    );
    expect(german.table.get("DryRun")).toBe("Probelauf: Es wurde nichts geändert.");
    expect(german.table.get("Plan")).toBe(
      "Nachrichtenflussregeln von Recipient Guard: {0} zu erstellen, {1} zu aktualisieren, {2} zu entfernen; Modus {3}.",
    );
    expect(german.table.get("NotConnected")).toMatch(/^Get-TransportRule ist nicht verfügbar\./);
    expect(german.table.get("NoticeUnchecked")).toContain("Prüfen Sie die Adresse.");
    const japanese = split(
      withoutMark((await runCliWith(ARGV, { ...read, language: "ja" })).written["rules.ps1"]!),
    );
    expect(japanese.table.get("DryRun")).toBe("ドライ ランのため、何も変更していません。");
    expect(japanese.table.get("TooManyRules")).toContain("メール フロー ルールが {0} 件あり");
    expect(japanese.table.get("NotConnected")).toBe(
      "Get-TransportRule を使用できません。先に接続してください: Install-Module ExchangeOnlineManagement; Connect-ExchangeOnline",
    );
    expect(japanese.table.get("NoticeBlocked")).toMatch(/^Recipient Guard: .*お問い合わせください。$/);
    // A quote in a message is doubled, as every single-quoted value is.
    const raw = withoutMark((await runCliWith(ARGV, { ...read, language: "fr" })).written["rules.ps1"]!);
    expect(raw).toContain("'Get-TransportRule n''est pas disponible.");
  });

  test("the German script is the English one, byte for byte, with its words moved into the table", async () => {
    for (const argv of [
      ARGV,
      [...ARGV, "--unchecked", "hold", "--moderator", "m@contoso.com", "--copy-sent-anyway", "c@contoso.com"],
      ["exchange", "--out", "rules.ps1"],
    ]) {
      const english = (await runCliWith(argv, read)).written["rules.ps1"]!;
      const german = withoutMark((await runCliWith(argv, { ...read, language: "de" })).written["rules.ps1"]!);
      const { table, rest } = split(german);
      const englishComments = tokenize(english).find(
        (t) => t.kind === "single" && t.text.startsWith("Written by recipient-guard exchange"),
      )!.text;
      const englishWords: Record<string, string> = {
        ...Object.fromEntries(SCRIPT_MESSAGES.map(([name, key]) => [name, CLI_EN[key]])),
        NoticeBlocked: CLI_EN["script.notice.blocked"],
        NoticeUnchecked: CLI_EN["script.notice.unchecked"],
        RuleComments: englishComments,
      };
      expect([...table.keys()].every((name) => name in englishWords || name === "Encoding")).toBe(true);
      const back = rest.replace(/\$Messages\.([A-Za-z]+)/g, (_, name: string) =>
        psQuote(englishWords[name]!),
      );
      expect(back).toBe(english);
    }
  });

  test("a copy that lost its byte-order mark stops at the encoding check, before anything else", async () => {
    const script = withoutMark((await runCliWith(ARGV, { ...read, language: "de" })).written["rules.ps1"]!);
    // Windows PowerShell 5.1 reads a file without a BOM in the ANSI code page (1252 here; its bytes
    // from 0xA0 up are Latin-1's).
    const misread = Buffer.from(script, "utf8").toString("latin1");
    const line = misread.split("\n").find((l) => /^ {4}Encoding +=/.test(l))!;
    const tokens = tokenize(line);
    expect(tokens.map((t) => t.kind)).toEqual(["code", "single"]);
    expect(tokens[1]!.text).toBe("\u00c3\u00a9");
    expect(tokens[1]!.text).not.toBe(String.fromCharCode(0xe9));
    const check = misread.indexOf("if ($Messages.Encoding -cne [string][char]0xE9)");
    expect(check).toBeGreaterThan(misread.indexOf(line));
    expect(check).toBeLessThan(misread.indexOf("Get-TransportRule -ResultSize"));
  });

  test("English: no byte-order mark, pure ASCII, its words where they are used", async () => {
    const run = await runCliWith(ARGV, read);
    const script = run.written["rules.ps1"]!;
    expect(script).toMatch(/^#Requires -Version 5\.1\n/);
    expect(script).toMatch(/^[\x20-\x7e\n]*$/);
    expect(script).not.toContain("$Messages");
    expect(script).not.toContain(MESSAGES_BEGIN);
    expect(script).toContain("Write-Host 'Dry run: nothing was changed.'\n    return");
    expect(script).toContain(
      "throw 'Get-TransportRule is not available. Connect first: Install-Module ExchangeOnlineManagement; Connect-ExchangeOnline'",
    );
    expect(script).toContain("Write-Host ('  {0} ''{1}''' -f $verb, $rule.Name)");
  });

  test("a hostile policy file name stays escaped in the table's comments, and out of the code", async () => {
    const name = "evil'$(Remove-Item C:\\)`\n#>\u2019 \u202E\u00e9.json";
    for (const language of ["de", "ja"] as const) {
      const run = await runCliWith(["exchange", "--policy", name], { ...read, language });
      expect(run.code).toBe(0);
      const { table, rest } = split(withoutMark(run.stdout));
      expect(rest).toMatch(/^[\x20-\x7e\n]*$/);
      const code = tokenize(rest)
        .filter((t) => t.kind === "code")
        .map((t) => t.text)
        .join("");
      expect(code).not.toContain("Remove-Item C:");
      const comments = table.get("RuleComments")!;
      // main.ts keeps the name after the last slash or backslash.
      expect(comments).toContain(scriptSafeText(name.slice(name.lastIndexOf("\\") + 1)));
      expect(comments).not.toMatch(/[\u2019\u202e\n`<>]/);
    }
  });

  test("an internationalised domain still goes in as ASCII (punycode), quoted", async () => {
    const run = await runCliWith(["exchange", "--policy", "p.json"], {
      readFile: async () => JSON.stringify({ blockedDomains: ["\u2018x\u2019.com", "bücher.example"] }),
      language: "ja",
    });
    expect(run.code).toBe(0);
    const { rest } = split(withoutMark(run.stdout));
    expect(rest).toMatch(/^[\x20-\x7e\n]*$/);
    const singles = tokenize(rest)
      .filter((t) => t.kind === "single")
      .map((t) => t.text);
    expect(singles).toContain("xn--x-ghne.com");
    expect(singles).toContain("xn--bcher-kva.example");
  });

  test("every language has every script message, with the same placeholders, fit for the table", () => {
    expect(KEYS.length).toBeGreaterThan(15);
    for (const [, key] of SCRIPT_MESSAGES) expect(KEYS).toContain(key);
    for (const language of LANGUAGES) {
      const words = CLI_CATALOGUES[language];
      for (const key of KEYS) {
        const text = words[key];
        expect({ language, key, empty: text.trim() === "" }).toEqual({ language, key, empty: false });
        expect({ language, key, fit: isMessageText(text) }).toEqual({ language, key, fit: true });
        expect({ language, key, placeholders: placeholders(text) }).toEqual({
          language,
          key,
          placeholders: placeholders(CLI_EN[key]),
        });
      }
      // PowerShell's -f reads every brace: the messages it formats have only {0}, {1}….
      for (const [, key] of SCRIPT_MESSAGES)
        expect({ language, key, braces: words[key].replace(/\{\d\}/g, "").match(/[{}]/g) }).toEqual({
          language,
          key,
          braces: null,
        });
      // Exchange Online takes a rejection text of at most 1,024 characters (Exchange Server: 256).
      for (const key of ["script.notice.blocked", "script.notice.unchecked"] as const)
        expect(words[key].length).toBeLessThanOrEqual(EXCHANGE_LIMITS.rejectTextLength);
    }
  });

  test("the rules carry the language's notices, within Exchange's limits, and keep their status codes", () => {
    for (const language of LANGUAGES) {
      const p = plan(POLICY, { language, copySentAnywayTo: "c@contoso.com" });
      expect(p.rules.map((r) => r.name)).toEqual(
        plan(POLICY, { copySentAnywayTo: "c@contoso.com" }).rules.map((r) => r.name),
      );
      for (const r of p.rules) {
        const param = (k: string) => r.params.find(([name]) => name === k)?.[1] as string | undefined;
        expect(param("Comments")!.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.commentsLength);
        const reject = param("RejectMessageReasonText");
        if (!reject) continue;
        expect(reject.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.rejectTextLength);
        const blocked = r.kind.startsWith("blocked");
        expect(reject).toBe(
          CLI_CATALOGUES[language][blocked ? "script.notice.blocked" : "script.notice.unchecked"],
        );
        expect(param("RejectMessageEnhancedStatusCode")).toBe(blocked ? STATUS_BLOCKED : STATUS_UNCHECKED);
      }
    }
  });
});
