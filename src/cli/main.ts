import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import {
  createChecker,
  parsePolicyText,
  policyJsonSchema,
  resolvePolicy,
  type AddressResult,
  type Checker,
  type PolicyError,
  type PolicyNote,
} from "../checker";
import { CATALOGUES, type Language } from "../checker/messages";
import { audit, type AuditResult } from "./audit";
import { AUDIT_FORMATS, AuditInputError, readSentRows, type AuditFormat } from "./audit-formats";
import { formatAuditCsv, formatAuditHtml, formatAuditJson, formatAuditTable } from "./audit-report";
import {
  ExchangeError,
  exchangeScript,
  planExchangeRules,
  type ExchangeOptions,
  type LookalikeScope,
  type UncheckedAction,
} from "./exchange";
import { addressesFrom, type InputAddress } from "./input";
import { COLOURS, NO_COLOURS, plural, safeForTerminal, type Palette } from "./terminal";

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Colour the human output (a terminal, and NO_COLOR not set). */
  colour: boolean;
  readFile(path: string): Promise<string>;
  /** Writes a file (audit's --html report). */
  writeFile?(path: string, text: string): Promise<void>;
  version: string;
  /** The language of `check`'s findings (bin.ts: from LC_ALL, LC_MESSAGES or LANG); English when absent. */
  language?: Language;
}

export const EXIT_ALLOWED = 0;
export const EXIT_FLAGGED = 1;
export const EXIT_USAGE = 2;
/** `policy check`: the policy applies, but something in it deserves a look. */
export const EXIT_POLICY_WARNINGS = 1;

const USAGE = `Usage:
  recipient-guard check [--policy FILE] [--json [--evidence]] [ADDRESS...]
      Check addresses, or with none given, standard input: lines of addresses (several to a
      line with ; or ,; blank lines and # comments skipped), or a CSV file with an e-mail
      column, such as Outlook's contacts export.
      Findings are in the language of LC_ALL, LC_MESSAGES or LANG (English, German, French or
      Japanese); --json adds each finding's evidence (what was found, as data) with --evidence.
      Exit status: 0 all allowed, 1 something to warn about or block, 2 usage or policy error.
  recipient-guard audit [--policy FILE] [--format FORMAT] [--json | --csv] [--html REPORT] FILE...
      Find mail already sent to lookalike and slip domains in exported logs: message trace CSV
      (Get-MessageTrace / Get-MessageTraceV2 | Export-Csv, or the admin center's download),
      historical search CSV, Exchange Server message tracking logs, or a table of recipient
      domains with counts (FORMAT: trace, historical, tracking-log, domains; default: detected).
      Exit status: 0 none found, 1 some found, 2 usage or unreadable input.
  recipient-guard exchange [--policy FILE] [--out FILE] [--unchecked reject | --unchecked hold
                           --moderator ADDRESS...] [--copy-sent-anyway ADDRESS]
                           [--lookalikes internal|trusted|none] [--max-rules N]
      Write an Exchange Online PowerShell script that creates or updates mail flow rules from the
      policy: reject mail to blocked domains; mail without the add-in's X-Recipient-Guard header
      (phones, old Outlook, scripts) to a slip ending such as .ml, or to a one-slip lookalike of
      the internal (or also trusted) domains, is bounced with a notice (default) or held for the
      moderators; optionally a blind copy of mail sent with Send Anyway. The script updates its
      own rules when run again, and has -DryRun. See docs/exchange.md.
      Exit status: 0 written, 2 usage or policy error, or rules that do not fit Exchange's limits.
  recipient-guard policy check FILE     Validate a policy file and list every problem.
      Exit status: 0 accepted, 1 accepted with warnings (such as settings that contradict
      each other), 2 not accepted (or no such file).
  recipient-guard policy schema         Print the policy's JSON Schema.
  recipient-guard demo                  Check a few sample addresses with the built-in defaults (exit 0).
  recipient-guard --help | --version
`;

/** The longest stretch of an input line echoed back; longer lines are cut and marked. */
const ECHO_LIMIT = 2048;

const DEMO_ADDRESSES = [
  "colonel.smith@army.ml",
  "jane@gmial.com",
  "accounts@gmailc.om",
  "Bob Jones <bob@outlook.com>",
  "billing@аpple.com",
  "team@example.org",
];

