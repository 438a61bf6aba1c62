// Incremental builds (the extraction cache, src/extract/cache.ts) give exactly what a cold build
// of the same content gives: after each change below, one build uses the cache the earlier builds
// filled, another starts from an empty cache on a copy of the same content (lock file included),
// and every page, export and the lock file they write must be byte for byte the same. The
// incremental builds share one output folder, so from the third on each writes over the site
// published two builds before (src/publish/reuse.ts): what it did not write must be gone.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cacheVersion, ExtractionCache } from "../../src/extract/cache.js";
import { PlaceDensity } from "../../src/places/scan/light.js";
import { defaultCacheDir } from "../../src/places/gazetteer/cache.js";
import { type BuildRun, copyContent, copySeedContent, freshOutput, PINNED_NOW, PROJECT_ROOT, readExport, runBuild } from "../support/build.js";

/** Every file of a site except the search index (Pagefind names its files by content hashes of its own; counted separately). */
function siteFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (!path.startsWith("pagefind/")) files.set(path, readFileSync(join(dir, path)));
  }
  return files;
}

/**
 * The search index's files: each build writes its own over the site before the last (src/publish/reuse.ts),
 * so none may be left from it. The filter files and the metadata file are named by hashes of what
 * Pagefind orders its own way (different between any two runs): counted, not named.
 */
