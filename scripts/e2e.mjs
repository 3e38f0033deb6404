#!/usr/bin/env node
// Runs the browser end-to-end tests (test/e2e) against the built add-in in Debian's Chromium.
// Without a Chromium it says so loudly; under CI (CI=true) that is a failure, because CI must run them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].filter(Boolean);
const chromium = candidates.find((p) => fs.existsSync(p));

if (!chromium) {
  const line = "!".repeat(78);
  console.error(
    `\n${line}\n!! Browser end-to-end tests NOT RUN: no Chromium found (${candidates.join(", ")}).\n!! Install it with: apt-get install -y chromium   (or set CHROMIUM_PATH)\n${line}\n`,
  );
  process.exit(process.env.CI ? 1 : 0);
}

const result = spawnSync(
  process.execPath,
  ["node_modules/jest/bin/jest.js", "--config", "jest.e2e.config.js", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
