/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { HISTORY_KEYS, historyText } from "../../src/shared/correspondent-store";
import { SETTING_KEYS } from "../../src/shared/policy-store";
import { localTextStore } from "../../src/shared/text-stores";
import { Correspondents } from "../../src/checker/correspondents";
import { historyOf } from "../history";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

/** A browser runtime's storage holding `history`: by default one that has learned `domains`. */
function learned(domains: readonly string[], history = historyOf(domains)) {
  const data = new Map<string, string>();
  data.set(HISTORY_KEYS.history, historyText({ history, since: Date.now() - 1000 }));
  return localTextStore({
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  });
}

const KNOWN = ["northwind.com", "adatum.com", "fabrikam.com", "contoso.com", "litware.com"];
const notes = () => screen.queryByRole("region", { name: "Domains you have not written to before" });

describe("review: a domain you have not written to", () => {
  test("is a note in the review (information by default), not a warning card", async () => {
    renderApp(new FakeHost({ largeStore: learned(KNOWN), to: [entry("x@tailspintoys.com", "X")] }));
    // Said to a screen reader too, after the all clear.
    await statusSays("The recipient looks right. This is your first message to tailspintoys.com.");
    const note = await screen.findByRole("region", { name: "Domains you have not written to before" });
    expect(text(note)).toContain("First message to tailspintoys.com");
    expect(text(note)).toContain("x@tailspintoys.com (To)");
    // A note, not a card asking for a decision.
    expect(within(note).queryByRole("button")).toBeNull();
    expect(screen.queryByRole("list", { name: "Recipients that need attention" })).toBeNull();
  });

  test("one line per domain, however many recipients are there", async () => {
    renderApp(
      new FakeHost({
        largeStore: learned(KNOWN),
        to: [entry("a@tailspintoys.com", "A"), entry("kim@northwind.com", "Kim")],
        cc: [entry("b@tailspintoys.com", "B")],
      }),
    );
    await statusSays("All 3 recipients look right. This is your first message to tailspintoys.com.");
    const note = await screen.findByRole("region", { name: "Domains you have not written to before" });
    const lines = within(note).getAllByRole("listitem").map(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("tailspintoys.com");
    expect(lines[0]).toContain("a@tailspintoys.com (To)");
    expect(lines[0]).toContain("b@tailspintoys.com (Cc)");
    expect(text(note)).not.toContain("northwind.com");
  });

  test("nothing for a domain you write to", async () => {
    renderApp(new FakeHost({ largeStore: learned(KNOWN), to: [entry("kim@northwind.com", "Kim")] }));
    await statusSays("The recipient looks right.");
    expect(notes()).toBeNull();
  });

  test("nothing while the history is still learning (fewer than 20 sends)", async () => {
    const young = Correspondents.empty();
    for (let i = 0; i < 19; i++) young.record(KNOWN, 2500);
    expect(young.learning).toBe(true);
    renderApp(new FakeHost({ largeStore: learned(KNOWN, young), to: [entry("x@tailspintoys.com", "X")] }));
    await statusSays("The recipient looks right.");
    expect(notes()).toBeNull();
    expect(screen.getByText((_, e) => e?.id === "review-status").textContent).not.toContain("first");
  });

  test("several new domains are counted in the status", async () => {
    renderApp(
      new FakeHost({
        largeStore: learned(KNOWN),
        to: [entry("a@tailspintoys.com", "A"), entry("b@wingtiptoys.com", "B")],
      }),
    );
    await statusSays("All 2 recipients look right. 2 domains are new to you: see the note.");
    const note = await screen.findByRole("region", { name: "Domains you have not written to before" });
    expect(within(note).getAllByRole("listitem").map(text)).toEqual([
      "First message to tailspintoys.com: a@tailspintoys.com (To)",
      "First message to wingtiptoys.com: b@wingtiptoys.com (To)",
    ]);
  });

  test("with warnOnUnfamiliarDomain it is a card, and not a note as well", async () => {
    const host = new FakeHost({ largeStore: learned(KNOWN), to: [entry("x@tailspintoys.com", "X")] });
    host.store.set(SETTING_KEYS.cachedPolicy, {
      fetchedAt: new Date().toISOString(),
      policy: { externalRecipients: { warnOnUnfamiliarDomain: true } },
    });
    renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    expect(notes()).toBeNull();
  });

  test("in the pane's language", async () => {
    renderApp(
      new FakeHost({
        largeStore: learned(KNOWN),
        to: [entry("x@tailspintoys.com", "X")],
        displayLanguage: "de-DE",
      }),
    );
    const note = await screen.findByRole("region", {
      name: "Domains, an die Sie noch nie geschrieben haben",
    });
    expect(text(note)).toContain("tailspintoys.com");
  });
});
