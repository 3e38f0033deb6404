import type { SuggestionSource } from "../findings";
import { COUNTRY_NAMES_TEXT } from "../data/country-names.generated";
import type { Catalogue } from "./catalogue";
import { countryTable } from "./countries";
import { invisibleKind } from "../unicode";
import { englishInvisibleName } from "./invisible-en";

/**
 * Every sentence the checker and the Smart Alert say, in English. `{name}` is filled in from a
 * finding's evidence (src/checker/evidence.ts) by render.ts; other languages have the same keys
 * with the same placeholders (test/messages.test.ts holds them to it).
 */
export const EN_TEXT = {
  // Pieces of sentences.
  quoted: '"{text}"',
  hostWithAscii: '"{unicode}" ({ascii})',
  listSeparator: ", ",
  listAnd: "{list} and {last}",
  listOr: "{list} or {last}",
  scriptSeparator: " and ",
  clauseSeparator: "; ",
  appositive: ", {what}",
  space: "a space",
  character: '"{character}" ({code})',

  // Whose a protected domain is.
  "whose.internal": "your organisation's domain",
  "whose.organisation": "a domain your organisation trusts",
  "whose.user": "a domain you trust",
  "whose.learned": "a domain you often write to",
  "whose.built-in": "a well-known domain",
  "whose.dotgov": "a US federal government domain in the .gov registry",
  "whose.dotgovOwner": "a US government domain ({owner}, in the .gov registry)",
  countryDomain: "{country} domain",

  // What a domain is (the pane shows these beside a suggestion).
  "is.unreal-ending": "not under a real domain ending",
  "is.under": "under {ending}",
  "is.lookalike": "a look-alike of it, written with other characters",
  "is.under-registrable": 'under "{registrable}", a domain anyone may have registered',
  "is.part-of": 'part of "{registrable}", a different domain',

  // The slip, as a clause.
  "slip.omission": 'the "{expected}" is missing',
  "slip.double-letter-dropped": 'one "{expected}" of the double "{doubled}" is missing',
  "slip.repetition": '"{found}" is typed twice',
  "slip.addition": 'there is an extra "{found}"',
  "slip.neighbour-key-insertion": 'there is an extra "{found}", hit together with the key beside it',
  "slip.plural": 'there is an extra "s"',
  "slip.transposition": '"{found}" should be "{expected}": two letters are swapped',
  "slip.neighbour-key": '"{found}" should be "{expected}", the key next to it',
  "slip.substitution": '"{found}" should be "{expected}"',
  "slip.hyphen-added": "it has a hyphen that {intended} does not have",
  "slip.hyphen-removed": "the hyphen of {intended} is missing",
  "slip.dot-inserted": "it has an extra dot",
  "slip.dot-dropped": "a dot is missing",
  "slip.dot-shift": "the dot is in the wrong place",

  // Letters of other alphabets.
  foreignLetter: "the {letters} is {script}",
  foreignLetters: "the letters {letters}{more} are {script}",
  foreignMore: " (and more)",

  // Why an address cannot be read.
  "problem.not-text": "the address is not text",
  "problem.too-long": "the text is {length} characters long, too long to be an email address",
  "problem.empty": "the address is empty",
  "problem.no-at": '"{address}" has no @',
  "problem.many-at": '"{address}" has more than one @',
  "problem.before-at-empty": "nothing comes before the @",
  "problem.local-too-long": "the part before the @ is longer than {limit} characters",
  "problem.not-encodable": 'the domain "{host}" cannot be encoded as an internet domain',
  "problem.host-empty": "the domain after the @ is empty",
  "problem.host-too-long": "the domain is {length} characters long; the limit is {limit}",
  "problem.no-ending": '"{host}" has no ending such as .com or .org',
  "problem.double-dot": "the domain has two dots in a row",
  "problem.dot-first": "the domain starts with a dot",
  "problem.label-too-long": "a part of the domain is longer than {limit} characters",
  "problem.hyphen-edge": '"{label}" starts or ends with a hyphen',
  "problem.bad-punycode": '"{label}" is not valid international (punycode) text',
  "problem.bad-character": "the domain contains {character}",
  "problem.local-bad-character": "the part before the @ contains {character}",

  // Findings: one sentence (or two) per kind of evidence.
  invisible:
    "The address contains invisible characters ({names}) that can hide what it really says; they were removed before checking.",
  unreadable: "This address can't be read: {problem}.",
  "ending-only": '"{host}" is only a domain ending, not a domain anyone can receive mail at.',
  "ip-literal": "This address goes straight to a computer's network address ({ip}) instead of a domain.",
  "check-failed": "This address could not be checked ({detail}).",
  blocked: 'Your organisation does not allow mail to "{blocked}" addresses.',
  homoglyph:
    '{shown} imitates "{intended}", {whose}, using letters of another alphabet that look like Latin ones: {letters}.',
  "homoglyph.swap":
    '{shown} imitates "{intended}", {whose}, using "{typedPart}" in place of "{intendedPart}".',
  slip: '{shown} looks like a slip for "{intended}", {whose}: {slip}.{note}',
  endingNote: ' ".{suffix}" is {ending}.',
  "skeleton-slip":
    '{shown} looks like "{intended}", {whose}, but uses look-alike characters and differs by one more.',
  "suffix-swap":
    '"{typed}" is not "{intended}", {whose}: the name is the same but it ends in ".{suffix}" instead of ".{intendedSuffix}".{note}',
  "namespace.government": ' ".{suffix}" is {ending}, where only public bodies can have a name.',
  "namespace.free":
    ' ".{suffix}" is {ending}, an ending where names were once given away free and many imitations of well-known domains were registered.',
  bareEnding: '".{suffix}"',
  embedded:
    '"{host}" is not "{form}", {whose}: it has "{form}" written into a different domain, "{registrable}".',
  "dot-shift": '"{typed}" has the dot in the wrong place: did you mean {suggested}?{note}',
  "suffix-slip":
    '".{suffix}" is {suffixIs}, not ".{intended}"{intendedEnding}: {slip}. Did you mean {suggested}?',
  otherEnding: "a different domain ending",
  "restricted-slip":
    '"{host}" is under "{registrable}", not ".{intended}"{intendedEnding}: {slip}. Did you mean {suggested}?',
  "unknown-suffix": '".{suffix}" is not a real domain ending, so mail to it cannot be delivered.',
  "unknown-suffix.one":
    '".{suffix}" is not a real domain ending, so mail to it cannot be delivered. Did you mean {suggested}? ({slip})',
  "unknown-suffix.many":
    '".{suffix}" is not a real domain ending, so mail to it cannot be delivered. It may have been meant for {hosts}: check which one.',
  either:
    '"{typed}" is under {suffixIs}, so it is probably not what you meant: it may have been meant for {first} or {second}. Check which one.',
  "either.bare":
    '"{typed}" is under ".{suffix}", so it is probably not what you meant: it may have been meant for {first} or {second}. Check which one.',
  "either.option": "{host} ({is})",
  "mixed-script": "{shown} mixes {scripts} letters in one name, a trick used to imitate other domains.",
  external:
    "This message goes to {count} addresses outside your organisation; your organisation asks you to confirm above {limit}.",
  group: '"{address}" is a group: its members are not checked.',
  "group.outside": '"{address}" is a group outside your organisation: its members are not checked.',
  visible:
    "Everyone who gets this message will see {count} addresses outside your organisation in To and Cc. Unless they need to see each other, move them to Bcc.",
  "visible.meeting":
    "Everyone invited will see {count} addresses outside your organisation. Unless they need to see each other, invite them separately.",
  unconfirmed:
    "Your organisation asks you to confirm each outside domain in Recipient Guard before sending: {domains}.",
  unfamiliar: 'You have not written to "{domain}" before.',
  added: 'You added "{domain}" to this conversation: the message you are replying to did not go there.',

  // What the message carries outside (attachments.ts).
  attachments: "This message takes {count} attachments outside your organisation, to {places}: {files}.",
  "attachments.one": "This message takes an attachment outside your organisation, to {places}: {files}.",
  "attachments.meeting":
    "This invitation takes {count} attachments outside your organisation, to {places}: {files}.",
  "attachments.newTo": "You have not written to {domains} before.",
  "attachments.meeting.one":
    "This invitation takes an attachment outside your organisation, to {places}: {files}.",
  "keyword.subject":
    'The subject has the keyword "{word}", and this message goes outside your organisation, to {places}.',
  "keyword.subject.meeting":
    'The subject has the keyword "{word}", and this invitation goes outside your organisation, to {places}.',
  "keyword.attachment":
    'The name of the attachment "{name}" has the keyword "{word}", and it goes outside your organisation, to {places}.',
  "content-unread":
    "Recipient Guard could not read the attachments and subject ({reason}), so they were not checked.",
  listMore: "{list} and {count} more",
  file: "{name} ({size})",
  "size.byte": "1 byte",
  "size.bytes": "{count} bytes",
  // Attachment sizes: units of 1,024 (as Outlook shows them), with decimalPoint below.
  "size.kb": "{size} KB",
  "size.mb": "{size} MB",
  "size.gb": "{size} GB",

  // The Smart Alert.
  "alert.problem": "Recipient Guard found a problem with this message.",
  "alert.one": "Recipient Guard: this address looks wrong.",
  "alert.many": "Recipient Guard: {count} addresses look wrong.",
  "alert.added-one": "Recipient Guard: you added an outside address to this conversation.",
  "alert.added-many": "Recipient Guard: you added {count} outside addresses to this conversation.",
  "alert.added-no-override":
    "Remove the address if it should not get this reply, or write to it in a new message.",
  "alert.block": "Fix the address before sending.",
  "alert.override": "Review to fix it, or send anyway if it is right.",
  "alert.no-override": "Fix it, or trust the domain in Recipient Guard, then send again.",
  "alert.problem-meeting": "Recipient Guard found a problem with this invitation.",
  "alert.added-no-override-many":
    "Remove the addresses that should not get this reply, or write to them in a new message.",
  "alert.block-many": "Fix the addresses before sending.",
  "alert.override-many": "Review to fix them, or send anyway if they are right.",
  "alert.no-override-many": "Fix them, or trust their domains in Recipient Guard, then send again.",
  "alert.confirm": "Confirm each outside domain in Recipient Guard, then send again.",
  "alert.confirm-override": "Confirm each outside domain in Recipient Guard, or send anyway.",
  "alert.change": "Review it in Recipient Guard and change what is needed, then send again.",
  "alert.more-problem": "And 1 more problem: open Recipient Guard to see it.",
  "alert.more-problems": "And {count} more problems: open Recipient Guard to see them all.",
  "alert.second-look": "This address needs a second look.",
  "alert.line": "{who}: {message}",
  "alert.at-domain": "{count} recipients at {domain}",
  "alert.more-one": "And 1 more address: open Recipient Guard to see them all.",
  "alert.more-many": "And {count} more addresses: open Recipient Guard to see them all.",
  "alert.failed-head": "Recipient Guard could not check the recipients",
  "alert.failed": "{head} ({reason}). Check every address yourself before sending.",
  "alert.failed-short": "{head}.",
  "alert.review": "Review recipients",
  "alert.changing":
    "Recipient Guard is still changing the recipients of this message in its pane. Wait until the pane says it has finished, then send again.",

  // The early-warning bar on the message while the user writes (at most 150 characters).
  "warning.line": "Check {address}: {message}",
  "warning.suggest": "Check {address}: did you mean {suggestion}? {message}",
  "warning.more": "{line} (+{count} more)",

  // What Outlook failed to do: the reason the alert gives when the check could not run, and in
  // content-unread. `what` is one of the tasks below; Office's own reason stays as Office gave it.
  "office.failed": "Outlook could not {what}",
  "office.failed-why": "Outlook could not {what}: {reason}",
  "office.late": "Outlook did not {what} within {time}",
  "office.unsupported": "This version of Outlook cannot {what} (it needs Mailbox {set})",
  "office.no-field": "Outlook did not give access to the {field} field",
  "office.no-list": "it returned no list",
  "office.read-field": "read the {field} recipients",
  "office.list-attachments": "list the attachments",
  "office.read-subject": "read the subject",
  "office.save-settings": "save the settings",
  // The pane's changes of recipients.
  "office.change-field": "change the {field} recipients",
  "office.add-field": "add the {field} recipients",
  "office.no-meeting-field": "A meeting has no {field} field",
  "office.cannot-change": "Outlook did not let Recipient Guard change {field}",
  "office.cannot-add": "Outlook could not add more than {count} {field} recipients",
  "time.second": "1 second",
  "time.seconds": "{count} seconds",
  decimalPoint: ".",
  // The recipient fields as Outlook names them: a message's, then a meeting's.
  "field.to": "To",
  "field.cc": "Cc",
  "field.bcc": "Bcc",
  "field.required": "Required",
  "field.optional": "Optional",
} as const;

