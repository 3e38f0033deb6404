/** @jest-environment jsdom */
import "./setup";
import { createOfficeHost, policyUrl } from "../../src/taskpane/office-host";
import type { OfficeApi } from "../../src/taskpane/office-api";
import { POLICY_KEYS, SETTING_KEYS } from "../../src/shared/policy-store";
import type { RecipientEntry } from "../../src/shared/alert-context";

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
const ok = (value?: unknown) => ({ status: "succeeded", value });
const failed = (message: string) => ({ status: "failed", error: { message } });
const later = (fn: () => void) => setTimeout(fn, 0);
/** jsdom has no fetch Response; the host reads only ok, status and text(). */
const response = (body: string, status = 200) =>
  ({ ok: status >= 200 && status < 300, status, text: async () => body }) as Response;

/** A compose item in Office.js's callback style; every answer comes on a later tick. */
function fakeOffice(
  options: { mailbox?: string; sendAsync?: boolean; context?: unknown; noContextMethod?: boolean } = {},
) {
  const fields: Record<string, RecipientEntry[]> = {
    to: [{ emailAddress: "ops@army.ml", displayName: "Ops Desk" }],
    cc: [{ emailAddress: "bob@example.org", displayName: "Bob" }],
    bcc: [],
  };
  const log: string[] = [];
  const fail: Record<string, string | null> = {};
  const silent = new Set<string>();
  const roaming: Record<string, unknown> = {};
  const handlers: ((e: unknown) => void)[] = [];
  const answer = (op: string, cb: Callback, result: () => ReturnType<typeof ok>) => {
    log.push(op);
    if (silent.has(op)) return;
    later(() => cb(fail[op] ? failed(fail[op]!) : result()));
  };
  const recipients = (field: string) => ({
    getAsync: (cb: Callback) =>
      answer(`get ${field}`, cb, () => ok(fields[field]!.map((r) => ({ ...r, recipientType: "user" })))),
    setAsync: (list: RecipientEntry[], cb: Callback) =>
      answer(`set ${field} ${list.length}`, cb, () => {
        fields[field] = list.map((r) => ({ ...r }));
        return ok();
      }),
    addAsync: (list: RecipientEntry[], cb: Callback) =>
      answer(`add ${field} ${list.length}`, cb, () => {
        fields[field] = [...fields[field]!, ...list];
        return ok();
      }),
  });
  const item = {
    itemType: "message",
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    ...(options.noContextMethod
      ? {}
      : {
          getInitializationContextAsync: (cb: Callback) => answer("context", cb, () => ok(options.context)),
        }),
    ...(options.sendAsync === false ? {} : { sendAsync: (cb: Callback) => answer("send", cb, () => ok()) }),
    addHandlerAsync: (type: string, handler: (e: unknown) => void, cb?: Callback) => {
      log.push(`addHandler ${type}`);
      handlers.push(handler);
      cb?.(ok());
    },
    removeHandlerAsync: (type: string, cb?: Callback) => {
      log.push(`removeHandler ${type}`);
      handlers.length = 0;
      cb?.(ok());
    },
  };
  const office: OfficeApi = {
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { RecipientsChanged: "olkRecipientsChanged" },
    context: {
      requirements: {
        isSetSupported: (name, version = "1.1") =>
          name === "Mailbox" &&
          Number(version.split(".")[1]) <= Number((options.mailbox ?? "1.15").split(".")[1]),
      },
      roamingSettings: {
        get: (name) => roaming[name],
        set: (name, value) => {
          roaming[name] = value;
        },
        remove: (name) => {
          delete roaming[name];
        },
        saveAsync: (cb) => answer("saveSettings", cb as Callback, () => ok()),
      },
      mailbox: { item },
    },
  };
  return { office, fields, log, fail, silent, roaming, handlers };
}

