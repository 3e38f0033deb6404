/**
 * The add-in manifest (manifest.xml), its icons, and scripts/build-manifest.mjs. Offline: the XML
 * is parsed with @xmldom/xmldom and the unified manifest is checked against the JSON schema that
 * @microsoft/app-manifest bundles, with the network switched off.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
import { MEETING_REVIEW_COMMAND_ID, REVIEW_COMMAND_ID } from "../src/launchevent/send-decision";

const { HANDLER_LANGUAGES, HANDLER_LOCALES, handlerName, regionalLocales } =
  require("../scripts/handler-languages.cjs") as {
    HANDLER_LANGUAGES: string[];
    HANDLER_LOCALES: Record<string, string>;
    handlerName(language: string): string;
    regionalLocales(): Record<string, string[]>;
  };
const { addRegionalOverrides } = require("../scripts/manifest/xml-manifest.cjs") as {
  addRegionalOverrides(xml: string, regional: Record<string, string[]>): string;
};
/** Office's regional display languages of German, French and Japanese, as @microsoft/office-js ships them. */
const REGIONAL = regionalLocales();
/** manifest.xml as the build writes it for the development host: with an Override for each region. */
const withRegions = (xml: string): string => addRegionalOverrides(xml, REGIONAL);
/** The languages besides English, each with the locale the manifest names its bundle under. */
const OTHER_LANGUAGES = HANDLER_LANGUAGES.filter((l) => l !== "en").map((l) => [l, HANDLER_LOCALES[l]!]);

const ROOT = join(__dirname, "..");
const DEV_HOST = "https://localhost:3000";
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const HANDLER_SOURCE = join(ROOT, "src", "launchevent", "launchevent.ts");
const CHECKER = join(ROOT, "dist", "lib", "checker.cjs");

// ---------------------------------------------------------------------------------------------
// Helpers

function parseXml(text: string): { doc: Document; errors: string[] } {
  const errors: string[] = [];
  const report = (message: string) => errors.push(message);
  const doc = new DOMParser({
    errorHandler: { warning: () => undefined, error: report, fatalError: report },
  }).parseFromString(text, "application/xml") as unknown as Document;
  return { doc, errors };
}

const elements = (root: Document | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS("*", name));

const only = (root: Document | Element, name: string): Element => {
  const found = elements(root, name);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0]!;
};

const attr = (el: Element, name: string): string => el.getAttribute(name) ?? "";

const allElements = (doc: Document): Element[] => elements(doc, "*");

/** Every URL in the manifest (attribute values and text), namespace declarations aside. */
function urlsOf(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of allElements(doc)) {
    for (const a of Array.from(el.attributes)) {
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) urls.push(a.value);
    }
    const text = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.nodeValue ?? "")
      .join("")
      .trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push(text);
  }
  return urls;
}

/** Resource ids defined in <Resources>, by kind. */
function resources(doc: Document): Map<string, { kind: string; value: string }> {
  const defined = new Map<string, { kind: string; value: string }>();
  const resourcesEl = only(doc, "Resources");
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const group of elements(resourcesEl, kind)) {
      for (const item of Array.from(group.childNodes).filter((n): n is Element => n.nodeType === 1)) {
        defined.set(attr(item, "id"), { kind, value: attr(item, "DefaultValue") });
      }
    }
  }
  return defined;
}

interface Png {
  width: number;
  height: number;
  colourType: number;
  alphaAt(x: number, y: number): number;
}

/** Reads a PNG's header and, for 8-bit RGBA, its pixels (all five row filters). */
function readPng(file: string): Png {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const depth = bytes[24]!;
  const colourType = bytes[25]!;
  const idat: Buffer[] = [];
  for (let o = 8; o < bytes.length;) {
    const length = bytes.readUInt32BE(o);
    if (bytes.toString("ascii", o + 4, o + 8) === "IDAT") idat.push(bytes.subarray(o + 8, o + 8 + length));
    o += 12 + length;
  }
  let pixels: Buffer | null = null;
  if (depth === 8 && colourType === 6) {
    const raw = inflateSync(Buffer.concat(idat));
    const stride = width * 4;
    pixels = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)]!;
      for (let i = 0; i < stride; i++) {
        const x = raw[y * (stride + 1) + 1 + i]!;
        const a = i >= 4 ? pixels[y * stride + i - 4]! : 0;
        const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
        const c = i >= 4 && y > 0 ? pixels[(y - 1) * stride + i - 4]! : 0;
        const p = a + b - c;
        const paeth =
          Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
            ? a
            : Math.abs(p - b) <= Math.abs(p - c)
              ? b
              : c;
        const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
        if (predictor === undefined) throw new Error(`${file}: unknown PNG filter ${filter}`);
        pixels[y * stride + i] = (x + predictor) & 0xff;
      }
    }
  }
  return {
    width,
    height,
    colourType,
    alphaAt: (x, y) => {
      if (!pixels) throw new Error(`${file} is not 8-bit RGBA`);
      return pixels[(y * width + x) * 4 + 3]!;
    },
  };
}

