/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import { createChecker, resolvePolicy, type Checker, type Finding } from "../../src/checker";
import { encodeAlertContext, toAlertContext, type RecipientField } from "../../src/shared/alert-context";
import { entry, FakeHost } from "./fake-host";
import { describedChecker, renderApp, renderReview, statusSays, text } from "./render-app";

jest.setTimeout(20_000);

const dialog = () => screen.findByRole("dialog");
const realChecker = () => createChecker(resolvePolicy({}));
const cardOf = (address: string) => {
  const items = screen
    .getAllByRole("listitem")
    .filter((li) => li.textContent?.includes(address) && li.querySelector("button"));
  if (items.length === 0) throw new Error(`no card for ${address}`);
  return items[items.length - 1]!;
};

const warn = (fields: Omit<Finding, "severity">): Finding => ({ severity: "warn", ...fields });

/** army.ml as the checker describes it: both domains in words, and where the suggestion comes from. */
const armyMl = (): Checker =>
  describedChecker(realChecker(), {
    "ops@army.ml": () => [
      warn({
        code: "suffix-slip",
        message: '".ml" is Mali\'s domain, not ".mil": the "i" is missing.',
        suggestion: "ops@army.mil",
        suggestionSource: "organisation",
        typedIs: "Mali's domain",
        suggestedIs: "the US military's domain",
      }),
    ],
  });

describe("the Replace confirmation explains the fix", () => {
  test("it says what both domains are and where the suggestion comes from", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml", "Ops Desk")] });
    const { user } = renderReview(host, armyMl());
    await statusSays("1 of 1 recipient needs your attention.");
    const card = cardOf("ops@army.ml");
    // On the card as well: the suggestion's source, in words.
    expect(text(card)).toContain("Suggested because it is a domain your organisation trusts.");
    await user.click(within(card).getByRole("button", { name: "Replace with ops@army.mil" }));
    const body = text(await dialog());
    expect(body).toContain("In To, Ops Desk <ops@army.ml> becomes Ops Desk <ops@army.mil>.");
    expect(body).toContain("army.mil is the US military's domain; army.ml is Mali's domain.");
    expect(body).toContain("Suggested because it is a domain your organisation trusts.");
    expect(body).not.toContain("would still question");
  });

  test("the US .gov registry as the source, in words", async () => {
    const host = new FakeHost({ to: [entry("x@irs.gov.com")] });
    const checker = describedChecker(realChecker(), {
      "x@irs.gov.com": () => [
        warn({
          code: "embedded-domain",
          message: '"irs.gov.com" has "irs.gov" written inside it, but it is not that domain.',
          suggestion: "x@irs.gov",
          suggestionSource: "dotgov",
          typedIs: "not a US government domain",
          suggestedIs: "the Internal Revenue Service (US government registry)",
        }),
      ],
    });
    const { user } = renderReview(host, checker);
    await statusSays("1 of 1 recipient needs your attention.");
    await user.click(screen.getByRole("button", { name: "Replace with x@irs.gov" }));
    const body = text(await dialog());
    expect(body).toContain(
      "irs.gov is the Internal Revenue Service (US government registry); irs.gov.com is not a US government domain.",
    );
    expect(body).toContain("Suggested because it is listed in the US government's registry of .gov domains.");
  });

  test("equally likely alternatives are shown as text, with no one-click Replace", async () => {
    const host = new FakeHost({ to: [entry("jane@gmal.com", "Jane")] });
    const checker = describedChecker(realChecker(), {
      "jane@gmal.com": () => [
        warn({
          code: "lookalike-domain",
          message: '"gmal.com" looks like a slip for a well-known domain.',
          alternatives: ["jane@gmail.com", "jane@gmx.com"],
        }),
      ],
    });
    renderReview(host, checker);
    await statusSays("1 of 1 recipient needs your attention.");
    const card = cardOf("jane@gmal.com");
    const list = within(card).getByRole("list", { name: "Equally likely addresses" });
    expect(within(list).getAllByRole("listitem").map(text)).toEqual(["jane@gmail.com", "jane@gmx.com"]);
    expect(text(card)).toContain("Recipient Guard cannot tell which");
    expect(within(card).queryByRole("button", { name: /^Replace/ })).toBeNull();
    expect(text(card)).not.toContain("Probably meant");
  });
});

