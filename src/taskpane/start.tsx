/**
 * Start-up: wait for Office, decide whether this is a message being written in Outlook, and render
 * either the review pane over the Office-backed host or the "open this in Outlook" page.
 */
import { createRoot, type Root } from "react-dom/client";
import { Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { PaneTextContext, paneTextFor } from "./i18n";
import { App } from "./App";
import type { PaneHost } from "./host";
import { asComposeItem, type OfficeApi, type OfficeThemeLike } from "./office-api";
import { createOfficeHost } from "./office-host";
import { themeFor } from "./theme";
import { OutsideOffice } from "./components/OutsideOffice";
import { PaneRoot } from "./components/PaneRoot";

/** How long to wait for Office.onReady before showing the outside-Office page (it is replaced if Office answers later). */
export const READY_TIMEOUT_MS = 8_000;

export type PaneEnvironment = { kind: "compose"; office: OfficeApi } | { kind: "outside-office" };

/** Compose when Office is loaded, ready, and its item is a message being written. */
export function environmentOf(office: OfficeApi | undefined): PaneEnvironment {
  try {
    if (office && asComposeItem(office.context?.mailbox?.item)) return { kind: "compose", office };
  } catch {
    // Outside Office some office.js getters throw; that is the outside-Office state too.
  }
  return { kind: "outside-office" };
}

function prefersDark(scope: typeof globalThis): boolean {
  try {
    return scope.matchMedia?.("(prefers-color-scheme: dark)").matches === true;
  } catch {
    return false;
  }
}

function officeTheme(office: OfficeApi): OfficeThemeLike | undefined {
  try {
    return office.context.officeTheme;
  } catch {
    return undefined;
  }
}

export interface StartOptions {
  readyTimeoutMs?: number;
  /** Builds the host; the Office-backed one by default (tests pass their own). */
  createHost?: (office: OfficeApi) => PaneHost;
}

/** Renders the pane into `container`. Resolves once the first real state (not the spinner) is shown. */
export function startPane(
  container: HTMLElement,
  scope: typeof globalThis = globalThis,
  options: StartOptions = {},
): Promise<Root> {
  const root = createRoot(container);
  const light = prefersDark(scope) ? webDarkTheme : webLightTheme;
  // Before Office is ready, and outside Office, the browser's language is the best guess.
  const browserText = paneTextFor(typeof navigator === "object" ? navigator.language : undefined);
  const outside = () =>
    root.render(
      <PaneRoot theme={light}>
        <PaneTextContext.Provider value={browserText}>
          <OutsideOffice />
        </PaneTextContext.Provider>
      </PaneRoot>,
    );
  const office = (scope as { Office?: OfficeApi }).Office;
  if (!office || typeof office !== "object") {
    outside();
    return Promise.resolve(root);
  }

  root.render(
    <PaneRoot theme={light}>
      <Spinner label={browserText.t("app.starting")} style={{ padding: 32 }} />
    </PaneRoot>,
  );

  let shown = false;
  const showCompose = (env: Extract<PaneEnvironment, { kind: "compose" }>) => {
    let host: PaneHost;
    try {
      host = (options.createHost ?? ((o: OfficeApi) => createOfficeHost({ office: o })))(env.office);
    } catch {
      outside();
      return;
    }
    const render = (theme: OfficeThemeLike | undefined) =>
      root.render(
        <PaneRoot theme={themeFor(theme)}>
          <App host={host} />
        </PaneRoot>,
      );
    render(officeTheme(env.office));
    // Follow Office when the user switches its theme while the pane is open (Mailbox 1.14).
    try {
      const changed = env.office.EventType?.OfficeThemeChanged;
      if (changed && typeof env.office.context.mailbox?.addHandlerAsync === "function") {
        env.office.context.mailbox.addHandlerAsync(changed, (event) =>
          render((event as { officeTheme?: OfficeThemeLike }).officeTheme ?? officeTheme(env.office)),
        );
      }
    } catch {
      // Older clients: the theme stays as it was when the pane opened.
    }
  };

  return new Promise<Root>((resolve) => {
    const timer = setTimeout(() => {
      if (!shown) outside();
      resolve(root);
    }, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
    const decide = () => {
      const env = environmentOf(office);
      // After a timeout the outside page may be showing: only a real compose item replaces it.
      if (env.kind === "compose") showCompose(env);
      else if (!shown) outside();
      shown = true;
      clearTimeout(timer);
      resolve(root);
    };
    try {
      const ready = typeof office.onReady === "function" ? office.onReady() : undefined;
      if (ready && typeof (ready as Promise<unknown>).then === "function") {
        (ready as Promise<unknown>).then(decide, decide);
      } else decide();
    } catch {
      decide();
    }
  });
}