describe("office host: recipients", () => {
  test("reads To, Cc and Bcc as address and display name", async () => {
    const { office } = fakeOffice();
    await expect(createOfficeHost({ office }).getRecipients()).resolves.toEqual({
      to: [{ emailAddress: "ops@army.ml", displayName: "Ops Desk" }],
      cc: [{ emailAddress: "bob@example.org", displayName: "Bob" }],
      bcc: [],
    });
  });

  test("a Failed status rejects with Office's message, naming the field", async () => {
    const { office, fail } = fakeOffice();
    fail["get cc"] = "Internal protocol error: -2147467259";
    await expect(createOfficeHost({ office }).getRecipients()).rejects.toThrow(
      "Outlook could not read the Cc recipients: Internal protocol error: -2147467259.",
    );
  });

  test("an exception thrown by Office.js is reported the same way", async () => {
    const { office } = fakeOffice();
    (office.context.mailbox!.item as { to: { getAsync: unknown } }).to.getAsync = () => {
      throw new Error("Object reference not set.");
    };
    await expect(createOfficeHost({ office }).getRecipients()).rejects.toThrow(
      "Outlook could not read the To recipients: Object reference not set.",
    );
  });

  test("a call Outlook never answers times out with a clear message", async () => {
    jest.useFakeTimers();
    try {
      const { office, silent } = fakeOffice();
      silent.add("get bcc");
      const result = createOfficeHost({ office, timeoutMs: 10_000 }).getRecipients();
      const settled = expect(result).rejects.toThrow(
        "Outlook did not read the Bcc recipients within 10 seconds; please try again.",
      );
      await jest.advanceTimersByTimeAsync(10_001);
      await settled;
    } finally {
      jest.useRealTimers();
    }
  });

  test("setRecipients writes the whole field with every display name (the address when there is none)", async () => {
    const { office, fields, log } = fakeOffice();
    const host = createOfficeHost({ office });
    await host.setRecipients("to", [
      { emailAddress: "ops@army.mil", displayName: "Ops Desk" },
      { emailAddress: "carol@example.org", displayName: "" },
    ]);
    expect(fields.to).toEqual([
      { emailAddress: "ops@army.mil", displayName: "Ops Desk" },
      { emailAddress: "carol@example.org", displayName: "carol@example.org" },
    ]);
    expect(fields.cc).toEqual([{ emailAddress: "bob@example.org", displayName: "Bob" }]);
    expect(log).toEqual(["set to 2"]);
  });

  test("more than 100 recipients: set the first 100, add the rest 100 at a time", async () => {
    const { office, fields, log } = fakeOffice();
    const list = Array.from({ length: 250 }, (_, i) => ({
      emailAddress: `p${i}@example.org`,
      displayName: `P ${i}`,
    }));
    await createOfficeHost({ office }).setRecipients("bcc", list);
    expect(log).toEqual(["get bcc", "set bcc 100", "add bcc 100", "add bcc 50"]);
    expect(fields.bcc).toEqual(list);
  });

  test("if a later add fails, the field is put back as it was and the error says what failed", async () => {
    const { office, fields, fail, log } = fakeOffice();
    const before = Array.from({ length: 120 }, (_, i) => ({
      emailAddress: `p${i}@example.org`,
      displayName: `P ${i}`,
    }));
    fields.cc = before.map((r) => ({ ...r }));
    fail["add cc 19"] = "The operation failed.";
    const next = before.filter((_, i) => i !== 3);
    await expect(createOfficeHost({ office }).setRecipients("cc", next)).rejects.toThrow(
      "Outlook could not add the Cc recipients: The operation failed.",
    );
    expect(log).toEqual(["get cc", "set cc 100", "add cc 19", "set cc 100", "add cc 20"]);
    expect(fields.cc).toEqual(before);
  });

  test("if putting them back fails too, the message says to check them", async () => {
    const { office, fields, fail } = fakeOffice();
    fields.cc = Array.from({ length: 120 }, (_, i) => ({
      emailAddress: `p${i}@example.org`,
      displayName: `P ${i}`,
    }));
    fail["add cc 19"] = "The operation failed.";
    fail["add cc 20"] = "The operation failed again.";
    await expect(createOfficeHost({ office }).setRecipients("cc", fields.cc.slice(1))).rejects.toThrow(
      "Outlook could not add the Cc recipients: The operation failed. Putting the Cc recipients back failed too (Outlook could not add the Cc recipients: The operation failed again); please check them before sending.",
    );
  });

  test("Office refusing the change rejects with its message", async () => {
    const { office, fail, fields } = fakeOffice();
    fail["set to 1"] = "The item is locked.";
    await expect(
      createOfficeHost({ office }).setRecipients("to", [
        { emailAddress: "ops@army.mil", displayName: "Ops" },
      ]),
    ).rejects.toThrow("Outlook could not change the To recipients: The item is locked.");
    expect(fields.to).toEqual([{ emailAddress: "ops@army.ml", displayName: "Ops Desk" }]);
  });

  test("recipient changes: one Office handler for all listeners, removed with the last", async () => {
    const { office, log, handlers } = fakeOffice();
    const host = createOfficeHost({ office });
    const a = jest.fn();
    const b = jest.fn();
    const offA = host.onRecipientsChanged(a);
    const offB = host.onRecipientsChanged(b);
    expect(log).toEqual(["addHandler olkRecipientsChanged"]);
    handlers.forEach((h) => h({ type: "olkRecipientsChanged" }));
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
    offA();
    expect(log).toEqual(["addHandler olkRecipientsChanged"]);
    offB();
    expect(log).toEqual(["addHandler olkRecipientsChanged", "removeHandler olkRecipientsChanged"]);
  });
});

