// Builds every bundle of the project:
// - launchevent: the Smart Alerts handler, one self-contained ES2016 file (classic Outlook on
//   Windows runs it in a JavaScript-only runtime), plus the HTML page other clients load it from,
//   once per language it speaks (launchevent.js in English, launchevent.de.js, .fr.js, .ja.js);
// - taskpane: the React + Fluent UI review pane;
// - cli and lib: Node bundles of the command-line tool and of the checker (for bench and eval).
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { version } = require("./package.json");

// Production pages must load office.js from Microsoft's CDN (a Marketplace requirement); the local
// simulator and the browser tests serve the copy from @microsoft/office-js instead.
const OFFICE_JS_URL =
  process.env.OFFICE_JS_URL || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const tsRule = (compilerOptions = {}) => ({
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: { transpileOnly: true, compilerOptions },
});

// Dependencies ship modern syntax; the handler must parse on Outlook builds that accept only
// ES2016, so their code goes through the TypeScript transpiler too.
const es2016Dependencies = {
  test: /\.m?js$/,
  include: /node_modules/,
  loader: "ts-loader",
  options: { transpileOnly: true, compilerOptions: { allowJs: true, target: "ES2016", module: "ESNext" } },
};

// Where the send handler downloads policy.json from in classic Outlook's JavaScript-only runtime,
// which has no page address to start from (scripts/build-manifest.mjs checks ADDIN_HOST_URL itself).
const policyUrl = () => {
  try {
    return new URL("/policy.json", process.env.ADDIN_HOST_URL || "https://localhost:3000").href;
  } catch {
    return "https://localhost:3000/policy.json";
  }
};

// Which rules decide what a valid organisation policy is: a short hash of every source file of the
// checker (the policy schema and the domain rules it applies), of the ICANN-only suffix list the
// browser bundles carry (which endings may be blocked) and of the versions of the packages the
// checker reads domains with. A stored policy sealed with this build's id was validated by these
// very rules and is not validated again (src/shared/policy-codec.ts); a change to any of them gives
// a new id, and a copy stored before it is validated as before.
function policyRulesId() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".ts")) files.push(file);
    }
  };
  walk(path.resolve(__dirname, "src/checker"));
  files.push(path.resolve(__dirname, "scripts/webpack/icann-only-trie.cjs"));
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    const name = path.relative(__dirname, file).split(path.sep).join("/");
    hash.update(`${name}\n${fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n")}\n`);
  }
  for (const pkg of ["tldts", "tldts-core", "punycode"])
    hash.update(`${pkg}@${require(`${pkg}/package.json`).version}\n`);
  return hash.digest("hex").slice(0, 16);
}

const defines = (mode) =>
  new webpack.DefinePlugin({
    RECIPIENT_GUARD_VERSION: JSON.stringify(version),
    RECIPIENT_GUARD_POLICY_URL: JSON.stringify(policyUrl()),
    // Computed again whenever the module that uses it is built (`true`: never cached), so that
    // npm run watch never keeps the id of rules it has since rebuilt.
    RECIPIENT_GUARD_POLICY_RULES: webpack.DefinePlugin.runtimeValue(
      () => JSON.stringify(policyRulesId()),
      true,
    ),
    "process.env.NODE_ENV": JSON.stringify(mode),
  });

// Browser bundles: webpack's shim for Node's `global` is `new Function("return this")`, which our
// no-eval promise (and the pages' Content Security Policy) forbids; globalThis does the same job.
const browserNode = { global: false };
// The checker calls tldts with hostname extraction, IP detection, validation, special-use and
// extra suffixes turned off; the browser bundles carry a stub for that code instead (about 2 KB
// gzipped of the handler's 80 KB budget). The handler tests run on the built bundle.
const TLDTS_UNUSED = path.resolve(__dirname, "src/shared/tldts-unused.js");
const TLDTS_NO_FAST_PATH = path.resolve(__dirname, "src/shared/tldts-no-fast-path.js");
// And the checker passes every option, so tldts has no defaults to fill in (src/shared/tldts-options.js).
const TLDTS_OPTIONS = path.resolve(__dirname, "src/shared/tldts-options.js");
const unusedTldtsParts = new webpack.NormalModuleReplacementPlugin(
  /^\.\/(extract-hostname|is-ip|is-valid|is-special-use|options|lookup\/extra-suffixes|src\/lookup\/fast-path)$/,
  (resolveData) => {
    // Only tldts-core's own imports; other packages may have modules of the same names.
    if (resolveData.request === "./src/lookup/fast-path") {
      if (/tldts-core[\\/]dist[\\/]es6$/.test(resolveData.context)) resolveData.request = TLDTS_NO_FAST_PATH;
    } else if (/tldts-core[\\/]dist[\\/]es6[\\/]src$/.test(resolveData.context)) {
      resolveData.request = resolveData.request === "./options" ? TLDTS_OPTIONS : TLDTS_UNUSED;
    }
  },
);
// The same bundles carry tldts's suffix trie without the private section of the Public Suffix List,
// which the checker never asks for (allowPrivateDomains: false): about 16 KB gzipped less.
// test/icann-only-trie.test.ts holds tldts with the rewritten trie to the real one.
const icannOnlyTrie = {
  test: /tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/,
  enforce: "pre",
  loader: path.resolve(__dirname, "scripts/webpack/icann-only-trie.cjs"),
};
const browserPlugins = (mode) => [
  defines(mode),
  new webpack.DefinePlugin({ global: "globalThis" }),
  unusedTldtsParts,
];

