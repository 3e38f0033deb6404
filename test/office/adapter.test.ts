/**
 * The shared Office adapter (src/office): its table of members against the manifest, and the call
 * rules both the send handler and the pane rely on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DECLARED_PERMISSION,
  MANIFEST_MAILBOX_FLOOR,
  MOBILE_EVENT_APIS,
  OFFICE_APIS,
  REFUSED_APIS,
  TOO_MANY_CALLS_ERROR,
  ROAMING_SETTINGS_TOO_LARGE,
  SESSION_DATA_TOO_LARGE,
  STORAGE_LIMITS,
  createOfficeCaller,
  permits,
  readAttachments,
  readComposeType,
  roamingSettingsStore,
  readItemValues,
  setItemHeader,
  writeItemValue,
  type AsyncCallback,
  type OfficeApiName,
} from "../../src/office";
import { CATALOGUES } from "../../src/checker/messages";
import { fakeOffice, type Platform } from "./fake-office";

const MANIFEST = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const office = (mailbox = "1.12") => ({
  AsyncResultStatus: { Succeeded: "succeeded" },
  context: {
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        name === "Mailbox" && Number(version.split(".")[1]) <= Number(mailbox.split(".")[1]),
    },
  },
});

describe("what the adapter may call", () => {
  test("the permission it assumes is the one manifest.xml asks for", () => {
    expect(MANIFEST).toContain(`<Permissions>${DECLARED_PERMISSION}</Permissions>`);
  });

  test("the requirement-set floor it assumes is the manifest's", () => {
    expect(MANIFEST).toMatch(new RegExp(`DefaultMinVersion="${MANIFEST_MAILBOX_FLOOR.replace(".", "\\.")}"`));
  });

  test.each(Object.entries(OFFICE_APIS))("%s is covered by the manifest's permission", (_api, rule) => {
    expect(permits(DECLARED_PERMISSION, rule.permission)).toBe(true);
  });

  test.each(Object.entries(REFUSED_APIS))("%s is not, and the code never calls it", (api, rule) => {
    expect(permits(DECLARED_PERMISSION, rule.permission)).toBe(false);
    const member = api.split(".").pop()!;
    const { execSync } = require("node:child_process") as typeof import("node:child_process");
    const files = execSync(
      `grep -rl "${member}" src/launchevent src/taskpane src/office src/shared || true`,
      {
        cwd: join(__dirname, "..", ".."),
      },
    )
      .toString()
      .split("\n")
      .filter(Boolean);
    // Outside comments, only the table that names it may mention it.
    const hits = files.filter((file) =>
      readFileSync(join(__dirname, "..", "..", file), "utf8")
        .split("\n")
        .some((line) => line.includes(member) && !/^\s*(\*|\/\/|\/\*)/.test(line)),
    );
    expect(hits).toEqual(["src/office/apis.ts"]);
  });
});

describe("calls", () => {
  const answerLater =
    (value: unknown, ms = 5) =>
    (cb: AsyncCallback) =>
      setTimeout(() => cb({ status: "succeeded", value }), ms);

  test("at most 3 at once; the rest start in order as earlier ones finish", async () => {
    const caller = createOfficeCaller(office());
    const started: number[] = [];
    const calls = [1, 2, 3, 4, 5].map((n) =>
      caller.call("recipients.getAsync", `read ${n}`, (cb) => (started.push(n), answerLater(n)(cb)), 1000),
    );
    expect(started).toEqual([1, 2, 3]);
    expect(caller.load).toEqual({ running: 3, waiting: 2 });
    await expect(Promise.all(calls)).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(caller.load).toEqual({ running: 0, waiting: 0 });
  });

  test("settles once: a second answer and a late one are ignored, and free no slot twice", async () => {
    jest.useFakeTimers();
    try {
      const caller = createOfficeCaller(office());
      let late: AsyncCallback | undefined;
      const twice = caller.call(
        "recipients.getAsync",
        "read twice",
        (cb) => {
          cb({ status: "succeeded", value: "first" });
          cb({ status: "failed", error: { message: "second" } });
        },
        1000,
      );
      const silent = caller.call("recipients.getAsync", "read the To recipients", (cb) => (late = cb), 1000);
      await expect(twice).resolves.toBe("first");
      const timedOut = expect(silent).rejects.toThrow(
        "Outlook did not read the To recipients within 1 second.",
      );
      await jest.advanceTimersByTimeAsync(1001);
      await timedOut;
      late!({ status: "succeeded", value: "too late" });
      expect(caller.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      jest.useRealTimers();
    }
  });

  test("a failure names what was being done and gives Outlook's reason, or none", async () => {
    const caller = createOfficeCaller(office());
    await expect(
      caller.call(
        "recipients.getAsync",
        "read the Cc recipients",
        (cb) => cb({ status: "failed", error: { message: "Item busy." } }),
        1000,
      ),
    ).rejects.toThrow("Outlook could not read the Cc recipients: Item busy.");
    await expect(
      caller.call("recipients.getAsync", "read the Cc recipients", (cb) => cb(undefined as never), 1000),
    ).rejects.toThrow(/^Outlook could not read the Cc recipients\.$/);
    await expect(
      caller.call(
        "recipients.getAsync",
        "read the Cc recipients",
        () => {
          throw new Error("boom");
        },
        1000,
      ),
    ).rejects.toThrow("Outlook could not read the Cc recipients: boom.");
  });

  test("requirement sets: up to the manifest's floor always, newer ones as the client says", () => {
    const caller = createOfficeCaller(office("1.12"));
    expect(caller.supports("1.11")).toBe(true);
    expect(caller.supports("1.14")).toBe(false);
    expect(createOfficeCaller(office("1.15")).supports("1.15")).toBe(true);
  });

  test("a client that cannot answer isSetSupported is taken at the manifest's floor", () => {
    const broken = {
      AsyncResultStatus: { Succeeded: "succeeded" },
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("no");
          },
        },
      },
    };
    const caller = createOfficeCaller(broken);
    expect(caller.supports("1.12")).toBe(true);
    expect(caller.supports("1.13")).toBe(false);
  });
});

describe("storage limits, as the fake Outlook enforces them", () => {
  const pane = (options: Parameters<typeof fakeOffice>[0] = {}) => {
    const fake = fakeOffice({ platform: "OfficeOnline", mailbox: "1.15", ...options });
    const office = fake.pane() as {
      AsyncResultStatus: { Succeeded: unknown };
      context: { roamingSettings: Parameters<typeof roamingSettingsStore>[0]; mailbox: { item: unknown } };
    };
    return { fake, office, caller: createOfficeCaller(office as never) };
  };

  test("roaming settings over 32 KB are not saved, and the adapter says why", async () => {
    const { office, caller } = pane();
    const store = roamingSettingsStore(office.context.roamingSettings, caller, 1000)!;
    store.set("small", "x".repeat(1000));
    await expect(store.save()).resolves.toBeUndefined();
    store.set("large", "x".repeat(STORAGE_LIMITS.roamingSettingsChars));
    await expect(store.save()).rejects.toThrow(ROAMING_SETTINGS_TOO_LARGE.replace(/\.$/, ""));
  });

  test("a failed save of the roaming settings is named in the caller's language", async () => {
    const { office } = pane();
    const german = createOfficeCaller(office as never, { catalogue: CATALOGUES.de });
    const store = roamingSettingsStore(office.context.roamingSettings, german, 1000)!;
    store.set("large", "x".repeat(STORAGE_LIMITS.roamingSettingsChars));
    await expect(store.save()).rejects.toThrow(/^Fehler von Outlook beim Speichern der Einstellungen: /);
  });

  test("session data over 50,000 characters is not kept", async () => {
    const { fake, office, caller } = pane();
    const item = office.context.mailbox.item;
    await writeItemValue(caller, item, "a", "x".repeat(40_000), 1000);
    await expect(writeItemValue(caller, item, "b", "x".repeat(10_000), 1000)).rejects.toThrow(
      SESSION_DATA_TOO_LARGE.replace(/\.$/, ""),
    );
    expect(fake.sessionData.has("b")).toBe(false);
  });

  test("the values kept on a message are read in one call, each parsed; damaged and other ones left out", async () => {
    const { fake, office, caller } = pane();
    const item = office.context.mailbox.item;
    fake.sessionData.set("rg.trusted.v1", JSON.stringify(["fabrikam.com"]));
    fake.sessionData.set("rg.fixed.v1", "{not json");
    fake.sessionData.set("someone.else", JSON.stringify(1));
    await expect(
      readItemValues(caller, item, ["rg.trusted.v1", "rg.fixed.v1", "rg.none"], 1000),
    ).resolves.toEqual({
      "rg.trusted.v1": ["fabrikam.com"],
    });
    expect(fake.log.filter((op) => op.startsWith("session "))).toEqual(["session getAll"]);
  });

  test("where the client has no getAllAsync, each value is read on its own", async () => {
    const { fake, office, caller } = pane();
    const item = office.context.mailbox.item as { sessionData: { getAllAsync?: unknown } };
    delete item.sessionData.getAllAsync;
    fake.sessionData.set("rg.trusted.v1", JSON.stringify(["fabrikam.com"]));
    await expect(readItemValues(caller, item, ["rg.trusted.v1", "rg.fixed.v1"], 1000)).resolves.toEqual({
      "rg.trusted.v1": ["fabrikam.com"],
    });
    expect(fake.log.filter((op) => op.startsWith("session "))).toEqual(["session get", "session get"]);
  });
});

/**
 * Outlook on Android and iOS: Mailbox 1.5, whatever the manifest's floor, plus the later members
 * "Additional supported APIs" of docs/outlook/mobile-event-based.md lists for event-based add-ins
 * (office-js-docs-pr); versions from docs/outlook/outlook-mobile-apis.md.
 */
