/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

const CONFIRMING = {
  version: 1,
  internalDomains: ["contoso.com"],
  externalRecipients: { confirmDomains: true },
};
const section = () => screen.queryByRole("region", { name: "Outside domains to confirm" });
const message = () => ({
  to: [entry("ann@contoso.com", "Ann"), entry("a@fabrikam.com", "A"), entry("b@sales.fabrikam.com")],
  cc: [entry("c@tailspintoys.com", "C")],
});

describe("review: an organisation that asks for each outside domain to be confirmed", () => {
  test("outside recipients are listed by domain, those inside apart, and each domain is confirmed once", async () => {
    const host = new FakeHost({ ...message(), bundledPolicy: CONFIRMING });
    const { user } = renderApp(host);
    await waitFor(() => expect(section()).not.toBeNull());
    const domains = within(section()!).getByRole("list", { name: "Outside domains" });
    const items = within(domains).getAllByRole("listitem").map(text);
    expect(items).toEqual([
      expect.stringContaining("fabrikam.com2 recipients: a@fabrikam.com, b@sales.fabrikam.com"),
      expect.stringContaining("tailspintoys.com1 recipient: c@tailspintoys.com"),
    ]);
    expect(text(section())).toContain("Inside your organisation: 1 recipient, nothing to confirm.");
    expect(text(document.body)).toContain("Confirm each outside domain above, then press Send");

    await user.click(screen.getByRole("button", { name: "Confirm fabrikam.com" }));
    await statusSays("Confirmed fabrikam.com for this message.");
    expect(JSON.parse(host.fake.sessionData.get("rg.confirmed.v1")!)).toEqual(["fabrikam.com"]);
    expect(screen.queryByRole("button", { name: "Confirm fabrikam.com" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Confirm tailspintoys.com" }));
    await statusSays(
      "Confirmed tailspintoys.com for this message. Every outside domain is confirmed: press Send in the message again.",
    );
    expect(JSON.parse(host.fake.sessionData.get("rg.confirmed.v1")!)).toEqual([
      "fabrikam.com",
      "tailspintoys.com",
    ]);
    expect(text(section())).toContain("Every outside domain is confirmed for this message.");
    expect(text(document.body)).not.toContain("Outside domains to confirm before sending:");
  });

  test("confirmations already on the message are shown as confirmed when the pane opens", async () => {
    const host = new FakeHost({ ...message(), bundledPolicy: CONFIRMING });
    host.fake.sessionData.set("rg.confirmed.v1", JSON.stringify(["tailspintoys.com"]));
    renderApp(host);
    await screen.findByRole("button", { name: "Confirm fabrikam.com" });
    expect(screen.queryByRole("button", { name: "Confirm tailspintoys.com" })).toBeNull();
  });

  test("nothing to confirm when every recipient is inside, or when the policy does not ask", async () => {
    const inside = new FakeHost({ to: [entry("ann@contoso.com")], bundledPolicy: CONFIRMING });
    const first = renderApp(inside);
    await statusSays("The recipient looks right.");
    expect(section()).toBeNull();
    first.unmount();
    renderApp(
      new FakeHost({ ...message(), bundledPolicy: { version: 1, internalDomains: ["contoso.com"] } }),
    );
    await statusSays("All 4 recipients look right.");
    expect(section()).toBeNull();
  });
});