function echo(text: string): string {
  return text.length > ECHO_LIMIT
    ? `${text.slice(0, ECHO_LIMIT)}…[${text.length - ECHO_LIMIT} more characters]`
    : text;
}

/**
 * Collects output and writes it in large chunks, waiting when the reader is slower than we are.
 * A reader that goes away (`| head -1`) closes the output: nothing more is written, and `closed`
 * says so, so that the caller can still work out its exit status.
 */
class BufferedWriter {
  private chunks: string[] = [];
  private size = 0;
  closed = false;
  constructor(private readonly out: Writable) {
    const close = (): void => {
      this.closed = true;
    };
    out.once("close", close);
    out.on("error", close);
  }
  async write(text: string): Promise<void> {
    if (this.closed) return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.chunks.length === 0 || this.closed) return;
    const data = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    if (this.out.write(data)) return;
    // One set of listeners per wait, all removed when one fires: waits that left the other two
    // behind piled up ("11 error listeners added to [Socket]") on a slow reader.
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.out.off("drain", done);
        this.out.off("error", done);
        this.out.off("close", done);
        resolve();
      };
      this.out.on("drain", done);
      this.out.on("error", done);
      this.out.on("close", done);
    });
  }
}

export function formatJson(result: AddressResult, evidence = false): string {
  return JSON.stringify({
    address: echo(result.address),
    // The name shown with the address (`Ann <ann@x.com>`, or a CSV's display-name column), when there is one.
    ...(result.displayName ? { displayName: echo(result.displayName) } : {}),
    verdict: result.verdict,
    findings: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      suggestion: f.suggestion ?? null,
      // The same in every language: the kind of sentence (says) and what it was made from.
      ...(evidence && f.evidence ? { evidence: f.evidence } : {}),
    })),
  });
}

export function formatHuman(result: AddressResult, c: Palette): string {
  const badge =
    result.verdict === "block"
      ? c.red("✖ block")
      : result.verdict === "warn"
        ? c.yellow("⚠ warn ")
        : c.green("✔ allow");
  const lines = [`${badge}  ${safeForTerminal(echo(result.address))}`];
  for (const f of result.findings) {
    lines.push(`    ${c.dim(f.code)}  ${safeForTerminal(f.message)}`);
    if (f.suggestion) lines.push(`    ${c.bold("→")} ${safeForTerminal(f.suggestion)}`);
  }
  return lines.join("\n");
}

function formatPolicyErrors(file: string, errors: PolicyError[]): string {
  return errors
    .map((e) => `${safeForTerminal(file)}: ${safeForTerminal(e.path)}: ${safeForTerminal(e.message)}`)
    .join("\n");
}

/** A note reads as one sentence: `p.json: trusted domain 1 ("gov.uk") trusts every address under gov.uk, ...` */
function formatPolicyNotes(file: string, notes: PolicyNote[]): string {
  return notes
    .map((n) => `${safeForTerminal(file)}: ${safeForTerminal(n.path)} ${safeForTerminal(n.message)}`)
    .join("\n");
}

interface ParsedArgs {
  command: string[];
  policy?: string;
  format?: string;
  html?: string;
  csv: boolean;
  json: boolean;
  evidence: boolean;
  help: boolean;
  version: boolean;
  rest: string[];
  /** The exchange command's options, by name without dashes; several values where repeated. */
  exchange: Record<string, string[]>;
  error?: string;
}

/** Options that take a value and belong to `exchange` only. */
const EXCHANGE_OPTIONS = ["out", "unchecked", "moderator", "copy-sent-anyway", "lookalikes", "max-rules"];

