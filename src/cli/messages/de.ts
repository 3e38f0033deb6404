import type { CliKey } from "./en";

/** The command line's own words in German (Sie). */
export const CLI_DE: Record<CliKey, string> = {
  usage: `Aufruf:
  recipient-guard check [--policy FILE] [--json [--evidence]] [ADDRESS...]
      Prüft Adressen, oder ohne Angabe die Standardeingabe: Zeilen mit Adressen (mehrere pro
      Zeile, getrennt durch ; oder ,; leere Zeilen und #-Kommentare werden übersprungen) oder eine
      CSV-Datei mit einer E-Mail-Spalte, etwa den Kontaktexport von Outlook.
      Befunde erscheinen in der Sprache von LC_ALL, LC_MESSAGES oder LANG (Englisch, Deutsch,
      Französisch oder Japanisch); --json gibt mit --evidence zu jedem Befund auch die Belege aus
      (was gefunden wurde, als Daten).
      Exit-Status: 0 alles erlaubt, 1 etwas zu warnen oder zu sperren, 2 Aufruf- oder Richtlinienfehler.
  recipient-guard audit [--policy FILE] [--format FORMAT] [--json | --csv] [--html REPORT] FILE...
      Findet in exportierten Protokollen E-Mails, die bereits an Nachahmungs- oder Tippfehler-
      Domains gesendet wurden: Nachrichtenablaufverfolgung als CSV (Get-MessageTrace /
      Get-MessageTraceV2 | Export-Csv oder der Download aus dem Admin Center), CSV der Verlaufssuche,
      Nachrichtenverfolgungsprotokolle von Exchange Server oder eine Tabelle der Empfängerdomains mit
      Anzahlen (FORMAT: trace, historical, tracking-log, domains; Standard: wird erkannt).
      Exit-Status: 0 nichts gefunden, 1 etwas gefunden, 2 Aufruffehler oder unlesbare Eingabe.
  recipient-guard exchange [--policy FILE] [--out FILE] [--unchecked reject | --unchecked hold
                           --moderator ADDRESS...] [--copy-sent-anyway ADDRESS]
                           [--lookalikes internal|trusted|none] [--max-rules N]
      Schreibt ein PowerShell-Skript für Exchange Online, das aus der Richtlinie Nachrichtenfluss-
      regeln erstellt oder aktualisiert: E-Mails an gesperrte Domains werden abgewiesen; E-Mails
      ohne den Header X-Recipient-Guard des Add-ins (Telefone, ältere Outlook-Versionen, Skripte)
      an eine Tippfehler-Endung wie .ml oder an eine Nachahmung der internen (oder auch der
      vertrauenswürdigen) Domains mit einem einzigen Tippfehler werden mit einem Hinweis
      zurückgewiesen (Standard) oder für die Moderatoren zurückgehalten; auf Wunsch eine Blindkopie
      der E-Mails, die mit „Trotzdem senden“ gesendet wurden. Das Skript aktualisiert bei jedem
      weiteren Lauf seine eigenen Regeln und kennt -DryRun. Siehe docs/exchange.md.
      Exit-Status: 0 geschrieben, 2 Aufruf- oder Richtlinienfehler oder Regeln, die die Grenzen von
      Exchange überschreiten.
  recipient-guard policy check FILE     Prüft eine Richtliniendatei und nennt jedes Problem.
      Exit-Status: 0 angenommen, 1 mit Warnungen angenommen (etwa bei Einstellungen, die einander
      widersprechen), 2 nicht angenommen (oder keine solche Datei).
  recipient-guard policy schema         Gibt das JSON-Schema der Richtlinie aus.
  recipient-guard demo                  Prüft einige Beispieladressen mit den integrierten Voreinstellungen (Exit-Status 0).
  recipient-guard --help | --version
`,
  "count.messages.one": "{count} Nachricht",
  "count.messages.other": "{count} Nachrichten",
  "count.flaggedDomains.one": "{count} Nachahmungs- oder Tippfehler-Domain",
  "count.flaggedDomains.other": "{count} Nachahmungs- oder Tippfehler-Domains",
  "count.recipientDomains.one": "{count} Empfängerdomain",
  "count.recipientDomains.other": "{count} Empfängerdomains",
  "count.rows.one": "{count} Zeile",
  "count.rows.other": "{count} Zeilen",
  "count.problems.one": "{count} Problem",
  "count.problems.other": "{count} Probleme",
  "count.rules.one": "{count} Nachrichtenflussregel",
  "count.rules.other": "{count} Nachrichtenflussregeln",
  "count.endings.one": "{count} Tippfehler-Endung",
  "count.endings.other": "{count} Tippfehler-Endungen",
  "count.lookalikes.one": "{count} Nachahmungs-Domain",
  "count.lookalikes.other": "{count} Nachahmungs-Domains",
  "count.protected.one": "{count} geschützten Domain",
  "count.protected.other": "{count} geschützten Domains",
  "count.blocked.one": "{count} gesperrte Domain",
  "count.blocked.other": "{count} gesperrte Domains",
  "verdict.block": "sperren",
  "verdict.warn": "warnen",
  "verdict.allow": "erlaubt",
  "echo.more": "…[{count} weitere Zeichen]",
  "error.prefix": "recipient-guard: {message}",
  "error.needsValue": "{option} braucht einen Wert",
  "error.needsPolicyFile": "--policy braucht einen Dateinamen",
  "error.unknownOption": "unbekannte Option {option}",
  "error.unknownCommand": "unbekannter Befehl „{command}“",
  "error.exchangeOption": "{option} gehört zum Befehl exchange",
  "error.readPolicy": "{file}: die Richtliniendatei kann nicht gelesen werden ({code})",
  "error.internal": "interner Fehler: {message}",
  "error.output": "die Ausgabe kann nicht geschrieben werden: {message}",
  "policy.needsFile": "policy check braucht einen Dateinamen",
  "policy.notAccepted.one": "{problems} gefunden; die Richtlinie wurde nicht angenommen.",
  "policy.notAccepted.other": "{problems} gefunden; die Richtlinie wurde nicht angenommen.",
  "policy.accepted":
    "{file} wurde angenommen: {internal} interne, {trusted} vertrauenswürdige und {blocked} gesperrte Domains.",
  "policy.warnings.one":
    "{count} Warnung gefunden: Die Richtlinie gilt wie geschrieben, aber prüfen Sie sie.",
  "policy.warnings.other":
    "{count} Warnungen gefunden: Die Richtlinie gilt wie geschrieben, aber prüfen Sie sie.",
  "audit.needsFiles": "audit braucht die exportierten Protokolldateien zum Lesen",
  "audit.format": "--format muss eines der folgenden sein: {formats}",
  "audit.jsonOrCsv": "wählen Sie --json oder --csv, nicht beides",
  "audit.readFile": "die Datei kann nicht gelesen werden ({code})",
  "audit.moreProblems": "und {count} weitere Zeilen, die nicht gelesen werden konnten",
  "audit.written": "Bericht nach {file} geschrieben.",
  "audit.empty": "{file}: darin steht nichts, was gelesen werden kann.",
  "audit.layout": "{file}: diesen Aufbau liest audit nicht (Spalten: {columns}). Nötig ist {needs}.",
  "audit.needs.separator": "; oder ",
  "needs.trace":
    "eine Zeit (Received oder date_time_utc), ein Absender (SenderAddress oder sender_address) und ein Empfänger (RecipientAddress oder recipient_address)",
  "needs.historical": "origin_timestamp_utc, sender_address und recipient_status",
  "needs.tracking-log": "eine #Fields:-Zeile mit date-time, event-id, sender-address und recipient-address",
  "needs.domains": "RecipientDomain und Messages (oder Count), mit FirstSeen und LastSeen, falls bekannt",
  "row.where": "{file} Zeile {line}",
  "row.not-address": "{where}: „{value}“ ist keine Adresse",
  "row.time": "{where}: die Zeit „{value}“ konnte nicht gelesen werden",
  "row.no-recipient": "{where}: kein Empfänger",
  "row.no-domain": "{where}: keine Domain und Anzahl zu lesen",
  "audit.none":
    "Keine Nachricht ging an eine Nachahmungs- oder Tippfehler-Domain ({domains} in {rows} geprüft).",
  "audit.found.one": "{messages} ging an {flagged} (von {domains} in {rows}).",
  "audit.found.other": "{messages} gingen an {flagged} (von {domains} in {rows}).",
  "table.domain": "Domain",
  "table.messages": "Nachrichten",
  "table.period": "erste – letzte",
  "table.senders": "Absender",
  "table.meant": "wohl gemeint",
  "table.why": "Warum jede Domain gemeldet wurde:",
  "html.title": "Recipient-Guard-Prüfung",
  "html.heading": "E-Mails an Nachahmungs- und Tippfehler-Domains",
  "html.about":
    "Recipient-Guard-Prüfung von {sources}, {date}. Jede Empfängerdomain wurde so geprüft, wie das Outlook-Add-in sie prüft, wenn jemand auf Senden klickt.",
  "html.perMonth": "Pro Monat",
  "html.perDomain": "Pro Domain",
  "html.none": "Keine.",
  "html.noChart": "Keine datierten Nachrichten für ein Diagramm.",
  "html.chart":
    "Nachrichten an Nachahmungs- oder Tippfehler-Domains pro Monat, höchstens {max} in einem Monat",
  "html.domain": "Domain",
  "html.messages": "Nachrichten",
  "html.firstSeen": "Zuerst gesehen",
  "html.lastSeen": "Zuletzt gesehen",
  "html.senders": "Absender",
  "html.firstSenders": "Erste Absender",
  "html.meant": "Wohl gemeint",
  "html.why": "Warum",
  "html.problems": "Zeilen, die nicht gelesen werden konnten",
  "html.moreProblems": "Und {count} weitere.",
  "exchange.error": "recipient-guard exchange: {message}",
  "exchange.unexpected":
    "unerwartetes Argument „{argument}“ (die Richtlinie wird mit --policy FILE angegeben)",
  "exchange.notHere": "--json, --csv, --format und --html gehören zu check und audit",
  "exchange.repeated": "{option} wurde {count}-mal angegeben",
  "exchange.unchecked": "--unchecked muss reject oder hold sein",
  "exchange.lookalikes": "--lookalikes muss internal, trusted oder none sein",
  "exchange.maxRules": "--max-rules muss eine ganze Zahl von 1 bis {limit} sein",
  "exchange.writeScript": "{file}: das Skript kann nicht geschrieben werden ({code})",
  "exchange.summary":
    "{rules}: {endings} ({list}), {lookalikes} von {protected}, {blocked}; {characters} der {limit} Zeichen für reguläre Ausdrücke, die Exchange Online erlaubt.",
  "exchange.wrote":
    "{file} geschrieben: {summary}\nPrüfen Sie das Skript, dann in PowerShell: Connect-ExchangeOnline; .\\{script} -DryRun",
  "exchange.list.internal": "interne Domain {index}",
  "exchange.list.trusted": "vertrauenswürdige Domain {index}",
  "exchange.list.blocked": "gesperrte Domain {index}",
  "exchange.role.moderator": "der Moderator",
  "exchange.role.copy": "das Postfach für Kopien von „Trotzdem senden“",
  "exchange.fault.domain": "{where} {value} ist keine Domain, die eine Nachrichtenflussregel nennen kann",
  "exchange.fault.address":
    "{role} {value} ist keine E-Mail-Adresse (schreiben Sie sie als name@example.com)",
  "exchange.fault.too-long": "„{value}“ allein ist zu lang für eine Regel",
  "exchange.fault.hold-needs-moderator":
    "--unchecked hold braucht --moderator ADDRESS (die Postfächer von einem bis zehn Moderatoren)",
  "exchange.fault.moderator-without-hold": "--moderator gilt nur mit --unchecked hold",
  "exchange.fault.moderators": "eine Regel nimmt höchstens {limit} Moderatoren; angegeben wurden {given}",
  "exchange.fault.too-many-rules":
    "die Regeln bräuchten {rules} ({lookalikes} von {protected}, {blocked} gesperrt), mehr als {most}. {advice}",
  "exchange.most.option": "--max-rules {count}",
  "exchange.most.exchange": "die {count} pro Organisation, die Exchange Online erlaubt",
  "exchange.advice.trusted":
    "Schützen Sie nur die internen Domains (--lookalikes internal), oder führen Sie weniger vertrauenswürdige Domains auf.",
  "exchange.advice.other":
    "Schützen Sie weniger Domains (--lookalikes none überlässt die Nachahmungen dem Add-in), oder führen Sie weniger gesperrte Domains auf.",
  "exchange.fault.regex":
    "die regulären Ausdrücke der Regeln brauchen {characters} Zeichen, mehr als die {limit}, die Exchange Online über alle Regeln erlaubt; führen Sie weniger gesperrte Endungen auf.",
  "exchange.fault.regexDomains":
    "die regulären Ausdrücke der Regeln brauchen {characters} Zeichen, mehr als die {limit}, die Exchange Online über alle Regeln erlaubt; führen Sie weniger gesperrte Endungen oder gesperrte Domains auf.",
  "exchange.note.blocked-allowed":
    'Die Richtlinie erlaubt E-Mails an ihre gesperrten Domains ("blocked-domain": "allow"), daher wird für sie keine Regel geschrieben.',
  "exchange.note.endings-not-flagged":
    "Die Richtlinie meldet die Tippfehler-Endungen der Grundeinstellung nicht (builtInProtection aus oder suffix-slip erlaubt), daher wird für sie keine Regel geschrieben.",
  "exchange.note.lookalikes-none":
    "--lookalikes none: keine Regel für Nachahmungen der Domains der Organisation.",
  "exchange.note.trusted-lookalikes.one":
    "Für Nachahmungen der {count} vertrauenswürdigen Domain gibt es keine Regel (--lookalikes trusted fügt sie hinzu, wenn sie passen).",
  "exchange.note.trusted-lookalikes.other":
    "Für Nachahmungen der {count} vertrauenswürdigen Domains gibt es keine Regel (--lookalikes trusted fügt sie hinzu, wenn sie passen).",
  // exchange: the script's own words (en.ts says what they are).
  "script.andMore": "{0}, {1}, {2} und {3} weitere",
  "script.notConnected":
    "Get-TransportRule ist nicht verfügbar. Stellen Sie zuerst eine Verbindung her: Install-Module ExchangeOnlineManagement; Connect-ExchangeOnline",
  "script.tooManyRules":
    "Nichts geändert: Die Organisation hat {0} andere Nachrichtenflussregeln, dazu kommen diese {1}; Exchange Online erlaubt insgesamt {2}. Entfernen Sie Regeln, die Sie nicht mehr brauchen, oder schreiben Sie mit recipient-guard exchange --max-rules weniger.",
  "script.tooMuchRegex":
    "Nichts geändert: Die anderen Regeln verwenden {0} Zeichen für reguläre Ausdrücke und diese {1}; Exchange Online erlaubt {2} über alle Regeln.",
  "script.plan":
    "Nachrichtenflussregeln von Recipient Guard: {0} zu erstellen, {1} zu aktualisieren, {2} zu entfernen; Modus {3}.",
  "script.verb.update": "aktualisieren",
  "script.verb.create": "erstellen",
  "script.planRule": "  {0} „{1}“",
  "script.disabled": "„{0}“ ist deaktiviert und bleibt es (Enable-TransportRule aktiviert die Regel).",
  "script.stale": "  entfernen „{0}“ (wird nicht mehr erzeugt)",
  "script.dryRun": "Probelauf: Es wurde nichts geändert.",
  "script.removed": "„{0}“ entfernt",
  "script.updated": "„{0}“ aktualisiert",
  "script.created": "„{0}“ erstellt",
  "script.stopped":
    "Abgebrochen bei „{0}“: {1} Die Regeln davor wurden geschrieben; beheben Sie die Ursache, und führen Sie das Skript erneut aus.",
  "script.done":
    "Fertig. Testen Sie mit einer Nachricht von einem Telefon an eine der Domains (docs/exchange.md, Abschnitt „Testing“).",
  "script.notice.blocked":
    "Recipient Guard: Ihre Organisation erlaubt keine E-Mails an die Domain dieses Empfängers, daher wurde die Nachricht diesem Empfänger nicht zugestellt. Wenn Sie meinen, dass die Domain erlaubt sein sollte, wenden Sie sich an Ihren IT-Helpdesk.",
  "script.notice.unchecked":
    "Recipient Guard: Die Adresse dieses Empfängers sieht wie ein Tippfehler in einer Domain aus, die Ihre Organisation schützt (zum Beispiel army.ml statt army.mil oder eine falsch geschriebene eigene Domain), und die Nachricht wurde aus einem Programm gesendet, in dem Recipient Guard sie nicht prüfen konnte (ein Telefon, eine ältere Outlook-Version, ein Skript oder ein Gerät). Prüfen Sie die Adresse. Wenn sie stimmt, senden Sie die Nachricht erneut aus Outlook mit Recipient Guard; dort werden Sie gebeten, sie zu bestätigen.",
  "script.comments":
    "Geschrieben von recipient-guard exchange {version} aus {source} ({fingerprint}). Das Skript erkennt seine Regeln am Namenspräfix {prefix} und überschreibt sie beim nächsten Lauf: Ändern Sie die Richtlinie, nicht die Regel.",
  "script.builtInPolicy": "der integrierten Richtlinie",
};
