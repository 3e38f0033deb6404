/**
 * The history of outside domains in the send handler (issue 12, part 1): a send that goes without a
 * warning records its domains in the runtime's store; a later send to a slip of a domain written to
 * often is stopped, and the fix points at that domain. Classic Outlook's runtime: a fresh context per
 * event over OfficeRuntime.storage.
 */
import { Correspondents } from "../../src/checker/correspondents";
import { HISTORY_KEYS, historyText } from "../../src/shared/correspondent-store";
import { decodeAlertContext } from "../../src/shared/alert-context";
import { POLICY_KEYS } from "../../src/shared/policy-store";
import { recipients, type FakeOfficeOptions } from "../office/fake-office";
import { historyOf } from "../history";
import {
  fire,
  fromBundle,
  fromSource,
  restoreGlobals,
  runtimeStorage,
  server,
  stored,
} from "./classic-runtime";

afterEach(restoreGlobals);

const unreachable = () => server("", 404);

describe.each([
  ["built bundle", fromBundle],
  ["source", fromSource],
])("the send handler's history of outside domains (%s)", (_name, load) => {
  function storageWith(policy: object, history?: Correspondents, since = Date.now() - 1000) {
    return runtimeStorage({
      [POLICY_KEYS.policy]: stored(policy),
      [POLICY_KEYS.checkedAt]: new Date().toISOString(),
      ...(history ? { [HISTORY_KEYS.history]: historyText({ history, since }) } : {}),
    });
  }
  type Store = ReturnType<typeof runtimeStorage>;
  const send = (store: Store, options: FakeOfficeOptions) =>
    fire(load(options, store.storage, unreachable().fetch), "onMessageSendHandler");
  // The stored value: when the history was started, a space, the history (historyText).
  const historyIn = (data: Map<string, string>) =>
    Correspondents.decode(data.get(HISTORY_KEYS.history)!.replace(/^\d+ /, ""))!;
  const mailbox = "1.14";

  test("a send that goes records its outside domains, once each, and not the user's own", async () => {
    const store = storageWith({ version: 1, internalDomains: ["contoso.com"] });
    const { options } = await send(store, {
      mailbox,
      to: recipients("kim@northwind.com", "lee@northwind.com", "ann@contoso.com"),
    });
    expect(options).toEqual({ allowEvent: true });
    const data = store.data;
    const history = historyIn(data);
    expect(history.sends).toBe(1);
    expect(history.sendsTo("northwind.com")).toBe(1);
    expect(history.knows("contoso.com")).toBe(false);
    expect(data.get(HISTORY_KEYS.history)).not.toContain("northwind");
  });

  test("a slip of a domain written to often is stopped with no policy, and the fix is that domain", async () => {
    const store = storageWith({ version: 1 }, historyOf(["northwind.com"]));
    const data = store.data;
    const before = data.get(HISTORY_KEYS.history);
    const { options } = await send(store, { mailbox, to: recipients("kim@northwnd.com") });
    expect(options!.allowEvent).toBe(false);
    const context = decodeAlertContext(String(options!.contextData))!;
    expect(context.recipients[0]!.findings[0]).toMatchObject({
      code: "lookalike-domain",
      suggestion: "kim@northwind.com",
    });
    // A message that was stopped teaches nothing.
    expect(data.get(HISTORY_KEYS.history)).toBe(before);
  });

  test("a slip that went once, before its domain was written to often, is stopped later (tester's repro)", async () => {
    const store = storageWith({ version: 1 });
    for (const to of [
      "kim@northwindtraders.com",
      "kim@northwindtrader.com",
      "kim@northwindtraders.com",
      "kim@northwindtraders.com",
    ])
      expect((await send(store, { mailbox, to: recipients(to) })).options).toEqual({ allowEvent: true });
    expect(historyIn(store.data).sendsTo("northwindtrader.com")).toBe(1);
    const { options } = await send(store, { mailbox, to: recipients("kim@northwindtrader.com") });
    expect(options!.allowEvent).toBe(false);
    const context = decodeAlertContext(String(options!.contextData))!;
    expect(context.recipients[0]!.findings[0]).toMatchObject({
      code: "lookalike-domain",
      suggestion: "kim@northwindtraders.com",
    });
  });

  test("a slip of the user's own domain is stopped with no configuration, towards it (tester's repro)", async () => {
    // The user is me@contoso.com (the fake's userProfile); the policy names no internal domain.
    const store = storageWith({ version: 1 });
    for (let i = 0; i < 2; i++)
      expect((await send(store, { mailbox, to: recipients("colleague@contoso.com") })).options).toEqual({
        allowEvent: true,
      });
    expect(historyIn(store.data).knows("contoso.com")).toBe(false);
    const { options } = await send(store, { mailbox, to: recipients("colleague@contosso.com") });
    expect(options!.allowEvent).toBe(false);
    const context = decodeAlertContext(String(options!.contextData))!;
    expect(context.recipients[0]!.findings[0]).toMatchObject({
      code: "lookalike-domain",
      suggestion: "colleague@contoso.com",
    });
    expect(context.recipients[0]!.findings[0]!.message).toContain("your organisation's domain");
  });

  test("a policy that turns learning off neither reads nor writes the history", async () => {
    const store = storageWith(
      { version: 1, externalRecipients: { learnCorrespondents: false } },
      historyOf(["northwind.com"]),
    );
    const data = store.data;
    const before = data.get(HISTORY_KEYS.history);
    const { options } = await send(store, { mailbox, to: recipients("kim@northwnd.com") });
    expect(options).toEqual({ allowEvent: true });
    expect(data.get(HISTORY_KEYS.history)).toBe(before);
  });

  test("a history started before the user cleared it (the mark in roaming settings) is dropped", async () => {
    const store = storageWith({ version: 1 }, historyOf(["northwind.com"]), Date.now() - 60000);
    const { options } = await send(store, {
      mailbox,
      to: recipients("kim@northwnd.com"),
      roaming: { [HISTORY_KEYS.cleared]: Date.now() - 1000 },
    });
    expect(options).toEqual({ allowEvent: true });
    const data = store.data;
    const history = historyIn(data);
    expect(history.sends).toBe(1);
    expect(history.knows("northwind.com")).toBe(false);
    expect(Number(data.get(HISTORY_KEYS.history)!.split(" ")[0])).toBeGreaterThan(Date.now() - 60000);
  });

  test.each([
    ["damaged in storage", "C1not a history"],
    ["of another format", JSON.stringify({ domains: ["northwind.com"] })],
  ])("a history %s is started again, never a failed send", async (_what, text) => {
    const store = storageWith({ version: 1 });
    const data = store.data;
    data.set(HISTORY_KEYS.history, `1 ${text}`);
    const { options } = await send(store, { mailbox, to: recipients("kim@northwind.com") });
    expect(options).toEqual({ allowEvent: true });
    expect(historyIn(data).sendsTo("northwind.com")).toBe(1);
  });
});
