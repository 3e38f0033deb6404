/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import { createChecker, resolvePolicy } from "../../src/checker";
import { encodeAlertContext, toAlertContext } from "../../src/shared/alert-context";
import { SETTING_KEYS } from "../../src/shared/policy-store";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text, card } from "./render-app";

jest.setTimeout(20_000);

/** The confirmation dialog, once it is open (Fluent renders it through a portal). */
const dialog = () => screen.findByRole("dialog");

function alertFor(to: string[], cc: string[] = []): string {
  const checker = createChecker(resolvePolicy({}));
  const fields = [...to.map(() => "to" as const), ...cc.map(() => "cc" as const)];
  const result = checker.checkRecipients([...to, ...cc].map((emailAddress) => ({ emailAddress })));
  return encodeAlertContext(toAlertContext(fields, result));
}

describe("review: what the alert said", () => {
  test("shows the Smart Alert's findings and what has become of each recipient", async () => {
    const host = new FakeHost({
      to: [entry("ops@army.ml", "Ops Desk"), entry("alice@example.org")],
      contextData: alertFor(["ops@army.ml", "alice@example.org"], ["jane@gmial.com"]),
    });
    renderApp(host);
    // The first check builds the built-in index: on a busy machine that takes over the default second.
    const summary = await screen.findByRole("region", { name: "What the alert said" }, { timeout: 10_000 });
    expect(text(summary)).toContain("Recipient Guard asked you to check this message when you pressed Send.");
    expect(text(summary)).toContain("It named 2 recipients");
    const items = within(summary).getAllByRole("listitem");
    await waitFor(() => expect(text(items[0])).toContain("Still needs attention (below)"));
    expect(text(items[0])).toContain("ops@army.ml");
    // jane@gmial.com was removed since: the alert's words are shown for it here.
    expect(text(items[1])).toContain("No longer on the message");
    expect(text(items[1])).toContain('"gmial.com" looks like a slip for "gmail.com"');
    await statusSays("1 of 2 recipients needs your attention.");
  });

  test("a new alert while the pane is open (InitializationContextChanged): the new findings, checked again", async () => {
    const host = new FakeHost({
      to: [entry("ops@army.ml", "Ops Desk")],
      contextData: alertFor(["ops@army.ml"]),
      mailbox: "1.15",
    });
    renderApp(host);
    const summary = await screen.findByRole("region", { name: "What the alert said" }, { timeout: 10_000 });
    await waitFor(() => expect(text(summary)).toContain("ops@army.ml"));
    // The user fixed To, added a slip in Cc, and pressed Send again: the alert's button asks for the pane.
    host.fake.fields.to = { kind: "ok", value: [entry("ops@army.mil", "Ops Desk")] };
    host.fake.fields.cc = { kind: "ok", value: [entry("jane@gmial.com", "Jane")] };
    let handled = false;
    act(() => {
      handled = host.fake.reopenPane(alertFor([], ["jane@gmial.com"]));
    });
    expect(handled).toBe(true);
    await statusSays("Checked again for the new alert. 1 of 2 recipients needs your attention.");
    const updated = screen.getByRole("region", { name: "What the alert said" });
    expect(text(updated)).toContain("jane@gmial.com");
    expect(text(updated)).not.toContain("ops@army.ml");
  });

  test("damaged or absent contextData: no summary, the live check still runs", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml")], contextData: "{not json" });
    renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    expect(screen.queryByRole("region", { name: "What the alert said" })).toBeNull();
  });
});

