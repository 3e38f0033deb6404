// The evaluation corpus and the small helpers the quality and speed harnesses share.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CORPUS = path.join(ROOT, "test", "eval-corpus");

/** Non-empty lines of a corpus file, without comment lines or Windows line ends. */
export function readLines(file) {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/\r$/, ""))
    .filter((l) => l && !l.startsWith("#"));
}

/** The corpus as rows: protected domains, positives `[class, domain, intended]`, negatives `[domain, source]`. */
export function readCorpus() {
  return {
    protectedList: readLines(path.join(CORPUS, "protected.txt")).map((l) => l.trim().toLowerCase()),
    positives: readLines(path.join(CORPUS, "positives.tsv")).map((l) => l.split("\t")),
    negatives: readLines(path.join(CORPUS, "negatives.txt")).map((l) => l.split("\t")),
  };
}

/** Small deterministic PRNG (mulberry32, seeded from text) so samples are reproducible. */
export function rng(seedText) {
  let h = 2166136261;
  for (const ch of seedText) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher-Yates shuffle of a copy of `items`. */
export function shuffled(items, seedText) {
  const out = items.slice();
  const rand = rng(seedText);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A Markdown table; cells are escaped, columns after the first right-aligned. */
export function mdTable(header, rows) {
  const esc = (s) => String(s).replace(/\|/g, "\\|");
  const lines = [
    `| ${header.map(esc).join(" | ")} |`,
    `|${header.map((_, i) => (i ? "---:" : "---")).join("|")}|`,
  ];
  for (const r of rows) lines.push(`| ${r.map(esc).join(" | ")} |`);
  return lines.join("\n");
}
