import type { CliKey } from "./en";

/** The command line's own words in French. */
export const CLI_FR: Record<CliKey, string> = {
  usage: `Utilisation\u00a0:
  recipient-guard check [--policy FILE] [--json [--evidence]] [ADDRESS...]
      Vérifie des adresses ou, sans adresse, l'entrée standard\u00a0: des lignes d'adresses (plusieurs
      par ligne, séparées par «\u00a0;\u00a0» ou «\u00a0,\u00a0»\u00a0; lignes vides et commentaires # ignorés), ou un
      fichier CSV avec une colonne d'adresses e-mail, comme l'export des contacts d'Outlook.
      Les constats sont rédigés dans la langue de LC_ALL, LC_MESSAGES ou LANG (anglais, allemand,
      français ou japonais)\u00a0; avec --evidence, --json ajoute les éléments de chaque constat (ce
      qui a été trouvé, sous forme de données).
      Code de sortie\u00a0: 0 tout est autorisé, 1 un avertissement ou un blocage, 2 erreur d'utilisation ou de stratégie.
  recipient-guard audit [--policy FILE] [--format FORMAT] [--json | --csv] [--html REPORT] FILE...
      Recherche dans des journaux exportés les messages déjà envoyés à des domaines d'imitation ou
      mal tapés\u00a0: suivi des messages en CSV (Get-MessageTrace / Get-MessageTraceV2 | Export-Csv, ou
      le téléchargement du centre d'administration), CSV de recherche historique, journaux de suivi
      des messages d'Exchange Server, ou tableau de domaines destinataires avec leurs nombres
      (FORMAT\u00a0: trace, historical, tracking-log, domains\u00a0; par défaut\u00a0: détecté).
      Code de sortie\u00a0: 0 rien trouvé, 1 quelque chose trouvé, 2 erreur d'utilisation ou entrée illisible.
  recipient-guard exchange [--policy FILE] [--out FILE] [--unchecked reject | --unchecked hold
                           --moderator ADDRESS...] [--copy-sent-anyway ADDRESS]
                           [--lookalikes internal|trusted|none] [--max-rules N]
      Écrit un script PowerShell pour Exchange Online qui crée ou met à jour des règles de flux de
      messagerie à partir de la stratégie\u00a0: les messages vers des domaines bloqués sont rejetés\u00a0;
      les messages sans l'en-tête X-Recipient-Guard du complément (téléphones, anciennes versions
      d'Outlook, scripts) vers une extension mal tapée comme .ml, ou vers une imitation à une faute
      près des domaines internes (ou aussi approuvés), sont renvoyés avec un avis (par défaut) ou
      retenus pour les modérateurs\u00a0; en option, une copie cachée des messages envoyés avec
      «\u00a0Envoyer quand même\u00a0». Le script met à jour ses propres règles à chaque nouvelle exécution
      et accepte -DryRun. Voir docs/exchange.md.
      Code de sortie\u00a0: 0 écrit, 2 erreur d'utilisation ou de stratégie, ou règles dépassant les
      limites d'Exchange.
  recipient-guard policy check FILE     Valide un fichier de stratégie et liste chaque problème.
      Code de sortie\u00a0: 0 acceptée, 1 acceptée avec des avertissements (par exemple des paramètres
      qui se contredisent), 2 refusée (ou fichier introuvable).
  recipient-guard policy schema         Affiche le schéma JSON de la stratégie.
  recipient-guard demo                  Vérifie quelques adresses d'exemple avec les réglages intégrés (code 0).
  recipient-guard --help | --version
`,
  "count.messages.one": "{count} message",
  "count.messages.other": "{count} messages",
  "count.flaggedDomains.one": "{count} domaine d'imitation ou mal tapé",
  "count.flaggedDomains.other": "{count} domaines d'imitation ou mal tapés",
  "count.recipientDomains.one": "{count} domaine destinataire",
  "count.recipientDomains.other": "{count} domaines destinataires",
  "count.rows.one": "{count} ligne",
  "count.rows.other": "{count} lignes",
  "count.problems.one": "{count} problème",
  "count.problems.other": "{count} problèmes",
  "count.rules.one": "{count} règle de flux de messagerie",
  "count.rules.other": "{count} règles de flux de messagerie",
  "count.endings.one": "{count} extension mal tapée",
  "count.endings.other": "{count} extensions mal tapées",
  "count.lookalikes.one": "{count} domaine d'imitation",
  "count.lookalikes.other": "{count} domaines d'imitation",
  "count.protected.one": "{count} domaine protégé",
  "count.protected.other": "{count} domaines protégés",
  "count.blocked.one": "{count} domaine bloqué",
  "count.blocked.other": "{count} domaines bloqués",
  "verdict.block": "bloqué",
  "verdict.warn": "alerte",
  "verdict.allow": "autorisé",
  "echo.more": "…[{count} caractères de plus]",
  "error.prefix": "recipient-guard : {message}",
  "error.needsValue": "{option} attend une valeur",
  "error.needsPolicyFile": "--policy attend un nom de fichier",
  "error.unknownOption": "option inconnue {option}",
  "error.unknownCommand": "commande inconnue « {command} »",
  "error.exchangeOption": "{option} appartient à la commande exchange",
  "error.readPolicy": "{file} : impossible de lire le fichier de stratégie ({code})",
  "error.internal": "erreur interne : {message}",
  "error.output": "impossible d'écrire la sortie : {message}",
  "policy.needsFile": "policy check attend un nom de fichier",
  "policy.notAccepted.one": "{problems} trouvé ; la stratégie n'a pas été acceptée.",
  "policy.notAccepted.other": "{problems} trouvés ; la stratégie n'a pas été acceptée.",
  "policy.accepted":
    "{file} a été acceptée : domaines internes {internal}, approuvés {trusted}, bloqués {blocked}.",
  "policy.warnings.one":
    "{count} avertissement : la stratégie s'applique telle qu'elle est écrite, mais vérifiez-la.",
  "policy.warnings.other":
    "{count} avertissements : la stratégie s'applique telle qu'elle est écrite, mais vérifiez-les.",
  "audit.needsFiles": "audit attend les fichiers journaux exportés à lire",
  "audit.format": "--format doit valoir l'une de ces valeurs : {formats}",
  "audit.jsonOrCsv": "choisissez --json ou --csv, pas les deux",
  "audit.readFile": "impossible de lire le fichier ({code})",
  "audit.moreProblems": "et {count} autres lignes qui n'ont pas pu être lues",
  "audit.written": "Rapport écrit dans {file}.",
  "audit.empty": "{file} : il n'y a rien à lire dedans.",
  "audit.layout": "{file} : audit ne lit pas cette disposition (colonnes : {columns}). Il lui faut {needs}.",
  "audit.needs.separator": " ; ou ",
  "needs.trace":
    "une heure (Received ou date_time_utc), un expéditeur (SenderAddress ou sender_address) et un destinataire (RecipientAddress ou recipient_address)",
  "needs.historical": "origin_timestamp_utc, sender_address et recipient_status",
  "needs.tracking-log":
    "une ligne d'en-tête #Fields avec date-time, event-id, sender-address et recipient-address",
  "needs.domains": "RecipientDomain et Messages (ou Count), avec FirstSeen et LastSeen s'ils sont connus",
  "row.where": "{file} ligne {line}",
  "row.not-address": "{where} : « {value} » n'est pas une adresse",
  "row.time": "{where} : l'heure « {value} » n'a pas pu être lue",
  "row.no-recipient": "{where} : aucun destinataire",
  "row.no-domain": "{where} : aucun domaine ni nombre à lire",
  "audit.none":
    "Aucun message n'est parti vers un domaine d'imitation ou mal tapé ({domains} dans {rows} vérifiés).",
  "audit.found.one": "{messages} est parti vers {flagged} (sur {domains} dans {rows}).",
  "audit.found.other": "{messages} sont partis vers {flagged} (sur {domains} dans {rows}).",
  "table.domain": "domaine",
  "table.messages": "messages",
  "table.period": "premier – dernier",
  "table.senders": "expéditeurs",
  "table.meant": "domaine voulu",
  "table.why": "Pourquoi chaque domaine a été signalé :",
  "html.title": "Audit Recipient Guard",
  "html.heading": "Messages envoyés à des domaines d'imitation ou mal tapés",
  "html.about":
    "Audit Recipient Guard de {sources}, {date}. Chaque domaine destinataire a été vérifié comme le complément Outlook le vérifie quand quelqu'un clique sur Envoyer.",
  "html.perMonth": "Par mois",
  "html.perDomain": "Par domaine",
  "html.none": "Aucun.",
  "html.noChart": "Aucun message daté à représenter.",
  "html.chart": "Messages vers des domaines d'imitation ou mal tapés par mois, au plus {max} en un mois",
  "html.domain": "Domaine",
  "html.messages": "Messages",
  "html.firstSeen": "Première fois",
  "html.lastSeen": "Dernière fois",
  "html.senders": "Expéditeurs",
  "html.firstSenders": "Premiers expéditeurs",
  "html.meant": "Domaine voulu",
  "html.why": "Pourquoi",
  "html.problems": "Lignes qui n'ont pas pu être lues",
  "html.moreProblems": "Et {count} de plus.",
  "exchange.error": "recipient-guard exchange : {message}",
  "exchange.unexpected": "argument inattendu « {argument} » (la stratégie se donne avec --policy FILE)",
  "exchange.notHere": "--json, --csv, --format et --html appartiennent à check et audit",
  "exchange.repeated": "{option} a été donné {count} fois",
  "exchange.unchecked": "--unchecked doit valoir reject ou hold",
  "exchange.lookalikes": "--lookalikes doit valoir internal, trusted ou none",
  "exchange.maxRules": "--max-rules doit être un nombre entier de 1 à {limit}",
  "exchange.writeScript": "{file} : impossible d'écrire le script ({code})",
  "exchange.summary":
    "{rules} : {endings} ({list}), {lookalikes} de {protected}, {blocked} ; {characters} des {limit} caractères d'expressions régulières qu'Exchange Online autorise.",
  "exchange.wrote":
    "{file} écrit : {summary}\nVérifiez-le, puis, dans PowerShell, exécutez Connect-ExchangeOnline, puis .\\{script} -DryRun",
  "exchange.list.internal": "domaine interne {index}",
  "exchange.list.trusted": "domaine approuvé {index}",
  "exchange.list.blocked": "domaine bloqué {index}",
  "exchange.role.moderator": "le modérateur",
  "exchange.role.copy": "la boîte aux lettres des copies « Envoyer quand même »",
  "exchange.fault.domain":
    "{where} {value} n'est pas un domaine qu'une règle de flux de messagerie peut nommer",
  "exchange.fault.address":
    "{role} {value} n'est pas une adresse e-mail (écrivez-la sous la forme nom@example.com)",
  "exchange.fault.too-long": "« {value} » est trop long à lui seul pour une règle",
  "exchange.fault.hold-needs-moderator":
    "--unchecked hold attend --moderator ADDRESS (les boîtes aux lettres d'un à dix modérateurs)",
  "exchange.fault.moderator-without-hold": "--moderator ne s'applique qu'avec --unchecked hold",
  "exchange.fault.moderators": "une règle accepte au plus {limit} modérateurs ; {given} ont été donnés",
  "exchange.fault.too-many-rules":
    "les règles demanderaient {rules} ({lookalikes} de {protected}, {blocked} bloqués), plus que {most}. {advice}",
  "exchange.most.option": "--max-rules {count}",
  "exchange.most.exchange": "les {count} par organisation qu'autorise Exchange Online",
  "exchange.advice.trusted":
    "Protégez seulement les domaines internes (--lookalikes internal), ou listez moins de domaines approuvés.",
  "exchange.advice.other":
    "Protégez moins de domaines (--lookalikes none laisse les imitations au complément), ou listez moins de domaines bloqués.",
  "exchange.fault.regex":
    "les expressions régulières des règles occupent {characters} caractères, plus que les {limit} qu'Exchange Online autorise pour l'ensemble des règles ; listez moins d'extensions bloquées.",
  "exchange.fault.regexDomains":
    "les expressions régulières des règles occupent {characters} caractères, plus que les {limit} qu'Exchange Online autorise pour l'ensemble des règles ; listez moins d'extensions bloquées ou de domaines bloqués.",
  "exchange.note.blocked-allowed":
    "La stratégie autorise les messages vers ses domaines bloqués (action « allow » pour blocked-domain), donc aucune règle n'est écrite pour eux.",
  "exchange.note.endings-not-flagged":
    "La stratégie ne signale pas les extensions mal tapées de la configuration par défaut (builtInProtection désactivé, ou suffix-slip autorisé), donc aucune règle n'est écrite pour elles.",
  "exchange.note.lookalikes-none":
    "--lookalikes none : aucune règle pour les imitations des domaines de l'organisation.",
  "exchange.note.trusted-lookalikes.one":
    "Les imitations de {count} domaine approuvé n'ont pas de règle (--lookalikes trusted les ajoute, si elles tiennent).",
  "exchange.note.trusted-lookalikes.other":
    "Les imitations des {count} domaines approuvés n'ont pas de règle (--lookalikes trusted les ajoute, si elles tiennent).",
  // exchange: the script's own words (en.ts says what they are).
  "script.andMore": "{0}, {1}, {2} et {3} de plus",
  "script.notConnected":
    "Get-TransportRule n'est pas disponible. Connectez-vous d'abord : Install-Module ExchangeOnlineManagement, puis Connect-ExchangeOnline.",
  "script.tooManyRules":
    "Rien n'a été modifié : l'organisation a {0} autres règles de flux de messagerie, et celles-ci sont {1} ; Exchange Online en autorise {2} au total. Supprimez les règles dont vous n'avez plus besoin, ou écrivez-en moins avec recipient-guard exchange --max-rules.",
  "script.tooMuchRegex":
    "Rien n'a été modifié : les autres règles utilisent {0} caractères d'expressions régulières, et celles-ci {1} ; Exchange Online en autorise {2} pour l'ensemble des règles.",
  "script.plan":
    "Règles de flux de messagerie Recipient Guard : {0} à créer, {1} à mettre à jour, {2} à supprimer ; mode {3}.",
  "script.verb.update": "mettre à jour",
  "script.verb.create": "créer",
  "script.planRule": "  {0} « {1} »",
  "script.disabled": "« {0} » est désactivée et le reste (Enable-TransportRule l'active).",
  "script.stale": "  supprimer « {0} » (elle n'est plus générée)",
  "script.dryRun": "Simulation : rien n'a été modifié.",
  "script.removed": "« {0} » supprimée",
  "script.updated": "« {0} » mise à jour",
  "script.created": "« {0} » créée",
  "script.stopped":
    "Arrêt à « {0} » : {1} Les règles qui la précèdent ont été écrites ; corrigez la cause, puis exécutez de nouveau le script.",
  "script.done":
    "Terminé. Testez avec un message envoyé depuis un téléphone à l'un des domaines (docs/exchange.md, section « Testing »).",
  "script.notice.blocked":
    "Recipient Guard : votre organisation n'autorise pas les messages vers le domaine de ce destinataire, le message ne lui a donc pas été remis. Si vous pensez que ce domaine devrait être autorisé, contactez votre support informatique.",
  "script.notice.unchecked":
    "Recipient Guard : l'adresse de ce destinataire ressemble à une faute de frappe dans un domaine que votre organisation protège (par exemple army.ml pour army.mil, ou une faute dans votre propre domaine), et le message a été envoyé depuis un programme où Recipient Guard n'a pas pu le vérifier (un téléphone, une ancienne version d'Outlook, un script ou un appareil). Vérifiez l'adresse. Si elle est correcte, renvoyez le message depuis Outlook avec Recipient Guard, qui vous demandera de la confirmer.",
  "script.comments":
    "Écrite par recipient-guard exchange {version} à partir de {source} ({fingerprint}). Le script retrouve ses règles par le préfixe de nom {prefix} et les remplace à sa prochaine exécution : modifiez la stratégie, pas la règle.",
  "script.builtInPolicy": "la stratégie intégrée",
};
