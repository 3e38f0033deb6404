import { DOTGOV_FEDERAL_NAMES } from "./data/dotgov-federal.generated";
import { readFrontCoded } from "./front-coded";

/**
 * The US .gov registry's domains that the built-in protection covers: the federal ones always, by
 * name only; with their owners, and the state, local and tribal ones, where a surface adds the
 * owner tables (`includeRegistryTable`), since the send handler cannot carry them within its size
 * budget.
 */
const ownerTables: string[] = [];
let names: string[] | undefined;
let owners: Map<string, string> | undefined;

/** Adds a generated owner table (`owner<TAB>name name…` per line) to the built-in protection. */
export function includeRegistryTable(table: string): void {
  if (ownerTables.indexOf(table) >= 0) return;
  ownerTables.push(table);
  names = undefined;
  owners = undefined;
}

function ownerMap(): Map<string, string> {
  if (!owners) {
    owners = new Map();
    for (let t = 0; t < ownerTables.length; t++) {
      const lines = ownerTables[t]!.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const tab = line.indexOf("\t");
        if (tab < 0) continue;
        const owner = line.slice(0, tab);
        const listed = line.slice(tab + 1).split(" ");
        for (let j = 0; j < listed.length; j++) if (!owners.has(listed[j]!)) owners.set(listed[j]!, owner);
      }
    }
  }
  return owners;
}

/**
 * Every registered name on this surface, without ".gov". The same array until a table is added,
 * so that callers can tell when to rebuild what they derived from it.
 */
export function registryNames(): readonly string[] {
  if (!names) {
    const all = new Set(readFrontCoded(DOTGOV_FEDERAL_NAMES));
    if (ownerTables.length > 0) ownerMap().forEach((_owner, name) => all.add(name));
    names = Array.from(all);
  }
  return names;
}

/** The body the registry names as the owner of `name`.gov, where this surface carries it. */
export function registryOwner(name: string): string | undefined {
  return ownerTables.length > 0 ? ownerMap().get(name) : undefined;
}
