/**
 * The send handler against what real Outlook clients do and the project's fake imitates
 * (test/office/fake-office.ts): late timers on the web (office-js #4826), roaming settings that
 * reach the handler late (office-js #6728, #5650), at most 3 simultaneous calls on the web, and the
 * manifest's permission. Each case runs on the TypeScript source and on the built bundle.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { createOfficeHost } from "../../src/taskpane/office-host";
import type { OfficeApi } from "../../src/taskpane/office-api";
import { OUTLOOK_SLOW_NOTICE_MS } from "../../src/office";
import {
  fakeEvent,
  fakeOffice,
  recipients,
  type FakeOffice,
  type FakeOfficeOptions,
} from "../office/fake-office";

const BUNDLE = join(__dirname, "..", "..", "dist", "launchevent", "launchevent.js");
type Handlers = Record<string, (event: unknown) => void>;

/** Loads the handlers with `fake` as Office, and the runtime's timers (late ones on the web). */
function fromSource(fake: FakeOffice): Handlers {
  (globalThis as Record<string, unknown>).Office = fake.Office;
  const realSetTimeout = globalThis.setTimeout;
  jest.isolateModules(() => {
    require("../../src/launchevent/launchevent");
  });
  // The source runs in jest's own realm: make its timers the runtime's for the duration of a test.
  globalThis.setTimeout = ((fn: () => void, ms?: number) =>
    realSetTimeout(fn, (ms ?? 0) + lateBy(fake))) as typeof setTimeout;
  restore.push(() => (globalThis.setTimeout = realSetTimeout));
  return fake.handlers;
}

function fromBundle(fake: FakeOffice): Handlers {
  const context = vm.createContext({
    Office: fake.Office,
    setTimeout: (fn: () => void, ms?: number) => fake.timers.setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => fake.timers.clearTimeout(id),
  });
  vm.runInContext(readFileSync(BUNDLE, "utf8"), context, { filename: "launchevent.js" });
  return fake.handlers;
}

const lateBy = (fake: FakeOffice): number =>
  (fake.Office as { context: { platform: string } }).context.platform === "OfficeOnline" ? 900 : 0;

const restore: (() => void)[] = [];
afterEach(() => {
  while (restore.length) restore.pop()!();
  delete (globalThis as Record<string, unknown>).Office;
  jest.useRealTimers();
});

/** Runs one event under fake timers; returns the completion and when it came (ms after the event). */
async function runEvent(
  load: (f: FakeOffice) => Handlers,
  fake: FakeOffice,
  name: string,
  advanceMs = 10_000,
) {
  jest.useFakeTimers();
  const handlers = load(fake);
  const { event, completion } = fakeEvent();
  const started = Date.now();
  let at = -1;
  handlers[name]!({
    completed(options?: unknown) {
      if (at < 0) at = Date.now() - started;
      event.completed(options);
    },
  });
  await jest.advanceTimersByTimeAsync(advanceMs);
  return { calls: completion.calls, options: completion.calls[0] as Record<string, unknown> | undefined, at };
}

const web = (options: FakeOfficeOptions): FakeOffice =>
  fakeOffice({ platform: "OfficeOnline", mailbox: "1.15", ...options });

