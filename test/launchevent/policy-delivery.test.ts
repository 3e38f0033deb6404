/**
 * Policy delivery to the send handler, in the runtime classic Outlook on Windows gives it: one file,
 * OfficeRuntime.storage (asynchronous, answering on a later turn) and fetch, no page, no
 * localStorage. The early-warning event downloads policy.json at most every 6 hours and keeps it
 * in OfficeRuntime.storage; the send event reads it from there and never downloads.
 */
import { existsSync } from "node:fs";
import { decodeStoredPolicy, encodeStoredPolicy } from "../../src/shared/policy-codec";
import { bundledFingerprint, POLICY_KEYS } from "../../src/shared/policy-store";
import bundledPolicy from "../../config/policy.json";
import { recipients } from "../office/fake-office";
import {
  BUNDLE,
  POLICY_URL,
  fire,
  fromBundle,
  fromSource,
  restoreGlobals,
  runtimeStorage,
  server,
  stored,
} from "./classic-runtime";

afterEach(restoreGlobals);

test("the bundle has been built (npm test builds before jest)", () => {
  expect(existsSync(BUNDLE)).toBe(true);
});

describe.each([
  ["built bundle", fromBundle, "https://localhost:3000/policy.json"],
  ["source", fromSource, POLICY_URL],
])("policy delivery, classic Outlook's runtime (%s)", (name, load, expectedUrl) => {
  test("the early-warning event downloads policy.json into OfficeRuntime.storage, and the next send uses it", async () => {
    const { data, storage } = runtimeStorage();
    const web = server({ version: 1, blockedDomains: ["example.org"] });
    const first = load({ to: recipients("a@example.org") }, storage, web.fetch);
    await fire(first, "onMessageRecipientsChangedHandler");
    expect(web.requests).toEqual([expectedUrl]);
    expect(data.get(POLICY_KEYS.policy)).toMatch(/^RG-POLICY 2\n/);
    // Classic Outlook starts a fresh runtime for the send: only the storage carries over.
    const second = load({ to: recipients("a@example.org") }, storage, web.fetch);
    const { options } = await fire(second, "onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("a@example.org");
    expect(web.requests).toHaveLength(1);
  });

  test("the early-warning event seals the copy it stores; the send takes a copy sealed with its own rules as it is, and validates any other", async () => {
    const { data, storage } = runtimeStorage();
    const web = server({ version: 1, blockedDomains: ["example.org"] });
    await fire(
      load({ to: recipients("a@example.org") }, storage, web.fetch),
      "onMessageRecipientsChangedHandler",
    );
    const decoded = decodeStoredPolicy(data.get(POLICY_KEYS.policy));
    if (!decoded.ok) throw new Error(decoded.reason);
    const rules = decoded.stored.rules;
    // The bundle carries the hash webpack.config.js made of the checker's sources; the source does not.
    expect(rules).toMatch(name === "built bundle" ? /^[0-9a-f]{16}$/ : /^unbuilt$/);
    // A copy that fails validation ("com" may not be trusted): in force only when sealed with these
    // rules, which shows the send did not validate it. Only refreshPolicy, after validating a
    // download, stores a sealed copy in the add-in's own storage: the trust boundary.
    const sendTo = async (sealedWith: string) => {
      const copy = encodeStoredPolicy({
        fetchedAt: "2026-11-20T00:00:00.000Z",
        bundled: bundledFingerprint(bundledPolicy),
        rules: sealedWith,
        policy: { blockedDomains: ["example.org"], trustedDomains: ["com"] },
      });
      const runtime = load(
        { to: recipients("a@example.org") },
        runtimeStorage({ [POLICY_KEYS.policy]: copy }).storage,
        web.fetch,
      );
      return (await fire(runtime, "onMessageSendHandler")).options;
    };
    expect((await sendTo(rules!))?.allowEvent).toBe(false);
    // Sealed by another build: validated, refused, and the built-in policy applies.
    expect((await sendTo("0123456789abcdef"))?.allowEvent).toBe(true);
    expect(web.requests).toHaveLength(1);
  });

  test("the send event never downloads, however old the last check", async () => {
    const { storage } = runtimeStorage({ [POLICY_KEYS.checkedAt]: "2020-01-01T00:00:00.000Z" });
    const web = server({ version: 1 });
    const runtime = load({ to: recipients("a@example.org") }, storage, web.fetch);
    const { options } = await fire(runtime, "onMessageSendHandler");
    expect(options?.allowEvent).toBe(true);
    expect(web.requests).toEqual([]);
  });

  test("not again within 6 hours of the last check", async () => {
    const { storage } = runtimeStorage({
      [POLICY_KEYS.checkedAt]: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const web = server({ version: 1 });
    await fire(
      load({ to: recipients("a@example.org") }, storage, web.fetch),
      "onMessageRecipientsChangedHandler",
    );
    expect(web.requests).toEqual([]);
  });

  test("the early-warning event completes only after the download has finished (the runtime ends there)", async () => {
    const { data, storage } = runtimeStorage();
    const web = server({ version: 1, blockedDomains: ["ml"] });
    await fire(
      load({ to: recipients("a@example.org") }, storage, web.fetch),
      "onMessageRecipientsChangedHandler",
    );
    expect(data.get(POLICY_KEYS.policy)).toContain("\n0lm");
  });

  test("a broken policy.json is not kept, and the early warning still completes", async () => {
    const { data, storage } = runtimeStorage();
    const web = server('{"trustedDomains": ["com"]}');
    const runtime = load({ to: recipients("ops@army.ml") }, storage, web.fetch);
    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(data.get(POLICY_KEYS.policy)).toBeUndefined();
    expect(runtime.fake.notifications.replaced).toHaveLength(1);
  });

  test("the largest policy the schema accepts, read from OfficeRuntime.storage, is the one the send applies", async () => {
    const trustedDomains = Array.from({ length: 50_000 }, (_, i) => `partner-${i.toString(36)}.example.com`);
    const blockedDomains = Array.from({ length: 10_000 }, (_, i) => `blocked-${i.toString(36)}.example.net`);
    const internalDomains = Array.from({ length: 1_000 }, (_, i) => `unit-${i}.contoso.com`);
    const { storage } = runtimeStorage({
      [POLICY_KEYS.policy]: stored({ version: 1, trustedDomains, blockedDomains, internalDomains }),
    });
    const runtime = load(
      { to: recipients("a@partner-zz.example.com", `b@${blockedDomains[9_999]}`) },
      storage,
      server({}).fetch,
    );
    const { options } = await fire(runtime, "onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain(`b@${blockedDomains[9_999]}`);
    expect(String(options?.errorMessage)).not.toContain("a@partner-zz.example.com");
  }, 60_000);

  test("a send reads the stored policy once, also when the message carries the user's own trusted domains", async () => {
    const { reads, storage } = runtimeStorage({
      [POLICY_KEYS.policy]: stored({ version: 1, blockedDomains: ["example.org"] }),
    });
    const runtime = load({ to: recipients("a@example.org", "ops@army.ml") }, storage, server({}).fetch);
    // The pane's Trust on this message: kept on the item, where the send handler reads it.
    runtime.fake.sessionData.set("rg.trusted.v1", '["army.ml"]');
    const { options } = await fire(runtime, "onMessageSendHandler");
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("a@example.org");
    expect(String(options?.errorMessage)).not.toContain("ops@army.ml");
    expect(reads.filter((key) => key === POLICY_KEYS.policy)).toHaveLength(1);
  });

  test("a large policy is kept with its look-up keys, and a send checks against the candidates they pick", async () => {
    const trustedDomains = Array.from({ length: 3_000 }, (_, i) => `partner-${i.toString(36)}.example.com`);
    trustedDomains.push("contoso.com");
    const { data, storage } = runtimeStorage();
    const web = server({ version: 1, trustedDomains, blockedDomains: ["example.org"] });
    await fire(
      load({ to: recipients("a@example.net") }, storage, web.fetch),
      "onMessageRecipientsChangedHandler",
    );
    const kept = decodeStoredPolicy(data.get(POLICY_KEYS.policy));
    expect(kept.ok && typeof kept.stored.lookupKeys).toBe("string");
    const runtime = load(
      { to: recipients("a@contosso.com", "b@contoso.com", "c@partner-zz.example.com", "d@example.org") },
      storage,
      web.fetch,
    );
    const { options } = await fire(runtime, "onMessageSendHandler");
    const message = String(options?.errorMessage);
    expect(options?.allowEvent).toBe(false);
    expect(message).toContain("a@contosso.com");
    expect(message).toContain("contoso.com");
    expect(message).toContain("d@example.org");
    expect(message).not.toContain("b@contoso.com");
    expect(message).not.toContain("c@partner-zz.example.com");
  }, 60_000);

  test("where OfficeRuntime is not defined (office-js #3312, #6106), a policy that fits goes to roaming settings and the send applies it", async () => {
    const web = server({ version: 1, blockedDomains: ["example.org"] });
    const roaming: Record<string, unknown> = {};
    const first = load({ to: recipients("a@example.org"), roaming }, null, web.fetch);
    await fire(first, "onMessageRecipientsChangedHandler");
    expect(web.requests).toHaveLength(1);
    // The fake's roaming settings are a copy: carry what was saved over to the next runtime.
    const saved = (first.fake.Office as { context: { roamingSettings: { get(k: string): unknown } } }).context
      .roamingSettings;
    const carried = {
      [POLICY_KEYS.policy]: saved.get(POLICY_KEYS.policy),
      [POLICY_KEYS.checkedAt]: saved.get(POLICY_KEYS.checkedAt),
    };
    expect(String(carried[POLICY_KEYS.policy])).toMatch(/^RG-POLICY 2\n/);
    const { options } = await fire(
      load({ to: recipients("a@example.org"), roaming: carried }, null, web.fetch),
      "onMessageSendHandler",
    );
    expect(options?.allowEvent).toBe(false);
  });

  test("where OfficeRuntime is not defined, a policy too large for roaming settings is not kept, and sends still work", async () => {
    const trustedDomains = Array.from({ length: 5_000 }, (_, i) => `partner-${i}.example.com`);
    const web = server({ version: 1, trustedDomains });
    const runtime = load({ to: recipients("ops@army.ml") }, null, web.fetch);
    await fire(runtime, "onMessageRecipientsChangedHandler");
    const saved = (runtime.fake.Office as { context: { roamingSettings: { get(k: string): unknown } } })
      .context.roamingSettings;
    expect(saved.get(POLICY_KEYS.policy)).toBeUndefined();
    const { options } = await fire(
      load({ to: recipients("ops@army.ml") }, null, web.fetch),
      "onMessageSendHandler",
    );
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("ops@army.ml");
  });

  test("storage that never answers holds the send up for at most a second, then the built-in policy applies", async () => {
    const { storage } = runtimeStorage({}, true);
    const runtime = load({ to: recipients("ops@army.ml") }, storage, server({}).fetch);
    const { options, ms } = await fire(runtime, "onMessageSendHandler");
    expect(ms).toBeLessThan(2_500);
    expect(options?.allowEvent).toBe(false);
    expect(String(options?.errorMessage)).toContain("ops@army.ml");
  });
});
