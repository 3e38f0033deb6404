/** Renders the pane as index.tsx does (Fluent root, App over a host) for the component tests. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { PaneRoot } from "../../src/taskpane/components/PaneRoot";
import type { PaneHost } from "../../src/taskpane/host";
import { verdictOf, type AddressResult, type Checker, type Finding } from "../../src/checker";
import { ConfirmHost } from "../../src/taskpane/components/ConfirmAction";
import { ReviewView } from "../../src/taskpane/components/ReviewView";

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

/** The pane rendered over `host`, once its first check is done, on its Settings tab. */
export async function openSettings(host: PaneHost) {
  const rendered = renderApp(host);
  await statusSays(/recipient|no recipients/i);
  await rendered.user.click(screen.getByRole("tab", { name: "Settings" }));
  return rendered;
}

export const settingsPanel = () => screen.getByRole("tabpanel", { name: "Settings" });

/** The card of a flagged recipient (the last list item naming `address` that has a button). */
export const card = (address: string) => {
  const items = screen
    .getAllByRole("listitem")
    .filter((li) => li.textContent?.includes(address) && li.querySelector("button"));
  if (items.length === 0) throw new Error(`no card for ${address}`);
  return items[items.length - 1]!;
};

/** An element's text with white space collapsed, as a reader hears it. */
export const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? "").replace(/\s+/g, " ").trim();

/**
 * The review view alone over `checker`: for findings the real checker does not produce yet, made by
 * wrapping it (see describedChecker).
 */
export function renderReview(host: PaneHost, checker: Checker, allowTrust = true) {
  const user = userEvent.setup();
  const view = render(
    <PaneRoot theme={webLightTheme}>
      <ConfirmHost>
        <ReviewView
          host={host}
          checker={checker}
          allowTrust={allowTrust}
          userDomains={[]}
          onPolicyChanged={() => undefined}
        />
      </ConfirmHost>
    </PaneRoot>,
  );
  return { user, ...view };
}

/**
 * The real checker, with the findings for some addresses rewritten by `change` (given the findings
 * the real checker made): how a test states what a finding says without depending on today's
 * checker. The verdicts follow the rewritten findings.
 */
export function describedChecker(
  base: Checker,
  change: Record<string, (findings: Finding[]) => Finding[]>,
): Checker {
  const describe = (result: AddressResult): AddressResult => {
    const edit = change[result.address];
    if (!edit) return result;
    const findings = edit(result.findings);
    return { ...result, findings, verdict: verdictOf(findings) };
  };
  return {
    policy: base.policy,
    protectedCount: base.protectedCount,
    checkAddress: (raw, displayName) => describe(base.checkAddress(raw, displayName)),
    checkRecipients: (recipients, context) => {
      const result = base.checkRecipients(recipients, context);
      const described = result.recipients.map(describe);
      return {
        ...result,
        recipients: described,
        verdict: verdictOf([...result.findings, ...described.flatMap((r) => r.findings)]),
      };
    },
  };
}
