// Screenshots of the task pane for a visual check, with Debian's Chromium (playwright-core):
//   node test/taskpane/harness/shoot.mjs        (after `npx webpack --mode production --config-name taskpane`)
// - the built dist/taskpane page outside Office (office.js served from the npm copy, as if from the CDN);
// - the real App over the fake host (the harness page, bundled to a temporary folder, never to dist/).
// Writes PNGs to SHOTS (default: <tmp>/recipient-guard-shots) and prints, per shot, console errors and
// any horizontal overflow. Development tool only: not part of the tests or the add-in.
/* global document, window */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const { chromium } = require("playwright-core");

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..", "..");
const SITE = path.join(os.tmpdir(), "recipient-guard-harness");
const SHOTS = process.env.SHOTS || path.join(os.tmpdir(), "recipient-guard-shots");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
fs.mkdirSync(SHOTS, { recursive: true });

process.env.HARNESS_OUT = SITE;
const config = require("./webpack.harness.cjs");
await new Promise((resolve, reject) =>
  webpack(config, (error, stats) =>
    error || stats.hasErrors() ? reject(error ?? new Error(stats.toString("errors-only"))) : resolve(),
  ),
);
fs.copyFileSync(path.join(HERE, "harness.html"), path.join(SITE, "harness.html"));

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json" };
const ROOTS = { "/dist/": path.join(ROOT, "dist"), "/harness/": SITE };
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  for (const [prefix, dir] of Object.entries(ROOTS)) {
    if (!url.pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${decodeURIComponent(url.pathname.slice(prefix.length - 1))}`);
    if (file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(fs.readFileSync(file));
      return;
    }
  }
  res.writeHead(404).end("not found");
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: JSON.parse(fs.readFileSync(new URL("../../chromium-flags.json", import.meta.url), "utf8")).args,
});

const report = [];
async function shoot(name, url, { width = 350, height = 800, full = false, act } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems = [];
  page.on(
    "console",
    (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`),
  );
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  // Microsoft's CDN is out of reach here: serve office.js and its files from the npm package instead.
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    const file = path.join(
      OFFICE_DIST,
      new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ""),
    );
    if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file))
      return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
  });
  await page.goto(origin + url);
  await page.waitForTimeout(1500);
  const extra = act ? await act(page) : undefined;
  await page.waitForTimeout(400);
  const overflowPx = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: full });
  report.push({ name, file, overflowPx: Math.max(0, overflowPx), problems, ...(extra ? { extra } : {}) });
  await page.close();
}

const H = "/harness/harness.html";
const replaceButton = (p) => p.getByRole("button", { name: "Replace with colonel.smith@army.mil" });
try {
  await shoot("outside-office", "/dist/taskpane/taskpane.html");
  await shoot("review", `${H}?scenario=review`, { full: true });
  await shoot("review-320", `${H}?scenario=review`, { width: 320, full: true });
  await shoot("review-dark", `${H}?scenario=review&theme=dark`, { full: true });
  await shoot("review-dialog", `${H}?scenario=review`, {
    act: async (p) => {
      await replaceButton(p).focus();
      await p.keyboard.press("Enter");
      await p.getByRole("dialog").waitFor();
    },
  });
  await shoot("review-after-fix", `${H}?scenario=review`, {
    full: true,
    act: async (p) => {
      await replaceButton(p).focus();
      await p.keyboard.press("Enter");
      await p.getByRole("dialog").waitFor();
      await p.keyboard.press("Tab");
      await p.keyboard.press("Enter");
      await p.getByText(/^Replaced colonel/).waitFor();
      await p.waitForTimeout(600);
      return { focus: await p.evaluate(() => document.activeElement?.textContent) };
    },
  });
  await shoot("review-group", `${H}?scenario=group`, { full: true });
  await shoot("review-group-320", `${H}?scenario=group`, { width: 320, full: true });
  await shoot("review-fix-all-dialog", `${H}?scenario=group`, {
    act: async (p) => {
      await p.getByRole("button", { name: "Fix all at army.ml" }).click();
      await p.getByRole("dialog").waitFor();
    },
  });
  await shoot("review-trust-caution", `${H}?scenario=group`, {
    act: async (p) => {
      await p.getByRole("button", { name: "Trust army.ml" }).click();
      await p.getByRole("dialog").waitFor();
    },
  });
  await shoot("all-clear", `${H}?scenario=clear`);
  await shoot("blocked", `${H}?scenario=blocked`);
  await shoot("settings", `${H}?scenario=settings`, {
    full: true,
    act: async (p) => {
      await p.getByRole("tab", { name: "Settings" }).click();
      await p.getByRole("button", { name: "Check for policy updates" }).click();
    },
  });
  await shoot("settings-320", `${H}?scenario=settings`, {
    width: 320,
    full: true,
    act: async (p) => p.getByRole("tab", { name: "Settings" }).click(),
  });
} finally {
  console.log(JSON.stringify(report, null, 2));
  await browser.close();
  server.close();
}
