// The organisation policy the build publishes (dist/policy.json), validated with the checker's own
// parser from the bundle webpack built (dist/lib/checker.cjs).
const fs = require("node:fs");
const path = require("node:path");
const { BuildError } = require("./errors.cjs");

function loadChecker(root) {
  const file = path.join(root, "dist", "lib", "checker.cjs");
  if (!fs.existsSync(file))
    throw new BuildError(
      `${path.relative(root, file)} is missing: build the checker first (npx webpack --mode production).`,
    );
  return require(file);
}

/** Reads and validates the policy file; `name` is how messages refer to it. */
function buildPolicy(policyFile, { root, name = path.relative(root, policyFile) }) {
  if (!fs.existsSync(policyFile)) throw new BuildError(`${name} is missing.`);
  const text = fs.readFileSync(policyFile, "utf8");
  const checker = loadChecker(root);
  const result = checker.parsePolicyText(text);
  if (!result.success) {
    const lines = result.errors.map((e) => `${name}: ${checker.describePolicyError(e)}`);
    throw new BuildError(`${name} is not a valid policy:\n${lines.join("\n")}`);
  }
  const warnings = (result.warnings ?? []).map((w) => `${name}: ${checker.describePolicyError(w)}`);
  return { text, policy: result.data, schema: checker.policyJsonSchema(), warnings };
}

module.exports = { loadChecker, buildPolicy };
