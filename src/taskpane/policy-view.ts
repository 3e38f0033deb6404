/** Pure selectors over the loaded policy, for the settings view and the Trust action. */
import type { EffectivePolicy } from "../checker";
import type { LoadedPolicy } from "../shared/policy-store";

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

/** ISO time as the user's locale writes it; the ISO text itself when it cannot be read. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  } catch {
    return date.toISOString();
  }
}

/** One sentence saying where the organisation policy in force came from. */
export function describeOrigin(loaded: LoadedPolicy): string {
  return loaded.origin === "cached"
    ? `Downloaded from your organisation${loaded.fetchedAt ? ` on ${formatTime(loaded.fetchedAt)}` : ""}.`
    : "The copy built into the add-in (no update downloaded yet).";
}
