// Building over an older site (src/publish/reuse.ts): what the build did not write is removed,
// judged by each file's identity and change time, never by comparing clocks.
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readOlderSite, removeUnwritten, writeOver } from "../../src/publish/reuse.js";
import { sandbox } from "./support.js";

/** An older site, written a moment ago (a build ago in use: longer than a tick of the file system's clock). */
async function olderSite(): Promise<string> {
  const dir = join(sandbox(), "site.staging");
  for (const [path, text] of Object.entries({
    ".incident-digest-build": "marker",
    "index.html": "<p>home</p>",
    "incidents/kept/index.html": "<p>kept</p>",
    "incidents/gone/index.html": "<p>gone</p>",
    "incidents/gone/incident.json": "{}",
    "pagefind/fragment/old.pf_fragment": "old",
  })) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return dir;
}

describe("building over an older site", () => {
  it("removes the files not written again, and the folders that leaves empty; keeps the marker", async () => {
    const dir = await olderSite();
    const older = readOlderSite(dir);
    writeFileSync(join(dir, "index.html"), "<p>home</p>");
    writeFileSync(join(dir, "incidents/kept/index.html"), "<p>kept, updated</p>");
    expect(removeUnwritten(dir, older, new Set(), (path) => !path.startsWith("pagefind/"))).toBe(2);
    expect(existsSync(join(dir, "incidents/gone"))).toBe(false);
    expect(readFileSync(join(dir, "incidents/kept/index.html"), "utf8")).toBe("<p>kept, updated</p>");
    expect(existsSync(join(dir, ".incident-digest-build"))).toBe(true);
    // The search index's part is judged apart, once the new index is written.
    expect(existsSync(join(dir, "pagefind/fragment/old.pf_fragment"))).toBe(true);
    expect(removeUnwritten(dir, older, new Set())).toBe(1);
    expect(existsSync(join(dir, "pagefind"))).toBe(false);
  });

  it("keeps a file written with the same bytes and its old modification time put back (a copy keeping times)", async () => {
    const dir = await olderSite();
    const before = statSync(join(dir, "index.html"));
    const older = readOlderSite(dir);
    writeFileSync(join(dir, "index.html"), "<p>home</p>");
    utimesSync(join(dir, "index.html"), before.atime, before.mtime);
    removeUnwritten(dir, older, new Set());
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("<p>home</p>");
  });

  it("keeps a file the build says it wrote, whatever its times say", async () => {
    const dir = await olderSite();
    const older = readOlderSite(dir);
    removeUnwritten(dir, older, new Set(["index.html"]));
    expect(existsSync(join(dir, "index.html"))).toBe(true);
    expect(existsSync(join(dir, "incidents/kept/index.html"))).toBe(false);
  });

  it("writes a file over the one there, shorter or longer, in place; creates one that is not there", async () => {
    const dir = await olderSite();
    const page = join(dir, "index.html");
    const inode = statSync(page).ino;
    writeOver(page, "<p>a much longer home page than before</p>");
    expect(readFileSync(page, "utf8")).toBe("<p>a much longer home page than before</p>");
    writeOver(page, "<p>short</p>");
    expect(readFileSync(page, "utf8")).toBe("<p>short</p>");
    expect(statSync(page).ino).toBe(inode);
    writeOver(join(dir, "new.html"), new TextEncoder().encode("<p>new</p>"));
    expect(readFileSync(join(dir, "new.html"), "utf8")).toBe("<p>new</p>");
  });
});
