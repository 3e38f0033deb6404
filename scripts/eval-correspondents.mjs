#!/usr/bin/env node
// The user's learned correspondents (src/checker/correspondents.ts), measured on the evaluation
// corpus: what a history of N known domains costs in storage and memory, how long a look-up takes,
// how many new alarms a realistic history adds among the corpus's ordinary domains (negatives), and
// how many slips of the domains written to often it catches.
//
//   node --expose-gc scripts/eval-correspondents.mjs [--known 2000] [--out FILE]
//
// The history: N registrable domains drawn (seeded) from the negatives, the r-th most used written
// to floor(1 + 50 / r^0.6) times (a few partners often, a long tail once), recorded as the send
// handler records them. The rest of the negatives are the new domains a user might write to next.
// Slips of each domain written to often: one letter dropped, two swapped, one doubled, one replaced
// by its right-hand neighbour on a QWERTY keyboard, and one Latin letter replaced by its Cyrillic
// look-alike. Needs `npm run build` (dist/lib/checker.cjs).
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { domainToASCII } from "node:url";
import { ROOT, readCorpus, rng } from "./eval/corpus.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const KNOWN = Number(option("--known", "2000"));
const OUT = option("--out", null);
if (typeof globalThis.gc !== "function") {
  console.error("run with node --expose-gc, for the memory figure");
  process.exit(2);
}

const lib = require(path.resolve(ROOT, process.env.RG_LIB || "dist/lib/checker.cjs"));
const { Correspondents, createChecker, resolvePolicy, OFTEN_SENDS, LEARNING_SENDS } = lib;
if (typeof Correspondents !== "function")
  throw new Error("dist/lib/checker.cjs is older than correspondents.ts: npm run build");
const tldts = require("tldts");

const { negatives, protectedList } = readCorpus();
const random = rng("correspondents:history");
const registrables = [];
const seen = new Set();
for (const [domain] of negatives) {
  const registrable = tldts.getDomain(domain, { allowPrivateDomains: false });
  if (registrable && !seen.has(registrable)) {
    seen.add(registrable);
    registrables.push(registrable);
  }
}
for (let i = registrables.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [registrables[i], registrables[j]] = [registrables[j], registrables[i]];
}
const known = registrables.slice(0, KNOWN);
const sendsTo = (rank) => Math.floor(1 + 50 / Math.pow(rank, 0.6));

// ---- the history, as the send handler builds it
const history = Correspondents.empty();
const maxSends = sendsTo(1);
for (let round = 0; round < maxSends; round++)
  history.record(
    known.filter((_, i) => sendsTo(i + 1) > round),
    2500 + round,
  );
while (history.learning) history.record([], 2600);
const often = known.filter((d) => history.sendsTo(d) >= OFTEN_SENDS);
const text = history.encode();

// ---- memory: the history decoded from its text, with the filter its first look-up builds
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const kept = [];
const before = heap();
for (let i = 0; i < 20; i++) {
  const copy = Correspondents.decode(text);
  copy.oftenNear("example.com");
  kept.push(copy);
}
const memoryPerHistory = (heap() - before) / kept.length;

// ---- time: decoding, and a look-up for a domain not known
const timeIt = (fn, rounds) => {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};
const fresh = registrables.slice(KNOWN, KNOWN + 1000);
const decodeMs = timeIt(() => Correspondents.decode(text), 21);
// A fresh copy each run: a history keeps its answers until it records again.
const copies = Array.from({ length: 7 }, () => Correspondents.decode(text));
const lookupMs =
  timeIt(() => {
    const copy = copies.pop();
    for (const d of fresh) copy.oftenNear(d);
  }, 7) / fresh.length;

// ---- new alarms among ordinary domains
const policies = {
  "no policy": resolvePolicy({}),
  "the corpus's 63 trusted domains": resolvePolicy({ trustedDomains: protectedList }),
};
const knownSet = new Set(known);
const newDomains = negatives.map(([d]) => d).filter((d) => !knownSet.has(tldts.getDomain(d) || d));
const alarms = {};
const examples = [];
for (const [name, policy] of Object.entries(policies)) {
  const checker = createChecker(policy);
  let raised = 0;
  let learned = 0;
  for (const domain of newDomains) {
    const address = `someone@${domain}`;
    const without = checker.checkRecipients([{ emailAddress: address }]).recipients[0];
    const withHistory = checker.checkRecipients([{ emailAddress: address }], { correspondents: history })
      .recipients[0];
    const stops = (r) => r.verdict !== "allow";
    if (stops(withHistory) && !stops(without)) {
      raised++;
      const f = withHistory.findings.find((x) => x.suggestionSource === "learned");
      if (f) {
        learned++;
        if (examples.length < 12) examples.push(`${domain} → ${f.suggestion.split("@")[1]}`);
      }
    }
  }
  alarms[name] = { raised, learned, of: newDomains.length };
}

// ---- alarms among the domains the history has written to only once: a domain written to fewer
// than OFTEN_SENDS times is no correspondent of the user's yet, so one a slip from a domain written
// to often is questioned on the next send too (the send that taught it may have been the slip)
const once = known.filter((d) => history.sendsTo(d) < OFTEN_SENDS);
const onceAlarms = { raised: 0, examples: [] };
{
  const checker = createChecker(policies["no policy"]);
  for (const domain of once) {
    const address = `someone@${domain}`;
    const without = checker.checkRecipients([{ emailAddress: address }]).recipients[0];
    const withHistory = checker.checkRecipients([{ emailAddress: address }], { correspondents: history })
      .recipients[0];
    if (withHistory.verdict !== "allow" && without.verdict === "allow") {
      onceAlarms.raised++;
      const f = withHistory.findings.find((x) => x.suggestionSource === "learned");
      if (f && onceAlarms.examples.length < 12)
        onceAlarms.examples.push(`${domain} → ${f.suggestion.split("@")[1]}`);
    }
  }
}

