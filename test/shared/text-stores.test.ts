/**
 * The storage a runtime offers for a large policy, as real clients have been reported to offer it:
 * OfficeRuntime.storage missing in classic Outlook's event runtime on some builds (office-js #3312,
 * #6106), localStorage that throws "Access is denied for this document" when read in Outlook on the
 * web's event runtime (office-js #2177).
 */
import {
  largePolicyStore,
  LOCAL_STORAGE_CHARS,
  OFFICE_RUNTIME_STORAGE_CHARS,
} from "../../src/shared/text-stores";

function memoryLocalStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function memoryRuntimeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: async (k: string) => data.get(k) ?? null,
    setItem: async (k: string, v: string) => void data.set(k, v),
    removeItem: async (k: string) => void data.delete(k),
  };
}

describe("largePolicyStore", () => {
  test("a browser runtime's localStorage first: the pane of the same origin shares it", async () => {
    const local = memoryLocalStorage();
    const store = largePolicyStore({
      localStorage: local,
      OfficeRuntime: { storage: memoryRuntimeStorage() },
    })!;
    expect(store.capacity).toBe(LOCAL_STORAGE_CHARS);
    await store.write("k", "v");
    expect(local.data.get("k")).toBe("v");
    expect(store.readNow!("k")).toBe("v");
  });

  test("classic Outlook's JavaScript-only runtime: OfficeRuntime.storage, read asynchronously", async () => {
    const runtime = memoryRuntimeStorage();
    const store = largePolicyStore({ OfficeRuntime: { storage: runtime } })!;
    expect(store.capacity).toBe(OFFICE_RUNTIME_STORAGE_CHARS);
    expect(store.readNow).toBeUndefined();
    await store.write("k", "v");
    await expect(store.read("k")).resolves.toBe("v");
  });

  test("localStorage whose reading throws (office-js #2177) falls back to OfficeRuntime.storage, or to nothing", () => {
    const scope = {
      get localStorage(): unknown {
        throw new Error(
          "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
        );
      },
    };
    expect(largePolicyStore(scope)).toBeNull();
    const withRuntime = {
      OfficeRuntime: { storage: memoryRuntimeStorage() },
      get localStorage(): unknown {
        throw new Error("Access is denied for this document.");
      },
    };
    expect(largePolicyStore(withRuntime)!.capacity).toBe(OFFICE_RUNTIME_STORAGE_CHARS);
  });

  test("a localStorage whose calls throw turns them into rejections the policy code reports", async () => {
    const denied = () => {
      throw new Error("Access is denied for this document.");
    };
    const store = largePolicyStore({
      localStorage: { getItem: denied, setItem: denied, removeItem: denied },
    })!;
    await expect(store.read("k")).rejects.toThrow("Access is denied");
    await expect(store.write("k", "v")).rejects.toThrow("Access is denied");
  });

  test.each([
    ["OfficeRuntime not defined (office-js #6106)", {}],
    ["OfficeRuntime without storage (office-js #3312)", { OfficeRuntime: {} }],
    ["a storage missing a method", { OfficeRuntime: { storage: { getItem: async () => null } } }],
  ])("%s: no large store", (_case, scope) => {
    expect(largePolicyStore(scope)).toBeNull();
  });
});
