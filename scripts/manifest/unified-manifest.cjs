// The unified manifest for Microsoft 365, converted from the XML manifest with Microsoft's
// office-addin-manifest-converter and then repaired where the converter gets it wrong.
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { BuildError } = require("./errors.cjs");
const { HANDLER_LOCALES } = require("../handler-languages.cjs");

/** The unified manifest's short description: at most 80 characters. */
const SHORT_DESCRIPTION = "Warns before mail goes to a mistyped or lookalike domain, such as army.ml.";
const UNIFIED_ICONS = { color: "assets/icon-color-192.png", outline: "assets/icon-outline-32.png" };
const ACCENT_COLOR = "#0F6CBD";
/**
 * Microsoft's guidance for offering an add-in with both manifests (docs/concepts/
 * duplicate-legacy-metaos-add-ins.md): a different name, and an `id` other than the XML `<Id>`.
 * name.short is at most 30 characters.
 */
const UNIFIED_NAME = {
  short: "Recipient Guard (M365 app)",
  full: "Recipient Guard, Microsoft 365 app package",
};

/**
 * The same in the languages of the localization files the converter writes from manifest.xml's
 * overrides (localizationInfo), by their file name: a name of their own there too (the converter
 * copies the XML add-in's), and a short description where the converter cut the XML's.
 */
const UNIFIED_LOCALIZED = {
  "de-de.json": {
    name: { short: "Recipient Guard (M365-App)", full: "Recipient Guard, App-Paket für Microsoft 365" },
    shortDescription: "Warnt vor dem Senden an vertippte oder nachgeahmte Domains wie army.ml.",
  },
  "fr-fr.json": {
    name: {
      short: "Recipient Guard (app M365)",
      full: "Recipient Guard, package d'application Microsoft 365",
    },
    shortDescription: "Avertit avant l'envoi vers un domaine mal saisi ou imité, comme army.ml.",
  },
  "ja-jp.json": {
    name: {
      short: "Recipient Guard (M365 アプリ)",
      full: "Recipient Guard、Microsoft 365 アプリ パッケージ",
    },
    shortDescription: "army.ml のような入力ミスや偽装ドメインにメールが送られる前に警告します。",
  },
};

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
 * Put the declared version back wherever the converter lowered it. Returns how many it fixed.
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

/**
 * A GUID for the unified manifest, derived from the XML manifest's (an RFC 9562 version 5,
 * name-based UUID): stable from build to build, and never equal to the XML `<Id>`.
 */
function unifiedIdFor(xmlId) {
  const namespace = Buffer.from(xmlId.replace(/-/g, ""), "hex");
  if (namespace.length !== 16) throw new BuildError(`"${xmlId}" is not a GUID.`);
  const hash = crypto
    .createHash("sha1")
    .update(Buffer.concat([namespace, Buffer.from("unified manifest for Microsoft 365", "utf8")]))
    .digest()
    .subarray(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Applies Microsoft's rules for an add-in offered with both manifests: its own id and name, and an
 * `alternates` entry that hides the XML add-in (`customOfficeAddin`: it is not a Marketplace
 * listing) where both are installed, so that users do not see two Recipient Guards.
 */
function followBothManifestsGuidance(json, xmlId) {
  json.id = unifiedIdFor(xmlId);
  json.name = { ...UNIFIED_NAME };
  const extension = json.extensions[0];
  const alternates = (extension.alternates ?? []).filter((a) => !a.hide);
  alternates.push({ hide: { customOfficeAddin: { officeAddinId: xmlId } } });
  extension.alternates = alternates;
}

/** Repairs the converter's output in place; returns notes for the build log. */
function repairConverted(json, { minVersion, xmlId }) {
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
  followBothManifestsGuidance(json, xmlId);

  const truncated = JSON.stringify(json).match(/"([^"]+)":"<TRUNCATED>/);
  if (truncated) throw new BuildError(`the converter truncated "${truncated[1]}" in the unified manifest.`);
  const events = [];
  for (const entry of extension.autoRunEvents ?? []) events.push(...(entry.events ?? []));
  if (!events.some((e) => e.type === "messageSending"))
    throw new BuildError("the unified manifest lost the OnMessageSend event (messageSending).");
  return notes;
}

/**
 * Repairs one localization file the converter wrote (`file`, e.g. "de-de.json") in place: the
 * unified manifest's own name in that language, and its short description where the converter cut
 * it. The runtimes' localized code URLs (the send handler in that language) are the converter's,
 * from manifest.xml's overrides of the runtime URLs.
 */
