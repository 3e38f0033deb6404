import type { Catalogue, MessageKey, NamedSuffix } from "./catalogue";
import { COUNTRY_NAMES_TEXT } from "../data/country-names.fr.generated";
import { countryTable } from "./countries";
import { namesByKind } from "./invisible";

/**
 * Français, avec vouvoiement. Les guillemets sont des chevrons avec espaces insécables ; les deux-
 * points et points d'interrogation sont précédés d'une espace insécable.
 */
const FR_TEXT: Record<MessageKey, string> = {
  quoted: "« {text} »",
  hostWithAscii: "« {unicode} » ({ascii})",
  listSeparator: ", ",
  listAnd: "{list} et {last}",
  listOr: "{list} ou {last}",
  scriptSeparator: " et ",
  clauseSeparator: " ; ",
  appositive: ", {what}",
  space: "une espace",
  character: "« {character} » ({code})",

  "whose.internal": "le domaine de votre organisation",
  "whose.organisation": "un domaine approuvé par votre organisation",
  "whose.user": "un domaine que vous avez approuvé",
  "whose.learned": "un domaine auquel vous écrivez souvent",
  "whose.built-in": "un domaine connu",
  "whose.dotgov": "un domaine du gouvernement fédéral américain inscrit au registre .gov",
  "whose.dotgovOwner": "un domaine du gouvernement américain ({owner}, inscrit au registre .gov)",
  countryDomain: "l'extension nationale ({country})",

  "is.unreal-ending": "hors de toute extension de domaine existante",
  "is.under": "sous {ending}",
  "is.lookalike": "une imitation de celui-ci, écrite avec d'autres caractères",
  "is.under-registrable": "sous « {registrable} », un domaine que n'importe qui a pu enregistrer",
  "is.part-of": "une partie de « {registrable} », un autre domaine",

  "slip.omission": "le « {expected} » manque",
  "slip.double-letter-dropped": "un « {expected} » du double « {doubled} » manque",
  "slip.repetition": "« {found} » est tapé deux fois",
  "slip.addition": "il y a un « {found} » en trop",
  "slip.neighbour-key-insertion": "il y a un « {found} » en trop, tapé en même temps que la touche voisine",
  "slip.plural": "il y a un « s » en trop",
  "slip.transposition": "« {found} » devrait être « {expected} » : deux lettres sont inversées",
  "slip.neighbour-key": "« {found} » devrait être « {expected} », la touche voisine",
  "slip.substitution": "« {found} » devrait être « {expected} »",
  "slip.hyphen-added": "il contient un trait d'union que {intended} n'a pas",
  "slip.hyphen-removed": "le trait d'union de {intended} manque",
  "slip.dot-inserted": "il y a un point en trop",
  "slip.dot-dropped": "il manque un point",
  "slip.dot-shift": "le point n'est pas au bon endroit",

  foreignLetter: "le {letters} appartient à l'alphabet {script}",
  foreignLetters: "les lettres {letters}{more} appartiennent à l'alphabet {script}",
  foreignMore: " (entre autres)",

  "problem.not-text": "l'adresse n'est pas du texte",
  "problem.too-long": "le texte compte {length} caractères, trop pour une adresse e-mail",
  "problem.empty": "l'adresse est vide",
  "problem.no-at": "« {address} » ne contient pas de @",
  "problem.many-at": "« {address} » contient plus d'un @",
  "problem.before-at-empty": "rien ne précède le @",
  "problem.local-too-long": "la partie avant le @ dépasse {limit} caractères",
  "problem.not-encodable": "le domaine « {host} » ne peut pas être écrit comme un domaine Internet",
  "problem.host-empty": "le domaine après le @ est vide",
  "problem.host-too-long": "le domaine compte {length} caractères ; la limite est de {limit}",
  "problem.no-ending": "« {host} » n'a pas d'extension comme .com ou .fr",
  "problem.double-dot": "le domaine contient deux points à la suite",
  "problem.dot-first": "le domaine commence par un point",
  "problem.label-too-long": "une partie du domaine dépasse {limit} caractères",
  "problem.hyphen-edge": "« {label} » commence ou se termine par un trait d'union",
  "problem.bad-punycode": "« {label} » n'est pas un nom international valide (punycode)",
  "problem.bad-character": "le domaine contient {character}",
  "problem.local-bad-character": "la partie avant le @ contient {character}",

  invisible:
    "L'adresse contient des caractères invisibles ({names}) qui peuvent masquer ce qu'elle dit vraiment ; ils ont été retirés avant la vérification.",
  unreadable: "Cette adresse est illisible : {problem}.",
  "ending-only": "« {host} » n'est qu'une extension de domaine, pas un domaine pouvant recevoir des e-mails.",
  "ip-literal":
    "Cette adresse mène directement à l'adresse réseau d'un ordinateur ({ip}) au lieu d'un domaine.",
  "check-failed": "Cette adresse n'a pas pu être vérifiée ({detail}).",
  blocked: "Votre organisation n'autorise pas l'envoi de messages aux adresses « {blocked} ».",
  homoglyph:
    "{shown} imite « {intended} », {whose}, avec des lettres d'un autre alphabet qui ressemblent à des lettres latines : {letters}.",
  "homoglyph.swap":
    "{shown} imite « {intended} », {whose}, en utilisant « {typedPart} » à la place de « {intendedPart} ».",
  slip: "{shown} ressemble à une faute de frappe pour « {intended} », {whose} : {slip}.{note}",
  endingNote: " « .{suffix} » est {ending}.",
  "skeleton-slip":
    "{shown} ressemble à « {intended} », {whose}, mais utilise des caractères semblables et diffère d'un caractère de plus.",
  "suffix-swap":
    "« {typed} » n'est pas « {intended} », {whose} : le nom est le même, mais l'extension est « .{suffix} » au lieu de « .{intendedSuffix} ».{note}",
  "namespace.government":
    " « .{suffix} » est {ending}, où seuls des organismes publics peuvent obtenir un nom.",
  "namespace.free":
    " « .{suffix} » est {ending}, une extension où les noms étaient autrefois gratuits et où de nombreuses imitations de domaines connus ont été enregistrées.",
  bareEnding: "l'extension « .{suffix} »",
  embedded:
    "« {host} » n'est pas « {form} », {whose} : « {form} » y est inséré dans un autre domaine, « {registrable} ».",
  "dot-shift": "Dans « {typed} », le point n'est pas au bon endroit : vouliez-vous dire {suggested} ?{note}",
  "suffix-slip":
    "« .{suffix} » est {suffixIs}, pas « .{intended} »{intendedEnding} : {slip}. Vouliez-vous dire {suggested} ?",
  otherEnding: "une autre extension",
  "restricted-slip":
    "« {host} » se trouve sous « {registrable} », pas sous « .{intended} »{intendedEnding} : {slip}. Vouliez-vous dire {suggested} ?",
  "unknown-suffix":
    "« .{suffix} » n'est pas une extension de domaine existante : les messages à cette adresse ne peuvent pas être remis.",
  "unknown-suffix.one":
    "« .{suffix} » n'est pas une extension de domaine existante : les messages à cette adresse ne peuvent pas être remis. Vouliez-vous dire {suggested} ? ({slip})",
  "unknown-suffix.many":
    "« .{suffix} » n'est pas une extension de domaine existante : les messages à cette adresse ne peuvent pas être remis. Le destinataire visé était peut-être {hosts} : vérifiez lequel.",
  either:
    "« {typed} » se trouve sous {suffixIs} ; ce n'est probablement pas ce que vous vouliez : le destinataire visé était peut-être {first} ou {second}. Vérifiez lequel.",
  "either.bare":
    "« {typed} » se trouve sous l'extension « .{suffix} » ; ce n'est probablement pas ce que vous vouliez : le destinataire visé était peut-être {first} ou {second}. Vérifiez lequel.",
  "either.option": "{host} ({is})",
  "mixed-script":
    "{shown} mélange dans un même nom des lettres des alphabets {scripts}, un procédé utilisé pour imiter d'autres domaines.",
  external:
    "Ce message est destiné à {count} adresses extérieures à votre organisation ; votre organisation demande une confirmation au-delà de {limit}.",
  group: "« {address} » est un groupe : ses membres ne sont pas vérifiés.",
  "group.outside":
    "« {address} » est un groupe extérieur à votre organisation : ses membres ne sont pas vérifiés.",
  visible:
    "Tous les destinataires de ce message verront {count} adresses extérieures à votre organisation dans À et Cc. S'ils n'ont pas besoin de se voir, placez-les en Cci.",
  "visible.meeting":
    "Tous les invités verront {count} adresses extérieures à votre organisation. S'ils n'ont pas besoin de se voir, invitez-les séparément.",
  unconfirmed:
    "Votre organisation vous demande de confirmer chaque domaine extérieur dans Recipient Guard avant l'envoi : {domains}.",
  unfamiliar: "Vous n'avez encore jamais écrit à « {domain} ».",
  added:
    "Vous avez ajouté « {domain} » à cette conversation : le message auquel vous répondez n'y était pas adressé.",

  attachments:
    "Ce message emporte {count} pièces jointes hors de votre organisation, vers {places} : {files}.",
  "attachments.one":
    "Ce message emporte une pièce jointe hors de votre organisation, vers {places} : {files}.",
  "attachments.meeting":
    "Cette invitation emporte {count} pièces jointes hors de votre organisation, vers {places} : {files}.",
  "attachments.newTo": "Vous n'avez jamais écrit à {domains}.",
  "attachments.meeting.one":
    "Cette invitation emporte une pièce jointe hors de votre organisation, vers {places} : {files}.",
  "keyword.subject":
    "L'objet contient le mot-clé « {word} », et ce message sort de votre organisation, vers {places}.",
  "keyword.subject.meeting":
    "L'objet contient le mot-clé « {word} », et cette invitation sort de votre organisation, vers {places}.",
  "keyword.attachment":
    "Le nom de la pièce jointe « {name} » contient le mot-clé « {word} », et elle sort de votre organisation, vers {places}.",
  "content-unread":
    "Recipient Guard n'a pas pu lire les pièces jointes et l'objet ({reason}) ; ils n'ont donc pas été vérifiés.",
  listMore: "{list} et {count} autres",
  file: "{name} ({size})",
  "size.byte": "1 octet",
  "size.bytes": "{count} octets",
  "size.kb": "{size} Ko",
  "size.mb": "{size} Mo",
  "size.gb": "{size} Go",

  "alert.problem": "Recipient Guard a détecté un problème dans ce message.",
  "alert.one": "Recipient Guard : cette adresse semble erronée.",
  "alert.many": "Recipient Guard : {count} adresses semblent erronées.",
  "alert.added-one": "Recipient Guard : vous avez ajouté une adresse extérieure à cette conversation.",
  "alert.added-many": "Recipient Guard : vous avez ajouté {count} adresses extérieures à cette conversation.",
  "alert.added-no-override":
    "Retirez l'adresse si elle ne doit pas recevoir cette réponse, ou écrivez-lui dans un nouveau message.",
  "alert.block": "Corrigez l'adresse avant d'envoyer.",
  "alert.override": "Vérifiez pour la corriger, ou envoyez quand même si elle est correcte.",
  "alert.no-override": "Corrigez-la, ou approuvez le domaine dans Recipient Guard, puis renvoyez.",
  "alert.problem-meeting": "Recipient Guard a détecté un problème dans cette invitation.",
  "alert.added-no-override-many":
    "Retirez les adresses qui ne doivent pas recevoir cette réponse, ou écrivez-leur dans un nouveau message.",
  "alert.block-many": "Corrigez les adresses avant d'envoyer.",
  "alert.override-many": "Vérifiez pour les corriger, ou envoyez quand même si elles sont correctes.",
  "alert.no-override-many": "Corrigez-les, ou approuvez leurs domaines dans Recipient Guard, puis renvoyez.",
  "alert.confirm": "Confirmez chaque domaine extérieur dans Recipient Guard, puis renvoyez.",
  "alert.confirm-override": "Confirmez chaque domaine extérieur dans Recipient Guard, ou envoyez quand même.",
  "alert.change": "Vérifiez dans Recipient Guard, modifiez ce qu'il faut, puis renvoyez.",
  "alert.more-problem": "Et 1 autre problème : ouvrez Recipient Guard pour le voir.",
  "alert.more-problems": "Et {count} autres problèmes : ouvrez Recipient Guard pour les voir tous.",
  "alert.second-look": "Cette adresse mérite une seconde vérification.",
  "alert.line": "{who} : {message}",
  "alert.at-domain": "{count} destinataires chez {domain}",
  "alert.more-one": "Et 1 autre adresse : ouvrez Recipient Guard pour les voir toutes.",
  "alert.more-many": "Et {count} autres adresses : ouvrez Recipient Guard pour les voir toutes.",
  "alert.failed-head": "Recipient Guard n'a pas pu vérifier les destinataires",
  "alert.failed": "{head} ({reason}). Vérifiez vous-même chaque adresse avant d'envoyer.",
  "alert.failed-short": "{head}.",
  "alert.review": "Revoir les adresses",
  "alert.changing":
    "Recipient Guard modifie encore les destinataires de ce message dans son volet. Attendez que le volet indique qu'il a terminé, puis envoyez de nouveau.",

  "warning.line": "Vérifiez {address} : {message}",
  "warning.suggest": "Vérifiez {address} : vouliez-vous dire {suggestion} ? {message}",
  "warning.more": "{line} (+{count} autres)",

  "office.failed": "Outlook n'a pas pu {what}",
  "office.failed-why": "Outlook n'a pas pu {what} : {reason}",
  "office.late": "Outlook n'a pas pu {what} en moins de {time}",
  "office.unsupported": "Cette version d'Outlook ne peut pas {what} (il faut Mailbox {set})",
  "office.no-field": "Outlook n'a pas donné accès au champ « {field} »",
  "office.no-list": "il n'a renvoyé aucune liste",
  "office.read-field": "lire les destinataires « {field} »",
  "office.list-attachments": "lister les pièces jointes",
  "office.read-subject": "lire l'objet",
  "office.save-settings": "enregistrer les paramètres",
  "office.change-field": "modifier les destinataires « {field} »",
  "office.add-field": "ajouter des destinataires « {field} »",
  "office.no-meeting-field": "Une réunion n'a pas de champ « {field} »",
  "office.cannot-change": "Outlook n'a pas laissé Recipient Guard modifier « {field} »",
  "office.cannot-add": "Outlook n'a pas pu ajouter plus de {count} destinataires « {field} »",
  "time.second": "1 seconde",
  "time.seconds": "{count} secondes",
  decimalPoint: ",",
  "field.to": "À",
  "field.cc": "Cc",
  "field.bcc": "Cci",
  "field.required": "Obligatoire",
  "field.optional": "Facultatif",
};

