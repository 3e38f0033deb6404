/** Runs the command line in this process, with standard input given and the output collected. */
import { PassThrough, Readable } from "node:stream";
import { runCli, type CliIO } from "../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the command wrote to files (audit's --html), by path. */
  written: Record<string, string>;
}

export async function runCliWith(
  argv: string[],
  options: { input?: string; colour?: boolean; readFile: CliIO["readFile"]; language?: CliIO["language"] },
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (b: Buffer) => out.push(b));
  stderr.on("data", (b: Buffer) => err.push(b));
  const written: Record<string, string> = {};
  const code = await runCli(argv, {
    stdin: Readable.from([options.input ?? ""]),
    stdout,
    stderr,
    colour: options.colour ?? false,
    version: "9.9.9",
    readFile: options.readFile,
    ...(options.language ? { language: options.language } : {}),
    writeFile: async (path, text) => {
      written[path] = text;
    },
  });
  return {
    code,
    stdout: Buffer.concat(out).toString("utf8"),
    stderr: Buffer.concat(err).toString("utf8"),
    written,
  };
}
