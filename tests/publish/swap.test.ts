// Build, then swap: a failed, refused or killed build leaves the previous site exactly as it was,
// the next build recovers, and two builds into one folder never write it at once.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statfsSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyContent, copySeedContent, finished, PROJECT_ROOT, readExport, runBuild, startBuild } from "../support/build.js";
import { sandbox, SITE_JSON, smallContent, treeSnapshot, tryRun, tulsa } from "./support.js";

const FAKE_PAGEFIND = ["--import", join(PROJECT_ROOT, "tests/publish/fake-pagefind/register.mjs")];

/** A sandbox with a published site in it; returns the paths and the site's snapshot. */
function published(content = smallContent()) {
  const box = sandbox();
  const output = join(box, "site");
  const first = runBuild(["--content", content, "--output", output]);
  expect(first.status, first.stderr).toBe(0);
  return { box, content, output, before: treeSnapshot(output) };
}

// The small site is built once; each test gets its own copy of the content and of the site.
let smallSite: ReturnType<typeof published> | null = null;
function publishedSmall() {
  smallSite ??= published();
  const box = sandbox();
  const content = join(box, "content");
  const output = join(box, "site");
  cpSync(smallSite.content, content, { recursive: true });
  cpSync(smallSite.output, output, { recursive: true });
  return { box, content, output, before: treeSnapshot(output) };
}

/**
 * Only the output folder is left beside it: no staging folder or build lock, and the site it
 * replaced only when a build published over an earlier one (kept to be built over next time).
 */
function onlyOutputLeft(box: string, { previousKept = false } = {}) {
  expect(readdirSync(box).filter((name) => name.startsWith("site")).sort()).toEqual(previousKept ? ["site", "site.previous"] : ["site"]);
}


describe("a failed build keeps the previous site", () => {
  it("publishes a second build whole, leaving no staging folder or lock behind", () => {
    const { box, content, output } = publishedSmall();
    writeFileSync(join(content, "articles", "second.md"), tulsa("2024-03-05").replace("Shooting in Tulsa", "Second shooting in Tulsa"));
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    expect(readExport(output).articles).toHaveLength(2);
    onlyOutputLeft(box, { previousKept: true });
  });

  it.each([
    ["an empty pagefind-entry.json (a write cut short)", "empty-entry", /pagefind-entry\.json does not parse/],
    ["a missing metadata file", "no-meta", /pf_meta is missing/],
    ["Pagefind failing while indexing", "crash", /injected failure while indexing/],
  ])("fails on %s, keeping the previous site", (_, mode, message) => {
    const { box, content, output, before } = publishedSmall();
    writeFileSync(join(content, "articles", "second.md"), tulsa("2024-03-05").replace("Shooting in Tulsa", "Second shooting"));
    const run = runBuild(["--content", content, "--output", output], { FAKE_PAGEFIND: mode }, { nodeArgs: FAKE_PAGEFIND });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/nothing was published/);
    expect(treeSnapshot(output)).toEqual(before);
    onlyOutputLeft(box);
  });

  it("keeps the previous site when a broken lock file stops the build", () => {
    const { box, content, output, before } = publishedSmall();
    writeFileSync(join(content, "incidents.lock.json"), '{"version": 1, "incidents": {"../../etc": ["x"]}}');
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/incidents\.lock\.json:1: incidents: incident id/);
    expect(treeSnapshot(output)).toEqual(before);
    onlyOutputLeft(box);
  });

  it("publishes nothing under --strict when an article was rejected", () => {
    const { content, output, before } = publishedSmall();
    writeFileSync(join(content, "articles", "bad.md"), tulsa("2024-13-01"));
    const run = runBuild(["--content", content, "--output", output, "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--strict: 1 article\(s\) rejected/);
    expect(treeSnapshot(output)).toEqual(before);
  });

  it("keeps the previous site when the disk fills up while the new one is written", (context) => {
    const box = sandbox();
    const disk = join(box, "disk");
    mkdirSync(disk);
    if (!tryRun("mount", ["-t", "tmpfs", "-o", "size=3m", "tmpfs", disk])) {
      console.warn("SKIPPED: full-disk build test: cannot mount a tmpfs here");
      context.skip();
    }
    try {
      const output = join(disk, "site");
      const content = copySeedContent();
      expect(runBuild(["--content", content, "--output", output]).status).toBe(0);
      const before = treeSnapshot(output);
      // Fill the disk so that a second copy of the site cannot fit beside the first: half its size is left free.
      const siteBytes = Number(execFileSync("du", ["-sb", output], { encoding: "utf8" }).split("\t")[0]);
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(join(disk, "filler"), Buffer.alloc(Math.max(0, bavail * bsize - Math.floor(siteBytes / 2))));
      // A new article: with nothing changed the build would keep the site and write nothing.
      writeFileSync(join(content, "articles", "extra.md"), tulsa("2024-06-08"));
      const run = runBuild(["--content", content, "--output", output]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/ENOSPC/);
      expect(treeSnapshot(output)).toEqual(before);
    } finally {
      execFileSync("umount", [disk]);
    }
  });
});

