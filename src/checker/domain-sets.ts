/**
 * The entry of `entries` that is `host` itself or one of its parent domains (a whole ending such
 * as `ml` included): a walk up the host's labels, so the cost does not grow with the list. Used
 * wherever a listed domain stands for everything under it (internal and blocked domains).
 */
export function enclosingEntry(host: string, entries: ReadonlySet<string>): string | undefined {
  if (entries.size === 0) return undefined;
  let candidate = host;
  for (;;) {
    if (entries.has(candidate)) return candidate;
    const dot = candidate.indexOf(".");
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}
