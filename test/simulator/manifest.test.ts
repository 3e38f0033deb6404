/** @jest-environment jsdom */
/**
 * The simulator reads the manifest the way Outlook does: desktop clients the DesktopFormFactor's
 * events, phones the MobileFormFactor's (docs: outlook/mobile-event-based.md).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest, runtimeFor } from "../../src/simulator/manifest";

const XML = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

test("desktop clients get the send check and the early warning", () => {
  const info = readManifest(XML, "http://127.0.0.1:3000");
  expect(info.onSendFunction).toBe("onMessageSendHandler");
  expect(info.onRecipientsChangedFunction).toBe("onMessageRecipientsChangedHandler");
  expect(info.runtimePage).toBe("http://127.0.0.1:3000/launchevent/launchevent.html");
});

test("phones get the early warning and the reply's record declared for them", () => {
  expect(readManifest(XML, "http://127.0.0.1:3000").mobile).toEqual({
    onRecipientsChangedFunction: "onMessageRecipientsChangedHandler",
    onNewMessageComposeFunction: "onNewMessageComposeHandler",
  });
  // Declared for desktop only, OnNewMessageCompose does not reach phones.
  const desktopOnly = XML.replace(
    /(<MobileFormFactor>[\s\S]*)<LaunchEvent Type="OnNewMessageCompose"[^>]*\/>/,
    "$1",
  );
  expect(readManifest(desktopOnly, "http://x").mobile.onNewMessageComposeFunction).toBeNull();
  expect(readManifest(desktopOnly, "http://x").onNewMessageComposeFunction).toBe(
    "onNewMessageComposeHandler",
  );
});

test("an event declared only for desktop does not reach phones, and the other way round", () => {
  const desktopOnly = XML.replace(/<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/, "");
  expect(readManifest(desktopOnly, "http://x").mobile.onRecipientsChangedFunction).toBeNull();
  const phoneOnly = XML.replace(
    /<LaunchEvent Type="OnMessageRecipientsChanged" FunctionName="onMessageRecipientsChangedHandler"\/>/,
    "",
  );
  const info = readManifest(phoneOnly, "http://x");
  expect(info.onRecipientsChangedFunction).toBeNull();
  expect(info.mobile.onRecipientsChangedFunction).toBe("onMessageRecipientsChangedHandler");
});

test("a meeting's events are read from their own declarations, with their own SendMode", () => {
  const info = readManifest(XML, "http://x");
  expect(info.appointment).toEqual({
    sendMode: "SoftBlock",
    onSendFunction: "onAppointmentSendHandler",
    onAttendeesChangedFunction: "onAppointmentAttendeesChangedHandler",
    // The manifest declares no meeting event for phones.
    mobile: { onAttendeesChangedFunction: null },
  });
  const prompt = readManifest(
    XML.replace(/(Type="OnAppointmentSend"[^>]*)SendMode="SoftBlock"/, '$1SendMode="PromptUser"'),
    "http://x",
  );
  expect(prompt.appointment.sendMode).toBe("PromptUser");
  expect(prompt.sendMode).toBe("SoftBlock");
  const noMeetings = readManifest(XML.replace(/<LaunchEvent Type="OnAppointment[^>]*\/>/g, ""), "http://x");
  expect(noMeetings.appointment.onSendFunction).toBeNull();
  expect(noMeetings.appointment.onAttendeesChangedFunction).toBeNull();
  expect(noMeetings.onSendFunction).toBe("onMessageSendHandler");
});

test("each task-pane button is known with the form it is on (what a commandId may name)", () => {
  const info = readManifest(XML, "http://127.0.0.1:3000");
  expect([...info.commandSurface]).toEqual([
    ["RecipientGuardReviewButton", "MessageComposeCommandSurface"],
    ["RecipientGuardMeetingReviewButton", "AppointmentOrganizerCommandSurface"],
  ]);
  expect(info.paneByCommand.get("RecipientGuardMeetingReviewButton")).toBe(
    "http://127.0.0.1:3000/taskpane/taskpane.html",
  );
});

test("the send handler is loaded from the URLs of Office's display language, as the manifest's overrides give them", () => {
  const info = readManifest(XML, "http://127.0.0.1:3000");
  const base = "http://127.0.0.1:3000/launchevent";
  expect(runtimeFor(info, "en-US")).toEqual({
    page: `${base}/launchevent.html`,
    script: `${base}/launchevent.js`,
  });
  expect(runtimeFor(info, "de-DE")).toEqual({
    page: `${base}/launchevent.de.html`,
    script: `${base}/launchevent.de.js`,
  });
  expect(runtimeFor(info, "FR-fr")).toEqual({
    page: `${base}/launchevent.fr.html`,
    script: `${base}/launchevent.fr.js`,
  });
  expect(runtimeFor(info, "ja-JP").script).toBe(`${base}/launchevent.ja.js`);
  // A locale the manifest has no override for gets the default, as in Outlook.
  expect(runtimeFor(info, "es-ES").page).toBe(`${base}/launchevent.html`);
  // An override of one of the two URLs alone leaves the other at its default.
  const pageOnly = readManifest(
    XML.replace(
      /(<bt:Url id="JSRuntime\.Url"[^>]*>)[\s\S]*?(<\/bt:Url>)/,
      '<bt:Url id="JSRuntime.Url" DefaultValue="https://localhost:3000/launchevent/launchevent.js"/>',
    ),
    "http://x",
  );
  expect(runtimeFor(pageOnly, "de-DE")).toEqual({
    page: "http://x/launchevent/launchevent.de.html",
    script: "http://x/launchevent/launchevent.js",
  });
});

test("a regional display language (de-AT, fr-CA, ...) loads its language's handler from the manifest the build writes", () => {
  const { regionalLocales } = require("../../scripts/handler-languages.cjs") as {
    regionalLocales(): Record<string, string[]>;
  };
  const { addRegionalOverrides } = require("../../scripts/manifest/xml-manifest.cjs") as {
    addRegionalOverrides(xml: string, regional: Record<string, string[]>): string;
  };
  const regional = regionalLocales();
  const built = readManifest(addRegionalOverrides(XML, regional), "http://x");
  expect(regional.de).toContain("de-AT");
  expect(regional.fr).toContain("fr-CA");
  for (const language of ["de", "fr", "ja"])
    for (const tag of regional[language]!)
      expect([tag, runtimeFor(built, tag)]).toEqual([
        tag,
        {
          page: `http://x/launchevent/launchevent.${language}.html`,
          script: `http://x/launchevent/launchevent.${language}.js`,
        },
      ]);
  // Without those overrides (the source manifest), Outlook would run the English handler for de-AT.
  expect(runtimeFor(readManifest(XML, "http://x"), "de-AT").script).toBe(
    "http://x/launchevent/launchevent.js",
  );
  // A region Office does not ship strings for gets the default, as in Outlook.
  expect(runtimeFor(built, "de-BE").script).toBe("http://x/launchevent/launchevent.js");
});
