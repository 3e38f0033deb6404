import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliWith } from "./cli-run";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: string[],
  input = "",
  files: Record<string, string> = {},
  colour = false,
  readDelayMs = 0,
): Promise<Run> {
  return runCliWith(argv, {
    input,
    colour,
    readFile: async (path) => {
      if (readDelayMs) await new Promise((resolve) => setTimeout(resolve, readDelayMs));
      if (path in files) return files[path]!;
      throw Object.assign(new Error("missing"), { code: "ENOENT" });
    },
  });
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

describe("recipient-guard check", () => {
  test("--json prints one object per address, in order, with the documented fields; blank lines are skipped", async () => {
    const { code, stdout } = await run(
      ["check", "--json"],
      "ops@army.ml\nalice@example.org\n\n   \nnot an address\n",
    );
    const lines = jsonLines(stdout);
    expect(lines.map((l) => [l.address, l.verdict])).toEqual([
      ["ops@army.ml", "warn"],
      ["alice@example.org", "allow"],
      ["not an address", "warn"],
    ]);
    expect(Object.keys(lines[0])).toEqual(["address", "verdict", "findings"]);
    expect(lines[0].findings[0]).toEqual({
      code: "suffix-slip",
      severity: "warn",
      message: expect.stringContaining("Mali"),
      suggestion: "ops@army.mil",
    });
    expect(lines[1].findings).toEqual([]);
    expect(code).toBe(1);
  });

  test("several addresses to a line, and # comments, as people paste them", async () => {
    const { code, stdout } = await run(
      ["check", "--json"],
      [
        "# partners for the Q3 mailing",
        "a@example.org; b@gmial.com",
        '"Smith, John" <john@example.org>, jane@example.org',
        "Smith, John <ops@army.ml>",
        "  # indented comment",
        "",
      ].join("\n"),
    );
    expect(jsonLines(stdout).map((l) => [l.address, l.verdict])).toEqual([
      ["a@example.org", "allow"],
      ["b@gmial.com", "warn"],
      ['"Smith, John" <john@example.org>', "allow"],
      ["jane@example.org", "allow"],
      ["Smith, John <ops@army.ml>", "warn"],
    ]);
    expect(code).toBe(1);
  });

  test("an Outlook contacts export: every e-mail column, display names, quoted commas and line breaks", async () => {
    const csv = [
      '"First Name","Last Name","Notes","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","E-mail 2 Type","E-mail 2 Display Name"',
      '"Ann","Lee","Met at the fair, 2024","ann@example.org","SMTP","Ann Lee (ann@example.org)","ann.lee@gmial.com","SMTP",""',
      '"Eve","Ng","first line',
      'second line, with ""quotes""","eve@gmail.com","SMTP","boss@contoso.com","","",""',
      "",
      '"Bo","","","","","","ops@army.ml","SMTP","Bo"',
    ].join("\n");
    const { code, stdout } = await run(["check", "--json"], csv);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => [l.address, l.verdict])).toEqual([
      ["ann@example.org", "allow"],
      ["ann.lee@gmial.com", "warn"],
      ["eve@gmail.com", "allow"],
      ["ops@army.ml", "warn"],
    ]);
    // Each address with its own column's display name, else the contact's name.
    expect(lines.map((l) => l.displayName)).toEqual([
      "Ann Lee (ann@example.org)",
      "Ann Lee",
      "boss@contoso.com",
      "Bo",
    ]);
    expect(code).toBe(1);
  });

  test("other CSV files: PowerShell's #TYPE line, a Name column, semicolons", async () => {
    const exported = [
      "#TYPE System.Management.Automation.PSCustomObject",
      '"Name","Email"',
      '"Ops","ops@army.ml"',
    ];
    expect(jsonLines((await run(["check", "--json"], exported.join("\n"))).stdout)).toEqual([
      expect.objectContaining({ address: "ops@army.ml", verdict: "warn" }),
    ]);
    const semicolons = ["name;email_address;phone", "Ann;ann@example.org;+44 20 7946 0000"];
    expect(jsonLines((await run(["check", "--json"], semicolons.join("\n"))).stdout)).toEqual([
      expect.objectContaining({ address: "ann@example.org", verdict: "allow" }),
    ]);
  });

  test("a byte-order mark at the start of standard input is not part of the first address", async () => {
    const { code, stdout } = await run(["check", "--json"], "\ufeffa@example.org\nb@example.org\n");
    expect(jsonLines(stdout).map((l) => l.verdict)).toEqual(["allow", "allow"]);
    expect(code).toBe(0);
  });

  test("exit status 0 when everything is allowed", async () => {
    expect((await run(["check", "a@example.org", "b@gmail.com"])).code).toBe(0);
  });

  test("addresses on the command line are checked instead of standard input", async () => {
    const { stdout } = await run(["check", "--json", "a@gmial.com"], "ignored@army.ml\n");
    expect(jsonLines(stdout).map((l) => l.address)).toEqual(["a@gmial.com"]);
  });

  test("--policy applies the organisation's trusted domains", async () => {
    const files = { "p.json": JSON.stringify({ trustedDomains: ["contoso.com"] }) };
    const { stdout } = await run(
      ["check", "--json", "--policy", "p.json", "a@contoso.co", "a@contoso.com"],
      "",
      files,
    );
    expect(jsonLines(stdout).map((l) => l.verdict)).toEqual(["warn", "allow"]);
  });

  test("no stdin line is lost while the policy file loads", async () => {
    const files = { "p.json": JSON.stringify({ trustedDomains: ["contoso.com"] }) };
    const input = "a@army.ml\nb@contoso.com\n";
    const { stdout } = await run(["check", "--json", "--policy", "p.json"], input, files, false, 50);
    expect(jsonLines(stdout).map((l) => l.address)).toEqual(["a@army.ml", "b@contoso.com"]);
  });

  test("a broken policy is exit status 2 with the path of each problem", async () => {
    const files = { "p.json": JSON.stringify({ trustedDomains: ["ok.com", "com", 7], bogus: true }) };
    const { code, stderr, stdout } = await run(["check", "--policy", "p.json", "a@b.com"], "", files);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('p.json: the setting "bogus": is not a known setting');
    expect(stderr).toContain('p.json: trusted domain 2 ("com"):');
    expect(stderr).toContain("p.json: trusted domain 3: expected text, got a number");
  });

  test("a missing policy file is exit status 2 naming the file", async () => {
    const { code, stderr } = await run(["check", "--policy", "nope.json", "a@b.com"]);
    expect(code).toBe(2);
    expect(stderr).toContain("nope.json: cannot read the policy file (ENOENT)");
  });

  test("human output never passes terminal escape sequences through", async () => {
    const { stdout } = await run(["check", "\u001b]0;pwned\u0007a@\u001b[31mx.com"], "", {}, true);
    expect(stdout).not.toContain("\u001b]0");
    expect(stdout).not.toContain("\u0007");
    expect(stdout).toContain("\\u{1b}]0;pwned\\u{7}");
  });

  test("human output is coloured only when asked", async () => {
    expect((await run(["check", "ops@army.ml"], "", {}, true)).stdout).toContain("\u001b[33m");
    expect((await run(["check", "ops@army.ml"], "", {}, false)).stdout).not.toContain("\u001b[");
  });

  test("very long lines are echoed cut, never whole", async () => {
    const { stdout } = await run(["check", "--json"], `${"a".repeat(100_000)}@x.com\n`);
    const [line] = jsonLines(stdout);
    expect(line.address.length).toBeLessThan(2200);
    expect(line.findings[0].code).toBe("unreadable-address");
  });

  test("--json cuts an overlong address and says by how much in a number, not in words", async () => {
    const long = `${"a".repeat(3000)}@example.com`;
    const { stdout } = await run(["check", "--json"], `${long}\nann@example.com\n`);
    const [cut, plain] = jsonLines(stdout);
    expect(cut.address).toBe(long.slice(0, 2048));
    expect(cut.truncated).toEqual({ address: long.length - 2048 });
    expect(stdout).not.toMatch(/more characters/);
    expect(plain).not.toHaveProperty("truncated");
  });
});

