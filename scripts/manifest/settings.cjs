// The build's settings, read from the environment and checked before anything is written.
const path = require("node:path");
const { BuildError } = require("./errors.cjs");

const DEV_HOST = "https://localhost:3000";
const SEND_MODES = ["SoftBlock", "Block", "PromptUser"];

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

function parseSupportUrl(value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new BuildError(`SUPPORT_URL is not a URL: "${value}".`);
  }
  if (url.protocol !== "https:") throw new BuildError("SUPPORT_URL must use https.");
  return url.href;
}

/** The settings of one build; `root` is the project folder that relative paths start from. */
function readSettings(env, root) {
  const host = env.ADDIN_HOST_URL ? parseHost(env.ADDIN_HOST_URL.trim(), "ADDIN_HOST_URL") : DEV_HOST;
  const sendMode = env.SEND_MODE ? env.SEND_MODE.trim() : null;
  if (sendMode !== null && !SEND_MODES.includes(sendMode))
    throw new BuildError(`SEND_MODE must be one of ${SEND_MODES.join(", ")}, not "${env.SEND_MODE}".`);
  return {
    host,
    sendMode,
    supportUrl: env.SUPPORT_URL ? parseSupportUrl(env.SUPPORT_URL) : null,
    dist: path.resolve(root, env.RG_DIST || "dist"),
    policyFile: path.resolve(root, env.RG_POLICY || path.join("config", "policy.json")),
  };
}

module.exports = { DEV_HOST, SEND_MODES, parseHost, readSettings };
