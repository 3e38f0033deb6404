import { existsSync } from "node:fs";
import { decodeAlertContext } from "../../src/shared/alert-context";
import { parseStamp, STAMP_HEADER } from "../../src/shared/stamp";
import { HANDLER_BUNDLE as BUNDLE, loadBuiltHandler } from "./es2016-runtime";
import {
  attachment,
  attachments,
  fakeEvent,
  fakeOffice,
  recipients,
  type FakeOfficeOptions,
} from "../office/fake-office";

type Handlers = Record<string, (event: unknown) => void>;

/** Loads the handlers from the TypeScript source, with `Office` as a global. */
function fromSource(options: FakeOfficeOptions): { handlers: Handlers; fake: ReturnType<typeof fakeOffice> } {
  const fake = fakeOffice(options);
  (globalThis as Record<string, unknown>).Office = fake.Office;
  jest.isolateModules(() => {
    require("../../src/launchevent/launchevent");
  });
  return { handlers: fake.handlers, fake };
}

/**
 * Loads the built bundle the way classic Outlook's JavaScript-only runtime does: one file, in a
 * context with Office and timers but no window, document or storage, and ES2016 built-ins only.
 */
function fromBundle(options: FakeOfficeOptions): { handlers: Handlers; fake: ReturnType<typeof fakeOffice> } {
  const fake = fakeOffice(options);
  loadBuiltHandler(fake.Office);
  return { handlers: fake.handlers, fake };
}

async function send(load: typeof fromSource, options: FakeOfficeOptions, handler = "onMessageSendHandler") {
  const { handlers, fake } = load(options);
  const { event, completion } = fakeEvent();
  handlers[handler]!(event);
  const options_ = await completion.done;
  await new Promise((r) => setTimeout(r, 20)); // let any stray second completion arrive
  return { options: options_ as Record<string, unknown>, calls: completion.calls, fake };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  jest.useRealTimers();
});

test("the bundle has been built by npm test", () => {
  expect(existsSync(BUNDLE)).toBe(true);
});