// The send handler speaks one language per bundle, chosen by the manifest's locale overrides of its
// URLs: each carries its own catalogue and country names and no other (src/checker/messages/default.ts).
const { HANDLER_LANGUAGES, handlerName } = require("./scripts/handler-languages.cjs");
const handlerFiles = (language) => [`${handlerName(language)}.js`, `${handlerName(language)}.html`];
/** src/checker/messages/default.ts, the catalogue the checker speaks, replaced by default-<language>.ts. */
const DEFAULT_CATALOGUE = path.resolve(__dirname, "src/checker/messages/default");
const speaks = (language) =>
  new webpack.NormalModuleReplacementPlugin(/(^|[\\/])default$/, (resolveData) => {
    if (path.resolve(resolveData.context, resolveData.request) === DEFAULT_CATALOGUE)
      resolveData.request = `${DEFAULT_CATALOGUE}-${language}`;
  });

// The built-in policy in the send handler bundles, without its notes (scripts/webpack/policy-notes.cjs),
// and the fingerprint of the file as written, which the policy store compares downloaded copies with.
const BUILT_IN_POLICY = path.resolve(__dirname, "config/policy.json");
const policyNotes = require("./scripts/webpack/policy-notes.cjs");
const policyWithoutNotes = {
  test: BUILT_IN_POLICY,
  loader: path.resolve(__dirname, "scripts/webpack/policy-notes.cjs"),
};
const bundledFingerprint = () =>
  new webpack.DefinePlugin({
    RECIPIENT_GUARD_BUNDLED_FINGERPRINT: webpack.DefinePlugin.runtimeValue(
      () => JSON.stringify(policyNotes.fingerprint(fs.readFileSync(BUILT_IN_POLICY, "utf8"))),
      { fileDependencies: [BUILT_IN_POLICY] },
    ),
  });

const shared = (mode) => ({
  mode,
  devtool: mode === "production" ? false : "source-map",
  resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  performance: { hints: false },
});

module.exports = (_env, argv) => {
  const mode = argv.mode || "production";
  return [
    ...HANDLER_LANGUAGES.map((language) => ({
      ...shared(mode),
      name: language === "en" ? "launchevent" : `launchevent-${language}`,
      target: ["web", "es2016"],
      entry: { [handlerName(language)]: "./src/launchevent/launchevent.ts" },
      output: {
        path: path.resolve(__dirname, "dist/launchevent"),
        filename: "[name].js",
        // The four builds share the folder: each clears out what is not another language's.
        clean: {
          keep: (file) =>
            HANDLER_LANGUAGES.some((other) => other !== language && handlerFiles(other).includes(file)),
        },
      },
      module: {
        rules: [tsRule({ target: "ES2016" }), es2016Dependencies, icannOnlyTrie, policyWithoutNotes],
      },
      // One file, no chunks, no runtime imports: the JavaScript-only runtime cannot load modules.
      // Written in ASCII alone (other characters as \u escapes, which mean the same): the file
      // then reads the same whatever character set a runtime assumes, and gzip, with no byte
      // above 127 to code for, makes it 0.6 KB smaller in English and 0.5 to 0.6 KB in the others.
      optimization: {
        splitChunks: false,
        runtimeChunk: false,
        minimizeOptions: { javascript: { compress: { passes: 3 }, format: { ascii_only: true } } },
      },
      devtool: false,
      node: browserNode,
      plugins: [
        ...browserPlugins(mode),
        bundledFingerprint(),
        ...(language === "en" ? [] : [speaks(language)]),
        new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
        new HtmlWebpackPlugin({
          filename: `${handlerName(language)}.html`,
          template: "./src/launchevent/launchevent.html",
          templateParameters: { officeJsUrl: OFFICE_JS_URL, language, script: `${handlerName(language)}.js` },
          inject: false,
        }),
      ],
    })),
    {
      ...shared(mode),
      name: "taskpane",
      target: ["web", "es2017"],
      entry: { taskpane: "./src/taskpane/index.tsx" },
      output: { path: path.resolve(__dirname, "dist/taskpane"), filename: "[name].js", clean: true },
      module: { rules: [tsRule({ target: "ES2017" }), icannOnlyTrie] },
      node: browserNode,
      plugins: [
        ...browserPlugins(mode),
        new HtmlWebpackPlugin({
          filename: "taskpane.html",
          template: "./src/taskpane/taskpane.html",
          templateParameters: { officeJsUrl: OFFICE_JS_URL },
          inject: false,
        }),
      ],
    },
    {
      // The local Outlook simulator (npm start): a development tool, not part of the add-in.
      ...shared(mode),
      name: "simulator",
      target: ["webworker", "es2017"],
      entry: { simulator: "./src/simulator/simulator.ts", "office-shim": "./src/simulator/office-shim.ts" },
      output: {
        path: path.resolve(__dirname, "dist/simulator"),
        filename: "[name].js",
        publicPath: "",
        clean: true,
      },
      module: { rules: [tsRule({ target: "ES2017" })] },
      node: browserNode,
      plugins: [
        ...browserPlugins(mode),
        new HtmlWebpackPlugin({
          filename: "simulator.html",
          template: "./src/simulator/simulator.html",
          inject: false,
        }),
        new CopyWebpackPlugin({ patterns: [{ from: "./src/simulator/simulator.css", to: "simulator.css" }] }),
      ],
    },
    {
      ...shared(mode),
      name: "cli",
      target: "node20",
      entry: { "recipient-guard": "./src/cli/bin.ts" },
      output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
      module: { rules: [tsRule()] },
      optimization: { minimize: false },
      plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true }), defines(mode)],
    },
    {
      ...shared(mode),
      name: "lib",
      target: "node20",
      entry: { checker: "./src/checker/index.ts" },
      output: {
        path: path.resolve(__dirname, "dist/lib"),
        filename: "[name].cjs",
        library: { type: "commonjs2" },
        clean: true,
      },
      module: { rules: [tsRule()] },
      optimization: { minimize: false },
    },
  ];
};