function repairLocalization(file, localization) {
  const own = UNIFIED_LOCALIZED[file];
  if (!own) throw new BuildError(`the converter wrote a localization file for no known language: ${file}.`);
  localization["name.short"] = own.name.short;
  localization["name.full"] = own.name.full;
  if (String(localization["description.short"] ?? "").includes("<TRUNCATED>"))
    localization["description.short"] = own.shortDescription;
  const truncated = JSON.stringify(localization).match(/"([^"]+)":"<TRUNCATED>/);
  if (truncated) throw new BuildError(`the converter truncated "${truncated[1]}" in ${file}.`);
}

/**
 * One localization file per language, shared by every tag of that language. The converter writes a
 * file for each Override locale of the XML manifest (de-de.json, de-at.json, ...; the build adds the
 * regional ones), all alike. Kept: the file of each language's locale in HANDLER_LOCALES
 * (de-de.json), named by that locale's tag, by the language alone ("de": the unified manifest's
 * localization matches the user's language when no tag names their region; apps-localization.md
 * in MicrosoftDocs/msteams-docs, which localization.md in OfficeDev/office-js-docs-pr points to)
 * and by each regional tag (for a client that matches tags exactly, as the XML manifest's
 * overrides do). Changes `json` in place; returns the files to write, by name.
 */
function shareLanguageFiles(json, localizations) {
  const entries = json.localizationInfo?.additionalLanguages ?? [];
  const languages = new Map();
  for (const { languageTag, file } of entries) {
    const language = languageTag.split("-")[0];
    const primary = HANDLER_LOCALES[language]?.toLowerCase();
    if (!primary)
      throw new BuildError(`the converter wrote a localization file for no known language: ${file}.`);
    if (!languages.has(language)) languages.set(language, { primary, file: `${primary}.json`, regional: [] });
    if (languageTag !== primary) languages.get(language).regional.push({ languageTag, file });
  }
  const shared = {};
  const additionalLanguages = [];
  for (const [language, { primary, file, regional }] of languages) {
    const own = localizations[file];
    if (!own) throw new BuildError(`the converter wrote no ${file} for ${regional[0]?.languageTag}.`);
    for (const other of regional)
      if (JSON.stringify(localizations[other.file]) !== JSON.stringify(own))
        throw new BuildError(`${other.file} differs from ${file}: the build expects one text per language.`);
    shared[file] = own;
    additionalLanguages.push(
      { languageTag: primary, file },
      { languageTag: language, file },
      ...regional.map(({ languageTag }) => ({ languageTag, file })),
    );
  }
  if (json.localizationInfo) json.localizationInfo.additionalLanguages = additionalLanguages;
  return shared;
}

/**
 * Converts the XML manifest file offline (no icon download) and repairs the result: the manifest,
 * and each localization file its localizationInfo names (by file name).
 */
async function convertToUnified(xmlFile, { minVersion, xmlId }) {
  const { convert } = require("office-addin-manifest-converter");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "rg-manifest-"));
  let json;
  const localizations = {};
  try {
    // imageDownload=false: root icons become package-relative paths, nothing is fetched.
    await convert(xmlFile, work, false, null, null, false);
    const produced = path.join(work, "manifest.json");
    if (!fs.existsSync(produced))
      throw new BuildError("office-addin-manifest-converter wrote no manifest.json.");
    json = JSON.parse(fs.readFileSync(produced, "utf8"));
    for (const { file } of json.localizationInfo?.additionalLanguages ?? []) {
      if (!/^[a-z]{2}-[a-z]{2}\.json$/.test(file) || !fs.existsSync(path.join(work, file)))
        throw new BuildError(`office-addin-manifest-converter wrote no localization file ${file}.`);
      localizations[file] = JSON.parse(fs.readFileSync(path.join(work, file), "utf8"));
    }
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`office-addin-manifest-converter failed: ${error.message ?? error}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const notes = repairConverted(json, { minVersion, xmlId });
  const shared = shareLanguageFiles(json, localizations);
  for (const [file, localization] of Object.entries(shared)) repairLocalization(file, localization);
  return { json, localizations: shared, notes };
}

module.exports = {
  UNIFIED_ICONS,
  UNIFIED_NAME,
  UNIFIED_LOCALIZED,
  repairLocalization,
  versionLess,
  restoreMailboxMinVersion,
  unifiedIdFor,
  followBothManifestsGuidance,
  repairConverted,
  shareLanguageFiles,
  convertToUnified,
};