describe("office host: the rest", () => {
  test("send exists only with Mailbox 1.15 and item.sendAsync", async () => {
    const supported = fakeOffice({ mailbox: "1.15" });
    const host = createOfficeHost({ office: supported.office });
    expect(typeof host.send).toBe("function");
    await host.send!();
    expect(supported.log).toEqual(["send"]);
    expect(createOfficeHost({ office: fakeOffice({ mailbox: "1.14" }).office }).send).toBeUndefined();
    expect(createOfficeHost({ office: fakeOffice({ sendAsync: false }).office }).send).toBeUndefined();
  });

  test("a failed send rejects with Office's message", async () => {
    const { office, fail } = fakeOffice();
    fail.send = "The message has no recipients.";
    await expect(createOfficeHost({ office }).send!()).rejects.toThrow(
      "Outlook could not send the message: The message has no recipients.",
    );
  });

  test("initialization context: a string, an object as JSON, nothing", async () => {
    await expect(
      createOfficeHost({ office: fakeOffice({ context: '{"a":1}' }).office }).getInitializationContext(),
    ).resolves.toBe('{"a":1}');
    await expect(
      createOfficeHost({ office: fakeOffice({ context: { a: 1 } }).office }).getInitializationContext(),
    ).resolves.toBe('{"a":1}');
    await expect(
      createOfficeHost({ office: fakeOffice({ context: undefined }).office }).getInitializationContext(),
    ).resolves.toBeNull();
    await expect(
      createOfficeHost({ office: fakeOffice({ noContextMethod: true }).office }).getInitializationContext(),
    ).resolves.toBeNull();
  });

  test("policy: the bundled policy with the user's trusted domains from roaming settings", async () => {
    const { office, roaming, log } = fakeOffice();
    const host = createOfficeHost({ office });
    expect(host.loadPolicy()).toMatchObject({ origin: "bundled", problems: [] });
    await expect(host.saveUserTrustedDomains(["Contoso.com"])).resolves.toEqual({
      ok: true,
      message: "Saved.",
    });
    expect(roaming[SETTING_KEYS.userTrustedDomains]).toEqual(["contoso.com"]);
    expect(log).toContain("saveSettings");
    expect(host.loadPolicy().effective.trustedDomains).toEqual([{ domain: "contoso.com", source: "user" }]);
  });

  test("a settings save Office refuses is reported", async () => {
    const { office, fail } = fakeOffice();
    fail.saveSettings = "Settings are too large.";
    const result = await createOfficeHost({ office }).saveUserTrustedDomains(["contoso.com"]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Settings are too large.");
  });

  test("refreshPolicy fetches policy.json from the add-in's own origin and caches it", async () => {
    const { office, roaming } = fakeOffice();
    const fetch = jest.fn(async (_url: string, _init: RequestInit) =>
      response(JSON.stringify({ version: 1, trustedDomains: ["fabrikam.com"] })),
    );
    const host = createOfficeHost({
      office,
      fetch,
      pageUrl: "https://addin.example/taskpane/taskpane.html?_host_Info=x",
      largeStore: null,
    });
    const result = await host.refreshPolicy();
    expect(result.ok).toBe(true);
    expect(fetch).toHaveBeenCalledWith(
      "https://addin.example/policy.json",
      expect.objectContaining({ cache: "no-store", credentials: "same-origin" }),
    );
    // No large store here: the compact form goes to roaming settings.
    expect(roaming[POLICY_KEYS.policy]).toEqual(expect.stringContaining("moc.makirbaf"));
    expect(host.loadPolicy()).toMatchObject({ origin: "cached" });
    expect(host.loadPolicy().effective.trustedDomains).toEqual([
      { domain: "fabrikam.com", source: "organisation" },
    ]);
  });

  test("outside classic Windows a large policy goes to the page's localStorage, which the send handler's page shares", async () => {
    localStorage.clear();
    const { office, roaming } = fakeOffice();
    const trustedDomains = Array.from({ length: 5_000 }, (_, i) => `partner-${i}.example.com`);
    const fetch = jest.fn(async (_url: string, _init: RequestInit) =>
      response(JSON.stringify({ version: 1, trustedDomains })),
    );
    const host = createOfficeHost({ office, fetch, pageUrl: "https://addin.example/taskpane/taskpane.html" });
    expect((await host.refreshPolicy()).ok).toBe(true);
    expect(localStorage.getItem(POLICY_KEYS.policy)).toEqual(expect.stringMatching(/^RG-POLICY 2\n/));
    expect(roaming[POLICY_KEYS.policy]).toBeUndefined();
    expect(host.loadPolicy().effective.trustedDomains).toHaveLength(5_000);
    localStorage.clear();
  });

  test("in classic Windows (platform PC) the pane keeps to roaming settings and says when a policy does not fit", async () => {
    localStorage.clear();
    const { office } = fakeOffice();
    (office.context as { diagnostics?: { platform: string } }).diagnostics = { platform: "PC" };
    const trustedDomains = Array.from({ length: 5_000 }, (_, i) => `partner-${i}.example.com`);
    const fetch = jest.fn(async (_url: string, _init: RequestInit) =>
      response(JSON.stringify({ version: 1, trustedDomains })),
    );
    const host = createOfficeHost({ office, fetch, pageUrl: "https://addin.example/taskpane/taskpane.html" });
    const result = await host.refreshPolicy();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /too large to keep in Outlook's roaming settings \([\d,]+ characters, at most 24,576\); the send check keeps its own copy, which it downloads while you write a message/,
    );
    expect(localStorage.getItem(POLICY_KEYS.policy)).toBeNull();
  });

  test("refreshPolicy reports an HTTP error and keeps the policy in force", async () => {
    const { office, roaming } = fakeOffice();
    const fetch = jest.fn(async (_url: string, _init: RequestInit) => response("nope", 404));
    const host = createOfficeHost({ office, fetch, pageUrl: "https://addin.example/taskpane/taskpane.html" });
    const result = await host.refreshPolicy();
    expect(result).toEqual({
      ok: false,
      message:
        "The organisation policy could not be downloaded (/policy.json answered 404); the last good one stays in force.",
    });
    expect(roaming[SETTING_KEYS.cachedPolicy]).toBeUndefined();
  });

  test("the policy URL is on the pane's own origin", () => {
    expect(policyUrl("http://localhost:3000/taskpane/taskpane.html").href).toBe(
      "http://localhost:3000/policy.json",
    );
    expect(() => policyUrl("about:blank")).toThrow();
  });

  test("version comes from the build", () => {
    expect(createOfficeHost({ office: fakeOffice().office }).version).toBe("0.0.0-test");
  });

  test("refuses an item that is not a message being written", () => {
    const { office } = fakeOffice();
    office.context.mailbox = { item: { itemType: "message", to: [{ emailAddress: "a@b.c" }] } };
    expect(() => createOfficeHost({ office })).toThrow("needs a message being written");
  });
});