describe("a replacement is checked again", () => {
  // The fix offered for army.mi is army.ml: itself a slip the real checker flags.
  const pointsAtASlip = (): Checker =>
    describedChecker(realChecker(), {
      "ops@army.mi": () => [
        warn({
          code: "unknown-suffix",
          message: '".mi" is not a real domain ending.',
          suggestion: "ops@army.ml",
        }),
      ],
    });
  const alertOf = (checker: Checker, field: RecipientField, addresses: string[]) =>
    encodeAlertContext(
      toAlertContext(
        addresses.map(() => field),
        checker.checkRecipients(addresses.map((emailAddress) => ({ emailAddress }))),
      ),
    );

  test("a replacement that is still flagged stays flagged, everywhere the pane says so", async () => {
    const checker = pointsAtASlip();
    const host = new FakeHost({
      to: [entry("ops@army.mi", "Ops"), entry("alice@example.org")],
      contextData: alertOf(checker, "to", ["ops@army.mi", "alice@example.org"]),
    });
    const { user } = renderReview(host, checker);
    await statusSays("1 of 2 recipients needs your attention.");
    await user.click(screen.getByRole("button", { name: "Replace with ops@army.ml" }));
    // The confirmation already says the new address would be questioned too.
    expect(text(await dialog())).toContain("Recipient Guard would still question ops@army.ml:");
    await user.click(within(await dialog()).getByRole("button", { name: "Replace" }));
    await statusSays(
      "Replaced ops@army.mi with ops@army.ml in To. Recipient Guard still questions ops@army.ml. 1 of 2 recipients needs your attention.",
    );
    expect(host.recipients.to.map((r) => r.emailAddress)).toEqual(["ops@army.ml", "alice@example.org"]);
    expect(host.recipients.to[0]!.displayName).toBe("Ops");
    expect(screen.queryByText("All recipients look right")).toBeNull();
    expect(text(cardOf("ops@army.ml"))).toContain("Check this");
    const summary = screen.getByRole("region", { name: "What the alert said" });
    const item = within(summary).getAllByRole("listitem")[0]!;
    expect(text(item)).toContain("Replaced, and the new address still needs attention (below)");
    expect(text(item)).toContain("Now ops@army.ml");
    expect(text(item)).not.toContain("No longer on the message");
    expect(text(item)).not.toContain("Corrected");
  });
});

