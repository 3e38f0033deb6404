/**
 * Replies that add outsiders (issue 12, part 4), end to end in the simulator: a sent message's
 * Reply all opens a reply with its To and Cc, Outlook runs OnNewMessageCompose, and an outside
 * domain the user then adds is named at Send when the organisation's policy asks (warn); by default
 * it is information, which the review pane shows, and the reply goes. Phones run OnNewMessageCompose
 * too, and their early warning (their only check) names the addition.
 */
import type { Page } from "playwright-core";
import { alertOf, compose, harnessForFile, pageErrors, screenshot, sentItems } from "./harness";
// The review pane, and the accessibility check every view of it gets.
import { accessibilityViolations, paneOf, seriousViolations } from "./harness";

const harness = harnessForFile();

/** The simulator as `client`, with the organisation's policy.json saying `policy` when given. */
const open = (client: string, policy?: object): Promise<Page> => harness().open(client, { policy });

const send = (page: Page) => page.getByRole("button", { name: "Send", exact: true }).click();

/** Sends a first message to fabrikam.com (and a colleague), then replies to all of it. */
async function replyToFabrikam(page: Page): Promise<void> {
  await compose(page, { to: "P <p@fabrikam.com>", cc: "Ann <ann@contoso.com>", subject: "Contract" });
  await send(page);
  await sentItems(page).first().waitFor();
  await page.getByRole("button", { name: "Reply all to Contract" }).click();
  await page.getByText("Replying to all: Contract.").waitFor();
  await expect(page.getByLabel("To", { exact: true }).inputValue()).resolves.toBe("P <p@fabrikam.com>");
  await expect(page.getByLabel("Subject", { exact: true }).inputValue()).resolves.toBe("Re: Contract");
}

/** The organisation's policy as the add-in keeps it, with additions to a reply set to warn. */
const WARN = {
  "rg.policy.v1": {
    fetchedAt: "2026-11-22T00:00:00.000Z",
    policy: { internalDomains: ["contoso.com"], actions: { "added-outside-domain": "warn" } },
  },
  // Checked just now: the early warning does not download policy.json over this test's policy.
  "rg.policy.checked.v1": new Date().toISOString(),
};

test("classic Outlook: an outside domain added to a reply is named as it is added and at Send, when the policy says warn", async () => {
  const page = await harness().open("classic-1.15", {
    roaming: WARN,
    // Classic Outlook's early warning records its downloads in OfficeRuntime.storage.
    runtimeStorage: { "rg.policy.checked.v1": new Date().toISOString() },
  });
  await replyToFabrikam(page);
  // Someone else at fabrikam.com is no addition; example.net is.
  await compose(page, { cc: "Ann <ann@contoso.com>; q@fabrikam.com; X <x@example.net>" });
  await page.getByLabel("Subject", { exact: true }).focus();
  await page.getByRole("alert").filter({ hasText: 'You added "example.net" to this conversation' }).waitFor();
  await send(page);
  const alert = alertOf(page);
  await alert.waitFor({ timeout: 20_000 });
  const text = (await alert.textContent()) ?? "";
  expect(text).toContain("x@example.net");
  expect(text).toContain('You added "example.net" to this conversation');
  expect(text).not.toContain("q@fabrikam.com");
  await screenshot(page, "reply-added-domain");
  await alert.getByRole("button", { name: "Send Anyway" }).click();
  await sentItems(page).nth(1).waitFor();
  expect(pageErrors(page)).toEqual([]);
});

test("by default the addition is information: classic Outlook's reply goes without an alert", async () => {
  const page = await open("classic-1.14");
  await replyToFabrikam(page);
  await compose(page, { cc: "X <x@example.net>" });
  await send(page);
  await sentItems(page).nth(1).waitFor({ timeout: 20_000 });
  await expect(alertOf(page).count()).resolves.toBe(0);
});

test("by default the review pane names the outside domain added to a reply, and nobody on the first message", async () => {
  const page = await open("web");
  await replyToFabrikam(page);
  await compose(page, { cc: "Ann <ann@contoso.com>; q@fabrikam.com; X <x@example.net>" });
  await page.getByRole("button", { name: "Check recipients" }).click();
  const frame = await paneOf(page);
  const notes = frame.getByRole("region", { name: "Added to this conversation" });
  await notes.waitFor({ timeout: 20_000 });
  await expect(notes.getByRole("listitem").allTextContents()).resolves.toEqual([
    'x@example.net (Cc): You added "example.net" to this conversation: the message you are replying to did not go there.',
  ]);
  // Information only: nothing needs fixing, and nobody from the first message is named.
  await frame.getByText("All recipients look right").waitFor();
  await expect(frame.getByText("q@fabrikam.com").count()).resolves.toBe(0);
  await notes.scrollIntoViewIfNeeded();
  await screenshot(page, "reply-pane-added-domain");
  // WCAG 2.1 AA, as every other view of the pane (a11y.e2e.ts).
  expect(seriousViolations(await accessibilityViolations(frame))).toEqual([]);
  await send(page);
  await sentItems(page).nth(1).waitFor({ timeout: 20_000 });
  await expect(alertOf(page).count()).resolves.toBe(0);
  expect(pageErrors(page)).toEqual([]);
});

// Outlook on Android and iOS run OnNewMessageCompose (Version 4.2352.0) and the early warning
// (4.2425.0), with getComposeTypeAsync and session data despite their Mailbox 1.5
// (docs: outlook/mobile-event-based.md, "Additional supported APIs"); no send check runs there.
test("Android: a reply is recorded on the phone too, and its notification bar names the outside domain added", async () => {
  // A page runtime downloads policy.json at its first early warning: it says warn too.
  const page = await harness().open("android", { roaming: WARN, policy: WARN["rg.policy.v1"].policy });
  await replyToFabrikam(page);
  // Someone else at fabrikam.com is no addition; example.net is.
  await compose(page, { cc: "Ann <ann@contoso.com>; q@fabrikam.com; X <x@example.net>" });
  await page.getByLabel("Subject", { exact: true }).focus();
  const bar = page.getByRole("alert").filter({ hasText: 'You added "example.net" to this conversation' });
  await bar.waitFor();
  const text = (await bar.textContent()) ?? "";
  expect(text).toContain("x@example.net");
  expect(text).not.toContain("q@fabrikam.com");
  // Taking the outsider off again clears the bar.
  await compose(page, { cc: "Ann <ann@contoso.com>; q@fabrikam.com" });
  await page.getByLabel("Subject", { exact: true }).focus();
  await bar.waitFor({ state: "hidden" });
  // No send check on a phone: the reply goes unchecked, with no alert.
  await send(page);
  await sentItems(page).nth(1).waitFor({ timeout: 20_000 });
  await expect(alertOf(page).count()).resolves.toBe(0);
  expect(pageErrors(page)).toEqual([]);
});