describe("a build killed with SIGKILL", () => {
  let seedContent: string;
  beforeAll(() => {
    seedContent = copySeedContent();
  });

  // Points of a build, seen from outside: the staging folder appears, pages are in it, the exports are written.
  const points: [string, (staging: string) => boolean][] = [
    ["as soon as the staging folder exists", (staging) => existsSync(staging)],
    ["once pages are written", (staging) => existsSync(join(staging, "incidents"))],
    // The exports are among the last files Eleventy writes; the search index is built after them.
    ["while the search index is built", (staging) => existsSync(join(staging, "data", "incidents.json"))],
  ];

  it.each(points)("%s leaves the previous site intact, and the next build recovers", async (_, reached) => {
    // A copy each: the build must have a new article to write (with nothing changed it writes nothing).
    const { box, content, output, before } = published(copyContent(seedContent));
    writeFileSync(join(content, "articles", "extra.md"), tulsa("2024-06-08"));
    const child = startBuild(["--content", content, "--output", output]);
    const done = finished(child);
    const staging = `${output}.staging`;
    const deadline = Date.now() + 60_000;
    while (!reached(staging) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    const run = await done;
    expect(run.status, "the build ended before the point was reached").toBe(null);
    expect(treeSnapshot(output)).toEqual(before);
    // The next build sees the dead build's lock as stale, clears its staging folder and publishes.
    const next = runBuild(["--content", content, "--output", output]);
    expect(next.status, next.stderr).toBe(0);
    expect(readExport(output).articles.map((a: { id: string }) => a.id)).toContain("extra");
    onlyOutputLeft(box, { previousKept: true });
  });

  it("between the two renames of the swap: the next build puts the previous site back first", () => {
    const { box, content, output, before } = publishedSmall();
    // What a kill between "site -> site.previous" and "site.staging -> site" leaves.
    renameSync(output, `${output}.previous`);
    mkdirSync(`${output}.staging`);
    writeFileSync(join(`${output}.staging`, ".incident-digest-build"), "");
    // A build refused for a bad site.json still restores the site.
    writeFileSync(join(content, "site.json"), JSON.stringify({ baseUrl: "javascript:alert(1)" }));
    const refused = runBuild(["--content", content, "--output", output]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toMatch(/recovered: an earlier build stopped while publishing/);
    expect(treeSnapshot(output)).toEqual(before);
    onlyOutputLeft(box);
    writeFileSync(join(content, "site.json"), SITE_JSON);
    expect(runBuild(["--content", content, "--output", output]).status).toBe(0);
  });
});

describe("leftovers of a killed build", () => {
  it("a previous site half deleted (by an older version's build) is built over: nothing of it the build did not write is published", () => {
    const { box, content, output } = publishedSmall();
    mkdirSync(join(`${output}.previous`, "incidents"), { recursive: true });
    writeFileSync(join(`${output}.previous`, ".incident-digest-build"), "");
    writeFileSync(join(`${output}.previous`, "incidents", "left.html"), "<p>left over</p>");
    writeFileSync(join(content, "articles", "second.md"), tulsa("2024-03-05").replace("Shooting in Tulsa", "Second shooting in Tulsa"));
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(output, "incidents", "left.html"))).toBe(false);
    onlyOutputLeft(box, { previousKept: true });
  });

  it("a folder of the same name that the build did not write is left alone, and the build refuses", () => {
    const { box, content, output, before } = publishedSmall();
    mkdirSync(`${output}.staging`);
    writeFileSync(join(`${output}.staging`, "thesis.docx"), "precious");
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/site\.staging: it exists and was not written by a digest build/);
    expect(readFileSync(join(`${output}.staging`, "thesis.docx"), "utf8")).toBe("precious");
    expect(treeSnapshot(output)).toEqual(before);
    expect(readdirSync(box).filter((name) => name.startsWith("site")).sort()).toEqual(["site", "site.staging"]);
  });
});

