/**
 * The pane in the user's language (issue 12, part 8), end to end in the simulator with Office's
 * display language set to German (`?lang=de-DE`, the simulator's "Office language"): the review, a
 * fix and its confirmation, and the settings, all in German, and axe on every view.
 */
import type { Frame } from "playwright-core";
import {
  accessibilityViolations,
  compose,
  harnessForFile,
  paneOf,
  screenshot,
  seriousViolations,
} from "./harness";

const harness = harnessForFile();

async function noSeriousViolations(frame: Frame): Promise<void> {
  expect(seriousViolations(await accessibilityViolations(frame))).toEqual([]);
}

test("in German: the review, a fix with its confirmation and the settings, without a serious axe finding", async () => {
  const page = await harness().open("web", { lang: "de-DE" });
  await expect(page.locator("#display-language").inputValue()).resolves.toBe("de-DE");
  await compose(page, { to: "Ops Desk <ops@army.ml>; alice@example.org" });
  await page.getByRole("button", { name: "Check recipients" }).click();
  const frame = await paneOf(page, "Prüfung");

  const status = frame.locator("#review-status");
  await frame.getByText("1 von 2 Empfänger braucht Ihre Aufmerksamkeit.").waitFor();
  await expect(frame.locator("html").getAttribute("lang")).resolves.toBe("de");
  await frame.getByRole("tab", { name: "Prüfung" }).waitFor();
  await frame.getByRole("heading", { name: "Aktuelle Empfänger" }).waitFor();
  const findings = frame.getByRole("list", { name: "Was falsch aussieht" });
  await expect(findings.textContent()).resolves.toMatch(/army\.mil/);
  await expect(findings.textContent()).resolves.not.toMatch(/looks like|slip|Did you mean/);
  await screenshot(page, "review-pane-german");
  await noSeriousViolations(frame);

  await frame.getByRole("button", { name: "Durch ops@army.mil ersetzen" }).click();
  const dialog = frame.getByRole("dialog", { name: "Diese Adresse ersetzen?" });
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toContain(
    "In An wird Ops Desk <ops@army.ml> zu Ops Desk <ops@army.mil>.",
  );
  await noSeriousViolations(frame);
  await dialog.getByRole("button", { name: "Ersetzen" }).click();
  await frame.getByText("Alle Empfänger sehen richtig aus").waitFor();
  await expect(status.textContent()).resolves.toContain(
    "ops@army.ml wurde in An durch ops@army.mil ersetzt.",
  );
  await expect(page.locator("#to").inputValue()).resolves.toContain("ops@army.mil");
  await noSeriousViolations(frame);

  await frame.getByRole("tab", { name: "Einstellungen" }).click();
  await frame.getByRole("heading", { name: "Richtlinie der Organisation" }).waitFor();
  await frame.getByRole("button", { name: "Nach Richtlinienupdates suchen" }).waitFor();
  await noSeriousViolations(frame);
});
