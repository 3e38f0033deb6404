/**
 * The shared Office adapter (src/office): its table of members against the manifest, and the call
 * rules both the send handler and the pane rely on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DECLARED_PERMISSION,
  MANIFEST_MAILBOX_FLOOR,
  OFFICE_APIS,
  REFUSED_APIS,
  ROAMING_SETTINGS_TOO_LARGE,
  SESSION_DATA_TOO_LARGE,
  STORAGE_LIMITS,
  createOfficeCaller,
  permits,
  roamingSettingsStore,
  readItemValues,
  writeItemValue,
  type AsyncCallback,
} from "../../src/office";
import { fakeOffice } from "./fake-office";

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
