/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

describe("review: groups", () => {
  test("a group on the message is named, since its members are not checked", async () => {
    const host = new FakeHost({
      to: [
        entry("bob@fabrikam.com", "Bob"),
        { ...entry("project-team@fabrikam.com", "Project team"), group: true },
      ],
      cc: [{ ...entry("all-staff@contoso.com", "All staff"), group: true }],
    });
    renderApp(host);
    await statusSays("All 3 recipients look right.");
    const groups = screen.getByRole("region", { name: "Groups" });
    expect(
      within(groups)
        .getAllByRole("listitem")
        .map((li) => text(li)),
    ).toEqual([
      'To: "project-team@fabrikam.com" is a group outside your organisation: its members are not checked.',
      'Cc: "all-staff@contoso.com" is a group: its members are not checked.',
    ]);
  });

  test("no groups, no list", async () => {
    renderApp(new FakeHost({ to: [entry("bob@fabrikam.com", "Bob")] }));
    await statusSays("The recipient looks right.");
    expect(screen.queryByRole("region", { name: "Groups" })).toBeNull();
  });
});
