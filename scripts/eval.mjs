#!/usr/bin/env node
// Quality evaluation: our checker (through its CLI, as an outsider would use it) and the
// peer libraries (in-process), over the same corpus and the same protected list.
//
//   node scripts/eval.mjs [--class PREFIX[,PREFIX...]] [--limit N] [--skip-ours] [--out FILE]
//
//   --class   keep only positive classes starting with one of the prefixes
//             (e.g. suffix: or dnstwist:omission); the prefix "negatives" keeps the
//             negatives. Without --class everything runs; with it, negatives run only
//             when "negatives" is one of the prefixes.
//   --limit   seeded sample of at most N lines per class (and N negatives)
//   --skip-ours  peers only (when the CLI is not built)
//
// Env: RG_CLI (default dist/cli/recipient-guard.js), RG_EVAL_TIMEOUT_MS (default 600000).
// Writes the report to test/eval-corpus/last-report.md and stdout. Exit 0 (it is a
// report) unless the CLI crashes or its output does not line up with its input.

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { domainToASCII } from "node:url";
import { CORPUS, ROOT, mdTable, readCorpus, rng } from "./eval/corpus.mjs";

const require = createRequire(import.meta.url);
const NEGATIVES_ROW = "negatives (false-positive rate)";
const RECALL_ROW = "all positives (recall)";

class FatalError extends Error {}

function parseArgs(argv) {
  const opts = { classes: null, limit: 0, skipOurs: false, out: path.join(CORPUS, "last-report.md") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new FatalError(`${a} needs a value`);
      return v;
    };
    if (a === "--class") opts.classes = value().split(",").filter(Boolean);
    else if (a === "--limit") {
      opts.limit = Number.parseInt(value(), 10);
      if (!(opts.limit > 0)) throw new FatalError("--limit needs a positive integer");
    } else if (a === "--skip-ours") opts.skipOurs = true;
    else if (a === "--out") opts.out = path.resolve(value());
    else if (a === "--help" || a === "-h") {
      console.log(
        "usage: node scripts/eval.mjs [--class PREFIX[,PREFIX]] [--limit N] [--skip-ours] [--out FILE]",
      );
      process.exit(0);
    } else throw new FatalError(`unknown argument ${a}`);
  }
  return opts;
}

// ---------------------------------------------------------------- corpus

function sample(items, n, seedText) {
  if (!n || items.length <= n) return items;
  const rand = rng(seedText);
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx
    .slice(0, n)
    .sort((x, y) => x - y)
    .map((i) => items[i]);
}

function loadCorpus(opts) {
  const corpus = readCorpus();
  const protectedList = corpus.protectedList;
  const positives = corpus.positives.map(([cls, domain, intended], i) => {
    if (!cls || !domain || !intended) throw new FatalError(`positives.tsv line ${i + 1} is malformed`);
    return { kind: "positive", cls, domain, intended };
  });
  const negatives = corpus.negatives.map(([domain, source = "?"]) => ({
    kind: "negative",
    cls: NEGATIVES_ROW,
    domain,
    source,
  }));

  const wanted = (cls) => !opts.classes || opts.classes.some((p) => cls.startsWith(p));
  const byClass = new Map();
  for (const p of positives) {
    if (!wanted(p.cls)) continue;
    if (!byClass.has(p.cls)) byClass.set(p.cls, []);
    byClass.get(p.cls).push(p);
  }
  const selected = [];
  for (const [cls, items] of byClass) selected.push(...sample(items, opts.limit, `class:${cls}`));
  const keepNegatives = !opts.classes || opts.classes.includes("negatives");
  if (keepNegatives) selected.push(...sample(negatives, opts.limit, "negatives"));
  return { protectedList, cases: selected, classes: [...byClass.keys()] };
}

// Domains the checker ships as built-ins (email-providers, top-sites): the FP rate on
// negatives outside them shows how the checker does on domains it cannot have memorised.
function builtinDomains() {
  const set = new Set();
  try {
    for (const d of require("email-providers/all.json")) set.add(String(d).toLowerCase());
  } catch {
    /* optional */
  }
  try {
    for (const s of require("top-sites"))
      set.add(
        String(s.rootDomain)
          .toLowerCase()
          .replace(/^www\./, ""),
      );
  } catch {
    /* optional */
  }
  return set;
}

