import type { AddressProblem } from "../evidence";
import { found, type Found } from "./found";

/** unreadable-address: the address cannot be read as one (the reader says why). */
export function unreadableAddress(problem: AddressProblem): Found {
  return found("unreadable-address", { says: "unreadable", problem });
}

/** unreadable-address: the domain is only an ending (`alice@com`), which no one receives mail at. */
export function endingOnly(host: string): Found {
  return found("unreadable-address", { says: "ending-only", host });
}

/** check-failed: checking the address threw; reported rather than letting it through quietly. */
export function checkFailed(detail: string): Found {
  return found("check-failed", { says: "check-failed", detail });
}
