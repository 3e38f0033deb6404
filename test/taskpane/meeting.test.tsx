/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { createChecker, resolvePolicy } from "../../src/checker";
import { encodeAlertContext, toAlertContext } from "../../src/shared/alert-context";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

const partners = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    entry(`p${i}@${["fabrikam.com", "tailspintoys.com"][i % 2]}`, `P ${i}`),
  );

describe("review of a meeting invitation", () => {
  test("attendees are named by their field, Required or Optional, and a fix is written to them", async () => {
    const host = new FakeHost({
      meeting: true,
      to: [entry("ops@army.ml", "Ops Desk")],
      cc: [entry("bob@example.org", "Bob")],
    });
    const { user } = renderApp(host);
    const replace = await screen.findByRole("button", { name: "Replace with ops@army.mil" });
    const card = replace.closest("li, article, section")!;
    expect(text(card)).toContain("Required");
    expect(text(document.body)).not.toMatch(/\bTo:/);
    await user.click(replace);
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Replace" }));
    await statusSays(/Replaced ops@army\.ml with ops@army\.mil in Required\./);
    expect(host.recipients.to).toEqual([entry("ops@army.mil", "Ops Desk")]);
    expect(host.fake.log).toContain("set requiredAttendees 1");
  });

  test("many outside attendees: the note says everyone invited sees them, with no Bcc to move them to", async () => {
    const host = new FakeHost({ meeting: true, to: partners(16) });
    renderApp(host);
    await waitFor(() => expect(text(document.body)).toContain("Everyone invited will see 16 addresses"));
    expect(screen.queryByRole("button", { name: /to Bcc$/ })).toBeNull();
    const review = screen.getByRole("tabpanel", { name: "Review" });
    expect(text(review)).toContain("Outside addresses everyone can see (Required and Optional)");
    expect(text(review)).toContain("checked 16 addresses in Required and Optional");
    expect(text(review)).not.toMatch(/To and Cc|To, Cc|message/);
  });

  test("the pane speaks of the invitation, not a message", async () => {
    const result = createChecker(resolvePolicy({})).checkRecipients([{ emailAddress: "ops@army.ml" }]);
    const host = new FakeHost({
      meeting: true,
      to: [entry("ops@army.ml", "Ops Desk")],
      contextData: encodeAlertContext(toAlertContext(["to"], result)),
    });
    renderApp(host);
    const summary = await screen.findByRole("region", { name: "What the alert said" }, { timeout: 10_000 });
    expect(text(summary)).toContain(
      "Recipient Guard asked you to check this invitation when you pressed Send.",
    );
    const review = screen.getByRole("tabpanel", { name: "Review" });
    expect(text(review)).toContain("press Send in the invitation again");
    expect(text(review)).not.toMatch(/in the message|this message/);
  });

  test("the same attendees in a message do get the move to Bcc", async () => {
    renderApp(new FakeHost({ to: partners(16) }));
    await screen.findByRole("button", { name: "Move the 16 external recipients to Bcc" });
  });
});
