import {
  AUTO_REFRESH_INTERVAL_MS,
  LOOKUP_KEYS_MIN_DOMAINS,
  bundledFingerprint,
  loadPolicy,
  MAX_CACHED_POLICY_CHARS,
  POLICY_KEYS,
  readStoredPolicyTexts,
  saveUserTrustedDomains,
  settingsTextStore,
  SETTING_KEYS,
  updatePolicy,
  type LoadedPolicy,
  type PolicyProblem,
  type PolicyRefreshOptions,
  type SettingsStore,
  type TextStore,
} from "../../src/shared/policy-store";
import { decodeStoredPolicy, encodeStoredPolicy, POLICY_RULES_ID } from "../../src/shared/policy-codec";
import { POLICY_LIMITS } from "../../src/checker";
import { paneText } from "../../src/taskpane/i18n";
import { problemText, updateResult } from "../../src/taskpane/policy-words";

const EN = paneText("en");
/** updatePolicy, with what it did in the words of the English pane. */
const refreshPolicy = async (options: PolicyRefreshOptions) => updateResult(await updatePolicy(options), EN);
/** A loaded policy's problems as the English pane says them. */
const said = (loaded: LoadedPolicy): string[] => loaded.problems.map((p) => problemText(p, EN));

function memoryStore(
  initial: Record<string, unknown> = {},
  failSave = false,
): SettingsStore & { data: Record<string, unknown>; saves: number } {
  const data = { ...initial };
  const store = {
    data,
    saves: 0,
    get: (k: string) => data[k],
    set: (k: string, v: unknown) => {
      data[k] = v;
    },
    remove: (k: string) => {
      delete data[k];
    },
    // Like Outlook: all roaming settings of an add-in together hold at most 32 KB.
    save: async () => {
      if (failSave) throw new Error("quota exceeded");
      if (JSON.stringify(data).length > 32 * 1024) throw new Error("The settings are over 32 KB.");
      store.saves++;
    },
  };
  return store;
}

const bundled = { trustedDomains: ["contoso.com"] };

describe("loadPolicy", () => {
  test("uses the bundled policy when nothing is cached", () => {
    const loaded = loadPolicy(bundled, memoryStore());
    expect(loaded.origin).toBe("bundled");
    expect(loaded.effective.trustedDomains).toEqual([{ domain: "contoso.com", source: "organisation" }]);
    expect(loaded.problems).toEqual([]);
  });

  test("prefers a valid cached policy and reports when it was fetched", () => {
    const store = memoryStore({
      [SETTING_KEYS.cachedPolicy]: {
        fetchedAt: "2026-11-20T10:00:00.000Z",
        policy: { blockedDomains: ["ml"] },
      },
    });
    const loaded = loadPolicy(bundled, store);
    expect(loaded.origin).toBe("cached");
    expect(loaded.fetchedAt).toBe("2026-11-20T10:00:00.000Z");
    expect(loaded.effective.blockedDomains).toEqual(["ml"]);
  });

  test.each([
    ["not an object", "junk"],
    ["no fetchedAt", { policy: {} }],
    ["an invalid policy", { fetchedAt: "x", policy: { trustedDomains: ["com"] } }],
  ])("falls back to the bundled policy when the cache is %s, and says so", (_why, cached) => {
    const loaded = loadPolicy(bundled, memoryStore({ [SETTING_KEYS.cachedPolicy]: cached }));
    expect(loaded.origin).toBe("bundled");
    expect(loaded.problems).toHaveLength(1);
  });

  test("an invalid bundled policy still yields the built-in defaults, with a problem", () => {
    const loaded = loadPolicy({ trustedDomains: "oops" }, null);
    expect(loaded.effective.builtInProtection).toBe(true);
    expect(said(loaded)[0]).toContain("built into the add-in");
  });

  test("layers the user's trusted domains on top", () => {
    const loaded = loadPolicy(bundled, memoryStore({ [SETTING_KEYS.userTrustedDomains]: ["fabrikam.com"] }));
    expect(loaded.effective.trustedDomains.map((t) => t.source)).toEqual(["organisation", "user"]);
  });

  test("a settings store that throws is survived", () => {
    const store = memoryStore();
    store.get = () => {
      throw new Error("runtime gone");
    };
    const loaded = loadPolicy(bundled, store);
    expect(loaded.origin).toBe("bundled");
    expect(loaded.problems.length).toBeGreaterThan(0);
  });
});

