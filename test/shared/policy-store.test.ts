import {
  bundledFingerprint,
  loadPolicy,
  refreshPolicy,
  saveUserTrustedDomains,
  SETTING_KEYS,
  type SettingsStore,
} from "../../src/shared/policy-store";

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
    save: async () => {
      if (failSave) throw new Error("quota exceeded");
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
    expect(loaded.problems[0]).toContain("built into the add-in");
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

describe("a policy cached under an older version of the add-in", () => {
  test("does not outrank a newer bundled policy", async () => {
    const store = memoryStore();
    const oldBundled = { trustedDomains: ["old.example"] };
    await refreshPolicy(
      async () => JSON.stringify({ blockedDomains: ["ml"] }),
      store,
      () => new Date(0),
      oldBundled,
    );
    expect(loadPolicy(oldBundled, store).origin).toBe("cached");
    const newer = loadPolicy({ trustedDomains: ["new.example"] }, store);
    expect(newer.origin).toBe("bundled");
    expect(newer.problems[0]).toContain("updated after the organisation policy was last downloaded");
  });

  test("fingerprints differ when the bundled policy differs", () => {
    expect(bundledFingerprint({ a: 1 })).not.toBe(bundledFingerprint({ a: 2 }));
    expect(bundledFingerprint({ a: 1 })).toBe(bundledFingerprint({ a: 1 }));
  });
});

describe("refreshPolicy", () => {
  const now = () => new Date("2026-11-22T08:00:00.000Z");

  test("caches a valid policy", async () => {
    const store = memoryStore();
    const result = await refreshPolicy(
      async () => JSON.stringify({ internalDomains: ["contoso.com"] }),
      store,
      now,
    );
    expect(result.ok).toBe(true);
    expect(store.data[SETTING_KEYS.cachedPolicy]).toEqual({
      fetchedAt: "2026-11-22T08:00:00.000Z",
      policy: { internalDomains: ["contoso.com"] },
    });
  });

  test.each([
    ["unreachable", async () => Promise.reject(new Error("offline")), "could not be downloaded (offline)"],
    ["not JSON", async () => "<html>", "not valid JSON"],
    ["invalid", async () => '{"trustedDomains": ["com"]}', 'trusted domain 1 ("com")'],
    [
      "too large",
      async () =>
        JSON.stringify({ trustedDomains: Array.from({ length: 3000 }, (_, i) => `d${i}.example.com`) }),
      "too large",
    ],
  ])("keeps the last good policy when the download is %s", async (_why, fetchText, message) => {
    const previous = { fetchedAt: "old", policy: {} };
    const store = memoryStore({ [SETTING_KEYS.cachedPolicy]: previous });
    const result = await refreshPolicy(fetchText, store, now);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(message);
    expect(store.data[SETTING_KEYS.cachedPolicy]).toBe(previous);
  });

  test("reports when Outlook refuses to save", async () => {
    const result = await refreshPolicy(async () => "{}", memoryStore({}, true), now);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("quota exceeded") });
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
    expect(await saveUserTrustedDomains(memoryStore(), many)).toEqual({
      ok: false,
      message: expect.stringContaining("do not fit"),
    });
  });
});
