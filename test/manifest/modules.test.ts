/** The steps of scripts/build-manifest.mjs, one module each (scripts/manifest/), tested alone. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

const ROOT = join(__dirname, "..", "..");
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const XML_ID = /<Id>([^<]+)<\/Id>/.exec(SOURCE)![1]!;

const { BuildError } = require("../../scripts/manifest/errors.cjs");
const settingsModule = require("../../scripts/manifest/settings.cjs");
const xmlModule = require("../../scripts/manifest/xml-manifest.cjs");
const unified = require("../../scripts/manifest/unified-manifest.cjs");
const budget = require("../../scripts/manifest/handler-budget.cjs");

const work = mkdtempSync(join(tmpdir(), "rg-manifest-modules-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("settings.cjs", () => {
  test("defaults: the development host, no SendMode change, dist/ and config/policy.json", () => {
    expect(settingsModule.readSettings({}, "/project")).toEqual({
      host: "https://localhost:3000",
      sendMode: null,
      supportUrl: null,
      dist: "/project/dist",
      policyFile: "/project/config/policy.json",
    });
  });

  test.each([
    ["https://addin.contoso.com/", "https://addin.contoso.com"],
    ["  https://ADDIN.contoso.com:8443 ", "https://addin.contoso.com:8443"],
  ])("ADDIN_HOST_URL %p becomes the origin %p", (value, origin) => {
    expect(settingsModule.readSettings({ ADDIN_HOST_URL: value }, "/p").host).toBe(origin);
  });

  test.each([
    [{ ADDIN_HOST_URL: "https://u:p@contoso.com" }, /must not contain a user name/],
    [{ ADDIN_HOST_URL: "https://contoso.com/?a=1" }, /must not contain a query/],
    [{ ADDIN_HOST_URL: "ftp://contoso.com" }, /must use https/],
    [{ SEND_MODE: "softblock" }, /SEND_MODE must be one of/],
    [{ SUPPORT_URL: "not a url" }, /SUPPORT_URL is not a URL/],
  ])("refuses %p with a BuildError naming the setting", (env, message) => {
    let thrown: unknown;
    try {
      settingsModule.readSettings(env, "/p");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BuildError);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe("xml-manifest.cjs", () => {
  test("rewrites the host, SendMode and support URL, and reads the id and Mailbox floor", () => {
    const built = xmlModule.buildXmlManifest(SOURCE, {
      host: "https://addin.contoso.com",
      sendMode: "PromptUser",
      supportUrl: "https://help.contoso.com/?a=1&b=2",
    });
    expect(built.xml).not.toContain("localhost");
    expect(built.xml).toContain('SendMode="PromptUser"');
    expect(built.xml).toContain('<SupportUrl DefaultValue="https://help.contoso.com/?a=1&amp;b=2"');
    expect(built.sendMode).toBe("PromptUser");
    expect(built.minVersion).toBe("1.12");
    expect(built.id).toBe(XML_ID);
  });

  test("adds SendMode to an OnMessageSend event that has none", () => {
    const xml = '<LaunchEvent Type="OnMessageSend" FunctionName="f"/>';
    expect(xmlModule.setSendMode(xml, "Block")).toBe(
      '<LaunchEvent Type="OnMessageSend" FunctionName="f" SendMode="Block"/>',
    );
  });

  test("refuses a manifest without a GUID id", () => {
    const broken = SOURCE.replace(/<Id>[^<]+<\/Id>/, "<Id>recipient-guard</Id>");
    expect(() => xmlModule.buildXmlManifest(broken, { host: "https://localhost:3000" })).toThrow(
      /must have one <Id> holding a GUID, not "recipient-guard"/,
    );
  });

  test("refuses XML that is not well-formed, quoting the parser", () => {
    expect(() => xmlModule.parseXml("<OfficeApp><Id></OfficeApp>", "manifest.xml")).toThrow(
      /manifest\.xml is not well-formed XML: /,
    );
  });

  test("adds each regional locale's Override after its language's, and refuses one the source names itself", () => {
    const regional = { de: ["de-AT"], fr: ["fr-CA", "fr-CH"], ja: [] };
    const xml = [
      '<S id="a" DefaultValue="A">',
      '  <bt:Override Locale="de-DE" Value="Ä"/>',
      '  <bt:Override Locale="fr-FR" Value="À"/>',
      '  <bt:Override Locale="ja-JP" Value="ア"/>',
      "</S>",
    ].join("\n");
    expect(xmlModule.addRegionalOverrides(xml, regional)).toBe(
      [
        '<S id="a" DefaultValue="A">',
        '  <bt:Override Locale="de-DE" Value="Ä"/>',
        '  <bt:Override Locale="de-AT" Value="Ä"/>',
        '  <bt:Override Locale="fr-FR" Value="À"/>',
        '  <bt:Override Locale="fr-CA" Value="À"/>',
        '  <bt:Override Locale="fr-CH" Value="À"/>',
        '  <bt:Override Locale="ja-JP" Value="ア"/>',
        "</S>",
      ].join("\n"),
    );
    expect(() =>
      xmlModule.addRegionalOverrides(
        xml.replace("</S>", '<Override Locale="de-at" Value="x"/></S>'),
        regional,
      ),
    ).toThrow(/has an Override for de-AT/);
    expect(() =>
      xmlModule.addRegionalOverrides('<S><Override Locale="de-DE" Value="x"/></S>', regional),
    ).toThrow(/alone on a line/);
  });

  test("lists the files in dist/ that the manifest's URLs name", () => {
    const built = xmlModule.buildXmlManifest(SOURCE, { host: "https://localhost:3000" });
    const files: string[] = xmlModule.localFilesOf(built.doc, "https://localhost:3000");
    expect(files).toEqual(
      expect.arrayContaining([
        "launchevent/launchevent.html",
        "launchevent/launchevent.js",
        "taskpane/taskpane.html",
        "assets/icon-80.png",
      ]),
    );
  });
});

describe("unified-manifest.cjs", () => {
  test.each([
    ["1.5", "1.12", true],
    ["1.12", "1.5", false],
    ["1.12", "1.12", false],
    ["1.12", "1.12.1", true],
  ])("versionLess(%p, %p) is %p (numbers, not decimals)", (a, b, expected) => {
    expect(unified.versionLess(a, b)).toBe(expected);
  });

  test("restores the declared Mailbox floor wherever the converter lowered it", () => {
    const extension = {
      runtimes: [{ requirements: { capabilities: [{ name: "Mailbox", minVersion: "1.5" }] } }],
      ribbons: [{ requirements: { capabilities: [{ name: "Mailbox", minVersion: "1.13" }] } }],
      autoRunEvents: [{ requirements: { capabilities: [{ name: "Mailbox", minVersion: "1.5" }] } }],
    };
    expect(unified.restoreMailboxMinVersion(extension, "1.12")).toBe(2);
    expect(extension.runtimes[0]!.requirements.capabilities[0]!.minVersion).toBe("1.12");
    expect(extension.ribbons[0]!.requirements.capabilities[0]!.minVersion).toBe("1.13");
  });

  test("the unified id is a version 5 GUID of its own, stable, and never the XML id", () => {
    const id: string = unified.unifiedIdFor(XML_ID);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(XML_ID);
    expect(unified.unifiedIdFor(XML_ID)).toBe(id);
    expect(unified.unifiedIdFor("00000000-0000-0000-0000-000000000001")).not.toBe(id);
  });

  test("follows Microsoft's guidance for both manifests: own id, own name, hides the XML add-in", () => {
    const json = {
      id: XML_ID,
      name: { short: "Recipient Guard", full: "Recipient Guard" },
      extensions: [{ alternates: [{ alternateIcons: { icon: {}, highResolutionIcon: {} } }] }],
    };
    unified.followBothManifestsGuidance(json, XML_ID);
    expect(json.id).not.toBe(XML_ID);
    expect(json.name.short).not.toBe("Recipient Guard");
    expect(json.name.short.length).toBeLessThanOrEqual(30);
    expect(json.extensions[0]!.alternates).toEqual([
      { alternateIcons: { icon: {}, highResolutionIcon: {} } },
      { hide: { customOfficeAddin: { officeAddinId: XML_ID } } },
    ]);
  });
});

describe("handler-budget.cjs", () => {
  function distWithHandler(bytes: Buffer, file = "launchevent.js"): string {
    const dist = mkdtempSync(join(work, "dist-"));
    mkdirSync(join(dist, "launchevent"));
    writeFileSync(join(dist, "launchevent", file), bytes);
    return dist;
  }

  test("passes a handler within 84 KB gzipped and reports its size", () => {
    const [size, ...others] = budget.checkHandlerBudget(distWithHandler(Buffer.from("x".repeat(500_000))));
    expect(size.bytes).toBe(500_000);
    expect(size.gzipBytes).toBeLessThan(84 * 1024);
    expect(others).toEqual([]);
  });

  test("checks the handler of every language that was built, each against the whole budget", () => {
    const dist = distWithHandler(Buffer.from("x".repeat(1000)));
    writeFileSync(join(dist, "launchevent", "launchevent.de.js"), "y".repeat(2000));
    expect(
      budget
        .checkHandlerBudget(dist)
        .map((s: { file: string; bytes: number }) => [s.file.slice(dist.length + 1), s.bytes]),
    ).toEqual([
      [join("launchevent", "launchevent.js"), 1000],
      [join("launchevent", "launchevent.de.js"), 2000],
    ]);
    writeFileSync(join(dist, "launchevent", "launchevent.ja.js"), randomBytes(86 * 1024));
    expect(() => budget.checkHandlerBudget(dist)).toThrow(
      /launchevent\/launchevent\.ja\.js is 8\d\.\d KB gzipped, over its budget of 84\.0 KB/,
    );
  });

  test("refuses a handler over budget, naming the built-in policy's size and what to do", () => {
    const dist = distWithHandler(randomBytes(90 * 1024)); // incompressible
    const policy = { trustedDomains: Array.from({ length: 50_000 }, (_, i) => `partner${i}.example`) };
    expect(() => budget.checkHandlerBudget(dist, { builtInPolicy: policy })).toThrow(
      /launchevent\/launchevent\.js is 90\.\d KB gzipped, over its budget of 84\.0 KB\. The policy built into it \(config\/policy\.json\) lists 50,000 domains\. .*RG_POLICY=/,
    );
  });
});