/** A TextStore in memory, with the capacity of the store it stands for. */
function memoryTextStore(
  capacity: number,
): TextStore & { data: Map<string, string>; writes: number; failWrite?: string } {
  const data = new Map<string, string>();
  const store = {
    place: "browser-storage" as const,
    capacity,
    data,
    writes: 0,
    failWrite: undefined as string | undefined,
    read: async (key: string) => data.get(key) ?? null,
    readNow: (key: string) => data.get(key) ?? null,
    write: async (key: string, value: string) => {
      if (store.failWrite) throw new Error(store.failWrite);
      if (value.length > capacity) throw new Error("the store is full");
      store.writes++;
      data.set(key, value);
    },
    remove: async (key: string) => {
      data.delete(key);
    },
  };
  return store;
}

/** n distinct, valid organisation domains of realistic shape. */
function manyDomains(n: number): string[] {
  const suffixes = ["com", "co.uk", "de", "org", "net", "com.au", "fr", "io"];
  return Array.from(
    { length: n },
    (_, i) => `partner-${i.toString(36)}-ltd.${suffixes[i % suffixes.length]}`,
  );
}

const LARGEST_POLICY = {
  version: 1,
  internalDomains: manyDomains(POLICY_LIMITS.internalDomains).map((d) => `int-${d}`),
  trustedDomains: manyDomains(POLICY_LIMITS.trustedDomains),
  blockedDomains: manyDomains(POLICY_LIMITS.blockedDomains).map((d) => `blk-${d}`),
};

const at = (iso: string) => () => new Date(iso);
/** A refresh whose download answers `text` (or fails with it), at a fixed time. */
const refreshOptions = (
  text: string | Error,
  stores: TextStore[],
  extra: Partial<PolicyRefreshOptions> = {},
): PolicyRefreshOptions => ({
  fetchText: async () => {
    if (text instanceof Error) throw text;
    return text;
  },
  stores,
  now: at("2026-11-22T08:00:00.000Z"),
  ...extra,
});
const refresh = (text: string | Error, stores: TextStore[], extra: Partial<PolicyRefreshOptions> = {}) =>
  refreshPolicy(refreshOptions(text, stores, extra));

async function loadFrom(
  stores: TextStore[],
  settings: SettingsStore | null = null,
  bundledPolicy: unknown = bundled,
) {
  const problems: PolicyProblem[] = [];
  return loadPolicy(bundledPolicy, settings, await readStoredPolicyTexts(stores, problems), problems);
}

