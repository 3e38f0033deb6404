/**
 * The early warning's check, kept for the send (src/launchevent/kept-check.ts). In classic Outlook
 * every event starts a fresh runtime: the early warning checks the message as the user adds
 * recipients and keeps its findings in OfficeRuntime.storage, and a send of exactly that message,
 * under exactly that policy, takes them instead of decoding the policy and checking again.
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { POLICY_KEYS } from "../../src/shared/policy-store";
import {
  attachment,
  attachments,
  fakeOffice,
  recipients,
  type FakeOfficeOptions,
} from "../office/fake-office";
import {
  BUNDLE,
  fire,
  fromBundle,
  fromSource,
  restoreGlobals,
  runtimeStorage,
  server,
  stored,
} from "./classic-runtime";

afterEach(restoreGlobals);

const KEPT = "rg.checked.v1";

/**
 * The source handler in a fresh runtime over `storage`, counting the stored policies it decodes and
 * the checkers it builds: a send that takes the kept check needs neither.
 */
async function watchedSend(options: FakeOfficeOptions, storage: object) {
  const counts = { decoded: 0, checkers: 0 };
  const runtime = fromSource(options, storage, unreachable().fetch, () => {
    const codec = require("../../src/shared/policy-codec") as typeof import("../../src/shared/policy-codec");
    const decode = codec.decodeStoredPolicy;
    jest.spyOn(codec, "decodeStoredPolicy").mockImplementation((text) => {
      counts.decoded++;
      return decode(text);
    });
    const checker = require("../../src/checker/checker") as typeof import("../../src/checker/checker");
    const create = checker.createChecker;
    jest.spyOn(checker, "createChecker").mockImplementation((policy) => {
      counts.checkers++;
      return create(policy);
    });
  });
  try {
    return { result: (await fire(runtime, "onMessageSendHandler")).options, counts };
  } finally {
    restoreGlobals();
  }
}
/** A policy server that is never asked here (the last download is recent) and would fail if it were. */
const unreachable = () => server("", 404);

const policy = {
  version: 1,
  internalDomains: ["contoso.com"],
  trustedDomains: ["fabrikam.com"],
  blockedDomains: ["example.org"],
};

/** To, Cc and Bcc of a message with a blocked domain, a slip of .mil and ordinary recipients. */
const message = (): FakeOfficeOptions => ({
  to: recipients("ann@contoso.com", "ops@army.ml"),
  cc: recipients("bob@fabrikam.com", "x@example.org"),
  bcc: recipients("carol@gmail.com"),
});

