/**
 * Where the history of outside domains (checker/correspondents.ts) is kept: the runtime's large
 * store (localStorage, or OfficeRuntime.storage in classic Outlook's JavaScript-only runtime), on
 * this device, never in roaming settings, whose whole bag each save rewrites: a send handler saving
 * there would put back the trusted domains the pane had just changed. Clearing it also leaves a
 * mark in roaming settings, because in classic Outlook the pane and the send handler do not share
 * a large store: the handler forgets what it learned before the mark. ES2016 only.
 */
import { Correspondents } from "../checker/correspondents";
import type { SettingsStore, TextStore } from "./policy-store";

export const HISTORY_KEYS = {
  /**
   * The history in the large store: when it was started (milliseconds since 1970), a space, then
   * Correspondents.encode's text. One value, so a send reads and writes it in one storage call.
   */
  history: "rg.correspondents.v1",
  /** In roaming settings: when the user last cleared the history (milliseconds since 1970). */
  cleared: "rg.correspondents.cleared",
} as const;

/** The history and when it was started; an empty one when there is none, or it was cleared since. */
export interface KeptHistory {
  history: Correspondents;
  since: number;
}

/** The text HISTORY_KEYS.history holds for `kept`. */
export function historyText(kept: KeptHistory): string {
  return `${kept.since} ${kept.history.encode()}`;
}

function clearedAt(roaming: SettingsStore | null): number {
  const value = roaming ? roaming.get(HISTORY_KEYS.cleared) : undefined;
  return typeof value === "number" && value > 0 ? value : 0;
}

/**
 * The history last read or written by this runtime, with its text: a runtime kept between events
 * (the web, new Outlook, Mac) then keeps its look-ups too, while what is stored stays the same.
 */
let lastKept: { text: string; kept: KeptHistory } | null = null;

export function readHistory(
  store: TextStore,
  roaming: SettingsStore | null,
  now: number,
): Promise<KeptHistory> {
  return store.read(HISTORY_KEYS.history).then((text) => {
    const fresh = { history: Correspondents.empty(), since: now };
    if (typeof text !== "string") return fresh;
    const space = text.indexOf(" ");
    const since = Number(text.slice(0, space));
    if (!(space > 0 && since > 0 && since >= clearedAt(roaming))) return fresh;
    if (lastKept && lastKept.text === text) return lastKept.kept;
    const history = Correspondents.decode(text.slice(space + 1));
    if (!history) return fresh;
    lastKept = { text, kept: { history, since } };
    return lastKept.kept;
  });
}

export function writeHistory(store: TextStore, kept: KeptHistory): Promise<void> {
  const text = historyText(kept);
  return store.write(HISTORY_KEYS.history, text).then(
    () => {
      lastKept = { text, kept };
    },
    (error: unknown) => {
      // What this runtime holds is now ahead of what is stored: read it afresh next time.
      lastKept = null;
      throw error;
    },
  );
}

/** Forgets every domain: in this runtime's store, and by the mark wherever else the history is kept. */
export function clearHistory(
  store: TextStore | null,
  roaming: SettingsStore | null,
  now: number,
): Promise<void> {
  const removed = store ? store.remove(HISTORY_KEYS.history) : Promise.resolve();
  return removed.then(() => {
    if (!roaming) return undefined;
    roaming.set(HISTORY_KEYS.cleared, now);
    return roaming.save();
  });
}