export type MessageKey = keyof typeof EN_TEXT;

/** Endings English names by whose they are; the others are named after their country. */
export const EN_SUFFIXES = {
  com: "the commercial domain",
  net: "the network domain",
  org: "the organisations' domain",
  mil: "the US military's domain",
  gov: "the US government's domain",
  edu: "the US universities' domain",
  int: "the international organisations' domain",
  eu: "the European Union's domain",
  "gov.uk": "the UK government's domain",
  "mod.uk": "the UK Ministry of Defence's domain",
  "nhs.uk": "the NHS's domain",
  "ac.uk": "the UK universities' domain",
  "co.uk": "the UK companies' domain",
  "org.uk": "the UK organisations' domain",
  "police.uk": "the UK police's domain",
  "gov.au": "the Australian government's domain",
  "gc.ca": "the Canadian government's domain",
  "gouv.fr": "the French government's domain",
} as const;

export type NamedSuffix = keyof typeof EN_SUFFIXES;

/** Where a suggestion comes from, in words (the pane says why it suggests an address with them). */
export const EN_SOURCES: Record<SuggestionSource, string> = {
  internal: "your organisation's own domain",
  organisation: "a domain your organisation trusts",
  user: "a domain you trust",
  learned: "a domain you often write to",
  "built-in": "a well-known domain Recipient Guard protects",
  "high-value-suffix": "the protected ending the slip came from",
  dotgov: "the US government's registry of .gov domains",
};

/** Country names that English writes with "the": the United States, the Netherlands. */
const WITH_THE =
  /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Vatican)|(Islands|Republic|Emirates|Territories|Territory)$/;

export const en: Catalogue = {
  language: "en",
  text: EN_TEXT,
  suffixes: EN_SUFFIXES,
  scripts: {},
  invisibleName: (codePoint) => englishInvisibleName(codePoint, invisibleKind(codePoint) ?? "format"),
  country: /*#__PURE__*/ countryTable(COUNTRY_NAMES_TEXT),
  /** "Mali's", "the United States'". */
  countryForm(country) {
    return `${WITH_THE.test(country) ? "the " : ""}${country}${country.endsWith("s") ? "'" : "'s"}`;
  },
};
