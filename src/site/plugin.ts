// Stage 5, site: the Eleventy plugin that runs the pipeline once per build, hands the prepared
// page data to the templates, writes the data exports, the lock file and the search index.
import { createHash } from "node:crypto";
import { join, relative, resolve, sep } from "node:path";
import type { DateTime } from "luxon";
import MarkdownIt from "markdown-it";
import type { Digest } from "../model.js";
import { buildDigest } from "../pipeline.js";
import { writeLock } from "../lock/index.js";
import { readSiteConfig } from "./config.js";
import { exportDigest, exportIncident } from "./export.js";
import { incidentsCsv } from "./exports/csv.js";
import { incidentsGeoJson } from "./exports/geojson.js";
import { jsonFeed } from "./exports/json-feed.js";
import { printInputProblems, summaryLine } from "./log.js";
import { SearchIndexFeed } from "./search-index.js";
import { compileEachTextOnce } from "./nunjucks-compiled.js";
import { buildSiteData, type SiteData } from "./view.js";
import { buildCodeVersion } from "../build-info/compiled.js";
import { PROJECT_ROOT } from "../build-info/project-root.js";
import { hashFile, hashFolder } from "../publish/up-to-date.js";
import { FOOTER_TOKENS, footerFiller, keepRender, outputFile, pageInputs, type PageLists, type PagePlan, plannedFiles, planPages, pruneCache, renderEverything, writeCarried } from "./page-cache.js";
import { FilesCreatedAhead } from "../publish/create-ahead.js";
import { readOlderSite, removeUnwritten, type OlderFiles } from "../publish/reuse.js";

export interface DigestSiteOptions {
  /** Folder with articles/ and the editor's files. */
  contentDir: string;
  /** The project's own content/ (site pages, default site.json). */
  projectContentDir: string;
  now: DateTime;
  /** Write the lock file after the build (off for in-memory test builds). */
  writeLock: boolean;
  /** The lock file: <contentDir>/incidents.lock.json, or the real path the build command resolved. */
  lockFile?: string;
  /** The extraction cache's folder (the build command's); none for in-memory builds. */
  cacheDir?: string | null;
  /** Build the Pagefind index into the output folder after writing. */
  searchIndex: boolean;
  /** Create the output files empty ahead of writing them (src/publish/create-ahead.ts): builds that write a real folder. */
  createFilesAhead?: boolean;
  /**
   * The output folder may hold an older site (the build command's staging folder, src/publish/reuse.ts):
   * what this build does not write is removed from it.
   */
  overOlderSite?: boolean;
  print?: (line: string) => void;
  warn?: (line: string) => void;
  /** A ready digest instead of running the pipeline (template tests render hand-made digests). */
  digest?: Digest;
}

// Virtual templates: the data exports are generated from the digest, not stored in content/.
const EXPORTS: { path: string; permalink: string; render: (site: SiteData) => string }[] = [
  { path: "data/incidents.json.11ty.js", permalink: "/data/incidents.json", render: (site) => `${JSON.stringify(exportDigest(site.digest), null, 2)}\n` },
  { path: "data/incidents.csv.11ty.js", permalink: "/data/incidents.csv", render: (site) => incidentsCsv(site.digest) },
  { path: "data/incidents.geojson.11ty.js", permalink: "/data/incidents.geojson", render: (site) => incidentsGeoJson(site.digest) },
  { path: "feed.json.11ty.js", permalink: "/feed.json", render: (site) => jsonFeed(site) },
];