/** The entries of a zip whose entries are stored (not deflated), as build-manifest writes them. */
function readStoredZip(file: string): Map<string, Buffer> {
  const bytes = readFileSync(file);
  const entries = new Map<string, Buffer>();
  let o = 0;
  while (bytes.readUInt32LE(o) === 0x04034b50) {
    expect(bytes.readUInt16LE(o + 8)).toBe(0);
    const size = bytes.readUInt32LE(o + 18);
    const nameLength = bytes.readUInt16LE(o + 26);
    const extraLength = bytes.readUInt16LE(o + 28);
    const name = bytes.toString("utf8", o + 30, o + 30 + nameLength);
    const start = o + 30 + nameLength + extraLength;
    entries.set(name, bytes.subarray(start, start + size));
    o = start + size;
  }
  expect(bytes.readUInt32LE(o)).toBe(0x02014b50);
  return entries;
}

// ---------------------------------------------------------------------------------------------
// manifest.xml

describe("manifest.xml", () => {
  const { doc, errors } = parseXml(SOURCE);

  test("is well-formed XML with an OfficeApp of type MailApp", () => {
    expect(errors).toEqual([]);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(attr(doc.documentElement, "xsi:type")).toBe("MailApp");
  });

  test("has a fixed GUID and the package version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(only(doc, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(only(doc, "Version").textContent).toBe(`${version}.0`);
  });

  // The base manifest: what old clients read, and what validation needs.
  test.each([
    ["ProviderName", (d: Document) => only(d, "ProviderName").textContent, "Recipient Guard"],
    ["DisplayName", (d: Document) => attr(only(d, "DisplayName"), "DefaultValue"), "Recipient Guard"],
    ["Host", (d: Document) => attr(elements(d, "Host")[0]!, "Name"), "Mailbox"],
    ["base Mailbox requirement", (d: Document) => attr(elements(d, "Set")[0]!, "MinVersion"), "1.1"],
    ["FormSettings form", (d: Document) => attr(only(d, "Form"), "xsi:type"), "ItemEdit"],
    ["Permissions", (d: Document) => only(d, "Permissions").textContent, "ReadWriteItem"],
    ["Rule type", (d: Document) => attr(elements(d, "Rule")[0]!, "xsi:type"), "RuleCollection"],
    ["Rule mode", (d: Document) => attr(elements(d, "Rule")[0]!, "Mode"), "Or"],
    [
      "Rules: messages and meetings being written",
      (d: Document) =>
        elements(d, "Rule")
          .slice(1)
          .map((r) => `${attr(r, "xsi:type")} ${attr(r, "ItemType")} ${attr(r, "FormType")}`)
          .join(", "),
      "ItemIs Message Edit, ItemIs Appointment Edit",
    ],
    ["AppDomain", (d: Document) => only(d, "AppDomain").textContent, DEV_HOST],
  ])("%s", (_name, read, expected) => {
    expect(read(doc)).toBe(expected);
  });

  test("nests VersionOverrides 1.1 inside 1.0, requiring Mailbox 1.12", () => {
    const [outer, inner] = elements(doc, "VersionOverrides");
    expect(attr(outer!, "xsi:type")).toBe("VersionOverridesV1_0");
    expect(outer!.namespaceURI).toBe("http://schemas.microsoft.com/office/mailappversionoverrides");
    expect(attr(inner!, "xsi:type")).toBe("VersionOverridesV1_1");
    expect(inner!.parentNode).toBe(outer);
    expect(inner!.namespaceURI).toBe("http://schemas.microsoft.com/office/mailappversionoverrides/1.1");
    const sets = only(inner!, "Sets");
    expect(attr(sets, "DefaultMinVersion")).toBe("1.12");
    expect(elements(sets, "Set").map((s) => attr(s, "Name"))).toEqual(["Mailbox"]);
  });

  describe("resource ids", () => {
    const defined = resources(doc);
    const used = allElements(doc)
      .filter((el) => el.hasAttribute("resid"))
      .map((el) => ({ element: el.localName, resid: attr(el, "resid") }));
    // Which kind of resource each referencing element must name.
    const expectedKind: Record<string, string> = {
      Runtime: "Urls",
      Override: "Urls",
      SourceLocation: "Urls",
      Image: "Images",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
    };

    test("some are used", () => {
      expect(used.length).toBeGreaterThan(5);
    });

    test.each(used.map((u) => [u.element, u.resid]))(
      "<%s resid=%p> is defined, of the right kind",
      (element, resid) => {
        expect(defined.has(resid)).toBe(true);
        expect(defined.get(resid)!.kind).toBe(expectedKind[element]);
      },
    );

    test.each([...defined.keys()].map((id) => [id]))("%p is at most 32 characters and used", (id) => {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(32);
      expect(used.some((u) => u.resid === id)).toBe(true);
    });

    test("short strings fit 125 characters and long strings 250", () => {
      for (const { kind, value } of defined.values()) {
        if (kind === "ShortStrings") expect(value.length).toBeLessThanOrEqual(125);
        if (kind === "LongStrings") expect(value.length).toBeLessThanOrEqual(250);
      }
    });
  });

  test("every URL is https on the development host", () => {
    const urls = urlsOf(doc);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  describe("in every language", () => {
    const LOCALES = ["de-DE", "fr-FR", "ja-JP"];
    /** Each localisable string: DisplayName and Description, and every button and group string. */
    const localisable = [
      ...elements(doc, "DisplayName").map((e) => ({ e, limit: 125 })),
      ...elements(doc, "Description")
        .filter((e) => e.hasAttribute("DefaultValue"))
        .map((e) => ({ e, limit: 250 })),
      ...elements(only(doc, "ShortStrings"), "String").map((e) => ({ e, limit: 125 })),
      ...elements(only(doc, "LongStrings"), "String").map((e) => ({ e, limit: 250 })),
    ];

    test("DisplayName, Description and every short and long string have a German, French and Japanese Override", () => {
      expect(localisable.length).toBeGreaterThanOrEqual(6);
      for (const { e, limit } of localisable) {
        const overrides = elements(e, "Override");
        const name = attr(e, "id") || e.localName;
        expect({ name, locales: overrides.map((o) => attr(o, "Locale")) }).toEqual({
          name,
          locales: LOCALES,
        });
        for (const o of overrides) {
          expect(o.parentNode).toBe(e);
          expect(o.namespaceURI).toBe(e.namespaceURI);
          expect(attr(o, "Value").trim()).not.toBe("");
          expect(attr(o, "Value").length).toBeLessThanOrEqual(limit);
        }
      }
    });
  });

  describe("Smart Alerts", () => {
    const runtimes = elements(doc, "Runtime");
    // The runtime's Override: those with a Locale are translations (see "in every language" below).
    const overrides = elements(doc, "Override").filter((o) => !o.getAttribute("Locale"));
    const desktop = only(doc, "DesktopFormFactor");
    const events = elements(desktop, "LaunchEvent");
    const onSend = events.filter((e) => attr(e, "Type") === "OnMessageSend");
    const urlOf = (resid: string) => resources(doc).get(resid)?.value;

    test("one Runtime with one JavaScript Override", () => {
      expect(runtimes).toHaveLength(1);
      expect(overrides).toHaveLength(1);
      expect(overrides[0]!.parentNode).toBe(runtimes[0]);
      expect(attr(overrides[0]!, "type")).toBe("javascript");
    });

    test("the Runtime loads the HTML page and the Override the self-contained script", () => {
      expect(urlOf(attr(runtimes[0]!, "resid"))).toBe(`${DEV_HOST}/launchevent/launchevent.html`);
      expect(urlOf(attr(overrides[0]!, "resid"))).toBe(`${DEV_HOST}/launchevent/launchevent.js`);
    });

    // Each language's handler speaks that language (its own catalogue): Outlook loads it where Office
    // speaks the override's locale (a <bt:Url> may hold LocaleTokenOverrides: manifest/url.md).
    describe("the handler in each language", () => {
      const handlerUrls = [
        [attr(runtimes[0]!, "resid"), "html"],
        [attr(overrides[0]!, "resid"), "js"],
      ] as const;
      const urlElement = (resid: string) =>
        elements(only(doc, "Urls"), "Url").find((u) => attr(u, "id") === resid)!;

      test.each(handlerUrls)(
        "%s has a German, French and Japanese Override naming that language's .%s",
        (resid, ext) => {
          const url = urlElement(resid);
          const localized = elements(url, "Override").map((o) => {
            expect(o.parentNode).toBe(url);
            expect(o.namespaceURI).toBe(url.namespaceURI);
            return [attr(o, "Locale"), attr(o, "Value")];
          });
          expect(localized).toEqual(
            OTHER_LANGUAGES.map(([language, locale]) => [
              locale,
              `${DEV_HOST}/launchevent/${handlerName(language!)}.${ext}`,
            ]),
          );
        },
      );

      test.each(handlerUrls)("%s and its overrides name files the build produces (.%s)", (resid, ext) => {
        const files = [attr(urlElement(resid), "DefaultValue")]
          .concat(elements(urlElement(resid), "Override").map((o) => attr(o, "Value")))
          .map((url) => new URL(url).pathname.slice(1));
        expect(files).toEqual(HANDLER_LANGUAGES.map((l) => `launchevent/${handlerName(l)}.${ext}`));
        for (const file of files) expect([file, existsSync(join(ROOT, "dist", file))]).toEqual([file, true]);
      });

      test("no other URL is localized: the pane picks its language itself", () => {
        const localized = elements(only(doc, "Urls"), "Url").filter(
          (u) => elements(u, "Override").length > 0,
        );
        expect(localized.map((u) => attr(u, "id")).sort()).toEqual(
          handlerUrls.map(([resid]) => resid).sort(),
        );
      });
    });

    test("one OnMessageSend and one OnAppointmentSend, SoftBlock, each with its early warning; OnNewMessageCompose records a reply's domains", () => {
      expect(onSend).toHaveLength(1);
      expect(attr(onSend[0]!, "SendMode")).toBe("SoftBlock");
      const onAppointmentSend = events.filter((e) => attr(e, "Type") === "OnAppointmentSend");
      expect(onAppointmentSend).toHaveLength(1);
      expect(attr(onAppointmentSend[0]!, "SendMode")).toBe("SoftBlock");
      expect(events.map((e) => [attr(e, "Type"), attr(e, "FunctionName")])).toEqual([
        ["OnMessageSend", "onMessageSendHandler"],
        ["OnMessageRecipientsChanged", "onMessageRecipientsChangedHandler"],
        ["OnAppointmentSend", "onAppointmentSendHandler"],
        ["OnAppointmentAttendeesChanged", "onAppointmentAttendeesChangedHandler"],
        ["OnNewMessageCompose", "onNewMessageComposeHandler"],
      ]);
    });

    test("the LaunchEvent extension point runs in the Runtime", () => {
      const point = elements(desktop, "ExtensionPoint").filter((e) => attr(e, "xsi:type") === "LaunchEvent");
      expect(point).toHaveLength(1);
      const source = Array.from(point[0]!.childNodes).filter(
        (n): n is Element => n.nodeType === 1 && (n as Element).localName === "SourceLocation",
      );
      expect(source).toHaveLength(1);
      expect(attr(source[0]!, "resid")).toBe(attr(runtimes[0]!, "resid"));
    });

    // Outlook on Android and iOS run OnNewMessageCompose (Version 4.2352.0 and later) and
    // OnMessageRecipientsChanged (4.2425.0) but no OnMessageSend (docs: outlook/mobile-event-based.md):
    // the early warning, and the record of a reply it compares with, are declared for phones.
    describe("phones (MobileFormFactor)", () => {
      const host = elements(doc, "Host").find((h) => attr(h, "xsi:type") === "MailHost")!;
      const mobile = elements(host, "MobileFormFactor");
      const mobileEvents = mobile[0] ? elements(mobile[0], "LaunchEvent") : [];

      test("follows DesktopFormFactor in the MailHost of VersionOverrides 1.1", () => {
        expect(mobile).toHaveLength(1);
        const children = Array.from(host.childNodes)
          .filter((n): n is Element => n.nodeType === 1)
          .map((e) => e.localName);
        expect(children).toEqual(["Runtimes", "DesktopFormFactor", "MobileFormFactor"]);
        expect(attr(mobile[0]!.parentNode!.parentNode!.parentNode as Element, "xsi:type")).toBe(
          "VersionOverridesV1_1",
        );
      });

      test("runs the early warning and a reply's record, with the desktop's handlers, in the Runtime's page", () => {
        expect(mobileEvents.map((e) => [attr(e, "Type"), attr(e, "FunctionName")])).toEqual([
          ["OnMessageRecipientsChanged", "onMessageRecipientsChangedHandler"],
          ["OnNewMessageCompose", "onNewMessageComposeHandler"],
        ]);
        // The same handlers as desktop's, and never a send check (phones run none).
        const desktopEvents = new Map(events.map((e) => [attr(e, "Type"), attr(e, "FunctionName")]));
        for (const e of mobileEvents)
          expect(desktopEvents.get(attr(e, "Type"))).toBe(attr(e, "FunctionName"));
        expect(mobileEvents.some((e) => /Send$/.test(attr(e, "Type")))).toBe(false);
        // As mobile-event-based.md shapes it: LaunchEvent Type and FunctionName only.
        for (const e of mobileEvents)
          expect(Array.from(e.attributes, (a) => a.name).sort()).toEqual(["FunctionName", "Type"]);
        const point = elements(mobile[0]!, "ExtensionPoint");
        expect(point.map((e) => attr(e, "xsi:type"))).toEqual(["LaunchEvent"]);
        expect(attr(only(point[0]!, "SourceLocation"), "resid")).toBe(attr(runtimes[0]!, "resid"));
      });
    });

    test.each(elements(doc, "LaunchEvent").map((e) => [attr(e, "FunctionName")]))(
      "%s is associated in src/launchevent/launchevent.ts",
      (name) => {
        if (!existsSync(HANDLER_SOURCE)) throw new Error(`${HANDLER_SOURCE} does not exist`);
        const source = readFileSync(HANDLER_SOURCE, "utf8");
        const associated = [...source.matchAll(/Office\.actions\.associate\(\s*(["'`])([^"'`]+)\1/g)].map(
          (m) => m[2],
        );
        expect(associated).toContain(name);
      },
    );
  });

  test.each([
    [REVIEW_COMMAND_ID, "MessageComposeCommandSurface"],
    [MEETING_REVIEW_COMMAND_ID, "AppointmentOrganizerCommandSurface"],
  ])("the button %s (a commandId of the send handler) opens the review pane on %s", (id, surfaceType) => {
    const button = allElements(doc).filter((e) => e.localName === "Control" && attr(e, "id") === id);
    expect(button).toHaveLength(1);
    expect(attr(button[0]!, "xsi:type")).toBe("Button");
    const surface = button[0]!.parentNode!.parentNode!.parentNode as Element;
    expect(attr(surface, "xsi:type")).toBe(surfaceType);
    const action = only(button[0]!, "Action");
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    expect(resources(doc).get(attr(only(action, "SourceLocation"), "resid"))?.value).toBe(
      `${DEV_HOST}/taskpane/taskpane.html`,
    );
    expect(resources(doc).get(attr(only(button[0]!, "Label"), "resid"))?.value).toBe("Check recipients");
    expect(elements(button[0]!, "Image").map((i) => attr(i, "size"))).toEqual(["16", "32", "80"]);
  });

  describe("icons", () => {
    const defined = resources(doc);
    const referenced: [string, number][] = [
      ...elements(doc, "Image")
        .filter((i) => i.hasAttribute("size"))
        .map((i): [string, number] => [defined.get(attr(i, "resid"))!.value, Number(attr(i, "size"))]),
      [attr(only(doc, "IconUrl"), "DefaultValue"), 64],
      [attr(only(doc, "HighResolutionIconUrl"), "DefaultValue"), 128],
    ];

    test.each(referenced)("%s exists in assets/ and is %i px", (url, size) => {
      const path = new URL(url).pathname;
      expect(path).toMatch(/^\/assets\/icon-\d+\.png$/);
      const png = readPng(join(ROOT, path));
      expect([png.width, png.height]).toEqual([size, size]);
    });
  });
});

describe("assets", () => {
  test.each([
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["icon-128.png", 128],
    ["icon-color-192.png", 192],
    ["icon-outline-32.png", 32],
  ])("%s is a %i px RGBA PNG with a transparent background", (file, size) => {
    const png = readPng(join(ROOT, "assets", file));
    expect([png.width, png.height, png.colourType]).toEqual([size, size, 6]);
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
      [size - 1, size - 1],
    ])
      expect(png.alphaAt(x!, y!)).toBe(0);
    let opaque = 0;
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (png.alphaAt(x, y) === 255) opaque++;
    expect(opaque / (size * size)).toBeGreaterThan(file.includes("outline") ? 0.05 : 0.4);
  });

  test("the support page exists", () => {
    expect(readFileSync(join(ROOT, "assets", "support.html"), "utf8")).toContain("Recipient Guard");
  });
});

// ---------------------------------------------------------------------------------------------
// scripts/build-manifest.mjs

interface Build {
  status: number | null;
  stdout: string;
  stderr: string;
  dist: string;
}

const temporary: string[] = [];

/** An output folder holding what webpack would have put there (the bundles the manifest names). */
function fakeDist(withBundles = true): string {
  const dist = mkdtempSync(join(tmpdir(), "rg-dist-"));
  temporary.push(dist);
  if (withBundles) {
    for (const file of [
      ...HANDLER_LANGUAGES.flatMap((l) => [
        `launchevent/${handlerName(l)}.html`,
        `launchevent/${handlerName(l)}.js`,
      ]),
      "taskpane/taskpane.html",
    ]) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), "");
    }
  }
  return dist;
}

