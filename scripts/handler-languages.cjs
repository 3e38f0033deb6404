// The languages the send handler speaks: one bundle each (webpack.config.js), English under the
// manifest's default URLs and the others under their locale overrides (manifest.xml, and the
// unified manifest's localization files). Each bundle carries its own catalogue alone
// (src/checker/messages/default.ts).
"use strict";

const HANDLER_LANGUAGES = ["en", "de", "fr", "ja"];

/** The Office locale whose override names each other language's bundle (as manifest.xml's strings). */
const HANDLER_LOCALES = { de: "de-DE", fr: "fr-FR", ja: "ja-JP" };

/** launchevent (English) or launchevent.de, .fr, .ja: the name of the .js file and of its .html page. */
const handlerName = (language) => (language === "en" ? "launchevent" : `launchevent.${language}`);

module.exports = { HANDLER_LANGUAGES, HANDLER_LOCALES, handlerName };
