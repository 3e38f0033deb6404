/**
 * The Smart Alert and the early-warning bar in the user's language (issue 12, part 8), end to end in
 * the simulator with Office's display language set to German (`?lang=de-DE`). The send handler
 * speaks the language of its file: the simulator loads the one manifest.xml's locale override names
 * for Office's display language (launchevent.de.js in classic Outlook's JavaScript-only runtime,
 * launchevent.de.html elsewhere), as Outlook does.
 */
import { alertOf, compose, harnessForFile, pageErrors } from "./harness";

const harness = harnessForFile();

test.each(["classic-1.15", "web"])(
  "%s in German: the early-warning bar and the Smart Alert come from the German send handler",
  async (client) => {
    const page = await harness().open(client, { lang: "de-DE" });
    await compose(page, { to: "ops@army.ml" });
    await page.getByLabel("Subject").focus();
    const bar = page.getByRole("alert").filter({ hasText: "ops@army.ml" });
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain("Prüfen Sie ops@army.ml:");
    await expect(bar.textContent()).resolves.toContain("Länderendung von Mali");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const alert = alertOf(page);
    await alert.waitFor();
    // Outlook's own button is in Outlook's display language; the one that opens the pane is the handler's.
    expect(await alert.getByRole("button").allInnerTexts()).toEqual(["Trotzdem senden", "Empfänger prüfen"]);
    // The web has been reported to show a generic text when the alert opens a pane (office-js#5828):
    // Outlook's own text, in its display language, naming the handler's button.
    if (client === "web") {
      await expect(alert.textContent()).resolves.toContain(
        "Recipient Guard benötigt Ihre Aufmerksamkeit, bevor diese Nachricht gesendet wird. Wählen Sie „Empfänger prüfen“ aus, um sie zu überprüfen.",
      );
      await expect(alert.textContent()).resolves.not.toContain("needs your attention");
    } else {
      await expect(alert.textContent()).resolves.toContain(
        "Recipient Guard: Diese Adresse scheint falsch zu sein.",
      );
      await expect(alert.textContent()).resolves.toContain("Länderendung von Mali");
    }
    expect(pageErrors(page)).toEqual([]);
  },
);

test.each([
  ["classic-1.15", "de-AT", "Trotzdem senden", "Empfänger prüfen"],
  ["web", "fr-CA", "Envoyer quand même", "Revoir les adresses"],
])(
  "%s with Office in %s: the regional display language gets its language's send handler",
  async (client, lang, sendAnyway, reviewButton) => {
    // The simulator loads the handler the built manifest's override for exactly this locale names,
    // as Outlook does; the pane picks its language from the same tag.
    const page = await harness().open(client, { lang });
    await compose(page, { to: "ops@army.ml" });
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const alert = alertOf(page);
    await alert.waitFor();
    expect(await alert.getByRole("button").allInnerTexts()).toEqual([sendAnyway, reviewButton]);
    expect(pageErrors(page)).toEqual([]);
  },
);

test("classic Outlook at Mailbox 1.12 in German: Outlook's own Don't Send is German too", async () => {
  // Mailbox 1.12 knows no cancelLabel: the only button is Outlook's own.
  const page = await harness().open("classic-1.12", { lang: "de-DE" });
  await compose(page, { to: "ops@army.ml" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const alert = alertOf(page);
  await alert.waitFor();
  expect(await alert.getByRole("button").allInnerTexts()).toEqual(["Nicht senden"]);
  await alert.getByRole("button", { name: "Nicht senden" }).click();
  expect(pageErrors(page)).toEqual([]);
});
