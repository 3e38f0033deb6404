import type { Catalogue, MessageKey, NamedSuffix } from "./catalogue";
import { COUNTRY_NAMES_TEXT } from "../data/country-names.de.generated";
import { countryTable } from "./countries";
import { namesByKind } from "./invisible";

/**
 * Deutsch, in der Sie-Form. Die Beschreibungen der Endungen (`suffixes`, `countryDomain`) stehen
 * ohne Artikel, weil sie in Klammern oder nach „die“/„der“ der Vorlagen stehen.
 */
const DE_TEXT: Record<MessageKey, string> = {
  quoted: "„{text}“",
  hostWithAscii: "„{unicode}“ ({ascii})",
  listSeparator: ", ",
  listAnd: "{list} und {last}",
  listOr: "{list} oder {last}",
  scriptSeparator: " und ",
  clauseSeparator: "; ",
  appositive: " ({what})",
  space: "ein Leerzeichen",
  character: "„{character}“ ({code})",

  "whose.internal": "die Domain Ihrer Organisation",
  "whose.organisation": "eine Domain, der Ihre Organisation vertraut",
  "whose.user": "eine Domain, der Sie vertrauen",
  "whose.learned": "eine Domain, an die Sie oft schreiben",
  "whose.built-in": "eine bekannte Domain",
  "whose.dotgov": "eine Domain der US-Bundesregierung im .gov-Register",
  "whose.dotgovOwner": "eine Domain der US-Regierung ({owner}, im .gov-Register)",
  countryDomain: "Länderendung von {country}",

  "is.unreal-ending": "nicht unter einer existierenden Domainendung",
  "is.under": "unter der {ending}",
  "is.lookalike": "eine Nachahmung davon, mit anderen Zeichen geschrieben",
  "is.under-registrable": "unter „{registrable}“, einer Domain, die jeder registriert haben kann",
  "is.part-of": "Teil von „{registrable}“, einer anderen Domain",

  "slip.omission": "das „{expected}“ fehlt",
  "slip.double-letter-dropped": "ein „{expected}“ des doppelten „{doubled}“ fehlt",
  "slip.repetition": "„{found}“ ist doppelt getippt",
  "slip.addition": "ein „{found}“ ist zu viel",
  "slip.neighbour-key-insertion": "ein „{found}“ ist zu viel, zusammen mit der Nachbartaste getippt",
  "slip.plural": "ein „s“ ist zu viel",
  "slip.transposition": "„{found}“ sollte „{expected}“ sein: zwei Buchstaben sind vertauscht",
  "slip.neighbour-key": "„{found}“ sollte „{expected}“ sein, die Taste daneben",
  "slip.substitution": "„{found}“ sollte „{expected}“ sein",
  "slip.hyphen-added": "sie enthält einen Bindestrich, den {intended} nicht hat",
  "slip.hyphen-removed": "der Bindestrich von {intended} fehlt",
  "slip.dot-inserted": "ein Punkt ist zu viel",
  "slip.dot-dropped": "ein Punkt fehlt",
  "slip.dot-shift": "der Punkt steht an der falschen Stelle",

  foreignLetter: "das {letters} ist ein Zeichen der Schrift {script}",
  foreignLetters: "die Zeichen {letters}{more} gehören zur Schrift {script}",
  foreignMore: " (und weitere)",

  "problem.not-text": "die Adresse ist kein Text",
  "problem.too-long": "der Text ist {length} Zeichen lang, zu lang für eine E-Mail-Adresse",
  "problem.empty": "die Adresse ist leer",
  "problem.no-at": "„{address}“ enthält kein @",
  "problem.many-at": "„{address}“ enthält mehr als ein @",
  "problem.before-at-empty": "vor dem @ steht nichts",
  "problem.local-too-long": "der Teil vor dem @ ist länger als {limit} Zeichen",
  "problem.not-encodable": "die Domain „{host}“ lässt sich nicht als Internet-Domain schreiben",
  "problem.host-empty": "die Domain nach dem @ ist leer",
  "problem.host-too-long": "die Domain ist {length} Zeichen lang; erlaubt sind {limit}",
  "problem.no-ending": "„{host}“ hat keine Endung wie .com oder .de",
  "problem.double-dot": "die Domain enthält zwei Punkte hintereinander",
  "problem.dot-first": "die Domain beginnt mit einem Punkt",
  "problem.label-too-long": "ein Teil der Domain ist länger als {limit} Zeichen",
  "problem.hyphen-edge": "„{label}“ beginnt oder endet mit einem Bindestrich",
  "problem.bad-punycode": "„{label}“ ist kein gültiger internationaler Name (Punycode)",
  "problem.bad-character": "die Domain enthält {character}",
  "problem.local-bad-character": "der Teil vor dem @ enthält {character}",

  invisible:
    "Die Adresse enthält unsichtbare Zeichen ({names}), die verbergen können, was sie wirklich besagt; sie wurden vor der Prüfung entfernt.",
  unreadable: "Diese Adresse kann nicht gelesen werden: {problem}.",
  "ending-only": "„{host}“ ist nur eine Domainendung, keine Domain, an die man E-Mails senden kann.",
  "ip-literal":
    "Diese Adresse geht direkt an die Netzwerkadresse eines Computers ({ip}) statt an eine Domain.",
  "check-failed": "Diese Adresse konnte nicht geprüft werden ({detail}).",
  blocked: "Ihre Organisation erlaubt keine E-Mails an Adressen unter „{blocked}“.",
  homoglyph:
    "{shown} ahmt „{intended}“ nach ({whose}) und verwendet dafür Zeichen eines anderen Alphabets, die wie lateinische aussehen: {letters}.",
  "homoglyph.swap":
    "{shown} ahmt „{intended}“ nach ({whose}) und verwendet „{typedPart}“ statt „{intendedPart}“.",
  slip: "{shown} sieht nach einem Tippfehler für „{intended}“ aus ({whose}): {slip}.{note}",
  endingNote: " „.{suffix}“ ist die {ending}.",
  "skeleton-slip":
    "{shown} ähnelt „{intended}“ ({whose}), verwendet aber ähnlich aussehende Zeichen und weicht zusätzlich um ein Zeichen ab.",
  "suffix-swap":
    "„{typed}“ ist nicht „{intended}“ ({whose}): Der Name ist derselbe, aber die Endung ist „.{suffix}“ statt „.{intendedSuffix}“.{note}",
  "namespace.government":
    " „.{suffix}“ ist die {ending}, unter der nur öffentliche Stellen einen Namen erhalten.",
  "namespace.free":
    " „.{suffix}“ ist die {ending}, unter der Namen früher kostenlos vergeben und viele Nachahmungen bekannter Domains registriert wurden.",
  bareEnding: "Endung „.{suffix}“",
  embedded:
    "„{host}“ ist nicht „{form}“ ({whose}): „{form}“ ist in eine andere Domain eingebaut, „{registrable}“.",
  "dot-shift": "Bei „{typed}“ steht der Punkt an der falschen Stelle: Meinten Sie {suggested}?{note}",
  "suffix-slip":
    "„.{suffix}“ ({suffixIs}) ist nicht „.{intended}“{intendedEnding}: {slip}. Meinten Sie {suggested}?",
  otherEnding: "eine andere Endung",
  "restricted-slip":
    "„{host}“ liegt unter „{registrable}“, nicht unter „.{intended}“{intendedEnding}: {slip}. Meinten Sie {suggested}?",
  "unknown-suffix":
    "„.{suffix}“ ist keine existierende Domainendung; E-Mails dorthin können nicht zugestellt werden.",
  "unknown-suffix.one":
    "„.{suffix}“ ist keine existierende Domainendung; E-Mails dorthin können nicht zugestellt werden. Meinten Sie {suggested}? ({slip})",
  "unknown-suffix.many":
    "„.{suffix}“ ist keine existierende Domainendung; E-Mails dorthin können nicht zugestellt werden. Gemeint war vielleicht {hosts}: Prüfen Sie, welche.",
  either:
    "„{typed}“ liegt unter der {suffixIs} und ist daher wahrscheinlich nicht gemeint: Gemeint war vielleicht {first} oder {second}. Prüfen Sie, welche.",
  "either.bare":
    "„{typed}“ liegt unter der Endung „.{suffix}“ und ist daher wahrscheinlich nicht gemeint: Gemeint war vielleicht {first} oder {second}. Prüfen Sie, welche.",
  "either.option": "{host} ({is})",
  "mixed-script":
    "{shown} mischt in einem Namen Zeichen der Schriften {scripts}, ein Trick, mit dem andere Domains nachgeahmt werden.",
  external:
    "Diese Nachricht geht an {count} Adressen außerhalb Ihrer Organisation; Ihre Organisation verlangt bei mehr als {limit} eine Bestätigung.",
  group: "„{address}“ ist eine Gruppe: Ihre Mitglieder werden nicht geprüft.",
  "group.outside":
    "„{address}“ ist eine Gruppe außerhalb Ihrer Organisation: Ihre Mitglieder werden nicht geprüft.",
  visible:
    "Alle Empfänger dieser Nachricht sehen {count} Adressen außerhalb Ihrer Organisation in An und Cc. Wenn sie einander nicht sehen müssen, verschieben Sie sie nach Bcc.",
  "visible.meeting":
    "Alle Eingeladenen sehen {count} Adressen außerhalb Ihrer Organisation. Wenn sie einander nicht sehen müssen, laden Sie sie getrennt ein.",
  unconfirmed:
    "Ihre Organisation verlangt, dass Sie jede externe Domain vor dem Senden in Recipient Guard bestätigen: {domains}.",
  unfamiliar: "Sie haben noch nie an „{domain}“ geschrieben.",
  added:
    "Sie haben „{domain}“ diesem Gespräch hinzugefügt: Die Nachricht, auf die Sie antworten, ging nicht dorthin.",

  attachments: "Diese Nachricht bringt {count} Anlagen aus Ihrer Organisation hinaus, an {places}: {files}.",
  "attachments.one":
    "Diese Nachricht bringt eine Anlage aus Ihrer Organisation hinaus, an {places}: {files}.",
  "attachments.meeting":
    "Diese Einladung bringt {count} Anlagen aus Ihrer Organisation hinaus, an {places}: {files}.",
  "attachments.newTo": "An {domains} haben Sie noch nie geschrieben.",
  "attachments.meeting.one":
    "Diese Einladung bringt eine Anlage aus Ihrer Organisation hinaus, an {places}: {files}.",
  "keyword.subject":
    "Der Betreff enthält das Stichwort „{word}“, und diese Nachricht geht aus Ihrer Organisation hinaus, an {places}.",
  "keyword.subject.meeting":
    "Der Betreff enthält das Stichwort „{word}“, und diese Einladung geht aus Ihrer Organisation hinaus, an {places}.",
  "keyword.attachment":
    "Der Name der Anlage „{name}“ enthält das Stichwort „{word}“, und sie geht aus Ihrer Organisation hinaus, an {places}.",
  "content-unread":
    "Recipient Guard konnte die Anlagen und den Betreff nicht lesen ({reason}); sie wurden daher nicht geprüft.",
  listMore: "{list} und {count} weitere",
  file: "{name} ({size})",
  "size.byte": "1 Byte",
  "size.bytes": "{count} Byte",
  "size.kb": "{size} KB",
  "size.mb": "{size} MB",
  "size.gb": "{size} GB",

  "alert.problem": "Recipient Guard hat ein Problem mit dieser Nachricht gefunden.",
  "alert.one": "Recipient Guard: Diese Adresse scheint falsch zu sein.",
  "alert.many": "Recipient Guard: {count} Adressen scheinen falsch zu sein.",
  "alert.added-one": "Recipient Guard: Sie haben diesem Gespräch eine externe Adresse hinzugefügt.",
  "alert.added-many": "Recipient Guard: Sie haben diesem Gespräch {count} externe Adressen hinzugefügt.",
  "alert.added-no-override":
    "Entfernen Sie die Adresse, wenn sie diese Antwort nicht erhalten soll, oder schreiben Sie ihr in einer neuen Nachricht.",
  "alert.block": "Korrigieren Sie die Adresse vor dem Senden.",
  "alert.override": "Prüfen und korrigieren Sie sie, oder senden Sie trotzdem, wenn sie stimmt.",
  "alert.no-override":
    "Korrigieren Sie sie, oder vertrauen Sie der Domain in Recipient Guard, und senden Sie dann erneut.",
  "alert.problem-meeting": "Recipient Guard hat ein Problem mit dieser Einladung gefunden.",
  "alert.added-no-override-many":
    "Entfernen Sie die Adressen, die diese Antwort nicht erhalten sollen, oder schreiben Sie ihnen in einer neuen Nachricht.",
  "alert.block-many": "Korrigieren Sie die Adressen vor dem Senden.",
  "alert.override-many": "Prüfen und korrigieren Sie sie, oder senden Sie trotzdem, wenn sie stimmen.",
  "alert.no-override-many":
    "Korrigieren Sie sie, oder vertrauen Sie ihren Domains in Recipient Guard, und senden Sie dann erneut.",
  "alert.confirm": "Bestätigen Sie jede externe Domain in Recipient Guard, und senden Sie dann erneut.",
  "alert.confirm-override":
    "Bestätigen Sie jede externe Domain in Recipient Guard, oder senden Sie trotzdem.",
  "alert.change": "Prüfen Sie es in Recipient Guard, ändern Sie, was nötig ist, und senden Sie dann erneut.",
  "alert.more-problem": "Und 1 weiteres Problem: Öffnen Sie Recipient Guard, um es zu sehen.",
  "alert.more-problems": "Und {count} weitere Probleme: Öffnen Sie Recipient Guard, um alle zu sehen.",
  "alert.second-look": "Diese Adresse sollten Sie noch einmal prüfen.",
  "alert.line": "{who}: {message}",
  "alert.at-domain": "{count} Empfänger bei {domain}",
  "alert.more-one": "Und 1 weitere Adresse: Öffnen Sie Recipient Guard, um alle zu sehen.",
  "alert.more-many": "Und {count} weitere Adressen: Öffnen Sie Recipient Guard, um alle zu sehen.",
  "alert.failed-head": "Recipient Guard konnte die Empfänger nicht prüfen",
  "alert.failed": "{head} ({reason}). Prüfen Sie vor dem Senden jede Adresse selbst.",
  "alert.failed-short": "{head}.",
  "alert.review": "Empfänger prüfen",
  "alert.changing":
    "Recipient Guard ändert im Aufgabenbereich noch die Empfänger dieser Nachricht. Warten Sie, bis der Aufgabenbereich meldet, dass er fertig ist, und senden Sie dann erneut.",

  "warning.line": "Prüfen Sie {address}: {message}",
  "warning.suggest": "Prüfen Sie {address}: Meinten Sie {suggestion}? {message}",
  "warning.more": "{line} (+{count} weitere)",

  "office.failed": "Fehler von Outlook beim {what}",
  "office.failed-why": "Fehler von Outlook beim {what}: {reason}",
  "office.late": "Outlook hat beim {what} nicht innerhalb von {time} geantwortet",
  "office.unsupported": "Diese Outlook-Version unterstützt das {what} nicht (erfordert Mailbox {set})",
  "office.no-field": "Outlook hat keinen Zugriff auf das Feld „{field}“ gewährt",
  "office.no-list": "es kam keine Liste zurück",
  "office.read-field": "Lesen der Empfänger in „{field}“",
  "office.list-attachments": "Auflisten der Anlagen",
  "office.read-subject": "Lesen des Betreffs",
  "office.save-settings": "Speichern der Einstellungen",
  "office.change-field": "Ändern der Empfänger in „{field}“",
  "office.add-field": "Hinzufügen der Empfänger in „{field}“",
  "office.no-meeting-field": "Eine Besprechung hat kein Feld „{field}“",
  "office.cannot-change": "Outlook hat Recipient Guard die Empfänger in „{field}“ nicht ändern lassen",
  "office.cannot-add": "Outlook konnte nicht mehr als {count} Empfänger in „{field}“ hinzufügen",
  "time.second": "1 Sekunde",
  "time.seconds": "{count} Sekunden",
  decimalPoint: ",",
  "field.to": "An",
  "field.cc": "Cc",
  "field.bcc": "Bcc",
  "field.required": "Erforderlich",
  "field.optional": "Optional",
};

