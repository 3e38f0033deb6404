import { FINDING_CODES, type FindingCode } from "../findings";
import type { PathSegment } from "../schema";
import type { DomainListKey, PolicyPlace } from "./evidence";
import type { Policy } from "./schema";

export type { DomainListKey } from "./evidence";

/** The keys of the policy whose values are lists of domains, as the schema has them. */
type SchemaLists = {
  [K in keyof Policy]-?: NonNullable<Policy[K]> extends string[] ? K : never;
}[keyof Policy];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The domain lists; a list the schema adds or renames fails the typecheck here until DomainListKey follows. */
const DOMAIN_LISTS: { readonly [K in DomainListKey]: Same<SchemaLists, DomainListKey> } = {
  internalDomains: true,
  trustedDomains: true,
  blockedDomains: true,
};

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function isDomainListKey(key: PathSegment | undefined): key is DomainListKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(DOMAIN_LISTS, key);
}

/**
 * Where a problem is, as an administrator would look for it in the file: an entry of a domain
 * list (with what it says), the action for a finding, or else the path. `root` is the value that
 * was parsed, for the entry's text.
 */
export function placeOf(path: readonly PathSegment[], root: unknown): PolicyPlace {
  const [first, second] = path;
  if (path.length === 2 && isDomainListKey(first) && typeof second === "number") {
    const value = valueAt(root, path);
    return typeof value === "string" ? { list: first, index: second, value } : { list: first, index: second };
  }
  if (path.length === 2 && first === "actions" && typeof second === "string") {
    if ((FINDING_CODES as readonly string[]).indexOf(second) >= 0) return { action: second as FindingCode };
  }
  return { path: [...path] };
}