describe("the compact stored form (policy-codec.ts)", () => {
  test("gives back the same policy, domain lists as sets", () => {
    const policy = {
      version: 1 as const,
      internalDomains: ["contoso.com", "mail.contoso.com"],
      trustedDomains: ["fabrikam.co.uk", "a.fabrikam.co.uk", "tailspin.com", "xn--bcher-kva.de"],
      blockedDomains: ["ml"],
      actions: { "suffix-slip": "block" as const },
      allowUserTrustedDomains: false,
    };
    const decoded = decodeStoredPolicy(
      encodeStoredPolicy({ fetchedAt: "2026-11-22T08:00:00.000Z", bundled: "x1", policy }),
    );
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.stored.fetchedAt).toBe("2026-11-22T08:00:00.000Z");
    expect(decoded.stored.bundled).toBe("x1");
    const { internalDomains, trustedDomains, blockedDomains, ...rest } = decoded.stored.policy;
    expect(rest).toEqual({ version: 1, actions: { "suffix-slip": "block" }, allowUserTrustedDomains: false });
    expect([...internalDomains!].sort()).toEqual([...policy.internalDomains].sort());
    expect([...trustedDomains!].sort()).toEqual([...policy.trustedDomains].sort());
    expect(blockedDomains).toEqual(["ml"]);
  });

  test("the largest policy the schema accepts takes far fewer characters than its JSON", () => {
    const json = JSON.stringify(LARGEST_POLICY);
    const compact = encodeStoredPolicy({ fetchedAt: "2026-11-22T08:00:00.000Z", policy: LARGEST_POLICY });
    expect(compact.length).toBeLessThan(json.length * 0.75);
    const decoded = decodeStoredPolicy(compact);
    expect(decoded.ok && decoded.stored.policy.trustedDomains!.length).toBe(50_000);
    if (!decoded.ok) return;
    expect([...decoded.stored.policy.trustedDomains!].sort()).toEqual(
      [...LARGEST_POLICY.trustedDomains].sort(),
    );
    expect([...decoded.stored.policy.blockedDomains!].sort()).toEqual(
      [...LARGEST_POLICY.blockedDomains].sort(),
    );
  });

  test("a sealed copy gives back the rules that validated it, only while the seal over its header is whole", () => {
    const policy = {
      version: 1 as const,
      trustedDomains: ["fabrikam.co.uk"],
      allowUserTrustedDomains: false,
    };
    const sealed = encodeStoredPolicy({ fetchedAt: "t", rules: "rules-a", policy });
    const rulesOf = (text: string) => {
      const decoded = decodeStoredPolicy(text);
      if (!decoded.ok) throw new Error(decoded.reason);
      return decoded.stored.rules;
    };
    expect(rulesOf(sealed)).toBe("rules-a");
    expect(rulesOf(encodeStoredPolicy({ fetchedAt: "t", policy }))).toBeUndefined();
    // The header changed after sealing: another rules id, or a setting. The lists are whole, so the
    // copy is still read, but as unsealed: the caller validates it.
    expect(rulesOf(sealed.replace('"rules":"rules-a"', '"rules":"rules-b"'))).toBeUndefined();
    expect(
      rulesOf(sealed.replace('"allowUserTrustedDomains":false', '"allowUserTrustedDomains":true')),
    ).toBeUndefined();
    expect(rulesOf(sealed.replace(/"seal":"[^"]*"/, '"seal":"0-0"'))).toBeUndefined();
  });

  test.each([
    ["not text", 42],
    ["another format", '{"fetchedAt":"x"}'],
    ["a damaged header", "RG-POLICY 2\n{oops"],
  ])("refuses %s", (_why, text) => {
    expect(decodeStoredPolicy(text).ok).toBe(false);
  });

  test("refuses a name longer than a domain name can be (253 characters), though its checksum is whole", () => {
    const stored = (domain: string) =>
      decodeStoredPolicy(encodeStoredPolicy({ fetchedAt: "t", policy: { trustedDomains: [domain] } }));
    expect(stored(`${"a".repeat(249)}.com`)).toMatchObject({ ok: true });
    expect(stored(`${"a".repeat(250)}.com`)).toEqual({ ok: false, reason: "lists-damaged" });
  });

  test("refuses a list with one character changed or a line lost", () => {
    const good = encodeStoredPolicy({
      fetchedAt: "t",
      policy: { trustedDomains: ["contoso.com", "fabrikam.com"] },
    });
    const changed = good
      .replace("fabrikam", "fabrikan".split("").reverse().join(""))
      .replace(/moc\.makirbaf/, "moc.nakirbaf");
    expect(decodeStoredPolicy(changed)).toEqual({ ok: false, reason: "lists-damaged" });
    const cut = good.slice(0, good.lastIndexOf("\n"));
    expect(decodeStoredPolicy(cut)).toEqual({ ok: false, reason: "lists-damaged" });
  });
});

describe("refreshPolicy at the sizes the schema allows", () => {
  test("keeps the largest policy the schema accepts in the runtime's large store, and it is the one in force", async () => {
    const large = memoryTextStore(4 * 1024 * 1024);
    const roaming = memoryStore();
    const result = await refresh(JSON.stringify(LARGEST_POLICY), [large, settingsTextStore(roaming)]);
    expect(result).toEqual({ ok: true, changed: true, message: "The organisation policy was updated." });
    expect(large.data.get(POLICY_KEYS.policy)!.length).toBeGreaterThan(MAX_CACHED_POLICY_CHARS);
    expect(roaming.data[POLICY_KEYS.policy]).toBeUndefined();
    const loaded = await loadFrom([large, settingsTextStore(roaming)], roaming);
    expect(loaded.origin).toBe("cached");
    expect(loaded.problems).toEqual([]);
    expect(loaded.effective.trustedDomains).toHaveLength(50_000);
    expect(loaded.effective.internalDomains).toHaveLength(1_000);
    expect(loaded.effective.blockedDomains).toHaveLength(10_000);
  });

  test("a policy whose JSON is over roaming settings' share fits there in compact form", async () => {
    const policy = { version: 1, trustedDomains: manyDomains(1_600) };
    expect(JSON.stringify({ fetchedAt: "2026-11-22T08:00:00.000Z", policy }).length).toBeGreaterThan(
      MAX_CACHED_POLICY_CHARS,
    );
    const roaming = memoryStore();
    const result = await refresh(JSON.stringify(policy), [settingsTextStore(roaming)]);
    expect(result.ok).toBe(true);
    expect((roaming.data[POLICY_KEYS.policy] as string).length).toBeLessThanOrEqual(MAX_CACHED_POLICY_CHARS);
    expect((await loadFrom([settingsTextStore(roaming)], roaming)).effective.trustedDomains).toHaveLength(
      1_600,
    );
  });

  test("where only roaming settings exist, a policy too large for them is refused with the sizes, and the last good one stays", async () => {
    const roaming = memoryStore();
    const stores = [settingsTextStore(roaming)];
    await refresh(JSON.stringify({ version: 1, blockedDomains: ["ml"] }), stores);
    const result = await refresh(JSON.stringify(LARGEST_POLICY), stores);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^The organisation policy is too large to keep in Outlook's roaming settings \([\d,]+ characters, at most 24,576\); the copy built into the add-in stays in force\.$/,
    );
    expect((await loadFrom(stores, roaming)).effective.blockedDomains).toEqual(["ml"]);
  });

  test("an old copy in roaming settings is cleared when the policy goes to the large store, and roaming is not saved otherwise", async () => {
    const large = memoryTextStore(4 * 1024 * 1024);
    const roaming = memoryStore();
    const stores = [large, settingsTextStore(roaming)];
    await refresh('{"blockedDomains":["ml"]}', [settingsTextStore(roaming)]);
    expect(roaming.data[POLICY_KEYS.policy]).toBeDefined();
    await refresh('{"blockedDomains":["ml"]}', stores);
    expect(roaming.data[POLICY_KEYS.policy]).toBeUndefined();
    const saves = roaming.saves;
    await refresh('{"blockedDomains":["ml","bad.example"]}', stores, { now: at("2026-11-23T08:00:00.000Z") });
    expect(roaming.saves).toBe(saves);
  });

  test("a write the store refuses is reported and changes nothing", async () => {
    const large = memoryTextStore(4 * 1024 * 1024);
    large.failWrite = "quota exceeded";
    const result = await refresh("{}", [large]);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("quota exceeded") });
    expect(large.data.get(POLICY_KEYS.policy)).toBeUndefined();
  });

  test("the same policy again writes nothing and says it is up to date", async () => {
    const large = memoryTextStore(1e6);
    await refresh('{"blockedDomains":["ml"]}', [large]);
    const writes = large.writes;
    const again = await refresh('{"blockedDomains":["ml"]}', [large], {
      now: at("2026-11-23T08:00:00.000Z"),
    });
    expect(again).toEqual({ ok: true, changed: false, message: "The organisation policy is up to date." });
    expect(large.writes).toBe(writes + 1); // the time of the check only
  });
});