function build(env: Record<string, string>, dist = fakeDist()): Build {
  const clean = { ...process.env };
  for (const name of ["ADDIN_HOST_URL", "SEND_MODE", "SUPPORT_URL", "RG_DIST", "RG_POLICY"])
    delete clean[name];
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "build-manifest.mjs")], {
    cwd: ROOT,
    env: { ...clean, RG_DIST: dist, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, dist };
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("scripts/build-manifest.mjs", () => {
  test("has the checker library to validate the policy with (npm test builds before jest)", () => {
    if (!existsSync(CHECKER))
      throw new Error(`${CHECKER} is missing: run \`npx webpack --mode production\` (npm test does) first`);
  });

  describe("for Office's regional display languages (de-AT, fr-CA, ...)", () => {
    let result: Build;
    beforeAll(() => {
      result = build({ ADDIN_HOST_URL: "https://addin.contoso.com" });
    }, 60_000);

    test("takes the regional locales from the ones @microsoft/office-js ships strings for", () => {
      expect(REGIONAL.de).toEqual(expect.arrayContaining(["de-AT", "de-CH", "de-LU"]));
      expect(REGIONAL.fr).toEqual(expect.arrayContaining(["fr-BE", "fr-CA", "fr-CH"]));
      for (const [language, locale] of OTHER_LANGUAGES) {
        expect(REGIONAL[language!]).not.toContain(locale);
        for (const regional of REGIONAL[language!]!)
          expect(regional).toMatch(new RegExp(`^${language}-[A-Z]{2}$`));
      }
    });

    test("every Override for de-DE, fr-FR or ja-JP is followed by the same for each regional locale", () => {
      const xml = readFileSync(join(result.dist, "manifest.xml"), "utf8");
      const { doc, errors } = parseXml(xml);
      expect(errors).toEqual([]);
      const localized = allElements(doc).filter((e) =>
        elements(e, "Override").some((o) => o.parentNode === e && attr(o, "Locale")),
      );
      // DisplayName, Description, the handler's two URLs and the ribbon's strings: each localized one.
      expect(localized.length).toBe(SOURCE.split('Locale="de-DE"').length - 1);
      expect(localized.length).toBeGreaterThanOrEqual(8);
      for (const e of localized) {
        const overrides = elements(e, "Override").filter((o) => o.parentNode === e);
        const byLocale = new Map(overrides.map((o) => [attr(o, "Locale"), attr(o, "Value")]));
        expect(byLocale.size).toBe(overrides.length);
        for (const [language, locale] of OTHER_LANGUAGES)
          for (const regional of REGIONAL[language!]!)
            expect([attr(e, "id") || e.localName, regional, byLocale.get(regional)]).toEqual([
              attr(e, "id") || e.localName,
              regional,
              byLocale.get(locale!),
            ]);
      }
    });

    test("stays well within Exchange's 256 KB limit for a manifest", () => {
      // docs/outlook/limits-for-activation-and-javascript-api-for-outlook-add-ins.md
      expect(readFileSync(join(result.dist, "manifest.xml")).length).toBeLessThan(64 * 1024);
    });
  });

  describe("for an administrator's host, with SEND_MODE=Block", () => {
    let result: Build;
    const read = (file: string) => readFileSync(join(result.dist, file), "utf8");

    beforeAll(() => {
      result = build({ ADDIN_HOST_URL: "https://addin.contoso.com", SEND_MODE: "Block" });
    }, 60_000);

    test("succeeds and says what it did", () => {
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("https://addin.contoso.com");
      expect(result.stdout).toContain("SendMode Block");
    });

    test("writes an XML manifest with every URL on the new host and no localhost left", () => {
      const xml = read("manifest.xml");
      const { doc, errors } = parseXml(xml);
      expect(errors).toEqual([]);
      expect(xml).not.toMatch(/localhost/);
      const urls = urlsOf(doc);
      expect(urls.length).toBe(urlsOf(parseXml(withRegions(SOURCE)).doc).length);
      for (const url of urls) expect(url).toMatch(/^https:\/\/addin\.contoso\.com(\/|$)/);
    });

    test("applies SEND_MODE to OnMessageSend and OnAppointmentSend and changes nothing else", () => {
      const xml = read("manifest.xml");
      const onSend = elements(parseXml(xml).doc, "LaunchEvent").filter((e) =>
        ["OnMessageSend", "OnAppointmentSend"].includes(attr(e, "Type")),
      );
      expect(onSend.map((e) => attr(e, "SendMode"))).toEqual(["Block", "Block"]);
      const body = (text: string) => text.slice(text.indexOf("<OfficeApp"));
      expect(body(xml)).toBe(
        body(withRegions(SOURCE))
          .split(DEV_HOST)
          .join("https://addin.contoso.com")
          .split('SendMode="SoftBlock"')
          .join('SendMode="Block"'),
      );
    });

    test("writes a unified manifest that validates offline against the schema in @microsoft/app-manifest", () => {
      const manifest = JSON.parse(read("manifest.json")) as Record<string, unknown> & { $schema: string };
      expect(JSON.stringify(manifest)).not.toMatch(/localhost|<TRUNCATED>/);
      // The schema file the package bundles for this $schema (no download: fetch is switched off).
      const { pathname } = new URL(manifest.$schema);
      const schemaFile = join(
        dirname(require.resolve("@microsoft/app-manifest/package.json")),
        "build",
        pathname.replace(/^\/[a-z]{2}(?:-[a-z]{2})?(?=\/json-schemas\/)/i, ""),
      );
      expect(existsSync(schemaFile)).toBe(true);
      const schema = JSON.parse(
        readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"),
      ) as object;
      // Validated with the Ajv dialect and formats @microsoft/app-manifest uses itself (its entry
      // point loads an ES-module-only dependency that Jest cannot require).
      const fromPackage = createRequire(require.resolve("@microsoft/app-manifest/package.json"));
      const Ajv = fromPackage("ajv-draft-04");
      const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false });
      fromPackage("ajv-formats").default(ajv, ["uri", "email", "regex"]);
      const validate = ajv.compile(schema) as ((m: unknown) => boolean) & { errors?: { message: string }[] };
      const errorsOf = (m: unknown) =>
        validate(m) ? [] : (validate.errors ?? []).map((e) => JSON.stringify(e));
      const realFetch = globalThis.fetch;
      globalThis.fetch = (() => Promise.reject(new Error("the network was used"))) as typeof fetch;
      try {
        expect(errorsOf(manifest)).toEqual([]);
        // The validator is live: a manifest without an id, or with an unknown send mode, fails.
        const broken = JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>;
        delete broken.id;
        expect(errorsOf(broken).join("\n")).toMatch(/"missingProperty":"id"/);
        const badMode = JSON.stringify(manifest).replace('"sendMode":"block"', '"sendMode":"sometimes"');
        expect(badMode).toContain("sometimes");
        expect(errorsOf(JSON.parse(badMode)).length).toBeGreaterThan(0);
      } finally {
        globalThis.fetch = realFetch;
      }
    });

    test("keeps the Smart Alerts declaration in the unified manifest", () => {
      type Requirements = { capabilities?: { name: string; minVersion?: string }[]; formFactors?: string[] };
      const manifest = JSON.parse(read("manifest.json")) as {
        icons: { color: string; outline: string };
        extensions: {
          runtimes: {
            code: { page: string; script?: string };
            requirements: Requirements;
            actions: { id: string }[];
          }[];
          autoRunEvents: {
            requirements: Requirements;
            events: { type: string; actionId: string; options?: object }[];
          }[];
          ribbons: { tabs: { groups: { controls: { id: string }[] }[] }[] }[];
        }[];
      };
      const [extension] = manifest.extensions;
      const eventsFor = (formFactor: string) =>
        extension!.autoRunEvents
          .filter((a) => (a.requirements.formFactors ?? []).includes(formFactor))
          .flatMap((a) => a.events);
      expect(eventsFor("desktop")).toEqual([
        { type: "messageSending", actionId: "onMessageSendHandler", options: { sendMode: "block" } },
        { type: "messageRecipientsChanged", actionId: "onMessageRecipientsChangedHandler" },
        { type: "appointmentSending", actionId: "onAppointmentSendHandler", options: { sendMode: "block" } },
        { type: "appointmentAttendeesChanged", actionId: "onAppointmentAttendeesChangedHandler" },
        { type: "newMessageComposeCreated", actionId: "onNewMessageComposeHandler" },
      ]);
      // Phones: the early warning and a reply's record (no send-time check runs there).
      expect(eventsFor("mobile")).toEqual([
        { type: "messageRecipientsChanged", actionId: "onMessageRecipientsChangedHandler" },
        { type: "newMessageComposeCreated", actionId: "onNewMessageComposeHandler" },
      ]);
      const handlerRuntime = extension!.runtimes.find((r) =>
        r.actions.some((a) => a.id === "onMessageSendHandler"),
      );
      expect(handlerRuntime!.code).toEqual({
        page: "https://addin.contoso.com/launchevent/launchevent.html",
        script: "https://addin.contoso.com/launchevent/launchevent.js",
      });
      for (const requirements of [
        handlerRuntime!.requirements,
        ...extension!.autoRunEvents.map((a) => a.requirements),
      ])
        expect(requirements.capabilities).toContainEqual({ name: "Mailbox", minVersion: "1.12" });
      const controls = extension!.ribbons.flatMap((r) =>
        r.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)),
      );
      expect(controls.map((c) => c.id)).toEqual(
        expect.arrayContaining([REVIEW_COMMAND_ID, MEETING_REVIEW_COMMAND_ID]),
      );
      expect(readPng(join(result.dist, manifest.icons.color)).width).toBe(192);
      expect(readPng(join(result.dist, manifest.icons.outline)).width).toBe(32);
    });

    test("gives the unified manifest its own id and name, hiding the XML add-in where both are installed", () => {
      // Microsoft's guidance for offering both manifests (docs/concepts/duplicate-legacy-metaos-add-ins.md
      // in OfficeDev/office-js-docs-pr): a different name, an "id" that differs from the XML <Id>, and
      // an "alternates" entry whose hide.customOfficeAddin names the XML add-in.
      const xmlId = only(parseXml(read("manifest.xml")).doc, "Id").textContent!.trim();
      const manifest = JSON.parse(read("manifest.json")) as {
        id: string;
        name: { short: string; full: string };
        extensions: { alternates?: { hide?: unknown }[] }[];
      };
      expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(manifest.id).not.toBe(xmlId);
      const xmlName = attr(only(parseXml(read("manifest.xml")).doc, "DisplayName"), "DefaultValue");
      expect(manifest.name.short).not.toBe(xmlName);
      expect(manifest.extensions[0]!.alternates).toContainEqual({
        hide: { customOfficeAddin: { officeAddinId: xmlId } },
      });
      // Stable from build to build, so that an update replaces the app instead of adding a second.
      expect(JSON.parse(readFileSync(join(build({}).dist, "manifest.json"), "utf8")).id).toBe(manifest.id);
    }, 60_000);

    test("localizes the unified manifest: each language's send handler, name and short description", () => {
      const { validateUnified } = require("../scripts/manifest/validate-unified.cjs") as {
        validateUnified(json: object): string[];
      };
      const manifest = JSON.parse(read("manifest.json")) as {
        name: { short: string };
        localizationInfo: { additionalLanguages: { languageTag: string; file: string }[] };
        extensions: { runtimes: { code: { page: string; script?: string } }[] }[];
      };
      const tags = OTHER_LANGUAGES.map(([, locale]) => locale!.toLowerCase());
      // One file per language, named by its locale, by the language alone (the unified manifest falls
      // back from "de-at" to "de") and by each regional locale of Office (for exact matching).
      expect(manifest.localizationInfo.additionalLanguages).toEqual(
        OTHER_LANGUAGES.flatMap(([language], n) =>
          [tags[n]!, language!, ...REGIONAL[language!]!.map((l) => l.toLowerCase())].map((languageTag) => ({
            languageTag,
            file: `${tags[n]}.json`,
          })),
        ),
      );
      // The desktop runtime (page and script) and the phones' (page).
      const handlerRuntimes = manifest.extensions[0]!.runtimes.flatMap((runtime, i) =>
        runtime.code.page.endsWith("/launchevent/launchevent.html") ? [[runtime, i] as const] : [],
      );
      expect(handlerRuntimes.map(([runtime]) => Boolean(runtime.code.script))).toEqual([true, false]);
      OTHER_LANGUAGES.forEach(([language], n) => {
        const localization = JSON.parse(read(`${tags[n]}.json`)) as Record<string, string>;
        expect(validateUnified(localization)).toEqual([]);
        const bundle = `https://addin.contoso.com/launchevent/${handlerName(language!)}`;
        for (const [runtime, i] of handlerRuntimes) {
          expect(localization[`extensions[0].runtimes[${i}].code.page`]).toBe(`${bundle}.html`);
          if (runtime.code.script)
            expect(localization[`extensions[0].runtimes[${i}].code.script`]).toBe(`${bundle}.js`);
        }
        // Its own name there too (the converter copies the XML add-in's), within 30 characters.
        expect(localization["name.short"]).toMatch(/^Recipient Guard \(.+\)$/);
        expect(localization["name.short"]!.length).toBeLessThanOrEqual(30);
        expect(JSON.stringify(localization)).not.toMatch(/localhost|<TRUNCATED>/);
        // The validator is live: a name over 30 characters fails.
        expect(validateUnified({ ...localization, "name.short": "x".repeat(31) }).join("\n")).toMatch(
          /name\.short/,
        );
      });
    });

    test("packages the unified manifest with its localization files and icons", () => {
      const entries = readStoredZip(join(result.dist, "recipient-guard.zip"));
      expect([...entries.keys()]).toEqual([
        "manifest.json",
        "de-de.json",
        "fr-fr.json",
        "ja-jp.json",
        "assets/icon-color-192.png",
        "assets/icon-outline-32.png",
      ]);
      expect(entries.get("manifest.json")!.toString("utf8")).toBe(read("manifest.json"));
      for (const file of ["de-de.json", "fr-fr.json", "ja-jp.json"])
        expect(entries.get(file)!.toString("utf8")).toBe(read(file));
      expect(entries.get("assets/icon-color-192.png")).toEqual(
        readFileSync(join(ROOT, "assets", "icon-color-192.png")),
      );
    });

    test("copies the policy as it is, with its JSON schema", () => {
      expect(read("policy.json")).toBe(readFileSync(join(ROOT, "config", "policy.json"), "utf8"));
      const checker = require(CHECKER) as { policyJsonSchema(): unknown };
      expect(JSON.parse(read("policy.schema.json"))).toEqual(checker.policyJsonSchema());
    });

    test("copies assets/", () => {
      for (const file of ["icon-16.png", "icon-80.png", "support.html"])
        expect(readFileSync(join(result.dist, "assets", file))).toEqual(
          readFileSync(join(ROOT, "assets", file)),
        );
    });
  });

  test("keeps the development host and SoftBlock by default", () => {
    const result = build({});
    expect(result.status).toBe(0);
    const xml = readFileSync(join(result.dist, "manifest.xml"), "utf8");
    const regional = withRegions(SOURCE);
    expect(xml.slice(xml.indexOf("<OfficeApp"))).toBe(regional.slice(regional.indexOf("<OfficeApp")));
    expect(JSON.parse(readFileSync(join(result.dist, "manifest.json"), "utf8")).validDomains).toEqual([
      DEV_HOST,
    ]);
  }, 60_000);

  test("sets SUPPORT_URL", () => {
    const result = build({ SUPPORT_URL: "https://help.contoso.com/mail?topic=a&b" });
    expect(result.status).toBe(0);
    const { doc } = parseXml(readFileSync(join(result.dist, "manifest.xml"), "utf8"));
    expect(attr(only(doc, "SupportUrl"), "DefaultValue")).toBe("https://help.contoso.com/mail?topic=a&b");
  }, 60_000);

  const badPolicy = join(mkdtempSync(join(tmpdir(), "rg-policy-")), "policy.json");
  temporary.push(dirname(badPolicy));
  writeFileSync(badPolicy, JSON.stringify({ version: 2, trustedDomains: ["com"] }));

  test.each([
    ["an http host", { ADDIN_HOST_URL: "http://addin.contoso.com" }, /ADDIN_HOST_URL must use https/],
    [
      "a host with a path",
      { ADDIN_HOST_URL: "https://contoso.com/guard" },
      /ADDIN_HOST_URL must be an origin/,
    ],
    ["a host that is not a URL", { ADDIN_HOST_URL: "addin.contoso.com" }, /ADDIN_HOST_URL is not a URL/],
    ["an unknown SEND_MODE", { SEND_MODE: "block" }, /SEND_MODE must be one of SoftBlock, Block, PromptUser/],
    ["an http SUPPORT_URL", { SUPPORT_URL: "http://help.contoso.com" }, /SUPPORT_URL must use https/],
    [
      "an invalid policy",
      { RG_POLICY: badPolicy },
      /policy\.json: the setting "version": must be at most 1\n.*policy\.json: trusted domain 1 \("com"\): /,
    ],
  ])(
    "refuses %s, writing nothing",
    (_case, env, message) => {
      const result = build(env as Record<string, string>);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(existsSync(join(result.dist, "manifest.xml"))).toBe(false);
    },
    60_000,
  );

  test("refuses a send handler over its 84 KB gzipped budget, writing nothing", () => {
    const dist = fakeDist();
    // Incompressible bytes, as a bundle with tens of thousands of built-in domains behaves.
    const bytes = Buffer.alloc(100 * 1024);
    for (let i = 0, x = 1; i < bytes.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) | 0;
      bytes[i] = x >>> 24;
    }
    writeFileSync(join(dist, "launchevent", "launchevent.js"), bytes);
    const result = build({}, dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /launchevent\/launchevent\.js is \d+\.\d KB gzipped, over its budget of 84\.0 KB/,
    );
    expect(existsSync(join(result.dist, "manifest.xml"))).toBe(false);
  }, 60_000);

  test("fails when a bundle the manifest names is not built", () => {
    const result = build({}, fakeDist(false));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not in .*launchevent\/launchevent\.html/);
  }, 60_000);
});
