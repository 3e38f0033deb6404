/** The policy validator's data in English words, as `recipient-guard policy check` prints them. */
import type { PolicyError, PolicyNote } from "../src/checker";
import {
  describePolicyNote,
  describePolicyPlace,
  describePolicyProblem,
} from "../src/checker/policy/messages";

/** Where: `trusted domain 2 ("com")`. */
export const pathOf = (e: PolicyError | PolicyNote): string => describePolicyPlace(e.where);

/** What: `expected text, got a number`. */
export const messageOf = (e: PolicyError): string => describePolicyProblem(e.evidence);

/** Each error as its code, where and what, in English. */
export const said = (errors: readonly PolicyError[]) =>
  errors.map((e) => ({ path: pathOf(e), code: e.code, message: messageOf(e) }));

/** Each note as its one English sentence. */
export const notesSaid = (notes: readonly PolicyNote[]): string[] => notes.map((n) => describePolicyNote(n));