describe("the automatic refresh", () => {
  test("downloads at most once per interval, counting failed attempts, and again after it", async () => {
    const store = memoryTextStore(1e6);
    let downloads = 0;
    const run = (iso: string, answer: string | Error = "{}") =>
      refreshPolicy({
        fetchText: async () => {
          downloads++;
          if (answer instanceof Error) throw answer;
          return answer;
        },
        stores: [store],
        now: at(iso),
        minIntervalMs: AUTO_REFRESH_INTERVAL_MS,
      });
    expect((await run("2026-11-22T08:00:00.000Z", new Error("offline"))).ok).toBe(false);
    expect(await run("2026-11-22T09:00:00.000Z")).toMatchObject({ ok: false, skipped: true });
    expect(downloads).toBe(1);
    expect((await run("2026-11-22T14:00:01.000Z")).ok).toBe(true);
    expect(downloads).toBe(2);
  });

  test("the pane, when it opens, tries again after a failed attempt and says why; the early warning waits", async () => {
    const store = memoryTextStore(1e6);
    let downloads = 0;
    const run = (iso: string, answer: string, retryFailed?: boolean) =>
      refreshPolicy({
        fetchText: async () => {
          downloads++;
          return answer;
        },
        stores: [store],
        now: at(iso),
        minIntervalMs: AUTO_REFRESH_INTERVAL_MS,
        ...(retryFailed ? { retryFailed } : {}),
      });
    // The early warning downloads a broken file: refused, and noted as a failure.
    expect((await run("2026-11-22T08:00:00.000Z", '{"trustedDomains": [')).ok).toBe(false);
    // Another early warning an hour later waits; the pane opening then downloads and says why.
    expect(await run("2026-11-22T09:00:00.000Z", '{"trustedDomains": [')).toMatchObject({ skipped: true });
    const pane = await run("2026-11-22T09:00:01.000Z", '{"trustedDomains": [', true);
    expect(pane).toMatchObject({ ok: false });
    expect(pane).not.toHaveProperty("skipped");
    expect(downloads).toBe(2);
    // Once a download has kept a policy, the pane waits like everyone else.
    expect((await run("2026-11-22T09:30:00.000Z", "{}", true)).ok).toBe(true);
    expect(await run("2026-11-22T10:00:00.000Z", "{}", true)).toMatchObject({ skipped: true });
    expect(downloads).toBe(3);
  });

  test("a clock put back does not stop it for good", async () => {
    const store = memoryTextStore(1e6);
    await store.write(POLICY_KEYS.checkedAt, "2030-01-01T00:00:00.000Z");
    const result = await refreshPolicy({
      fetchText: async () => "{}",
      stores: [store],
      now: at("2026-11-22T08:00:00.000Z"),
      minIntervalMs: AUTO_REFRESH_INTERVAL_MS,
    });
    expect(result.ok).toBe(true);
  });

  test("the button (no interval) always downloads", async () => {
    const store = memoryTextStore(1e6);
    await refresh("{}", [store]);
    expect((await refresh("{}", [store])).ok).toBe(true);
  });
});

