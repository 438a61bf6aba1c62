// Pages written only when their content changed (src/site/page-cache.ts): a page's key must
// cover everything its output is made from. Whole builds compare incremental and cold sites byte
// for byte (tests/build/incremental.test.ts); these check the rules that make that hold.
import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/site/config.js";
import { FOOTER_TOKENS, footerFiller, keepRender, keptRenders, outputFile, pageInputs, planPages, pruneCache, renderEverything, writeCarried } from "../../src/site/page-cache.js";
import { buildSiteData, type SiteData } from "../../src/site/view.js";
import { sampleDigest } from "./support/digest.js";
import { PROJECT_ROOT } from "./support/eleventy.js";

const config = readSiteConfig(join(PROJECT_ROOT, "content"), join(PROJECT_ROOT, "content"));
const inputs = pageInputs({ code: "code", project: "templates", config });

/** The templates a paginated page is rendered through: the paginated pages, their layout and partials. */
function templatesOfPaginatedPages(): { file: string; text: string }[] {
  const pages = readdirSync(join(PROJECT_ROOT, "content", "pages"))
    .map((name) => join("content", "pages", name))
    .filter((file) => readFileSync(join(PROJECT_ROOT, file), "utf8").includes("pagination:"));
  const shared = ["layouts", "partials"].flatMap((dir) => readdirSync(join(PROJECT_ROOT, "_includes", dir)).map((name) => join("_includes", dir, name)));
  return [...pages, ...shared].map((file) => ({ file, text: readFileSync(join(PROJECT_ROOT, file), "utf8") }));
}

