import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
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
  open(client: string, options?: { roaming?: Record<string, unknown> }): Promise<Page>;
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
      if (options.roaming) {
        await context.addInitScript((roaming) => {
          localStorage.setItem("recipient-guard-simulator:roaming", JSON.stringify(roaming));
        }, options.roaming);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      (page as Page & { errors?: string[] }).errors = errors;
      await page.goto(`${origin}/?client=${client}`);
      await page.getByText(/SendMode/).waitFor();
      return page;
    },
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export async function compose(
  page: Page,
  fields: { to?: string; cc?: string; bcc?: string; subject?: string },
): Promise<void> {
  for (const [label, value] of [
    ["To", fields.to],
    ["Cc", fields.cc],
    ["Bcc", fields.bcc],
    ["Subject", fields.subject],
  ] as const) {
    if (value !== undefined) await page.getByLabel(label, { exact: true }).fill(value);
  }
}

export function sentItems(page: Page) {
  return page.locator("#sent-list li");
}
