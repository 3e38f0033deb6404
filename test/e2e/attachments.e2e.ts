/**
 * Attachments going outside (issue 12, part 3), end to end in the simulator: files attached in the
 * compose form (only their names and sizes are read) and a picture in the body, listed in the pane
 * beside the outside domains they go to; the organisation's keywords stopping a message at Send.
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

/** The simulator as `client`, with the organisation's policy.json saying `policy` when given. */
const open = (client: string, policy?: object): Promise<Page> => harness().open(client, { policy });

/** Attaches files of these names and sizes with the compose form's Attach file. */
async function attach(page: Page, files: [string, number][]): Promise<void> {
  await page.locator("#attach-file").setInputFiles(
    files.map(([name, size]) => ({
      name,
      mimeType: "application/octet-stream",
      buffer: Buffer.alloc(size),
    })),
  );
}

const send = (page: Page) => page.getByRole("button", { name: "Send", exact: true }).click();

test("the pane lists the attachments and the outside domains they go to; by default the message goes", async () => {
  const page = await open("web");
  await compose(page, {
    to: "Ann <ann@contoso.com>; P <p@fabrikam.com>; q@sales.fabrikam.com",
    cc: "r@tailspintoys.com",
    subject: "Figures for the board",
  });
  await attach(page, [
    ["budget 2027.xlsx", 1_572_864],
    ["notes.txt", 800],
  ]);
  await page.getByRole("button", { name: "Insert picture" }).click();
  const listed = page.getByRole("list", { name: "Attachments" });
  await expect(listed.getByRole("listitem").count()).resolves.toBe(3);

  await page.getByRole("button", { name: "Check recipients" }).click();
  const frame = await paneOf(page);
  const section = frame.getByRole("region", { name: "Attachments going outside" });
  await section.waitFor({ timeout: 20_000 });
  await section
    .getByText("This message's 2 attachments go to 2 domains outside your organisation.")
    .waitFor();
  await expect(section.getByRole("list", { name: "Attachments" }).textContent()).resolves.toMatch(
    /budget 2027\.xlsx\s*\(1\.5 MB\)notes\.txt\s*\(800 bytes\)$/,
  );
  await expect(
    section.getByRole("list", { name: "Outside domains they go to" }).textContent(),
  ).resolves.toMatch(/fabrikam\.com\s*\(2 recipients\)tailspintoys\.com\s*\(1 recipient\)/);
  // The picture in the body is no attachment.
  await expect(section.getByText("image001.png").count()).resolves.toBe(0);
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, "attachments-outside");
  // WCAG 2.1 AA, as every other view of the pane (a11y.e2e.ts).
  expect(seriousViolations(await accessibilityViolations(frame))).toEqual([]);

  // Information only by default: Send lets it go, and the Sent list says what went with it.
  await send(page);
  await sentItems(page).first().waitFor();
  await expect(sentItems(page).first().getAttribute("data-attachments")).resolves.toBe(
    "budget 2027.xlsx, notes.txt",
  );
});

test("classic Outlook: the ES2016 send handler reads the attachments and names them in the alert", async () => {
  const page = await open("classic-1.15");
  await compose(page, { to: "ops@army.ml", subject: "Orders" });
  await attach(page, [["orders.pdf", 4096]]);
  await send(page);
  await alertOf(page).waitFor({ timeout: 20_000 });
  const alert = (await alertOf(page).textContent()) ?? "";
  expect(alert).toContain("ops@army.ml");
  expect(alert).toContain(
    "This message takes an attachment outside your organisation, to army.ml: orders.pdf (4 KB).",
  );
  await expect(sentItems(page).count()).resolves.toBe(0);
});

test("a keyword of the organisation in the subject stops mail going outside; the same mail to colleagues goes", async () => {
  const page = await open("web", {
    version: 1,
    internalDomains: ["contoso.com"],
    keywords: [{ words: ["OFFICIAL-SENSITIVE", "SECRET"], action: "block" }],
  });
  await compose(page, { to: "ann@contoso.com; p@fabrikam.com", subject: "Official Sensitive: staff list" });
  await attach(page, [["staff.xlsx", 20_480]]);
  // The pane downloads the organisation's policy when it first opens.
  await page.getByRole("button", { name: "Check recipients" }).click();
  const frame = await paneOf(page);
  await frame
    .getByText(
      'The subject has the keyword "OFFICIAL-SENSITIVE", and this message goes outside your organisation, to fabrikam.com.',
    )
    .first()
    .waitFor({ timeout: 20_000 });

  await send(page);
  await alertOf(page).waitFor();
  // No Send Anyway for a block.
  await expect(alertOf(page).getByRole("button", { name: "Send Anyway" }).count()).resolves.toBe(0);
  await alertOf(page).getByRole("button").last().click();
  await expect(sentItems(page).count()).resolves.toBe(0);

  // Remove the outside recipient: the same subject among colleagues is nobody else's business.
  await compose(page, { to: "ann@contoso.com" });
  await send(page);
  await sentItems(page).first().waitFor({ timeout: 20_000 });
});
