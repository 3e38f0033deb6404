/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { SETTING_KEYS } from "../../src/shared/policy-store";
import { entry, FakeHost } from "./fake-host";
import { openSettings, renderApp, settingsPanel, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

const panel = settingsPanel;
const yourList = () => screen.queryByRole("list", { name: "Your trusted domains" });
const items = (list: HTMLElement | null) => (list ? within(list).getAllByRole("listitem").map(text) : []);
/** The value shown for one fact of the policy overview. */
const fact = (term: string) => text(within(panel()).getByText(term).closest("dt")?.nextElementSibling);
const domainInput = () => screen.getByRole("textbox", { name: "Domain to trust" });

describe("settings: the policy in force", () => {
  test("where each rule and domain came from, the policy origin, and the version", async () => {
    const host = new FakeHost({
      bundledPolicy: {
        internalDomains: ["ours.example.com"],
        trustedDomains: ["fabrikam.com"],
        blockedDomains: ["ml"],
        actions: { "suffix-slip": "block" },
        externalRecipients: { warnAbove: 20 },
      },
      userTrustedDomains: ["contoso.com"],
    });
    await openSettings(host);
    const p = panel();
    expect(text(p)).toContain("The copy built into the add-in");
    const rules = within(p).getByRole("list", { name: "What happens for each kind of finding" });
    const slip = within(rules).getByText("Ending one slip from .mil, .gov, .com and others").closest("li");
    expect(text(slip)).toContain("Stop the message · set by your organisation");
    const lookalike = within(rules).getByText("Domain one slip away from a known one").closest("li");
    expect(text(lookalike)).toContain("Ask you to confirm · built-in default");
    expect(items(within(p).getByRole("list", { name: "Trusted domains" }))).toEqual([
      "fabrikam.com · organisation",
      "contoso.com · yours",
    ]);
    expect(items(within(p).getByRole("list", { name: "Internal domains" }))).toEqual(["ours.example.com"]);
    expect(items(within(p).getByRole("list", { name: "Blocked domains" }))).toEqual(["ml"]);
    expect(fact("Recipients outside your organisation")).toBe(
      "More than 20 outside addresses at once: Ask you to confirm. set by your organisation",
    );
    expect(fact("Personal trusted domains")).toBe("Allowed built-in default");
    expect(text(p)).toContain("Recipient Guard version 9.9.9-test");
  });

  test("problems loading the policy are shown", async () => {
    const host = new FakeHost();
    host.store.set(SETTING_KEYS.cachedPolicy, {
      fetchedAt: "2026-01-01T00:00:00Z",
      policy: { trustedDomains: ["com"] },
    });
    await openSettings(host);
    expect(text(panel())).toContain("Part of the policy could not be used");
    expect(text(panel())).toContain("The saved organisation policy was not used");
    // Where the problem is, in words: not the policy's internal path.
    expect(text(panel())).toContain('trusted domain 1 ("com")');
    expect(text(panel())).not.toContain("trustedDomains[");
  });
});

describe("settings: policy updates", () => {
  test("Check for policy updates shows the result, and the new policy takes effect at once", async () => {
    const host = new FakeHost({
      to: [entry("ops@army.ml")],
      remotePolicy: JSON.stringify({ version: 1, trustedDomains: ["army.ml"] }),
    });
    const { user } = await openSettings(host);
    await user.click(screen.getByRole("button", { name: "Check for policy updates" }));
    expect(
      await screen.findByText(
        "The organisation policy was updated. It applies from your next message; Outlook can take a few minutes to pass it on to the send check.",
      ),
    ).toBeTruthy();
    // When, as people write it: never a raw timestamp.
    expect(text(panel())).toMatch(/Downloaded from your organisation on [^.]*2026/);
    expect(text(panel())).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    expect(items(within(panel()).getByRole("list", { name: "Trusted domains" }))).toEqual([
      "army.ml · organisation",
    ]);
    // The review re-checked with the new policy.
    await statusSays("The recipient looks right.");
  });

  test("a failed download says why and keeps the policy in force", async () => {
    const host = new FakeHost({ remotePolicy: new Error("the server answered 404") });
    const { user } = await openSettings(host);
    await user.click(screen.getByRole("button", { name: "Check for policy updates" }));
    expect(
      await screen.findByText(
        /could not be downloaded \(the server answered 404\); the last good one stays in force/,
      ),
    ).toBeTruthy();
    expect(text(panel())).toContain("The copy built into the add-in");
  });
});

describe("settings: automatic policy updates", () => {
  test("opening the pane downloads the policy when it was last checked over 6 hours ago, and applies it", async () => {
    const host = new FakeHost({
      to: [entry("ops@army.ml")],
      remotePolicy: JSON.stringify({ version: 1, trustedDomains: ["army.ml"] }),
      policyCheckedAt: "2026-11-22T03:59:00.000Z",
    });
    renderApp(host);
    // The review re-checks with the downloaded policy, without anyone pressing a button.
    await statusSays("The recipient looks right.");
    expect(host.downloads).toBe(1);
    expect(
      await screen.findByText(
        "The organisation policy was updated. It applies from your next message; Outlook can take a few minutes to pass it on to the send check.",
      ),
    ).toBeTruthy();
    expect(host.loadPolicy().origin).toBe("cached");
  });

  test("a pane that has never checked downloads at once", async () => {
    const host = new FakeHost({ policyCheckedAt: null });
    renderApp(host);
    await waitFor(() => expect(host.downloads).toBe(1));
  });

  test("not again within 6 hours of the last check; the button still downloads", async () => {
    const host = new FakeHost({ policyCheckedAt: "2026-11-22T04:01:00.000Z" });
    const { user } = await openSettings(host);
    expect(host.downloads).toBe(0);
    await user.click(screen.getByRole("button", { name: "Check for policy updates" }));
    await waitFor(() => expect(host.downloads).toBe(1));
  });

  test("an automatic download that fails says why, and the built-in policy stays in force", async () => {
    const host = new FakeHost({ remotePolicy: new Error("the server answered 503"), policyCheckedAt: null });
    await openSettings(host);
    expect(await screen.findByText(/could not be downloaded \(the server answered 503\)/)).toBeTruthy();
    expect(text(panel())).toContain("The copy built into the add-in");
  });
});

describe("settings: your trusted domains", () => {
  test("add a domain, then remove it", async () => {
    const host = new FakeHost({ userTrustedDomains: ["fabrikam.com"] });
    const { user } = await openSettings(host);
    expect(items(yourList())).toEqual(["fabrikam.com"]);
    await user.type(domainInput(), "Contoso.COM{Enter}");
    await waitFor(() => expect(items(yourList())).toEqual(["fabrikam.com", "contoso.com"]));
    expect(host.store.get(SETTING_KEYS.userTrustedDomains)).toEqual(["fabrikam.com", "contoso.com"]);
    expect((domainInput() as HTMLInputElement).value).toBe("");
    expect(
      await screen.findByText(
        "Added contoso.com. It applies to this message now and to the messages you write after it.",
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Remove fabrikam.com" }));
    await waitFor(() => expect(items(yourList())).toEqual(["contoso.com"]));
    expect(host.store.get(SETTING_KEYS.userTrustedDomains)).toEqual(["contoso.com"]);
    // Focus stays in the list for the next keyboard action.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Remove contoso.com" })),
    );
  });

  test("invalid input shows the validation message and saves nothing", async () => {
    const host = new FakeHost();
    const { user } = await openSettings(host);
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Type a domain, such as example.com.")).toBeTruthy();
    await user.type(domainInput(), "com");
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(
      await screen.findByText(/"com" \(the commercial domain\) is an ending under which anyone can register/),
    ).toBeTruthy();
    expect(domainInput().getAttribute("aria-invalid")).toBe("true");
    expect(host.store.get(SETTING_KEYS.userTrustedDomains)).toBeUndefined();
    expect(host.store.saves).toBe(0);
  });

  test("a save Outlook refuses is reported", async () => {
    const host = new FakeHost();
    host.store.failSave = "Outlook could not save the settings: quota exceeded";
    const { user } = await openSettings(host);
    await user.type(domainInput(), "contoso.com{Enter}");
    expect(await screen.findByText(/Outlook did not save your trusted domains/)).toBeTruthy();
  });

  test("disabled, with the reason, when the organisation does not allow personal trusted domains", async () => {
    const host = new FakeHost({
      bundledPolicy: { allowUserTrustedDomains: false },
      userTrustedDomains: ["contoso.com"],
    });
    const { user } = await openSettings(host);
    expect(text(panel())).toContain("Your organisation does not allow personal trusted domains");
    expect((domainInput() as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole("button", { name: "Add" }).hasAttribute("disabled")).toBe(true);
    expect(text(yourList())).toContain(
      "Not in force: your organisation does not allow personal trusted domains.",
    );
    expect(fact("Personal trusted domains")).toBe(
      "Not allowed by your organisation set by your organisation",
    );
    // An entry set aside can still be removed.
    await user.click(screen.getByRole("button", { name: "Remove contoso.com" }));
    await waitFor(() => expect(yourList()).toBeNull());
    expect(host.store.get(SETTING_KEYS.userTrustedDomains)).toEqual([]);
  });
});

describe("settings: what may be trusted, and what is shown", () => {
  const allowing = (extra: Record<string, unknown> = {}) =>
    new FakeHost({ bundledPolicy: { allowUserTrustedDomains: true, ...extra } });

  test("a domain imitating a protected one with other letters is refused, with the reason", async () => {
    const host = allowing();
    const { user } = await openSettings(host);
    await user.type(domainInput(), "\u0430pple.com{Enter}");
    expect(await screen.findByText(/imitates "apple.com".*cannot be trusted/)).toBeTruthy();
    expect(domainInput().getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByText(/^Added/)).toBeNull();
    expect(host.store.saves).toBe(0);
  });

  test("a blocked domain is refused, with the reason", async () => {
    const host = allowing({ blockedDomains: ["evil.example"] });
    const { user } = await openSettings(host);
    await user.type(domainInput(), "mail.evil.example{Enter}");
    expect(await screen.findByText(/does not allow mail to.*It cannot be trusted\./)).toBeTruthy();
    expect(host.store.saves).toBe(0);
  });

  test("a likely slip is explained and needs a second yes; Cancel keeps nothing", async () => {
    const host = allowing();
    const { user } = await openSettings(host);
    await user.type(domainInput(), "army.ml{Enter}");
    const ask = await screen.findByText(/army\.ml is Mali's domain, not the US military's domain/);
    expect(host.store.saves).toBe(0);
    const bar = ask.closest('[role="group"]') as HTMLElement;
    expect(text(bar)).toContain("Trust army.ml?");
    // Cancel has the focus first.
    await waitFor(() => expect(text(document.activeElement)).toBe("Cancel"));
    await user.click(within(bar).getByRole("button", { name: "Cancel" }));
    expect(host.store.saves).toBe(0);
    expect(yourList()).toBeNull();

    await user.click(screen.getByRole("button", { name: "Add" }));
    await user.click(await screen.findByRole("button", { name: "Trust anyway" }));
    await waitFor(() => expect(items(yourList())).toEqual(["army.ml"]));
    expect(host.store.get(SETTING_KEYS.userTrustedDomains)).toEqual(["army.ml"]);
    // What was added, then (where the host says it) when it applies.
    expect(await screen.findByText(/^Added army\.ml\./)).toBeTruthy();
  });

  test("what is shown after adding is what is stored: the domain's own letters, pointed out", async () => {
    const host = allowing();
    const { user } = await openSettings(host);
    await user.type(domainInput(), "Bücher.example{Enter}");
    expect(
      await screen.findByText((t) =>
        t.startsWith('Added "bücher.example" — the "ü" is not a plain English letter.'),
      ),
    ).toBeTruthy();
    expect(host.store.get(SETTING_KEYS.userTrustedDomains)).toEqual(["xn--bcher-kva.example"]);
    expect(items(yourList())).toEqual(['"bücher.example" — the "ü" is not a plain English letter']);
    expect(screen.getByRole("button", { name: "Remove bücher.example" })).toBeTruthy();
    expect(text(panel())).not.toContain("xn--bcher-kva.example");
  });
});
