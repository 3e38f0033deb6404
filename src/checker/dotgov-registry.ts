import { DOTGOV_FEDERAL_TEXT } from "./data/dotgov-federal.generated";

/**
 * The US .gov registry's domains that the built-in protection covers: the federal ones always;
 * the state, local and tribal ones where a surface adds them (`includeRegistryTable`), since the
 * send handler cannot carry all of them within its size budget.
 */
const tables: string[] = [DOTGOV_FEDERAL_TEXT];
const listeners: (() => void)[] = [];

export interface RegistryDomain {
  host: string;
  /** The body the registry names as the domain's owner. */
  owner: string;
}

/** Adds a generated registry table (`owner<TAB>name name…` per line) to the built-in protection. */
export function includeRegistryTable(table: string): void {
  if (tables.indexOf(table) >= 0) return;
  tables.push(table);
  for (let i = 0; i < listeners.length; i++) listeners[i]!();
}

/** Called when the set of registry domains changes, so that indexes built from it are rebuilt. */
export function onRegistryChange(listener: () => void): void {
  listeners.push(listener);
}

export function registryDomains(): RegistryDomain[] {
  const out: RegistryDomain[] = [];
  for (let t = 0; t < tables.length; t++) {
    const lines = tables[t]!.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const tab = line.indexOf("\t");
      if (tab < 0) continue;
      const owner = line.slice(0, tab);
      const names = line.slice(tab + 1).split(" ");
      for (let j = 0; j < names.length; j++) out.push({ host: `${names[j]!}.gov`, owner });
    }
  }
  return out;
}
