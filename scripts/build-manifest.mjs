#!/usr/bin/env node
// Runs after webpack in `npm run build`. Produces everything in dist/ that is not a bundle:
//
//   dist/manifest.xml          manifest.xml with the administrator's host and SendMode
//   dist/manifest.json         the same add-in as a unified manifest for Microsoft 365
//   dist/recipient-guard.zip   app package for the unified manifest (manifest.json + its two icons)
//   dist/policy.json           config/policy.json, validated (the add-in refreshes it from here)
//   dist/policy.schema.json    JSON schema of the policy file, for editors
//   dist/assets/               icons and the support page
//
// Settings (environment):
//   ADDIN_HOST_URL  https origin that serves dist/, e.g. https://addin.contoso.com
//                   (default: https://localhost:3000, the development server)
//   SEND_MODE       SoftBlock (default) | Block | PromptUser
//   SUPPORT_URL     https page users are sent to for help (default: the add-in's own support page)
//   RG_DIST         output folder (default: dist); the bundles webpack built must already be there
//   RG_POLICY       policy file (default: config/policy.json)
//
// Nothing here needs the network: the unified manifest is converted and validated offline.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEV_HOST = "https://localhost:3000";
const SEND_MODES = ["SoftBlock", "Block", "PromptUser"];
const PACKAGE_NAME = "recipient-guard.zip";
/** The unified manifest's short description: at most 80 characters. */
const SHORT_DESCRIPTION = "Warns before mail goes to a mistyped or lookalike domain, such as army.ml.";
const UNIFIED_ICONS = { color: "assets/icon-color-192.png", outline: "assets/icon-outline-32.png" };
const ACCENT_COLOR = "#0F6CBD";

class BuildError extends Error {}

const rel = (file) => path.relative(ROOT, file) || ".";

// ---------------------------------------------------------------------------------------------
// Settings

/** An https origin, without a trailing slash; anything else is refused with the reason. */
function parseHost(value, name) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new BuildError(
      `${name} is not a URL: "${value}". Use an https origin such as https://addin.contoso.com.`,
    );
  }
  if (url.protocol !== "https:")
    throw new BuildError(
      `${name} must use https (Outlook loads add-ins only over https), not "${url.protocol}//".`,
    );
  if (url.username || url.password) throw new BuildError(`${name} must not contain a user name or password.`);
  if (url.search || url.hash)
    throw new BuildError(`${name} must not contain a query or fragment: "${value}".`);
  if (url.pathname !== "/")
    throw new BuildError(
      `${name} must be an origin without a path ("${url.pathname}"): the add-in is served from the root of its host, ` +
        "and fetches /policy.json from there.",
    );
  return url.origin;
}

function readSettings(env) {
  const host = env.ADDIN_HOST_URL ? parseHost(env.ADDIN_HOST_URL.trim(), "ADDIN_HOST_URL") : DEV_HOST;
  const sendMode = env.SEND_MODE ? env.SEND_MODE.trim() : null;
  if (sendMode !== null && !SEND_MODES.includes(sendMode))
    throw new BuildError(`SEND_MODE must be one of ${SEND_MODES.join(", ")}, not "${env.SEND_MODE}".`);
  let supportUrl = null;
  if (env.SUPPORT_URL) {
    try {
      supportUrl = new URL(env.SUPPORT_URL.trim());
    } catch {
      throw new BuildError(`SUPPORT_URL is not a URL: "${env.SUPPORT_URL}".`);
    }
    if (supportUrl.protocol !== "https:") throw new BuildError("SUPPORT_URL must use https.");
    supportUrl = supportUrl.href;
  }
  return {
    host,
    sendMode,
    supportUrl,
    dist: path.resolve(ROOT, env.RG_DIST || "dist"),
    policyFile: path.resolve(ROOT, env.RG_POLICY || path.join("config", "policy.json")),
  };
}

// ---------------------------------------------------------------------------------------------
// XML manifest

function parseXml(text, what) {
  const { DOMParser } = require("@xmldom/xmldom");
  const problems = [];
  const report = (message) => problems.push(String(message).split("\n")[0]);
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: report, fatalError: report },
  }).parseFromString(text, "application/xml");
  if (problems.length > 0 || !doc.documentElement)
    throw new BuildError(`${what} is not well-formed XML: ${problems[0] ?? "no root element"}`);
  return doc;
}

