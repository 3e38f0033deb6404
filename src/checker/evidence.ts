import type { EditKind } from "./edit";
import type { ProtectedSource } from "./protected-index";

/**
 * What the checker's rules found, as data: the domains, slips, counts and sources a finding is
 * about, with no words. A message catalogue (src/checker/messages/) turns it into sentences in
 * one language; the command line's `--json` prints it as it is. Domains are lower-case ASCII
 * (punycode), as the checker compares them; the catalogue shows their Unicode form where it matters.
 */
export type Evidence = EvidenceBody & {
  /** What the domain as typed is ("under Mali's domain"), when it helps to say. */
  typedIs?: DomainIs;
  /** What the suggested domain is ("the US military's domain"), when there is a suggestion. */
  suggestedIs?: DomainIs;
};

/** The catalogue entry that says it: one per kind of sentence, several for some finding codes. */
export type EvidenceKind = EvidenceBody["says"];

export type EvidenceBody =
  // The address itself.
  | {
      says: "invisible";
      /** The characters removed, each once, in the order first found: each catalogue names them. */
      codePoints: number[];
    }
  | { says: "unreadable"; problem: AddressProblem }
  | { says: "ending-only"; host: string }
  | { says: "ip-literal"; ip: string }
  | { says: "check-failed"; detail: string }
  // Its domain.
  | { says: "blocked"; /** The policy's entry: `.kp` for a whole ending, else the domain. */ blocked: string }
  | {
      /** With `foreign` letters to name, or else (`homoglyph.swap`) the differing characters. */
      says: "homoglyph" | "homoglyph.swap";
      typed: string;
      intended: string;
      owner: Owner;
      /** The differing middle of the two, as the user sees them. */
      typedPart: string;
      intendedPart: string;
      /** Letters of other alphabets in `typedPart`, by script; empty when all look Latin. */
      foreign: ForeignLetters[];
    }
  | {
      says: "slip";
      typed: string;
      intended: string;
      owner: Owner;
      slip: Slip;
      /** The typed ending, described because the slip was in it. */
      ending?: string;
    }
  | { says: "skeleton-slip"; typed: string; intended: string; owner: Owner }
  | {
      says: "suffix-swap";
      typed: string;
      intended: string;
      owner: Owner;
      suffix: string;
      intendedSuffix: string;
      /** The typed ending is a namespace where the protected name cannot be its owner's. */
      namespace?: "government" | "free";
      /** The typed ending, described (when it is not such a namespace). */
      ending?: string;
    }
  | { says: "embedded"; host: string; form: string; registrable: string; owner: Owner }
  | { says: "dot-shift"; typed: string; suggested: string; ending?: string }
  | { says: "suffix-slip"; suffix: string; intended: string; slip: Slip; suggested: string }
  | {
      says: "restricted-slip";
      host: string;
      registrable: string;
      intended: string;
      slip: Slip;
      suggested: string;
    }
  /** An ending that does not exist; `.one` names the high-value ending meant, `.many` several hosts. */
  | { says: "unknown-suffix"; suffix: string }
  | { says: "unknown-suffix.one"; suffix: string; suggested: string; slip: Slip }
  | { says: "unknown-suffix.many"; suffix: string; hosts: string[] }
  | {
      /** `either.bare` when no catalogue says whose the ending is. */
      says: "either" | "either.bare";
      typed: string;
      suffix: string;
      /** The two domains it may have been meant for, each with what it is. */
      options: { host: string; is?: DomainIs }[];
    }
  | { says: "mixed-script"; typed: string; /** Unicode script names. */ scripts: string[] }
  // The message as a whole.
  | { says: "external"; count: number; limit: number }
  /** A group; `group.outside` when it is outside the organisation. */
  | { says: "group" | "group.outside"; address: string }
  /** Outside addresses all recipients see; `visible.meeting` for a meeting's attendees. */
  | { says: "visible" | "visible.meeting"; count: number }
  | { says: "unconfirmed"; domains: string[] }
  | { says: "unfamiliar"; domain: string }
  // What the message carries outside (attachments.ts): `places` are outside domains, `files` the
  // attachments; `.one` for a single attachment, `.meeting` for an invitation.
  | {
      says: "attachments" | "attachments.one" | "attachments.meeting" | "attachments.meeting.one";
      count: number;
      places: string[];
      files: AttachedFile[];
      /** Those of `places` the user has not written to before (correspondents.ts), when any. */
      newTo?: string[];
    }
  | { says: "keyword.subject" | "keyword.subject.meeting"; word: string; places: string[] }
  | { says: "keyword.attachment"; word: string; name: string; places: string[] }
  /** Outlook did not give the attachments or the subject; `reason` is Outlook's (or ours). */
  | { says: "content-unread"; reason: string }
  /** A reply's outside domain that none of the recipients Outlook put on the reply had. */
  | { says: "added"; domain: string };

/** An attachment as a finding names it: its name and size in bytes (0: not known). */
export interface AttachedFile {
  name: string;
  size: number;
}

/** Whose a protected domain is: the policy's source, or the US .gov registry with its owner's name. */
export interface Owner {
  source: ProtectedSource | "dotgov";
  /** The registry's name for the owner of a .gov domain. */
  name?: string;
}

/** One typing slip: `found` typed where `expected` belonged, in `intended`. */
export interface Slip {
  kind: EditKind;
  expected: string;
  found: string;
  /** The domain (or ending) the slip was made in. */
  intended: string;
}

export interface ForeignLetters {
  /** Unicode script name, e.g. `Cyrillic`. */
  script: string;
  letters: string[];
}

/** What a domain is, in a finding's terms. */
export type DomainIs =
  | { is: "unreal-ending" }
  | { is: "under"; /** An ending the catalogues describe. */ suffix: string }
  | { is: "lookalike" }
  | { is: "under-registrable"; registrable: string }
  | { is: "part-of"; registrable: string }
  | { is: "owned"; owner: Owner };

/** Why an address cannot be read. */
export type AddressProblem =
  | { why: "not-text" | "empty" | "before-at-empty" | "host-empty" | "double-dot" | "dot-first" }
  | { why: "too-long"; length: number }
  | { why: "no-at" | "many-at"; address: string }
  | { why: "local-too-long"; limit: number }
  | { why: "not-encodable"; host: string }
  | { why: "host-too-long"; length: number; limit: number }
  | { why: "no-ending"; host: string }
  | { why: "label-too-long"; limit: number }
  | { why: "hyphen-edge" | "bad-punycode"; label: string }
  | { why: "bad-character" | "local-bad-character"; character: string };
