import type { PolicyKey } from "./en";

/**
 * Français, avec l'espace insécable avant « : » et « ; ». Les emplacements (`place.*`) des listes
 * de domaines s'écrivent sans article, comme ceux de la commande `exchange` (« domaine bloqué 2 ») ;
 * les phrases sont construites pour les accueillir. `registrants.*` commencent par « à » ou « aux ».
 */
export const POLICY_FR: Readonly<Record<PolicyKey, string>> = {
  error: "{place}\u00a0: {problem}",
  separator: ", ",

  "place.file": "le fichier entier",
  "place.setting": "le paramètre {key}",
  "place.entry": "l'entrée {number}",
  "place.of": "{inner} de {outer}",
  "place.in": "{inner} dans {outer}",
  "place.internalDomains": "domaine interne {number}",
  "place.trustedDomains": "domaine approuvé {number}",
  "place.blockedDomains": "domaine bloqué {number}",
  "place.value": "{place} ({value})",
  "place.action": "l'action pour {code}",

  "wrong-type": "attendu\u00a0: {expected}\u00a0; reçu\u00a0: {got}",
  "expected.boolean": "true ou false",
  "expected.whole-number": "un nombre entier",
  "expected.text": "du texte",
  "expected.list": "une liste",
  "expected.object": "un objet",
  "got.null": "null",
  "got.list": "une liste",
  "got.object": "un objet",
  "got.text": "du texte",
  "got.number": "un nombre",
  "got.boolean": "un booléen",
  "got.other": "une valeur d'un autre type",
  required: "est obligatoire",
  "too-small": "doit valoir au moins {min}",
  "too-big": "doit valoir au plus {max}",
  "not-one-of": "doit être l'une de ces valeurs\u00a0: {allowed}",
  "text-too-long": "compte {length} caractères\u00a0; {max} au maximum sont autorisés",
  "too-many": "compte {count} entrées\u00a0; {max} au maximum sont autorisées",
  "unknown-setting": "n'est pas un paramètre connu\u00a0; les paramètres connus sont {known}",
  repeats: "répète {value}",

  empty: "est vide",
  "an-address": "{host} est une adresse, pas un domaine",
  "not-a-domain": "{host} n'est pas un nom de domaine valide",
  "ending.named": "{ending} ({whose})",
  "open-ending":
    "{ending} est une extension sous laquelle n'importe qui peut enregistrer un nom\u00a0; l'approuver reviendrait à approuver tout inconnu qui y a une adresse. Indiquez plutôt les domaines propres aux organisations, par exemple {example}.",
  "whole-namespace":
    "{ending} est un espace de noms entier, où l'enregistrement d'un nom est réservé {who}\u00a0: l'approuver reviendrait à approuver toutes les adresses qui s'y trouvent. Approuvez plutôt la seule organisation à laquelle vous écrivez, par exemple {example}.",
  "not-an-ending": "{host} n'est ni un domaine ni une extension de domaine existante",
  "no-letter": "{keyword} ne contient ni lettre ni chiffre à rechercher",

  "also-internal":
    "figure aussi comme {internal}\u00a0; les domaines internes sont déjà approuvés, ne l'indiquez donc qu'une fois.",
  "blocked.same.internalDomains":
    "figure aussi comme {blockedBy}\u00a0: les messages à vos propres collègues de ce domaine sont donc arrêtés, car un blocage l'emporte sur tout le reste. Retirez-le de l'une des deux listes.",
  "blocked.same.trustedDomains":
    "figure aussi comme {blockedBy}\u00a0: les messages à ce domaine sont donc arrêtés, car un blocage l'emporte sur tout le reste. Retirez-le de l'une des deux listes.",
  "blocked.under.internalDomains":
    "est couvert par l'entrée {blockedBy}\u00a0: les messages à vos propres collègues de ce domaine sont donc arrêtés, car un blocage l'emporte sur tout le reste. Retirez-le de l'une des deux listes.",
  "blocked.under.trustedDomains":
    "est couvert par l'entrée {blockedBy}\u00a0: les messages à ce domaine sont donc arrêtés, car un blocage l'emporte sur tout le reste. Retirez-le de l'une des deux listes.",
  "warn-above-unused":
    "ne s'applique jamais\u00a0: sans «\u00a0internalDomains\u00a0», Recipient Guard ne peut pas savoir quels destinataires sont extérieurs à votre organisation. Indiquez vos propres domaines dans «\u00a0internalDomains\u00a0», ou supprimez ce paramètre.",

  "too-large": "dépasse {limit} octets",
  "not-json": "n'est pas du JSON valide\u00a0: {detail}",

  "namespace.internalDomains":
    "{place} compte toutes les adresses sous {host} comme internes\u00a0; dans cet espace de noms, l'enregistrement d'un nom est réservé {who}.",
  "namespace.trustedDomains":
    "{place} approuve toutes les adresses sous {host}, où l'enregistrement d'un nom est réservé {who}.",

  "registrants.gov": "aux organismes du gouvernement américain",
  "registrants.mil": "aux forces armées américaines",
  "registrants.edu": "aux établissements d'enseignement supérieur américains accrédités",
  "registrants.int": "aux organisations créées par un traité international",
  "registrants.gov.uk": "aux organismes publics britanniques",
  "registrants.police.uk": "aux forces de police britanniques",
  "registrants.nhs.uk": "aux organismes du NHS",
  "registrants.mod.uk": "au ministère britannique de la Défense et aux forces armées",
  "registrants.ac.uk":
    "aux universités, établissements d'enseignement supérieur et organismes de recherche britanniques",
  "registrants.sch.uk": "aux écoles britanniques",
  "registrants.gc.ca": "aux ministères et organismes du gouvernement du Canada",
  "registrants.gov.au": "aux administrations fédérales, des États et locales australiennes",
  "registrants.gouv.fr": "aux services de l'État français",
};
