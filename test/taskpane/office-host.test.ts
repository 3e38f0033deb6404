/** @jest-environment jsdom */
import "./setup";
import { createOfficeHost, policyUrl } from "../../src/taskpane/office-host";
import { DECLARED_PERMISSION, OFFICE_APIS, permits } from "../../src/office";
import type { OfficeApi } from "../../src/taskpane/office-api";
import { paneIsChanging, POLICY_KEYS, SETTING_KEYS } from "../../src/shared/policy-store";
import type { RecipientEntry } from "../../src/shared/alert-context";
import { fakeOffice as makeFake, type FakeOfficeOptions } from "../office/fake-office";

/** jsdom has no fetch Response; the host reads only ok, status and text(). */
const response = (body: string, status = 200) =>
  ({ ok: status >= 200 && status < 300, status, text: async () => body }) as Response;

/**
 * The project's Office fake as the pane's runtime, with To and Cc filled in. Web profile by default:
 * the strictest about simultaneous calls.
 */
function fakeOffice(options: FakeOfficeOptions = {}) {
  const fake = makeFake({
    to: {
      kind: "ok",
      value: [{ emailAddress: "ops@army.ml", displayName: "Ops Desk", recipientType: "user" }],
    },
    cc: {
      kind: "ok",
      value: [{ emailAddress: "bob@example.org", displayName: "Bob", recipientType: "user" }],
    },
    mailbox: "1.15",
    platform: "OfficeOnline",
    ...options,
  });
  const office = fake.pane() as OfficeApi;
  const roaming = new Proxy({} as Record<string, unknown>, {
    get: (_, name: string) => office.context.roamingSettings!.get(name),
  });
  const fields = new Proxy({} as Record<string, RecipientEntry[]>, {
    get: (_, name: "to" | "cc" | "bcc") => {
      const f = fake.fields[name];
      return f.kind === "ok" && Array.isArray(f.value)
        ? f.value.map((r: RecipientEntry) => ({ emailAddress: r.emailAddress, displayName: r.displayName }))
        : [];
    },
    set: (_, name: "to" | "cc" | "bcc", value: RecipientEntry[]) => {
      fake.fields[name] = { kind: "ok", value };
      return true;
    },
  });
  return { office, fake, fields, log: fake.log, fail: fake.fail, silent: fake.silent, roaming };
}

/** What the pane says when classic Windows (platform PC) downloads a policy too large for roaming settings. */
async function tooLargeInClassicWindows(displayLanguage?: string) {
  localStorage.clear();
  const { office } = fakeOffice(displayLanguage ? { displayLanguage } : {});
  (office.context as { diagnostics?: { platform: string } }).diagnostics = { platform: "PC" };
  const trustedDomains = Array.from({ length: 5_000 }, (_, i) => `partner-${i}.example.com`);
  const fetch = jest.fn(async (_url: string, _init: RequestInit) =>
    response(JSON.stringify({ version: 1, trustedDomains })),
  );
  const host = createOfficeHost({ office, fetch, pageUrl: "https://addin.example/taskpane/taskpane.html" });
  const result = await host.refreshPolicy();
  expect(localStorage.getItem(POLICY_KEYS.policy)).toBeNull();
  return result;
}

