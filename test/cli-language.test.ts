import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { LANGUAGES } from "../src/checker/messages";
import { runCli, type CliIO } from "../src/cli/main";
import { CLI_CATALOGUES, displayWidth, type CliKey } from "../src/cli/messages";
import { CLI_EN } from "../src/cli/messages/en";
import { CLI_FR } from "../src/cli/messages/fr";
import { describeCatalogues, FRENCH_SPACING_MISSING } from "./catalogue-keys";
import { runCliWith } from "./cli-run";

async function run(argv: string[], language?: CliIO["language"]): Promise<string> {
  const stdout = new PassThrough();
  const out: Buffer[] = [];
  stdout.on("data", (b: Buffer) => out.push(b));
  const io: CliIO = {
    stdin: Readable.from([""]),
    stdout,
    stderr: new PassThrough(),
    colour: false,
    version: "9.9.9",
    readFile: () => Promise.reject(new Error("no files here")),
  };
  if (language) io.language = language;
  await runCli(argv, io);
  return Buffer.concat(out).toString("utf8");
}

describe("the command line's language and evidence", () => {
  test("findings are in the language it is given (bin.ts takes it from LC_ALL, LC_MESSAGES or LANG)", async () => {
    expect(await run(["check", "ops@army.ml"])).toContain("Mali's domain");
    expect(await run(["check", "ops@army.ml"], "de")).toContain("Länderendung von Mali");
    expect(await run(["check", "ops@army.ml"], "ja")).toContain("マリの国別ドメイン");
  });

  test("--json --evidence adds what was found, the same in every language; codes and suggestions do not change", async () => {
    const lines = async (language?: CliIO["language"]) =>
      (await run(["check", "--json", "--evidence", "ops@army.ml", "a@gmial.com"], language))
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
    const english = await lines();
    const french = await lines("fr");
    expect(english[0].findings[0]).toMatchObject({
      code: "suffix-slip",
      suggestion: "ops@army.mil",
      evidence: {
        says: "suffix-slip",
        suffix: "ml",
        intended: "mil",
        slip: { kind: "omission", expected: "i", found: "", intended: "mil" },
        suggested: "army.mil",
        typedIs: { is: "under", suffix: "ml" },
        suggestedIs: { is: "under", suffix: "mil" },
      },
    });
    expect(english[1].findings[0].evidence).toMatchObject({
      says: "slip",
      typed: "gmial.com",
      intended: "gmail.com",
      owner: { source: "built-in" },
      slip: { kind: "transposition" },
    });
    const neutral = (all: { findings: { message: string }[] }[]) =>
      all.map((l) => l.findings.map(({ message: _message, ...rest }) => rest));
    expect(neutral(french)).toEqual(neutral(english));
    expect(french[0].findings[0].message).toContain("(Mali)");
    // Without --evidence the JSON keeps the fields it always had.
    const plain = JSON.parse((await run(["check", "--json", "ops@army.ml"])).trim());
    expect(Object.keys(plain.findings[0])).toEqual(["code", "severity", "message", "suggestion"]);
  });
});

describe("the command line's own words (src/cli/messages/)", () => {
  const KEYS = Object.keys(CLI_EN) as CliKey[];

  describeCatalogues(CLI_EN, CLI_CATALOGUES);

  test("French puts a no-break space before : ; ? and !", () => {
    for (const key of KEYS) {
      // The usage's command lines are commands, not French: only its prose is held to it.
      const text = key === "usage" ? CLI_FR.usage.replace(/^ {2}recipient-guard.*$/gm, "") : CLI_FR[key];
      expect({ key, bad: FRENCH_SPACING_MISSING.test(text) }).toEqual({
        key,
        bad: false,
      });
    }
  });

  test("the usage keeps every command line and option as it is in every language", () => {
    const commandLines = (usage: string) => usage.split("\n").filter((l) => /^ {2}recipient-guard /.test(l));
    for (const language of LANGUAGES)
      expect(commandLines(CLI_CATALOGUES[language].usage).map((l) => l.split(/ {2,}/)[1])).toEqual(
        commandLines(CLI_EN.usage).map((l) => l.split(/ {2,}/)[1]),
      );
  });
});

