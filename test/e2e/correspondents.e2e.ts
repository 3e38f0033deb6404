/**
 * The user's own correspondents (issue 12, part 1), end to end in the simulator's web client: two
 * messages to a partner go and teach the send check its domain; a third, to a slip of it, is
 * stopped with the partner's domain as the fix, and Settings can forget what was learned.
 */
import type { Page } from "playwright-core";
import {
  accessibilityViolations,
  alertOf,
  compose,
  harnessForFile,
  pageErrors,
  paneOf,
  screenshot,
  seriousViolations,
  sentItems,
} from "./harness";

const harness = harnessForFile();

const send = (page: Page) => page.getByRole("button", { name: "Send", exact: true }).click();

test("web: a slip of a partner written to twice is stopped with the partner as the fix; Settings forgets them", async () => {
  const page = await harness().open("web");
  for (let i = 0; i < 2; i++) {
    await compose(page, { to: "Kim <kim@northwindtraders.com>", subject: `Order ${i + 1}` });
    await send(page);
    await sentItems(page).nth(i).waitFor({ timeout: 20_000 });
  }
  await expect(alertOf(page).count()).resolves.toBe(0);

  await compose(page, { to: "Kim <kim@northwindtrader.com>", subject: "Order 3" });
  await send(page);
  const alert = alertOf(page);
  await alert.waitFor({ timeout: 20_000 });
  // This client's alert is generic when it opens the pane (office-js #5828): the pane tells.
  await alert.getByRole("button", { name: "Review recipients" }).click();
  const pane = await paneOf(page);
  await pane
    .getByText(
      '"northwindtrader.com" looks like a slip for "northwindtraders.com", a domain you often write to',
      {
        exact: false,
      },
    )
    .waitFor();
  await pane.getByText("Suggested because you often write to this domain.").waitFor();
  await screenshot(page, "correspondent-slip");
  await pane.getByRole("tab", { name: "Settings" }).click();
  await pane
    .getByText("Recipient Guard has learned 1 outside domain from the messages you sent (2 so far).")
    .waitFor();
  expect(seriousViolations(await accessibilityViolations(pane))).toEqual([]);
  await pane.getByRole("button", { name: "Forget these domains" }).click();
  await pane.getByRole("dialog").getByRole("button", { name: "Forget them" }).click();
  await pane.getByText("Forgotten. The send check forgets them too, at your next message.").waitFor();
  await pane
    .getByText("Recipient Guard has learned 0 outside domains from the messages you sent (0 so far).")
    .waitFor();

  // Forgotten: the slip now goes as any new domain does.
  await page.getByRole("button", { name: "Close the task pane" }).click();
  await send(page);
  await sentItems(page).nth(2).waitFor({ timeout: 20_000 });
  expect(pageErrors(page)).toEqual([]);
});

test("classic Outlook: the JavaScript-only runtime keeps the history in OfficeRuntime.storage, and a slip is stopped", async () => {
  const page = await harness().open("classic-1.15");
  for (let i = 0; i < 2; i++) {
    await compose(page, { to: "Kim <kim@northwindtraders.com>", subject: `Order ${i + 1}` });
    await send(page);
    await sentItems(page).nth(i).waitFor({ timeout: 20_000 });
  }
  await compose(page, { to: "Kim <kim@northwindtrader.com>", subject: "Order 3" });
  await send(page);
  const alert = alertOf(page);
  await alert.waitFor({ timeout: 20_000 });
  await expect(alert.textContent()).resolves.toContain(
    '"northwindtrader.com" looks like a slip for "northwindtraders.com", a domain you often write to',
  );
  // Kept where the pane cannot read it, as in Outlook: not in the pane's localStorage.
  const paneStorage = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("rg.")));
  expect(paneStorage).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
});
