/**
 * WCAG 2.1 AA in every view of the pane's journeys, checked by axe-core in Chromium: no serious or
 * critical violation of ours, in Office's light and dark themes. The one finding Fluent UI makes by
 * design is told apart in the harness (accessibilityViolations) and listed in TESTING.md.
 */
import type { Frame, Page } from "playwright-core";
import {
  accessibilityViolations,
  alertOf,
  compose,
  harnessForFile,
  newMeeting,
  paneOf,
  screenshot,
  seriousViolations,
} from "./harness";

const harness = harnessForFile();

const alert = alertOf;
const pane = paneOf;

/** Every view checked, by name, with what axe found there. */
async function check(views: Record<string, unknown>, name: string, frame: Frame | Page): Promise<void> {
  const found = await accessibilityViolations(frame);
  views[name] = { serious: seriousViolations(found), upstream: found.upstream.map((v) => v.id) };
}

/** No serious violation of ours anywhere, and nothing excused but Tabster's by-design one. */
function expectAccessible(views: Record<string, unknown>): void {
  const expected: Record<string, unknown> = {};
  for (const [name, found] of Object.entries(views)) {
    const upstream = (found as { upstream: string[] }).upstream;
    expected[name] = { serious: [], upstream: upstream.filter((id) => id === "aria-hidden-focus") };
  }
  expect(views).toEqual(expected);
}

