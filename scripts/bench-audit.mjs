#!/usr/bin/env node
// `recipient-guard audit` on a generated message trace of 1,000,000 rows (Get-MessageTrace |
// Export-Csv, with its #TYPE line), side by side with a plain CSV parse of the same file (csv-parse,
// streaming, counting rows) in the same run: rows per second and each process's peak memory.
// Runs alternate, plain then audit, twice; read the ratio, this machine is shared.
//
//   node scripts/bench-audit.mjs [--rows N] [--rounds R]
//
// Needs `npm run build` first (dist/cli/recipient-guard.js). Exit 1 when the audit's output is not
// what the generated file holds.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist", "cli", "recipient-guard.js");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROWS = option("--rows", 1_000_000);
const ROUNDS = option("--rounds", 2);

/** 4,000 ordinary partner domains, and every 500th message to one of three slips. */
function generate(file) {
  const slips = ["army.ml", "gmial.com", "outlok.com"];
  const out = fs.openSync(file, "w");
  let chunk =
    '#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTrace\r\n"Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageTraceId","StartDate","EndDate","Index"\r\n';
  for (let i = 0; i < ROWS; i++) {
    const domain = i % 500 === 7 ? slips[i % 3] : `northwind-partner-${i % 4000}.com`;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    chunk += `"contoso.onmicrosoft.com","<${i}@contoso.com>","${month}/${day}/2025 ${i % 12 || 12}:${String(i % 60).padStart(2, "0")}:00 ${i % 2 ? "PM" : "AM"}","user${i % 200}@contoso.com","person${i % 977}@${domain}","Re: order ${i}, as agreed","Delivered","","","${2048 + (i % 900)}","${i}","","","${i}"\r\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = "";
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
  return { flagged: Math.floor((ROWS - 8) / 500) + 1 };
}

/** A child that runs `code`, then reports its wall time and peak memory. */
function child(code, argv) {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      "-e",
      `${code};process.on("exit",()=>process.stderr.write("\\nRSS "+process.resourceUsage().maxRSS+"\\n"))`,
      ...argv,
    ],
    { encoding: "utf8", maxBuffer: 1 << 26, cwd: ROOT },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = Number(/RSS (\d+)/.exec(result.stderr ?? "")?.[1] ?? NaN) / 1024;
  return { ms, rss, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

// The same parser, with the same settings as the audit's reader (csvParser in src/cli/csv.ts: keep
// them alike; this child cannot import the TypeScript source), so that
// the difference is what the audit does with each row.
const PLAIN = `const {parse}=require("csv-parse");const fs=require("fs");let n=0;fs.createReadStream(process.argv[1],{encoding:"utf8"}).pipe(parse({delimiter:",",from_line:3,relax_column_count:true,relax_quotes:true,skip_empty_lines:true,comment:"#",comment_no_infix:true,info:true})).on("data",()=>n++).on("end",()=>console.log(n))`;
const AUDIT = `process.argv=[process.argv[0],"recipient-guard","audit","--json",process.argv[1]];require(${JSON.stringify(CLI)})`;

function main() {
  if (!fs.existsSync(CLI)) {
    console.error(`${CLI} is missing: run npm run build first.`);
    process.exit(1);
  }
  const file = path.join(os.tmpdir(), `rg-audit-bench-${ROWS}.csv`);
  const { flagged } = generate(file);
  const size = fs.statSync(file).size;
  const plain = [];
  const audited = [];
  for (let round = 0; round < ROUNDS; round++) {
    const p = child(PLAIN, [file]);
    if (Number(p.stdout.trim()) !== ROWS) throw new Error(`the plain parse counted ${p.stdout.trim()} rows`);
    plain.push(p);
    const a = child(AUDIT, [file]);
    const result = JSON.parse(a.stdout);
    const messages = result.domains.reduce((n, d) => n + d.messages, 0);
    if (result.rows !== ROWS || messages !== flagged || result.domains.length !== 3) {
      console.error(
        `audit read ${result.rows} rows and found ${messages} messages to ${result.domains.length} domains`,
      );
      process.exit(1);
    }
    audited.push(a);
  }
  fs.rmSync(file, { force: true });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const row = (name, runs) => {
    const ms = median(runs.map((r) => r.ms));
    return `| ${name} | ${(ms / 1000).toFixed(1)} s | ${Math.round(ROWS / (ms / 1000)).toLocaleString("en-US")} | ${Math.max(...runs.map((r) => r.rss)).toFixed(0)} MB |`;
  };
  const ratio = median(audited.map((r) => r.ms)) / median(plain.map((r) => r.ms));
  console.log(
    [
      `## audit: ${ROWS.toLocaleString("en-US")} message-trace rows (${(size / 2 ** 20).toFixed(0)} MB), ${ROUNDS} runs each, alternating`,
      "",
      "| | time (median) | rows per second | peak memory (RSS) |",
      "|---|---:|---:|---:|",
      row("plain CSV parse (csv-parse, the audit reader's settings, counting rows)", plain),
      row("recipient-guard audit --json", audited),
      "",
      `Audit / plain parse: ${ratio.toFixed(2)}×. It found ${flagged.toLocaleString("en-US")} messages to 3 domains among 4,003 distinct recipient domains.`,
      "",
    ].join("\n"),
  );
}

main();
