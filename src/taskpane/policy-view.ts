/** Pure selectors over the loaded policy, for the settings view and the Trust action. */
import type { EffectivePolicy } from "../checker";
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