describe("recipient-guard policy", () => {
  test("policy check accepts a file with a repeated entry, warns about it and exits 1", async () => {
    const files = {
      "p.json": JSON.stringify({ internalDomains: ["contoso.com"], trustedDomains: ["a.com", "A.com."] }),
    };
    const { code, stdout } = await run(["policy", "check", "p.json"], "", files);
    expect(code).toBe(1);
    expect(stdout).toContain('p.json: trusted domain 2 ("A.com."): repeats "a.com"');
    expect(stdout).toContain("1 internal, 1 trusted and 0 blocked domains");
    expect(stdout).toContain("1 warning found");
  });

  test("policy check of a clean file exits 0 with no warnings", async () => {
    const files = {
      "p.json": JSON.stringify({ internalDomains: ["contoso.com"], trustedDomains: ["a.com"] }),
    };
    const { code, stdout, stderr } = await run(["policy", "check", "p.json"], "", files);
    expect(code).toBe(0);
    expect(stdout).toBe("p.json was accepted: 1 internal, 1 trusted and 0 blocked domains.\n");
    expect(stderr).toBe("");
  });

  test("policy check names problems in words, never as JSON paths, and counts them in English", async () => {
    const one = await run(["policy", "check", "p.json"], "", { "p.json": '{"trustedDomains": ["com"]}' });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain(
      'p.json: trusted domain 1 ("com"): "com" (the commercial domain) is an ending',
    );
    expect(one.stderr).toContain("1 problem found; the policy was not accepted.");
    const three = await run(["policy", "check", "p.json"], "", {
      "p.json": JSON.stringify({ trustedDomains: ["co.uk", "com.au"], actions: { "suffix-slip": "maybe" } }),
    });
    expect(three.code).toBe(2);
    expect(three.stderr).toContain('p.json: trusted domain 1 ("co.uk"): ');
    expect(three.stderr).toContain('p.json: trusted domain 2 ("com.au"): ');
    expect(three.stderr).toContain('p.json: the action for "suffix-slip": expected one of');
    expect(three.stderr).toContain("3 problems found; the policy was not accepted.");
    for (const output of [one.stderr, three.stderr]) {
      expect(output).not.toMatch(/\w\[\d+\]|problem\(s\)|\[invalid-value\]/);
    }
  });

  test("policy check says what trusting a restricted namespace trusts, and accepts organisations' own PSL domains", async () => {
    const files = {
      "p.json": JSON.stringify({
        internalDomains: ["police.uk"],
        trustedDomains: ["gov.uk", "mil.no", "gov.in", "nic.in"],
      }),
    };
    const { code, stdout } = await run(["policy", "check", "p.json"], "", files);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'p.json: trusted domain 1 ("gov.uk") trusts every address under gov.uk, which only UK public-sector bodies can register.',
    );
    expect(stdout).toContain(
      'p.json: internal domain 1 ("police.uk") counts every address under police.uk as internal, a namespace where only UK police forces can register.',
    );
    expect(stdout).not.toContain("mil.no");
    expect(stdout).toContain("1 internal, 4 trusted and 0 blocked domains");
  });

  test("policy check reports settings that contradict each other and exits 1", async () => {
    const files = {
      "p.json": JSON.stringify({
        internalDomains: ["contoso.com"],
        trustedDomains: ["contoso.com", "army.ml", "partner.com"],
        blockedDomains: ["ml", "partner.com"],
      }),
    };
    const { code, stdout } = await run(["policy", "check", "p.json"], "", files);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'p.json: trusted domain 1 ("contoso.com"): is also internal domain 1 ("contoso.com"); internal domains are trusted already',
    );
    expect(stdout).toContain(
      'p.json: trusted domain 2 ("army.ml"): is under blocked domain 1 ("ml"), so mail to it is stopped',
    );
    expect(stdout).toContain(
      'p.json: trusted domain 3 ("partner.com"): is also blocked domain 2 ("partner.com")',
    );
    expect(stdout).toContain("3 warnings found: the policy applies as written, but check them.");
  });

  test("policy check warns that warnAbove never fires without internal domains", async () => {
    const files = { "p.json": JSON.stringify({ externalRecipients: { warnAbove: 5 } }) };
    const { code, stdout } = await run(["policy", "check", "p.json"], "", files);
    expect(code).toBe(1);
    expect(stdout).toContain('p.json: "warnAbove" in "externalRecipients": never applies');
  });

  test("--help documents the exit status of policy check", async () => {
    const { stdout } = await run(["--help"]);
    expect(stdout).toContain("0 accepted, 1 accepted with warnings");
    expect(stdout).toContain("2 not accepted");
  });

  test("policy check rejects invalid JSON with the parser's position", async () => {
    const { code, stderr } = await run(["policy", "check", "p.json"], "", {
      "p.json": '{"trustedDomains": [',
    });
    expect(code).toBe(2);
    expect(stderr).toContain("is not valid JSON");
  });

  test("policy schema prints a JSON Schema with every setting", async () => {
    const { stdout } = await run(["policy", "schema"]);
    const schema = JSON.parse(stdout);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["internalDomains", "trustedDomains", "blockedDomains", "actions"]),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("recipient-guard demo", () => {
  test("shows the Mali slip and a Cyrillic look-alike with no configuration, and exits 0", async () => {
    const { code, stdout } = await run(["demo"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Mali");
    expect(stdout).toContain("Cyrillic");
  });
});

describe("usage", () => {
  test.each([[["frobnicate"]], [["check", "--nope"]], [[]], [["policy", "check"]], [["check", "--policy"]]])(
    "%j is a usage error (exit 2)",
    async (argv) => {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stderr.length).toBeGreaterThan(0);
    },
  );

  test("--help and --version exit 0", async () => {
    expect((await run(["--help"])).stdout).toContain("recipient-guard check");
    expect(await run(["--version"])).toMatchObject({ code: 0, stdout: "9.9.9\n" });
  });
});

const BUILT_CLI = join(__dirname, "..", "dist", "cli", "recipient-guard.js");

describe("the built command", () => {
  test("is built by npm test before the tests run", () => {
    expect(existsSync(BUILT_CLI)).toBe(true);
  });

  test("streams 50,000 lines from stdin in order", () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? `u${i}@army.ml` : `u${i}@example.org`));
    const result = spawnSync(process.execPath, [BUILT_CLI, "check", "--json"], {
      input: lines.join("\n"),
      maxBuffer: 1 << 28,
    });
    expect(result.status).toBe(1);
    const out = result.stdout.toString("utf8").trim().split("\n");
    expect(out.length).toBe(lines.length);
    expect(JSON.parse(out[49_999]!).address).toBe("u49999@army.ml");
    expect(JSON.parse(out[49_998]!).verdict).toBe("allow");
  });

  test("reads a policy file from disk", () => {
    const dir = mkdtempSync(join(tmpdir(), "rg-"));
    writeFileSync(join(dir, "policy.json"), JSON.stringify({ blockedDomains: ["ml"] }));
    const result = spawnSync(process.execPath, [
      BUILT_CLI,
      "check",
      "--policy",
      join(dir, "policy.json"),
      "ops@army.ml",
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout.toString()).toContain("block");
  });

  /** Runs `script` in bash with the built command as $CLI and the input file as $INPUT. */
  function shell(script: string, input: string) {
    const dir = mkdtempSync(join(tmpdir(), "rg-pipe-"));
    writeFileSync(join(dir, "input.txt"), input);
    writeFileSync(
      join(dir, "slow-reader.js"),
      // Reads its standard input slowly, as a consumer that does more work per line would.
      "process.stdin.on('data', () => { process.stdin.pause(); setTimeout(() => process.stdin.resume(), 2); });",
    );
    return spawnSync("bash", ["-c", script], {
      env: {
        ...process.env,
        CLI: BUILT_CLI,
        NODE: process.execPath,
        INPUT: join(dir, "input.txt"),
        DIR: dir,
      },
      encoding: "utf8",
    });
  }

  test("the exit status survives a reader that closes early: check < file | head -1 still says 1", () => {
    const lines = [
      "a@example.org",
      ...Array.from({ length: 20_000 }, (_, i) => `u${i}@example.org`),
      "ops@army.ml",
    ];
    const flagged = shell(
      '"$NODE" "$CLI" check < "$INPUT" | head -1; echo "status ${PIPESTATUS[0]}"',
      lines.join("\n"),
    );
    expect(flagged.stdout).toMatch(/^✔ allow {2}a@example\.org\nstatus 1\n$/);
    expect(flagged.stderr).toBe("");
    const clean = shell(
      '"$NODE" "$CLI" check < "$INPUT" | head -1; echo "status ${PIPESTATUS[0]}"',
      lines.slice(0, -1).join("\n"),
    );
    expect(clean.stdout).toMatch(/\nstatus 0\n$/);
    expect(clean.stderr).toBe("");
  });

  test("a slow reader of 16,000 results gets them all, with no warning about piled-up listeners", () => {
    const lines = Array.from({ length: 16_000 }, (_, i) => (i % 7 ? `u${i}@example.org` : `u${i}@army.ml`));
    const result = shell(
      '"$NODE" "$CLI" check --json < "$INPUT" | tee "$DIR/out.txt" | "$NODE" "$DIR/slow-reader.js"; echo "status ${PIPESTATUS[0]}"; wc -l < "$DIR/out.txt"',
      lines.join("\n"),
    );
    expect(result.stderr).not.toMatch(/MaxListenersExceededWarning/);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^status 1\n\s*16000\n$/);
  });
});
