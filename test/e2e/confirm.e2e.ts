/**
 * An organisation that asks for each outside domain to be confirmed (policy
 * externalRecipients.confirmDomains), end to end in the simulator: the policy is the one the add-in
 * downloads from its own origin (policy.json, routed here), the send stops, and the pane confirms.
 */
import type { Page } from "playwright-core";
import {
  accessibilityViolations,
  alertOf,
  compose,
  harnessForFile,
  paneOf,
  screenshot,
  sentItems,
  seriousViolations,
} from "./harness";

const harness = harnessForFile();

const POLICY = {
  version: 1,
  internalDomains: ["contoso.com"],
  externalRecipients: { confirmDomains: true },
};

/** The simulator with the organisation's policy.json saying POLICY. */
const openWithPolicy = (client: string): Promise<Page> => harness().open(client, { policy: POLICY });

const send = (page: Page) => page.getByRole("button", { name: "Send", exact: true }).click();

test("each outside domain is confirmed in the pane, once, and then the message goes", async () => {
  const page = await openWithPolicy("web");
  await compose(page, {
    to: "Ann <ann@contoso.com>; A <a@fabrikam.com>; c@tailspintoys.com",
    subject: "Quarterly figures",
  });
  // The pane downloads the organisation's policy when it first opens, and lists what to confirm.
  await page.getByRole("button", { name: "Check recipients" }).click();
  const frame = await paneOf(page);
  const section = frame.getByRole("region", { name: "Outside domains to confirm" });
  await section.waitFor({ timeout: 20_000 });
  await frame.getByText("Inside your organisation: 1 recipient, nothing to confirm.").waitFor();

  // Send is stopped while a domain waits.
  await send(page);
  await alertOf(page).waitFor();
  await expect(alertOf(page).textContent()).resolves.toMatch(/Recipient Guard/);
  await expect(sentItems(page).count()).resolves.toBe(0);
  await alertOf(page).getByRole("button").last().click();
  await alertOf(page).waitFor({ state: "hidden" });

  await frame.getByRole("button", { name: "Confirm fabrikam.com" }).click();
  await frame.getByText("Confirmed fabrikam.com for this message.").first().waitFor();
  await section.getByText("Confirmed", { exact: true }).waitFor();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, "confirm-domains");
  // WCAG 2.1 AA, as every other view of the pane (a11y.e2e.ts).
  expect(seriousViolations(await accessibilityViolations(frame))).toEqual([]);
  await frame.getByRole("button", { name: "Confirm tailspintoys.com" }).click();
  await frame
    .getByText(/Every outside domain is confirmed: press Send in the message again\./)
    .first()
    .waitFor();

  await send(page);
  await sentItems(page).first().waitFor();
  await expect(sentItems(page).first().textContent()).resolves.toContain("Quarterly figures");
});

test("a message that stays inside goes without anything to confirm", async () => {
  const page = await openWithPolicy("web");
  await compose(page, { to: "ann@contoso.com", subject: "Lunch" });
  await page.getByRole("button", { name: "Check recipients" }).click();
  const frame = await paneOf(page);
  await frame.getByText("The recipient looks right.").first().waitFor({ timeout: 20_000 });
  await expect(frame.getByRole("region", { name: "Outside domains to confirm" }).count()).resolves.toBe(0);
  await send(page);
  await sentItems(page).first().waitFor();
});