const DE_SUFFIXES: Record<NamedSuffix, string> = {
  com: "kommerzielle Endung",
  net: "Endung für Netzwerke",
  org: "Endung für Organisationen",
  mil: "Endung des US-Militärs",
  gov: "Endung der US-Regierung",
  edu: "Endung der US-Hochschulen",
  int: "Endung internationaler Organisationen",
  eu: "Endung der Europäischen Union",
  "gov.uk": "Endung der britischen Regierung",
  "mod.uk": "Endung des britischen Verteidigungsministeriums",
  "nhs.uk": "Endung des britischen NHS",
  "ac.uk": "Endung der britischen Hochschulen",
  "co.uk": "Endung britischer Unternehmen",
  "org.uk": "Endung britischer Organisationen",
  "police.uk": "Endung der britischen Polizei",
  "gov.au": "Endung der australischen Regierung",
  "gc.ca": "Endung der kanadischen Regierung",
  "gouv.fr": "Endung der französischen Regierung",
};

export const de: Catalogue = {
  language: "de",
  text: DE_TEXT,
  suffixes: DE_SUFFIXES,
  scripts: {
    Latin: "Lateinisch",
    Cyrillic: "Kyrillisch",
    Greek: "Griechisch",
    Armenian: "Armenisch",
    Georgian: "Georgisch",
    Hebrew: "Hebräisch",
    Arabic: "Arabisch",
    Cherokee: "Cherokee",
    Han: "Chinesisch (Han)",
    Hiragana: "Hiragana",
    Katakana: "Katakana",
    Hangul: "Hangul",
    Thai: "Thai",
    Devanagari: "Devanagari",
  },
  invisibleName: /*#__PURE__*/ namesByKind({
    control: "Steuerzeichen {code}",
    "zero-width": "Zeichen ohne Breite {code}",
    direction: "Schreibrichtungszeichen {code}",
    filler: "Füllzeichen {code}",
    "variation-selector": "Variantenselektor {code}",
    tag: "Tag-Zeichen {code}",
    surrogate: "einzelnes Surrogat {code}",
    format: "Formatzeichen {code}",
  }),
  country: /*#__PURE__*/ countryTable(COUNTRY_NAMES_TEXT),
};
