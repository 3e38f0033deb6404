import { PassThrough, Readable } from "node:stream";
import { runCli, type CliIO } from "../src/cli/main";

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
