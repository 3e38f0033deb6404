import { matchForm, type KeywordList } from "../attachments";
import { enclosingEntry } from "../domain-sets";
import { DEFAULT_ACTIONS, FINDING_CODES, type Action, type FindingCode } from "../findings";
import type { OrganisationKeys } from "../organisation-keys";
import type { Policy, UserSettings } from "./schema";

export type Source = "built-in" | "organisation" | "user";

export interface TrustedEntry {
  domain: string;
  source: Source;
}

/** The policy in force after layering built-in defaults < organisation policy < the user's own settings. */
export interface EffectivePolicy {
  internalDomains: string[];
  trustedDomains: TrustedEntry[];
  blockedDomains: string[];
  builtInProtection: boolean;
  actions: Record<FindingCode, Action>;
  actionSources: Record<FindingCode, Source>;
  externalRecipients: {
    warnAbove: number | undefined;
    visibleAbove: number;
    /** Keep and use the user's history of outside domains (correspondents.ts). */
    learnCorrespondents: boolean;
    /** Each outside domain of a message must be confirmed in the pane before it goes. */
    confirmDomains: boolean;
  };
  allowUserTrustedDomains: boolean;
  /**
   * The organisation's keyword lists, each with its action (the list's own, else the one for
   * sensitive-keyword), looked for in the subject and attachment names of mail going outside.
   */
  keywords: KeywordList[];
  /**
   * User entries that were not applied, and why: the organisation allows no personal trusted
   * domains (`not-allowed`), or blocks this one (`blocked`). The pane says it in its language.
   */
  ignoredUserEntries: { domain: string; why: "not-allowed" | "blocked" }[];
  /**
   * The organisation policy this was resolved from. Policies resolved from one object share it, so
   * a checker built for one reuses what it built for the organisation's own domains.
   */
  organisationPolicy: Policy;
  /**
   * The organisation's look-up keys (OrganisationKeys), numbering its internal then its trusted
   * domains, where they were made when the policy was downloaded: a checker then indexes, for each
   * message, only the domains it could be compared with.
   */
  organisationKeys?: OrganisationKeys;
}

/**
 * More external addresses than this in To and Cc, not all of one organisation, make the
 * visible-external-recipients finding. Thunderbird warns above 15 public recipients by default
 * (mail.compose.warn_public_recipients.threshold); this counts only external ones, so it is quieter.
 */
export const VISIBLE_EXTERNAL_DEFAULT = 15;

export function resolvePolicy(organisation: Policy = {}, user: UserSettings = {}): EffectivePolicy {
  const actions = { ...DEFAULT_ACTIONS } as Record<FindingCode, Action>;
  const actionSources = {} as Record<FindingCode, Source>;
  for (const code of FINDING_CODES) {
    let chosen = organisation.actions?.[code];
    // The older switch, named for what it does: actions wins where both are set.
    if (!chosen && code === "unfamiliar-domain" && organisation.externalRecipients?.warnOnUnfamiliarDomain)
      chosen = "warn";
    if (chosen) actions[code] = chosen;
    actionSources[code] = chosen ? "organisation" : "built-in";
  }
  const allowUserTrustedDomains = organisation.allowUserTrustedDomains ?? true;
  const blocked = organisation.blockedDomains ?? [];
  const blockedSet = new Set(blocked);
  const trusted: TrustedEntry[] = (organisation.trustedDomains ?? []).map((domain) => ({
    domain,
    source: "organisation",
  }));
  const ignoredUserEntries: EffectivePolicy["ignoredUserEntries"] = [];
  const userDomains = user.trustedDomains ?? [];
  // Filled only when there is a user's list to compare: an organisation may trust 50,000 domains.
  const already = new Set<string>();
  if (userDomains.length > 0) for (const t of trusted) already.add(t.domain);
  for (const domain of userDomains) {
    if (!allowUserTrustedDomains) ignoredUserEntries.push({ domain, why: "not-allowed" });
    else if (enclosingEntry(domain, blockedSet) !== undefined) {
      ignoredUserEntries.push({ domain, why: "blocked" });
    } else if (!already.has(domain)) {
      already.add(domain);
      trusted.push({ domain, source: "user" });
    }
  }
  return {
    internalDomains: organisation.internalDomains ?? [],
    trustedDomains: trusted,
    blockedDomains: blocked,
    builtInProtection: organisation.builtInProtection ?? true,
    actions,
    actionSources,
    externalRecipients: {
      warnAbove: organisation.externalRecipients?.warnAbove,
      visibleAbove: organisation.externalRecipients?.visibleAbove ?? VISIBLE_EXTERNAL_DEFAULT,
      learnCorrespondents: organisation.externalRecipients?.learnCorrespondents !== false,
      confirmDomains: organisation.externalRecipients?.confirmDomains === true,
    },
    allowUserTrustedDomains,
    // `||`, not `??`: the send handler's ES2016 output spells `??` out at length.
    keywords: (organisation.keywords || []).map((list) => ({
      words: list.words,
      forms: list.words.map(matchForm),
      action: list.action || actions["sensitive-keyword"],
    })),
    ignoredUserEntries,
    organisationPolicy: organisation,
  };
}
