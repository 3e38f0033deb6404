/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { openSettings, renderApp, settingsPanel, text } from "./render-app";

jest.setTimeout(20_000);

const panel = settingsPanel;
/** The value shown for one fact of the policy overview, with where it came from. */
const fact = (term: string) => text(within(panel()).getByText(term).closest("dt")?.nextElementSibling);
const rule = (label: string) => {
  const rules = within(panel()).getByRole("list", { name: "What happens for each kind of finding" });
  return text(within(rules).getByText(label).closest("li"));
};
const keywordLines = () =>
  within(within(panel()).getByRole("list", { name: "Keyword lists" }))
    .getAllByRole("listitem")
    .map(text);

describe("settings: every setting of the policy in force, with where it came from", () => {
  test("with no policy: each built-in default, said as the default", async () => {
    await openSettings(new FakeHost());
    expect(fact("Your organisation's own domains")).toBe("None built-in default");
    expect(fact("Blocked domains")).toBe("None built-in default");
    expect(fact("Built-in protection")).toMatch(/^On: .* built-in default$/);
    expect(fact("Personal trusted domains")).toBe("Allowed built-in default");
    expect(fact("Recipients outside your organisation")).toBe("No limit. built-in default");
    // The default of 15 applies to the outside addresses everyone sees.
    expect(fact("Outside addresses everyone can see")).toBe(
      "More than 15 outside addresses in To and Cc: Ask you to confirm. built-in default",
    );
    expect(fact("Warn about domains you have not written to")).toBe(
      "Off: a domain you have not written to before is only noted. built-in default",
    );
    expect(fact("Learning the domains you write to")).toMatch(
      /^On: learned on this device only.* built-in default$/,
    );
    expect(fact("Confirming each outside domain")).toBe(
      "Off: outside domains need no confirmation. built-in default",
    );
    expect(fact("Keywords looked for in mail going outside")).toBe(
      "None: subjects and attachment names are not searched. built-in default",
    );
    expect(rule("A keyword your organisation watches for")).toContain(
      "Nothing is looked for: there are no keyword lists · built-in default",
    );
  });

  test("the tester's policy: visibleAbove, confirmDomains and a keyword list that blocks", async () => {
    await openSettings(
      new FakeHost({
        bundledPolicy: {
          externalRecipients: { visibleAbove: 5, confirmDomains: true },
          keywords: [{ words: ["SECRET"], action: "block" }],
        },
      }),
    );
    expect(fact("Outside addresses everyone can see")).toBe(
      "More than 5 outside addresses in To and Cc: Ask you to confirm. set by your organisation",
    );
    expect(fact("Confirming each outside domain")).toBe(
      "On: you confirm each outside domain in this pane before sending. set by your organisation",
    );
    // Settings the policy leaves out are still the defaults.
    expect(fact("Recipients outside your organisation")).toBe("No limit. built-in default");
    expect(fact("Learning the domains you write to")).toContain("built-in default");
    expect(keywordLines()).toEqual(['"SECRET": Stop the message · set by your organisation']);
    // Not "Ask you to confirm · built-in default": the organisation's list blocks.
    expect(rule("A keyword your organisation watches for")).toContain(
      "Stop the message · set by your organisation",
    );
  });

  test("every switch the organisation turns, and each keyword list with its own action or the default", async () => {
    await openSettings(
      new FakeHost({
        bundledPolicy: {
          internalDomains: ["ours.example.com"],
          blockedDomains: ["ml"],
          builtInProtection: false,
          allowUserTrustedDomains: false,
          externalRecipients: {
            warnAbove: 50,
            warnOnUnfamiliarDomain: true,
            learnCorrespondents: false,
            confirmDomains: false,
          },
          actions: { "external-recipients": "block" },
          keywords: [{ words: ["SECRET", "TOP SECRET"], action: "block" }, { words: ["Project Falcon"] }],
        },
      }),
    );
    expect(fact("Your organisation's own domains")).toBe("ours.example.com set by your organisation");
    expect(fact("Blocked domains")).toBe("ml set by your organisation");
    expect(fact("Built-in protection")).toMatch(/^Off: .* set by your organisation$/);
    expect(fact("Personal trusted domains")).toBe(
      "Not allowed by your organisation set by your organisation",
    );
    expect(fact("Recipients outside your organisation")).toBe(
      "More than 50 outside addresses at once: Stop the message. set by your organisation",
    );
    expect(fact("Warn about domains you have not written to")).toBe(
      "On: a domain you have not written to before asks you to confirm. set by your organisation",
    );
    expect(fact("Learning the domains you write to")).toBe(
      "Off: nothing is recorded or used. set by your organisation",
    );
    // Written in the policy, even as the default value: the organisation's choice.
    expect(fact("Confirming each outside domain")).toBe(
      "Off: outside domains need no confirmation. set by your organisation",
    );
    expect(keywordLines()).toEqual([
      '"SECRET", "TOP SECRET": Stop the message · set by your organisation',
      '"Project Falcon": Ask you to confirm · built-in default',
    ]);
    expect(rule("A keyword your organisation watches for")).toContain(
      "Each keyword list's own action (see the keywords above) · set by your organisation",
    );
    expect(rule("Domain you have not written to before")).toContain(
      "Ask you to confirm · set by your organisation",
    );
  });

  test("warnAbove without internal domains is said never to apply; an action for unfamiliar-domain comes first", async () => {
    await openSettings(
      new FakeHost({
        bundledPolicy: {
          externalRecipients: { warnAbove: 10, warnOnUnfamiliarDomain: true },
          actions: { "unfamiliar-domain": "allow" },
        },
      }),
    );
    expect(fact("Recipients outside your organisation")).toContain(
      "This never applies while the policy lists no internal domains.",
    );
    expect(fact("Warn about domains you have not written to")).toContain(
      "Your organisation's rule for this finding comes first: Mention only.",
    );
  });

  test("a long keyword list is shortened, long words too, and policy text is never markup", async () => {
    const many = Array.from({ length: 30 }, (_, i) => `word${i + 1}`);
    const long = "a".repeat(100);
    await openSettings(
      new FakeHost({
        bundledPolicy: {
          keywords: [{ words: many, action: "warn" }, { words: [long, "<img src=x onerror=alert(1)>"] }],
        },
      }),
    );
    const [first, second] = keywordLines();
    expect(first).toContain('"word1", "word2"');
    expect(first).toContain('"word8" and 22 more: Ask you to confirm');
    expect(first).not.toContain("word9");
    expect(second).toContain(`"${"a".repeat(39)}…"`);
    expect(second).not.toContain("a".repeat(41));
    expect(second).toContain('"<img src=x onerror=alert(1)>"');
    expect(panel().querySelector("img")).toBeNull();
  });

  test("in the pane's language", async () => {
    const { user } = renderApp(
      new FakeHost({
        displayLanguage: "de-DE",
        bundledPolicy: {
          externalRecipients: { visibleAbove: 5 },
          keywords: [{ words: ["GEHEIM"], action: "block" }],
        },
      }),
    );
    await user.click(await screen.findByRole("tab", { name: "Einstellungen" }));
    const settings = screen.getByRole("tabpanel", { name: "Einstellungen" });
    expect(text(within(settings).getByRole("list", { name: "Stichwortlisten" }))).toContain("„GEHEIM“");
    expect(text(settings)).toContain("Mehr als 5 externe Adressen");
    expect(text(settings)).toContain("von Ihrer Organisation");
  });
});
