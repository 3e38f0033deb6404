#!/usr/bin/env node
// Serves the built add-in (dist/) and the Outlook simulator on localhost. HTTPS with the Office dev
// certificates when they exist (~/.office-addin-dev-certs), plain HTTP otherwise.
//
// The production pages load office.js from Microsoft's CDN, which this machine cannot reach. For
// every HTML page the server rewrites only that one script URL: pages opened by the simulator (with
// Outlook's `_host_Info` query parameter) get the simulator's Office stand-in, every other page gets
// the real office.js from @microsoft/office-js. The bundles themselves are served as built.
//
//   node scripts/serve.mjs [--port N] [--host 127.0.0.1] [--http]
//   PORT=N npm start   (the port defaults to 3000)
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SHIM = "/simulator/office-shim.js";
const REAL_OFFICE_JS = "/vendor/office-js/office.js";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Resolves a URL path inside a root folder; null for anything that would escape it. */
function inside(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const file = path.resolve(root, `.${decoded}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function fileFor(pathname) {
  if (pathname === "/" || pathname === "/index.html") return path.join(DIST, "simulator", "simulator.html");
  // Browsers ask for /favicon.ico on every page they open at the top: answer with the add-in's icon.
  if (pathname === "/favicon.ico") return path.join(DIST, "assets", "icon-32.png");
  if (pathname.startsWith("/vendor/office-js/"))
    return inside(OFFICE_JS_DIST, pathname.slice("/vendor/office-js".length));
  return inside(DIST, pathname);
}

export function createServer({ useHttps }) {
  const handler = (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = fileFor(url.pathname);
    if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Not found: ${url.pathname}\n`);
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    let body = fs.readFileSync(file);
    if (type.startsWith("text/html")) {
      const openedByOutlook = url.searchParams.has("_host_Info");
      body = Buffer.from(
        body
          .toString("utf8")
          .split(CDN_OFFICE_JS)
          .join(openedByOutlook ? SHIM : REAL_OFFICE_JS),
      );
    }
    res.writeHead(200, {
      "content-type": type,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(body);
  };
  if (useHttps) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    return https.createServer(
      {
        key: fs.readFileSync(path.join(dir, "localhost.key")),
        cert: fs.readFileSync(path.join(dir, "localhost.crt")),
      },
      handler,
    );
  }
  return http.createServer(handler);
}

function devCertsAvailable() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  return fs.existsSync(path.join(dir, "localhost.key")) && fs.existsSync(path.join(dir, "localhost.crt"));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (!fs.existsSync(path.join(DIST, "simulator", "simulator.html"))) {
    console.error("serve: dist/ is not built; run npm run build first");
    process.exit(1);
  }
  const port = Number(option("--port", process.env.PORT ?? "3000"));
  const host = option("--host", "127.0.0.1");
  const useHttps = !process.argv.includes("--http") && devCertsAvailable();
  const server = createServer({ useHttps });
  server.on("error", (error) => {
    console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const scheme = useHttps ? "https" : "http";
    console.log(
      `Recipient Guard is running.\n\n  Outlook simulator:  ${scheme}://localhost:${port}/\n  Add-in manifest:    ${scheme}://localhost:${port}/manifest.xml\n`,
    );
    if (!useHttps)
      console.log(
        "(plain HTTP: no Office dev certificates found; run npx office-addin-dev-certs install for HTTPS)\n",
      );
    console.log("Press Ctrl+C to stop.");
  });
}