describe("review: the live check", () => {
  test("lists each flagged recipient with field, name, address, the problem, the suggestion and severity in words", async () => {
    const host = new FakeHost({
      to: [entry("alice@example.org", "Alice")],
      cc: [entry("ops@army.ml", "Ops Desk")],
      bcc: [entry("billing@\u0430pple.com", "Billing")],
    });
    renderApp(host);
    await statusSays("2 of 3 recipients need your attention.");
    const ml = card("ops@army.ml");
    expect(text(ml)).toContain("Cc");
    expect(text(ml)).toContain("Ops Desk");
    expect(text(ml)).toContain('".ml" is Mali\'s domain');
    expect(text(ml)).toContain("Probably meant");
    expect(text(ml)).toContain("ops@army.mil");
    expect(text(ml)).toContain("Check this"); // warn, in words as well as colour
    const homoglyph = card("billing@\u0430pple.com");
    expect(text(homoglyph)).toContain("Bcc");
    expect(text(homoglyph)).toContain("Blocked");
    expect(text(homoglyph)).toContain("As the mail system sees it: billing@xn--pple-43d.com");
    expect(within(homoglyph).queryByRole("button", { name: /^Trust/ })).toBeNull();
    expect(within(homoglyph).getByRole("button", { name: "Replace with billing@apple.com" })).toBeTruthy();
    expect(screen.queryByText("alice@example.org")).toBeNull(); // only flagged recipients are listed
  });

  test("when nothing is flagged: a clear all-right state", async () => {
    const host = new FakeHost({ to: [entry("alice@example.org")], cc: [entry("bob@outlook.com", "Bob")] });
    renderApp(host);
    await statusSays("All 2 recipients look right.");
    expect(screen.getByText("All recipients look right")).toBeTruthy();
  });

  test("re-checks when the user changes the recipients in Outlook", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml")] });
    renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    act(() => host.userEdits("to", [entry("ops@army.mil"), entry("jane@gmial.com")]));
    await statusSays("1 of 2 recipients needs your attention.");
    expect(card("jane@gmial.com")).toBeTruthy();
    expect(screen.queryByText("ops@army.ml")).toBeNull();
  });

  test("message-level findings are shown", async () => {
    const external = ["contoso.com", "fabrikam.com", "northwindtraders.com", "tailspintoys.com"].map((d) =>
      entry(`sales@${d}`),
    );
    const host = new FakeHost({
      to: [entry("me@ours.example"), ...external],
      bundledPolicy: { internalDomains: ["ours.example"], externalRecipients: { warnAbove: 3 } },
    });
    renderApp(host);
    await statusSays("All 5 recipients look right. See the note about the whole message.");
    expect(screen.getByText(/This message goes to 4 addresses outside your organisation/)).toBeTruthy();
    expect(screen.getAllByText(/Many recipients outside your organisation/).length).toBeGreaterThan(0);
  });
});