// ---- slips of the domains written to often
const QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const rightOf = (c) => {
  for (const row of QWERTY) {
    const i = row.indexOf(c);
    if (i >= 0 && i + 1 < row.length) return row[i + 1];
  }
  return null;
};
const CYRILLIC = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441", x: "\u0445" };
function slipsOf(domain) {
  const registrable = tldts.parse(domain, { allowPrivateDomains: false });
  const name = registrable.domainWithoutSuffix;
  const suffix = registrable.publicSuffix;
  if (!name || name.length < 2) return [];
  const at = Math.floor(name.length / 2);
  const out = [];
  const put = (kind, n) => out.push([kind, `${n}.${suffix}`]);
  put("letter dropped", name.slice(0, at) + name.slice(at + 1));
  if (name[at] !== name[at + 1] && at + 1 < name.length)
    put("letters swapped", name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2));
  put("letter doubled", name.slice(0, at) + name[at] + name.slice(at));
  const key = rightOf(name[at]);
  if (key) put("neighbouring key", name.slice(0, at) + key + name.slice(at + 1));
  const i = [...name].findIndex((c) => CYRILLIC[c]);
  if (i >= 0)
    out.push([
      "Cyrillic look-alike",
      domainToASCII(`${name.slice(0, i)}${CYRILLIC[name[i]]}${name.slice(i + 1)}.${suffix}`),
    ]);
  return out.filter(([, d]) => d && d !== domain && !knownSet.has(d));
}
const noPolicy = createChecker(policies["no policy"]);
const byKind = {};
const missed = [];
for (const domain of often)
  for (const [kind, slip] of slipsOf(domain)) {
    const row = (byKind[kind] ??= { tried: 0, caught: 0, before: 0 });
    const address = `someone@${slip}`;
    const without = noPolicy.checkRecipients([{ emailAddress: address }]).recipients[0];
    if (without.verdict !== "allow") row.before++;
    row.tried++;
    const r = noPolicy.checkRecipients([{ emailAddress: address }], { correspondents: history })
      .recipients[0];
    if (r.verdict !== "allow" && r.findings.some((f) => f.suggestion === `someone@${domain}`)) row.caught++;
    else if (missed.length < 15) missed.push(`${slip} (${domain})`);
  }

// ---- the report
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(2)}%` : "n/a");
const lines = [];
lines.push(
  `History: ${known.length} known domains (${often.length} written to at least ${OFTEN_SENDS} times), ${history.sends} sends recorded (${LEARNING_SENDS} to learn).`,
);
lines.push("");
lines.push(`| measure | value |`);
lines.push(`|---|---|`);
lines.push(`| stored text | ${text.length} characters (${text.length * 2} bytes as UTF-16) |`);
lines.push(`| memory, decoded with its look-up filter | ${Math.round(memoryPerHistory / 1024)} KB |`);
lines.push(`| decoding it | ${decodeMs.toFixed(2)} ms (median of 21) |`);
lines.push(
  `| look-up of one unknown domain (oftenNear) | ${(lookupMs * 1000).toFixed(1)} µs (median of 7 runs over 1,000 domains, each on a fresh copy) |`,
);
lines.push("");
lines.push(
  `New alarms among the corpus's ordinary domains not in the history (a warning or block with the history that was not there without it):`,
);
lines.push("");
lines.push(`| policy | new alarms | of which against a learned domain | ordinary domains | rate |`);
lines.push(`|---|---|---|---|---|`);
for (const [name, a] of Object.entries(alarms))
  lines.push(`| ${name} | ${a.raised} | ${a.learned} | ${a.of} | ${pct(a.raised, a.of)} |`);
lines.push("");
lines.push(`Examples: ${examples.join(", ") || "none"}.`);
lines.push("");
lines.push(
  `Alarms among the ${once.length} domains in the history written to fewer than ${OFTEN_SENDS} times, no policy (a warning or block with the history that was not there without it): ${onceAlarms.raised} (${pct(onceAlarms.raised, once.length)}). Examples: ${onceAlarms.examples.join(", ") || "none"}.`,
);
lines.push("");
lines.push(`Slips of the ${often.length} domains written to often, no policy:`);
lines.push("");
lines.push(
  `| slip | stopped with the history, fixed towards the learned domain | stopped without it (no fix to it) |`,
);
lines.push(`|---|---|---|`);
let tried = 0;
let caught = 0;
for (const [kind, row] of Object.entries(byKind)) {
  tried += row.tried;
  caught += row.caught;
  lines.push(`| ${kind} | ${row.caught} / ${row.tried} (${pct(row.caught, row.tried)}) | ${row.before} |`);
}
lines.push(`| all | ${caught} / ${tried} (${pct(caught, tried)}) | |`);
lines.push("");
lines.push(`Missed, for example: ${missed.join(", ") || "none"}.`);
const report = lines.join("\n") + "\n";
process.stdout.write(report);
if (OUT) fs.writeFileSync(path.resolve(OUT), report);
