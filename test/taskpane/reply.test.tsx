/** @jest-environment jsdom */
/**
 * Replies that add outsiders (issue 12, part 4) in the review pane: the send handler keeps a reply's
 * domains on it when Outlook creates it (OnNewMessageCompose, session data); the pane reads that
 * record and names each outside domain the user added, by default as a note (information).
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import { conversationDomains } from "../../src/checker/rules/added-outside-domain";
import { SETTING_KEYS } from "../../src/shared/policy-store";
import { entry, FakeHost, type FakeHostOptions } from "./fake-host";
import { card, renderApp, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

/** What the send handler keeps on a reply to P (fabrikam.com) and Ann, a colleague. */
const REPLY_RECORD = {
  [SETTING_KEYS.conversationDomains]: conversationDomains(["p@fabrikam.com", "ann@contoso.com"]),
};

/** The reply as Outlook filled it in, with the user's additions in Cc. */
const reply = (cc: string[], options: FakeHostOptions = {}) =>
  new FakeHost({
    to: [entry("p@fabrikam.com", "P")],
    cc: [entry("ann@contoso.com", "Ann"), ...cc.map((address) => entry(address))],
    session: REPLY_RECORD,
    ...options,
  });

const ADDED =
  'You added "example.net" to this conversation: the message you are replying to did not go there.';

const addedNotes = () => screen.queryByRole("region", { name: "Added to this conversation" });

describe("review: a reply that adds outsiders", () => {
  test("by default an added outside domain is a note on the added recipient; the reply's own domains are not", async () => {
    renderApp(reply(["q@fabrikam.com", "x@example.net"]));
    await statusSays("All 4 recipients look right.");
    const notes = addedNotes();
    expect(notes).not.toBeNull();
    expect(
      within(notes!)
        .getAllByRole("listitem")
        .map((li) => text(li)),
    ).toEqual([`x@example.net (Cc): ${ADDED}`]);
    expect(text(notes)).not.toContain("fabrikam.com");
  });

  test("an outsider added while the pane is open is named when the pane checks again", async () => {
    const host = reply([]);
    renderApp(host);
    await statusSays("All 2 recipients look right.");
    expect(addedNotes()).toBeNull();
    host.userEdits("cc", [entry("ann@contoso.com", "Ann"), entry("x@example.net", "X")]);
    await statusSays("All 3 recipients look right.");
    expect(text(addedNotes())).toContain(`x@example.net (Cc): ${ADDED}`);
  });

  test("where the policy asks for confirmation (warn), the added recipient is a card that says why", async () => {
    renderApp(
      reply(["x@example.net"], {
        bundledPolicy: { version: 1, actions: { "added-outside-domain": "warn" } },
      }),
    );
    await statusSays("1 of 3 recipients needs your attention.");
    expect(text(within(card("x@example.net")).getByRole("list", { name: "What looks wrong" }))).toBe(ADDED);
    expect(addedNotes()).toBeNull();
  });

  test("in the pane's language", async () => {
    renderApp(reply(["x@example.net"], { displayLanguage: "de-DE" }));
    await statusSays("Alle 3 Empfänger sehen richtig aus.");
    const notes = screen.getByRole("region", { name: "Diesem Gespräch hinzugefügt" });
    expect(text(notes)).toContain(
      "x@example.net (Cc): Sie haben „example.net“ diesem Gespräch hinzugefügt: Die Nachricht, auf die Sie antworten, ging nicht dorthin.",
    );
  });

  test("a message with no record (a new message, a forward) has no such note", async () => {
    const host = reply(["x@example.net"], { session: {} });
    renderApp(host);
    await statusSays("All 3 recipients look right.");
    expect(addedNotes()).toBeNull();
    // The pane asked Outlook for the record all the same: it reads what the message holds.
    expect(host.fake.log).toContain("session get");
  });

  test("a meeting cannot be a reply: the pane does not ask for the record", async () => {
    const host = reply(["x@example.net"], { meeting: true });
    renderApp(host);
    await statusSays("All 3 recipients look right.");
    expect(addedNotes()).toBeNull();
    expect(host.fake.log).not.toContain("session get");
  });
});
