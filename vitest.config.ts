import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds and browser tests take seconds each, whole-corpus builds a minute; the machine has
    // two cores, often shared: two gva-dev builds took 209 s with the load average at 16.
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: "forks",
    maxWorkers: 2,
    env: { TZ: "UTC" },
    // The browser tests' Chromium is unpacked once, before the workers start.
    globalSetup: ["tests/support/global-setup.ts"],
  },
});
