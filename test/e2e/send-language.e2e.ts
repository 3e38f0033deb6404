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
    // Outlook's own buttons are Outlook's; the one that opens the pane is the handler's.
    expect(await alert.getByRole("button").allInnerTexts()).toEqual(["Send Anyway", "Empfänger prüfen"]);
    // The web has been reported to show a generic text when the alert opens a pane (office-js#5828).
    if (client === "classic-1.15") {
      await expect(alert.textContent()).resolves.toContain(
        "Recipient Guard: Diese Adresse scheint falsch zu sein.",
      );
      await expect(alert.textContent()).resolves.toContain("Länderendung von Mali");
    }
    expect(pageErrors(page)).toEqual([]);
  },
);

test.each([
  ["classic-1.15", "de-AT", "Empfänger prüfen"],
  ["web", "fr-CA", "Revoir les adresses"],
])(
  "%s with Office in %s: the regional display language gets its language's send handler",
  async (client, lang, reviewButton) => {
    // The simulator loads the handler the built manifest's override for exactly this locale names,
    // as Outlook does; the pane picks its language from the same tag.
    const page = await harness().open(client, { lang });
    await compose(page, { to: "ops@army.ml" });
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const alert = alertOf(page);
    await alert.waitFor();
    expect(await alert.getByRole("button").allInnerTexts()).toEqual(["Send Anyway", reviewButton]);
    expect(pageErrors(page)).toEqual([]);
  },
);
