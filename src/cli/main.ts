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
import { describePolicyError, describePolicyNote } from "../checker/policy/messages";
import { audit, type AuditResult } from "./audit";
import {
  AUDIT_FORMATS,
  AuditInputError,
  readSentRows,
  type AuditFormat,
  type AuditInputFault,
} from "./audit-formats";
import {
  auditProblemText,
  formatAuditCsv,
  formatAuditHtml,
  formatAuditJson,
  formatAuditTable,
} from "./audit-report";
import {
  EXCHANGE_LIMITS,
  ExchangeError,
  exchangeScript,
  planExchangeRules,
  type ExchangeOptions,
  type LookalikeScope,
  type UncheckedAction,
} from "./exchange";
import { exchangeFaultText, exchangeNoteText } from "./exchange-words";
import { addressesFrom, type InputAddress } from "./input";
import { cliText, displayWidth, padTo, type CliText } from "./messages";
import { COLOURS, NO_COLOURS, safeForTerminal, type Palette } from "./terminal";

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
  /**
   * The language of the findings and of everything the tool says in its own words (bin.ts: from
   * LC_ALL, LC_MESSAGES or LANG); English when absent. JSON and CSV keep their field names and codes.
   */
  language?: Language;
}

export const EXIT_ALLOWED = 0;
export const EXIT_FLAGGED = 1;
export const EXIT_USAGE = 2;
/** `policy check`: the policy applies, but something in it deserves a look. */
export const EXIT_POLICY_WARNINGS = 1;

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