describe("a page's key covers what it prints", () => {
  it("a paginated page reads of the site-wide data only the settings, the footer (filled in as it is written) and its own list", () => {
    // The redirect and withdrawn pages are always rendered (not planned), so their lists are allowed too.
    const allowed = /^site\.(config\.\w+|footer\.\w+|render\.\w+|redirects|withdrawn)$/;
    const reads = templatesOfPaginatedPages().flatMap(({ file, text }) => [...text.matchAll(/(?<![\w/.-])site\.[\w.]+/g)].map((m) => `${file}: ${m[0]}`));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((read) => !allowed.test(read.split(": ")[1]!))).toEqual([]);
    // Nor the collections, which list other pages.
    expect(templatesOfPaginatedPages().filter(({ text }) => /\bcollections\b/.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it("every page's data is plain (JSON leaves out a Map, a Set or a function, so a key would miss what it holds)", () => {
    const site = buildSiteData(sampleDigest(), config);
    const notPlain: string[] = [];
    const walk = (value: unknown, path: string, seen: Set<unknown>) => {
      if (value === null || typeof value !== "object") {
        if (typeof value === "function") notPlain.push(path);
        return;
      }
      if (value instanceof Map || value instanceof Set) return void notPlain.push(path);
      if (seen.has(value)) return;
      seen.add(value);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, seen);
    };
    for (const [name, items] of Object.entries(renderEverything(site).render)) walk(items, name, new Set());
    expect(notPlain).toEqual([]);
  });
});

describe("planning pages", () => {
  const LUHANSK = "2024-06-07-luhansk-missile-strike";
  const siteWith = (killed: number): SiteData => {
    const digest = sampleDigest();
    digest.incidents = digest.incidents.map((i) => (i.id === LUHANSK ? { ...i, killed: { ...i.killed!, best: killed } } : i));
    return buildSiteData(digest, config);
  };

  it("renders every page once, then only pages whose data changed; a carried page is written as it was rendered, footer filled in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-pages-"));
    const first = planPages(siteWith(4), inputs, dir);
    expect(first.carried).toEqual([]);
    for (const [url] of first.keys) keepRender(first, url, `<p>${url}</p><footer>${FOOTER_TOKENS.updatedLabel} from ${FOOTER_TOKENS.articlesLabel}</footer>`);
    await keptRenders(first);

    const again = planPages(siteWith(4), inputs, dir);
    expect(again.keys.size).toBe(0);
    expect(again.carried.length).toBe(first.keys.size);

    const changed = planPages(siteWith(5), inputs, dir);
    const changedUrl = siteWith(5).incidents.find((i) => i.id === LUHANSK)!.url;
    expect([...changed.keys.keys()]).toContain(changedUrl);
    // The pages listing it too (in their keys it stands as its own data's hash).
    const listing = siteWith(5);
    const dayUrl = listing.days.find((d) => d.incidents.some((i) => i.id === LUHANSK))!.url;
    const placeUrl = listing.places.find((p) => p.incidents.some((i) => i.id === LUHANSK))?.url ?? listing.regions.find((r) => r.incidents.some((i) => i.id === LUHANSK))!.url;
    expect([...changed.keys.keys()]).toEqual(expect.arrayContaining([dayUrl, placeUrl]));
    expect(changed.carried.map((c) => c.url)).not.toContain(changedUrl);
    // Other settings or templates: every page is rendered again.
    expect(planPages(siteWith(4), pageInputs({ code: "code", project: "templates changed", config }), dir).carried).toEqual([]);

    const out = mkdtempSync(join(tmpdir(), "digest-pages-out-"));
    const fill = footerFiller({ updated: "2024-06-09", updatedLabel: "9 June 2024", articlesLabel: "3 articles & more" });
    await writeCarried(again, out, fill, () => undefined);
    const carried = again.carried.find((c) => c.url.endsWith("/"))!;
    expect(readFileSync(join(out, carried.url, "index.html"), "utf8")).toBe(`<p>${carried.url}</p><footer>9 June 2024 from 3 articles &amp; more</footer>`);
  });

  // Unbounded, a cold build at 523k articles opened a file for each of its 100,000 outputs at once
  // (EMFILE). Open files are counted where the system lists them (/proc/self/fd).
  it.skipIf(!existsSync("/proc/self/fd"))("writes the kept pages a few files at a time, however many are kept at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-pages-"));
    const plan = planPages(siteWith(4), inputs, dir);
    const openFiles = () => readdirSync("/proc/self/fd").length;
    const before = openFiles();
    const urls = [...plan.keys.keys()];
    for (let round = 0; round < 200; round++) for (const url of urls) keepRender(plan, url, `${url} ${round}`.repeat(50));
    let most = 0;
    const sample = setInterval(() => (most = Math.max(most, openFiles() - before)), 1);
    await keptRenders(plan);
    clearInterval(sample);
    expect(most).toBeLessThanOrEqual(32);
    const again = planPages(siteWith(4), inputs, dir);
    const out = mkdtempSync(join(tmpdir(), "digest-pages-out-"));
    await writeCarried(again, out, (output) => output, () => undefined);
    expect(readFileSync(join(out, outputFile(urls[0]!)), "utf8")).toBe(`${urls[0]} 199`.repeat(50));
  });

  it("forgets the pages the last build did not use", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-pages-"));
    const first = planPages(siteWith(4), inputs, dir);
    for (const [url] of first.keys) keepRender(first, url, url);
    await keptRenders(first);
    const next = planPages(siteWith(5), inputs, dir);
    for (const [url] of next.keys) keepRender(next, url, url);
    const warnings: string[] = [];
    await pruneCache(next, (line) => warnings.push(line));
    expect(warnings).toEqual([]);
    // The pages of the first build that the last one did not use are rendered again; the rest is carried.
    const back = planPages(siteWith(4), inputs, dir);
    expect(back.keys.size).toBe(next.keys.size);
    expect([...back.keys.keys()].sort()).toEqual([...next.keys.keys()].sort());
    expect(back.carried.length).toBe(first.keys.size - next.keys.size);
    // What is left is the index and the packs it names (an older cache's files and leftovers go).
    expect(readdirSync(dir).filter((name) => name !== "index.json" && !name.endsWith(".pack"))).toEqual([]);
  });

  it("an index that does not hold together is no cache: every page is rendered again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-pages-"));
    const first = planPages(siteWith(4), inputs, dir);
    for (const [url] of first.keys) keepRender(first, url, url.repeat(20));
    await pruneCache(first, () => {});
    const pack = readdirSync(dir).find((name) => name.endsWith(".pack"))!;
    truncateSync(join(dir, pack), 10);
    expect(planPages(siteWith(4), inputs, dir).carried).toEqual([]);
    writeFileSync(join(dir, "index.json"), "[[1, 2");
    expect(planPages(siteWith(4), inputs, dir).carried).toEqual([]);
  });

  it("a cache it cannot write costs a warning, not the build", async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), "digest-pages-")), "a-file");
    writeFileSync(blocker, "not a folder");
    const plan = planPages(siteWith(4), inputs, join(blocker, "pages"));
    expect(plan.carried).toEqual([]);
    for (const [url] of plan.keys) expect(() => keepRender(plan, url, url)).not.toThrow();
    const warnings: string[] = [];
    await pruneCache(plan, (line) => warnings.push(line));
    expect(warnings).toEqual([expect.stringMatching(/^warning: could not write the page cache in .*a-file\/pages \(ENOTDIR\); the site is complete/)]);
  });
});