describe("two builds into one folder", () => {
  it("refuse while another build holds the lock, naming its PID, and take over once that build is gone", async () => {
    const { box, content, output, before } = publishedSmall();
    // A live process on this machine holds the lock, as a build in progress would.
    const holder = spawn("sleep", ["120"], { stdio: "ignore" });
    const stat = readFileSync(`/proc/${holder.pid}/stat`, "utf8");
    const processStart = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    writeFileSync(`${output}.build-lock`, JSON.stringify({ pid: holder.pid, host: hostname(), started: "2026-01-01T00:00:00.000Z", processStart }));
    const refused = runBuild(["--content", content, "--output", output]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(new RegExp(`another build \\(PID ${holder.pid} on .*\\) is writing .*site; wait for it to finish, or delete .*site\\.build-lock if no build is running`));
    expect(treeSnapshot(output)).toEqual(before);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.on("exit", resolve));
    const next = runBuild(["--content", content, "--output", output]);
    expect(next.status, next.stderr).toBe(0);
    onlyOutputLeft(box, { previousKept: true });
  });

  it("started together: one publishes, the other waits its turn or says another build is running", async () => {
    const { box, content, output } = publishedSmall();
    const runs = await Promise.all([0, 1].map(() => finished(startBuild(["--content", content, "--output", output]))));
    // Normally one refuses (exit 3); on a loaded machine the second may only start once the
    // first has finished, and then publishes after it. Never do they write the site at once.
    expect(runs.map((r) => r.status).every((status) => status === 0 || status === 3)).toBe(true);
    expect(runs.some((r) => r.status === 0)).toBe(true);
    for (const r of runs.filter((r) => r.status === 3)) expect(r.stderr).toMatch(/another build .* is writing/);
    expect(readExport(output).articles).toHaveLength(1);
    onlyOutputLeft(box, { previousKept: true });
  });
});

describe("the content folder's state", () => {
  it("a read-only content folder builds the site, warns that the lock file could not be written, and exits 0", (context) => {
    const content = smallContent();
    // A read-only bind mount stops even root from writing (chmod would not); other users get chmod.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(content, 0o555);
    else if (!tryRun("mount", ["--bind", content, content]) || !tryRun("mount", ["-o", "remount,bind,ro", content])) {
      tryRun("umount", [content]);
      console.warn("SKIPPED: read-only content test: cannot make a read-only bind mount here");
      context.skip();
    }
    try {
      const box = sandbox();
      const output = join(box, "site");
      const run = runBuild(["--content", content, "--output", output]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/warning: could not write .*incidents\.lock\.json \((EROFS|EACCES)\)/);
      expect(readExport(output).articles).toHaveLength(1);
      onlyOutputLeft(box);
    } finally {
      if (asRoot) execFileSync("umount", [content]);
      else chmodSync(content, 0o755);
    }
  });

  it("accepts a lock file saved with a byte order mark", () => {
    const content = smallContent();
    const box = sandbox();
    expect(runBuild(["--content", content, "--output", join(box, "site")]).status).toBe(0);
    const lock = readFileSync(join(content, "incidents.lock.json"), "utf8");
    writeFileSync(join(content, "incidents.lock.json"), `\uFEFF${lock}`);
    const run = runBuild(["--content", content, "--output", join(box, "site")]);
    expect(run.status, run.stderr).toBe(0);
    expect(readExport(join(box, "site")).incidents.map((i: { id: string }) => i.id)).toEqual(Object.keys(JSON.parse(lock).incidents));
  });
});