export default function digestSite(eleventyConfig: any, options: DigestSiteOptions): void {
  const print = options.print ?? console.log;
  const warn = options.warn ?? console.warn;
  const lockFile = options.lockFile ?? join(options.contentDir, "incidents.lock.json");
  let site: SiteData | null = null;
  // Which pages Eleventy renders and which are written from the page cache (src/site/page-cache.ts).
  let plan: PagePlan | null = null;
  let fillFooter: (output: string) => string = (output) => output;
  // The search index, fed each incident page as it is written (src/site/search-index.ts).
  let searchIndex: SearchIndexFeed | null = null;
  let filesAhead: FilesCreatedAhead | null = null;
  let startedAt = 0;

  // Article text is data: Markdown in the site's own pages is rendered without raw HTML.
  eleventyConfig.setLibrary("md", new MarkdownIt({ html: false, linkify: false }));
  // Escape every printed value unless a template says `| safe` for HTML it built itself.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // A paginated template's text is compiled once, not once per page (see nunjucks-compiled.ts).
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks, environment }: { nunjucks: Parameters<typeof compileEachTextOnce>[0]; environment: object }) => compileEachTextOnce(nunjucks, environment));

  // The older site's files, read before anything is written over them (overOlderSite).
  let older: OlderFiles | null = null;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    startedAt = performance.now();
    if (options.overOlderSite) older = readOlderSite(directories.output);
  });

  eleventyConfig.addGlobalData("site", async (): Promise<SiteData & { render: PageLists }> => {
    const digest = options.digest ?? (await buildDigest({ contentDir: options.contentDir, now: options.now, lockFile, cacheDir: options.cacheDir ?? null, warn }));
    site = buildSiteData(digest, readSiteConfig(options.contentDir, options.projectContentDir));
    plan = options.cacheDir ? planPages(site, pageInputs({ code: await buildCodeVersion(), project: projectHash(), config: site.config }), pageCacheDir(options.cacheDir, eleventyConfig.directories.output)) : renderEverything(site);
    fillFooter = footerFiller(site.footer);
    if (options.createFilesAhead) filesAhead = new FilesCreatedAhead(eleventyConfig.directories.output, plannedFiles(site, plan));
    if (options.searchIndex) searchIndex = new SearchIndexFeed(eleventyConfig.directories.output, site.config.language, site.incidents.map((incident) => incident.url));
    // The templates paginate over `render`; every page prints the footer's tokens (filled in as it is written).
    return { ...site, footer: FOOTER_TOKENS, render: plan.render };
  });

  // Each rendered page is kept for later builds as rendered, then written with its footer filled in.
  eleventyConfig.addTransform("digest-pages", async function (this: { page: { url: string | false } }, output: string) {
    if (plan && typeof this.page.url === "string") keepRender(plan, this.page.url, output);
    const page = fillFooter(output);
    if (searchIndex && typeof this.page.url === "string") {
      searchIndex.add(this.page.url, page);
      await searchIndex.room();
    }
    return page;
  });

  // The sitemap lists the pages (URLs ending in "/"), not the files beside them, in URL order:
  // Eleventy's own order goes by the template files' dates on disk, which differ between clones.
  eleventyConfig.addCollection("sitemap", (collections: { getAll(): { url?: string | false }[] }) =>
    collections
      .getAll()
      .filter((entry): entry is { url: string } => typeof entry.url === "string" && entry.url.endsWith("/"))
      // Pages written from the page cache are no templates Eleventy saw this build.
      .concat((plan?.carried ?? []).filter((page) => page.url.endsWith("/")).map((page) => ({ url: page.url })))
      .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  );

  for (const file of EXPORTS) {
    eleventyConfig.addTemplate(file.path, {
      data: { permalink: file.permalink, eleventyExcludeFromCollections: true },
      render: (data: { site: SiteData }) => file.render(data.site),
    });
  }

  // The search page's alias index, one JSON file per shard (src/site/place-search.ts).
  eleventyConfig.addTemplate("place-search-shard.11ty.js", {
    data: {
      pagination: { data: "site.render.shards", size: 1, alias: "shard" },
      permalink: (data: { shard: SiteData["placeSearch"]["shards"][number] }) => data.shard.path,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { shard: SiteData["placeSearch"]["shards"][number] }) => JSON.stringify(data.shard.data),
  });

  // One JSON file per incident, next to its page: what a researcher cites can be fetched alone.
  eleventyConfig.addTemplate("incident-json.11ty.js", {
    data: {
      pagination: { data: "site.render.incidentJson", size: 1, alias: "incident" },
      permalink: (data: { incident: Digest["incidents"][number] }) => `${data.incident.url}incident.json`,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { incident: Digest["incidents"][number] }) => `${JSON.stringify(exportIncident(data.incident), null, 2)}\n`,
  });

  eleventyConfig.on("eleventy.after", async ({ directories, results }: { directories: { output: string }; results: { outputPath?: string | false }[] }) => {
    if (!site || !plan) return;
    const carriedPages = await writeCarried(plan, directories.output, fillFooter, (url, page) => {
      searchIndex?.add(url, page);
      return searchIndex?.room();
    });
    // Of the older site built over, the pages this build did not write go now, and its index files
    // once the new index is written.
    const inSearchIndex = (under: string) => under.startsWith(`pagefind${sep}`);
    const written = new Set([...results.flatMap((r) => (typeof r.outputPath === "string" ? [relative(directories.output, r.outputPath)] : [])), ...plan.carried.map((page) => outputFile(page.url).slice(1))]);
    await filesAhead?.settle((under) => written.has(under));
    filesAhead = null;
    if (older) removeUnwritten(directories.output, older, written, (under) => !inSearchIndex(under));
    printInputProblems(site.digest, print);
    // The index is checked before anything else is kept: a broken one fails the build.
    if (searchIndex) {
      const index = await searchIndex.write();
      searchIndex = null;
      if (older) removeUnwritten(directories.output, older, new Set(index.files));
    } else if (older) removeUnwritten(directories.output, older, new Set());
    if (options.writeLock) saveLock(lockFile, site.digest, print, warn);
    await pruneCache(plan, warn);
    const renderedPages = results.filter((r) => typeof r.outputPath === "string" && r.outputPath.endsWith(".html")).length;
    print(summaryLine(site.digest, renderedPages + carriedPages, (performance.now() - startedAt) / 1000));
  });
}

/** The page cache of one output folder (the staging folder's path is the same each build). */
function pageCacheDir(cacheDir: string, outputDir: string): string {
  return join(cacheDir, "pages", createHash("sha256").update(resolve(outputDir)).digest("hex").slice(0, 20));
}

/** A hash of the project's templates, layouts, Eleventy settings and installed packages. */
function projectHash(): string {
  const hash = createHash("sha256");
  for (const folder of ["_includes", join("content", "pages")]) {
    if (!hashFolder(hash, join(PROJECT_ROOT, folder), folder, () => true)) throw new Error(`${join(PROJECT_ROOT, folder)} holds a link or a special file`);
  }
  for (const file of [".eleventy.js", "package-lock.json"]) hashFile(hash, join(PROJECT_ROOT, file), file);
  return hash.digest("hex");
}

/** A lock that cannot be written (a read-only content folder) costs stable URLs, not the site: warn. */
function saveLock(path: string, digest: Digest, print: (line: string) => void, warn: (line: string) => void): void {
  try {
    if (writeLock(path, digest.lock)) print(`updated ${path} (commit it to keep incident URLs stable)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    warn(`warning: could not write ${path} (${code}); the site is built, but incident URLs stay stable across builds only when the lock file can be written`);
  }
}
