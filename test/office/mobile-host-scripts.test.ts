/**
 * What the Android and iOS host scripts of @microsoft/office-js (the files office.js loads on a
 * phone, `outlook-android-16.00.js` and `outlook-ios-16.00.js`) say about the members the adapter
 * calls there, held against src/office/apis.ts and the fake. When the package is updated and these
 * facts change, revisit MOBILE_EVENT_APIS, the fake's `sessionDataBeta` and TESTING.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_APIS, PERMISSION_LEVELS, permissionRank } from "../../src/office/apis";
import { betaFeatureMessage } from "./fake-office";

const DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const read = (file: string) => readFileSync(join(DIST, file), "utf8");

/** The host script's feature levels (RuntimeFlighting.ts: production 1, beta 2; only 1 is enabled). */
function features(script: string): Record<string, number> {
  const block = /var Features = \{([^}]*)\}/.exec(script)?.[1] ?? "";
  const level: Record<string, number> = { production: 1, beta: 2 };
  return Object.fromEntries(
    [...block.matchAll(/(\w+): (production|beta)/g)].map((m) => [m[1]!, level[m[2]!]!]),
  );
}

/** The permission each method checks (checkPermissionsAndThrow(level, "name")): 1 read item, 2 read/write item. */
function permissionOf(script: string, name: string): number | undefined {
  const m = new RegExp(`checkPermissionsAndThrow\\((\\d), "(?:item\\.)?${name.replace(".", "\\.")}"\\)`).exec(
    script,
  );
  return m ? Number(m[1]) : undefined;
}

/** The members of the MessageCompose object the script builds (getMessageCompose). */
function messageComposeMembers(script: string): string[] {
  const body = /function getMessageCompose\(\) \{[\s\S]*?objectDefine\(\{\}, \{([\s\S]*?)\}\);/.exec(
    script,
  )?.[1];
  return [...(body ?? "").matchAll(/^\s*(\w+):/gm)].map((m) => m[1]!);
}

describe.each([
  ["Android", "outlook-android-16.00.debug.js"],
  ["iOS", "outlook-ios-16.00.debug.js"],
])("%s (%s)", (_platform, file) => {
  const script = read(file);

  test("builds every MessageCompose member, listed for phones or not: the adapter cannot go by presence", () => {
    expect(messageComposeMembers(script)).toEqual(
      expect.arrayContaining([
        "getComposeTypeAsync",
        "sessionData",
        "getAttachmentsAsync",
        "internetHeaders",
      ]),
    );
  });

  test("checks the permissions src/office/apis.ts gives (1 read item, 2 read/write item)", () => {
    const rank = (api: keyof typeof OFFICE_APIS) => permissionRank(OFFICE_APIS[api].permission);
    expect(PERMISSION_LEVELS[1]).toBe("ReadItem");
    expect(permissionOf(script, "getComposeTypeAsync")).toBe(rank("item.getComposeTypeAsync"));
    for (const method of ["getAsync", "getAllAsync", "setAsync", "removeAsync"] as const)
      expect(permissionOf(script, `sessionData.${method}`)).toBe(rank(`sessionData.${method}`));
  });

  test("enables getComposeTypeAsync, and marks sessionData beta, unlike the docs: its methods throw", () => {
    const levels = features(script);
    // getComposeTypeAsync is behind the "signature" feature, in production.
    expect(script).toMatch(/checkFeatureEnabledAndThrow\(Features\.signature, "getComposeTypeAsync"\)/);
    expect(levels.signature).toBe(1);
    expect(script).toMatch(/checkFeatureEnabledAndThrow\(Features\.sessionData, "sessionData\.setAsync"\)/);
    expect(levels.sessionData).toBe(2);
    // The fake's sessionDataBeta throws the host script's own words.
    const template = /var displayMessage = "(The feature \{0\}[^"]*)"\.replace\("\{0\}", featureName\)/.exec(
      script,
    )?.[1];
    expect(template?.replace("{0}", "sessionData.setAsync")).toBe(betaFeatureMessage("sessionData.setAsync"));
  });
});

test("the web's host script has session data in production: the beta mark is the phones' alone", () => {
  expect(features(read("outlook-web-16.01.debug.js")).sessionData).toBe(1);
});
