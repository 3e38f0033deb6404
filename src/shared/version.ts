/** The add-in's version, set by webpack's DefinePlugin (package.json); "development" where it is not (jest). */
declare const RECIPIENT_GUARD_VERSION: string | undefined;

export const ADDIN_VERSION =
  typeof RECIPIENT_GUARD_VERSION === "string" ? RECIPIENT_GUARD_VERSION : "development";