describe.each([
  ["built bundle", fromBundle],
  ["source", fromSource],
])("the early warning's kept check (%s)", (_name, load) => {
  /** Storage with `kept` as the stored policy, downloaded a moment ago (no refresh is due). */
  const storageWith = (kept: object) =>
    runtimeStorage({ [POLICY_KEYS.policy]: stored(kept), [POLICY_KEYS.checkedAt]: new Date().toISOString() });

  /**
   * Storage after early warnings checked `options` under the stored policy. The first also seals
   * the copy with this build's rules (it was stored without), which makes it another copy to the
   * kept check; the second, as the user adds the next recipient, checks under the sealed one.
   */
  async function afterEarlyWarning(
    options: FakeOfficeOptions,
    roaming?: Record<string, unknown>,
    policyKept: object = policy,
  ) {
    const store = storageWith(policyKept);
    for (let event = 0; event < 2; event++)
      await fire(
        load({ ...options, ...(roaming ? { roaming } : {}) }, store.storage, unreachable().fetch),
        "onMessageRecipientsChangedHandler",
      );
    return store;
  }

  /** A send of `options` in a fresh runtime over `data`. */
  async function send(
    data: Map<string, string>,
    options: FakeOfficeOptions,
    session?: Record<string, string>,
  ) {
    const runtime = load(options, runtimeStorage(Object.fromEntries(data)).storage, unreachable().fetch);
    for (const [key, value] of Object.entries(session ?? {})) runtime.fake.sessionData.set(key, value);
    return (await fire(runtime, "onMessageSendHandler")).options;
  }

  /** The kept entry with its verdict turned to allow: a send that still stops did not take it. */
  function keptSaysAllow(data: Map<string, string>): void {
    const entry = JSON.parse(data.get(KEPT)!) as Record<string, unknown>;
    data.set(KEPT, JSON.stringify({ ...entry, verdict: "allow", context: null }));
  }

  test("the early warning keeps its check in OfficeRuntime.storage", async () => {
    const { data } = await afterEarlyWarning(message());
    const entry = JSON.parse(data.get(KEPT)!) as { verdict: string; context: { recipients: unknown[] } };
    expect(entry.verdict).toBe("block");
    expect(entry.context.recipients).toHaveLength(2);
  });

  test.each<[string, FakeOfficeOptions]>([
    ["a blocked domain and a slip of .mil", message()],
    ["nothing wrong", { to: recipients("ann@contoso.com"), cc: recipients("bob@fabrikam.com") }],
    [
      "a lookalike of an internal domain only (a warning)",
      { to: recipients("ann@contoso.com", "eve@cont0so.com") },
    ],
    [
      "an unreadable address and a display name that is another address",
      {
        to: {
          kind: "ok",
          value: [
            { emailAddress: "not an address", displayName: "", recipientType: "other" },
            { emailAddress: "eve@gmail.com", displayName: "ann@contoso.com", recipientType: "externalUser" },
          ],
        },
      },
    ],
  ])(
    "a send of the same message tells Outlook exactly what checking it again would: %s",
    async (_what, options) => {
      const { data } = await afterEarlyWarning(options);
      expect(data.has(KEPT)).toBe(true);
      const withKept = await send(data, options);
      const without = new Map(data);
      without.delete(KEPT);
      expect(withKept).toEqual(await send(without, options));
    },
  );

  test("the outside domains the user confirmed after the early warning are judged at send, not the kept check", async () => {
    const confirming = { ...policy, externalRecipients: { confirmDomains: true } };
    const options = { to: recipients("ann@contoso.com", "p@tailspintoys.com") };
    const { data } = await afterEarlyWarning(options, undefined, confirming);
    expect(JSON.parse(data.get(KEPT)!).verdict).toBe("block");
    const stopped = await send(data, options);
    expect(stopped?.allowEvent).toBe(false);
    expect(String(stopped?.errorMessage)).toContain("tailspintoys.com");
    // The pane keeps the confirmation on the message (session data); the recipients are the same.
    const sent = await send(data, options, { "rg.confirmed.v1": JSON.stringify(["tailspintoys.com"]) });
    expect(sent).toEqual({ allowEvent: true });
  });

  test("a send of the same message takes the kept check instead of checking again", async () => {
    const { data } = await afterEarlyWarning(message());
    keptSaysAllow(data);
    expect((await send(data, message()))?.allowEvent).toBe(true);
  });

  test.each<[string, FakeOfficeOptions]>([
    ["a recipient added", { ...message(), bcc: recipients("carol@gmail.com", "dan@gmail.com") }],
    ["a recipient removed", { ...message(), bcc: recipients() }],
    ["a file attached", { ...message(), attachments: attachments(attachment("plans.pdf", 4096)) }],
    [
      "a recipient moved from Cc to Bcc",
      {
        ...message(),
        cc: recipients("bob@fabrikam.com"),
        bcc: recipients("carol@gmail.com", "x@example.org"),
      },
    ],
    [
      "a display name changed",
      {
        ...message(),
        bcc: {
          kind: "ok",
          value: [{ emailAddress: "carol@gmail.com", displayName: "Carol", recipientType: "externalUser" }],
        },
      },
    ],
  ])("a send checks again when the message changed since: %s", async (_change, changed) => {
    const { data } = await afterEarlyWarning(message());
    keptSaysAllow(data);
    expect((await send(data, changed))?.allowEvent).toBe(false);
  });

  test("with keyword lists, the early warning reads the subject, and a send checks again when it changed", async () => {
    const watching = { ...policy, keywords: [{ words: ["SECRET"], action: "block" }] };
    const options = (subject: string): FakeOfficeOptions => ({
      to: recipients("p@tailspintoys.com"),
      subject: { kind: "ok", value: subject },
    });
    const { data } = await afterEarlyWarning(options("Plans"), undefined, watching);
    const kept = JSON.parse(data.get(KEPT)!) as { verdict: string; keywords?: boolean; message: string };
    expect(kept).toMatchObject({ verdict: "allow", keywords: true });
    expect(kept.message).toContain("Plans");
    expect(await send(data, options("Plans"))).toEqual({ allowEvent: true });
    const stopped = await send(data, options("SECRET plans"));
    expect(stopped?.allowEvent).toBe(false);
    expect(String(stopped?.errorMessage)).toContain('The subject has the keyword "SECRET"');
  });

  test("a send checks again when the message now carries the user's own trusted domains (the pane's Trust)", async () => {
    const { data } = await afterEarlyWarning(message());
    keptSaysAllow(data);
    const options = await send(data, message(), { "rg.trusted.v1": '["army.ml"]' });
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).not.toContain("ops@army.ml");
  });

  test("a send checks again when another user is signed in (their domain is inside)", async () => {
    const { data } = await afterEarlyWarning(message());
    keptSaysAllow(data);
    expect((await send(data, { ...message(), userAddress: "someone@fabrikam.com" }))?.allowEvent).toBe(false);
  });

  test("a send checks again when the user's trusted domains in roaming settings changed", async () => {
    const { data } = await afterEarlyWarning(message(), { "rg.trusted.v1": [] });
    keptSaysAllow(data);
    const runtime = load(
      { ...message(), roaming: { "rg.trusted.v1": ["gmail.com"] } },
      runtimeStorage(Object.fromEntries(data)).storage,
      unreachable().fetch,
    );
    expect((await fire(runtime, "onMessageSendHandler")).options?.allowEvent).toBe(false);
  });

  test("a send checks again when another policy was downloaded since", async () => {
    const { data } = await afterEarlyWarning(message());
    keptSaysAllow(data);
    data.set(POLICY_KEYS.policy, stored({ ...policy, blockedDomains: ["example.org", "gmail.com"] }));
    const options = await send(data, message());
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("carol@gmail.com");
  });

  test.each([
    ["not JSON", "{not json"],
    ["a stop with no findings to show", (entry: Record<string, unknown>) => ({ ...entry, context: null })],
    ["an unknown check-failed action", (entry: Record<string, unknown>) => ({ ...entry, failure: "shrug" })],
  ])(
    "a damaged kept check (%s) is passed over: the send checks the message itself",
    async (_what, damage) => {
      const { data } = await afterEarlyWarning(message());
      const checkedAgain = await send(new Map([...data].filter(([key]) => key !== KEPT)), message());
      const entry = JSON.parse(data.get(KEPT)!) as Record<string, unknown>;
      data.set(KEPT, typeof damage === "string" ? damage : JSON.stringify(damage(entry)));
      expect(await send(data, message())).toEqual(checkedAgain);
    },
  );

  test("the kept check carries the policy's check-failed action, for a send that then cannot read the recipients", async () => {
    const strict = { ...policy, actions: { "check-failed": "block" } };
    const store = storageWith(strict);
    await fire(load(message(), store.storage, unreachable().fetch), "onMessageRecipientsChangedHandler");
    expect(JSON.parse(store.data.get(KEPT)!)).toMatchObject({ failure: "block" });
    const options = await send(store.data, {
      ...message(),
      to: { kind: "fail", message: "The mailbox is busy." },
    });
    expect(options?.allowEvent).toBe(false);
    // Block: no Send Anyway, whatever the client offers.
    expect(options?.sendModeOverride).toBeUndefined();
  });

  test("one entry is kept: each early warning overwrites the last", async () => {
    const store = storageWith(policy);
    await fire(load(message(), store.storage, unreachable().fetch), "onMessageRecipientsChangedHandler");
    const clean = { to: recipients("ann@contoso.com") };
    await fire(load(clean, store.storage, unreachable().fetch), "onMessageRecipientsChangedHandler");
    expect(JSON.parse(store.data.get(KEPT)!)).toMatchObject({ verdict: "allow" });
    expect([...store.data.keys()].filter((key) => key.startsWith("rg.checked"))).toEqual([KEPT]);
  });

  test("where OfficeRuntime is not defined, nothing is kept in roaming settings", async () => {
    const runtime = load(message(), null, unreachable().fetch);
    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(Object.keys(runtime.fake.savedRoaming)).not.toContain(KEPT);
  });
});

