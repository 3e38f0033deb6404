import * as React from "react";
import { errorMessage } from "../shared/display-text";
import type { PaneHost, RefreshResult } from "./host";

export interface PolicyRefreshState {
  working: boolean;
  /** What the last refresh said; null before one, and after an automatic one with nothing to say. */
  result: RefreshResult | null;
  /** "Check for policy updates": downloads now, whenever the last attempt was. */
  refresh(): Promise<void>;
}

/**
 * The organisation policy refresh of the pane. When the pane opens it downloads the policy if the
 * last attempt is older than a few hours (the early-warning event does the same while the user
 * writes; the send event never does); the button downloads at once. `onUpdated` runs when the policy
 * in force may have changed, so the pane re-reads it and re-checks.
 */
export function usePolicyRefresh(host: PaneHost, onUpdated: () => void): PolicyRefreshState {
  const [working, setWorking] = React.useState(false);
  const [result, setResult] = React.useState<RefreshResult | null>(null);
  const alive = React.useRef(true);
  const latest = React.useRef({ host, onUpdated });
  latest.current = { host, onUpdated };

  const run = React.useCallback(async (automatic: boolean) => {
    setWorking(true);
    if (!automatic) setResult(null);
    let r: RefreshResult;
    try {
      r = await latest.current.host.refreshPolicy(automatic ? { automatic: true } : undefined);
    } catch (e) {
      r = { ok: false, message: errorMessage(e) };
    }
    if (!alive.current) return;
    setWorking(false);
    // An automatic check says something only when the policy changed or the download failed.
    const quiet = automatic && ((r.ok && !r.changed) || (!r.ok && r.skipped));
    if (!quiet) setResult(r);
    if (r.ok && (r.changed ?? true)) latest.current.onUpdated();
  }, []);

  React.useEffect(() => {
    alive.current = true;
    void run(true);
    return () => {
      alive.current = false;
    };
  }, [run]);

  return { working, result, refresh: () => run(false) };
}
