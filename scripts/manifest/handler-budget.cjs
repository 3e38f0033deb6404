// The send handler's size budget. Classic Outlook on Windows downloads launchevent.js when the
// first event of a session fires and counts that time against the 5-second limit, and the engine
// compiles all of it before the handler runs, so the build refuses a handler over budget instead of
// shipping one that makes sends slow or "unavailable".
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { BuildError } = require("./errors.cjs");
const { HANDLER_LANGUAGES, handlerName } = require("../handler-languages.cjs");

/** The send handler in each language it speaks, English's first: each has the whole budget. */
const HANDLER_FILES = HANDLER_LANGUAGES.map((language) =>
  path.join("launchevent", `${handlerName(language)}.js`),
);
const HANDLER_FILE = HANDLER_FILES[0];
const HANDLER_BUDGET_GZIP_BYTES = 84 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Size of a built handler (English's by default), raw and gzipped (level 9, as a web server would serve it). */
function handlerSize(dist, handlerFile = HANDLER_FILE) {
  const file = path.join(dist, handlerFile);
  const bytes = fs.readFileSync(file);
  return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
}

/** How many domains the built-in policy lists: the usual reason for a handler over budget. */
function countDomains(policy) {
  let n = 0;
  for (const key of ["internalDomains", "trustedDomains", "blockedDomains"])
    if (Array.isArray(policy?.[key])) n += policy[key].length;
  return n;
}

/**
 * Refuses a handler over the budget, in any language, with what to do about it; returns the size of
 * each language's handler that was built, English's first (it must be). `builtInPolicy` is the
 * policy that webpack built into the handlers (config/policy.json), when known.
 */
function checkHandlerBudget(dist, { builtInPolicy, builtInPolicyName = "config/policy.json" } = {}) {
  const sizes = HANDLER_FILES.filter((file, i) => i === 0 || fs.existsSync(path.join(dist, file))).map(
    (file) => handlerSize(dist, file),
  );
  const size = sizes.find((s) => s.gzipBytes > HANDLER_BUDGET_GZIP_BYTES);
  if (!size) return sizes;
  const domains = countDomains(builtInPolicy);
  const reason =
    domains > 0
      ? ` The policy built into it (${builtInPolicyName}) lists ${domains.toLocaleString("en-US")} domains. ` +
        `Keep that file small (your own domains and the actions) and publish the long lists as ` +
        `policy.json instead: build with RG_POLICY=<the full policy file>, and the add-in downloads it ` +
        `into Outlook's storage, off the send path (docs/deployment.md, section 3).`
      : " Something large was bundled into it: check the imports of src/launchevent/.";
  throw new BuildError(
    `${path.relative(dist, size.file).split(path.sep).join("/")} is ${kb(size.gzipBytes)} gzipped, over its budget of ` +
      `${kb(HANDLER_BUDGET_GZIP_BYTES)}.${reason}`,
  );
}

module.exports = { HANDLER_FILE, HANDLER_FILES, HANDLER_BUDGET_GZIP_BYTES, handlerSize, checkHandlerBudget };
