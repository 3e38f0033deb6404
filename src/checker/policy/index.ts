/**
 * The organisation policy: its schema (schema.ts), reading it (parse.ts), the checks across
 * settings (consistency.ts) and the layering of built-in, organisation and user settings
 * (layers.ts). Problems are data (evidence.ts); their words are in messages/, which only the pane
 * and the command line import. The JSON Schema's descriptions (descriptions.ts) are imported on
 * their own, so that bundles which never write the JSON Schema leave their text out.
 */
export {
  POLICY_LIMITS,
  normaliseDomainEntry,
  policySchema,
  userSettingsSchema,
  organisationDomainProblem,
  userDomainProblem,
  hostSyntaxProblem,
} from "./schema";
export type { Policy, UserSettings } from "./schema";
export { parsePolicy, parsePolicyText, parseUserSettings, validatePolicy, validatePolicyText } from "./parse";
export type { PolicyError, PolicyNote, PolicyParseResult, PolicyValidation } from "./parse";
export type {
  DomainListKey,
  EntryProblem,
  NamespaceNote,
  PolicyEvidence,
  PolicyEvidenceKind,
  PolicyPlace,
} from "./evidence";
export { resolvePolicy } from "./layers";
export type { EffectivePolicy, Source, TrustedEntry } from "./layers";