describe.each([
  ["source", fromSource],
  ["built bundle", fromBundle],
])("send handler (%s)", (_name, load) => {
  test("associates the message and meeting handler names", () => {
    const { handlers } = load({});
    expect(Object.keys(handlers).sort()).toEqual([
      "onAppointmentAttendeesChangedHandler",
      "onAppointmentSendHandler",
      "onMessageRecipientsChangedHandler",
      "onMessageSendHandler",
      "onNewMessageComposeHandler",
    ]);
  });

  describe("an organisation that asks for each outside domain to be confirmed", () => {
    const roamingPolicy = (externalRecipients: object) => ({
      "rg.policy.v1": {
        fetchedAt: "2026-11-01T00:00:00Z",
        policy: { internalDomains: ["contoso.com"], externalRecipients },
      },
    });

    test("the confirmations kept on the message count only when the policy asks for them, read with the rest in one call", async () => {
      const on = await send(load, {
        to: recipients("ann@contoso.com", "p@fabrikam.com"),
        mailbox: "1.14",
        roaming: roamingPolicy({ confirmDomains: true }),
      });
      expect(on.options.allowEvent).toBe(false);
      expect(on.options).not.toHaveProperty("sendModeOverride");
      expect(String(on.options.errorMessage)).toContain("confirm each outside domain");
      // This message's trusted domains, whether the pane fixed it, a reply's recorded domains and
      // the confirmations: one call for all (getAllAsync), not one each.
      expect(on.fake.log.filter((op) => op.startsWith("session "))).toEqual(["session getAll"]);
      const off = await send(load, {
        to: recipients("ann@contoso.com", "p@fabrikam.com"),
        mailbox: "1.14",
        roaming: roamingPolicy({}),
      });
      expect(off.options).toEqual({ allowEvent: true });
      expect(off.fake.log.filter((op) => op.startsWith("session "))).toEqual(["session getAll"]);
    });

    test("once the pane has kept every outside domain as confirmed, the message goes", async () => {
      const { handlers, fake } = load({
        to: recipients("ann@contoso.com", "p@fabrikam.com"),
        mailbox: "1.14",
        roaming: roamingPolicy({ confirmDomains: true }),
      });
      fake.sessionData.set("rg.confirmed.v1", JSON.stringify(["fabrikam.com"]));
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      expect(await completion.done).toEqual({ allowEvent: true });
    });
  });

  describe("a meeting invitation (OnAppointmentSend)", () => {
    const partners = (n: number) =>
      Array.from({ length: n }, (_, i) => `p${i}@${["fabrikam.com", "tailspintoys.com"][i % 2]}`);

    test("its attendees are checked, and Take Action opens the meeting form's pane", async () => {
      const { options, fake } = await send(
        load,
        {
          meeting: true,
          to: recipients("alice@example.org"),
          cc: recipients("ops@army.ml"),
          mailbox: "1.14",
        },
        "onAppointmentSendHandler",
      );
      expect(options).toMatchObject({
        allowEvent: false,
        sendModeOverride: "promptUser",
        commandId: "RecipientGuardMeetingReviewButton",
      });
      expect(String(options.errorMessage)).toContain("ops@army.ml");
      expect(String(options.errorMessage)).toContain("Mali");
      const context = decodeAlertContext(options.contextData);
      expect(context?.recipients).toEqual([
        expect.objectContaining({ field: "cc", emailAddress: "ops@army.ml", verdict: "warn" }),
      ]);
      // Outlook's meeting fields and its attachments were read, and nothing else (a meeting has no Bcc).
      expect(fake.log.filter((op) => op.startsWith("get ")).sort()).toEqual([
        "get attachments",
        "get optionalAttendees",
        "get requiredAttendees",
      ]);
      expect(fake.recipientWrites).toEqual([]);
    });

    test("clean attendees let the invitation go", async () => {
      const { options } = await send(
        load,
        { meeting: true, to: recipients("a@example.org"), cc: recipients("b@gmail.com") },
        "onAppointmentSendHandler",
      );
      expect(options).toEqual({ allowEvent: true });
    });

    test("many outside attendees are told apart from a message's: no Bcc to offer", async () => {
      const meeting = await send(
        load,
        { meeting: true, to: recipients(...partners(16)) },
        "onAppointmentSendHandler",
      );
      expect(meeting.options.allowEvent).toBe(false);
      expect(String(meeting.options.errorMessage)).toMatch(/Everyone invited will see 16 addresses/);
      expect(String(meeting.options.errorMessage)).not.toMatch(/Bcc/);
      const message = await send(load, { to: recipients(...partners(16)) });
      expect(String(message.options.errorMessage)).toMatch(/move them to Bcc/);
    });

    test("the early warning runs on attendee changes too", async () => {
      const { handlers, fake } = load({ meeting: true, to: recipients("ops@army.ml") });
      const { event, completion } = fakeEvent();
      handlers.onAppointmentAttendeesChangedHandler!(event);
      await completion.done;
      expect(fake.notifications.replaced).toHaveLength(1);
      expect(fake.notifications.replaced[0]!.message).toContain("ops@army.ml");
    });
  });

  test("ordinary recipients send without a dialog", async () => {
    const { options, calls } = await send(load, {
      to: recipients("a@example.org"),
      cc: recipients("b@gmail.com"),
    });
    expect(options).toEqual({ allowEvent: true });
    expect(calls).toHaveLength(1);
  });

  test("Mailbox 1.12: the Mali slip is stopped with plain words only", async () => {
    const { options } = await send(load, { to: recipients("ops@army.ml"), mailbox: "1.12" });
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("Mali");
    expect(options.errorMessage).toContain("ops@army.ml");
    for (const key of [
      "sendModeOverride",
      "commandId",
      "cancelLabel",
      "contextData",
      "errorMessageMarkdown",
    ]) {
      expect(options).not.toHaveProperty(key);
    }
  });

  test("Mailbox 1.14: a warning may be sent anyway, and Take Action opens the pane with the findings", async () => {
    const { options } = await send(load, {
      to: recipients("alice@example.org"),
      cc: recipients("ops@army.ml"),
      mailbox: "1.14",
    });
    expect(options).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
      commandId: "RecipientGuardReviewButton",
    });
    expect(String(options.cancelLabel).length).toBeLessThanOrEqual(20);
    expect(options).not.toHaveProperty("errorMessageMarkdown");
    const context = decodeAlertContext(options.contextData);
    expect(context?.recipients).toEqual([
      expect.objectContaining({ field: "cc", emailAddress: "ops@army.ml", verdict: "warn" }),
    ]);
    expect(context?.recipients[0]?.findings[0]?.suggestion).toBe("ops@army.mil");
  });

  test("Mailbox 1.15: Markdown is added, within 500 characters", async () => {
    const { options } = await send(load, { to: recipients("ops@army.ml"), mailbox: "1.15" });
    expect(typeof options.errorMessageMarkdown).toBe("string");
    expect(String(options.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
    expect(String(options.errorMessage).length).toBeLessThanOrEqual(500);
  });

  test("a look-alike is a hard block: no send-anyway override", async () => {
    const { options } = await send(load, { to: recipients("billing@\u0430pple.com"), mailbox: "1.15" });
    expect(options.allowEvent).toBe(false);
    expect(options).not.toHaveProperty("sendModeOverride");
  });

  test("a display name cannot inject Markdown links or formatting", async () => {
    const hostile = {
      kind: "ok" as const,
      value: [
        {
          emailAddress: "x@army.ml](https://evil.example)**",
          displayName: "[click](https://evil.example) <b>hi</b>",
        },
      ],
    };
    const { options } = await send(load, { to: hostile, mailbox: "1.15" });
    const markdown = String(options.errorMessageMarkdown);
    expect(markdown).not.toMatch(/[^\\]\]\(/); // no unescaped "](" that would start a link
    expect(markdown).not.toContain("<b>");
  });

  test("bidi and zero-width characters are made visible in the alert", async () => {
    const { options } = await send(load, { to: recipients("ops@ar\u202emy.ml"), mailbox: "1.15" });
    expect(String(options.errorMessage)).not.toContain("\u202e");
    expect(String(options.errorMessageMarkdown)).not.toContain("\u202e");
  });

  test("the handler never changes the recipients, whatever it finds", async () => {
    for (const to of [
      recipients("ops@army.ml"),
      recipients("billing@\u0430pple.com"),
      recipients("a@example.org"),
    ]) {
      const { fake } = await send(load, { to, mailbox: "1.15" });
      expect(fake.recipientWrites).toEqual([]);
    }
  });

  test("more than 15 outside addresses in To and Cc, from several organisations: a warning that advises Bcc", async () => {
    const partners = Array.from(
      { length: 16 },
      (_, i) => `p${i}@${["fabrikam.com", "tailspintoys.com"][i % 2]}`,
    );
    const { options } = await send(load, { to: recipients(...partners), mailbox: "1.14" });
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe("promptUser");
    expect(String(options.errorMessage)).toContain(
      "Everyone who gets this message will see 16 addresses outside your organisation in To and Cc. Unless they need to see each other, move them to Bcc.",
    );
    // The same people in Bcc see nobody: no warning.
    expect((await send(load, { bcc: recipients(...partners) })).options).toEqual({ allowEvent: true });
  });

  test("the user's own domain (userProfile) is inside the organisation", async () => {
    const colleagues = Array.from({ length: 20 }, (_, i) => `c${i}@contoso.com`);
    const message = { to: recipients(...colleagues, "x@fabrikam.com") };
    expect((await send(load, { ...message, userAddress: "me@contoso.com" })).options).toEqual({
      allowEvent: true,
    });
    expect((await send(load, { ...message, userAddress: "me@woodgrovebank.com" })).options.allowEvent).toBe(
      false,
    );
  });

  test("1,000 recipients are all checked and listed briefly", async () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      i % 100 === 0 ? `u${i}@army.ml` : `u${i}@example.org`,
    );
    const { options } = await send(load, { to: recipients(...many), mailbox: "1.14" });
    expect(options.allowEvent).toBe(false);
    expect(String(options.errorMessage)).toContain("10 addresses look wrong");
    expect(decodeAlertContext(options.contextData)?.recipients).toHaveLength(10);
  });

  test.each<[string, FakeOfficeOptions, RegExp]>([
    [
      "getAsync fails",
      { cc: { kind: "fail", message: "item busy" } },
      /could not read the Cc recipients: item busy/,
    ],
    [
      "getAsync throws",
      { bcc: { kind: "throw", message: "boom" } },
      /could not read the Bcc recipients: boom/,
    ],
    [
      "the value is null",
      { to: { kind: "ok", value: null } },
      /could not read the To recipients: it returned no list/,
    ],
    [
      "the value is undefined",
      { to: { kind: "ok", value: undefined } },
      /could not read the To recipients: it returned no list/,
    ],
    ["there is no item", { noItem: true }, /did not give access to the To field|could not check/],
  ])("when %s the check-failed action applies and says why", async (_case, options, why) => {
    const { options: completion, calls } = await send(load, { ...options, mailbox: "1.14" });
    expect(calls).toHaveLength(1);
    expect(completion.allowEvent).toBe(false);
    expect(completion.sendModeOverride).toBe("promptUser");
    expect(String(completion.errorMessage)).toMatch(why);
  });

  test("entries of the wrong type are unreadable addresses, not a crash", async () => {
    const { options } = await send(load, { to: { kind: "ok", value: [42, null, { emailAddress: 7 }, "x"] } });
    expect(options.allowEvent).toBe(false);
    expect(String(options.errorMessage)).toContain("can't be read");
  });

  test("Office answering twice completes the event once", async () => {
    const { calls } = await send(load, { to: { kind: "twice", value: [{ emailAddress: "a@example.org" }] } });
    expect(calls).toHaveLength(1);
  });

  test("Office never answering still completes the event, before Outlook's 5-second mark", async () => {
    jest.useFakeTimers();
    const { handlers } = load({ to: { kind: "silent" }, mailbox: "1.14" });
    const { event, completion } = fakeEvent();
    handlers.onMessageSendHandler!(event);
    jest.advanceTimersByTime(4000);
    const options = await completion.done;
    expect(options).toMatchObject({ allowEvent: false });
    expect(String(options?.errorMessage)).toContain("did not read the To recipients");
    expect(completion.calls).toHaveLength(1);
  });

  test("an organisation may set the check-failed action to allow", async () => {
    const roaming = {
      "rg.policy.v1": { fetchedAt: "2026-11-01T00:00:00Z", policy: { actions: { "check-failed": "allow" } } },
    };
    const { options } = await send(load, { to: { kind: "fail", message: "x" }, roaming });
    expect(options).toEqual({ allowEvent: true });
  });

  test("a cached organisation policy from roaming settings is applied", async () => {
    const roaming = {
      "rg.policy.v1": { fetchedAt: "2026-11-01T00:00:00Z", policy: { blockedDomains: ["example.org"] } },
    };
    const { options } = await send(load, { to: recipients("a@example.org"), roaming, mailbox: "1.14" });
    expect(options.allowEvent).toBe(false);
    expect(options).not.toHaveProperty("sendModeOverride");
  });

  test("a group outside the organisation: information by default, the policy's action when it sets one", async () => {
    const team = {
      kind: "ok" as const,
      value: [
        {
          emailAddress: "project-team@fabrikam.com",
          displayName: "Project team",
          recipientType: "distributionList",
        },
      ],
    };
    expect((await send(load, { to: team })).options).toEqual({ allowEvent: true });
    const roaming = {
      "rg.policy.v1": {
        fetchedAt: "2026-11-01T00:00:00Z",
        policy: { actions: { "group-recipient": "warn" } },
      },
    };
    const { options } = await send(load, { to: team, roaming, mailbox: "1.14" });
    expect(options.allowEvent).toBe(false);
    expect(String(options.errorMessage)).toContain(
      "is a group outside your organisation: its members are not checked",
    );
  });

  test("a policy stored between two sends in one runtime takes effect on the second", async () => {
    const { handlers, fake } = load({ to: recipients("a@example.org") });
    const sendOnce = async () => {
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      return (await completion.done) as Record<string, unknown>;
    };
    expect(await sendOnce()).toEqual({ allowEvent: true });
    const settings = (
      fake.Office as unknown as { context: { roamingSettings: { set(k: string, v: unknown): void } } }
    ).context.roamingSettings;
    settings.set("rg.policy.v1", {
      fetchedAt: "2026-11-01T00:00:00Z",
      policy: { blockedDomains: ["example.org"] },
    });
    expect((await sendOnce()).allowEvent).toBe(false);
    settings.set("rg.policy.v1", { fetchedAt: "2026-11-02T00:00:00Z", policy: {} });
    expect(await sendOnce()).toEqual({ allowEvent: true });
  });

  test("a damaged cache and unreadable settings fall back to the bundled policy", async () => {
    for (const roaming of [
      { "rg.policy.v1": "garbage" },
      { "rg.policy.v1": { fetchedAt: 1, policy: {} } },
      { "rg.trusted.v1": [1, 2] },
    ]) {
      expect((await send(load, { to: recipients("ops@army.ml"), roaming })).options.allowEvent).toBe(false);
      expect((await send(load, { to: recipients("a@example.org"), roaming })).options).toEqual({
        allowEvent: true,
      });
    }
    expect((await send(load, { to: recipients("a@example.org"), roamingThrows: true })).options).toEqual({
      allowEvent: true,
    });
  });

  test("the user's own trusted domains let a domain through", async () => {
    const { options } = await send(load, {
      to: recipients("ops@army.ml"),
      roaming: { "rg.trusted.v1": ["army.ml"] },
    });
    expect(options).toEqual({ allowEvent: true });
  });

  test("a completed() that throws does not crash the handler", async () => {
    const { handlers } = load({ to: recipients("a@example.org") });
    let calls = 0;
    handlers.onMessageSendHandler!({
      completed() {
        calls++;
        throw new Error("Outlook refused");
      },
    });
    // Wait for the completion (a loaded machine may take a while), then a little for a second one.
    for (let waited = 0; calls === 0 && waited < 3000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toBe(1);
  });

  describe("attachments going outside (issue 12, part 3)", () => {
    const withPolicy = (policy: object) => ({
      "rg.policy.v1": {
        fetchedAt: "2026-11-01T00:00:00Z",
        policy: { internalDomains: ["contoso.com"], ...policy },
      },
    });
    const KEYWORDS = withPolicy({
      keywords: [{ words: ["OFFICIAL-SENSITIVE", "SECRET"], action: "block" }, { words: ["personal data"] }],
    });
    const gets = (fake: ReturnType<typeof fakeOffice>, op: string) => fake.log.filter((o) => o === op).length;

    test("by default they are information: the message goes, and the subject is not read", async () => {
      const { options, fake } = await send(load, {
        to: recipients("ann@contoso.com", "p@fabrikam.com"),
        attachments: attachments(attachment("budget.xlsx", 120_000), attachment("SECRET.docx", 900)),
        subject: { kind: "ok", value: "SECRET" },
        roaming: withPolicy({}),
      });
      expect(options).toEqual({ allowEvent: true });
      expect(gets(fake, "get attachments")).toBe(1);
      expect(gets(fake, "get subject")).toBe(0);
    });

    test("a keyword in the subject of mail going outside takes its list's action; only then is the subject read", async () => {
      const { options, fake } = await send(load, {
        to: recipients("p@fabrikam.com"),
        subject: { kind: "ok", value: "Re: SECRET – the plans" },
        mailbox: "1.15",
        roaming: KEYWORDS,
      });
      expect(options).toMatchObject({ allowEvent: false });
      expect(options).not.toHaveProperty("sendModeOverride");
      expect(String(options.errorMessage)).toContain('The subject has the keyword "SECRET"');
      expect(String(options.errorMessageMarkdown)).toContain("fabrikam.com");
      expect(gets(fake, "get subject")).toBe(1);
      expect(decodeAlertContext(options.contextData)?.messageFindings).toEqual([
        expect.objectContaining({ code: "sensitive-keyword", severity: "block" }),
      ]);
    });

    test("a keyword in an attachment's name warns (Send Anyway), and the alert names the attachments", async () => {
      const { options } = await send(load, {
        to: recipients("ann@contoso.com", "p@fabrikam.com"),
        attachments: attachments(attachment("Personal_Data.csv", 2048), attachment("image001.png", 10, true)),
        mailbox: "1.14",
        roaming: KEYWORDS,
      });
      expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
      expect(String(options.errorMessage)).toContain('has the keyword "personal data"');
      expect(String(options.errorMessage)).toContain("Personal_Data.csv (2 KB)");
      expect(String(options.errorMessage)).not.toContain("image001.png");
    });

    test("colleagues only: no keyword is anyone's business", async () => {
      const { options } = await send(load, {
        to: recipients("ann@contoso.com"),
        attachments: attachments(attachment("SECRET.docx", 900)),
        subject: { kind: "ok", value: "SECRET" },
        roaming: KEYWORDS,
      });
      expect(options).toEqual({ allowEvent: true });
    });

    test("ten attachments with long names and a slip: the alert stays within 500 characters", async () => {
      const long = Array.from({ length: 10 }, (_, i) =>
        attachment(`${"quarterly-report-for-the-board-".repeat(4)}${i}_*[x](https://e.example).xlsx`, 5e6),
      );
      const { options } = await send(load, {
        to: recipients("ops@army.ml", "a@fabrikam.com", "b@tailspintoys.com"),
        attachments: attachments(...long),
        subject: { kind: "ok", value: `SECRET ${"x".repeat(250)}` },
        mailbox: "1.15",
        roaming: KEYWORDS,
      });
      expect(options.allowEvent).toBe(false);
      expect(String(options.errorMessage).length).toBeLessThanOrEqual(500);
      expect(String(options.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
      expect(String(options.errorMessageMarkdown)).not.toContain("](https://");
    });

    test("Outlook failing to list the attachments never stops a message on its own by default", async () => {
      const failing = { kind: "fail", message: "An internal error has occurred." } as const;
      const quiet = await send(load, {
        to: recipients("p@fabrikam.com"),
        attachments: failing,
        roaming: withPolicy({}),
      });
      expect(quiet.options).toEqual({ allowEvent: true });
      // Where the policy acts on content, the policy's check-failed action (warn: Send Anyway).
      const strict = await send(load, {
        to: recipients("p@fabrikam.com"),
        attachments: failing,
        mailbox: "1.14",
        roaming: KEYWORDS,
      });
      expect(strict.options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
      expect(String(strict.options.errorMessage)).toContain(
        "could not read the attachments and subject (Outlook could not list the attachments: An internal error has occurred)",
      );
      // A slip is still reported as a slip.
      const slip = await send(load, { to: recipients("ops@army.ml"), attachments: failing, mailbox: "1.14" });
      expect(decodeAlertContext(slip.options.contextData)?.recipients[0]?.findings[0]?.code).toBe(
        "suffix-slip",
      );
    });

    test("a getAttachmentsAsync that throws, or answers with no list, is the same note", async () => {
      for (const behaviour of [
        { kind: "throw", message: "boom" },
        { kind: "ok", value: null },
      ] as const) {
        const { options } = await send(load, { to: recipients("p@fabrikam.com"), attachments: behaviour });
        expect(options).toEqual({ allowEvent: true });
      }
    });

    test("a meeting's attachments are read and named the same way", async () => {
      const { options, fake } = await send(
        load,
        {
          meeting: true,
          to: recipients("p@fabrikam.com"),
          attachments: attachments(attachment("SECRET agenda.docx", 4096)),
          mailbox: "1.14",
          roaming: KEYWORDS,
        },
        "onAppointmentSendHandler",
      );
      expect(options).toMatchObject({ allowEvent: false, commandId: "RecipientGuardMeetingReviewButton" });
      expect(String(options.errorMessage)).toContain(
        'The name of the attachment "SECRET agenda.docx" has the keyword "SECRET"',
      );
      expect(gets(fake, "get subject")).toBe(1);
    });

    test("on the web the extra reads stay within three calls at once", async () => {
      const { options, fake } = await send(load, {
        to: recipients("p@fabrikam.com"),
        cc: recipients("q@fabrikam.com"),
        bcc: recipients("r@fabrikam.com"),
        attachments: attachments(attachment("a.pdf", 1)),
        platform: "OfficeOnline",
        mailbox: "1.15",
        roaming: KEYWORDS,
      });
      expect(options).toEqual({ allowEvent: true });
      expect(fake.maxConcurrent).toBeLessThanOrEqual(3);
      expect(gets(fake, "get attachments") + gets(fake, "get subject")).toBe(2);
    });
  });

  describe("replies that add outsiders (issue 12, part 4)", () => {
    const RECORD = "rg.conversation.v1";
    const withActions = (actions: object) => ({
      "rg.policy.v1": {
        fetchedAt: "2026-11-01T00:00:00Z",
        policy: { internalDomains: ["contoso.com"], actions },
      },
    });

    /** OnNewMessageCompose on the item: resolves with what event.completed was given, each time. */
    async function created(options: FakeOfficeOptions) {
      const loaded = load(options);
      const { event, completion } = fakeEvent();
      loaded.handlers.onNewMessageComposeHandler!(event);
      await completion.done;
      await new Promise((r) => setTimeout(r, 10));
      return { ...loaded, calls: completion.calls };
    }

    test("a reply keeps the registrable domains Outlook put on it, read as the checker reads them", async () => {
      const { fake, calls } = await created({
        composeType: "reply",
        to: recipients("p@fabrikam.com"),
        cc: recipients("ann@contoso.com", "q@mail.northwind.co.uk", "r@FABRIKAM.com"),
        platform: "OfficeOnline",
      });
      expect(calls).toEqual([undefined]);
      expect(JSON.parse(fake.sessionData.get(RECORD)!)).toEqual([
        "fabrikam.com",
        "contoso.com",
        "northwind.co.uk",
      ]);
      expect(fake.log.slice(0, 1)).toEqual(["get composeType"]);
      expect(fake.maxConcurrent).toBeLessThanOrEqual(3);
      expect(fake.recipientWrites).toEqual([]);
    });

    test.each(["newMail", "forward"] as const)(
      "a %s records nothing: there is no conversation to compare with",
      async (composeType) => {
        const { fake, calls } = await created({ composeType, to: recipients("p@fabrikam.com") });
        expect(calls).toEqual([undefined]);
        expect(fake.log).toEqual(["get composeType"]);
        expect(fake.sessionData.has(RECORD)).toBe(false);
      },
    );

    test("a meeting, or an Outlook that cannot tell, records nothing and still completes", async () => {
      const meeting = await created({ meeting: true, to: recipients("p@fabrikam.com") });
      expect(meeting.calls).toEqual([undefined]);
      expect(meeting.fake.log).toEqual([]);
      const broken = load({ composeType: "reply", to: recipients("p@fabrikam.com") });
      broken.fake.fail["get composeType"] = "The operation failed.";
      const { event, completion } = fakeEvent();
      broken.handlers.onNewMessageComposeHandler!(event);
      await completion.done;
      expect(completion.calls).toEqual([undefined]);
      expect(broken.fake.sessionData.has(RECORD)).toBe(false);
    });

    test("by default an added domain is information: the reply goes", async () => {
      const { handlers, fake } = await created({ composeType: "reply", to: recipients("p@fabrikam.com") });
      fake.fields.to = recipients("p@fabrikam.com", "x@example.net");
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      expect(await completion.done).toEqual({ allowEvent: true });
    });

    /** A reply to P at fabrikam.com, on a client with Send Anyway, under a policy that asks about additions. */
    const WARNED_REPLY: FakeOfficeOptions = {
      composeType: "reply",
      to: recipients("p@fabrikam.com"),
      mailbox: "1.14",
      roaming: withActions({ "added-outside-domain": "warn" }),
    };

    test("with the action warn, the alert names the added domain, and Send Anyway is offered", async () => {
      const { handlers, fake } = await created(WARNED_REPLY);
      // The user adds a colleague, someone else at fabrikam.com's mail host, and an outsider.
      fake.fields.to = recipients(
        "p@fabrikam.com",
        "s@mail.fabrikam.com",
        "ann@contoso.com",
        "x@example.net",
      );
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      const options = (await completion.done) as Record<string, unknown>;
      expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
      expect(String(options.errorMessage)).toContain('You added "example.net" to this conversation');
      // The heading says what this is about, not that an address looks wrong.
      expect(String(options.errorMessage).split("\n")[0]).toBe(
        "Recipient Guard: you added an outside address to this conversation.",
      );
      const context = decodeAlertContext(options.contextData);
      expect(context?.recipients.map((r) => [r.emailAddress, r.findings.map((f) => f.code)])).toEqual([
        ["x@example.net", ["added-outside-domain"]],
      ]);
    });

    test("a group added to a reply: the early warning and the alert say it was added, not only that it is a group", async () => {
      const { handlers, fake } = await created(WARNED_REPLY);
      // A group's note (information) comes before the addition among its findings.
      fake.fields.cc = {
        kind: "ok",
        value: [{ emailAddress: "team@example.net", displayName: "Team", recipientType: "distributionList" }],
      };
      const early = fakeEvent();
      handlers.onMessageRecipientsChangedHandler!(early.event);
      await early.completion.done;
      await new Promise((r) => setTimeout(r, 10));
      expect(fake.notifications.replaced[0]!.message).toBe(
        'Check team@example.net: You added "example.net" to this conversation: the message you are replying to did not go there.',
      );
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      const message = String(((await completion.done) as Record<string, unknown>).errorMessage);
      expect(message.split("\n").slice(0, 2)).toEqual([
        "Recipient Guard: you added an outside address to this conversation.",
        '• team@example.net: You added "example.net" to this conversation: the message you are replying to did not go there.',
      ]);
    });

    test("a message with no record (a new one, a forward) never has this finding", async () => {
      const { options } = await send(load, {
        to: recipients("x@example.net"),
        roaming: withActions({ "added-outside-domain": "block" }),
      });
      expect(options).toEqual({ allowEvent: true });
    });

    // Outlook on Android and iOS run OnNewMessageCompose (Version 4.2352.0) and the early warning
    // (4.2425.0), with getComposeTypeAsync and session data despite their Mailbox 1.5
    // (mobile-event-based.md, "Additional supported APIs"); no send check runs there.
    describe.each(["Android", "iOS"] as const)("on a phone (%s)", (platform) => {
      // Every member present, as the phones' host scripts have them: only the listed ones may be called.
      const PHONE: FakeOfficeOptions = {
        platform,
        hostScriptMembers: true,
        composeType: "reply",
        to: recipients("p@fabrikam.com"),
        cc: recipients("ann@contoso.com"),
        roaming: withActions({ "added-outside-domain": "warn" }),
      };

      test("a reply is recorded, and the early warning names an outside domain added to it", async () => {
        const { handlers, fake, calls } = await created(PHONE);
        expect(calls).toEqual([undefined]);
        expect(JSON.parse(fake.sessionData.get(RECORD)!)).toEqual(["fabrikam.com", "contoso.com"]);
        fake.fields.cc = recipients("ann@contoso.com", "q@fabrikam.com", "x@example.net");
        const early = fakeEvent();
        handlers.onMessageRecipientsChangedHandler!(early.event);
        await early.completion.done;
        await new Promise((r) => setTimeout(r, 10));
        expect(early.completion.calls).toEqual([undefined]);
        expect(fake.notifications.replaced.map((n) => n.message)).toEqual([
          'Check x@example.net: You added "example.net" to this conversation: the message you are replying to did not go there.',
        ]);
        // Only what phones offer: no attachments list, no stamp, no item events; three calls at most.
        expect(fake.log.filter((op) => op.startsWith("unoffered "))).toEqual([]);
        expect(fake.log.filter((op) => op.startsWith("session "))).toEqual(["session set", "session getAll"]);
        expect(fake.maxConcurrent).toBeLessThanOrEqual(3);
        expect(fake.recipientWrites).toEqual([]);
      });

      test("where the phone's Office.js refuses session data (marked beta), nothing is recorded or said, and slips are still flagged", async () => {
        const { handlers, fake, calls } = await created({ ...PHONE, sessionDataBeta: true });
        expect(calls).toEqual([undefined]);
        expect(fake.sessionData.size).toBe(0);
        fake.fields.cc = recipients("x@example.net", "ops@army.ml");
        const early = fakeEvent();
        handlers.onMessageRecipientsChangedHandler!(early.event);
        await early.completion.done;
        await new Promise((r) => setTimeout(r, 10));
        const bar = fake.notifications.replaced.map((n) => n.message).join("\n");
        expect(bar).toContain("ops@army.ml");
        expect(bar).not.toContain("You added");
        expect(fake.log.filter((op) => op.startsWith("unoffered "))).toEqual([]);
      });
    });

    test("the early warning says so while the user writes", async () => {
      const { handlers, fake } = await created({
        composeType: "reply",
        to: recipients("p@fabrikam.com"),
        roaming: withActions({ "added-outside-domain": "warn" }),
      });
      fake.fields.cc = recipients("x@example.net");
      const { event, completion } = fakeEvent();
      handlers.onMessageRecipientsChangedHandler!(event);
      await completion.done;
      await new Promise((r) => setTimeout(r, 10));
      expect(fake.notifications.replaced[0]!.message).toBe(
        'Check x@example.net: You added "example.net" to this conversation: the message you are replying to did not go there.',
      );
    });
  });

  describe("the stamp on the message (X-Recipient-Guard, issue 13)", () => {
    /** Sends with session data already on the message, as the pane would have kept it. */
    async function sendWith(options: FakeOfficeOptions, session: Record<string, unknown> = {}) {
      const { handlers, fake } = load(options);
      for (const [name, value] of Object.entries(session)) fake.sessionData.set(name, JSON.stringify(value));
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      const completed = (await completion.done) as Record<string, unknown>;
      return { completed, fake, stamp: parseStamp(fake.internetHeaders.get(STAMP_HEADER) ?? "") };
    }
    const blockedPolicy = {
      "rg.policy.v1": { fetchedAt: "2026-11-01T00:00:00Z", policy: { blockedDomains: ["example.org"] } },
    };

    test("a clean message says so, with the add-in's version and no address", async () => {
      const { completed, fake, stamp } = await sendWith({ to: recipients("ann@example.org") });
      expect(completed).toEqual({ allowEvent: true });
      expect(stamp).toEqual({ version: expect.any(String), verdict: "allow", codes: [], user: "clean" });
      expect([...fake.internetHeaders.keys()]).toEqual(["X-Recipient-Guard"]);
      expect(fake.internetHeaders.get(STAMP_HEADER)).not.toContain("@");
      expect(fake.internetHeaders.get(STAMP_HEADER)).not.toContain("example");
    });

    test("a warning that offers Send Anyway is stamped sent-anyway, with its finding codes", async () => {
      const { completed, stamp } = await sendWith({ to: recipients("ops@army.ml"), mailbox: "1.14" });
      expect(completed).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
      expect(stamp).toMatchObject({ verdict: "warn", codes: ["suffix-slip"], user: "sent-anyway" });
    });

    test("a warning the client cannot offer Send Anyway for, and a block, are stamped stopped", async () => {
      const old = await sendWith({ to: recipients("ops@army.ml"), mailbox: "1.12" });
      expect(old.completed).not.toHaveProperty("sendModeOverride");
      expect(old.stamp).toMatchObject({ verdict: "warn", user: "stopped" });
      const blocked = await sendWith({
        to: recipients("a@example.org"),
        mailbox: "1.14",
        roaming: blockedPolicy,
      });
      expect(blocked.completed.allowEvent).toBe(false);
      expect(blocked.stamp).toMatchObject({ verdict: "block", codes: ["blocked-domain"], user: "stopped" });
    });

    test("what the pane did on the message: fixed, or accepted (trusted or confirmed)", async () => {
      const fixed = await sendWith({ to: recipients("ops@army.mil") }, { "rg.fixed.v1": true });
      expect(fixed.stamp).toMatchObject({ verdict: "allow", user: "fixed" });
      const trusted = await sendWith({ to: recipients("ops@army.ml") }, { "rg.trusted.v1": ["army.ml"] });
      expect(trusted.completed).toEqual({ allowEvent: true });
      expect(trusted.stamp).toMatchObject({ verdict: "allow", user: "confirmed" });
      // A fix followed by a new slip the user sends anyway is what it ends as.
      const again = await sendWith(
        { to: recipients("ops@army.ml"), mailbox: "1.14" },
        { "rg.fixed.v1": true },
      );
      expect(again.stamp).toMatchObject({ verdict: "warn", user: "sent-anyway" });
    });

    test("a send while the pane is writing recipients waits for it, with no Send Anyway and no stamp", async () => {
      // Move to Bcc writes Bcc, then To: in between, every moved address is on the message twice.
      const visible = Array.from({ length: 20 }, (_, i) => `p${i}@org${i}.com`);
      const midMove = { to: recipients(...visible), bcc: recipients(...visible), mailbox: "1.14" };
      const waiting = await sendWith(midMove, { "rg.changing.v1": Date.now() - 1000 });
      expect(waiting.completed).toMatchObject({ allowEvent: false, cancelLabel: "Review recipients" });
      expect(waiting.completed).not.toHaveProperty("sendModeOverride");
      expect(waiting.completed.errorMessage).toMatch(/still changing the recipients/);
      expect(waiting.fake.internetHeaders.size).toBe(0);
      // Finished (0), or a mark left by a pane closed long ago: the message is checked as usual.
      const finished = await sendWith(midMove, { "rg.changing.v1": 0 });
      expect(finished.completed.errorMessage ?? "").not.toMatch(/still changing/);
      expect(finished.stamp).toMatchObject({ codes: ["visible-external-recipients"] });
      const stale = await sendWith(midMove, { "rg.changing.v1": Date.now() - 60000 });
      expect(stale.stamp).toMatchObject({ codes: ["visible-external-recipients"] });
    });

    test("the send the early warning already checked is stamped the same way", async () => {
      const { handlers, fake } = load({ to: recipients("ops@army.ml"), mailbox: "1.14" });
      const early = fakeEvent();
      handlers.onMessageRecipientsChangedHandler!(early.event);
      await early.completion.done;
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      expect(await completion.done).toMatchObject({ allowEvent: false });
      expect(parseStamp(fake.internetHeaders.get(STAMP_HEADER) ?? "")).toMatchObject({
        verdict: "warn",
        codes: ["suffix-slip"],
        user: "sent-anyway",
      });
    });

    test("a stamp Outlook refuses never changes the decision", async () => {
      const { handlers, fake } = load({ to: recipients("ann@example.org") });
      fake.fail["headers set"] = "The Exchange server returned an error.";
      const { event, completion } = fakeEvent();
      handlers.onMessageSendHandler!(event);
      expect(await completion.done).toEqual({ allowEvent: true });
      expect(fake.log).toContain("headers set");
      expect(fake.internetHeaders.size).toBe(0);
    });

    test("a check that could not run writes no stamp: the server treats the message as unchecked", async () => {
      const { completed, fake } = await sendWith({
        to: { kind: "fail", message: "Outlook is busy." },
        mailbox: "1.14",
      });
      expect(String(completed.errorMessage)).toContain("could not check");
      expect(fake.log).not.toContain("headers set");
    });

    test("a meeting has no internet headers: the invitation is decided without a stamp", async () => {
      const { handlers, fake } = load({ meeting: true, to: recipients("ops@army.ml"), mailbox: "1.14" });
      const { event, completion } = fakeEvent();
      handlers.onAppointmentSendHandler!(event);
      expect(await completion.done).toMatchObject({ allowEvent: false });
      expect(fake.log).not.toContain("headers set");
    });
  });

  describe("early warning while writing", () => {
    async function change(options: FakeOfficeOptions) {
      const { handlers, fake } = load(options);
      const { event, completion } = fakeEvent();
      handlers.onMessageRecipientsChangedHandler!(event);
      await completion.done;
      await new Promise((r) => setTimeout(r, 10));
      return { fake, calls: completion.calls };
    }

    test("a slip shows a notification bar of at most 150 characters", async () => {
      const { fake, calls } = await change({ to: recipients("ops@army.ml") });
      expect(calls).toEqual([undefined]);
      expect(fake.notifications.replaced).toHaveLength(1);
      expect(fake.notifications.replaced[0]!.message).toContain("ops@army.ml");
      expect(fake.notifications.replaced[0]!.message.length).toBeLessThanOrEqual(150);
    });

    test("clean recipients remove the bar", async () => {
      const { fake } = await change({ to: recipients("a@example.org") });
      expect(fake.notifications.removed).toEqual(["recipientGuardWarning"]);
    });

    test("a failure never gets in the way", async () => {
      const { fake, calls } = await change({ to: { kind: "fail", message: "x" } });
      expect(calls).toHaveLength(1);
      expect(fake.notifications.replaced).toHaveLength(0);
    });

    test("on a phone (Mailbox 1.5, no getAttachmentsAsync) the recipients are checked as before", async () => {
      // With every member present, as the phones' host scripts have them.
      const { fake, calls } = await change({
        to: recipients("ops@army.ml"),
        platform: "Android",
        hostScriptMembers: true,
      });
      expect(calls).toEqual([undefined]);
      expect(fake.log.filter((op) => op.startsWith("unoffered ") || op === "get attachments")).toEqual([]);
      expect(fake.notifications.replaced[0]!.message).toContain("ops@army.ml");
    });
  });
});

describe("while Outlook reads the recipients (source)", () => {
  const roaming = {
    "rg.policy.v1": { fetchedAt: "2026-11-01T00:00:00Z", policy: { trustedDomains: ["contoso.com"] } },
  };

  /** The source handler with createChecker watched: the trusted domains of each checker built. */
  function watched(options: FakeOfficeOptions): { fake: ReturnType<typeof fakeOffice>; built: string[][] } {
    const fake = fakeOffice(options);
    (globalThis as Record<string, unknown>).Office = fake.Office;
    const built: string[][] = [];
    jest.isolateModules(() => {
      const checker = require("../../src/checker/checker") as typeof import("../../src/checker/checker");
      const real = checker.createChecker;
      jest.spyOn(checker, "createChecker").mockImplementation((policy) => {
        built.push(policy.trustedDomains.map((d) => d.domain));
        return real(policy);
      });
      require("../../src/launchevent/launchevent");
    });
    return { fake, built };
  }

  test("the send handler builds the policy's index before Outlook answers, and uses it for the answer", async () => {
    jest.useFakeTimers();
    const { fake, built } = watched({ to: recipients("a@contoso.com", "b@contoso.co"), roaming });
    const { event, completion } = fakeEvent();
    fake.handlers.onMessageSendHandler!(event);
    // Nothing has answered yet (the fake's callbacks wait for the next timer tick).
    expect(built).toEqual([["contoso.com"]]);
    expect(completion.calls).toHaveLength(0);
    // The answers, then the stamp on the message.
    await jest.advanceTimersByTimeAsync(20);
    const options = await completion.done;
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("b@contoso.co");
    expect(String(options?.errorMessage)).not.toContain("a@contoso.com");
    expect(built).toHaveLength(1);
  });

  test("so does early warning", () => {
    jest.useFakeTimers();
    const { fake, built } = watched({ to: { kind: "silent" }, roaming });
    fake.handlers.onMessageRecipientsChangedHandler!(fakeEvent().event);
    expect(built).toEqual([["contoso.com"]]);
  });
});
