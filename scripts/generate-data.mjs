#!/usr/bin/env node
// Regenerates the checked-in generated data files.
//
//   node scripts/generate-data.mjs           write every generated file
//   node scripts/generate-data.mjs --check   write nothing; exit 1 if any checked-in file is stale
//
// Every module in scripts/generators/*.mjs default-exports an async function returning
// { path, content } (or an array of them), where path is relative to the repository root.
// Generated files must start with a header comment that says they are auto-generated, by which
// script, from which sources, and "do not edit"; this runner refuses output without one.

import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(SCRIPTS_DIR, "..");
const GENERATORS_DIR = join(SCRIPTS_DIR, "generators");

function usage() {
  console.error("usage: node scripts/generate-data.mjs [--check]");
  process.exit(2);
}

async function loadGenerators() {
  const files = (await readdir(GENERATORS_DIR)).filter((f) => f.endsWith(".mjs")).sort();
  const generators = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(GENERATORS_DIR, file)).href);
    if (typeof mod.default !== "function") {
      throw new Error(`scripts/generators/${file} has no default-exported generator function`);
    }
    generators.push({ name: file, run: mod.default });
  }
  return generators;
}

function validateOutput(generator, output) {
  const { path, content } = output ?? {};
  if (typeof path !== "string" || typeof content !== "string") {
    throw new Error(`${generator}: expected { path: string, content: string }`);
  }
  const abs = resolve(ROOT, path);
  const rel = relative(ROOT, abs);
  if (isAbsolute(path) || rel.startsWith("..") || isAbsolute(rel)) {
    throw new Error(`${generator}: output path ${path} is outside the repository`);
  }
  const head = content.split("\n").slice(0, 12).join("\n");
  if (!/^(\/\/|\/\*)/.test(content) || !/auto-generated/i.test(head) || !/do not edit/i.test(head)) {
    throw new Error(
      `${generator}: ${path} must begin with an "auto-generated ... do not edit" header comment`,
    );
  }
  if (!head.includes("scripts/generate-data.mjs")) {
    throw new Error(`${generator}: the header of ${path} must name scripts/generate-data.mjs`);
  }
  if (!content.endsWith("\n")) throw new Error(`${generator}: ${path} must end with a newline`);
  return { path: rel.split("\\").join("/"), abs, content };
}

async function readIfExists(file) {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if (err && err.code === "ENOENT") return null;
    throw err;
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.some((a) => a !== "--check")) usage();
  const check = args.includes("--check");

  const outputs = [];
  const seen = new Map();
  for (const generator of await loadGenerators()) {
    const result = await generator.run();
    for (const output of Array.isArray(result) ? result : [result]) {
      const valid = validateOutput(generator.name, output);
      if (seen.has(valid.path)) {
        throw new Error(`${valid.path} is produced by both ${seen.get(valid.path)} and ${generator.name}`);
      }
      seen.set(valid.path, generator.name);
      outputs.push(valid);
    }
  }

  const stale = [];
  for (const { path, abs, content } of outputs) {
    const current = await readIfExists(abs);
    // Tolerate CRLF checkouts: compare with normalised line endings.
    const upToDate = current !== null && current.replace(/\r\n/g, "\n") === content;
    if (check) {
      if (!upToDate) stale.push(`${path}${current === null ? " (missing)" : ""}`);
      continue;
    }
    if (upToDate) {
      console.log(`unchanged ${path}`);
    } else {
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, content, "utf8");
      console.log(`wrote     ${path} (${Buffer.byteLength(content)} bytes)`);
    }
  }

  if (check) {
    if (stale.length > 0) {
      console.error("Generated files are stale; run `npm run generate` and commit the result:");
      for (const s of stale) console.error(`  ${s}`);
      process.exit(1);
    }
    console.log(`${outputs.length} generated file(s) up to date`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack || err.message : err);
  process.exit(1);
});
