// The languages the send handler speaks: one bundle each (webpack.config.js), English under the
// manifest's default URLs and the others under their locale overrides (manifest.xml, and the
// unified manifest's localization files). Each bundle carries its own catalogue alone
// (src/checker/messages/default.ts).
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const HANDLER_LANGUAGES = ["en", "de", "fr", "ja"];

/** The Office locale whose override names each other language's bundle (as manifest.xml's strings). */
const HANDLER_LOCALES = { de: "de-DE", fr: "fr-FR", ja: "ja-JP" };

/** launchevent (English) or launchevent.de, .fr, .ja: the name of the .js file and of its .html page. */
const handlerName = (language) => (language === "en" ? "launchevent" : `launchevent.${language}`);

/** "de-at" or "de-AT" as Office writes a locale: language in lower case, region in upper case. */
const officeLocale = (tag) => {
  const [language, ...rest] = tag.split("-");
  return [language.toLowerCase(), ...rest.map((part) => part.toUpperCase())].join("-");
};

/**
 * The other display languages of Office in each language the handler speaks besides English, by
 * language: { de: ["de-AT", "de-CH", "de-LI", "de-LU"], fr: [...], ja: [] }. Read from the locales
 * @microsoft/office-js ships its own strings for (one folder per locale in its dist/, such as
 * dist/de-at/office_strings.js), without the locale of HANDLER_LOCALES, which the manifest names
 * itself. An Override matches one locale exactly (docs/develop/localization.md in
 * OfficeDev/office-js-docs-pr: "use separate Override elements for each area"), so the build adds
 * one for each of these.
 */
function regionalLocales(officeJsDist = defaultOfficeJsDist()) {
  const folders = fs
    .readdirSync(officeJsDist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}-[a-z]{2}$/.test(entry.name))
    .filter((entry) => fs.existsSync(path.join(officeJsDist, entry.name, "office_strings.js")))
    .map((entry) => entry.name)
    .sort();
  const regional = {};
  for (const language of Object.keys(HANDLER_LOCALES)) {
    const own = HANDLER_LOCALES[language].toLowerCase();
    if (!folders.includes(own))
      throw new Error(
        `@microsoft/office-js ships no strings for ${HANDLER_LOCALES[language]} in ${officeJsDist}`,
      );
    regional[language] = folders.filter((f) => f.startsWith(`${language}-`) && f !== own).map(officeLocale);
  }
  return regional;
}

function defaultOfficeJsDist() {
  return path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

module.exports = { HANDLER_LANGUAGES, HANDLER_LOCALES, handlerName, officeLocale, regionalLocales };
