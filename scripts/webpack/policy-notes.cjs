// Webpack loader for config/policy.json in the send handler bundles: the built-in policy without its
// notes, the "$comment" texts (at any depth) and "$schema", which the policy ignores (src/checker/
// policy/schema.ts) and the handler never reads: about 0.3 KB gzipped of prose. Everything else is
// kept as written. The policy's fingerprint (src/shared/policy-store.ts) is that of the file as
// written, which webpack.config.js computes and gives the bundle (RECIPIENT_GUARD_BUNDLED_FINGERPRINT),
// so that the handler, the pane and earlier versions agree on it.
"use strict";

const NOTES = new Set(["$comment", "$schema"]);

function withoutNotes(source) {
  return JSON.stringify(JSON.parse(source, (key, value) => (NOTES.has(key) ? undefined : value)));
}

/** bundledFingerprint (src/shared/policy-store.ts) of the policy file's text. */
function fingerprint(source) {
  const text = JSON.stringify(JSON.parse(source));
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) ^ text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

module.exports = withoutNotes;
module.exports.withoutNotes = withoutNotes;
module.exports.fingerprint = fingerprint;
