// How many worker threads read a build's articles (src/extract/workers.ts): none for a small
// build or a machine whose cores other work keeps busy, two where a core is free; DIGEST_WORKERS
// decides when set.
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { workerCount } from "../../src/extract/workers.js";

const twoOrFewer = Math.min(2, availableParallelism());

describe("worker threads for the extract stage", () => {
  it("reads a large build on workers when a core sat idle while it started", () => {
    expect(workerCount(17_000, {}, 0.9)).toBe(twoOrFewer);
    expect(workerCount(17_000, {}, 3.2)).toBe(twoOrFewer);
  });

  it("reads on the main thread when other work kept every core busy", () => {
    expect(workerCount(17_000, {}, 0.1)).toBe(0);
    expect(workerCount(17_000, {}, 0)).toBe(0);
  });

  it("starts workers as before where the idle time cannot be told", () => {
    expect(workerCount(17_000, {}, null)).toBe(twoOrFewer);
  });

  it("never starts workers for a small build, idle or not", () => {
    expect(workerCount(500, {}, 1.5)).toBe(0);
    expect(workerCount(0, {}, 1.5)).toBe(0);
  });

  it("takes DIGEST_WORKERS over the machine's load", () => {
    expect(workerCount(17_000, { DIGEST_WORKERS: "2" }, 0)).toBe(2);
    expect(workerCount(17_000, { DIGEST_WORKERS: "0" }, 3)).toBe(0);
    expect(() => workerCount(17_000, { DIGEST_WORKERS: "two" }, 1)).toThrow(/not a number/);
  });
});