test("in a runtime with a page's localStorage (the web, new Outlook, Mac), the early warning keeps no check: that runtime keeps its checker between events", async () => {
  const data = new Map<string, string>([
    [POLICY_KEYS.policy, stored(policy)],
    [POLICY_KEYS.checkedAt, new Date().toISOString()],
  ]);
  const localStorage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
  const fake = fakeOffice({ ...message(), platform: "OfficeOnline" });
  const context = vm.createContext({
    Office: fake.Office,
    localStorage,
    fetch: unreachable().fetch,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
  vm.runInContext(readFileSync(BUNDLE, "utf8"), context, { filename: "launchevent.js" });
  const runtime = { handlers: fake.handlers, fake };
  await fire(runtime, "onMessageRecipientsChangedHandler");
  expect(fake.notifications.replaced).toHaveLength(1);
  expect(data.has(KEPT)).toBe(false);
  expect((await fire(runtime, "onMessageSendHandler")).options?.allowEvent).toBe(false);
});

describe("the early warning's kept check (source, watched)", () => {
  test("a send that takes the kept check loads no policy and builds no checker, whatever the policy asks", async () => {
    for (const kept of [policy, { ...policy, externalRecipients: { confirmDomains: true } }]) {
      const store = runtimeStorage({
        [POLICY_KEYS.policy]: stored(kept),
        [POLICY_KEYS.checkedAt]: new Date().toISOString(),
      });
      for (let event = 0; event < 2; event++)
        await fire(
          fromSource(message(), store.storage, unreachable().fetch),
          "onMessageRecipientsChangedHandler",
        );
      restoreGlobals();
      const data = store.data;
      const taken = await watchedSend(message(), runtimeStorage(Object.fromEntries(data)).storage);
      expect(taken.counts).toEqual({ decoded: 0, checkers: 0 });
      data.delete(KEPT);
      const checked = await watchedSend(message(), runtimeStorage(Object.fromEntries(data)).storage);
      expect(checked.counts.decoded).toBeGreaterThan(0);
      expect(checked.counts.checkers).toBeGreaterThan(0);
      expect(taken.result).toEqual(checked.result);
    }
  });
});
