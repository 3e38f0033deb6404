import { DOTGOV_FEDERAL_TEXT } from "./data/dotgov-federal-owners.generated";
import { DOTGOV_OTHER_TEXT } from "./data/dotgov-other.generated";
import { includeRegistryTable } from "./dotgov-registry";

/**
 * Protects every registered US .gov domain, not only the federal ones, and names each one's owner:
 * for the surfaces that can carry the whole registry (the command-line tool, the task pane). The
 * send handler does not import this module.
 */
export function protectWholeDotgovRegistry(): void {
  includeRegistryTable(DOTGOV_FEDERAL_TEXT);
  includeRegistryTable(DOTGOV_OTHER_TEXT);
}
