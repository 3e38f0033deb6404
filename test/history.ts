import { Correspondents, OFTEN_SENDS } from "../src/checker/correspondents";

/**
 * A history that has learned (LEARNING_SENDS sends) and written to each domain `times` times (often,
 * by default), as the send handler records sends.
 */
export function historyOf(domains: readonly string[], times = OFTEN_SENDS, day = 2500): Correspondents {
  const history = Correspondents.empty();
  for (let i = 0; i < times; i++) history.record(domains, day);
  while (history.learning) history.record([], day);
  return history;
}