describe.each([
  ["source", fromSource],
  ["built bundle", fromBundle],
])("send handler in real-client conditions (%s)", (_name, load) => {
  test("timers 900 ms late and Outlook silent: the send check still ends before Outlook's 5-second point", async () => {
    const fake = web({ to: { kind: "silent" }, cc: { kind: "silent" }, bcc: { kind: "silent" } });
    const { calls, options, at } = await runEvent(load, fake, "onMessageSendHandler");
    expect(calls).toHaveLength(1);
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("did not read the To recipients");
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(OUTLOOK_SLOW_NOTICE_MS);
  });

  test("early warning: a notification bar Outlook never confirms still ends the event, in time", async () => {
    const fake = web({ to: recipients("ops@army.ml") });
    fake.silent.add("replaceNotification");
    const { calls, at } = await runEvent(load, fake, "onMessageRecipientsChangedHandler");
    expect(fake.notifications.replaced).toHaveLength(1);
    // Exactly one completion, with no options (toEqual alone would also accept none at all).
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeUndefined();
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(OUTLOOK_SLOW_NOTICE_MS);
  });

  test("early warning: removing the bar is bounded the same way", async () => {
    const fake = web({ to: recipients("alice@example.org") });
    fake.silent.add("removeNotification");
    const { calls, at } = await runEvent(load, fake, "onMessageRecipientsChangedHandler");
    expect(fake.notifications.removed).toEqual(["recipientGuardWarning"]);
    // Exactly one completion, with no options (toEqual alone would also accept none at all).
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeUndefined();
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(OUTLOOK_SLOW_NOTICE_MS);
  });

  test("on the web no more than 3 Office calls run at once", async () => {
    const fake = web({
      to: recipients("ops@army.ml"),
      cc: recipients("a@example.org"),
      bcc: recipients("b@example.org"),
    });
    const { options } = await runEvent(load, fake, "onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("Mali");
    expect(fake.maxConcurrent).toBeLessThanOrEqual(3);
    expect(fake.log).toEqual(expect.arrayContaining(["get to", "get cc", "get bcc", "session getAll"]));
  });

  test("a domain the user trusts in the pane counts for this message at once, though roaming settings arrive late", async () => {
    const fake = web({ to: recipients("ops@army.ml"), mailbox: "1.14" });
    const pane = createOfficeHost({
      office: fake.pane() as OfficeApi,
      pageUrl: "https://addin.example/taskpane/taskpane.html",
    });
    await expect(pane.saveUserTrustedDomains(["army.ml"])).resolves.toMatchObject({ ok: true });
    // The handler's runtime has not had the roaming settings yet ...
    expect(
      (
        fake.Office as { context: { roamingSettings: { get(k: string): unknown } } }
      ).context.roamingSettings.get("rg.trusted.v1"),
    ).toBeUndefined();
    // ... but the decision is on the message.
    const { options } = await runEvent(load, fake, "onMessageSendHandler");
    expect(options).toEqual({ allowEvent: true });
  });

  test("and taking the trust back counts at once too", async () => {
    const fake = web({
      to: recipients("ops@army.ml"),
      mailbox: "1.14",
      roaming: { "rg.trusted.v1": ["army.ml"] },
    });
    const pane = createOfficeHost({
      office: fake.pane() as OfficeApi,
      pageUrl: "https://addin.example/taskpane/taskpane.html",
    });
    await pane.saveUserTrustedDomains([]);
    const { options } = await runEvent(load, fake, "onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
  });

  test("the message's own decision counts even where roaming settings cannot be read", async () => {
    const fake = web({ to: recipients("ops@army.ml"), mailbox: "1.14", roamingThrows: true });
    fake.sessionData.set("rg.trusted.v1", '["army.ml"]');
    const { options } = await runEvent(load, fake, "onMessageSendHandler");
    expect(options).toEqual({ allowEvent: true });
  });

  test("damaged session data is ignored: roaming settings decide", async () => {
    const fake = web({ to: recipients("ops@army.ml"), mailbox: "1.14" });
    fake.sessionData.set("rg.trusted.v1", "{not json");
    const { options } = await runEvent(load, fake, "onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("Mali");
  });

  test("the handler never calls an Office member above the manifest's permission", async () => {
    const fake = web({ to: recipients("ops@army.ml"), cc: recipients("a@example.org") });
    const { calls } = await runEvent(load, fake, "onMessageSendHandler");
    // The fake throws Outlook's elevated-permission error for any such member; the check ran through.
    expect(calls).toHaveLength(1);
    expect(String((calls[0] as Record<string, unknown>).errorMessage)).not.toContain("Elevated permission");
  });
});