// ---------------------------------------------------------------- our checker (CLI)

function sameAddress(input, output) {
  if (input === output) return true;
  const [il, id] = [input.slice(0, input.lastIndexOf("@")), input.slice(input.lastIndexOf("@") + 1)];
  const at = output.lastIndexOf("@");
  if (at < 0) return false;
  const [ol, od] = [output.slice(0, at), output.slice(at + 1)];
  if (il.toLowerCase() !== ol.toLowerCase()) return false;
  const a = domainToASCII(id.normalize("NFC").toLowerCase()) || id.toLowerCase();
  const b = domainToASCII(od.normalize("NFC").toLowerCase()) || od.toLowerCase();
  return a === b;
}

function validateResult(obj, lineNo, raw) {
  const where = `output line ${lineNo}`;
  if (!obj || typeof obj !== "object" || Array.isArray(obj))
    throw new FatalError(`${where} is not a JSON object: ${raw.slice(0, 200)}`);
  if (typeof obj.address !== "string") throw new FatalError(`${where} has no string "address"`);
  if (!["allow", "warn", "block"].includes(obj.verdict))
    throw new FatalError(`${where} has verdict ${JSON.stringify(obj.verdict)}, expected allow|warn|block`);
  if (!Array.isArray(obj.findings)) throw new FatalError(`${where} has no "findings" array`);
}