describe("the command line follows LC_ALL, LC_MESSAGES or LANG", () => {
  const dir = mkdtempSync(join(tmpdir(), "rg-cli-language-"));
  const trace = join(dir, "trace.csv");
  writeFileSync(
    trace,
    [
      '"Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","Size"',
      '"c","<1@x>","3/14/2025 9:26:53 AM","ann@contoso.com","ops@army.ml","L","Delivered","1024"',
      '"c","<2@x>","4/2/2025 1:00:00 PM","bob@contoso.com","OPS@Army.ML","L","Delivered","1024"',
      '"c","<3@x>","not a date","bob@contoso.com","jane@gmial.com","Hi","Delivered","1024"',
      '"c","<4@x>","4/4/2025 1:00:00 PM","carol@contoso.com","","Hi","Delivered","1024"',
    ].join("\r\n"),
  );
  const audit = (argv: string[], language?: CliIO["language"]) =>
    runCliWith(["audit", ...argv], {
      readFile: async (path) => readFileSync(path, "utf8"),
      ...(language ? { language } : {}),
    });

  test("LANG=de: the audit's summary, table, reasons and unreadable rows in German", async () => {
    const { code, stdout, stderr } = await audit([trace], "de");
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^3 Nachrichten gingen an 2 Nachahmungs- oder Tippfehler-Domains \(von 2 Empfängerdomains in 3 Zeilen\)\.\n/,
    );
    expect(stdout).toMatch(/\nDomain {5}Nachrichten {2}erste – letzte {11}Absender {30}wohl gemeint\n/);
    expect(stdout).toContain("Warum jede Domain gemeldet wurde:");
    expect(stdout).toContain("army.ml: „.ml“ (Länderendung von Mali) ist nicht „.mil“");
    expect(stderr).toContain("trace.csv Zeile 4: die Zeit „not a date“ konnte nicht gelesen werden");
    expect(stderr).toContain("trace.csv Zeile 5: kein Empfänger");
    expect(`${stdout}${stderr}`).not.toMatch(/went to|Why each|could not be read|no recipient|messages/);
  });

  test("--json and --csv keep their fields, codes, counts and dates in every language", async () => {
    const english = JSON.parse((await audit(["--json", trace])).stdout);
    const japanese = JSON.parse((await audit(["--json", trace], "ja")).stdout);
    const neutral = (r: { domains: { message: string }[]; problems: string[] }) => ({
      ...r,
      domains: r.domains.map(({ message: _message, ...rest }) => rest),
      problems: r.problems.length,
    });
    expect(Object.keys(japanese)).toEqual(Object.keys(english));
    expect(neutral(japanese)).toEqual(neutral(english));
    // The words are the language's, as check's are.
    expect(english.problems).toEqual([
      `${trace} line 4: the time "not a date" could not be read`,
      `${trace} line 5: no recipient`,
    ]);
    expect(japanese.problems[1]).toBe(`${trace} の 5 行目: 受信者がありません`);
    expect(japanese.domains[0].message).toContain("マリの国別ドメイン");
    const csvHead = async (language?: CliIO["language"]) =>
      (await audit(["--csv", trace], language)).stdout.split("\r\n")[0];
    expect(await csvHead("fr")).toBe(await csvHead());
  });

  test("LANG=fr: the HTML report in French, with its language declared", async () => {
    const { stdout, written } = await audit([trace, "--html", "report.html"], "fr");
    expect(stdout).toContain("Rapport écrit dans report.html.");
    const html = written["report.html"]!;
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<title>Audit Recipient Guard</title>");
    expect(html).toContain("<h1>Messages envoyés à des domaines d&#39;imitation ou mal tapés</h1>");
    expect(html).toContain("<th>Domaine voulu</th>");
    expect(html).toContain("<h2>Lignes qui n&#39;ont pas pu être lues</h2>");
    expect(html).not.toMatch(/Per month|Probably meant|Rows that could not be read/);
  });

  test("LANG=ja: the table lines up in a terminal, wide characters counted twice", async () => {
    const lines = (await audit([trace], "ja")).stdout.split("\n");
    const head = lines.find((l) => l.startsWith("ドメイン"))!;
    const rule = lines[lines.indexOf(head) + 1]!;
    const army = lines.find((l) => l.startsWith("army.ml"))!;
    // Each column starts where its dashes do.
    const starts = [...rule.matchAll(/-+/g)].map((m) => m.index);
    expect(starts).toHaveLength(5);
    const column = (line: string, n: number): number => {
      let width = 0;
      let cells = 0;
      for (let i = 0; i < line.length; i++) {
        if (line[i] !== " " && (i === 0 || line.slice(i - 2, i) === "  ")) {
          if (cells === n) return width;
          cells++;
        }
        width += displayWidth(line[i]!);
      }
      return -1;
    };
    for (let n = 0; n < 5; n++) {
      expect(column(head, n)).toBe(starts[n]);
      expect(column(army, n)).toBe(starts[n]);
    }
  });

  test("other commands: policy check, check's verdicts, usage and errors", async () => {
    const run = (argv: string[], language: CliIO["language"], policy = "{}") =>
      runCliWith(argv, { readFile: async () => policy, language });
    const accepted = await run(["policy", "check", "p.json"], "de", '{"internalDomains":["contoso.com"]}');
    expect(accepted.stdout).toBe(
      "p.json wurde angenommen: 1 interne, 0 vertrauenswürdige und 0 gesperrte Domains.\n",
    );
    const refused = await run(["policy", "check", "p.json"], "fr", '{"trustedDomains":["com"]}');
    expect(refused.stderr).toMatch(/\n1 problème trouvé\u00a0; la stratégie n'a pas été acceptée\.\n$/);
    const checked = await run(["check", "ops@army.ml", "a@example.org"], "ja");
    expect(checked.stdout).toMatch(/^⚠ 警告 {6}ops@army\.ml\n/m);
    expect(checked.stdout).toMatch(/^✔ 許可 {6}a@example\.org$/m);
    const help = await run(["--help"], "de");
    expect(help.stdout).toMatch(/^Aufruf:\n {2}recipient-guard check \[--policy FILE\]/);
    const bad = await run(["--bogus"], "fr");
    expect(bad.stderr).toMatch(/^recipient-guard\u00a0: option inconnue --bogus\n\nUtilisation\u00a0:/);
    const exchange = await run(["exchange", "--unchecked", "later"], "de");
    expect(exchange.stderr).toBe("recipient-guard exchange: --unchecked muss reject oder hold sein\n");
  });

  test("policy check: the validator's problems, warnings and notes in the language", async () => {
    const run = (language: CliIO["language"], policy: unknown) =>
      runCliWith(["policy", "check", "p.json"], { readFile: async () => JSON.stringify(policy), language });
    const bad = {
      trustedDomains: ["ok.com", "com", 7],
      bogus: true,
      actions: { "suffix-slip": "maybe" },
      externalRecipients: { warnAbove: 0 },
    };
    const known =
      "$schema, $comment, version, internalDomains, trustedDomains, blockedDomains, builtInProtection, actions, externalRecipients, allowUserTrustedDomains, keywords";
    const german = await run("de", bad);
    expect(german.code).toBe(2);
    expect(german.stderr).toBe(
      [
        `p.json: die Einstellung „bogus“: ist keine bekannte Einstellung; die bekannten Einstellungen sind ${known}`,
        "p.json: vertrauenswürdige Domain 2 („com“): „com“ (kommerzielle Endung) ist eine Endung, unter der jeder einen Namen registrieren kann; ihr zu vertrauen hieße, jedem Fremden mit einer Adresse dort zu vertrauen. Führen Sie stattdessen die eigenen Domains der Organisationen auf, zum Beispiel „example.com“.",
        "p.json: vertrauenswürdige Domain 3: Text erwartet, aber eine Zahl gefunden",
        "p.json: die Aktion für „suffix-slip“: muss einer dieser Werte sein: „block“, „warn“, „allow“",
        "p.json: „warnAbove“ in „externalRecipients“: muss mindestens 1 sein",
        "5 Probleme gefunden; die Richtlinie wurde nicht angenommen.",
        "",
      ].join("\n"),
    );
    const french = await run("fr", bad);
    expect(french.stderr).toContain(
      "p.json: domaine approuvé 3\u00a0: attendu\u00a0: du texte\u00a0; reçu\u00a0: un nombre\n",
    );
    expect(french.stderr).toContain(
      "p.json: l'action pour «\u00a0suffix-slip\u00a0»\u00a0: doit être l'une de ces valeurs\u00a0: «\u00a0block\u00a0», «\u00a0warn\u00a0», «\u00a0allow\u00a0»\n",
    );
    const japanese = await run("ja", bad);
    expect(japanese.stderr).toContain("p.json: 設定「bogus」: 既知の設定ではありません。");
    expect(japanese.stderr).toContain(
      "p.json: 「externalRecipients」の「warnAbove」: 1 以上にしてください\n",
    );

    const warned = await run("de", {
      internalDomains: ["police.uk"],
      trustedDomains: ["gov.uk", "a.com", "A.com.", "army.ml"],
      blockedDomains: ["ml"],
      keywords: [{ words: ["x", "x"] }],
    });
    expect(warned.code).toBe(1);
    expect(warned.stdout).toBe(
      [
        "p.json: interne Domain 1 („police.uk“) zählt jede Adresse unter police.uk als intern; in diesem Namensraum können nur britische Polizeibehörden Namen registrieren.",
        "p.json: vertrauenswürdige Domain 1 („gov.uk“) vertraut jeder Adresse unter gov.uk; dort können nur Stellen des britischen öffentlichen Sektors Namen registrieren.",
        "p.json: vertrauenswürdige Domain 3 („A.com.“): wiederholt „a.com“",
        "p.json: Eintrag 2 von „words“ in Eintrag 1 von „keywords“: wiederholt „x“",
        "p.json: vertrauenswürdige Domain 4 („army.ml“): fällt unter gesperrte Domain 1 („ml“), daher werden E-Mails an diese Domain gestoppt: Eine Sperre hat Vorrang vor allem anderen. Entfernen Sie die Domain aus einer der beiden Listen.",
        "p.json wurde angenommen: 1 interne, 3 vertrauenswürdige und 1 gesperrte Domains.",
        "3 Warnungen gefunden: Die Richtlinie gilt wie geschrieben, aber prüfen Sie sie.",
        "",
      ].join("\n"),
    );
    const notJson = await runCliWith(["policy", "check", "p.json"], {
      readFile: async () => "<html>",
      language: "ja",
    });
    expect(notJson.stderr).toMatch(/^p\.json: ファイル全体: 有効な JSON ではありません: /);
  });

  test("check --policy and exchange --policy name a refused policy's problems in the language", async () => {
    const readFile = async () => JSON.stringify({ trustedDomains: ["com"] });
    const check = await runCliWith(["check", "--policy", "p.json", "a@b.com"], { readFile, language: "fr" });
    expect(check.stderr).toMatch(
      /^p\.json: domaine approuvé 1 \(«\u00a0com\u00a0»\)\u00a0: «\u00a0com\u00a0» \(/,
    );
    const exchange = await runCliWith(["exchange", "--policy", "p.json"], { readFile, language: "ja" });
    expect(exchange.stderr).toMatch(
      /^p\.json: 信頼するドメイン 1（「com」）: 「com」（商用のドメイン）は誰でも/,
    );
  });

  test("exchange: what it says about the rules follows the language, and so does the script", async () => {
    const policy = JSON.stringify({ builtInProtection: false, blockedDomains: ["badcorp.example"] });
    const german = await runCliWith(["exchange", "--policy", "p.json"], {
      readFile: async () => policy,
      language: "de",
    });
    expect(german.code).toBe(0);
    expect(german.stderr).toMatch(/^1 Nachrichtenflussregel: 0 Tippfehler-Endungen \(\), /);
    expect(german.stderr).toContain(
      "Die Richtlinie meldet die Tippfehler-Endungen der Grundeinstellung nicht (builtInProtection aus oder suffix-slip erlaubt), daher wird für sie keine Regel geschrieben.",
    );
    const english = await runCliWith(["exchange", "--policy", "p.json"], { readFile: async () => policy });
    expect(english.stdout).toMatch(/^#Requires/);
    expect(english.stdout).toContain("Write-Host 'Dry run: nothing was changed.'");
    // The script's messages and the notice senders get are German, in a UTF-8 file with a BOM;
    // its help at the top stays English.
    expect(german.stdout).toMatch(/^\ufeff#Requires/);
    expect(german.stdout).toContain("    DryRun        = 'Probelauf: Es wurde nichts geändert.'\n");
    expect(german.stdout).toContain(
      "Ihre Organisation erlaubt keine E-Mails an die Domain dieses Empfängers",
    );
    expect(german.stdout).toContain("Write-Host $Messages.DryRun");
    expect(german.stdout).toContain("so no rule is written for them");
    const japanese = await runCliWith(["exchange", "--unchecked", "hold"], {
      readFile: async () => "",
      language: "ja",
    });
    expect(japanese.stderr).toBe(
      "recipient-guard exchange: --unchecked hold には --moderator ADDRESS (1 ～ 10 人のモデレーターのメールボックス) が必要です\n",
    );
  });
});
