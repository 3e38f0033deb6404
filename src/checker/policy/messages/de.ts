import type { PolicyKey } from "./en";

/**
 * Deutsch, in der Sie-Form. Die Orte (`place.*`) stehen im Nominativ ohne Artikel, wie die des
 * Befehls `exchange` („gesperrte Domain 2“); die Sätze sind so gebaut, dass sie dort passen.
 */
export const POLICY_DE: Readonly<Record<PolicyKey, string>> = {
  error: "{place}: {problem}",
  separator: ", ",

  "place.file": "die ganze Datei",
  "place.setting": "die Einstellung {key}",
  "place.entry": "Eintrag {number}",
  "place.of": "{inner} von {outer}",
  "place.in": "{inner} in {outer}",
  "place.internalDomains": "interne Domain {number}",
  "place.trustedDomains": "vertrauenswürdige Domain {number}",
  "place.blockedDomains": "gesperrte Domain {number}",
  "place.value": "{place} ({value})",
  "place.action": "die Aktion für {code}",

  "wrong-type": "{expected} erwartet, aber {got} gefunden",
  "expected.boolean": "true oder false",
  "expected.whole-number": "eine ganze Zahl",
  "expected.text": "Text",
  "expected.list": "eine Liste",
  "expected.object": "ein Objekt",
  "got.null": "null",
  "got.list": "eine Liste",
  "got.object": "ein Objekt",
  "got.text": "Text",
  "got.number": "eine Zahl",
  "got.boolean": "einen Wahrheitswert",
  "got.other": "einen anderen Wert",
  required: "ist erforderlich",
  "too-small": "muss mindestens {min} sein",
  "too-big": "darf höchstens {max} sein",
  "not-one-of": "muss einer dieser Werte sein: {allowed}",
  "text-too-long": "ist {length} Zeichen lang; höchstens {max} sind erlaubt",
  "too-many": "hat {count} Einträge; höchstens {max} sind erlaubt",
  "unknown-setting": "ist keine bekannte Einstellung; die bekannten Einstellungen sind {known}",
  repeats: "wiederholt {value}",

  empty: "ist leer",
  "an-address": "{host} ist eine Adresse, keine Domain",
  "not-a-domain": "{host} ist kein gültiger Domainname",
  "ending.named": "{ending} ({whose})",
  "open-ending":
    "{ending} ist eine Endung, unter der jeder einen Namen registrieren kann; ihr zu vertrauen hieße, jedem Fremden mit einer Adresse dort zu vertrauen. Führen Sie stattdessen die eigenen Domains der Organisationen auf, zum Beispiel {example}.",
  "whole-namespace":
    "{ending} ist ein ganzer Namensraum, in dem nur {who} Namen registrieren können; ihm zu vertrauen hieße, jeder Adresse darunter zu vertrauen. Vertrauen Sie stattdessen der einen Organisation, der Sie schreiben, zum Beispiel {example}.",
  "not-an-ending": "{host} ist weder eine Domain noch eine existierende Domainendung",
  "no-letter": "{keyword} enthält weder Buchstaben noch Ziffern, nach denen gesucht werden könnte",

  "also-internal":
    "ist auch {internal}; interne Domains gelten bereits als vertrauenswürdig, führen Sie die Domain also nur einmal auf.",
  "blocked.same.internalDomains":
    "ist auch {blockedBy}, daher werden E-Mails an Ihre eigenen Kolleginnen und Kollegen dort gestoppt: Eine Sperre hat Vorrang vor allem anderen. Entfernen Sie die Domain aus einer der beiden Listen.",
  "blocked.same.trustedDomains":
    "ist auch {blockedBy}, daher werden E-Mails an diese Domain gestoppt: Eine Sperre hat Vorrang vor allem anderen. Entfernen Sie die Domain aus einer der beiden Listen.",
  "blocked.under.internalDomains":
    "fällt unter {blockedBy}, daher werden E-Mails an Ihre eigenen Kolleginnen und Kollegen dort gestoppt: Eine Sperre hat Vorrang vor allem anderen. Entfernen Sie die Domain aus einer der beiden Listen.",
  "blocked.under.trustedDomains":
    "fällt unter {blockedBy}, daher werden E-Mails an diese Domain gestoppt: Eine Sperre hat Vorrang vor allem anderen. Entfernen Sie die Domain aus einer der beiden Listen.",
  "warn-above-unused":
    "greift nie: Ohne „internalDomains“ kann Recipient Guard nicht erkennen, welche Empfänger außerhalb Ihrer Organisation sind. Führen Sie Ihre eigenen Domains in „internalDomains“ auf, oder entfernen Sie diese Einstellung.",

  "too-large": "ist größer als {limit} Byte",
  "not-json": "ist kein gültiges JSON: {detail}",

  "namespace.internalDomains":
    "{place} zählt jede Adresse unter {host} als intern; in diesem Namensraum können nur {who} Namen registrieren.",
  "namespace.trustedDomains":
    "{place} vertraut jeder Adresse unter {host}; dort können nur {who} Namen registrieren.",

  "registrants.gov": "US-Regierungsstellen",
  "registrants.mil": "die US-Streitkräfte",
  "registrants.edu": "akkreditierte US-Hochschulen",
  "registrants.int": "durch internationale Verträge gegründete Organisationen",
  "registrants.gov.uk": "Stellen des britischen öffentlichen Sektors",
  "registrants.police.uk": "britische Polizeibehörden",
  "registrants.nhs.uk": "Einrichtungen des NHS",
  "registrants.mod.uk": "das britische Verteidigungsministerium und die Streitkräfte",
  "registrants.ac.uk": "britische Universitäten, Colleges und Forschungseinrichtungen",
  "registrants.sch.uk": "britische Schulen",
  "registrants.gc.ca": "Ministerien und Behörden der kanadischen Regierung",
  "registrants.gov.au": "australische Bundes-, Landes- und Kommunalbehörden",
  "registrants.gouv.fr": "französische Ministerien",
};