describe.each<["light" | "dark"]>([["light"], ["dark"]])("accessibility, Office's %s theme", (theme) => {
  test("review, replace, the rest still flagged, settings, trusting a domain with a warning", async () => {
    const views: Record<string, unknown> = {};
    const page = await harness().open("classic-1.15", theme === "dark" ? { theme } : {});
    await compose(page, {
      to: "Col. Jane Smith <ops@army.ml>; alice@example.org",
      cc: "Bob <bob@gmial.com>; Carol <carol@gmial.com>",
    });
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await alert(page).waitFor();
    await check(views, "the simulator with the alert up", page);
    await alert(page).getByRole("button", { name: "Review recipients" }).click();
    const frame = await pane(page);
    await frame.getByText("Mali").first().waitFor();
    await check(views, "review", frame);
    if (theme === "dark") await screenshot(page, "review-pane-dark");

    await frame.getByRole("button", { name: "Replace with ops@army.mil" }).click();
    await frame.getByRole("dialog").waitFor();
    await check(views, "confirming a replacement", frame);
    await frame.getByRole("dialog").getByRole("button", { name: "Replace", exact: true }).click();
    await frame.getByText("Corrected").first().waitFor();
    await frame.getByRole("dialog").waitFor({ state: "detached" });
    await check(views, "one fixed, two still flagged", frame);

    await frame.getByRole("tab", { name: "Settings" }).click();
    await frame.getByRole("textbox", { name: "Domain to trust" }).waitFor();
    await check(views, "settings", frame);
    await frame.getByRole("textbox", { name: "Domain to trust" }).fill("sotelma.ml");
    await frame.getByRole("button", { name: "Add", exact: true }).click();
    await frame.getByText(/sotelma\.ml is Mali's domain/).waitFor();
    await check(views, "settings: asked again before trusting", frame);
    await frame.getByRole("button", { name: "Trust anyway" }).click();
    await frame.getByRole("list", { name: "Your trusted domains" }).getByText("sotelma.ml").waitFor();
    await check(views, "settings: a trusted domain listed", frame);
    expectAccessible(views);
  });
});

describe.each<["light" | "dark"]>([["light"], ["dark"]])(
  "accessibility of a meeting, Office's %s theme",
  (theme) => {
    test("the meeting form, its early warning and alert, the review, a replacement", async () => {
      const views: Record<string, unknown> = {};
      const page = await harness().open("classic-1.15", theme === "dark" ? { theme } : {});
      await newMeeting(page);
      await check(views, "meeting: the form", page);
      await compose(page, {
        required: "Col. Jane Smith <ops@army.ml>; alice@example.org",
        optional: "Bob <bob@gmial.com>",
        title: "Planning",
      });
      await page.getByLabel("Title", { exact: true }).focus();
      await page.getByRole("alert").filter({ hasText: "ops@army.ml" }).waitFor();
      await check(views, "meeting: the form with the early warning", page);
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await alert(page).waitFor();
      await check(views, "meeting: the alert", page);
      await alert(page).getByRole("button", { name: "Review recipients" }).click();
      const frame = await pane(page);
      await frame.getByText("Mali").first().waitFor();
      await check(views, "meeting: review", frame);
      await frame.getByRole("button", { name: "Replace with ops@army.mil" }).click();
      await frame.getByRole("dialog").waitFor();
      await check(views, "meeting: confirming a replacement", frame);
      await frame.getByRole("dialog").getByRole("button", { name: "Replace", exact: true }).click();
      await frame.getByText("Corrected").first().waitFor();
      await frame.getByRole("dialog").waitFor({ state: "detached" });
      await check(views, "meeting: one fixed, one still flagged", frame);
      expectAccessible(views);
    });
  },
);

test("accessibility: outside attendees everyone invited can see, with no Bcc to offer", async () => {
  const views: Record<string, unknown> = {};
  const page = await harness().open("classic-1.15");
  await newMeeting(page);
  const partners = Array.from(
    { length: 16 },
    (_, i) => `p${i}@${["fabrikam.com", "tailspintoys.com"][i % 2]}`,
  );
  await compose(page, { required: partners.join("; ") });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await alert(page).getByRole("button", { name: "Review recipients" }).click();
  const frame = await pane(page);
  await frame.getByText(/Everyone invited will see 16 addresses/).waitFor();
  await check(views, "meeting: outside attendees everyone sees", frame);
  expectAccessible(views);
});

test("accessibility: the web pane updated in place by a second alert, and the pane that cannot send", async () => {
  const views: Record<string, unknown> = {};
  const page = await harness().open("web");
  await compose(page, { to: "ops@army.ml" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await alert(page).getByRole("button", { name: "Review recipients" }).click();
  const frame = await pane(page);
  await frame.getByText("Mali").first().waitFor();
  await page.getByLabel("Cc", { exact: true }).fill("jane@gmial.com");
  await page.getByLabel("Cc", { exact: true }).dispatchEvent("change");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await alert(page).getByRole("button", { name: "Review recipients" }).click();
  await frame.getByText(/Checked again for the new alert/).waitFor();
  await check(views, "web: checked again for a new alert", frame);
  await frame.getByText(/press Send in the message again/).waitFor();
  await check(views, "web: press Send again", frame);
  expectAccessible(views);
});

test("accessibility: outside addresses everyone can see, and moving them to Bcc", async () => {
  const views: Record<string, unknown> = {};
  const page = await harness().open("classic-1.15");
  const partners = Array.from(
    { length: 16 },
    (_, i) => `p${i}@${["fabrikam.com", "tailspintoys.com"][i % 2]}`,
  );
  await compose(page, { to: partners.join("; ") });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await alert(page).getByRole("button", { name: "Review recipients" }).click();
  const frame = await pane(page);
  await frame.getByRole("button", { name: "Move the 16 external recipients to Bcc" }).click();
  await frame.getByRole("dialog").waitFor();
  await check(views, "confirming the move to Bcc", frame);
  await frame.getByRole("dialog").getByRole("button", { name: "Move to Bcc" }).click();
  await frame.getByText(/Moved 16 recipients/).waitFor();
  await check(views, "after the move", frame);
  expectAccessible(views);
});

test("accessibility: the pane opened outside Outlook", async () => {
  const views: Record<string, unknown> = {};
  const context = await harness().browser.newContext();
  const page = await context.newPage();
  await page.goto(`${harness().origin}/taskpane/taskpane.html`);
  await page.getByRole("heading", { name: "Open it in Outlook" }).waitFor({ timeout: 20_000 });
  await check(views, "outside Outlook", page);
  await context.close();
  expectAccessible(views);
});

test("the accessibility check waits for a fade to end, so it never measures blended colours", async () => {
  const context = await harness().browser.newContext();
  const page = await context.newPage();
  await page.setContent(
    `<html lang="en"><head><title>Fade</title></head><body><main><h1>Fading</h1><div id="dialog"><button type="button">Cancel</button></div></main></body></html>`,
  );
  // A closing dialog is half transparent for a moment: black on white at 30% is about 2:1.
  await page.evaluate(() => {
    const dialog = document.getElementById("dialog")!;
    dialog.animate([{ opacity: 0.3 }, { opacity: 1 }], { duration: 3000, fill: "forwards" });
  });
  const found = await accessibilityViolations(page);
  await context.close();
  expect(found.ours.map((v) => v.id)).toEqual([]);
});
