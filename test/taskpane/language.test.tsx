/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { createChecker, resolvePolicy } from "../../src/checker";
import { CATALOGUES } from "../../src/checker/messages";
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

  test("a language Recipient Guard does not speak (pt-BR) is English", async () => {
    const host = new FakeHost({ displayLanguage: "pt-BR", to: [entry("jane@gmial.com")] });
    renderApp(host);
    await statusSays("1 of 1 recipient needs your attention.");
    await waitFor(() => expect(screen.getByRole("tab", { name: "Review" })).toBeTruthy());
  });
});
