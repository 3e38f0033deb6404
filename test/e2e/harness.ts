import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import chromiumFlags from "../chromium-flags.json";

const ROOT = join(__dirname, "..", "..");
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface Harness {
  origin: string;
  browser: Browser;
  /** Every URL the pages of this harness requested. */
  requests: string[];
  /**
   * `lang`: Office's display language, "de-DE" (the simulator's `?lang=`); English by default.
   * `policy`: what the organisation's policy.json says, as the add-in downloads it from its origin.
   */
  open(
    client: string,
    options?: {
      roaming?: Record<string, unknown>;
      /** Items of classic Outlook's OfficeRuntime.storage (the send handler's own store there). */
      runtimeStorage?: Record<string, string>;
      theme?: "dark";
      lang?: string;
      policy?: object;
    },
  ): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the project's own server (npm start's) on a free loopback port and a headless Chromium. */
export async function startHarness(): Promise<Harness> {
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, "scripts", "serve.mjs"), "--port", String(port), "--http"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start")), 15_000);
    server.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("is running")) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumFlags.args,
  });
  const origin = `http://127.0.0.1:${port}`;
  const requests: string[] = [];
  return {
    origin,
    browser,
    requests,
    async open(client, options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      context.on("request", (request) => requests.push(request.url()));
      const policy = options.policy;
      if (policy)
        await context.route("**/policy.json", (route) =>
          route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(policy) }),
        );
      if (options.roaming) {
        await context.addInitScript((roaming) => {
          localStorage.setItem("recipient-guard-simulator:roaming", JSON.stringify(roaming));
        }, options.roaming);
      }
      if (options.runtimeStorage) {
        // Classic Outlook's OfficeRuntime.storage, as the simulator keeps it (src/simulator/simulator.ts).
        await context.addInitScript((items) => {
          for (const [key, value] of Object.entries(items))
            localStorage.setItem(`recipient-guard-simulator:runtime-storage:${key}`, value);
        }, options.runtimeStorage);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      (page as Page & { errors?: string[] }).errors = errors;
      await page.goto(
        `${origin}/?client=${client}${options.theme ? `&theme=${options.theme}` : ""}${options.lang ? `&lang=${encodeURIComponent(options.lang)}` : ""}`,
      );
      await page.getByText(/SendMode/).waitFor();
      return page;
    },
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** One harness for the test file that calls this at its top: started before its tests, closed after. */
export function harnessForFile(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error("the harness has not started");
    return harness;
  };
}

/** The simulator's Smart Alert. */
export const alertOf = (page: Page) => page.getByRole("alertdialog");

/** The task pane's frame, once it has loaded and rendered. */
export async function paneOf(page: Page, reviewTab = "Review"): Promise<Frame> {
  await page.locator("#pane-frame").waitFor();
  // The Review tab's name is in the pane's language ("Prüfung" in German).
  await page.frameLocator("#pane-frame").getByRole("tab", { name: reviewTab }).waitFor();
  const handle = await page.locator("#pane-frame").elementHandle();
  return (await handle!.contentFrame())!;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Fills the fields of the draft on screen: a message's To, Cc, Bcc and Subject, a meeting's Required, Optional and Title. */
export async function compose(
  page: Page,
  fields: {
    to?: string;
    cc?: string;
    bcc?: string;
    subject?: string;
    required?: string;
    optional?: string;
    title?: string;
  },
): Promise<void> {
  for (const [label, value] of [
    ["To", fields.to],
    ["Cc", fields.cc],
    ["Bcc", fields.bcc],
    ["Subject", fields.subject],
    ["Required", fields.required],
    ["Optional", fields.optional],
    ["Title", fields.title],
  ] as const) {
    if (value !== undefined) await page.getByLabel(label, { exact: true }).fill(value);
  }
}

/** Turns the simulated Outlook to its new-meeting form, as a user does with the app bar's choice. */
export async function newMeeting(page: Page): Promise<void> {
  await page.getByRole("radio", { name: "New meeting" }).check();
  await page.getByRole("region", { name: "New meeting" }).waitFor();
}

export function sentItems(page: Page) {
  return page.locator("#sent-list li");
}

/** The internet headers each sent message went with, one block per message that had any. */
export function sentHeaders(page: Page) {
  return page.locator("#sent-list li .sent-headers");
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One rule axe-core found broken, with where (CSS selectors of the elements). */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Waits until no finite animation or transition is running in the frame. A dialog fading out is
 * half transparent, and axe measures the contrast of its blended colours (CI failed on exactly
 * that); endless ones, such as a spinner, are left running.
 */
export async function settledAnimations(frame: Frame | Page): Promise<void> {
  // Written with promises, not async/await: the test compiler's helpers do not exist in the page.
  await frame.evaluate(() => {
    const settle = (round: number): Promise<void> => {
      const running = document
        .getAnimations()
        .filter((a) => a.playState === "running" && a.effect?.getComputedTiming().endTime !== Infinity);
      if (running.length === 0 || round >= 20) return Promise.resolve();
      return Promise.all(running.map((a) => a.finished.catch(() => undefined))).then(() => settle(round + 1));
    };
    return settle(0);
  });
}

/**
 * What axe-core finds against WCAG 2.1 levels A and AA in what `frame` shows now: `ours`, and
 * `upstream`, the one finding Fluent UI makes by design. Tabster, its focus manager, puts
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` around focus groups such as TabList to
 * pass the focus on; they must stay hidden from screen readers (microsoft/tabster#288;
 * microsoft/fluentui#27517, closed "By Design"; Accessibility Insights excuses them the same way,
 * microsoft/accessibility-insights-web#7605). Only aria-hidden-focus on an element carrying that
 * attribute is excused; TESTING.md lists it. axe runs through the DevTools protocol, which the
 * page's Content Security Policy does not govern, so the page keeps its real CSP.
 */
export async function accessibilityViolations(
  frame: Frame | Page,
): Promise<{ ours: AxeViolation[]; upstream: AxeViolation[] }> {
  await frame.evaluate(AXE_SOURCE);
  await settledAnimations(frame);
  return frame.evaluate(() => {
    interface Node {
      target: unknown[];
      element?: Element;
    }
    interface Violation {
      id: string;
      impact: string;
      help: string;
      nodes: Node[];
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } })
      .axe;
    const describe = (v: Violation, nodes: Node[]) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: nodes.map((n) => n.target.map(String).join(" ")),
    });
    return axe
      .run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        resultTypes: ["violations"],
        elementRef: true,
      })
      .then((results) => {
        const ours: ReturnType<typeof describe>[] = [];
        const upstream: ReturnType<typeof describe>[] = [];
        for (const v of (results as { violations: Violation[] }).violations) {
          const byDesign = (n: Node) =>
            v.id === "aria-hidden-focus" && !!n.element && n.element.hasAttribute("data-tabster-dummy");
          const mine = v.nodes.filter((n) => !byDesign(n));
          const theirs = v.nodes.filter(byDesign);
          if (mine.length > 0) ours.push(describe(v, mine));
          if (theirs.length > 0) upstream.push(describe(v, theirs));
        }
        return { ours, upstream };
      });
  });
}

/** The violations a page must not have: serious and critical ones of ours. */
export function seriousViolations(found: { ours: AxeViolation[] }): AxeViolation[] {
  return found.ours.filter((v) => v.impact === "serious" || v.impact === "critical");
}