const byName = (node, name) => Array.from(node.getElementsByTagNameNS("*", name));

const escapeAttribute = (value) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Rewrites the checked-in manifest by text substitution, so the output differs from the source
 * only where a setting says so (and stays diffable), then re-reads it to prove the result.
 */
function buildXmlManifest(source, { host, sendMode, supportUrl }) {
  if (!source.includes(DEV_HOST))
    throw new BuildError(`manifest.xml does not use the development host ${DEV_HOST}.`);
  // The source's opening comment describes the source; the output says where it came from instead.
  const generated = [
    "<!--",
    `  Generated by scripts/build-manifest.mjs from manifest.xml for ${host}. Do not edit: change`,
    "  manifest.xml or the build settings (ADDIN_HOST_URL, SEND_MODE, SUPPORT_URL) and build again.",
    "-->",
  ].join("\n");
  let xml = source.replace(
    /^(<\?xml[^>]*\?>\s*)(<!--[\s\S]*?-->)?/,
    (_all, declaration) => `${declaration}${generated}`,
  );
  xml = xml.split(DEV_HOST).join(host);
  if (supportUrl) {
    xml = xml.replace(
      /(<SupportUrl\s+DefaultValue=")[^"]*(")/,
      (_all, before, after) => `${before}${escapeAttribute(supportUrl)}${after}`,
    );
  }
  if (sendMode) {
    const tag = /<LaunchEvent\b[^>]*\bType="OnMessageSend"[^>]*>/;
    const found = xml.match(tag);
    if (!found) throw new BuildError("manifest.xml has no OnMessageSend LaunchEvent to set SEND_MODE on.");
    const updated = /\bSendMode="[^"]*"/.test(found[0])
      ? found[0].replace(/\bSendMode="[^"]*"/, `SendMode="${sendMode}"`)
      : found[0].replace(/\s*\/?>$/, (end) => ` SendMode="${sendMode}"${end}`);
    xml = xml.replace(tag, updated);
  }

  const doc = parseXml(xml, "The generated manifest");
  const leftovers = xml.match(/\b(?:https?:)?\/\/localhost(?::\d+)?[^"<\s]*/g);
  if (host !== DEV_HOST && leftovers)
    throw new BuildError(`the generated manifest still points at localhost: ${leftovers[0]}`);
  const insecure = xml.match(/\bhttp:\/\/(?!schemas\.microsoft\.com\/|www\.w3\.org\/)[^"<\s]*/);
  if (insecure)
    throw new BuildError(`the generated manifest contains a URL that is not https: ${insecure[0]}`);
  const onSend = byName(doc, "LaunchEvent").filter((e) => e.getAttribute("Type") === "OnMessageSend");
  if (onSend.length !== 1)
    throw new BuildError("the manifest must declare exactly one OnMessageSend LaunchEvent.");
  const effectiveMode = onSend[0].getAttribute("SendMode") || "SoftBlock";
  if (sendMode && effectiveMode !== sendMode) throw new BuildError(`SEND_MODE ${sendMode} was not applied.`);
  const minVersion = byName(doc, "Sets")
    .map((s) => s.getAttribute("DefaultMinVersion"))
    .find(Boolean);
  return { xml, doc, sendMode: effectiveMode, minVersion };
}

/** Where each https URL of the manifest would be served from in dist/. */
function localFilesOf(doc, host) {
  const urls = new Set();
  for (const el of [...byName(doc, "Url"), ...byName(doc, "Image"), ...byName(doc, "SourceLocation")]) {
    const value = el.getAttribute("DefaultValue");
    if (value) urls.add(value);
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"])
    for (const el of byName(doc, name)) urls.add(el.getAttribute("DefaultValue"));
  return [...urls]
    .filter((u) => u && u.startsWith(`${host}/`))
    .map((u) => decodeURIComponent(new URL(u).pathname).slice(1));
}

// ---------------------------------------------------------------------------------------------
// Unified manifest

const versionParts = (v) => String(v).split(".").map(Number);
function versionLess(a, b) {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return false;
}

/**
 * office-addin-manifest-converter 0.4 compares requirement versions as decimal numbers, so the
 * XML's DefaultMinVersion 1.12 loses to its implicit "1.5" for VersionOverrides 1.1 (1.5 > 1.12).
 * Put the declared version back wherever the converter lowered it.
 */
function restoreMailboxMinVersion(extension, declared) {
  let fixed = 0;
  const visit = (requirements) => {
    for (const cap of requirements?.capabilities ?? []) {
      if (cap.name === "Mailbox" && cap.minVersion && versionLess(cap.minVersion, declared)) {
        cap.minVersion = declared;
        fixed++;
      }
    }
  };
  for (const list of [extension.runtimes, extension.ribbons, extension.autoRunEvents])
    for (const item of list ?? []) visit(item.requirements);
  return fixed;
}

async function convertToUnified(xmlFile, minVersion) {
  const { convert } = require("office-addin-manifest-converter");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "rg-manifest-"));
  let json;
  try {
    // imageDownload=false: root icons become package-relative paths, nothing is fetched.
    await convert(xmlFile, work, false, null, null, false);
    const produced = path.join(work, "manifest.json");
    if (!fs.existsSync(produced))
      throw new BuildError("office-addin-manifest-converter wrote no manifest.json.");
    json = JSON.parse(fs.readFileSync(produced, "utf8"));
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`office-addin-manifest-converter failed: ${error.message ?? error}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }

  const notes = [];
  const extension = json.extensions?.[0];
  if (!extension)
    throw new BuildError("the unified manifest has no extension: the converter lost the add-in.");
  if (minVersion && restoreMailboxMinVersion(extension, minVersion) > 0)
    notes.push(
      `Mailbox ${minVersion} restored in the unified manifest's requirements (converter lowers it to 1.5)`,
    );
  if (json.description?.short?.includes("<TRUNCATED>")) json.description.short = SHORT_DESCRIPTION;
  json.icons = { ...UNIFIED_ICONS };
  json.accentColor = ACCENT_COLOR;

  const truncated = JSON.stringify(json).match(/"([^"]+)":"<TRUNCATED>/);
  if (truncated) throw new BuildError(`the converter truncated "${truncated[1]}" in the unified manifest.`);
  const events = (extension.autoRunEvents ?? []).flatMap((e) => e.events ?? []);
  if (!events.some((e) => e.type === "messageSending"))
    throw new BuildError("the unified manifest lost the OnMessageSend event (messageSending).");
  return { json, notes };
}

/** The JSON schema bundled in @microsoft/app-manifest for this manifest's $schema, read from disk. */
function bundledSchemaFor(manifest) {
  let suffix;
  try {
    const url = new URL(manifest.$schema);
    suffix = url.pathname.replace(/^\/[a-z]{2}(?:-[a-z]{2})?(?=\/json-schemas\/)/i, "");
  } catch {
    throw new BuildError(`the unified manifest's $schema is not a URL: ${manifest.$schema}`);
  }
  const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = path.join(packageDir, "build", suffix);
  if (!suffix.startsWith("/json-schemas/") || !fs.existsSync(file))
    throw new BuildError(
      `@microsoft/app-manifest bundles no schema for ${manifest.$schema} (looked for ${file}).`,
    );
  // The published Teams schemas contain "\a" and "\v" escapes that JSON does not allow.
  return JSON.parse(fs.readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
}

/**
 * Validates a unified manifest against its bundled schema with the validator stack of
 * @microsoft/app-manifest (Ajv with the draft-04 dialect and the same formats as its
 * AppManifestUtils.validateAgainstSchema). Its own entry point is not used: it loads an ES-module-only
 * dependency through require(), which Node 20 before 20.19 cannot do. Returns the errors.
 */
function validateUnified(manifest) {
  const schema = bundledSchemaFor(manifest);
  const fromPackage = createRequire(require.resolve("@microsoft/app-manifest/package.json"));
  const dialect = String(schema.$schema ?? "").includes("2020-12") ? "ajv/dist/2020" : "ajv-draft-04";
  const Ajv = fromPackage(dialect);
  const addFormats = fromPackage("ajv-formats");
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false });
  (addFormats.default ?? addFormats)(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return validate.errors.map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

// ---------------------------------------------------------------------------------------------
// App package: a zip with the unified manifest and its two icons (entries stored, not deflated:
// the PNGs are compressed already and the manifest is small).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01, so the package is reproducible
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---------------------------------------------------------------------------------------------
// Policy

function loadChecker() {
  const file = path.join(ROOT, "dist", "lib", "checker.cjs");
  if (!fs.existsSync(file))
    throw new BuildError(`${rel(file)} is missing: build the checker first (npx webpack --mode production).`);
  return require(file);
}

function buildPolicy(policyFile) {
  const name = rel(policyFile);
  if (!fs.existsSync(policyFile)) throw new BuildError(`${name} is missing.`);
  const text = fs.readFileSync(policyFile, "utf8");
  const checker = loadChecker();
  const result = checker.parsePolicyText(text);
  if (!result.success) {
    const lines = result.errors.map((e) => `${name}: ${e.path || "(top level)"}: ${e.message}`);
    throw new BuildError(`${name} is not a valid policy:\n${lines.join("\n")}`);
  }
  const warnings = (result.warnings ?? []).map((w) =>
    typeof w === "string" ? `${name}: ${w}` : `${name}: ${w.path || "(top level)"}: ${w.message}`,
  );
  return { text, schema: checker.policyJsonSchema(), warnings };
}

// ---------------------------------------------------------------------------------------------

function write(file, data, written) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  written.push(file);
}

async function main() {
  const settings = readSettings(process.env);
  const { dist } = settings;
  const written = [];
  const notes = [];

  // Validate every input before writing anything.
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  parseXml(source, "manifest.xml");
  const manifest = buildXmlManifest(source, settings);
  const policy = buildPolicy(settings.policyFile);
  notes.push(...policy.warnings);
  if (manifest.sendMode === "Block")
    notes.push(
      "SendMode Block: nobody can send while the add-in cannot load; admin deployment only (not Marketplace)",
    );

  const missing = localFilesOf(manifest.doc, settings.host).filter(
    (f) =>
      !fs.existsSync(path.join(dist, f)) && !(f.startsWith("assets/") && fs.existsSync(path.join(ROOT, f))),
  );
  if (missing.length > 0)
    throw new BuildError(
      `the manifest points at files that are not in ${rel(dist)}: ${missing.join(", ")}. Run webpack first.`,
    );

  fs.mkdirSync(dist, { recursive: true });
  fs.cpSync(path.join(ROOT, "assets"), path.join(dist, "assets"), { recursive: true });
  written.push(path.join(dist, "assets") + path.sep);

  const xmlFile = path.join(dist, "manifest.xml");
  write(xmlFile, manifest.xml, written);

  const unified = await convertToUnified(xmlFile, manifest.minVersion);
  notes.push(...unified.notes);
  const errors = validateUnified(unified.json);
  if (errors.length > 0)
    throw new BuildError(`the unified manifest does not match its schema:\n  ${errors.join("\n  ")}`);
  const unifiedText = `${JSON.stringify(unified.json, null, 2)}\n`;
  write(path.join(dist, "manifest.json"), unifiedText, written);
  const packageEntries = [
    { name: "manifest.json", data: Buffer.from(unifiedText) },
    ...Object.values(UNIFIED_ICONS).map((icon) => ({
      name: icon,
      data: fs.readFileSync(path.join(ROOT, icon)),
    })),
  ];
  write(path.join(dist, PACKAGE_NAME), zip(packageEntries), written);

  write(path.join(dist, "policy.json"), policy.text, written);
  write(path.join(dist, "policy.schema.json"), `${JSON.stringify(policy.schema, null, 2)}\n`, written);

  const lines = [
    `Recipient Guard manifest for ${settings.host}${settings.host === DEV_HOST ? " (development host)" : ""}`,
    `  SendMode ${manifest.sendMode}${settings.sendMode ? " (SEND_MODE)" : ""}, Mailbox ${manifest.minVersion}`,
    ...written.map((f) => `  wrote ${rel(f)}`),
    ...notes.map((n) => `  note: ${n}`),
  ];
  console.log(lines.join("\n"));
}

main().catch((error) => {
  const message = error instanceof BuildError ? error.message : (error?.stack ?? String(error));
  console.error(`build-manifest: ${message}`);
  process.exit(1);
});
