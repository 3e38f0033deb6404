/** The checker's public surface: pure, no Office, DOM or storage. */
export {
  builtInDomainIndex,
  createChecker,
  prepareBuiltIns,
  visibleExternalIndexes,
  unconfirmedDomains,
  outsideDomainOf,
} from "./checker";
export type { AddressResult, CheckContext, Checker, MessageResult, RecipientInput } from "./checker";
export { parseAddress } from "./address";
export { formatSize, matchForm, containsWords, realAttachments } from "./attachments";
export type { AttachmentInput, KeywordList, MessageContent } from "./attachments";
export { OrganisationKeys } from "./organisation-keys";
export { Correspondents, dayNumber, LEARNING_SENDS, MAX_CORRESPONDENTS, OFTEN_SENDS } from "./correspondents";
export type { CorrespondentLookup } from "./correspondents";
export type { ParsedAddress } from "./address";
export { DEFAULT_ACTIONS, FINDING_CODES, SUGGESTION_SOURCE_WORDS, verdictOf } from "./findings";
export type { Action, Finding, FindingCode, Severity, SuggestionSource, Verdict } from "./findings";
export {
  parsePolicy,
  parsePolicyText,
  parseUserSettings,
  resolvePolicy,
  validatePolicy,
  validatePolicyText,
  POLICY_LIMITS,
} from "./policy";
export type {
  EffectivePolicy,
  Policy,
  PolicyError,
  PolicyEvidence,
  PolicyNote,
  PolicyParseResult,
  PolicyPlace,
  PolicyValidation,
  Source,
  UserSettings,
} from "./policy";
export { policyJsonSchema } from "./policy/descriptions";
export { describePolicyError, describePolicyNote } from "./policy/messages";
export { namespaceOf, OPEN_SECOND_LEVEL_LABELS, RESTRICTED_NAMESPACES } from "./namespaces";
export type { Namespace, NamespaceKind } from "./namespaces";
export { assessUserTrust } from "./user-trust";
export type { UserTrustAssessment } from "./user-trust";
