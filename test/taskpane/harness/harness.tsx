/**
 * Development-only page (not shipped, not a test): renders the real pane over the fake host so the
 * Review and Settings views can be looked at in a browser without Outlook. Bundled to /tmp by
 * the screenshot script; pick a state with ?scenario=review|clear|blocked|group|settings and
 * ?theme=dark.
 */
import { createRoot } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createChecker, resolvePolicy } from "../../../src/checker";
import { encodeAlertContext, toAlertContext, type RecipientField } from "../../../src/shared/alert-context";
import { App } from "../../../src/taskpane/App";
import { PaneRoot } from "../../../src/taskpane/components/PaneRoot";
import { entry, FakeHost } from "../fake-host";

const params = new URLSearchParams(location.search);
const scenario = params.get("scenario") ?? "review";

function alertFor(recipients: [RecipientField, string][]): string {
  const result = createChecker(resolvePolicy({})).checkRecipients(
    recipients.map(([, emailAddress]) => ({ emailAddress })),
  );
  return encodeAlertContext(
    toAlertContext(
      recipients.map(([field]) => field),
      result,
    ),
  );
}

function hostFor(name: string): FakeHost {
  switch (name) {
    case "clear":
      return new FakeHost({
        to: [entry("alice@example.org", "Alice Example"), entry("bob@outlook.com", "Bob Jones")],
        cc: [entry("carol@example.org", "Carol")],
      });
    case "group":
      // Many recipients at one questioned domain: one group with "Fix all at army.ml".
      return new FakeHost({
        to: [
          entry("colonel.smith@army.ml", "Col. Jane Smith"),
          entry("ops@army.ml", "Ops Desk"),
          entry("alice@example.org", "Alice Example"),
        ],
        cc: [entry("logistics@army.ml"), entry("jane@gmial.com", "Jane")],
      });
    case "blocked":
      return new FakeHost({ to: [entry("billing@\u0430pple.com", "Apple Billing")] });
    default:
      return new FakeHost({
        to: [entry("colonel.smith@army.ml", "Col. Jane Smith"), entry("alice@example.org", "Alice Example")],
        cc: [entry("jane@gmial.com", "<img src=x onerror=alert(1)>")],
        bcc: [entry("records@example.org")],
        contextData: alertFor([
          ["to", "colonel.smith@army.ml"],
          ["to", "alice@example.org"],
          ["cc", "jane@gmial.com"],
          ["cc", "ops@army.ml"],
        ]),
        bundledPolicy: { trustedDomains: ["fabrikam.com"], actions: { "suffix-slip": "warn" } },
        userTrustedDomains: ["contoso.com"],
      });
  }
}

const host = hostFor(scenario === "settings" ? "review" : scenario);
const theme = params.get("theme") === "dark" ? webDarkTheme : webLightTheme;
createRoot(document.getElementById("root")!).render(
  <PaneRoot theme={theme}>
    <App host={host} />
  </PaneRoot>,
);
(window as unknown as { harnessHost: FakeHost }).harnessHost = host;