describe("review: fixes", () => {
  test("Replace changes that one address, keeping every other recipient and display name", async () => {
    const host = new FakeHost({
      to: [
        entry("alice@example.org", "Alice Example"),
        entry("ops@army.ml", "Ops Desk"),
        entry("carol@example.org", "carol@example.org"),
      ],
      cc: [entry("bob@outlook.com", "Bob Jones")],
    });
    const { user } = renderApp(host);
    await statusSays("1 of 4 recipients needs your attention.");
    await user.click(within(card("ops@army.ml")).getByRole("button", { name: "Replace with ops@army.mil" }));
    expect(text(await dialog())).toContain("In To, Ops Desk <ops@army.ml> becomes Ops Desk <ops@army.mil>.");
    expect(text(await dialog())).toContain("The other 2 recipients in To stay as they are.");
    await user.click(within(await dialog()).getByRole("button", { name: "Replace" }));
    await statusSays("Replaced ops@army.ml with ops@army.mil in To. All 4 recipients look right.");
    expect(host.recipients.to).toEqual([
      entry("alice@example.org", "Alice Example"),
      entry("ops@army.mil", "Ops Desk"),
      entry("carol@example.org", "carol@example.org"),
    ]);
    expect(host.recipients.cc).toEqual([entry("bob@outlook.com", "Bob Jones")]);
    expect(host.setCalls.map((c) => c.field)).toEqual(["to"]);
    expect(screen.getByText("All recipients look right")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  test("Cancel changes nothing", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml", "Ops")] });
    const { user } = renderApp(host);
    await statusSays("needs your attention");
    await user.click(screen.getByRole("button", { name: "Replace with ops@army.mil" }));
    await user.click(within(await dialog()).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(host.setCalls).toEqual([]);
    expect(host.recipients.to).toEqual([entry("ops@army.ml", "Ops")]);
  });

  test("Remove takes out that recipient only", async () => {
    const host = new FakeHost({
      to: [entry("alice@example.org", "Alice")],
      cc: [
        entry("carol@example.org", "Carol"),
        entry("jane@gmial.com", "Jane"),
        entry("dan@example.org", "Dan"),
      ],
    });
    const { user } = renderApp(host);
    await statusSays("1 of 4 recipients needs your attention.");
    await user.click(screen.getByRole("button", { name: "Remove jane@gmial.com from Cc" }));
    expect(text(await dialog())).toContain("Jane <jane@gmial.com> will be removed from Cc.");
    await user.click(within(await dialog()).getByRole("button", { name: "Remove" }));
    await statusSays("Removed jane@gmial.com from Cc. All 3 recipients look right.");
    expect(host.recipients.cc).toEqual([
      entry("carol@example.org", "Carol"),
      entry("dan@example.org", "Dan"),
    ]);
    expect(host.recipients.to).toEqual([entry("alice@example.org", "Alice")]);
  });

  test("Trust saves the domain, and the recipient then passes", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml", "Mali office"), entry("alice@example.org")] });
    const { user } = renderApp(host);
    await statusSays("1 of 2 recipients needs your attention.");
    await user.click(screen.getByRole("button", { name: "Trust army.ml" }));
    // A zero-configuration slip: the confirmation says what the domain is before it is accepted.
    expect(text(await dialog())).toContain("army.ml is Mali's domain, not the US military's domain");
    expect(text(await dialog())).toContain("army.ml will be added to your trusted domains.");
    expect(text(await dialog())).toContain("No recipient is changed.");
    await user.click(within(await dialog()).getByRole("button", { name: "Trust anyway" }));
    // The decision is kept on the message too, so the send check sees it at once, and the pane says so.
    await statusSays(
      "army.ml is now one of your trusted domains. It applies to this message now and to the messages you write after it. All 2 recipients look right.",
    );
    expect(host.fake.sessionData.get(SETTING_KEYS.userTrustedDomains)).toBe('["army.ml"]');
    expect(host.store.get(SETTING_KEYS.userTrustedDomains)).toEqual(["army.ml"]);
    expect(host.setCalls).toEqual([]); // trusting changes no recipient
    expect(host.recipients.to).toEqual([entry("ops@army.ml", "Mali office"), entry("alice@example.org")]);
    // The settings view lists it as the user's own.
    expect(text(screen.getByRole("list", { name: "Your trusted domains", hidden: true }))).toContain(
      "army.ml",
    );
  });

  test("no Trust button when the organisation does not allow personal trusted domains", async () => {
    const host = new FakeHost({
      to: [entry("ops@army.ml")],
      bundledPolicy: { allowUserTrustedDomains: false },
    });
    renderApp(host);
    await statusSays("needs your attention");
    expect(screen.getByRole("button", { name: "Replace with ops@army.mil" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Trust/ })).toBeNull();
  });

  test("a host error shows a MessageBar with Outlook's message and leaves the recipients as they were", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml", "Ops"), entry("alice@example.org", "Alice")] });
    host.failSetRecipients = "Outlook could not change the To recipients: The item is locked (9041).";
    const { user } = renderApp(host);
    await statusSays("1 of 2 recipients needs your attention.");
    await user.click(screen.getByRole("button", { name: "Replace with ops@army.mil" }));
    await user.click(within(await dialog()).getByRole("button", { name: "Replace" }));
    await statusSays("Could not replace ops@army.ml. 1 of 2 recipients needs your attention.");
    const bar = screen.getByText("Could not replace ops@army.ml").closest('[role="group"]') as HTMLElement;
    expect(text(bar)).toContain("The item is locked (9041).");
    expect(host.recipients.to).toEqual([entry("ops@army.ml", "Ops"), entry("alice@example.org", "Alice")]);
    expect(card("ops@army.ml")).toBeTruthy();
    await user.click(within(bar).getByRole("button", { name: "Dismiss this message" }));
    expect(screen.queryByText("Could not replace ops@army.ml")).toBeNull();
  });

  test("when the recipients cannot be read: the error and a way to try again, no stale list", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml")] });
    host.failGetRecipients = "Outlook could not read the To recipients: Internal error.";
    const { user } = renderApp(host);
    await statusSays("The recipients could not be checked.");
    expect(screen.getByText(/Internal error/)).toBeTruthy();
    host.failGetRecipients = null;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await statusSays("1 of 1 recipient needs your attention.");
  });
});