describe("many recipients at one questioned domain", () => {
  const crowd = () =>
    new FakeHost({
      to: [
        entry("alice@example.org", "Alice"),
        entry("ops@army.ml", "Ops Desk"),
        entry("logs@army.ml"),
        entry("bob@outlook.com", "Bob"),
      ],
      cc: [entry("pay@army.ml", "pay@army.ml")],
      bcc: [entry("jane@gmial.com", "Jane")],
    });

  test("they are shown once, as a group, with what looks wrong said once", async () => {
    renderApp(crowd());
    await statusSays("4 of 6 recipients need your attention.");
    const group = screen.getByRole("listitem", { name: "3 recipients at army.ml" });
    expect(text(group).split("Mali's domain").length - 1).toBe(1);
    const members = within(group).getByRole("list", { name: "Recipients at army.ml" });
    expect(within(members).getAllByRole("listitem").map(text)).toEqual([
      expect.stringContaining("ops@army.ml"),
      expect.stringContaining("logs@army.ml"),
      expect.stringContaining("pay@army.ml"),
    ]);
    expect(text(within(members).getAllByRole("listitem")[2])).toContain("Cc");
    // The other questioned recipient keeps its own card.
    expect(text(cardOf("jane@gmial.com"))).toContain("Replace with jane@gmail.com");
  });

  test("Fix all at army.ml replaces each of them after one confirmation, keeping names and every other recipient", async () => {
    const host = crowd();
    const { user } = renderApp(host);
    await statusSays("4 of 6 recipients need your attention.");
    await user.click(screen.getByRole("button", { name: "Fix all at army.ml" }));
    const body = text(await dialog());
    expect(body).toContain("Each of these 3 recipients gets army.mil instead of army.ml:");
    expect(body).toContain("To: Ops Desk <ops@army.ml> becomes Ops Desk <ops@army.mil>");
    expect(body).toContain("To: logs@army.ml becomes logs@army.mil");
    expect(body).toContain("Cc: pay@army.ml becomes pay@army.mil");
    expect(host.setCalls).toEqual([]);
    await user.click(within(await dialog()).getByRole("button", { name: "Fix all" }));
    await statusSays(
      "Replaced 3 recipients at army.ml with army.mil. 1 of 6 recipients needs your attention.",
    );
    expect(host.recipients.to).toEqual([
      entry("alice@example.org", "Alice"),
      entry("ops@army.mil", "Ops Desk"),
      entry("logs@army.mil", "logs@army.mil"),
      entry("bob@outlook.com", "Bob"),
    ]);
    expect(host.recipients.cc).toEqual([entry("pay@army.mil", "pay@army.mil")]);
    expect(host.recipients.bcc).toEqual([entry("jane@gmial.com", "Jane")]);
    // One write per field that changes, none for the others.
    expect(host.setCalls.map((c) => c.field)).toEqual(["to", "cc"]);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.queryByRole("button", { name: "Fix all at army.ml" })).toBeNull();
  });

  test("a recipient edited away meanwhile is left out, and the others are still fixed", async () => {
    const host = crowd();
    const { user } = renderApp(host);
    await statusSays("4 of 6 recipients need your attention.");
    await user.click(screen.getByRole("button", { name: "Fix all at army.ml" }));
    await dialog();
    // The user removes pay@army.ml in Outlook while the dialog is open.
    act(() => host.userEdits("cc", []));
    await user.click(within(await dialog()).getByRole("button", { name: "Fix all" }));
    await statusSays(
      "Replaced 2 recipients at army.ml with army.mil. No longer on the message, so not changed: pay@army.ml.",
    );
    expect(host.recipients.to.map((r) => r.emailAddress)).toEqual([
      "alice@example.org",
      "ops@army.mil",
      "logs@army.mil",
      "bob@outlook.com",
    ]);
    expect(host.setCalls.map((c) => c.field)).toEqual(["to"]);
  });
});

describe("Trust on a recipient goes through the same rules as the Settings list", () => {
  test("no Trust button for a punycode name that imitates a well-known domain, even where it only warns", async () => {
    const host = new FakeHost({
      to: [entry("x@xn--80ak6aa92e.com", "Billing")],
      bundledPolicy: { allowUserTrustedDomains: true, actions: { "homoglyph-domain": "warn" } },
    });
    renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    const card = cardOf("x@xn--80ak6aa92e.com");
    expect(text(card)).toContain("Check this"); // the organisation made it a warning, not a block
    expect(within(card).queryByRole("button", { name: /^Trust/ })).toBeNull();
    expect(within(card).getByRole("button", { name: "Replace with x@apple.com" })).toBeTruthy();
  });

  test("an international domain is offered, named and announced in its own letters", async () => {
    // A finding that does not say the domain imitates anything: a policy that asks about new domains.
    const checker = describedChecker(createChecker(resolvePolicy({ allowUserTrustedDomains: true })), {
      "anna@bücher.example": () => [
        warn({ code: "unfamiliar-domain", message: "You have not written to bücher.example before." }),
      ],
    });
    const host = new FakeHost({ to: [entry("anna@bücher.example", "Anna")] });
    const { user } = renderReview(host, checker);
    await statusSays("1 of 1 recipient needs your attention.");
    const card = cardOf("anna@bücher.example");
    expect(within(card).queryByRole("button", { name: /xn--/ })).toBeNull();
    await user.click(within(card).getByRole("button", { name: "Trust bücher.example" }));
    expect(text(await dialog())).toContain(
      '"bücher.example" — the "ü" is not a plain English letter will be added to your trusted domains.',
    );
    await user.click(within(await dialog()).getByRole("button", { name: "Trust" }));
    await waitFor(() => expect(host.store.saves).toBe(1));
    expect(host.store.get("rg.trusted.v1")).toEqual(["xn--bcher-kva.example"]);
  });
});

