import { policySchema, type Policy } from "./schema";

/**
 * What each policy setting means, for the JSON Schema. Kept apart from the schema so that bundles
 * which never write the JSON Schema (the send handler) leave the text out. Typed against the
 * schema: renaming, adding or removing a setting fails the typecheck until its description follows.
 */
export interface PolicyDescriptions {
  settings: { readonly [K in keyof Policy]-?: string };
  externalRecipients: { readonly [K in keyof NonNullable<Policy["externalRecipients"]>]-?: string };
  keywordList: { readonly [K in keyof NonNullable<Policy["keywords"]>[number]]-?: string };
}

export const POLICY_DESCRIPTIONS: PolicyDescriptions = {
  settings: {
    $schema: "Where editors find this schema; ignored by Recipient Guard.",
    $comment:
      "A note for the people who maintain this file (JSON has no comments); ignored by Recipient Guard.",
    version: "Policy format version; 1.",
    internalDomains:
      "Your organisation's own domains; their subdomains are included. A restricted namespace such as gov.uk may be listed whole by an organisation that belongs to it; an ending anyone can register under (com, co.uk) may not.",
    trustedDomains:
      "Partners' domains: never reported as lookalikes, and their lookalikes are caught. The same rules about whole endings as internalDomains.",
    blockedDomains:
      "Domains or whole endings (such as ml) that mail must never go to. A block wins over every other list.",
    builtInProtection:
      "Protect the well-known mail providers and sites and the high-value endings. Default true.",
    actions: "What to do for each kind of finding: block, warn or allow.",
    externalRecipients: "Checks on the message as a whole.",
    allowUserTrustedDomains:
      "Whether users may add trusted domains of their own. Default true: on Outlook with Mailbox 1.12 or 1.13 there is no Send Anyway, so trusting a real correspondent's domain is the user's only way to write to it. A user can never trust a lookalike of a protected domain, a blocked domain, or a whole ending.",
    keywords:
      "Lists of keywords (such as OFFICIAL-SENSITIVE, SECRET, personal data) looked for in the subject and the attachment names of a message that goes outside the organisation, each list with its own action (finding sensitive-keyword). Matched as whole words, ignoring case, compatibility forms such as full-width letters (NFKC), invisible characters and which separators stand between words. Default: none.",
  },
  externalRecipients: {
    warnAbove:
      "Warn when more external addresses than this are on one message. Needs internalDomains, to tell who is external.",
    visibleAbove:
      "Warn, and advise Bcc, when more external addresses than this are in To and Cc, where everyone who gets the message sees them, and they are not all of one organisation (each address at a well-known mail provider counts as its own). Default 15. Outside means: not under internalDomains, and not under the user's own domain.",
    warnOnUnfamiliarDomain:
      "Warn (rather than only note) when the user has not written to a domain before: the same as actions unfamiliar-domain warn, which wins where both are set. Default false.",
    learnCorrespondents:
      "Learn, on each user's machine, the outside domains they write to (as hashes, never sent anywhere), so that a look-alike of one of them is caught and a domain new to them is noted (unfamiliar-domain). Default true; false neither records nor uses the history.",
    confirmDomains:
      "Ask the user to confirm, in the review pane, each outside domain of a message before it goes (finding unconfirmed-domains, default block). Default false. A message whose recipients are all inside goes as before.",
  },
  keywordList: {
    $comment: "A note for the people who maintain this file, such as what the list is for; ignored.",
    words:
      "The keywords: each found as whole words (secret is not found in secretary), at most 100 characters, with at least one letter or digit.",
    action:
      "What to do when one of them is found: block, warn or allow. Default: the action for sensitive-keyword (warn).",
  },
};

type JsonSchemaNode = { properties?: Record<string, Record<string, unknown>> } & Record<string, unknown>;

function describe(node: JsonSchemaNode, descriptions: { readonly [key: string]: string }): void {
  const properties = node.properties ?? {};
  for (const key of Object.keys(descriptions)) {
    const child = properties[key];
    if (child) child.description = descriptions[key];
  }
}

/** The JSON Schema of the policy file, for editors and for administrators' own tooling. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = policySchema.jsonSchema() as JsonSchemaNode;
  describe(schema, POLICY_DESCRIPTIONS.settings);
  const external = schema.properties?.externalRecipients as JsonSchemaNode | undefined;
  if (external) describe(external, POLICY_DESCRIPTIONS.externalRecipients);
  const list = (schema.properties?.keywords as { items?: JsonSchemaNode } | undefined)?.items;
  if (list) describe(list, POLICY_DESCRIPTIONS.keywordList);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Recipient Guard policy",
    ...schema,
  };
}
