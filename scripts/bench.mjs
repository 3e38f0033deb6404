#!/usr/bin/env node
// Speed: per-address cost of checking a domain, ours (in-process, through the library
// bundle) side by side with the peers, with a small and a large trusted list, plus the
// gzipped size of every bundle in dist/ and the launch-event size budget.
//
//   node scripts/bench.mjs [--n N] [--rounds R] [--sizes 50,14000] [--round-ms MS] [--quick]
//
// Env: RG_LIB (default dist/lib/checker.cjs), exposing createChecker(policyInput) ->
// { checkAddress(raw) -> { address, verdict, findings } }; RG_DIST (default dist) for the
// bundle-size table.
// The machine is noisy: read the ratios more than the absolute numbers.
// Exit 1 when a dist/launchevent/ bundle is over budget or the library cannot be loaded.

import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ROOT, mdTable, readCorpus, shuffled } from "./eval/corpus.mjs";

const require = createRequire(import.meta.url);
const DIST = path.resolve(ROOT, process.env.RG_DIST || "dist");
const LAUNCHEVENT_BUDGET_BYTES = 84 * 1024; // gzipped, per file under dist/launchevent/

class FatalError extends Error {}

function parseArgs(argv) {
  const opts = { n: 2000, rounds: 15, sizes: [50, 14000], roundMs: 400, warmup: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new FatalError(`${a} needs a value`);
      return v;
    };
    const int = (v) => {
      const n = Number.parseInt(v, 10);
      if (!(n > 0)) throw new FatalError(`${a} needs a positive integer`);
      return n;
    };
    if (a === "--n") opts.n = int(value());
    else if (a === "--rounds") opts.rounds = int(value());
    else if (a === "--round-ms") opts.roundMs = int(value());
    else if (a === "--sizes") opts.sizes = value().split(",").map(int);
    else if (a === "--quick") Object.assign(opts, { n: 400, rounds: 3, roundMs: 150, warmup: 1 });
    else if (a === "--help" || a === "-h") {
      console.log(
        "usage: node scripts/bench.mjs [--n N] [--rounds R] [--sizes 50,14000] [--round-ms MS] [--quick]",
      );
      process.exit(0);
    } else throw new FatalError(`unknown argument ${a}`);
  }
  return opts;
}

// ---------------------------------------------------------------- data

function loadData(opts) {
  const corpus = readCorpus();
  const protectedList = corpus.protectedList;
  const positives = corpus.positives.map((row) => row[1]);
  const negatives = corpus.negatives.map((row) => row[0]);

  // Addresses to time: half lookalikes, half ordinary domains, shuffled together.
  const half = Math.ceil(opts.n / 2);
  const posPick = shuffled(positives, "bench:positives").slice(0, half);
  const negShuffled = shuffled(negatives, "bench:negatives");
  const negPick = negShuffled.slice(0, opts.n - posPick.length);
  const addresses = shuffled(
    [...posPick, ...negPick].map((d) => `user@${d}`),
    "bench:mix",
  );

  // Trusted lists: the protected list first, then real domains (email-providers, top-sites,
  // then negatives not being timed), so that the big list looks like a real large tenant.
  // Only plain registrable-looking hostnames (the raw lists hold public suffixes and junk).
  const tldts = require("tldts");
  const timedNeg = new Set(negPick);
  const pool = [...protectedList];
  const seen = new Set(pool);
  const push = (d) => {
    d = String(d)
      .toLowerCase()
      .replace(/^www\./, "");
    const info = tldts.parse(d);
    const plain = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d) && info.isIcann && info.domain && !info.isIp;
    if (plain && !seen.has(d) && !timedNeg.has(d)) {
      seen.add(d);
      pool.push(d);
    }
  };
  for (const d of shuffled(require("email-providers/all.json"), "bench:providers")) push(d);
  for (const s of require("top-sites")) push(s.rootDomain);
  for (const d of negShuffled) push(d);
  const lists = new Map();
  for (const size of opts.sizes) {
    if (size > pool.length)
      throw new FatalError(`only ${pool.length} distinct domains available for --sizes ${size}`);
    lists.set(size, pool.slice(0, size));
  }
  return { addresses, lists };
}