describe("with the checker's own words (zero configuration)", () => {
  test("army.mi: the fix is army.mil, explained, never a neighbouring country's domain", async () => {
    const host = new FakeHost({ to: [entry("ops@army.mi", "Ops")] });
    const { user } = renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    const card = cardOf("ops@army.mi");
    expect(text(card)).toContain("Suggested because it has the protected ending the slip came from.");
    await user.click(within(card).getByRole("button", { name: "Replace with ops@army.mil" }));
    const body = text(await dialog());
    expect(body).toContain(
      "army.mil is under the US military's domain; army.mi is not under a real domain ending.",
    );
    await user.click(within(await dialog()).getByRole("button", { name: "Replace" }));
    await statusSays("Replaced ops@army.mi with ops@army.mil in To. The recipient looks right.");
    expect(host.recipients.to).toEqual([entry("ops@army.mil", "Ops")]);
  });

  test("a domain written into another: the .gov registry named as the source", async () => {
    const host = new FakeHost({ to: [entry("refunds@irs-gov.us")] });
    const { user } = renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    const card = cardOf("refunds@irs-gov.us");
    expect(text(card)).toContain(
      "Suggested because it is listed in the US government's registry of .gov domains.",
    );
    await user.click(within(card).getByRole("button", { name: "Replace with refunds@irs.gov" }));
    // The pane says what the checker says each domain is, in its words.
    const finding = realChecker().checkAddress("refunds@irs-gov.us").findings[0]!;
    expect(finding.suggestedIs).toMatch(/government/);
    expect(text(await dialog())).toContain(
      `irs.gov is ${finding.suggestedIs}; irs-gov.us is ${finding.typedIs}.`,
    );
  });
});

describe("what the alert said, for many recipients at one domain", () => {
  test("one line for them, not one per recipient, and it follows Fix all", async () => {
    const team = ["ops", "logs", "pay", "hr", "it", "legal", "press"].map((n) => `${n}@army.ml`);
    const checker = realChecker();
    const host = new FakeHost({
      to: team.map((a) => entry(a)),
      cc: [entry("jane@gmial.com", "Jane")],
      contextData: encodeAlertContext(
        toAlertContext(
          [...team.map(() => "to" as const), "cc" as const],
          checker.checkRecipients([...team, "jane@gmial.com"].map((emailAddress) => ({ emailAddress }))),
        ),
      ),
    });
    const { user } = renderApp(host);
    const summary = await screen.findByRole("region", { name: "What the alert said" }, { timeout: 10_000 });
    await statusSays("8 of 8 recipients need your attention.");
    const items = within(summary).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(text(items[0])).toContain("7 recipients at army.ml");
    expect(text(items[0])).toContain(
      "ops@army.ml, logs@army.ml, pay@army.ml, hr@army.ml, it@army.ml and 2 more",
    );
    expect(text(items[0])).toContain("Still needs attention (below)");
    expect(text(items[1])).toContain("jane@gmial.com");

    await user.click(screen.getByRole("button", { name: "Fix all at army.ml" }));
    await user.click(within(await dialog()).getByRole("button", { name: "Fix all" }));
    await statusSays("Replaced 7 recipients at army.ml with army.mil.");
    await waitFor(() => expect(text(within(summary).getAllByRole("listitem")[0])).toContain("Corrected"));
  });
});
