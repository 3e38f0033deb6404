// Where the send handler's gzipped bytes go: builds dist/launchevent/launchevent.js (or the handler
// of another language: launchevent.de.js, ...) exactly as `npm run build` does (production mode,
// same config) but with a source map, into a scratch folder, and attributes the minified output to
// the source files it came from.
//
//   node scripts/handler-bytes.mjs [--lang en|de|fr|ja] [--top N] [--json]
//
// For each source file: its minified bytes, and its gzip cost, measured as how much smaller the
// gzipped bundle gets when that file's bytes are cut out of it (so the costs add up to a little
// less than the whole: what the files share compresses once). Bytes no source claims (webpack's
// glue, terser's joins) are listed as "(unmapped)".
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const { SourceMapConsumer } = require("source-map");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const webpackConfig = require(path.join(root, "webpack.config.js"));
const { HANDLER_LANGUAGES, handlerName } = require(path.join(root, "scripts", "handler-languages.cjs"));

const args = process.argv.slice(2);
const topIndex = args.indexOf("--top");
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 40;
const asJson = args.includes("--json");
const langIndex = args.indexOf("--lang");
const language = langIndex >= 0 ? args[langIndex + 1] : "en";

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

async function build() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "handler-bytes-"));
  if (!HANDLER_LANGUAGES.includes(language))
    throw new Error(`--lang: one of ${HANDLER_LANGUAGES.join(", ")}`);
  const configs = webpackConfig({}, { mode: "production" });
  const config = configs.find(
    (c) => c.name === (language === "en" ? "launchevent" : `launchevent-${language}`),
  );
  config.devtool = "source-map";
  config.output = { ...config.output, path: out };
  config.context = root;
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, s) => (err ? reject(err) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  const file = `${handlerName(language)}.js`;
  const code = fs.readFileSync(path.join(out, file), "utf8").replace(/\n\/\/# sourceMappingURL=.*\n?$/, "");
  const map = JSON.parse(fs.readFileSync(path.join(out, `${file}.map`), "utf8"));
  fs.rmSync(out, { recursive: true, force: true });
  return { code, map };
}

function attribute(code, map) {
  // Offsets of each line start, to turn (line, column) into an offset in the code.
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === "\n") lineStarts.push(i + 1);
  const owner = new Array(code.length).fill(null);
  const consumer = new SourceMapConsumer(map);
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const next = mappings[i + 1];
    const end =
      next && next.generatedLine === m.generatedLine
        ? lineStarts[next.generatedLine - 1] + next.generatedColumn
        : (lineStarts[m.generatedLine] ?? code.length + 1) - 1;
    const source = m.source
      ? m.source.replace(/^webpack:\/\/recipient-guard\//, "").replace(/^webpack:\/\//, "")
      : null;
    for (let j = start; j < end && j < code.length; j++) owner[j] = source;
  }
  return owner;
}

const { code, map } = await build();
const owner = attribute(code, map);
const total = gzip(Buffer.from(code));
const bySource = new Map();
for (let i = 0; i < code.length; i++) {
  const key = owner[i] ?? "(unmapped)";
  bySource.set(key, (bySource.get(key) ?? 0) + 1);
}
const rows = [];
for (const [source, bytes] of bySource) {
  let rest = "";
  for (let i = 0; i < code.length; i++) if ((owner[i] ?? "(unmapped)") !== source) rest += code[i];
  rows.push({ source, bytes, gzipCost: total - gzip(Buffer.from(rest)) });
}
rows.sort((a, b) => b.gzipCost - a.gzipCost);
if (asJson) {
  console.log(JSON.stringify({ bytes: Buffer.byteLength(code), gzipBytes: total, sources: rows }, null, 2));
} else {
  console.log(
    `${handlerName(language)}.js: ${Buffer.byteLength(code)} bytes, ${total} gzipped (without its source-map comment)`,
  );
  console.log("gzip cost  minified  source");
  for (const row of rows.slice(0, top))
    console.log(`${String(row.gzipCost).padStart(9)}  ${String(row.bytes).padStart(8)}  ${row.source}`);
  const shown = rows.slice(0, top).reduce((n, r) => n + r.gzipCost, 0);
  if (rows.length > top)
    console.log(
      `(${rows.length - top} more sources, ${rows.slice(top).reduce((n, r) => n + r.gzipCost, 0)} bytes of gzip cost; shown ${shown})`,
    );
}