describe("phones", () => {
  /** A phone's Office: Mailbox 1.5, and its platform where Office gives it. */
  const phone = (platform = "Android", where: "diagnostics" | "context" = "diagnostics") => ({
    ...office("1.5"),
    context: {
      ...office("1.5").context,
      ...(where === "diagnostics" ? { diagnostics: { platform } } : { platform }),
    },
  });

  test("the exception is the documented list, and the adapter marks just the members of it it calls", () => {
    // The six of the docs, each with the app version outlook-mobile-apis.md gives it.
    const listed = Object.entries(MOBILE_EVENT_APIS).map(([api, version]) => `${api} ${version}`);
    expect(listed.join(", ")).toBe(
      "item.addFileAttachmentFromBase64Async 4.2352.0, item.disableClientSignatureAsync 4.2352.0, " +
        "item.from.getAsync 4.2352.0, item.getComposeTypeAsync 4.2352.0, " +
        "item.body.setSignatureAsync 4.2352.0, item.sessionData 4.2425.0",
    );
    const marked = Object.entries(OFFICE_APIS)
      .filter(([, rule]) => "mobile" in rule)
      .map(([api, rule]) => [api, (rule as { mobile: string }).mobile]);
    expect(marked).toEqual([
      ["sessionData.getAsync", "item.sessionData"],
      ["sessionData.getAllAsync", "item.sessionData"],
      ["sessionData.setAsync", "item.sessionData"],
      ["sessionData.removeAsync", "item.sessionData"],
      ["item.getComposeTypeAsync", "item.getComposeTypeAsync"],
    ]);
  });

  test.each([
    ["Android", "diagnostics"],
    ["iOS", "diagnostics"],
    ["Android", "context"],
    ["iOS", "context"],
  ] as const)(
    "%s (platform from Office.context.%s): getComposeTypeAsync and sessionData despite Mailbox 1.5, nothing else above it",
    (platform, where) => {
      const caller = createOfficeCaller(phone(platform, where));
      expect(caller.mobile).toBe(true);
      const offered = (Object.keys(OFFICE_APIS) as OfficeApiName[]).filter((api) => caller.offers(api));
      expect(offered.sort()).toEqual(
        [
          "recipients.getAsync",
          "recipients.setAsync",
          "recipients.addAsync",
          "roamingSettings.saveAsync",
          "notificationMessages.replaceAsync",
          "notificationMessages.removeAsync",
          "subject.getAsync",
          "userProfile.emailAddress",
          "item.getComposeTypeAsync",
          "sessionData.getAsync",
          "sessionData.getAllAsync",
          "sessionData.setAsync",
          "sessionData.removeAsync",
        ].sort(),
      );
      // The manifest's 1.12 floor does not hold on a phone: it has what it says.
      expect(caller.supports("1.5")).toBe(true);
      expect(caller.supports("1.8")).toBe(false);
      expect(caller.supports("1.12")).toBe(false);
    },
  );

  test.each(["PC", "OfficeOnline", "Mac"])("%s is no phone: the manifest's floor holds", (platform) => {
    const caller = createOfficeCaller({ ...office("1.12"), context: { ...office().context, platform } });
    expect(caller.mobile).toBe(false);
    expect(caller.supports("1.8")).toBe(true);
    expect(caller.offers("item.getAttachmentsAsync")).toBe(true);
  });

  /**
   * An item the way the Android and iOS host scripts build MessageCompose: every member present,
   * listed or not (test/office/mobile-host-scripts.test.ts), so presence proves nothing.
   */
  function everyMember() {
    const called: string[] = [];
    const answer =
      (name: string, value?: unknown) =>
      (...args: unknown[]) => {
        called.push(name);
        (args[args.length - 1] as AsyncCallback)({ status: "succeeded", value });
      };
    const item = {
      getComposeTypeAsync: answer("getComposeTypeAsync", { composeType: "reply", coercionType: "html" }),
      getAttachmentsAsync: answer("getAttachmentsAsync", []),
      internetHeaders: { setAsync: answer("internetHeaders.setAsync") },
      sessionData: {
        getAsync: answer("sessionData.getAsync", ""),
        getAllAsync: answer("sessionData.getAllAsync", { "rg.conversation.v1": '["fabrikam.com"]' }),
        setAsync: answer("sessionData.setAsync"),
      },
    };
    return { item, called };
  }

  test("with every member present, as the phones' host scripts have them, only the listed ones are called", async () => {
    const caller = createOfficeCaller(phone("iOS"));
    const { item, called } = everyMember();
    await expect(readComposeType(caller, item, 1000)).resolves.toBe("reply");
    await expect(writeItemValue(caller, item, "rg.conversation.v1", ["fabrikam.com"], 1000)).resolves.toBe(
      undefined,
    );
    await expect(readItemValues(caller, item, ["rg.conversation.v1"], 1000)).resolves.toEqual({
      "rg.conversation.v1": ["fabrikam.com"],
    });
    // Not in the list: never called on a phone.
    await expect(readAttachments(caller, item, 1000)).resolves.toBeUndefined();
    await expect(setItemHeader(caller, item, "X-Test", "1", 1000)).rejects.toThrow(
      "this item has no internet headers",
    );
    await expect(
      caller.call(
        "item.getAttachmentsAsync",
        "list the attachments",
        (cb) => item.getAttachmentsAsync(cb),
        1000,
      ),
    ).rejects.toThrow("This version of Outlook cannot list the attachments (it needs Mailbox 1.8).");
    expect(called).toEqual(["getComposeTypeAsync", "sessionData.setAsync", "sessionData.getAllAsync"]);
  });

  test("a session-data call the phone refuses by throwing fails like any other, and is never retried", async () => {
    const caller = createOfficeCaller(phone());
    const item = {
      sessionData: {
        getAsync: () => {
          throw new Error("The feature sessionData.getAsync, is only enabled on the beta api endpoint");
        },
        setAsync: () => {
          throw new Error("The feature sessionData.setAsync, is only enabled on the beta api endpoint");
        },
      },
    };
    await expect(writeItemValue(caller, item, "a", 1, 1000)).rejects.toThrow(
      "Outlook could not keep the decision on this message: The feature sessionData.setAsync, is only enabled on the beta api endpoint.",
    );
    await expect(readItemValues(caller, item, ["a"], 1000)).resolves.toEqual({});
    expect(caller.load).toEqual({ running: 0, waiting: 0 });
  });

  describe.each(["Android", "iOS"] as Platform[])("the fake Outlook on %s", (platform) => {
    type FakeItem = Record<string, unknown> & { sessionData?: object; internetHeaders?: object };
    const itemOf = (options: Parameters<typeof fakeOffice>[0]) =>
      (fakeOffice({ platform, ...options }).Office as { context: { mailbox: { item: FakeItem } } }).context
        .mailbox.item;

    test("offers exactly the listed members above 1.5, on a message only", () => {
      const message = itemOf({});
      expect(typeof message.getComposeTypeAsync).toBe("function");
      expect(Object.keys(message.sessionData ?? {}).sort()).toEqual([
        "getAllAsync",
        "getAsync",
        "removeAsync",
        "setAsync",
      ]);
      for (const absent of [
        "getAttachmentsAsync",
        "addHandlerAsync",
        "getInitializationContextAsync",
        "sendAsync",
      ])
        expect(message[absent]).toBeUndefined();
      expect((message.internetHeaders as { setAsync?: unknown }).setAsync).toBeUndefined();
      // Phones enable these in message compose only.
      const meeting = itemOf({ meeting: true });
      expect(meeting.sessionData).toBeUndefined();
      expect(meeting.getComposeTypeAsync).toBeUndefined();
    });

    test("with hostScriptMembers, every member is there, and one phones do not offer fails when called", async () => {
      const fake = fakeOffice({ platform, hostScriptMembers: true });
      const item = (fake.Office as { context: { mailbox: { item: FakeItem } } }).context.mailbox.item as {
        getAttachmentsAsync(cb: AsyncCallback): void;
        internetHeaders: { setAsync(h: object, cb: AsyncCallback): void };
      };
      const answer = await new Promise<unknown>((resolve) => item.getAttachmentsAsync(resolve));
      expect(answer).toEqual({
        status: "failed",
        error: { name: "Host Error", code: 5000, message: "The operation is not supported." },
      });
      expect(typeof item.internetHeaders.setAsync).toBe("function");
      expect(fake.log).toEqual(["unoffered item.getAttachmentsAsync"]);
    });

    test("as strict as Outlook: the permission, and at most 3 calls at once", async () => {
      const restricted = itemOf({ permission: "ReadItem" }) as {
        sessionData: { setAsync(n: string, v: string, cb: AsyncCallback): void };
      };
      expect(() => restricted.sessionData.setAsync("a", "1", () => undefined)).toThrow(
        "Elevated permission is required to call the method: 'sessionData.setAsync'.",
      );
      const fake = fakeOffice({ platform });
      fake.silent.add("get to"); // Outlook never answers the first three
      const item = (fake.Office as { context: { mailbox: { item: FakeItem } } }).context.mailbox.item as {
        to: { getAsync(cb: AsyncCallback): void };
      };
      for (let i = 0; i < 3; i++) item.to.getAsync(() => undefined);
      const fourth = await new Promise<unknown>((resolve) => item.to.getAsync(resolve));
      expect(fourth).toEqual({ status: "failed", error: { ...TOO_MANY_CALLS_ERROR } });
    });
  });
});
