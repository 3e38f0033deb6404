// The one error type of the manifest build: its message is shown to the administrator as it is,
// without a stack trace, so it must say what was wrong and what to do.
class BuildError extends Error {}

module.exports = { BuildError };
