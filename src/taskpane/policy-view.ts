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

/**
 * A stored ISO time as people write it, in the user's locale ("22 Nov 2026, 10:00"); null when it
 * cannot be read, so that a raw timestamp is never shown.
 */
export function formatTime(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  } catch {
    return date.toUTCString();
  }
}

/** One sentence saying where the organisation policy in force came from. */
export function describeOrigin(loaded: LoadedPolicy): string {
  if (loaded.origin !== "cached") return "The copy built into the add-in (no update downloaded yet).";
  const when = loaded.fetchedAt ? formatTime(loaded.fetchedAt) : null;
  return `Downloaded from your organisation${when ? ` on ${when}` : ""}.`;
}
