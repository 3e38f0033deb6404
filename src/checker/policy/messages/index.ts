/**
 * The policy validator's messages in English, German, French and Japanese, for `recipient-guard
 * policy check` and the pane. The validator (src/checker/policy/) returns data only; the send
 * handler, which never shows a policy problem, imports none of this.
 */
export { POLICY_CATALOGUES, type PolicyKey } from "./catalogues";
export {
  describePolicyError,
  describePolicyNote,
  describePolicyPlace,
  describePolicyProblem,
} from "./render";