describe("loading from several stores", () => {
  test("the newest download wins, also over a policy cached by an earlier version in roaming settings", async () => {
    const large = memoryTextStore(1e6);
    const roaming = memoryStore({
      [SETTING_KEYS.cachedPolicy]: {
        fetchedAt: "2026-11-01T00:00:00.000Z",
        policy: { blockedDomains: ["old.example"] },
      },
    });
    expect((await loadFrom([large], roaming)).effective.blockedDomains).toEqual(["old.example"]);
    await refresh('{"blockedDomains":["new.example"]}', [large]);
    expect((await loadFrom([large], roaming)).effective.blockedDomains).toEqual(["new.example"]);
  });

  test("a damaged stored copy is ignored, with a reason the pane can show", async () => {
    const large = memoryTextStore(1e6);
    await refresh('{"blockedDomains":["ml"]}', [large]);
    large.data.set(POLICY_KEYS.policy, large.data.get(POLICY_KEYS.policy)!.replace("lm", "ln"));
    const loaded = await loadFrom([large]);
    expect(loaded.origin).toBe("bundled");
    expect(said(loaded)).toEqual([
      "The saved organisation policy was ignored because its domain lists are damaged; the built-in copy is in force until the next update check.",
    ]);
  });

  test("a store that cannot be read is survived and named", async () => {
    const broken: TextStore = {
      ...memoryTextStore(1e6),
      read: async () => Promise.reject(new Error("storage gone")),
    };
    const loaded = await loadFrom([broken]);
    expect(loaded.origin).toBe("bundled");
    expect(said(loaded)).toEqual(["The saved organisation policy could not be read (storage gone)."]);
  });
});

