/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { createChecker, resolvePolicy } from "../../src/checker";
import { CATALOGUES } from "../../src/checker/messages";
import { SETTING_KEYS } from "../../src/shared/policy-store";
import { entry, FakeHost } from "./fake-host";
import { renderApp, statusSays, text, card } from "./render-app";

jest.setTimeout(30_000);

/** What the checker says about `address` in `language`: the pane must show the same words. */
const findingIn = (language: "de" | "ja", address: string): string =>
  createChecker(resolvePolicy({}), CATALOGUES[language]).checkAddress(address).findings[0]!.message;

describe("the pane in Office's display language", () => {
  test("German (de-DE): the review, its findings, a fix and its confirmation", async () => {
    const host = new FakeHost({
      displayLanguage: "de-DE",
      to: [entry("ops@army.ml", "Ops Desk"), entry("alice@example.org")],
    });
    const { user } = renderApp(host);
    expect(host.displayLanguage).toBe("de-DE");
    await statusSays("1 von 2 Empfänger braucht Ihre Aufmerksamkeit.");
    expect(screen.getByRole("tab", { name: "Prüfung" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Einstellungen" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Aktuelle Empfänger" })).toBeTruthy();
    const flagged = card("ops@army.ml");
    // The finding in German, word for word as the German catalogue renders it.
    const finding = findingIn("de", "ops@army.ml");
    expect(finding).not.toMatch(/looks like|slip/);
    expect(text(within(flagged).getByRole("list", { name: "Was falsch aussieht" }))).toContain(finding);
    expect(text(flagged)).toContain("Wahrscheinlich gemeint");
    expect(text(flagged)).toContain("An");
    expect(text(flagged)).not.toMatch(/Probably meant|Replace|Remove/);

    await user.click(within(flagged).getByRole("button", { name: "Durch ops@army.mil ersetzen" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Diese Adresse ersetzen?")).toBeTruthy();
    expect(text(dialog)).toContain("In An wird Ops Desk <ops@army.ml> zu Ops Desk <ops@army.mil>.");
    expect(text(dialog)).toContain("Der andere Empfänger in An bleibt unverändert.");
    await user.click(within(dialog).getByRole("button", { name: "Ersetzen" }));
    await statusSays(
      "ops@army.ml wurde in An durch ops@army.mil ersetzt. Alle 2 Empfänger sehen richtig aus.",
    );
    expect(text(screen.getByText("Alle Empfänger sehen richtig aus").parentElement)).toContain(
      "Recipient Guard hat 2 Adressen in An, Cc und Bcc geprüft",
    );
  });

  test("German settings: the policy, the trusted domains and the rules", async () => {
    const host = new FakeHost({ displayLanguage: "de-DE", to: [entry("alice@example.org")] });
    const { user } = renderApp(host);
    await statusSays("Der Empfänger sieht richtig aus.");
    await user.click(screen.getByRole("tab", { name: "Einstellungen" }));
    expect(screen.getByRole("heading", { name: "Richtlinie der Organisation" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Ihre vertrauenswürdigen Domains" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Nach Richtlinienupdates suchen" })).toBeTruthy();
    const rules = screen.getByRole("list", { name: "Was bei welchem Befund geschieht" });
    expect(text(rules)).toContain("Adresse, die nicht gelesen werden kann");
    expect(text(rules)).toContain("integrierte Voreinstellung");
    await user.type(
      screen.getByRole("textbox", { name: "Domain, der Sie vertrauen möchten" }),
      "fabrikam.com",
    );
    await user.click(screen.getByRole("button", { name: "Hinzufügen" }));
    await screen.findByText(/^fabrikam\.com hinzugefügt\. Die Änderung gilt/);
  });

  test("Japanese (ja-JP): the status, the finding and the card in polite Japanese", async () => {
    const host = new FakeHost({
      displayLanguage: "ja-JP",
      to: [entry("jane@gmial.com", "Jane")],
      cc: [entry("bob@example.org")],
    });
    renderApp(host);
    await statusSays("2 件の宛先のうち 1 件に確認が必要です。");
    expect(screen.getByRole("tab", { name: "確認" })).toBeTruthy();
    const flagged = card("jane@gmial.com");
    const finding = findingIn("ja", "jane@gmial.com");
    expect(text(within(flagged).getByRole("list", { name: "誤っていると思われる点" }))).toContain(finding);
    expect(text(flagged)).toContain("おそらく正しいアドレス");
    expect(within(flagged).getByRole("button", { name: "jane@gmail.com に置き換える" })).toBeTruthy();
    expect(within(flagged).getByRole("button", { name: "宛先から jane@gmial.com を削除" })).toBeTruthy();
    expect(text(document.body)).not.toMatch(/needs your attention|Probably meant|Recipients now/);
  });

  test("German settings: why a domain cannot be trusted, a likely slip, and what the policy stores say", async () => {
    const host = new FakeHost({
      displayLanguage: "de-DE",
      to: [entry("alice@example.org")],
      bundledPolicy: { version: 1, blockedDomains: ["evil.example"] },
      userTrustedDomains: ["mail.evil.example"],
      remotePolicy: JSON.stringify({ version: 1, trustedDomains: ["com"] }),
    });
    host.store.set(SETTING_KEYS.cachedPolicy, {
      fetchedAt: "2026-01-01T00:00:00Z",
      policy: { trustedDomains: ["com"] },
    });
    const { user } = renderApp(host);
    await statusSays("Der Empfänger sieht richtig aus.");
    await user.click(screen.getByRole("tab", { name: "Einstellungen" }));
    const panel = screen.getByRole("tabpanel", { name: "Einstellungen" });
    // What could not be used, and why an entry of the user's own list is not in force.
    expect(text(panel)).toContain("Die gespeicherte Richtlinie der Organisation wurde nicht verwendet (");
    expect(text(panel)).toContain("Nicht wirksam: Ihre Organisation sperrt diese Domain.");
    const field = screen.getByRole("textbox", { name: "Domain, der Sie vertrauen möchten" });
    await user.type(field, "com");
    await user.click(screen.getByRole("button", { name: "Hinzufügen" }));
    expect(
      await screen.findByText(
        "„com“ (kommerzielle Endung) ist eine Endung, unter der jeder einen Namen registrieren kann; ihr zu vertrauen hieße, jedem Fremden mit einer Adresse dort zu vertrauen. Vertrauen Sie stattdessen der einen Organisation, der Sie schreiben, zum Beispiel „example.com“.",
      ),
    ).toBeTruthy();
    await user.clear(field);
    await user.type(field, "mail.evil.example{Enter}");
    expect(
      await screen.findByText(/„evil\.example“.*Dieser Domain kann nicht vertraut werden\.$/),
    ).toBeTruthy();
    await user.clear(field);
    await user.type(field, "army.ml{Enter}");
    expect(
      await screen.findByText(
        /^army\.ml: Länderendung von Mali, nicht Endung des US-Militärs \(army\.mil\)\. Vertrauen Sie dieser Domain nur/,
      ),
    ).toBeTruthy();
    // The download of a policy that fails validation, in German around the validator's own words.
    await user.click(screen.getByRole("button", { name: "Nach Richtlinienupdates suchen" }));
    expect(
      await screen.findByText(
        /^Die heruntergeladene Richtlinie der Organisation wurde nicht verwendet \(.*\)\. Die letzte gültige bleibt in Kraft\.$/,
      ),
    ).toBeTruthy();
    // Only the policy validator's details stay English: they are what `recipient-guard policy check`
    // prints for the administrator.
    expect(text(panel)).not.toMatch(
      /cannot be trusted|was not used|stays in force|Not in force|Trust it only/,
    );
  });

  test("French review: the Trust button's confirmation says what the domain is, in French", async () => {
    const host = new FakeHost({
      displayLanguage: "fr-FR",
      to: [entry("ops@army.ml")],
      bundledPolicy: { version: 1, allowUserTrustedDomains: true },
    });
    const { user } = renderApp(host);
    await statusSays("1 sur 1 destinataire demande votre attention.");
    await user.click(within(card("ops@army.ml")).getByRole("button", { name: "Approuver army.ml" }));
    const dialog = await screen.findByRole("dialog");
    expect(text(dialog)).toContain(
      "army.ml relève de l'extension nationale (Mali), et non de l'extension de l'armée américaine (army.mil). Ne l'approuvez que si vous écrivez vraiment à des correspondants du domaine army.ml.",
    );
    expect(text(dialog)).not.toMatch(/Trust it only|Mali's domain/);
  });

  test("a language Recipient Guard does not speak (pt-BR) is English", async () => {
    const host = new FakeHost({ displayLanguage: "pt-BR", to: [entry("jane@gmial.com")] });
    renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    await waitFor(() => expect(screen.getByRole("tab", { name: "Review" })).toBeTruthy());
  });
});