function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = {
    command: [],
    json: false,
    evidence: false,
    csv: false,
    help: false,
    version: false,
    rest: [],
    exchange: {},
  };
  let commandDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      out.rest.push(...argv.slice(i + 1));
      break;
    } else if (arg === "--json") out.json = true;
    else if (arg === "--evidence") out.evidence = true;
    else if (arg === "--csv") out.csv = true;
    else if (
      arg === "--format" ||
      arg === "--html" ||
      arg.startsWith("--format=") ||
      arg.startsWith("--html=")
    ) {
      const name = arg.startsWith("--format") ? "format" : "html";
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value) out.error = `--${name} needs a value`;
      else out[name] = value;
    } else if (arg === "--help" || arg === "-h") out.help = true;
    else if (arg === "--version" || arg === "-v") out.version = true;
    else if (arg === "--policy" || arg.startsWith("--policy=")) {
      const value = arg === "--policy" ? argv[++i] : arg.slice("--policy=".length);
      if (!value) out.error = "--policy needs a file name";
      else out.policy = value;
    } else if (EXCHANGE_OPTIONS.some((o) => arg === `--${o}` || arg.startsWith(`--${o}=`))) {
      const name = arg.slice(2).split("=")[0]!;
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value) out.error = `--${name} needs a value`;
      else (out.exchange[name] ??= []).push(value);
    } else if (arg.startsWith("--")) out.error = `unknown option ${arg}`;
    else if (
      !commandDone &&
      (out.command.length === 0 || out.command[0] === "policy") &&
      out.command.length < 2
    ) {
      out.command.push(arg);
      if (arg !== "policy") commandDone = true;
    } else out.rest.push(arg);
  }
  return out;
}

async function loadChecker(
  io: CliIO,
  policyFile: string | undefined,
  language?: Language,
): Promise<Checker | string> {
  const messages = CATALOGUES[language ?? "en"];
  if (!policyFile) return createChecker(resolvePolicy(), messages);
  let text: string;
  try {
    text = await io.readFile(policyFile);
  } catch (error) {
    return `${safeForTerminal(policyFile)}: cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  const parsed = parsePolicyText(text);
  if (!parsed.success) return formatPolicyErrors(policyFile, parsed.errors);
  return createChecker(resolvePolicy(parsed.data), messages);
}

/** A file saved as UTF-8 "with BOM" starts with U+FEFF: that belongs to the file, not the first address. */
async function* withoutByteOrderMark(lines: AsyncIterable<string>): AsyncIterable<string> {
  let first = true;
  for await (const line of lines) {
    yield first && line.startsWith("\ufeff") ? line.slice(1) : line;
    first = false;
  }
}

/**
 * Checks `addresses`, or standard input line by line when none are given. The line reader is opened
 * only once the policy has loaded: a reader opened earlier starts consuming input at once, and
 * lines it read before the loop began would be lost.
 */
async function check(io: CliIO, args: ParsedArgs, addresses?: Iterable<string>): Promise<number> {
  const checker = await loadChecker(io, args.policy, io.language);
  if (typeof checker === "string") {
    io.stderr.write(`${checker}\n`);
    return EXIT_USAGE;
  }
  const inputs: AsyncIterable<InputAddress> | Iterable<InputAddress> = addresses
    ? [...addresses].map((address) => ({ address, displayName: "" }))
    : addressesFrom(
        withoutByteOrderMark(createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false })),
      );
  const palette = io.colour && !args.json ? COLOURS : NO_COLOURS;
  const writer = new BufferedWriter(io.stdout);
  let flagged = false;
  for await (const { address, displayName } of inputs) {
    const result = checker.checkAddress(address, displayName || undefined);
    if (result.verdict !== "allow") flagged = true;
    // Nobody reads any more: the rest only decides the exit status, which one flag settles.
    if (writer.closed && flagged) break;
    await writer.write(`${args.json ? formatJson(result, args.evidence) : formatHuman(result, palette)}\n`);
  }
  await writer.flush();
  return flagged ? EXIT_FLAGGED : EXIT_ALLOWED;
}

async function policyCheck(io: CliIO, file: string | undefined): Promise<number> {
  if (!file) {
    io.stderr.write(`policy check needs a file name\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr.write(
      `${safeForTerminal(file)}: cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`,
    );
    return EXIT_USAGE;
  }
  const parsed = parsePolicyText(text);
  if (!parsed.success) {
    io.stderr.write(
      `${formatPolicyErrors(file, parsed.errors)}\n${plural(parsed.errors.length, "problem")} found; the policy was not accepted.\n`,
    );
    return EXIT_USAGE;
  }
  if (parsed.notes.length) io.stdout.write(`${formatPolicyNotes(file, parsed.notes)}\n`);
  if (parsed.warnings.length) io.stdout.write(`${formatPolicyErrors(file, parsed.warnings)}\n`);
  const p = parsed.data;
  io.stdout.write(
    `${safeForTerminal(file)} was accepted: ${p.internalDomains?.length ?? 0} internal, ${p.trustedDomains?.length ?? 0} trusted and ${p.blockedDomains?.length ?? 0} blocked domains.\n`,
  );
  if (parsed.warnings.length === 0) return EXIT_ALLOWED;
  io.stdout.write(
    `${plural(parsed.warnings.length, "warning")} found: the policy applies as written, but check ${parsed.warnings.length === 1 ? "it" : "them"}.\n`,
  );
  return EXIT_POLICY_WARNINGS;
}

