/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { attachment, attachments } from "../office/fake-office";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

const ORG = { version: 1, internalDomains: ["contoso.com"] };
const section = () => screen.queryByRole("region", { name: "Attachments going outside" });

describe("review: attachments going outside (issue 12, part 3)", () => {
  test("the attachments are listed with their sizes beside the outside domains they go to", async () => {
    const host = new FakeHost({
      to: [entry("ann@contoso.com", "Ann"), entry("p@fabrikam.com", "P"), entry("q@sales.fabrikam.com")],
      cc: [entry("r@tailspintoys.com")],
      attachments: attachments(
        attachment("budget 2027.xlsx", 1.5 * 1024 * 1024),
        attachment("Forwarded message", 0),
        attachment("image001.png", 4000, true),
      ),
      bundledPolicy: ORG,
    });
    renderApp(host);
    await waitFor(() => expect(section()).not.toBeNull());
    expect(text(section())).toContain(
      "This message's 2 attachments go to 2 domains outside your organisation.",
    );
    const files = within(section()!).getByRole("list", { name: "Attachments" });
    expect(within(files).getAllByRole("listitem").map(text)).toEqual([
      "budget 2027.xlsx (1.5 MB)",
      "Forwarded message (size not given)",
    ]);
    const domains = within(section()!).getByRole("list", { name: "Outside domains they go to" });
    expect(within(domains).getAllByRole("listitem").map(text)).toEqual([
      "fabrikam.com (2 recipients)",
      "tailspintoys.com (1 recipient)",
    ]);
    // Information only, by default: the recipients look right and nothing asks for a decision.
    await statusSays("All 4 recipients look right.");
    expect(text(document.body)).toContain("The recipients look right now: press Send");
    expect(text(document.body)).not.toContain("Note: Attachments going outside your organisation");
  });

  test("not shown without attachments (inline images are none) or without outside recipients", async () => {
    const inline = new FakeHost({
      to: [entry("p@fabrikam.com")],
      attachments: attachments(attachment("image001.png", 4000, true)),
      bundledPolicy: ORG,
    });
    const first = renderApp(inline);
    await statusSays("The recipient looks right.");
    expect(section()).toBeNull();
    first.unmount();
    renderApp(
      new FakeHost({
        to: [entry("ann@contoso.com")],
        attachments: attachments(attachment("plans.pdf", 1000)),
        bundledPolicy: ORG,
      }),
    );
    await statusSays("The recipient looks right.");
    expect(section()).toBeNull();
  });

  test("a name from the message is shown as text: no markup, invisible characters made visible", async () => {
    const host = new FakeHost({
      to: [entry("p@fabrikam.com")],
      attachments: attachments(attachment("<img src=x onerror=alert(1)>\u202Egpj.exe", 10)),
      bundledPolicy: ORG,
    });
    renderApp(host);
    await waitFor(() => expect(section()).not.toBeNull());
    expect(section()!.querySelector("img")).toBeNull();
    expect(text(section())).toContain("<img src=x onerror=alert(1)>[U+202E]gpj.exe (10 bytes)");
  });

  test("a keyword of the organisation's lists is a finding; the subject is read for it", async () => {
    const host = new FakeHost({
      to: [entry("p@fabrikam.com")],
      subject: "Re: OFFICIAL-SENSITIVE staff list",
      attachments: attachments(attachment("staff.xlsx", 2048)),
      bundledPolicy: { ...ORG, keywords: [{ words: ["official-sensitive"], action: "block" }] },
    });
    renderApp(host);
    await screen.findByText(
      /The subject has the keyword "official-sensitive", and this message goes outside/,
    );
    expect(text(document.body)).toContain("Blocked: A keyword your organisation watches for");
    expect(host.fake.log).toContain("get subject");
    expect(section()).not.toBeNull();
  });

  test("with the default policy the subject is not read", async () => {
    const host = new FakeHost({
      to: [entry("p@fabrikam.com")],
      attachments: attachments(attachment("plans.pdf", 1000)),
      bundledPolicy: ORG,
    });
    renderApp(host);
    await waitFor(() => expect(section()).not.toBeNull());
    expect(host.fake.log).toContain("get attachments");
    expect(host.fake.log).not.toContain("get subject");
  });

  test("Outlook failing to list the attachments is a note; the recipients are still checked", async () => {
    const host = new FakeHost({
      to: [entry("p@fabrikam.com")],
      attachments: { kind: "fail", message: "An internal error has occurred." },
      bundledPolicy: ORG,
    });
    renderApp(host);
    await screen.findByText(
      "Recipient Guard could not read the attachments and subject (Outlook could not list the attachments: An internal error has occurred), so they were not checked.",
    );
    await statusSays("The recipient looks right.");
    expect(section()).toBeNull();
  });
});

describe("attachment sizes in Office's display language", () => {
  test.each([
    [
      "fr-FR",
      "Pièces jointes envoyées à l'extérieur",
      "Pièces jointes",
      ["budget 2027.xlsx (1,5 Mo)", "notes.txt (800 octets)"],
    ],
    [
      "de-DE",
      "Anlagen, die Ihre Organisation verlassen",
      "Anlagen",
      ["budget 2027.xlsx (1,5 MB)", "notes.txt (800 Byte)"],
    ],
    [
      "ja-JP",
      "組織外に送られる添付ファイル",
      "添付ファイル",
      ["budget 2027.xlsx （1.5 MB）", "notes.txt （800 バイト）"],
    ],
  ])(
    "%s: the language's decimal separator and unit words",
    async (displayLanguage, heading, label, shown) => {
      const host = new FakeHost({
        displayLanguage,
        to: [entry("p@fabrikam.com")],
        attachments: attachments(
          attachment("budget 2027.xlsx", 1.5 * 1024 * 1024),
          attachment("notes.txt", 800),
        ),
        bundledPolicy: ORG,
      });
      renderApp(host);
      const region = await screen.findByRole("region", { name: heading });
      const files = within(region).getByRole("list", { name: label });
      expect(within(files).getAllByRole("listitem").map(text)).toEqual(shown);
    },
  );
});

test("French: Outlook failing to list the attachments is said in French, Office's reason as it gave it", async () => {
  const host = new FakeHost({
    displayLanguage: "fr-FR",
    to: [entry("p@fabrikam.com")],
    attachments: { kind: "fail", message: "An internal error has occurred." },
    bundledPolicy: ORG,
  });
  renderApp(host);
  await statusSays("Le destinataire semble correct.");
  expect(document.body.textContent).toMatch(
    /\(Outlook n'a pas pu lister les pièces jointes\s: An internal error has occurred\)/,
  );
});
