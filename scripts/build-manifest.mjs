#!/usr/bin/env node
// Runs after webpack in `npm run build`. Produces everything in dist/ that is not a bundle:
//
//   dist/manifest.xml          manifest.xml with the administrator's host and SendMode, and each
//                              de-DE, fr-FR and ja-JP override repeated for Office's regional
//                              display languages of that language (de-AT, fr-CA, ...: the locales
//                              @microsoft/office-js ships strings for; scripts/handler-languages.cjs)
//   dist/manifest.json         the add-in as a unified manifest for Microsoft 365 (its own id)
//   dist/de-de.json, ...       its localization files (localizationInfo): German, French, Japanese,
//                              each named by its locale, its language alone and its regional locales
//   dist/recipient-guard.zip   app package for the unified manifest (manifest.json, its localization
//                              files and its two icons)
//   dist/policy.json           the published policy, validated (the add-in refreshes it from here)
//   dist/policy.schema.json    JSON schema of the policy file, for editors
//   dist/assets/               icons and the support page
//
// and refuses a send handler (dist/launchevent/launchevent.js, and the German, French and Japanese
// launchevent.de.js, .fr.js, .ja.js) over its 84 KB gzipped budget.
//
// Settings (environment):
//   ADDIN_HOST_URL  https origin that serves dist/, e.g. https://addin.contoso.com
//                   (default: https://localhost:3000, the development server)
//   SEND_MODE       SoftBlock (default) | Block | PromptUser
//   SUPPORT_URL     https page users are sent to for help (default: the add-in's own support page)
//   RG_DIST         output folder (default: dist); the bundles webpack built must already be there
//   RG_POLICY       published policy file (default: config/policy.json, the one built in)
//
// Nothing here needs the network. Each step is a module of scripts/manifest/.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { BuildError } = require("./manifest/errors.cjs");
const { DEV_HOST, readSettings } = require("./manifest/settings.cjs");
const { parseXml, buildXmlManifest, localFilesOf } = require("./manifest/xml-manifest.cjs");
const { UNIFIED_ICONS, convertToUnified } = require("./manifest/unified-manifest.cjs");
const { validateUnified } = require("./manifest/validate-unified.cjs");
const { zip } = require("./manifest/zip.cjs");
const { buildPolicy } = require("./manifest/policy.cjs");
const { checkHandlerBudget } = require("./manifest/handler-budget.cjs");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE_NAME = "recipient-guard.zip";
const BUILT_IN_POLICY = path.join(ROOT, "config", "policy.json");

const rel = (file) => path.relative(ROOT, file) || ".";

function write(file, data, written) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  written.push(file);
}

async function main() {
  const settings = readSettings(process.env, ROOT);
  const { dist } = settings;
  const written = [];
  const notes = [];

  // Validate every input before writing anything.
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  parseXml(source, "manifest.xml");
  const manifest = buildXmlManifest(source, settings);
  const policy = buildPolicy(settings.policyFile, { root: ROOT });
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
  const builtIn =
    settings.policyFile === BUILT_IN_POLICY
      ? policy.policy
      : buildPolicy(BUILT_IN_POLICY, { root: ROOT }).policy;
  const handlers = checkHandlerBudget(dist, { builtInPolicy: builtIn });

  fs.mkdirSync(dist, { recursive: true });
  fs.cpSync(path.join(ROOT, "assets"), path.join(dist, "assets"), { recursive: true });
  written.push(path.join(dist, "assets") + path.sep);

  const xmlFile = path.join(dist, "manifest.xml");
  write(xmlFile, manifest.xml, written);

  const unified = await convertToUnified(xmlFile, { minVersion: manifest.minVersion, xmlId: manifest.id });
  notes.push(...unified.notes);
  const errors = validateUnified(unified.json);
  for (const [file, localization] of Object.entries(unified.localizations))
    errors.push(...validateUnified(localization).map((e) => `${file}: ${e}`));
  if (errors.length > 0)
    throw new BuildError(`the unified manifest does not match its schema:\n  ${errors.join("\n  ")}`);
  const unifiedText = `${JSON.stringify(unified.json, null, 2)}\n`;
  write(path.join(dist, "manifest.json"), unifiedText, written);
  const localizationEntries = Object.entries(unified.localizations).map(([file, localization]) => ({
    name: file,
    data: Buffer.from(`${JSON.stringify(localization, null, 2)}\n`),
  }));
  for (const entry of localizationEntries) write(path.join(dist, entry.name), entry.data, written);
  const packageEntries = [
    { name: "manifest.json", data: Buffer.from(unifiedText) },
    ...localizationEntries,
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
    `  send handler ${handlers
      .map((h) => `${path.basename(h.file)} ${(h.gzipBytes / 1024).toFixed(1)} KB`)
      .join(", ")} gzipped (budget 84 KB each)`,
    `  XML manifest id ${manifest.id}; unified manifest id ${unified.json.id} (hides the XML add-in where both are installed)`,
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
