/**
 * Classic Outlook on Windows before Version 2403 runs the send handler with ECMAScript 2016's
 * built-ins only (troubleshoot-event-based-and-spam-reporting-add-ins.md; office-js #3569). The
 * built bundle must load, associate its handlers and decide a send there.
 */
import { existsSync } from "node:fs";
import vm from "node:vm";
import { HANDLER_BUNDLE as BUNDLE, es2016Context, loadBuiltHandler } from "./es2016-runtime";
import { fakeEvent, fakeOffice, recipients } from "../office/fake-office";

describe("the ES2016 runtime stand-in", () => {
  test.each([
    "Object.values",
    "Object.entries",
    "Object.fromEntries",
    "Object.getOwnPropertyDescriptors",
    "String.prototype.padStart",
    "String.prototype.padEnd",
    "String.prototype.trimStart",
    "String.prototype.trimEnd",
    "String.prototype.matchAll",
    "String.prototype.replaceAll",
    "String.prototype.at",
    "Array.prototype.flat",
    "Array.prototype.flatMap",
    "Array.prototype.at",
    "Array.prototype.findLast",
    "Promise.prototype.finally",
    "Promise.allSettled",
    "Promise.any",
    "globalThis",
  ])("has no %s", (path) => {
    const context = es2016Context({});
    const lookup = path === "globalThis" ? "typeof globalThis" : `typeof ${path}`;
    expect(vm.runInContext(lookup, context)).toBe("undefined");
  });

  test("keeps what ES2016 has", () => {
    const context = es2016Context({});
    expect(
      vm.runInContext(
        "[typeof Object.keys, typeof [].includes, typeof ''.codePointAt, typeof Promise.all, typeof Object.assign]",
        context,
      ),
    ).toEqual(["function", "function", "function", "function", "function"]);
  });
});

describe("the built send handler in an ES2016 runtime", () => {
  test("the bundle has been built", () => {
    expect(existsSync(BUNDLE)).toBe(true);
  });

  function load(options: Parameters<typeof fakeOffice>[0]) {
    const fake = fakeOffice(options);
    loadBuiltHandler(fake.Office);
    return fake.handlers;
  }

  test("loads and associates the message and meeting handlers", () => {
    expect(Object.keys(load({})).sort()).toEqual([
      "onAppointmentAttendeesChangedHandler",
      "onAppointmentSendHandler",
      "onMessageRecipientsChangedHandler",
      "onMessageSendHandler",
      "onNewMessageComposeHandler",
    ]);
  });

  test("stops the Mali slip and lets an ordinary message go", async () => {
    const slip = load({ to: recipients("ops@army.ml"), cc: recipients("a@example.org") });
    const first = fakeEvent();
    slip.onMessageSendHandler!(first.event);
    const stopped = (await first.completion.done) as Record<string, unknown>;
    expect(stopped.allowEvent).toBe(false);
    expect(String(stopped.errorMessage)).toContain("Mali");

    const clean = load({ to: recipients("a@example.org") });
    const second = fakeEvent();
    clean.onMessageSendHandler!(second.event);
    await expect(second.completion.done).resolves.toEqual({ allowEvent: true });
  });
});
