/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { HISTORY_KEYS, historyText } from "../../src/shared/correspondent-store";
import { SETTING_KEYS } from "../../src/shared/policy-store";
import { localTextStore } from "../../src/shared/text-stores";
import { historyOf } from "../history";
import { entry, FakeHost } from "./fake-host";
import { openSettings, renderApp, settingsPanel, statusSays } from "./render-app";

jest.setTimeout(20_000);

/** A browser runtime's storage (localStorage), which the pane shares with the send check there. */
function browserStorage(history?: ReturnType<typeof historyOf>) {
  const data = new Map<string, string>();
  if (history) {
    data.set(HISTORY_KEYS.history, historyText({ history, since: Date.now() - 1000 }));
  }
  const store = localTextStore({
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  });
  return { data, store };
}

const panel = settingsPanel;

describe("settings: the domains you write to", () => {
  test("says how many are known, and Forget clears them here and leaves the mark for the send check", async () => {
    const { data, store } = browserStorage(historyOf(["northwind.com", "adatum.com"]));
    const host = new FakeHost({ largeStore: store });
    const { user } = await openSettings(host);
    await within(panel()).findByText(
      "Recipient Guard has learned 2 outside domains from the messages you sent (20 so far).",
    );
    await user.click(within(panel()).getByRole("button", { name: "Forget these domains" }));
    const dialog = await screen.findByRole("dialog", { name: "Forget the domains you write to?" });
    await user.click(within(dialog).getByRole("button", { name: "Forget them" }));
    await screen.findByText("Forgotten. The send check forgets them too, at your next message.");
    expect(data.has(HISTORY_KEYS.history)).toBe(false);
    expect(host.store.get(HISTORY_KEYS.cleared)).toBeGreaterThan(Date.now() - 60_000);
    await screen.findByText(
      "Recipient Guard has learned 0 outside domains from the messages you sent (0 so far).",
    );
  });

  test("a fresh history says when it starts to call domains new", async () => {
    const { store } = browserStorage();
    await openSettings(new FakeHost({ largeStore: store }));
    await within(panel()).findByText("It notes a domain as new to you once it has learned from 20 messages.");
  });

  test("where the send check keeps its copy out of the pane's reach (classic Outlook), the pane says so", async () => {
    await openSettings(new FakeHost({ largeStore: null }));
    await within(panel()).findByText(
      "In this version of Outlook, the send check keeps them where this pane cannot read them.",
    );
    expect(within(panel()).getByRole("button", { name: "Forget these domains" })).toBeTruthy();
  });

  test("an organisation that turns learning off is named, and nothing is offered", async () => {
    const { store } = browserStorage(historyOf(["northwind.com"]));
    const host = new FakeHost({ largeStore: store, to: [entry("kim@northwnd.com", "Kim")] });
    host.store.set(SETTING_KEYS.cachedPolicy, {
      fetchedAt: new Date().toISOString(),
      policy: { externalRecipients: { learnCorrespondents: false } },
    });
    await openSettings(host);
    await within(panel()).findByText("Your organisation has turned off learning the domains you write to.");
    expect(within(panel()).queryByRole("button", { name: "Forget these domains" })).toBeNull();
    // Nor does the review use what was learned.
    expect(screen.queryByText("Suggested because you often write to this domain.")).toBeNull();
  });
});

describe("review: a slip of a domain you write to often", () => {
  test("is flagged with the fix towards it, and says why", async () => {
    const { store } = browserStorage(historyOf(["northwind.com"]));
    renderApp(new FakeHost({ largeStore: store, to: [entry("kim@northwnd.com", "Kim")] }));
    await statusSays("1 of 1 recipient needs your attention.");
    await screen.findByText("Suggested because you often write to this domain.");
    expect(screen.getAllByText(/kim@northwind\.com/).length).toBeGreaterThan(0);
  });

  test("without the history the same address is not questioned", async () => {
    renderApp(new FakeHost({ largeStore: null, to: [entry("kim@northwnd.com", "Kim")] }));
    await statusSays(/recipient/i);
    await waitFor(() =>
      expect(screen.queryByText("Suggested because you often write to this domain.")).toBeNull(),
    );
  });
});