describe("sealed copies: validated once, when downloaded", () => {
  const fingerprint = bundledFingerprint(bundled);
  /** What the large store holds after a refresh by a build whose rules are `rules`. */
  const storedBy = (rules: string | undefined, policy: object) => {
    const large = memoryTextStore(1e6);
    large.data.set(
      POLICY_KEYS.policy,
      encodeStoredPolicy({
        fetchedAt: "2026-11-20T00:00:00.000Z",
        bundled: fingerprint,
        ...(rules === undefined ? {} : { rules }),
        policy,
      }),
    );
    return large;
  };
  // "com" is an ending anyone can register under: no version of the add-in accepts it as trusted.
  const INVALID = { blockedDomains: ["example.org"], trustedDomains: ["com"] };
  const REJECTED =
    /^The saved organisation policy was not used \(trusted domain \d \("com"\): "com" \(the commercial domain\) is an ending under which anyone can register a name/;

  test("a copy sealed with this build's rules is used as it is, without validating it again", async () => {
    // Proof that the send path skips validation: this copy would fail it, yet it is in force. That
    // is the trust boundary: the add-in's own storage, where only refreshPolicy writes a sealed
    // copy, and only after validating it. The seal tells that copy from a damaged one or from one
    // another version stored, not from one forged by whoever can write that storage.
    const loaded = await loadFrom([storedBy(POLICY_RULES_ID, INVALID)]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.origin).toBe("cached");
    expect(loaded.effective.trustedDomains).toEqual([{ domain: "com", source: "organisation" }]);
    expect(loaded.effective.blockedDomains).toEqual(["example.org"]);
  });

  test("a copy sealed with other rules, or with none (as earlier versions stored it), is validated; an invalid one is not used", async () => {
    for (const rules of ["0123456789abcdef", undefined]) {
      const valid = await loadFrom([storedBy(rules, { blockedDomains: ["Example.ORG"] })]);
      expect(valid.origin).toBe("cached");
      expect(valid.effective.blockedDomains).toEqual(["example.org"]); // normalised: validation ran
      const invalid = await loadFrom([storedBy(rules, INVALID)]);
      expect(invalid.origin).toBe("bundled");
      expect(invalid.problems).toHaveLength(1);
      expect(said(invalid)[0]).toMatch(REJECTED);
    }
    // A copy exactly as the previous version of the add-in wrote it.
    const previousVersion = memoryTextStore(1e6);
    previousVersion.data.set(
      POLICY_KEYS.policy,
      'RG-POLICY 2\n{"fetchedAt":"2026-11-20T00:00:00.000Z","policy":{"version":1},"lists":{"trustedDomains":2,"blockedDomains":1},"check":"sbgwar-qpkvet"}\n0ku.oc.makirbaf\n0moc\n0gro.elpmaxe',
    );
    const old = await loadFrom([previousVersion]);
    expect(old.origin).toBe("bundled");
    expect(said(old)[0]).toMatch(REJECTED);
    // And the same copy sealed by this build's rules would have been used.
    expect((await loadFrom([storedBy(POLICY_RULES_ID, INVALID)])).origin).toBe("cached");
  });

  test("a sealed copy with damaged lists is still refused, and one with a damaged header is validated", async () => {
    const large = memoryTextStore(1e6);
    await refresh('{"version":1,"blockedDomains":["ml"],"trustedDomains":["fabrikam.com"]}', [large]);
    const text = large.data.get(POLICY_KEYS.policy)!;
    const decoded = decodeStoredPolicy(text);
    // Webpack defines the rules id from the checker's sources; the tests run unbuilt code.
    expect(POLICY_RULES_ID).toBe("unbuilt");
    expect(decoded.ok && decoded.stored.rules).toBe(POLICY_RULES_ID);
    expect((await loadFrom([large])).origin).toBe("cached");

    large.data.set(POLICY_KEYS.policy, text.replace("moc.makirbaf", "moc.makirbag"));
    const damagedLists = await loadFrom([large]);
    expect(damagedLists.origin).toBe("bundled");
    expect(said(damagedLists)).toEqual([
      "The saved organisation policy was ignored because its domain lists are damaged; the built-in copy is in force until the next update check.",
    ]);

    // The lists are whole but a setting in the header changed after sealing: the seal no longer
    // matches, so the copy is validated like any unsealed one, and this one is refused.
    expect(text).toContain('"policy":{"version":1}');
    large.data.set(POLICY_KEYS.policy, text.replace('"policy":{"version":1}', '"policy":{"version":2}'));
    const damagedHeader = await loadFrom([large]);
    expect(damagedHeader.origin).toBe("bundled");
    expect(damagedHeader.problems).toHaveLength(1);
    expect(said(damagedHeader)[0]).toContain("The saved organisation policy was not used (");
  });

  test("a refresh skipped as recent still seals a copy another version validated, with no download; one that fails validation, or was kept under another built-in policy, is left as it is", async () => {
    const checkedAt = "2026-11-22T07:00:00.000Z"; // an hour before the refresh: not due
    const valid = { blockedDomains: ["ml"] };
    const cases: [string, ReturnType<typeof storedBy>, boolean][] = [
      ["another version's valid copy", storedBy("0123456789abcdef", valid), true],
      ["an unsealed valid copy", storedBy(undefined, valid), true],
      ["another version's invalid copy", storedBy("0123456789abcdef", INVALID), false],
    ];
    const otherBuiltIn = memoryTextStore(1e6);
    otherBuiltIn.data.set(
      POLICY_KEYS.policy,
      encodeStoredPolicy({
        fetchedAt: "2026-11-20T00:00:00.000Z",
        bundled: "other",
        rules: "x",
        policy: valid,
      }),
    );
    cases.push(["a copy kept under another built-in policy", otherBuiltIn, false]);
    for (const [what, store, resealed] of cases) {
      store.data.set(POLICY_KEYS.checkedAt, checkedAt);
      const before = store.data.get(POLICY_KEYS.policy);
      let downloads = 0;
      const result = await refreshPolicy({
        fetchText: async () => {
          downloads++;
          return JSON.stringify(valid);
        },
        stores: [store],
        bundled,
        now: at("2026-11-22T08:00:00.000Z"),
        minIntervalMs: AUTO_REFRESH_INTERVAL_MS,
      });
      expect([what, result.ok, downloads]).toEqual([what, false, 0]);
      const after = decodeStoredPolicy(store.data.get(POLICY_KEYS.policy));
      if (resealed) {
        expect([what, after.ok && after.stored.rules]).toEqual([what, POLICY_RULES_ID]);
        expect(after.ok && after.stored.policy).toEqual(valid);
        expect(after.ok && after.stored.fetchedAt).toBe("2026-11-20T00:00:00.000Z");
      } else expect([what, store.data.get(POLICY_KEYS.policy)]).toEqual([what, before]);
    }
  });

  test("a refresh that finds the same policy stored by another version writes it again, sealed", async () => {
    const policy = { blockedDomains: ["ml"] };
    for (const rules of ["0123456789abcdef", undefined]) {
      const large = storedBy(rules, policy);
      const result = await refresh(JSON.stringify(policy), [large], { bundled });
      expect(result).toEqual({ ok: true, changed: false, message: "The organisation policy is up to date." });
      expect(large.writes).toBe(2); // the time of the check, and the copy
      const resealed = decodeStoredPolicy(large.data.get(POLICY_KEYS.policy));
      expect(resealed.ok && resealed.stored.rules).toBe(POLICY_RULES_ID);
      expect(resealed.ok && resealed.stored.policy).toEqual(policy);
      // Sealed now: the next refresh of the same policy writes nothing but the time.
      await refresh(JSON.stringify(policy), [large], { bundled, now: at("2026-11-23T08:00:00.000Z") });
      expect(large.writes).toBe(3);
    }
  });
});

describe("a policy cached under an older version of the add-in", () => {
  test("does not outrank a newer bundled policy", async () => {
    const large = memoryTextStore(1e6);
    const oldBundled = { trustedDomains: ["old.example"] };
    await refresh(JSON.stringify({ blockedDomains: ["ml"] }), [large], {
      bundled: oldBundled,
      now: () => new Date(0),
    });
    expect((await loadFrom([large], null, oldBundled)).origin).toBe("cached");
    const newer = await loadFrom([large], null, { trustedDomains: ["new.example"] });
    expect(newer.origin).toBe("bundled");
    expect(said(newer)[0]).toContain("updated after the organisation policy was last downloaded");
  });

  test("fingerprints differ when the bundled policy differs", () => {
    expect(bundledFingerprint({ a: 1 })).not.toBe(bundledFingerprint({ a: 2 }));
    expect(bundledFingerprint({ a: 1 })).toBe(bundledFingerprint({ a: 1 }));
  });
});

describe("refreshPolicy", () => {
  test("keeps a valid policy and says so in plain words (no raw time)", async () => {
    const roaming = memoryStore();
    const result = await refresh(JSON.stringify({ internalDomains: ["contoso.com"] }), [
      settingsTextStore(roaming),
    ]);
    expect(result).toEqual({ ok: true, changed: true, message: "The organisation policy was updated." });
    const loaded = await loadFrom([settingsTextStore(roaming)], roaming);
    expect(loaded.fetchedAt).toBe("2026-11-22T08:00:00.000Z");
    expect(loaded.effective.internalDomains).toEqual(["contoso.com"]);
  });

  test.each([
    ["unreachable", new Error("offline"), "could not be downloaded (offline)"],
    ["not JSON", "<html>", "not valid JSON"],
    ["invalid", '{"trustedDomains": ["com"]}', 'trusted domain 1 ("com")'],
  ])("keeps the last good policy when the download is %s", async (_why, answer, message) => {
    const large = memoryTextStore(1e6);
    await refresh('{"blockedDomains":["ml"]}', [large]);
    const previous = large.data.get(POLICY_KEYS.policy);
    const result = await refresh(answer, [large]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(message);
    expect(large.data.get(POLICY_KEYS.policy)).toBe(previous);
  });

  test("reports when Outlook refuses to save", async () => {
    const result = await refresh("{}", [settingsTextStore(memoryStore({}, true))]);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("quota exceeded") });
  });

  test("with no store at all, says so", async () => {
    expect(await refresh("{}", [])).toEqual({
      ok: false,
      message: "Outlook offers no place to keep the organisation policy here.",
    });
  });
});