async function runOurs(cases, protectedList) {
  const cli = path.resolve(ROOT, process.env.RG_CLI || "dist/cli/recipient-guard.js");
  if (!fs.existsSync(cli)) {
    throw new FatalError(
      `our CLI is not at ${cli}: run "npm run build" first, set RG_CLI=/path, or pass --skip-ours`,
    );
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rg-eval-"));
  const policyFile = path.join(tmp, "policy.json");
  fs.writeFileSync(policyFile, JSON.stringify({ trustedDomains: protectedList }));
  const inputs = cases.map((c) => `user@${c.domain}`);
  const timeoutMs = Number(process.env.RG_EVAL_TIMEOUT_MS || 600000);
  const started = process.hrtime.bigint();

  try {
    const child = spawn(process.execPath, [cli, "check", "--json", "--policy", policyFile], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d) => {
      if (stderr.length < 20000) stderr += d;
    });
    const exited = new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code, signal) => resolve({ code, signal }));
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);

    // Feed stdin with backpressure while stdout is read concurrently.
    child.stdin.on("error", () => {
      /* reported through the exit status below */
    });
    const feed = (async () => {
      const chunk = 500;
      for (let i = 0; i < inputs.length; i += chunk) {
        const text = inputs.slice(i, i + chunk).join("\n") + "\n";
        if (!child.stdin.write(text)) {
          const drained = await Promise.race([
            new Promise((resolve) => child.stdin.once("drain", () => resolve(true))),
            exited.then(() => false),
          ]);
          if (!drained) return;
        }
      }
      child.stdin.end();
    })();

    const results = [];
    const rl = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
    let parseError = null;
    for await (const line of rl) {
      if (!line.trim()) continue;
      if (parseError) continue;
      const lineNo = results.length + 1;
      let obj;
      try {
        obj = JSON.parse(line);
        validateResult(obj, lineNo, line);
      } catch (e) {
        parseError =
          e instanceof FatalError ? e : new FatalError(`output line ${lineNo} is not JSON: ${line}`);
        continue;
      }
      results.push(obj);
    }
    await feed;
    const { code, signal } = await exited;
    clearTimeout(timer);
    const tail = stderr.trim() ? `\n--- CLI stderr ---\n${stderr.trim().slice(-4000)}` : "";
    if (signal) throw new FatalError(`the CLI was killed by ${signal} (timeout ${timeoutMs} ms?)${tail}`);
    if (code !== 0 && code !== 1) throw new FatalError(`the CLI exited with code ${code}${tail}`);
    if (parseError) throw new FatalError(parseError.message + tail);
    if (results.length !== inputs.length) {
      throw new FatalError(
        `the CLI printed ${results.length} result lines for ${inputs.length} input lines${tail}`,
      );
    }
    for (let i = 0; i < inputs.length; i++) {
      if (!sameAddress(inputs[i], results[i].address)) {
        throw new FatalError(
          `output line ${i + 1} is for ${JSON.stringify(results[i].address)}, ` +
            `but input line ${i + 1} was ${JSON.stringify(inputs[i])} (results out of order?)`,
        );
      }
    }
    const anyFlag = results.some((r) => r.verdict !== "allow");
    if (code !== (anyFlag ? 1 : 0)) {
      console.error(
        `note: the CLI exited ${code} but ${anyFlag ? "some" : "no"} address warned/blocked (contract: 0 all allowed, 1 otherwise)`,
      );
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { results, ms, cli };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- peers (in-process)

async function makePeers(protectedList) {
  const Mailcheck = require("mailcheck");
  const zoo = require("@zootools/email-spell-checker");
  const zooRun = zoo.run || zoo.default.run;
  const { default: emailMisspelled } = await import("email-misspelled");
  const misspelled = emailMisspelled({ domains: protectedList });

  // A peer "flags" an address when it suggests a domain other than the one typed.
  return [
    {
      name: "mailcheck",
      flags(domain) {
        const r = Mailcheck.run({ email: `user@${domain}`, domains: protectedList });
        if (!r || !r.domain) return false;
        return r.domain !== domain && r.domain !== Mailcheck.encodeEmail(domain);
      },
    },
    {
      name: "email-misspelled",
      flags(domain) {
        return misspelled(`user@${domain}`).some((s) => s.suggest && s.suggest !== domain);
      },
    },
    {
      name: "@zootools/email-spell-checker",
      flags(domain) {
        const r = zooRun({ email: `user@${domain}`, domains: protectedList });
        return Boolean(r && r.domain && r.domain.toLowerCase() !== domain.toLowerCase());
      },
    },
  ];
}

// ---------------------------------------------------------------- report

function pct(n, d) {
  if (!d) return "–";
  return `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

function buildReport({ cases, classes, tools, flagged, ours, builtins, opts, timings }) {
  const out = [];
  const toolNames = tools.map((t) => t.name);
  out.push("# Recipient Guard evaluation");
  out.push("");
  out.push(
    `Corpus: test/eval-corpus (${cases.filter((c) => c.kind === "positive").length} positives, ` +
      `${cases.filter((c) => c.kind === "negative").length} negatives)` +
      (opts.classes ? `, classes ${opts.classes.join(", ")}` : "") +
      (opts.limit ? `, at most ${opts.limit} per class (seeded sample)` : "") +
      ". Positive cells: share caught (recall); negative cells: share flagged (false positives). " +
      `Ours (\`${opts.cliShown || "not run"}\`): verdict warn or block. ` +
      "Peers: a suggestion other than the typed domain.",
  );
  out.push("");

  const rowFor = (label, idxs) => [
    label,
    ...toolNames.map((_, t) => pct(idxs.filter((i) => flagged[t][i]).length, idxs.length)),
  ];
  const rows = [];
  const idxByClass = new Map();
  cases.forEach((c, i) => {
    if (!idxByClass.has(c.cls)) idxByClass.set(c.cls, []);
    idxByClass.get(c.cls).push(i);
  });
  for (const cls of classes) rows.push(rowFor(cls, idxByClass.get(cls) || []));
  const posIdx = cases.map((c, i) => (c.kind === "positive" ? i : -1)).filter((i) => i >= 0);
  const negIdx = cases.map((c, i) => (c.kind === "negative" ? i : -1)).filter((i) => i >= 0);
  if (posIdx.length) rows.push(rowFor(`**${RECALL_ROW}**`, posIdx));
  if (negIdx.length) {
    rows.push(rowFor(`**${NEGATIVES_ROW}**`, negIdx));
    const sources = [...new Set(negIdx.map((i) => cases[i].source))].sort();
    for (const s of sources)
      rows.push(
        rowFor(
          `negatives from ${s}`,
          negIdx.filter((i) => cases[i].source === s),
        ),
      );
    rows.push(
      rowFor(
        "negatives not in the built-in lists",
        negIdx.filter((i) => !builtins.has(cases[i].domain)),
      ),
    );
  }
  out.push(mdTable(["class", ...toolNames], rows));
  out.push("");
  out.push("Time: " + toolNames.map((n, t) => `${n} ${(timings[t] / 1000).toFixed(1)} s`).join(", ") + ".");
  out.push("");

  if (ours) {
    const t = 0;
    const verdicts = { positive: {}, negative: {} };
    cases.forEach((c, i) => {
      const v = ours[i].verdict;
      verdicts[c.kind][v] = (verdicts[c.kind][v] || 0) + 1;
    });
    const fmt = (o) => ["allow", "warn", "block"].map((v) => `${v} ${o[v] || 0}`).join(", ");
    out.push(`Our verdicts: positives ${fmt(verdicts.positive)}; negatives ${fmt(verdicts.negative)}.`);
    out.push("");

    out.push("## Missed by our checker (up to 5 per class)");
    out.push("");
    let anyMiss = false;
    for (const cls of classes) {
      const missed = (idxByClass.get(cls) || []).filter((i) => !flagged[t][i]);
      if (!missed.length) continue;
      anyMiss = true;
      out.push(
        `- **${cls}** (${missed.length} missed): ` +
          missed
            .slice(0, 5)
            .map((i) => `\`${cases[i].domain}\` → \`${cases[i].intended}\``)
            .join(", "),
      );
    }
    if (!anyMiss) out.push("None.");
    out.push("");

    out.push("## False positives of our checker (up to 10)");
    out.push("");
    const fps = negIdx.filter((i) => flagged[t][i]);
    if (!fps.length) out.push(negIdx.length ? "None." : "No negatives in this run.");
    for (const i of fps.slice(0, 10)) {
      const r = ours[i];
      const codes = (r.findings || []).map((f) => f.code).join(", ") || "no findings";
      const sug = (r.findings || []).map((f) => f.suggestion).filter(Boolean);
      out.push(
        `- \`${cases[i].domain}\` (${cases[i].source}): ${r.verdict}, ${codes}` +
          (sug.length ? ` (suggests ${sug.map((s) => `\`${s}\``).join(", ")})` : ""),
      );
    }
    if (fps.length) {
      const codeCount = new Map();
      for (const i of fps)
        for (const f of ours[i].findings || []) codeCount.set(f.code, (codeCount.get(f.code) || 0) + 1);
      out.push("");
      out.push(
        "Finding codes on false positives: " +
          [...codeCount.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([c, n]) => `${c} ${n}`)
            .join(", ") +
          ".",
      );
    }
    out.push("");
  }
  return out.join("\n");
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { protectedList, cases, classes } = loadCorpus(opts);
  if (!cases.length) throw new FatalError("no corpus lines selected (check --class)");
  const domains = cases.map((c) => c.domain);

  const tools = [];
  const flagged = [];
  const timings = [];
  let ours = null;
  if (!opts.skipOurs) {
    const { results, ms, cli } = await runOurs(cases, protectedList);
    ours = results;
    opts.cliShown = path.relative(ROOT, cli).startsWith("..") ? cli : path.relative(ROOT, cli);
    tools.push({ name: "recipient-guard (ours)" });
    flagged.push(results.map((r) => r.verdict !== "allow"));
    timings.push(ms);
  }
  for (const peer of await makePeers(protectedList)) {
    const t0 = process.hrtime.bigint();
    const f = domains.map((d) => {
      try {
        return Boolean(peer.flags(d));
      } catch {
        return false; // a peer that throws on an input has not flagged it
      }
    });
    timings.push(Number(process.hrtime.bigint() - t0) / 1e6);
    tools.push(peer);
    flagged.push(f);
  }

  const report = buildReport({
    cases,
    classes,
    tools,
    flagged,
    ours,
    builtins: builtinDomains(),
    opts,
    timings,
  });
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, report + "\n");
  console.log(report);
  console.log(`(report written to ${path.relative(process.cwd(), opts.out) || opts.out})`);
}

main().catch((e) => {
  if (e instanceof FatalError) console.error(`eval: ${e.message}`);
  else console.error(e);
  process.exit(1);
});