describe("review: sending", () => {
  // Outlook's item.sendAsync needs read/write mailbox; the manifest asks for read/write item, and
  // the fake refuses the call as Outlook does ("Elevated permission is required ...").
  test("the pane never sends: no Send button, and after a fix it says to press Send again", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml", "Ops")], mailbox: "1.15" });
    const { user } = renderApp(host);
    await statusSays("needs your attention");
    expect(screen.queryByRole("button", { name: /send/i })).toBeNull();
    expect(screen.getByText(/press Send in the message again/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Replace with ops@army.mil" }));
    await user.click(within(await dialog()).getByRole("button", { name: "Replace" }));
    await statusSays("The recipient looks right.");
    expect(screen.queryByRole("button", { name: /send/i })).toBeNull();
    expect(
      screen.getByText("The recipients look right now: press Send in the message again to send it."),
    ).toBeTruthy();
    expect(host.fake.log).not.toContain("send");
  });

  test("no Send anyway for a recipient the organisation blocks", async () => {
    const host = new FakeHost({ to: [entry("billing@\u0430pple.com")] });
    renderApp(host);
    await statusSays("needs your attention");
    expect(screen.queryByRole("button", { name: /send/i })).toBeNull();
    expect(screen.getByText(/does not allow sending to a blocked recipient/)).toBeTruthy();
  });
});

describe("review: message text is data", () => {
  test("markup and Markdown in display names appear as plain text, never as an image or a link", async () => {
    const host = new FakeHost({
      to: [
        entry("ops@army.ml", "<img src=x onerror=alert(1)>"),
        entry("jane@gmial.com", "[click](http://evil)"),
      ],
      contextData: alertFor(["ops@army.ml", "jane@gmial.com"]),
    });
    const { container, user } = renderApp(host);
    await statusSays("2 of 2 recipients need your attention.");
    expect(text(card("ops@army.ml"))).toContain("<img src=x onerror=alert(1)>");
    expect(text(card("jane@gmial.com"))).toContain("[click](http://evil)");
    await user.click(screen.getByRole("button", { name: "Remove ops@army.ml from To" }));
    expect(text(await dialog())).toContain(
      "<img src=x onerror=alert(1)> <ops@army.ml> will be removed from To.",
    );
    expect(document.querySelectorAll("img")).toHaveLength(0);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    expect(container.innerHTML).not.toContain("<img");
  });

  test("invisible and direction-changing characters are made visible", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml", "Ops\u202Elim.ymra")] });
    renderApp(host);
    await statusSays("needs your attention");
    expect(text(card("ops@army.ml"))).toContain("Ops[U+202E]lim.ymra");
  });
});

describe("review: keyboard alone", () => {
  test("tab to Replace, Enter, confirm in the dialog with the keyboard", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml", "Ops"), entry("alice@example.org", "Alice")] });
    const { user } = renderApp(host);
    await statusSays("1 of 2 recipients needs your attention.");
    const replace = screen.getByRole("button", { name: "Replace with ops@army.mil" });
    for (let i = 0; i < 15 && document.activeElement !== replace; i++) await user.tab();
    expect(document.activeElement).toBe(replace);

    // Escape closes the dialog and returns focus to the button.
    await user.keyboard("{Enter}");
    await dialog();
    expect(text(document.activeElement)).toContain("Cancel"); // the safe choice has focus first
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(replace));

    await user.keyboard("{Enter}");
    await dialog();
    await user.tab();
    expect(text(document.activeElement)).toContain("Replace");
    expect((await dialog()).contains(document.activeElement)).toBe(true);
    await user.tab(); // focus stays inside the dialog
    expect((await dialog()).contains(document.activeElement)).toBe(true);
    await user.tab({ shift: true });
    await user.keyboard("{Enter}");
    await statusSays("Replaced ops@army.ml with ops@army.mil in To.");
    expect(host.recipients.to).toEqual([entry("ops@army.mil", "Ops"), entry("alice@example.org", "Alice")]);
    // The card is gone; focus lands on the results heading, not lost on the page.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Recipients now" })),
    );
  });
});
