import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import vm from "node:vm";
import { removePostEs2016BuiltIns } from "../../src/simulator/es2016-builtins";

/**
 * A vm context like classic Outlook's JavaScript-only runtime before Version 2403: only the globals
 * given (Office, timers), no window, document or storage, and only ECMAScript 2016 built-ins
 * (troubleshoot-event-based-and-spam-reporting-add-ins.md; office-js #3569).
 *
 * What the fake Office hands the handler (recipient arrays, results) still comes from the test's
 * realm, with the full library; everything the handler builds itself has only ES2016's.
 */
export function es2016Context(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext(globals);
  vm.runInContext(`(${removePostEs2016BuiltIns.toString()})(this);`, context, {
    filename: "es2016-builtins.js",
  });
  return context;
}

/**
 * The built send handler in `language`, as classic Outlook loads it: `dist/launchevent/launchevent.js`
 * (English), `launchevent.de.js`, `.fr.js`, `.ja.js`.
 */
export function handlerBundle(language = "en"): string {
  const name = language === "en" ? "launchevent" : `launchevent.${language}`;
  return join(__dirname, "..", "..", "dist", "launchevent", `${name}.js`);
}

/** The English one, which Outlook loads unless Office speaks German, French or Japanese. */
export const HANDLER_BUNDLE = handlerBundle();

/**
 * Loads the built handler (English's unless `bundle` names another) into a fresh ES2016 context
 * holding `office` and the host's timers, and returns the context. `beforeLoad` sees the context
 * before the bundle runs.
 */
export function loadBuiltHandler(
  office: unknown,
  beforeLoad?: (context: vm.Context) => void,
  bundle = HANDLER_BUNDLE,
): vm.Context {
  const context = es2016Context({
    Office: office,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
  beforeLoad?.(context);
  vm.runInContext(readFileSync(bundle, "utf8"), context, { filename: basename(bundle) });
  return context;
}
