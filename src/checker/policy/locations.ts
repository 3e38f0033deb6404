import { FINDING_CODES } from "../findings";
import { formatPath, type PathSegment } from "../schema";
import type { Policy } from "./schema";

/** The keys of the policy whose values are lists of domains. */
export type DomainListKey = {
  [K in keyof Policy]-?: NonNullable<Policy[K]> extends string[] ? K : never;
}[keyof Policy];

/** What one entry of each domain list is called in a message: `trusted domain 2`. */
const ENTRY_NAMES: { readonly [K in DomainListKey]: string } = {
  internalDomains: "internal domain",
  trustedDomains: "trusted domain",
  blockedDomains: "blocked domain",
};

const SHOWN_VALUE_LENGTH = 64;

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function quoted(text: string): string {
  const shown = JSON.stringify(text);
  return shown.length > SHOWN_VALUE_LENGTH ? `${shown.slice(0, SHOWN_VALUE_LENGTH - 1)}…"` : shown;
}

function isDomainListKey(key: PathSegment | undefined): key is DomainListKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(ENTRY_NAMES, key);
}

/**
 * Where a problem is, as an administrator would look for it in the file: `trusted domain 2
 * ("com")`, `the action for "lookalike-domain"`, `"warnAbove" in "externalRecipients"`. `root` is
 * the value that was parsed, for quoting the entry.
 */
export function describeLocation(path: readonly PathSegment[], root: unknown): string {
  const [first, second] = path;
  if (path.length === 2 && isDomainListKey(first) && typeof second === "number") {
    const value = valueAt(root, path);
    return `${ENTRY_NAMES[first]} ${second + 1}${typeof value === "string" ? ` (${quoted(value)})` : ""}`;
  }
  if (path.length === 2 && first === "actions" && typeof second === "string") {
    if ((FINDING_CODES as readonly string[]).indexOf(second) >= 0) return `the action for ${quoted(second)}`;
  }
  return formatPath(path);
}
