// Small content folders and tree snapshots for the publishing tests.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { makeContentDir } from "../support/content.js";

export const SITE_JSON = JSON.stringify({ title: "Test digest", baseUrl: "https://digest.test" });

export const tulsa = (published = "2024-03-04") =>
  `---\ntitle: Shooting in Tulsa\npublished: ${published}\nsource: Test Wire\nurl: https://news.test/tulsa\n---\nA man was shot dead in Tulsa, Oklahoma, on Monday, police said.\n`;

/** A one-article content folder with a site.json, plus any files given. */
export function smallContent(files: Record<string, string | Buffer> = {}): string {
  return makeContentDir({ "articles/tulsa.md": tulsa(), "site.json": SITE_JSON, ...files });
}

/** A sandbox folder; content and output go inside it so writes outside them show. */
export function sandbox(): string {
  return mkdtempSync(join(tmpdir(), "digest-publish-"));
}

/** Every file under `dir` with a hash of its bytes: equal snapshots mean an untouched folder. */
export function treeSnapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash("sha1").update(readFileSync(path)).digest("hex");
  }
  return files;
}

/** All text the build wrote (pages, feeds, exports), for checks that something never appears. */
export function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|csv|geojson|txt)$/.test(e.name) && !e.parentPath.includes("pagefind"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
    .join("\n");
}

/** Runs a command; true when it worked (mount, mkfifo may not be allowed). */
export function tryRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}
