// Offline validation of a unified manifest against the JSON schema that @microsoft/app-manifest
// bundles for its $schema.
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");
const { BuildError } = require("./errors.cjs");

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
 * Validates a unified manifest, or one of its localization files, with the validator stack of @microsoft/app-manifest (Ajv with the
 * draft-04 dialect and the formats of its AppManifestUtils.validateAgainstSchema). Its own entry
 * point is not used: it loads an ES-module-only dependency through require(), which Node 20 before
 * 20.19 cannot do. Returns the errors, one line each.
 */
function validateUnified(manifest) {
  const schema = bundledSchemaFor(manifest);
  const fromPackage = createRequire(require.resolve("@microsoft/app-manifest/package.json"));
  const dialect = String(schema.$schema ?? "").includes("2020-12") ? "ajv/dist/2020" : "ajv-draft-04";
  const Ajv = fromPackage(dialect);
  const addFormats = fromPackage("ajv-formats");
  // The localization schema's patterns are not valid with the "u" flag Ajv gives them by default
  // (a "]" outside a class): they are compiled as the plain JavaScript patterns they were written as.
  const localization = /MicrosoftTeams\.Localization\.schema\.json/.test(String(manifest.$schema));
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false, unicodeRegExp: !localization });
  (addFormats.default ?? addFormats)(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return validate.errors.map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

module.exports = { bundledSchemaFor, validateUnified };
