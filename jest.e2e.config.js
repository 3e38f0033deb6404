/** Browser end-to-end tests: run by scripts/e2e.mjs, which finds Chromium first. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/e2e/setup.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
