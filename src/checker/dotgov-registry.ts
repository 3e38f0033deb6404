import { DOTGOV_FEDERAL_NAMES } from "./data/dotgov-federal.generated";

/**
 * The US .gov registry's domains that the built-in protection covers: the federal ones always,
 * by name only; with their owners, and the state, local and tribal ones, where a surface adds the
 * owner tables (`includeRegistryTable`), since the send handler cannot carry them within its size
 * budget.
 */
const ownerTables: string[] = [];
const listeners: (() => void)[] = [];

export interface RegistryDomain {
  host: string;
  /** The body the registry names as the domain's owner, where the surface carries it. */
  owner?: string;
}

/** Adds a generated owner table (`owner<TAB>name name…` per line) to the built-in protection. */
export function includeRegistryTable(table: string): void {
  if (ownerTables.indexOf(table) >= 0) return;
  ownerTables.push(table);
  for (let i = 0; i < listeners.length; i++) listeners[i]!();
}

/** Called when the set of registry domains changes, so that indexes built from it are rebuilt. */
export function onRegistryChange(listener: () => void): void {
  listeners.push(listener);
}

/** Every registry domain once, with its owner where an owner table names it. */
export function registryDomains(): RegistryDomain[] {
  const out: RegistryDomain[] = [];
  const seen = new Set<string>();
  for (let t = 0; t < ownerTables.length; t++) {
    const lines = ownerTables[t]!.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const tab = line.indexOf("\t");
      if (tab < 0) continue;
      const owner = line.slice(0, tab);
      const names = line.slice(tab + 1).split(" ");
      for (let j = 0; j < names.length; j++) {
        const host = `${names[j]!}.gov`;
        if (!seen.has(host)) out.push({ host, owner });
        seen.add(host);
      }
    }
  }
  const federal = DOTGOV_FEDERAL_NAMES.split(" ");
  for (let i = 0; i < federal.length; i++) {
    const host = `${federal[i]!}.gov`;
    if (!seen.has(host)) out.push({ host });
  }
  return out;
}
