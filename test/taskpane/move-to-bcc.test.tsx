/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

/** n people at ordinary outside domains, with display names. */
const partners = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return entry(
      `person${k}@${["fabrikam.com", "tailspintoys.com", "wingtiptoys.com"][k % 3]}`,
      `Person ${k}`,
    );
  });

/** The review's note about the whole message, if it is there. */
const note = (): Element | null =>
  [...document.querySelectorAll(".fui-MessageBar")].find((bar) =>
    bar.textContent?.includes("Outside addresses everyone can see"),
  ) ?? null;

const moveButton = () => screen.findByRole("button", { name: /^Move the \d+ external recipients to Bcc$/ });

describe("review: outside addresses everyone can see, moved to Bcc", () => {
  test("the note says so, and its one action moves only the outside recipients to Bcc, after asking", async () => {
    const colleague = entry("ann@contoso.com", "Ann");
    const host = new FakeHost({ to: [colleague, ...partners(10)], cc: partners(8, 10) });
    const { user } = renderApp(host);
    await statusSays("All 19 recipients look right. See the note about the whole message.");
    await waitFor(() => expect(note()).not.toBeNull());
    expect(text(note())).toContain("will see 18 addresses outside your organisation in To and Cc");
    await user.click(await moveButton());
    const dialog = await screen.findByRole("dialog");
    expect(text(dialog)).toContain(
      "The 18 recipients outside your organisation in To and Cc will move to Bcc, with their names.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Move to Bcc" }));
    await statusSays("Moved 18 recipients outside your organisation to Bcc.");
    expect(host.recipients).toEqual({ to: [colleague], cc: [], bcc: [...partners(10), ...partners(8, 10)] });
    // Bcc is written first: a refused write later leaves a recipient in two fields, never in none.
    expect(host.setCalls.map((c) => c.field)).toEqual(["bcc", "to", "cc"]);
    await waitFor(() => expect(note()).toBeNull());
  });

  test("the user's own domain is inside: colleagues are not counted and not moved", async () => {
    const host = new FakeHost({
      to: [...Array.from({ length: 20 }, (_, i) => entry(`c${i}@contoso.com`)), ...partners(3)],
    });
    renderApp(host);
    await statusSays("All 23 recipients look right.");
    expect(note()).toBeNull();
    expect(host.ownAddress()).toBe("me@contoso.com");
  });

  test("when Outlook refuses to change To, nobody is lost: the outside recipients are in Bcc as well", async () => {
    const host = new FakeHost({ to: partners(16) });
    const { user } = renderApp(host);
    await user.click(await moveButton());
    host.fake.fail["set to"] = "The mailbox is busy.";
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Move to Bcc" }));
    await screen.findByText("Could not move every recipient to Bcc");
    expect(host.recipients.to).toEqual(partners(16));
    expect(host.recipients.bcc).toEqual(partners(16));
  });
});
