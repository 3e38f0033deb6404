import { readFile, writeFile } from "node:fs/promises";
import { protectWholeDotgovRegistry } from "../checker/full-registry";
import { languageFromEnvironment } from "../checker/messages";
import { runCli } from "./main";

// The command-line tool carries every registered .gov domain, not only the federal ones.
protectWholeDotgovRegistry();

declare const RECIPIENT_GUARD_VERSION: string;

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  version: RECIPIENT_GUARD_VERSION,
  language: languageFromEnvironment(process.env),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `recipient-guard: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
// A reader that goes away (`| head`) is not an error: the command stops writing (main.ts's
// BufferedWriter sees the stream close) and still ends with the status its input deserves.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`recipient-guard: cannot write the output: ${error.message}\n`);
  process.exitCode = 2;
});
