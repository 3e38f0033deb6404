import type { FindingCode } from "../findings";
import type { PathSegment } from "../schema";

/**
 * What the policy validator found, as data: where it is and what is wrong there, with no words. A
 * policy catalogue (src/checker/policy/messages/) says it in one language, for `recipient-guard
 * policy check` and for the pane; the send handler, which never shows a policy problem, carries
 * none of those words. Domains are as the file has them (`value`) or as the checker compares them
 * (`host`: lower-case ASCII, punycode).
 */

/** The policy's lists of domains. */
export type DomainListKey = "internalDomains" | "trustedDomains" | "blockedDomains";

/** Where in the file a problem is, as an administrator would look for it. */
export type PolicyPlace =
  /** An entry of a domain list, counted from 0: `trusted domain 2 ("com")`; `value` when it is text. */
  | { list: DomainListKey; index: number; value?: string }
  /** The action for a kind of finding: `the action for "lookalike-domain"`. */
  | { action: FindingCode }
  /** A domain the file lists, where its entry as written could not be found again. */
  | { domain: string }
  /** Anything else, by its path: `"warnAbove" in "externalRecipients"`; `[]` is the whole file. */
  | { path: PathSegment[] };

/** What a value of the file is, as a problem names it ("got a number"). */
export type ValueType = "null" | "list" | "object" | "text" | "number" | "boolean" | "other";

/** What a setting should have been. */
export type ExpectedType = "boolean" | "whole-number" | "text" | "list" | "object";

/** Problems with a value's shape: what src/checker/schema.ts finds. */
export type ShapeProblem =
  | { says: "wrong-type"; expected: ExpectedType; got: ValueType }
  | { says: "required" }
  | { says: "too-small"; min: number }
  | { says: "too-big"; max: number }
  | { says: "not-one-of"; allowed: string[] }
  | { says: "text-too-long"; length: number; max: number }
  | { says: "too-many"; count: number; max: number }
  | { says: "unknown-setting"; known: string[] }
  /** A list entry that repeats an earlier one (after normalising): a warning. */
  | { says: "repeats"; value: string };

/** Why a domain entry or a keyword cannot be used (src/checker/policy/schema.ts). */
export type EntryProblem =
  | { says: "empty" }
  | { says: "an-address"; host: string }
  | { says: "not-a-domain"; host: string }
  /** An ending anyone can register under (`com`, `co.uk`): never trusted as a whole. */
  | { says: "open-ending"; host: string }
  /** A restricted namespace (`gov.uk`), which a user may not trust as a whole. */
  | { says: "whole-namespace"; host: string }
  /** A blocked entry with no dot that is no real ending. */
  | { says: "not-an-ending"; host: string }
  | { says: "no-letter"; keyword: string };

/** Settings that contradict each other or never take effect: warnings (consistency.ts). */
export type ConsistencyProblem =
  /** A trusted domain that is also internal (`internal`). */
  | { says: "also-internal"; internal: PolicyPlace }
  /**
   * An internal or trusted domain that a block stops: listed as blocked too (`under: false`), or
   * under a blocked entry.
   */
  | {
      says: "blocked";
      list: "internalDomains" | "trustedDomains";
      blockedBy: PolicyPlace;
      under: boolean;
    }
  /** `warnAbove` with no internal domains, which can never tell who is outside. */
  | { says: "warn-above-unused" };

/** Problems with the file as text (parse.ts). */
export type FileProblem =
  | { says: "too-large"; limit: number }
  /** `detail` is the JSON parser's own message (the engine's words, quoted as they are). */
  | { says: "not-json"; detail: string };

export type PolicyEvidence = ShapeProblem | EntryProblem | ConsistencyProblem | FileProblem;

/** The catalogue entry that says it: one per kind of problem. */
export type PolicyEvidenceKind = PolicyEvidence["says"];

/** What a setting does that an administrator should know: a whole restricted namespace listed. */
export interface NamespaceNote {
  says: "namespace";
  list: "internalDomains" | "trustedDomains";
  /** The namespace (`gov.uk`), one of RESTRICTED_NAMESPACES. */
  host: string;
}