// ---------------------------------------------------------------- tools

async function makeTools() {
  const libPath = path.resolve(ROOT, process.env.RG_LIB || "dist/lib/checker.cjs");
  if (!fs.existsSync(libPath)) {
    throw new FatalError(
      `our library bundle is not at ${libPath}: run "npm run build" first or set RG_LIB=/path`,
    );
  }
  const lib = require(libPath);
  const createChecker = lib.createChecker || (lib.default && lib.default.createChecker);
  if (typeof createChecker !== "function") throw new FatalError(`${libPath} does not export createChecker`);
  // The contract is createChecker(policyInput). A bundle whose createChecker wants an
  // already resolved policy also exports parsePolicy + resolvePolicy: use them then.
  const makeChecker = (list) => {
    const input = { trustedDomains: list };
    try {
      return createChecker(input);
    } catch (error) {
      if (typeof lib.parsePolicy !== "function" || typeof lib.resolvePolicy !== "function") throw error;
      const parsed = lib.parsePolicy(input);
      if (!parsed.success) {
        const why = JSON.stringify(parsed.errors || parsed.error || parsed).slice(0, 2000);
        throw new FatalError(`the bench policy was refused: ${why}`);
      }
      if (!makeChecker.noted) {
        console.error(
          "bench: createChecker(policyInput) threw; using createChecker(resolvePolicy(parsePolicy(input)))",
        );
        makeChecker.noted = true;
      }
      return createChecker(lib.resolvePolicy(parsed.data));
    }
  };

  const Mailcheck = require("mailcheck");
  const zoo = require("@zootools/email-spell-checker");
  const zooRun = zoo.run || zoo.default.run;
  const { default: emailMisspelled } = await import("email-misspelled");

  // Each tool: setup(trustedList) -> check(address) -> something truthy-ish to keep.
  return [
    {
      name: "recipient-guard (ours)",
      key: "ours",
      setup(list) {
        const checker = makeChecker(list);
        return (a) => checker.checkAddress(a).verdict;
      },
    },
    {
      name: "mailcheck",
      key: "mailcheck",
      setup(list) {
        return (a) => Mailcheck.run({ email: a, domains: list });
      },
    },
    {
      name: "email-misspelled",
      key: "misspelled",
      setup(list) {
        const check = emailMisspelled({ domains: list });
        return (a) => check(a).length;
      },
    },
    {
      name: "@zootools/email-spell-checker",
      key: "zootools",
      setup(list) {
        return (a) => zooRun({ email: a, domains: list });
      },
    },
  ];
}

// ---------------------------------------------------------------- timing

let sink = 0;
function consume(v) {
  sink = (sink + (v ? 1 : 0) + (typeof v === "string" ? v.length : 0)) | 0;
}

function timePass(check, addresses, count) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) consume(check(addresses[i]));
  return Number(process.hrtime.bigint() - t0);
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function benchmark(tools, addresses, lists, opts) {
  const results = new Map(); // `${key}@${size}` -> { nsPerAddress, count, setupMs }
  for (const [size, list] of lists) {
    // Set up every tool for this list, calibrate how many addresses fit in a round,
    // warm up, then interleave the tools round by round so drift hits all alike.
    const runs = [];
    for (const tool of tools) {
      const s0 = process.hrtime.bigint();
      const check = tool.setup(list);
      const setupMs = Number(process.hrtime.bigint() - s0) / 1e6;
      const probe = Math.min(addresses.length, 20);
      timePass(check, addresses, probe); // first contact: JIT, lazy tables
      const perAddr = Math.max(1, timePass(check, addresses, probe) / probe);
      const count = Math.max(
        Math.min(50, addresses.length),
        Math.min(addresses.length, Math.floor((opts.roundMs * 1e6) / perAddr)),
      );
      for (let w = 0; w < opts.warmup; w++) timePass(check, addresses, count);
      runs.push({ tool, check, count, setupMs, samples: [] });
    }
    for (let r = 0; r < opts.rounds; r++) {
      for (const run of runs) run.samples.push(timePass(run.check, addresses, run.count) / run.count);
    }
    for (const run of runs) {
      results.set(`${run.tool.key}@${size}`, {
        nsPerAddress: median(run.samples),
        count: run.count,
        setupMs: run.setupMs,
      });
    }
  }
  return results;
}