/** `text`, cut at ECHO_LIMIT characters and marked, in the words of `words` (the terminal's). */
function echo(text: string, words: CliText): string {
  return text.length > ECHO_LIMIT
    ? `${text.slice(0, ECHO_LIMIT)}${words.t("echo.more", { count: text.length - ECHO_LIMIT })}`
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

/**
 * One object per address. An address or name longer than ECHO_LIMIT is cut there, and `truncated`
 * says by how many characters (`{ "address": 5000 }`): no words, so the JSON reads the same in every
 * language.
 */
export function formatJson(result: AddressResult, evidence = false): string {
  const truncated: { address?: number; displayName?: number } = {};
  const cut = (text: string, field: keyof typeof truncated): string => {
    if (text.length <= ECHO_LIMIT) return text;
    truncated[field] = text.length - ECHO_LIMIT;
    return text.slice(0, ECHO_LIMIT);
  };
  return JSON.stringify({
    address: cut(result.address, "address"),
    // The name shown with the address (`Ann <ann@x.com>`, or a CSV's display-name column), when there is one.
    ...(result.displayName ? { displayName: cut(result.displayName, "displayName") } : {}),
    ...(truncated.address || truncated.displayName ? { truncated } : {}),
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

/** The verdict's badge, padded so that the addresses after it line up. */
function badgeOf(verdict: AddressResult["verdict"], c: Palette, text: CliText): string {
  const words = {
    block: text.t("verdict.block"),
    warn: text.t("verdict.warn"),
    allow: text.t("verdict.allow"),
  };
  const width = Math.max(...Object.values(words).map(displayWidth));
  const word = padTo(words[verdict], width);
  return verdict === "block"
    ? c.red(`✖ ${word}`)
    : verdict === "warn"
      ? c.yellow(`⚠ ${word}`)
      : c.green(`✔ ${word}`);
}

export function formatHuman(result: AddressResult, c: Palette, text: CliText = cliText()): string {
  const badge = badgeOf(result.verdict, c, text);
  const lines = [`${badge}  ${safeForTerminal(echo(result.address, text))}`];
  for (const f of result.findings) {
    lines.push(`    ${c.dim(f.code)}  ${safeForTerminal(f.message)}`);
    if (f.suggestion) lines.push(`    ${c.bold("→")} ${safeForTerminal(f.suggestion)}`);
  }
  return lines.join("\n");
}

/** `p.json: trusted domain 3: expected text, got a number`, in the policy catalogue's language. */
function formatPolicyErrors(file: string, errors: PolicyError[], language?: Language): string {
  return errors
    .map((e) => `${safeForTerminal(file)}: ${safeForTerminal(describePolicyError(e, language))}`)
    .join("\n");
}

/** A note reads as one sentence: `p.json: trusted domain 1 ("gov.uk") trusts every address under gov.uk, ...` */
function formatPolicyNotes(file: string, notes: PolicyNote[], language?: Language): string {
  return notes
    .map((n) => `${safeForTerminal(file)}: ${safeForTerminal(describePolicyNote(n, language))}`)
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

function parseArgs(argv: readonly string[], text: CliText): ParsedArgs {
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
      if (!value) out.error = text.t("error.needsValue", { option: `--${name}` });
      else out[name] = value;
    } else if (arg === "--help" || arg === "-h") out.help = true;
    else if (arg === "--version" || arg === "-v") out.version = true;
    else if (arg === "--policy" || arg.startsWith("--policy=")) {
      const value = arg === "--policy" ? argv[++i] : arg.slice("--policy=".length);
      if (!value) out.error = text.t("error.needsPolicyFile");
      else out.policy = value;
    } else if (EXCHANGE_OPTIONS.some((o) => arg === `--${o}` || arg.startsWith(`--${o}=`))) {
      const name = arg.slice(2).split("=")[0]!;
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value) out.error = text.t("error.needsValue", { option: `--${name}` });
      else (out.exchange[name] ??= []).push(value);
    } else if (arg.startsWith("--")) out.error = text.t("error.unknownOption", { option: arg });
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

/** "ENOENT", or the error itself where it has no code. */
const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

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
    return cliText(language).t("error.readPolicy", {
      file: safeForTerminal(policyFile),
      code: errorCode(error),
    });
  }
  const parsed = parsePolicyText(text);
  if (!parsed.success) return formatPolicyErrors(policyFile, parsed.errors, language);
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
  const text = cliText(io.language);
  const writer = new BufferedWriter(io.stdout);
  let flagged = false;
  for await (const { address, displayName } of inputs) {
    const result = checker.checkAddress(address, displayName || undefined);
    if (result.verdict !== "allow") flagged = true;
    // Nobody reads any more: the rest only decides the exit status, which one flag settles.
    if (writer.closed && flagged) break;
    await writer.write(
      `${args.json ? formatJson(result, args.evidence) : formatHuman(result, palette, text)}\n`,
    );
  }
  await writer.flush();
  return flagged ? EXIT_FLAGGED : EXIT_ALLOWED;
}

async function policyCheck(io: CliIO, file: string | undefined): Promise<number> {
  const words = cliText(io.language);
  if (!file) {
    io.stderr.write(`${words.t("policy.needsFile")}\n\n${words.t("usage")}`);
    return EXIT_USAGE;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr.write(
      `${words.t("error.readPolicy", { file: safeForTerminal(file), code: errorCode(error) })}\n`,
    );
    return EXIT_USAGE;
  }
  const parsed = parsePolicyText(text);
  if (!parsed.success) {
    const count = parsed.errors.length;
    io.stderr.write(
      `${formatPolicyErrors(file, parsed.errors, io.language)}\n${words.n("policy.notAccepted", count, { problems: words.n("count.problems", count) })}\n`,
    );
    return EXIT_USAGE;
  }
  if (parsed.notes.length) io.stdout.write(`${formatPolicyNotes(file, parsed.notes, io.language)}\n`);
  if (parsed.warnings.length) io.stdout.write(`${formatPolicyErrors(file, parsed.warnings, io.language)}\n`);
  const p = parsed.data;
  io.stdout.write(
    `${words.t("policy.accepted", {
      file: safeForTerminal(file),
      internal: words.number(p.internalDomains?.length ?? 0),
      trusted: words.number(p.trustedDomains?.length ?? 0),
      blocked: words.number(p.blockedDomains?.length ?? 0),
    })}\n`,
  );
  if (parsed.warnings.length === 0) return EXIT_ALLOWED;
  io.stdout.write(`${words.n("policy.warnings", parsed.warnings.length)}\n`);
  return EXIT_POLICY_WARNINGS;
}

/** Why a file could not be audited, in the command line's words. */
function auditFaultText(fault: AuditInputFault, text: CliText): string {
  if (fault.why === "empty") return text.t("audit.empty", { file: fault.file });
  return text.t("audit.layout", {
    file: fault.file,
    columns: `${fault.columns.join(", ")}${fault.more ? ", ..." : ""}`,
    needs: fault.needs.map((f) => text.t(`needs.${f}`)).join(text.t("audit.needs.separator")),
  });
}

async function auditCommand(io: CliIO, args: ParsedArgs): Promise<number> {
  const text = cliText(io.language);
  const fail = (message: string): number => {
    io.stderr.write(`${text.t("error.prefix", { message })}\n`);
    return EXIT_USAGE;
  };
  if (args.rest.length === 0) {
    io.stderr.write(`${text.t("audit.needsFiles")}\n\n${text.t("usage")}`);
    return EXIT_USAGE;
  }
  if (args.format !== undefined && !(AUDIT_FORMATS as readonly string[]).includes(args.format))
    return fail(text.t("audit.format", { formats: AUDIT_FORMATS.join(", ") }));
  if (args.json && args.csv) return fail(text.t("audit.jsonOrCsv"));
  const checker = await loadChecker(io, args.policy, io.language);
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
    if (error instanceof AuditInputError) {
      io.stderr.write(`${safeForTerminal(auditFaultText(error.fault, text))}\n`);
      return EXIT_USAGE;
    }
    const code = (error as NodeJS.ErrnoException).code;
    return fail(safeForTerminal(code ? text.t("audit.readFile", { code }) : errorText(error)));
  }
  for (const problem of result.problems)
    io.stderr.write(`${safeForTerminal(auditProblemText(problem, text))}\n`);
  if (result.moreProblems)
    io.stderr.write(`${text.t("audit.moreProblems", { count: text.number(result.moreProblems) })}\n`);
  io.stdout.write(
    args.json
      ? formatAuditJson(result, text)
      : args.csv
        ? formatAuditCsv(result)
        : formatAuditTable(result, text),
  );
  if (args.html) {
    if (!io.writeFile) throw new Error("this command line cannot write files");
    await io.writeFile(args.html, formatAuditHtml(result, files, new Date().toISOString(), text));
    if (!args.json && !args.csv)
      io.stdout.write(`${text.t("audit.written", { file: safeForTerminal(args.html) })}\n`);
  }
  return result.domains.length > 0 ? EXIT_FLAGGED : EXIT_ALLOWED;
}

async function exchangeCommand(io: CliIO, args: ParsedArgs): Promise<number> {
  const text = cliText(io.language);
  const fail = (message: string): number => {
    io.stderr.write(`${text.t("exchange.error", { message: safeForTerminal(message) })}\n`);
    return EXIT_USAGE;
  };
  if (args.rest.length > 0) return fail(text.t("exchange.unexpected", { argument: args.rest[0]! }));
  if (args.json || args.csv || args.format || args.html) return fail(text.t("exchange.notHere"));
  /** An option given wrongly: said at once, in the command line's words. */
  class OptionError extends Error {}
  const single = (name: string): string | undefined => {
    const values = args.exchange[name];
    if (values && values.length > 1)
      throw new OptionError(text.t("exchange.repeated", { option: `--${name}`, count: values.length }));
    return values?.[0];
  };
  let options: ExchangeOptions;
  let out: string | undefined;
  let policyText: string | undefined;
  try {
    out = single("out");
    const unchecked = single("unchecked") ?? "reject";
    if (unchecked !== "reject" && unchecked !== "hold") throw new OptionError(text.t("exchange.unchecked"));
    const lookalikes = single("lookalikes") ?? "internal";
    if (lookalikes !== "internal" && lookalikes !== "trusted" && lookalikes !== "none")
      throw new OptionError(text.t("exchange.lookalikes"));
    const maxRulesText = single("max-rules") ?? "300";
    if (!/^\d{1,4}$/.test(maxRulesText))
      throw new OptionError(text.t("exchange.maxRules", { limit: EXCHANGE_LIMITS.rules }));
    if (args.policy) {
      try {
        policyText = await io.readFile(args.policy);
      } catch (error) {
        return fail(text.t("error.readPolicy", { file: args.policy, code: errorCode(error) }));
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
      language: text.language,
    };
  } catch (error) {
    if (error instanceof OptionError) return fail(error.message);
    throw error;
  }
  let policy = resolvePolicy();
  if (policyText !== undefined) {
    const parsed = parsePolicyText(policyText);
    if (!parsed.success) {
      io.stderr.write(`${formatPolicyErrors(args.policy!, parsed.errors, io.language)}\n`);
      return EXIT_USAGE;
    }
    policy = resolvePolicy(parsed.data);
  }
  let script: string;
  let summary: string;
  try {
    const plan = planExchangeRules(createChecker(policy), policy, options);
    script = exchangeScript(plan, options);
    summary = text.t("exchange.summary", {
      rules: text.n("count.rules", plan.rules.length),
      endings: text.n("count.endings", plan.endings.length),
      list: plan.endings.map((e) => `.${e.typed}`).join(", "),
      lookalikes: text.n("count.lookalikes", plan.lookalikeCount),
      protected: text.n("count.protected", plan.protectedCount),
      blocked: text.n("count.blocked", policy.blockedDomains.length),
      characters: plan.regexCharacters,
      limit: text.number(20_480),
    });
    for (const note of plan.notes) summary += `\n${exchangeNoteText(note, text)}`;
  } catch (error) {
    if (error instanceof ExchangeError) return fail(exchangeFaultText(error.fault, text));
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
    return fail(text.t("exchange.writeScript", { file: out, code: errorCode(error) }));
  }
  io.stdout.write(
    `${text.t("exchange.wrote", {
      file: safeForTerminal(out),
      summary,
      script: safeForTerminal(out.slice(out.replace(/\\/g, "/").lastIndexOf("/") + 1)),
    })}\n`,
  );
  return EXIT_ALLOWED;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs the command line; resolves to the process exit status. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const text = cliText(io.language);
  const usage = text.t("usage");
  const args = parseArgs(argv, text);
  if (args.error) {
    io.stderr.write(`${text.t("error.prefix", { message: args.error })}\n\n${usage}`);
    return EXIT_USAGE;
  }
  if (args.version) {
    io.stdout.write(`${io.version}\n`);
    return EXIT_ALLOWED;
  }
  const [command, sub] = args.command;
  if (args.help || !command) {
    (args.help ? io.stdout : io.stderr).write(usage);
    return args.help ? EXIT_ALLOWED : EXIT_USAGE;
  }
  const misplaced = Object.keys(args.exchange)[0];
  if (misplaced && command !== "exchange") {
    io.stderr.write(
      `${text.t("error.prefix", { message: text.t("error.exchangeOption", { option: `--${misplaced}` }) })}\n\n${usage}`,
    );
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
  const unknown = text.t("error.unknownCommand", { command: safeForTerminal(args.command.join(" ")) });
  io.stderr.write(`${text.t("error.prefix", { message: unknown })}\n\n${usage}`);
  return EXIT_USAGE;
}
