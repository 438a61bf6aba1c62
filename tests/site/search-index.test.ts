// The search index is fed incident pages as they are written (src/site/search-index.ts): pages
// go into Pagefind in the site's order whatever order they come in, other pages are left out,
// and a page that never comes fails the build instead of leaving a search that misses it.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SearchIndexError, SearchIndexFeed } from "../../src/site/search-index.js";

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

const PAGES: [string, string][] = [
  ["/incidents/a/", page("Shelling in Nikopol", "Artillery hit a street in Nikopol overnight.")],
  ["/incidents/b/", page("Missile strike in Luhansk", "A missile hit a depot in Luhansk.")],
  ["/incidents/c/", page("Drone strike in Kharkiv", "A drone hit a warehouse in Kharkiv.")],
];

/** The word files Pagefind wrote (named by their content, which holds the pages' numbers). */
function wordFiles(outputDir: string): string[] {
  return readdirSync(join(outputDir, "pagefind", "index")).sort();
}

async function indexInOrder(writtenOrder: number[]): Promise<{ outputDir: string; pages: number }> {
  const outputDir = mkdtempSync(join(tmpdir(), "digest-search-index-"));
  const feed = new SearchIndexFeed(outputDir, "en", PAGES.map(([url]) => url));
  feed.add("/days/2024-06-07/", page("7 June", "Every incident of the day."));
  for (const i of writtenOrder) feed.add(...PAGES[i]!);
  const { pages } = await feed.write();
  return { outputDir, pages };
}

describe("the search index fed page by page", () => {
  it("indexes the incident pages only, and the same index whatever order they were written in", async () => {
    const inOrder = await indexInOrder([0, 1, 2]);
    const reversed = await indexInOrder([2, 1, 0]);
    expect(inOrder.pages).toBe(3);
    expect(reversed.pages).toBe(3);
    expect(wordFiles(reversed.outputDir)).toEqual(wordFiles(inOrder.outputDir));
    const entry = JSON.parse(readFileSync(join(inOrder.outputDir, "pagefind", "pagefind-entry.json"), "utf8"));
    expect(entry.languages.en.page_count).toBe(3);
    // Each fragment took the place of a file made ahead; none of those is left.
    const fragments = readdirSync(join(inOrder.outputDir, "pagefind", "fragment"));
    expect(fragments).toHaveLength(3);
    expect(fragments.every((name) => name.endsWith(".pf_fragment") && statSync(join(inOrder.outputDir, "pagefind", "fragment", name)).size > 0)).toBe(true);
  });

  it("makes the writer wait while Pagefind has many pages still to read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-search-index-"));
    const urls = Array.from({ length: 100 }, (_, i) => `/incidents/i${i}/`);
    const feed = new SearchIndexFeed(dir, "en", urls);
    expect(feed.room()).toBeUndefined();
    urls.forEach((url, i) => feed.add(url, page(`Shelling in place ${i}`, `Shells hit street ${i}.`)));
    const waited = feed.room();
    expect(waited).toBeInstanceOf(Promise);
    await waited;
    expect((await feed.write()).pages).toBe(100);
  });

  it("fails when an incident page was never written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-search-index-"));
    const feed = new SearchIndexFeed(dir, "en", PAGES.map(([url]) => url));
    feed.add(...PAGES[0]!);
    feed.add(...PAGES[2]!);
    await expect(feed.write()).rejects.toThrow(new SearchIndexError("/incidents/b/ was not written, so it is not in the search index"));
    // The files made ahead for its fragments are gone with the failed index.
    expect(readdirSync(join(dir, "pagefind", "fragment"))).toEqual([]);
  });
});