// ---------------------------------------------------------------- bundle sizes

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(c|m)?js$/.test(e.name)) out.push(p);
  }
  return out;
}

function bundleSizes() {
  const lines = [];
  let failed = false;
  if (!fs.existsSync(DIST))
    return { text: `No ${DIST} directory: run \`npm run build\` for bundle sizes.`, failed };
  const rows = [];
  for (const file of walk(DIST).sort()) {
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const rel = path.relative(DIST, file).split(path.sep).join("/");
    let budget = "";
    if (rel.startsWith("launchevent/")) {
      const ok = gz <= LAUNCHEVENT_BUDGET_BYTES;
      if (!ok) failed = true;
      budget = `${ok ? "PASS" : "FAIL"} (<= ${LAUNCHEVENT_BUDGET_BYTES / 1024} KiB)`;
    }
    rows.push([`${path.basename(DIST)}/${rel}`, kib(raw.length), kib(gz), budget]);
  }
  lines.push(mdTable(["bundle", "raw", "gzip -9", "budget"], rows));
  return { text: lines.join("\n"), failed };
}

function kib(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

// ---------------------------------------------------------------- report

function fmtNs(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}

function report(tools, results, opts, addresses) {
  const sizes = opts.sizes;
  const out = [];
  out.push("# Recipient Guard benchmark");
  out.push("");
  out.push(
    `Median per-address time over ${opts.rounds} rounds (after ${opts.warmup} warm-up passes); ` +
      `addresses: ${addresses.length} (half lookalikes, half ordinary domains), ` +
      "each tool times as many as fit in a round (shown as n). " +
      `Node ${process.version}, ${process.platform}/${process.arch}.`,
  );
  out.push("");
  const header = ["tool", ...sizes.map((s) => `${s} trusted`), ...sizes.map((s) => `setup @${s}`)];
  const rows = tools.map((t) => [
    t.name,
    ...sizes.map((s) => {
      const r = results.get(`${t.key}@${s}`);
      return `${fmtNs(r.nsPerAddress)} (n=${r.count})`;
    }),
    ...sizes.map((s) => `${results.get(`${t.key}@${s}`).setupMs.toFixed(1)} ms`),
  ]);
  out.push(mdTable(header, rows));
  out.push("");

  const ns = (key, size) => results.get(`${key}@${size}`).nsPerAddress;
  const ratioRows = [];
  for (const t of tools) {
    if (t.key === "ours") continue;
    ratioRows.push([
      `${t.name} / ours`,
      ...sizes.map((s) => `${(ns(t.key, s) / ns("ours", s)).toFixed(2)}×`),
    ]);
  }
  out.push(mdTable(["ratio (same list size)", ...sizes.map((s) => `${s} trusted`)], ratioRows));
  out.push("");
  if (sizes.length >= 2) {
    const small = Math.min(...sizes);
    const big = Math.max(...sizes);
    const scale = tools.map((t) => [t.name, `${(ns(t.key, big) / ns(t.key, small)).toFixed(2)}×`]);
    out.push(mdTable([`growth: time @${big} / time @${small}`, "ratio"], scale));
    out.push("");
    out.push(`**ours@${big} / ours@${small} = ${(ns("ours", big) / ns("ours", small)).toFixed(2)}×**`);
    out.push("");
  }
  return out.join("\n");
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { addresses, lists } = loadData(opts);
  const tools = await makeTools();
  const results = benchmark(tools, addresses, lists, opts);
  console.log(report(tools, results, opts, addresses));
  const sizes = bundleSizes();
  console.log("## Bundle sizes");
  console.log("");
  console.log(sizes.text);
  console.log("");
  if (sink === 42) console.log(""); // keep the results observable
  if (sizes.failed) {
    console.error(`bench: a dist/launchevent/ bundle is over ${LAUNCHEVENT_BUDGET_BYTES / 1024} KiB gzipped`);
    process.exit(1);
  }
}

main().catch((e) => {
  if (e instanceof FatalError) console.error(`bench: ${e.message}`);
  else console.error(e);
  process.exit(1);
});
