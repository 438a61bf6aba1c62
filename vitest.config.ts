import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds and browser tests take seconds each; the machine has two cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    maxWorkers: 2,
    env: { TZ: "UTC" },
    // The browser tests' Chromium is unpacked once, before the workers start.
    globalSetup: ["tests/support/global-setup.ts"],
  },
});
