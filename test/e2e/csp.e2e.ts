/**
 * The add-in's pages under their real Content Security Policy, with the real office.js and the real
 * Outlook host scripts of @microsoft/office-js, served at the CDN URLs Outlook loads them from.
 * Outlook's host scripts load MicrosoftAjax.js from ajax.aspnetcdn.com at start-up (office-js
 * #4131, #6430; #5733: no date for its removal; #1005: a CSP needs it); a policy that blocks it
 * leaves Office.onReady unresolved, and Outlook treats the add-in as unavailable.
 *
 * Every request goes through a route: the add-in's own files from dist/, the CDN's from
 * node_modules/@microsoft/office-js/dist, and a stand-in for MicrosoftAjax.js (the package does not
 * ship it) at its real URL. Any other request, and any `securitypolicyviolation`, fails the test.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium, type Browser, type Route } from "playwright-core";
import chromiumFlags from "../chromium-flags.json";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OFFICE_JS_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const ADDIN_ORIGIN = "https://addin.contoso.test";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const MS_AJAX = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";

/** Enough of MicrosoftAjax.js for the host scripts' "is it loaded" test, and a mark that it ran. */
const MS_AJAX_STAND_IN = `
window.__msAjaxStandInRan = true;
window.Type = window.Type || Function;
Type.registerNamespace = Type.registerNamespace || function (ns) {
  var o = window; ns.split(".").forEach(function (p) { o = o[p] = o[p] || {}; });
};
Type.registerClass = Type.registerClass || function () {};
Function._validateParams = Function._validateParams || function () { return null; };
window.Sys = window.Sys || {};
Sys.StringBuilder = Sys.StringBuilder || function () {};
Sys.Serialization = Sys.Serialization || { JavaScriptSerializer: { serialize: JSON.stringify, deserialize: JSON.parse } };
`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/** The Outlook clients whose host script office.js picks from _host_Info (office.js's version map). */
const CLIENTS = [
  ["Outlook on the web and new Outlook", "Outlook$Web$16.01$en-US$$$$0", "outlook-web-16.01.js"],
  ["classic Outlook on Windows", "Outlook$Win32$16.02$en-US$$$$0", "outlook-win32-16.02.js"],
  ["Outlook on Mac", "Outlook$Mac$16.00$en-US$$$$0", "outlook-mac-16.00.js"],
  ["Outlook on Android", "Outlook$Android$16.00$en-US$$$$0", "outlook-android-16.00.js"],
  ["Outlook on iOS", "Outlook$iOS$16.00$en-US$$$$0", "outlook-ios-16.00.js"],
] as const;
const PAGES = ["taskpane/taskpane.html", "launchevent/launchevent.html"] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumFlags.args,
  });
});
afterAll(async () => {
  await browser?.close();
});

function fileFor(url: string): string | null {
  if (url.startsWith(`${ADDIN_ORIGIN}/`)) return join(DIST, new URL(url).pathname);
  if (url.startsWith(OFFICE_CDN))
    return join(OFFICE_JS_DIST, new URL(url).pathname.slice("/lib/1/hosted/".length));
  return null;
}

test("the pages were built for production, loading office.js from Microsoft's CDN", () => {
  for (const page of PAGES) {
    const html = readFileSync(join(DIST, page), "utf8");
    expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?[ >]/);
  }
});

describe.each(PAGES)("%s under its real Content Security Policy", (page) => {
  test.each(CLIENTS)(
    "%s: office.js and its host script load with nothing blocked",
    async (_client, hostInfo, hostScript) => {
      const context = await browser.newContext();
      const served: string[] = [];
      const unexpected: string[] = [];
      await context.route("**/*", async (route: Route) => {
        const url = route.request().url();
        if (url === MS_AJAX) {
          served.push(url);
          await route.fulfill({ status: 200, contentType: TYPES[".js"], body: MS_AJAX_STAND_IN });
          return;
        }
        const file = fileFor(url.split("?")[0]!);
        if (file && existsSync(file)) {
          served.push(url.split("?")[0]!);
          await route.fulfill({
            status: 200,
            contentType: TYPES[extname(file)] ?? "application/octet-stream",
            body: readFileSync(file),
          });
          return;
        }
        unexpected.push(url);
        await route.abort("blockedbyclient");
      });
      const pageHandle = await context.newPage();
      await pageHandle.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener("securitypolicyviolation", (e) =>
          seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"}`),
        );
      });
      const consoleRefusals: string[] = [];
      pageHandle.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) consoleRefusals.push(message.text());
      });
      await pageHandle.goto(`${ADDIN_ORIGIN}/${page}?_host_Info=${encodeURIComponent(hostInfo)}`);
      // The host script asks for MicrosoftAjax.js as it loads; give the loads time to finish.
      await pageHandle
        .waitForFunction(
          () => (window as unknown as { __msAjaxStandInRan?: boolean }).__msAjaxStandInRan === true,
          null,
          {
            timeout: 10_000,
          },
        )
        .catch(() => undefined);
      await pageHandle.waitForTimeout(500);
      const violations = await pageHandle.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      );
      await context.close();

      expect({ violations, consoleRefusals, unexpected }).toEqual({
        violations: [],
        consoleRefusals: [],
        unexpected: [],
      });
      expect(served).toContain(`${OFFICE_CDN}office.js`);
      expect(served).toContain(`${OFFICE_CDN}${hostScript}`);
      expect(served).toContain(MS_AJAX);
    },
  );
});