describe("updatePolicy (the early warning's refresh: what it did, without the words)", () => {
  const update = (text: string | Error, stores: TextStore[], extra: Partial<PolicyRefreshOptions> = {}) =>
    updatePolicy(refreshOptions(text, stores, extra));

  test("says whether the kept policy changed", async () => {
    const large = memoryTextStore(1e6);
    expect(await update('{"blockedDomains":["ml"]}', [large])).toEqual({ kind: "kept", changed: true });
    expect(await update('{"blockedDomains":["ml"]}', [large])).toEqual({ kind: "kept", changed: false });
  });

  test("names each way it can fail, with what the pane words it from", async () => {
    const offline = new Error("offline");
    expect(await update(offline, [memoryTextStore(1e6)])).toEqual({
      kind: "download-failed",
      error: offline,
    });
    expect(await update('{"trustedDomains": ["com"]}', [memoryTextStore(1e6)])).toMatchObject({
      kind: "invalid",
      errors: [
        expect.objectContaining({ code: "invalid-value", evidence: { says: "open-ending", host: "com" } }),
      ],
    });
    const small = memoryTextStore(10);
    expect(await update('{"blockedDomains":["ml"]}', [small])).toMatchObject({
      kind: "too-large",
      store: small,
    });
    expect(await update("{}", [])).toEqual({ kind: "no-store" });
    const recent = memoryTextStore(1e6);
    await update("{}", [recent]);
    expect(await update("{}", [recent], { minIntervalMs: AUTO_REFRESH_INTERVAL_MS })).toEqual({
      kind: "skipped",
    });
  });
});

