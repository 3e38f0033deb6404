import { readFile, writeFile } from "node:fs/promises";
import { protectWholeDotgovRegistry } from "../checker/full-registry";
import { languageFromEnvironment } from "../checker/messages";
import { runCli } from "./main";
import { cliText } from "./messages";

// The command-line tool carries every registered .gov domain, not only the federal ones.
protectWholeDotgovRegistry();

declare const RECIPIENT_GUARD_VERSION: string;

const language = languageFromEnvironment(process.env);
const text = cliText(language);

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  version: RECIPIENT_GUARD_VERSION,
  language,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = text.t("error.internal", {
      message: error instanceof Error ? error.message : String(error),
    });
    process.stderr.write(`${text.t("error.prefix", { message })}\n`);
    process.exitCode = 2;
  },
);
// A reader that goes away (`| head`) is not an error: the command stops writing (main.ts's
// BufferedWriter sees the stream close) and still ends with the status its input deserves.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(
    `${text.t("error.prefix", { message: text.t("error.output", { message: error.message }) })}\n`,
  );
  process.exitCode = 2;
});
