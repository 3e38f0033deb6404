/** Renders the pane as index.tsx does (Fluent root, App over a host) for the component tests. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { PaneRoot } from "../../src/taskpane/components/PaneRoot";
import type { PaneHost } from "../../src/taskpane/host";

export function renderApp(host: PaneHost) {
  const user = userEvent.setup();
  const view = render(
    <PaneRoot theme={webLightTheme}>
      <App host={host} />
    </PaneRoot>,
  );
  return { user, ...view };
}

/** Waits until the live region that announces each re-check says `text`. */
export async function statusSays(text: string | RegExp): Promise<void> {
  const matcher = typeof text === "string" ? (t: string) => t.includes(text) : (t: string) => text.test(t);
  await screen.findByText(
    (_, element) => element?.id === "review-status" && matcher(element.textContent ?? ""),
  );
}

/** An element's text with white space collapsed, as a reader hears it. */
export const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? "").replace(/\s+/g, " ").trim();
