/** Pure selectors over the loaded policy, for the settings view and the Trust action. */
import type { Action, EffectivePolicy, Source } from "../checker";
import type { LoadedPolicy } from "../shared/policy-store";
import { paneText, type PaneText } from "./i18n";

/**
 * The user's own trusted domains as saved: the ones in force plus those the policy set aside
 * (not allowed, or blocked), so that saving the list again never drops an entry silently.
 */
export function userTrustedDomains(effective: EffectivePolicy): string[] {
  const out: string[] = [];
  for (const t of effective.trustedDomains)
    if (t.source === "user" && !out.includes(t.domain)) out.push(t.domain);
  for (const i of effective.ignoredUserEntries) if (!out.includes(i.domain)) out.push(i.domain);
  return out;
}

/**
 * A stored ISO time as people write it, in the user's locale ("22 Nov 2026, 10:00"); null when it
 * cannot be read, so that a raw timestamp is never shown.
 */
export function formatTime(iso: string, language?: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleString(language, { dateStyle: "medium", timeStyle: "short" });
  } catch {
    return date.toUTCString();
  }
}

/** One sentence saying where the organisation policy in force came from. */
export function describeOrigin(loaded: LoadedPolicy, text: PaneText = paneText("en")): string {
  if (loaded.origin !== "cached") return text.t("origin.builtIn");
  const when = loaded.fetchedAt ? formatTime(loaded.fetchedAt, text.language) : null;
  return when ? text.t("origin.downloadedOn", { when }) : text.t("origin.downloaded");
}

/**
 * Every setting of the policy file (src/checker/policy/schema.ts) the settings view shows, by its
 * path in the file: all of them but the file's own notes ($schema, $comment, version). A test holds
 * this list to the schema, so a new setting cannot be left out of the view.
 */
export const POLICY_SETTINGS = [
  "internalDomains",
  "trustedDomains",
  "blockedDomains",
  "builtInProtection",
  "actions",
  "externalRecipients.warnAbove",
  "externalRecipients.visibleAbove",
  "externalRecipients.warnOnUnfamiliarDomain",
  "externalRecipients.learnCorrespondents",
  "externalRecipients.confirmDomains",
  "allowUserTrustedDomains",
  "keywords",
] as const;
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

/**
 * Where the value in force of a setting came from: the organisation's policy where it sets it, else
 * the built-in default. (Trusted domains and the actions say it for each entry and each finding.)
 */
export function settingSource(effective: EffectivePolicy, setting: PolicySetting): Source {
  const organisation = effective.organisationPolicy as Record<string, unknown>;
  const [head, tail] = setting.split(".") as [string, string | undefined];
  let value = organisation[head];
  if (tail !== undefined)
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[tail] : undefined;
  return value === undefined ? "built-in" : "organisation";
}

/** At most this many words of a keyword list are shown; the rest are counted. */
export const KEYWORDS_SHOWN = 8;
/** A keyword longer than this is shortened, with an ellipsis. */
export const KEYWORD_CHARS = 40;

/** A keyword as the settings view shows it: at most KEYWORD_CHARS characters. */
export function shortKeyword(word: string, max = KEYWORD_CHARS): string {
  const chars = Array.from(word);
  return chars.length <= max ? word : `${chars.slice(0, max - 1).join("")}…`;
}

/** One keyword list of the policy in force, as the settings view shows it. */
export interface KeywordListView {
  /** Its first words, shortened where long. */
  words: string[];
  /** How many more words the list has. */
  more: number;
  action: Action;
  /** The organisation's, when the list sets its action; else where the action for sensitive-keyword came from. */
  source: Source;
}

export function keywordLists(effective: EffectivePolicy, shown = KEYWORDS_SHOWN): KeywordListView[] {
  const own = effective.organisationPolicy.keywords ?? [];
  return effective.keywords.map((list, i) => ({
    words: list.words.slice(0, shown).map((w) => shortKeyword(w)),
    more: Math.max(0, list.words.length - shown),
    action: list.action,
    source: own[i]?.action ? "organisation" : effective.actionSources["sensitive-keyword"],
  }));
}

/**
 * What a keyword found does, for the rules list: nothing is looked for without a list (`none`); the
 * one action and its source when every list has the same (`one`); else it depends on the list.
 */
export type KeywordRule =
  { kind: "none" } | { kind: "one"; action: Action; source: Source } | { kind: "per-list" };

export function keywordRule(effective: EffectivePolicy): KeywordRule {
  const lists = keywordLists(effective, 0);
  if (lists.length === 0) return { kind: "none" };
  const first = lists[0]!;
  return lists.every((l) => l.action === first.action && l.source === first.source)
    ? { kind: "one", action: first.action, source: first.source }
    : { kind: "per-list" };
}