describe("saveUserTrustedDomains", () => {
  test("normalises and saves", async () => {
    const store = memoryStore();
    expect((await saveUserTrustedDomains(store, ["Fabrikam.COM."])).ok).toBe(true);
    expect(store.data[SETTING_KEYS.userTrustedDomains]).toEqual(["fabrikam.com"]);
  });

  test("refuses invalid entries and lists that would not fit", async () => {
    expect((await saveUserTrustedDomains(memoryStore(), ["com"])).ok).toBe(false);
    const many = Array.from({ length: 450 }, (_, i) => `a-rather-long-domain-name-${i}.example.com`);
    expect(await saveUserTrustedDomains(memoryStore(), many)).toEqual({ ok: false, problem: "too-many" });
  });
});

describe("look-up keys of a large policy", () => {
  const large = (count: number) => ({
    trustedDomains: Array.from({ length: count }, (_, i) => `partner-${i.toString(36)}.example.com`),
  });

  test("a download of at least LOOKUP_KEYS_MIN_DOMAINS domains is kept with them, and loadPolicy hands them on", async () => {
    const store = memoryTextStore(4 * 1024 * 1024);
    await refresh(JSON.stringify(large(LOOKUP_KEYS_MIN_DOMAINS)), [store], { bundled });
    const kept = decodeStoredPolicy(store.data.get(POLICY_KEYS.policy));
    expect(kept.ok && typeof kept.stored.lookupKeys).toBe("string");
    const loaded = await loadFrom([store]);
    expect(loaded.effective.organisationKeys?.domainCount).toBe(LOOKUP_KEYS_MIN_DOMAINS);
    // A smaller policy has none: indexing every domain costs a send less.
    const small = memoryTextStore(4 * 1024 * 1024);
    await refresh(JSON.stringify(large(LOOKUP_KEYS_MIN_DOMAINS - 1)), [small], { bundled });
    const plain = decodeStoredPolicy(small.data.get(POLICY_KEYS.policy));
    expect(plain.ok && plain.stored.lookupKeys).toBeUndefined();
    expect((await loadFrom([small])).effective.organisationKeys).toBeUndefined();
  });

  test("keys are not used in a copy another build sealed, nor where they do not fit beside it", async () => {
    const store = memoryTextStore(4 * 1024 * 1024);
    await refresh(JSON.stringify(large(LOOKUP_KEYS_MIN_DOMAINS)), [store], { bundled });
    const kept = decodeStoredPolicy(store.data.get(POLICY_KEYS.policy));
    if (!kept.ok) throw new Error("not kept");
    store.data.set(POLICY_KEYS.policy, encodeStoredPolicy({ ...kept.stored, rules: "0123456789abcdef" }));
    const loaded = await loadFrom([store]);
    expect(loaded.origin).toBe("cached");
    expect(loaded.effective.organisationKeys).toBeUndefined();
    // Room for the policy but not for its keys: kept without them.
    const plainLength = encodeStoredPolicy({ ...kept.stored, lookupKeys: undefined }).length;
    const tight = memoryTextStore(plainLength + 10);
    const result = await refresh(JSON.stringify(large(LOOKUP_KEYS_MIN_DOMAINS)), [tight], { bundled });
    expect(result.ok).toBe(true);
    const inTight = decodeStoredPolicy(tight.data.get(POLICY_KEYS.policy));
    expect(inTight.ok && inTight.stored.lookupKeys).toBeUndefined();
  });
});
