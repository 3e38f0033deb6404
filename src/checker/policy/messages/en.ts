/**
 * The policy validator's words in English: where a problem is (`place.*`), what is wrong
 * (one entry per kind of evidence), and what a setting means (`namespace.*`). Templates, not code:
 * render.ts fills the `{placeholders}`. Quotation marks, lists and whose an ending is come from the
 * checker's catalogue of the same language.
 */
export const POLICY_EN = {
  /** A problem and where it is, as `policy check` prints it after the file's name. */
  error: "{place}: {problem}",
  separator: ", ",

  "place.file": "the whole file",
  "place.setting": "the setting {key}",
  "place.entry": "entry {number}",
  /** `entry 2 of "words"`: an entry of a list. */
  "place.of": "{inner} of {outer}",
  /** `"warnAbove" in "externalRecipients"`: a setting inside another. */
  "place.in": "{inner} in {outer}",
  "place.internalDomains": "internal domain {number}",
  "place.trustedDomains": "trusted domain {number}",
  "place.blockedDomains": "blocked domain {number}",
  /** An entry with what the file has there: `trusted domain 2 ("com")`. */
  "place.value": "{place} ({value})",
  "place.action": "the action for {code}",

  "wrong-type": "expected {expected}, got {got}",
  "expected.boolean": "true or false",
  "expected.whole-number": "a whole number",
  "expected.text": "text",
  "expected.list": "a list",
  "expected.object": "an object",
  "got.null": "null",
  "got.list": "a list",
  "got.object": "an object",
  "got.text": "text",
  "got.number": "a number",
  "got.boolean": "a boolean",
  "got.other": "another kind of value",
  required: "is required",
  "too-small": "must be at least {min}",
  "too-big": "must be at most {max}",
  "not-one-of": "expected one of {allowed}",
  "text-too-long": "is {length} characters long; at most {max} allowed",
  "too-many": "has {count} entries; at most {max} allowed",
  "unknown-setting": "is not a known setting; the known settings are {known}",
  repeats: "repeats {value}",

  empty: "is empty",
  "an-address": "{host} is an address, not a domain",
  "not-a-domain": "{host} is not a valid domain name",
  /** `"co.uk" (the UK companies' domain)`, `"рф" (xn--p1ai)`. */
  "ending.named": "{ending} ({whose})",
  "open-ending":
    "{ending} is an ending under which anyone can register a name; trusting it would trust every stranger with an address there. List the organisations' own domains instead, such as {example}.",
  "whole-namespace":
    "{ending} is a whole namespace: every address under it, which only {who} can register. Trust the one organisation you write to instead, such as {example}.",
  "not-an-ending": "{host} is neither a domain nor a real domain ending",
  "no-letter": "{keyword} has no letter or digit to look for",

  "also-internal": "is also {internal}; internal domains are trusted already, so list it only once.",
  "blocked.same.internalDomains":
    "is also {blockedBy}, so mail to your own colleagues there is stopped: a block wins over everything else. Remove it from one of the two lists.",
  "blocked.same.trustedDomains":
    "is also {blockedBy}, so mail to it is stopped: a block wins over everything else. Remove it from one of the two lists.",
  "blocked.under.internalDomains":
    "is under {blockedBy}, so mail to your own colleagues there is stopped: a block wins over everything else. Remove it from one of the two lists.",
  "blocked.under.trustedDomains":
    "is under {blockedBy}, so mail to it is stopped: a block wins over everything else. Remove it from one of the two lists.",
  "warn-above-unused":
    'never applies: with no "internalDomains", Recipient Guard cannot tell which recipients are outside your organisation. List your own domains in "internalDomains", or remove this setting.',

  "too-large": "is larger than {limit} bytes",
  "not-json": "is not valid JSON: {detail}",

  /** A note is one sentence about the entry (`{place}`). */
  "namespace.internalDomains":
    "{place} counts every address under {host} as internal, a namespace where only {who} can register.",
  "namespace.trustedDomains": "{place} trusts every address under {host}, which only {who} can register.",

  // Who may register under a restricted namespace (src/checker/namespaces.ts), after "only".
  "registrants.gov": "US government bodies",
  "registrants.mil": "the US armed forces",
  "registrants.edu": "accredited US colleges and universities",
  "registrants.int": "organisations set up by international treaty",
  "registrants.gov.uk": "UK public-sector bodies",
  "registrants.police.uk": "UK police forces",
  "registrants.nhs.uk": "NHS organisations",
  "registrants.mod.uk": "the UK Ministry of Defence and armed forces",
  "registrants.ac.uk": "UK universities, colleges and research bodies",
  "registrants.sch.uk": "UK schools",
  "registrants.gc.ca": "Government of Canada departments and agencies",
  "registrants.gov.au": "Australian federal, state and local government bodies",
  "registrants.gouv.fr": "French government departments",
} as const;

export type PolicyKey = keyof typeof POLICY_EN;