function searchIndexFiles(dir: string): string[] {
  return readdirSync(join(dir, "pagefind"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(join(dir, "pagefind"), join(entry.parentPath, entry.name)))
    .map((path) => (path.startsWith("filter/") ? "filter/*" : path.endsWith(".pf_meta") ? "*.pf_meta" : path))
    .sort();
}

function indexedPages(dir: string): number {
  const entry = JSON.parse(readFileSync(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

function expectSameSites(incremental: string, cold: string): void {
  const a = siteFiles(incremental);
  const b = siteFiles(cold);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
  expect(indexedPages(incremental)).toBe(indexedPages(cold));
  expect(searchIndexFiles(incremental)).toEqual(searchIndexFiles(cold));
}

// Articles written for this test (modelled on wire reports; not corpus text).
const KHARKIV = `---
title: Drone strike hits Kharkiv warehouse, two injured
source: example-wire.org
published: 2024-06-08
url: https://example-wire.org/kharkiv-warehouse
---
A Russian drone hit a warehouse in Kharkiv on Saturday morning, injuring two workers, the regional governor said.

Firefighters put out the blaze by noon.
`;
const ODESA = `---
title: Missile strike on Odesa port kills three
source: example-news.net
published: 2024-06-09
url: https://example-news.net/odesa-port
---
Three people were killed when a missile struck the port of Odesa on Sunday, the regional administration said.
`;
const LATE_FOLLOW_UP = `---
title: Luhansk buries victims of last week's missile strike
source: example-wire.org
published: 2024-06-13
url: https://example-wire.org/luhansk-funerals
---
Funerals were held in Luhansk on Thursday for the four people killed in the missile strike on the city on June 7, when an apartment block collapsed.
`;

/**
 * A cache folder holding no extraction results, only the gazetteer index another cache folder
 * holds (linked, not built again: building it takes a cold build 13 s or more, and is not what
 * these tests compare).
 */
function cacheWithGazetteerOf(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "digest-cache-"));
  if (existsSync(from)) for (const name of readdirSync(from).filter((n) => n.startsWith("gazetteer-") && n.endsWith(".bin"))) linkOrCopy(join(from, name), join(dir, name));
  return dir;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    cpSync(from, to);
  }
}

describe("incremental and cold builds", () => {
  const cacheDir = cacheWithGazetteerOf(defaultCacheDir());
  const content = copySeedContent();
  const output = freshOutput();
  const env = { INCIDENT_DIGEST_CACHE_DIR: cacheDir };

  /** Builds `content` with the shared cache, and a copy of it with an empty cache; compares them. */
  function buildBoth(): { incremental: BuildRun; cold: BuildRun } {
    const coldContent = copyContent(content);
    const coldOutput = freshOutput();
    const incremental = runBuild(["--content", content, "--output", output], env);
    const cold = runBuild(["--content", coldContent, "--output", coldOutput], { INCIDENT_DIGEST_CACHE_DIR: cacheWithGazetteerOf(cacheDir) });
    expect(incremental.status, incremental.stderr).toBe(0);
    expect(cold.status, cold.stderr).toBe(0);
    expectSameSites(output, coldOutput);
    expect(readFileSync(join(content, "incidents.lock.json"), "utf8")).toBe(readFileSync(join(coldContent, "incidents.lock.json"), "utf8"));
    return { incremental, cold };
  }

  beforeAll(() => {
    const first = runBuild(["--content", content, "--output", output], env);
    expect(first.status, first.stderr).toBe(0);
  });

  it("a build with nothing changed keeps the published site as it is, and is what a cold build writes", () => {
    const before = new Map([...siteFiles(output).keys()].map((path) => [path, statSync(join(output, path)).mtimeMs]));
    const { incremental } = buildBoth();
    expect(incremental.stdout).toMatch(/^digest: \d+ articles read, 0 rejected, \d+ incidents, \d+ pages, [\d.]+ s \(nothing changed since the last build/m);
    for (const [path, mtime] of before) expect(statSync(join(output, path)).mtimeMs, path).toBe(mtime);
  });

  it("a published file changed by hand is put right by a full build", () => {
    const page = [...siteFiles(output).keys()].find((path) => path.startsWith("incidents/") && path.endsWith(".html"))!;
    appendFileSync(join(output, page), "<!-- edited by hand -->");
    const { incremental } = buildBoth();
    expect(incremental.stdout).not.toMatch(/nothing changed/);
  });

  it("(a) after new articles", () => {
    writeFileSync(join(content, "articles", "kharkiv.md"), KHARKIV);
    writeFileSync(join(content, "articles", "odesa.md"), ODESA);
    buildBoth();
    expect(readExport(output).articles.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(["kharkiv", "odesa"]));
  });

  it("(b) after an edited article", () => {
    writeFileSync(join(content, "articles", "odesa.md"), ODESA.replace("Three people were killed", "Four people were killed"));
    buildBoth();
    const odesa = readExport(output).incidents.find((i: { articles: string[] }) => i.articles.includes("odesa"));
    expect(odesa.killed.best).toBe(4);
  });

  it("(c) after a removed article", () => {
    unlinkSync(join(content, "articles", "kharkiv.md"));
    buildBoth();
    expect(readExport(output).articles.map((a: { id: string }) => a.id)).not.toContain("kharkiv");
  });

  it("(d) after an editor decision", () => {
    appendFileSync(join(content, "decisions.yml"), "\nhide:\n  - article: odesa\n    note: Unconfirmed.\n");
    buildBoth();
    expect(readExport(output).incidents.some((i: { articles: string[] }) => i.articles.includes("odesa"))).toBe(false);
  });

  it("(e) after a late follow-up that joins an old incident", () => {
    writeFileSync(join(content, "articles", "luhansk-funerals.md"), LATE_FOLLOW_UP);
    buildBoth();
    const strike = readExport(output).incidents.find((i: { id: string }) => i.id === "2024-06-07-luhansk-missile-strike");
    expect(strike.articles).toContain("luhansk-funerals");
  });

  it("(f) a cache written by another version of the code or the gazetteer is not read", () => {
    const article = { id: "x", file: "articles/x.md", line: null, format: "md" as const, title: "t", titleDerived: false, text: "", source: null, url: null, published: "2024-06-07", publishedDay: "2024-06-07", lang: "en" as const, langFrom: "stated" as const };
    const dir = mkdtempSync(join(tmpdir(), "digest-versions-"));
    const inputs = { code: "code-1", gazetteer: "gazetteer-v3-aaaa.bin", editorPlaces: [] };
    const first = ExtractionCache.open(dir, cacheVersion(inputs), () => {});
    first.rememberCues(first.keyOf(article), { confident: [1], cued: [] });
    first.save();
    expect(ExtractionCache.open(dir, cacheVersion(inputs), () => {}).size).toBe(1);
    for (const changed of [{ ...inputs, code: "code-2" }, { ...inputs, gazetteer: "gazetteer-v3-bbbb.bin" }, { ...inputs, editorPlaces: [{ name: "Somewhere" }] }]) {
      expect(ExtractionCache.open(dir, cacheVersion(changed), () => {}).size).toBe(0);
    }
  });

  it("(a) a cached reading is used again while the density cells it asked about keep their steps, whatever the others do", () => {
    const article = { id: "x", file: "articles/x.md", line: null, format: "md" as const, title: "t", titleDerived: false, text: "", source: null, url: null, published: "2024-06-07", publishedDay: "2024-06-07", lang: "en" as const, langFrom: "stated" as const };
    const facts = { places: [], events: [] } as unknown as Parameters<ExtractionCache["rememberFacts"]>[2]["facts"];
    // Two busy cells far apart (about 50 degrees of longitude), and one town's cell the reading asks about.
    const grid = (busy: number, quiet: number) => ({ cells: new Map([[4096 * 1200 + 1100, busy], [4096 * 1200 + 1300, quiet]]), peak: Math.max(busy, quiet) });
    expect(new PlaceDensity(grid(100, 10)).noting(() => "a reading that weighs no namesake").cells).toEqual([]);
    const before = new PlaceDensity(grid(100, 10));
    const noted = before.noting(() => before.at((1200 - 1024) * 0.3 + 0.1, (1300 - 1024) * 0.3 + 0.1));
    expect(noted.cells).toEqual([4096 * 1200 + 1300, Math.round(noted.result * 10)]);
    const dir = mkdtempSync(join(tmpdir(), "digest-density-"));
    const version = cacheVersion({ code: "c", gazetteer: "g", editorPlaces: [] });
    const cache = ExtractionCache.open(dir, version, () => {});
    const key = cache.keyOf(article);
    cache.rememberCues(key, { confident: [], cued: [] });
    cache.rememberFacts(key, "priors", { facts, densityCells: noted.cells });
    cache.save();
    const reopened = ExtractionCache.open(dir, version, () => {});
    // The busy cell grows (its neighbours' steps move); the town's own cell keeps its step.
    expect(reopened.facts(key, "priors", new PlaceDensity(grid(104, 10)))).toBeDefined();
    // The town's cell gains news: its step moves, so the article is read again.
    expect(reopened.facts(key, "priors", new PlaceDensity(grid(100, 60)))).toBeUndefined();
    // Other countries or outlet home: read again.
    expect(reopened.facts(key, "other priors", new PlaceDensity(grid(100, 10)))).toBeUndefined();
  });

  it("(f) the extraction code's fingerprint changes with any source file extraction imports, and only with those", async () => {
    const { extractionFingerprint } = (await import(join(PROJECT_ROOT, "scripts", "compile.mjs"))) as { extractionFingerprint(root: string): Promise<{ hash: string }> };
    const root = mkdtempSync(join(tmpdir(), "digest-fingerprint-"));
    cpSync(join(PROJECT_ROOT, "src"), join(root, "src"), { recursive: true });
    cpSync(join(PROJECT_ROOT, "package.json"), join(root, "package.json"));
    symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"));
    const before = (await extractionFingerprint(root)).hash;
    appendFileSync(join(root, "src", "site", "text.ts"), "\n// a page's wording changed\n");
    expect((await extractionFingerprint(root)).hash).toBe(before);
    appendFileSync(join(root, "src", "facts", "lexicon", "en.ts"), "\n// a word list changed\n");
    expect((await extractionFingerprint(root)).hash).not.toBe(before);
    rmSync(root, { recursive: true, force: true });
  });

  it("a cut-short or foreign cache file is ignored with a warning, and the site is the same", () => {
    const versionDir = readdirSync(join(cacheDir, "extraction")).map((v) => join(cacheDir, "extraction", v)).find((v) => readdirSync(v).some((f) => f.startsWith("segment-")))!;
    const segments = readdirSync(versionDir).filter((f) => f.startsWith("segment-"));
    truncateSync(join(versionDir, segments[0]!), 100);
    writeFileSync(join(versionDir, "segment-999999999999999-1.bin"), "IDEXTR\u0000\u0001{\"version\":\"another\",\"entries\":0,\"bytes\":0}\n");
    // A new article, so the build reads the cache (with nothing changed it would not need it).
    writeFileSync(join(content, "articles", "kharkiv.md"), KHARKIV);
    const { incremental } = buildBoth();
    expect(incremental.stderr).toMatch(/ignoring the extraction cache file .*segment-.*: cut short/);
    expect(incremental.stderr).toMatch(/ignoring the extraction cache file .*segment-999999999999999-1\.bin: written by another version/);
  });

  it("a page cache that cannot be written costs a warning, and the site is what a cold build writes", () => {
    const blocked = cacheWithGazetteerOf(cacheDir);
    writeFileSync(join(blocked, "pages"), "not a folder");
    const site = freshOutput();
    const cold = freshOutput();
    const run = runBuild(["--content", copyContent(content), "--output", site], { INCIDENT_DIGEST_CACHE_DIR: blocked });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: could not write the page cache in .*pages.* \(ENOTDIR\)/);
    expect(runBuild(["--content", copyContent(content), "--output", cold], { INCIDENT_DIGEST_CACHE_DIR: cacheWithGazetteerOf(cacheDir) }).status).toBe(0);
    expectSameSites(site, cold);
  });

  it("a failed incremental build leaves the previous site as it was; the next one builds what a cold build does", () => {
    const before = siteFiles(output);
    writeFileSync(join(content, "articles", "broken.jsonl"), "{ not json\n");
    const failed = runBuild(["--content", content, "--output", output, "--strict"], env);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/nothing was published/);
    const after = siteFiles(output);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
    rmSync(join(content, "articles", "broken.jsonl"));
    buildBoth();
  });

  it("reads articles on worker threads exactly as on the main thread", () => {
    const workers = freshOutput();
    const mainThread = freshOutput();
    const a = runBuild(["--content", copyContent(content), "--output", workers], { INCIDENT_DIGEST_CACHE_DIR: cacheWithGazetteerOf(cacheDir), DIGEST_WORKERS: "2" });
    const b = runBuild(["--content", copyContent(content), "--output", mainThread], { INCIDENT_DIGEST_CACHE_DIR: cacheWithGazetteerOf(cacheDir), DIGEST_WORKERS: "0" });
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expectSameSites(workers, mainThread);
    expect(existsSync(join(workers, "data", "incidents.json"))).toBe(true);
  });
});

describe("npm run build's compiled copy (dist/)", () => {
  it("is compiled again when stale, and builds what the sources build", () => {
    const compile = spawnSync(process.execPath, [join(PROJECT_ROOT, "scripts", "compile.mjs"), "--if-stale"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(compile.status, compile.stderr).toBe(0);
    const compiledSite = freshOutput();
    const compiled = spawnSync(process.execPath, [join(PROJECT_ROOT, "dist", "src", "cli", "build.js"), "--content", copySeedContent(), "--output", compiledSite], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, DIGEST_NOW: PINNED_NOW, TZ: "UTC", INCIDENT_DIGEST_CACHE_DIR: cacheWithGazetteerOf(defaultCacheDir()) },
    });
    expect(compiled.status, compiled.stderr).toBe(0);
    const sourcesSite = freshOutput();
    const sources = runBuild(["--content", copySeedContent(), "--output", sourcesSite], { INCIDENT_DIGEST_CACHE_DIR: cacheWithGazetteerOf(defaultCacheDir()) });
    expect(sources.status, sources.stderr).toBe(0);
    expectSameSites(compiledSite, sourcesSite);
  });
});