describe("office host: a meeting being organised", () => {
  test("reads the required and optional attendees where a message has To and Cc, and no Bcc", async () => {
    const { office, log } = fakeOffice({ meeting: true });
    const host = createOfficeHost({ office });
    expect(host.itemKind).toBe("meeting");
    await expect(host.getRecipients()).resolves.toEqual({
      to: [{ emailAddress: "ops@army.ml", displayName: "Ops Desk" }],
      cc: [{ emailAddress: "bob@example.org", displayName: "Bob" }],
      bcc: [],
    });
    expect([...log].sort()).toEqual(["get optionalAttendees", "get requiredAttendees"]);
  });

  test("a fix is written to the attendees; a meeting has no Bcc to write", async () => {
    const { office, fields, log } = fakeOffice({ meeting: true });
    const host = createOfficeHost({ office });
    await host.setRecipients("to", [{ emailAddress: "ops@army.mil", displayName: "Ops Desk" }]);
    expect(fields.to).toEqual([{ emailAddress: "ops@army.mil", displayName: "Ops Desk" }]);
    expect(log).toEqual(["set requiredAttendees 1", "session set"]);
    await expect(host.setRecipients("bcc", [])).rejects.toThrow("A meeting has no Bcc field.");
  });

  test("failures name the field as the meeting form does", async () => {
    const { office, fail } = fakeOffice({ meeting: true });
    fail["get optionalAttendees"] = "Internal protocol error: -2147467259";
    await expect(createOfficeHost({ office }).getRecipients()).rejects.toThrow(
      "Outlook could not read the Optional recipients: Internal protocol error: -2147467259.",
    );
  });

  test("a message is a message", () => {
    expect(createOfficeHost({ office: fakeOffice().office }).itemKind).toBe("message");
  });
});

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
        "Outlook did not read the Bcc recipients within 10 seconds.",
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
    // Then the message is marked as fixed by the pane, for the stamp the send writes.
    expect(log).toEqual(["set to 2", "session set"]);
  });

  test("a fix marks the message as fixed (session data), for the send's stamp; nothing else does", async () => {
    const { office, fake } = fakeOffice();
    const host = createOfficeHost({ office });
    await host.getRecipients();
    await host.saveConfirmedDomains?.(["example.org"]);
    expect(fake.sessionData.has(SETTING_KEYS.paneFixed)).toBe(false);
    await host.setRecipients("to", [{ emailAddress: "ops@army.mil", displayName: "Ops Desk" }]);
    expect(fake.sessionData.get(SETTING_KEYS.paneFixed)).toBe("true");
  });

  test("writing recipients keeps a mark on the message until it is done, that holds a send back", async () => {
    const { office, fake } = fakeOffice();
    const host = createOfficeHost({ office });
    const seen: unknown[] = [];
    const result = await host.whileWritingRecipients!(async () => {
      seen.push(JSON.parse(fake.sessionData.get(SETTING_KEYS.paneChanging) ?? "null"));
      await host.setRecipients("bcc", [{ emailAddress: "a@example.org", displayName: "" }]);
      return "written";
    });
    expect(result).toBe("written");
    expect(seen).toEqual([expect.any(Number)]);
    expect(paneIsChanging(seen[0], () => Date.now())).toBe(true);
    expect(fake.sessionData.get(SETTING_KEYS.paneChanging)).toBe("0");
    // A failed write clears the mark too, and its error reaches the pane.
    await expect(
      host.whileWritingRecipients!(() => Promise.reject(new Error("Outlook refused"))),
    ).rejects.toThrow("Outlook refused");
    expect(fake.sessionData.get(SETTING_KEYS.paneChanging)).toBe("0");
  });

  test("a fix on a client without session data is written all the same, unmarked", async () => {
    const { office, fields, fake } = fakeOffice({ mailbox: "1.10" });
    await createOfficeHost({ office }).setRecipients("to", [
      { emailAddress: "ops@army.mil", displayName: "" },
    ]);
    expect(fields.to).toEqual([{ emailAddress: "ops@army.mil", displayName: "ops@army.mil" }]);
    expect(fake.log).toEqual(["set to 1"]);
  });

  test("a mark Outlook refuses does not fail the fix", async () => {
    const { office, fields, fail } = fakeOffice();
    fail["session set"] = "The session data is over its 50,000-character limit.";
    await createOfficeHost({ office }).setRecipients("to", [
      { emailAddress: "ops@army.mil", displayName: "" },
    ]);
    expect(fields.to).toEqual([{ emailAddress: "ops@army.mil", displayName: "ops@army.mil" }]);
  });

  test("more than 100 recipients: set the first 100, add the rest 100 at a time", async () => {
    const { office, fields, log } = fakeOffice();
    const list = Array.from({ length: 250 }, (_, i) => ({
      emailAddress: `p${i}@example.org`,
      displayName: `P ${i}`,
    }));
    await createOfficeHost({ office }).setRecipients("bcc", list);
    expect(log).toEqual(["get bcc", "set bcc 100", "add bcc 100", "add bcc 50", "session set"]);
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
    const { office, log, fake } = fakeOffice();
    const host = createOfficeHost({ office });
    const a = jest.fn();
    const b = jest.fn();
    const offA = host.onRecipientsChanged(a);
    const offB = host.onRecipientsChanged(b);
    expect(log).toEqual(["addHandler olkRecipientsChanged"]);
    await tick();
    fake.userEditsRecipients();
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
    offA();
    expect(log).toEqual(["addHandler olkRecipientsChanged"]);
    offB();
    expect(log).toEqual(["addHandler olkRecipientsChanged", "removeHandler olkRecipientsChanged"]);
  });
});

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("office host: what Outlook allows (strict fake)", () => {
  test("the pane never offers to send: item.sendAsync needs read/write mailbox, the manifest asks for read/write item", () => {
    const { office } = fakeOffice({ mailbox: "1.15" });
    const item = office.context.mailbox!.item as { sendAsync: (cb: unknown) => void };
    // Outlook offers the member on Mailbox 1.15 and refuses it at this permission.
    expect(typeof item.sendAsync).toBe("function");
    expect(() => item.sendAsync(() => undefined)).toThrow(
      "Elevated permission is required to call the method: 'item.sendAsync'.",
    );
    expect(createOfficeHost({ office })).not.toHaveProperty("send");
  });

  test("a call above the manifest's permission is refused by Outlook, and the pane says which", async () => {
    const { office, log } = fakeOffice({ permission: "ReadItem" });
    const host = createOfficeHost({ office });
    await expect(
      host.setRecipients("to", [{ emailAddress: "ops@army.mil", displayName: "Ops" }]),
    ).rejects.toThrow(
      "Outlook could not change the To recipients: Elevated permission is required to call the method: 'recipients.setAsync'.",
    );
    expect(log).toEqual([]);
  });

  test("every call the adapter makes is covered by the manifest's permission and the Mailbox 1.12 floor or a feature check", () => {
    for (const [api, rule] of Object.entries(OFFICE_APIS)) {
      expect([api, permits(DECLARED_PERMISSION, rule.permission)]).toEqual([api, true]);
    }
  });

  test("on the web, a fourth simultaneous call fails as Outlook fails it (error 5100)", async () => {
    const { office } = fakeOffice();
    const item = office.context.mailbox!.item as { to: { getAsync(cb: (r: unknown) => void): void } };
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => new Promise((resolve) => item.to.getAsync(resolve))),
    );
    expect(results.map((r) => (r as { status: string }).status)).toEqual([
      "succeeded",
      "succeeded",
      "succeeded",
      "failed",
    ]);
    expect((results[3] as { error: unknown }).error).toEqual({
      name: "API Call Failed",
      code: 5100,
      message: "Wait until the previous call completes.",
    });
  });

  test("on the web, reading, saving and re-reading at once stay within 3 calls (the queue)", async () => {
    const { office, fake } = fakeOffice();
    const host = createOfficeHost({ office });
    const [first, saved, second] = await Promise.all([
      host.getRecipients(),
      host.saveUserTrustedDomains(["contoso.com"]),
      host.getRecipients(),
      host.getInitializationContext(),
    ]);
    expect(first.to).toHaveLength(1);
    expect(second.cc).toHaveLength(1);
    expect(saved.ok).toBe(true);
    expect(fake.maxConcurrent).toBe(3);
  });

  test("a call waiting in the queue times out counting from when it was asked for", async () => {
    jest.useFakeTimers();
    try {
      const { office, silent } = fakeOffice();
      for (const f of ["to", "cc", "bcc"]) silent.add(`get ${f}`);
      const host = createOfficeHost({ office, timeoutMs: 2000 });
      const reading = expect(host.getRecipients()).rejects.toThrow(
        "Outlook did not read the To recipients within 2 seconds.",
      );
      const context = expect(host.getInitializationContext()).rejects.toThrow(
        "Outlook did not read what the Smart Alert passed to this pane within 2 seconds.",
      );
      await jest.advanceTimersByTimeAsync(2001);
      await reading;
      await context;
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("office host: a new Smart Alert while the pane is open (InitializationContextChanged)", () => {
  test("Mailbox 1.15: the pane is told the new context instead of being reopened", async () => {
    const { office, fake, log } = fakeOffice({ mailbox: "1.15" });
    const host = createOfficeHost({ office });
    const seen: (string | null)[] = [];
    const stop = host.onInitializationContextChanged((context) => seen.push(context));
    await tick();
    expect(log).toContain("addHandler olkInitializationContextChanged");
    expect(fake.reopenPane('{"version":1}')).toBe(true);
    expect(seen).toEqual(['{"version":1}']);
    stop();
    expect(log).toContain("removeHandler olkInitializationContextChanged");
  });

  test("Mailbox 1.14: not registered (feature-detected), Outlook reloads the pane instead", async () => {
    const { office, fake, log } = fakeOffice({ mailbox: "1.14" });
    const host = createOfficeHost({ office });
    host.onInitializationContextChanged(() => undefined);
    await tick();
    expect(log).not.toContain("addHandler olkInitializationContextChanged");
    expect(fake.reopenPane("{}")).toBe(false);
  });
});

describe("office host: the rest", () => {
  test("initialization context: a string, an object as JSON, nothing", async () => {
    await expect(
      createOfficeHost({ office: fakeOffice({ contextData: '{"a":1}' }).office }).getInitializationContext(),
    ).resolves.toBe('{"a":1}');
    await expect(
      createOfficeHost({ office: fakeOffice({ contextData: { a: 1 } }).office }).getInitializationContext(),
    ).resolves.toBe('{"a":1}');
    await expect(
      createOfficeHost({ office: fakeOffice({ contextData: undefined }).office }).getInitializationContext(),
    ).resolves.toBeNull();
    const { office } = fakeOffice();
    delete (office.context.mailbox!.item as { getInitializationContextAsync?: unknown })
      .getInitializationContextAsync;
    await expect(createOfficeHost({ office }).getInitializationContext()).resolves.toBeNull();
  });

  test("policy: the bundled policy with the user's trusted domains from roaming settings", async () => {
    const { office, roaming, log } = fakeOffice();
    const host = createOfficeHost({ office });
    expect(host.loadPolicy()).toMatchObject({ origin: "bundled", problems: [] });
    await expect(host.saveUserTrustedDomains(["Contoso.com"])).resolves.toEqual({
      ok: true,
      message: "Saved. It applies to this message now and to the messages you write after it.",
    });
    expect(roaming[SETTING_KEYS.userTrustedDomains]).toEqual(["contoso.com"]);
    expect(log).toContain("saveSettings");
    expect(host.loadPolicy().effective.trustedDomains).toEqual([{ domain: "contoso.com", source: "user" }]);
  });

  test("the decision is kept on the message too (session data), so the send check sees it at once", async () => {
    const { office, fake } = fakeOffice();
    await createOfficeHost({ office }).saveUserTrustedDomains(["army.ml"]);
    expect(fake.sessionData.get(SETTING_KEYS.userTrustedDomains)).toBe('["army.ml"]');
    // Roaming settings reach the send handler's runtime only later (office-js #6728, #5650).
    expect(fake.savedRoaming[SETTING_KEYS.userTrustedDomains]).toBeUndefined();
  });

  test("where Outlook cannot keep it on the message, the pane says it applies from the next message", async () => {
    const { office, fail } = fakeOffice();
    fail["session set"] = "The operation failed.";
    await expect(createOfficeHost({ office }).saveUserTrustedDomains(["army.ml"])).resolves.toEqual({
      ok: true,
      message:
        "Saved. It applies from your next message; Outlook can take a few minutes to pass it on to the send check.",
    });
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
    const result = await tooLargeInClassicWindows();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /too large to keep in Outlook's roaming settings \([\d,]+ characters, at most 24,576\); the send check keeps its own copy, which it downloads while you write a message/,
    );
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

describe("office host: what it says, in Office's display language", () => {
  test("German: a failed download, a refused save and a field put back say so in German", async () => {
    const { office, fail, fields } = fakeOffice({ displayLanguage: "de-DE" });
    const fetch = jest.fn(async (_url: string, _init: RequestInit) => response("nope", 404));
    const host = createOfficeHost({ office, fetch, pageUrl: "https://addin.example/taskpane/taskpane.html" });
    await expect(host.refreshPolicy()).resolves.toEqual({
      ok: false,
      message:
        "Die Richtlinie der Organisation konnte nicht heruntergeladen werden (/policy.json antwortete mit 404); die letzte gültige bleibt in Kraft.",
    });
    fail.saveSettings = "Settings are too large.";
    // Office's reason is quoted as Office gave it.
    await expect(host.saveUserTrustedDomains(["contoso.com"])).resolves.toEqual({
      ok: false,
      message:
        "Outlook hat Ihre vertrauenswürdigen Domains nicht gespeichert (Fehler von Outlook beim Speichern der Einstellungen: Settings are too large.).",
    });
    fail.saveSettings = null;
    const many = Array.from({ length: 450 }, (_, i) => `a-rather-long-domain-name-${i}.example.com`);
    await expect(host.saveUserTrustedDomains(many)).resolves.toEqual({
      ok: false,
      message:
        "So viele vertrauenswürdige Domains passen nicht in die Einstellungen von Outlook; entfernen Sie zuerst einige.",
    });
    await expect(host.saveUserTrustedDomains(["com"])).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Diese Liste vertrauenswürdiger Domains wurde nicht verwendet \(/),
    });
    fields.cc = Array.from({ length: 120 }, (_, i) => ({
      emailAddress: `p${i}@example.org`,
      displayName: "",
    }));
    fail["add cc 19"] = "The operation failed.";
    fail["add cc 20"] = "The operation failed again.";
    // The adapter's own words are the pane's language too; Office's reason is quoted as it is.
    await expect(host.setRecipients("cc", fields.cc.slice(1))).rejects.toThrow(
      "Fehler von Outlook beim Hinzufügen der Empfänger in „Cc“: The operation failed. Auch das Wiederherstellen der Empfänger in Cc ist fehlgeschlagen (Fehler von Outlook beim Hinzufügen der Empfänger in „Cc“: The operation failed again); bitte prüfen Sie sie vor dem Senden.",
    );
  });

  test("French: a policy too large for roaming settings in classic Windows, with French numbers", async () => {
    const result = await tooLargeInClassicWindows("fr-FR");
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^La stratégie de l'organisation est trop volumineuse pour les paramètres itinérants d'Outlook \([\d\u202f]+ caractères, au plus 24\u202f576\)\u00a0; la vérification à l'envoi conserve sa propre copie/,
    );
  });

  test("Japanese: an updated policy, and one already up to date", async () => {
    const { office } = fakeOffice({ displayLanguage: "ja-JP" });
    const fetch = jest.fn(async (_url: string, _init: RequestInit) =>
      response(JSON.stringify({ version: 1 })),
    );
    const host = createOfficeHost({
      office,
      fetch,
      pageUrl: "https://addin.example/taskpane/taskpane.html",
      largeStore: null,
    });
    await expect(host.refreshPolicy()).resolves.toMatchObject({
      ok: true,
      message:
        "組織のポリシーを更新しました。 この変更は次のメッセージから適用されます。送信時のチェックに反映されるまで、Outlook で数分かかることがあります。",
    });
    await expect(host.refreshPolicy()).resolves.toMatchObject({
      ok: true,
      changed: false,
      message: "組織のポリシーは最新です。",
    });
  });
});
