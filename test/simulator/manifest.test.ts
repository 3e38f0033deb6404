/** @jest-environment jsdom */
/**
 * The simulator reads the manifest the way Outlook does: desktop clients the DesktopFormFactor's
 * events, phones the MobileFormFactor's (docs: outlook/mobile-event-based.md).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../../src/simulator/manifest";

const XML = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

test("desktop clients get the send check and the early warning", () => {
  const info = readManifest(XML, "http://127.0.0.1:3000");
  expect(info.onSendFunction).toBe("onMessageSendHandler");
  expect(info.onRecipientsChangedFunction).toBe("onMessageRecipientsChangedHandler");
  expect(info.runtimePage).toBe("http://127.0.0.1:3000/launchevent/launchevent.html");
});

test("phones get the early warning declared for them", () => {
  expect(readManifest(XML, "http://127.0.0.1:3000").mobile).toEqual({
    onRecipientsChangedFunction: "onMessageRecipientsChangedHandler",
  });
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