const FR_SUFFIXES: Record<NamedSuffix, string> = {
  com: "l'extension commerciale",
  net: "l'extension des réseaux",
  org: "l'extension des organisations",
  mil: "l'extension de l'armée américaine",
  gov: "l'extension du gouvernement américain",
  edu: "l'extension des universités américaines",
  int: "l'extension des organisations internationales",
  eu: "l'extension de l'Union européenne",
  "gov.uk": "l'extension du gouvernement britannique",
  "mod.uk": "l'extension du ministère britannique de la Défense",
  "nhs.uk": "l'extension du NHS britannique",
  "ac.uk": "l'extension des universités britanniques",
  "co.uk": "l'extension des entreprises britanniques",
  "org.uk": "l'extension des organisations britanniques",
  "police.uk": "l'extension de la police britannique",
  "gov.au": "l'extension du gouvernement australien",
  "gc.ca": "l'extension du gouvernement canadien",
  "gouv.fr": "l'extension du gouvernement français",
};

export const fr: Catalogue = {
  language: "fr",
  text: FR_TEXT,
  suffixes: FR_SUFFIXES,
  scripts: {
    Latin: "latin",
    Cyrillic: "cyrillique",
    Greek: "grec",
    Armenian: "arménien",
    Georgian: "géorgien",
    Hebrew: "hébreu",
    Arabic: "arabe",
    Cherokee: "cherokee",
    Han: "chinois (han)",
    Hiragana: "hiragana",
    Katakana: "katakana",
    Hangul: "coréen (hangul)",
    Thai: "thaï",
    Devanagari: "devanagari",
  },
  invisibleName: /*#__PURE__*/ namesByKind({
    control: "caractère de contrôle {code}",
    "zero-width": "caractère sans chasse {code}",
    direction: "caractère de sens d'écriture {code}",
    filler: "caractère de remplissage {code}",
    "variation-selector": "sélecteur de variante {code}",
    tag: "caractère d'étiquette {code}",
    surrogate: "demi-codet isolé {code}",
    format: "caractère de mise en forme {code}",
  }),
  country: /*#__PURE__*/ countryTable(COUNTRY_NAMES_TEXT),
};