async function auditCommand(io: CliIO, args: ParsedArgs): Promise<number> {
  if (args.rest.length === 0) {
    io.stderr.write(`audit needs the exported log files to read\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.format !== undefined && !(AUDIT_FORMATS as readonly string[]).includes(args.format)) {
    io.stderr.write(`recipient-guard: --format must be one of ${AUDIT_FORMATS.join(", ")}\n`);
    return EXIT_USAGE;
  }
  if (args.json && args.csv) {
    io.stderr.write("recipient-guard: choose --json or --csv, not both\n");
    return EXIT_USAGE;
  }
  const checker = await loadChecker(io, args.policy);
  if (typeof checker === "string") {
    io.stderr.write(`${checker}\n`);
    return EXIT_USAGE;
  }
  const files = args.rest;
  const format = args.format as AuditFormat | undefined;
  async function* allRows() {
    for (const file of files) yield* readSentRows(file, file, format);
  }
  let result: AuditResult;
  try {
    result = await audit(allRows(), checker);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(
      error instanceof AuditInputError
        ? `${safeForTerminal(error.message)}\n`
        : `recipient-guard: ${safeForTerminal(code ? `cannot read the file (${code})` : errorText(error))}\n`,
    );
    return EXIT_USAGE;
  }
  for (const problem of result.problems) io.stderr.write(`${safeForTerminal(problem)}\n`);
  if (result.moreProblems) io.stderr.write(`and ${result.moreProblems} more rows that could not be read\n`);
  io.stdout.write(
    args.json ? formatAuditJson(result) : args.csv ? formatAuditCsv(result) : formatAuditTable(result),
  );
  if (args.html) {
    if (!io.writeFile) throw new Error("this command line cannot write files");
    await io.writeFile(args.html, formatAuditHtml(result, files, new Date().toISOString()));
    if (!args.json && !args.csv) io.stdout.write(`Report written to ${safeForTerminal(args.html)}.\n`);
  }
  return result.domains.length > 0 ? EXIT_FLAGGED : EXIT_ALLOWED;
}

async function exchangeCommand(io: CliIO, args: ParsedArgs): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`recipient-guard exchange: ${safeForTerminal(message)}\n`);
    return EXIT_USAGE;
  };
  if (args.rest.length > 0)
    return fail(`unexpected argument "${args.rest[0]}" (the policy is given with --policy FILE)`);
  if (args.json || args.csv || args.format || args.html)
    return fail("--json, --csv, --format and --html belong to check and audit");
  const single = (name: string): string | undefined => {
    const values = args.exchange[name];
    if (values && values.length > 1) throw new ExchangeError(`--${name} was given ${values.length} times`);
    return values?.[0];
  };
  let options: ExchangeOptions;
  let out: string | undefined;
  let policyText: string | undefined;
  try {
    out = single("out");
    const unchecked = single("unchecked") ?? "reject";
    if (unchecked !== "reject" && unchecked !== "hold")
      throw new ExchangeError("--unchecked must be reject or hold");
    const lookalikes = single("lookalikes") ?? "internal";
    if (lookalikes !== "internal" && lookalikes !== "trusted" && lookalikes !== "none")
      throw new ExchangeError("--lookalikes must be internal, trusted or none");
    const maxRulesText = single("max-rules") ?? "300";
    if (!/^\d{1,4}$/.test(maxRulesText))
      throw new ExchangeError("--max-rules must be a whole number from 1 to 300");
    if (args.policy) {
      try {
        policyText = await io.readFile(args.policy);
      } catch (error) {
        return fail(
          `${args.policy}: cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
      }
    }
    options = {
      unchecked: unchecked as UncheckedAction,
      moderators: (args.exchange.moderator ?? [])
        .flatMap((m) => m.split(/[,;]/))
        .map((m) => m.trim())
        .filter(Boolean),
      copySentAnywayTo: single("copy-sent-anyway"),
      lookalikes: lookalikes as LookalikeScope,
      maxRules: Number(maxRulesText),
      version: io.version,
      policySource: args.policy
        ? args.policy.slice(args.policy.replace(/\\/g, "/").lastIndexOf("/") + 1)
        : "the built-in policy",
      policyText,
    };
  } catch (error) {
    if (error instanceof ExchangeError) return fail(error.message);
    throw error;
  }
  let policy = resolvePolicy();
  if (policyText !== undefined) {
    const parsed = parsePolicyText(policyText);
    if (!parsed.success) {
      io.stderr.write(`${formatPolicyErrors(args.policy!, parsed.errors)}\n`);
      return EXIT_USAGE;
    }
    policy = resolvePolicy(parsed.data);
  }
  let script: string;
  let summary: string;
  try {
    const plan = planExchangeRules(createChecker(policy), policy, options);
    script = exchangeScript(plan, options);
    summary =
      `${plural(plan.rules.length, "mail flow rule")}: ` +
      `${plan.endings.length} slip ending${plan.endings.length === 1 ? "" : "s"} (${plan.endings.map((e) => `.${e.typed}`).join(", ")}), ` +
      `${plural(plan.lookalikeCount, "lookalike domain")} of ${plural(plan.protectedCount, "protected domain")}, ` +
      `${plural(policy.blockedDomains.length, "blocked domain")}; ` +
      `${plan.regexCharacters} of Exchange Online's 20,480 characters of regular expressions.`;
    for (const note of plan.notes) summary += `\n${note}`;
  } catch (error) {
    if (error instanceof ExchangeError) return fail(error.message);
    throw error;
  }
  if (!out) {
    io.stdout.write(script);
    io.stderr.write(`${summary}\n`);
    return EXIT_ALLOWED;
  }
  if (!io.writeFile) throw new Error("this command line cannot write files");
  try {
    await io.writeFile(out, script);
  } catch (error) {
    return fail(
      `${out}: cannot write the script (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  io.stdout.write(
    `Wrote ${safeForTerminal(out)}: ${summary}\nReview it, then in PowerShell: Connect-ExchangeOnline; .\\${safeForTerminal(out.slice(out.replace(/\\/g, "/").lastIndexOf("/") + 1))} -DryRun\n`,
  );
  return EXIT_ALLOWED;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs the command line; resolves to the process exit status. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.error) {
    io.stderr.write(`recipient-guard: ${args.error}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.version) {
    io.stdout.write(`${io.version}\n`);
    return EXIT_ALLOWED;
  }
  const [command, sub] = args.command;
  if (args.help || !command) {
    (args.help ? io.stdout : io.stderr).write(USAGE);
    return args.help ? EXIT_ALLOWED : EXIT_USAGE;
  }
  const misplaced = Object.keys(args.exchange)[0];
  if (misplaced && command !== "exchange") {
    io.stderr.write(`recipient-guard: --${misplaced} belongs to the exchange command\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (command === "check") {
    return check(io, args, args.rest.length > 0 ? args.rest : undefined);
  }
  if (command === "demo") {
    // A demonstration succeeds when it shows its findings; only `check` reports them in its status.
    const status = await check(io, args, DEMO_ADDRESSES);
    return status === EXIT_USAGE ? status : EXIT_ALLOWED;
  }
  if (command === "audit") return auditCommand(io, args);
  if (command === "exchange") return exchangeCommand(io, args);
  if (command === "policy" && sub === "check") return policyCheck(io, args.rest[0]);
  if (command === "policy" && sub === "schema") {
    io.stdout.write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    return EXIT_ALLOWED;
  }
  io.stderr.write(
    `recipient-guard: unknown command "${safeForTerminal(args.command.join(" "))}"\n\n${USAGE}`,
  );
  return EXIT_USAGE;
}
