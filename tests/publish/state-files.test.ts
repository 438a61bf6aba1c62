// The lock file and the build lock: replaced atomically (a writer failing midway, a full disk),
// read with a byte order mark, and a build lock that tells a live build from a dead one.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_LOCK, readLock, writeLock } from "../../src/lock/index.js";
import { acquireBuildLock, BuildBusyError, holdsBuildLock } from "../../src/publish/build-lock.js";
import type { IncidentLock } from "../../src/model.js";

const sandbox = () => mkdtempSync(join(tmpdir(), "digest-state-"));

function bigLock(incidents: number): IncidentLock {
  const lock: IncidentLock = { version: 1, incidents: {}, redirects: {}, withdrawn: {} };
  for (let i = 0; i < incidents; i++) lock.incidents[`2024-06-${String((i % 28) + 1).padStart(2, "0")}-place-${i}-shelling`] = [`article-${i}`, `article-${i}-b`];
  return lock;
}

describe("incidents.lock.json is replaced atomically", () => {
  it("keeps the previous lock whole when the writer fails midway (a full disk), and leaves no temporary file", () => {
    const dir = sandbox();
    const path = join(dir, "incidents.lock.json");
    writeLock(path, bigLock(10));
    const before = readFileSync(path, "utf8");
    let written = 0;
    const failingWriter = (_fd: number, _bytes: Buffer, _offset: number, length: number) => {
      // Writes one 4 KiB page, then the disk is full.
      if (written >= 4096) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      const n = Math.min(length, 4096);
      written += n;
      return n;
    };
    expect(() => writeLock(path, bigLock(500), failingWriter)).toThrow(/ENOSPC/);
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["incidents.lock.json"]);
    expect(Object.keys(readLock(path).incidents)).toHaveLength(10);
  });

  it("on a full tmpfs, the previous lock stays readable", (context) => {
    const dir = sandbox();
    // A 64 KiB file system the lock cannot grow in: needs root and mount (skipped visibly otherwise).
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir]).status === 0;
    if (!mounted) {
      console.warn("SKIPPED: full-disk lock test: cannot mount a tmpfs here (the injected-writer test above covers it)");
      context.skip();
    }
    try {
      const path = join(dir, "incidents.lock.json");
      writeLock(path, bigLock(20));
      const before = readFileSync(path, "utf8");
      expect(() => writeLock(path, bigLock(5000))).toThrow(/ENOSPC/);
      expect(readFileSync(path, "utf8")).toBe(before);
      expect(readdirSync(dir)).toEqual(["incidents.lock.json"]);
    } finally {
      execFileSync("umount", [dir]);
    }
  });

  it("accepts a lock file saved with a byte order mark", () => {
    const path = join(sandbox(), "incidents.lock.json");
    writeFileSync(path, `\uFEFF${JSON.stringify({ version: 1, incidents: { "2024-06-07-luhansk-missile-strike": ["a"] } })}`);
    expect(readLock(path).incidents).toEqual({ "2024-06-07-luhansk-missile-strike": ["a"] });
    // Rewriting the same content does not count as a change (the dev server would loop).
    writeFileSync(path, `\uFEFF${JSON.stringify(EMPTY_LOCK, null, 2)}\n`);
    expect(writeLock(path, EMPTY_LOCK)).toBe(false);
  });

  it("says where a broken lock breaks without quoting it", () => {
    const path = join(sandbox(), "incidents.lock.json");
    writeFileSync(path, "SECRET_TOKEN=abc123\n");
    expect(() => readLock(path)).toThrow(/not valid JSON/);
    expect(() => readLock(path)).not.toThrow(/SECRET|abc123/);
  });
});

describe("the build lock", () => {
  it("refuses a second build while the first holds it, naming the holder's PID, and frees it on release", () => {
    const path = join(sandbox(), "site.build-lock");
    const release = acquireBuildLock(path, "the site");
    expect(holdsBuildLock(path)).toBe(true);
    expect(() => acquireBuildLock(path, "the site")).toThrow(BuildBusyError);
    expect(() => acquireBuildLock(path, "the site")).toThrow(new RegExp(`PID ${process.pid}`));
    release();
    expect(existsSync(path)).toBe(false);
    acquireBuildLock(path, "the site")();
  });

  it("takes over a lock whose process is gone", () => {
    const path = join(sandbox(), "site.build-lock");
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid!; // has exited by now
    writeFileSync(path, JSON.stringify({ pid: dead, host: hostname(), started: "2026-01-01T00:00:00Z", processStart: null }));
    const release = acquireBuildLock(path, "the site");
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes a lock left empty by a build killed while creating it only once it is old", () => {
    const dir = sandbox();
    const path = join(dir, "site.build-lock");
    writeFileSync(path, "");
    expect(() => acquireBuildLock(path, "the site")).toThrow(BuildBusyError);
    execFileSync("touch", ["-d", "1 hour ago", path]);
    acquireBuildLock(path, "the site")();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes over a lock whose PID now belongs to another process (a reused PID)", () => {
    const path = join(sandbox(), "site.build-lock");
    // PID 1 is alive, but its start time is not the one the lock recorded.
    writeFileSync(path, JSON.stringify({ pid: 1, host: hostname(), started: "x", processStart: "999999999999" }));
    const release = acquireBuildLock(path, "the site");
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("counts a lock of a live build on this machine as held", () => {
    const path = join(sandbox(), "site.build-lock");
    const start = readFileSync("/proc/1/stat", "utf8");
    const processStart = start.slice(start.lastIndexOf(")") + 2).split(" ")[19];
    writeFileSync(path, JSON.stringify({ pid: 1, host: hostname(), started: "x", processStart }));
    expect(() => acquireBuildLock(path, "the site")).toThrow(/another build \(PID 1 /);
  });
});
