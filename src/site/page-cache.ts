// Pages written only when their content changed. Each page of a paginated template (an incident,
// a day, a month, a place, a region, an incident's JSON, a shard of the search page's alias
// index) gets a key: a hash of everything its output is made from (the page's own prepared data,
// the templates and layouts, the code, the installed packages, the site settings). A build that
// finds a page's key in the page cache writes the cached output instead of asking Eleventy to
// render it; Eleventy renders the rest, and each render is kept under its key for later builds.
//
// The layout's footer says when the site was updated and from how many articles, which changes
// with nearly every build. Pages are therefore rendered with tokens in its place (footerTokens)
// and cached so; the tokens are filled in as each page is written, rendered or carried alike
// (fillFooter). Nothing else a paginated page shows may come from outside its own data and the
// site settings: tests/site/page-cache.test.ts checks the templates for that.
//
// The cache (`<cache folder>/pages/<output folder's hash>/<key>`) is content-addressed: an entry
// holds the one output its key gives, so a stale entry cannot be written in a page's place, and
// it is safe to delete at any time. Entries no page of the last build used are removed.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SiteData } from "./view.js";
import { writeOver } from "../publish/reuse.js";

/** Bump when what a key covers changes. */
const FORMAT = 2;

/** The lists Eleventy paginates, one page (output file) per item. */
export interface PageLists {
  incidents: SiteData["incidents"];
  days: SiteData["days"];
  months: SiteData["months"];
  places: SiteData["places"];
  regions: SiteData["regions"];
  incidentJson: SiteData["digest"]["incidents"];
  shards: SiteData["placeSearch"]["shards"];
}

/** Each list's items and the URL of the page each gives (Eleventy writes `/a/` to a/index.html). */
function listsOf(site: SiteData): { [K in keyof PageLists]: { items: PageLists[K]; url: (item: PageLists[K][number]) => string } } {
  return {
    incidents: { items: site.incidents, url: (i) => i.url },
    days: { items: site.days, url: (d) => d.url },
    months: { items: site.months, url: (m) => m.url },
    places: { items: site.places, url: (p) => p.url },
    regions: { items: site.regions, url: (r) => r.url },
    incidentJson: { items: site.digest.incidents, url: (i) => `${i.url}incident.json` },
    shards: { items: site.placeSearch.shards, url: (s) => s.path },
  };
}

export interface PagePlan {
  /** What Eleventy renders this build: every page whose key the cache lacks. */
  render: PageLists;
  /** Pages written from the cache: their URL and key. */
  carried: { url: string; key: string }[];
  /** The key of every page rendered this build, by URL (its output is cached under it). */
  keys: Map<string, string>;
  /** The cache's folder for this output folder; null: nothing is cached (in-memory builds). */
  dir: string | null;
}

/** The files the plan writes (paths under the output folder): every page it renders and every page it carries. */
export function plannedFiles(site: SiteData, plan: PagePlan): string[] {
  const lists = listsOf(site);
  const rendered = (Object.keys(lists) as (keyof PageLists)[]).flatMap((name) => (plan.render[name] as unknown[]).map((item) => (lists[name].url as (item: unknown) => string)(item)));
  return [...rendered, ...plan.carried.map((page) => page.url)].map((url) => outputFile(url).slice(1));
}

/** Every page rendered (no cache folder: in-memory and test builds). */
export function renderEverything(site: SiteData): PagePlan {
  const lists = listsOf(site);
  const render = Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, list.items])) as unknown as PageLists;
  return { render, carried: [], keys: new Map(), dir: null };
}

/**
 * Which pages to render and which to take from the cache. `inputs` names what every page is made
 * from besides its own data (the code, templates, packages and settings: see pageInputs).
 */
export function planPages(site: SiteData, inputs: string, dir: string): PagePlan {
  let cached: Set<string>;
  try {
    cached = new Set(readdirSync(dir));
  } catch {
    cached = new Set();
  }
  const render: Record<string, unknown[]> = {};
  const carried: PagePlan["carried"] = [];
  const keys = new Map<string, string>();
  const dataOf = incidentsWritten(site.incidents);
  for (const [name, list] of Object.entries(listsOf(site)) as [string, { items: unknown[]; url: (item: unknown) => string }][]) {
    render[name] = [];
    for (const item of list.items) {
      const url = list.url(item);
      const key = pageKey(inputs, name, url, dataOf(item));
      if (cached.has(key)) carried.push({ url, key });
      else {
        render[name]!.push(item);
        keys.set(url, key);
      }
    }
  }
  return { render: render as unknown as PageLists, carried, keys, dir };
}

/** A hash of what every page is made from besides its own data. */
export function pageInputs(parts: { code: string; project: string; config: unknown }): string {
  return createHash("sha256").update(JSON.stringify({ format: FORMAT, ...parts })).digest("hex");
}

/**
 * A page's data as JSON, each incident it lists written as the hash of the incident's own JSON.
 * An incident is listed on its page, its day's, its month's, its place's and its region's: written
 * out in full on each, the keys of a RUWA build hashed 130 MB of JSON (0.9 s), 30 MB now. A key
 * still changes whenever anything a page lists changes.
 */
function incidentsWritten(incidents: SiteData["incidents"]): (item: unknown) => string {
  const hashes = new Map<unknown, string>(incidents.map((incident) => [incident, `\0incident ${createHash("sha256").update(JSON.stringify(incident)).digest("base64url")}`]));
  const replacer = (key: string, value: unknown) => (key !== "" && typeof value === "object" && value !== null && hashes.get(value)) || value;
  return (item) => hashes.get(item) ?? JSON.stringify(item, replacer);
}

/** A page's key, from its data as JSON. That data must be plain (no Map, Set or function, which JSON leaves out): tests/site/page-cache.test.ts checks. */
function pageKey(inputs: string, list: string, url: string, data: string): string {
  return createHash("sha256").update(inputs).update("\0").update(list).update("\0").update(url).update("\0").update(data).digest("base64url");
}

/** The output path Eleventy gives a URL (a URL ending in "/" is a folder's index.html). */
export function outputFile(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** The plans whose cache folder was made (once, not at every page kept). */
const madeFolders = new WeakSet<PagePlan>();
/**
 * Each plan's cache writes under way, in lanes: a lane writes one file at a time (keptRenders
 * waits for every lane). Unbounded, a cold build of 523k articles opened a file for each of its
 * 100,000 outputs at once and ran out of file descriptors (EMFILE).
 */
const writing = new WeakMap<PagePlan, Promise<void>[]>();
const WRITE_LANES = 16;
/**
 * Why a plan's cache could not be written (the first failure). The cache only saves the next
 * build time: a full disk or a folder it may not write costs that build its renders, not this
 * build its pages, so the build goes on and pruneCache warns.
 */
const failures = new WeakMap<PagePlan, string>();

/**
 * Keeps a page's output (before its footer is filled in) under its key. Written by the file
 * system's own threads while Eleventy renders the next pages (on the main thread, each of a cold
 * RUWA build's 6,600 pages and JSON files was written twice in turn); keptRenders waits for them.
 */
export function keepRender(plan: PagePlan, url: string, output: string): void {
  const key = plan.keys.get(url);
  if (!plan.dir || key === undefined || failures.has(plan)) return;
  if (!madeFolders.has(plan)) {
    try {
      mkdirSync(plan.dir, { recursive: true });
    } catch (error) {
      failures.set(plan, reasonOf(error));
      return;
    }
    madeFolders.add(plan);
  }
  // One key's writes share a lane, one after the other, so the last kept is the one left and one
  // temporary name per key and process will do (keys are hashes: spread evenly).
  const temp = join(plan.dir, `.${key}.${process.pid}.tmp`);
  const lanes = writing.get(plan) ?? writing.set(plan, Array.from({ length: WRITE_LANES }, () => Promise.resolve())).get(plan)!;
  const lane = (key.charCodeAt(0) * 31 + key.charCodeAt(key.length - 1)) % WRITE_LANES;
  lanes[lane] = lanes[lane]!.then(() => writeFile(temp, output))
    .then(() => rename(temp, join(plan.dir!, key)))
    .catch((error: unknown) => {
      if (!failures.has(plan)) failures.set(plan, reasonOf(error));
      // What was written of it is no entry (entries are renamed into place whole); pruneCache would also remove it.
      return rm(temp, { force: true }).catch(() => {});
    });
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Waits until every page kept so far is in the cache (or failed to be: see failures). */
export async function keptRenders(plan: PagePlan): Promise<void> {
  const pending = writing.get(plan) ?? [];
  writing.delete(plan);
  await Promise.all(pending);
}

/** Writes the carried pages into `outputDir`, footer filled in, each also handed to `written`. Returns the number of HTML pages. */
export function writeCarried(plan: PagePlan, outputDir: string, fill: (output: string) => string, written: (url: string, output: string) => void): number {
  let pages = 0;
  for (const { url, key } of plan.carried) {
    const file = join(outputDir, outputFile(url));
    mkdirSync(join(file, ".."), { recursive: true });
    const output = fill(readFileSync(join(plan.dir!, key), "utf8"));
    writeOver(file, output);
    written(url, output);
    if (file.endsWith(".html")) pages++;
  }
  return pages;
}

/**
 * Removes the entries no page of this build used (once the pages kept are written); warns when
 * the cache could not be written or pruned.
 */
export async function pruneCache(plan: PagePlan, warn: (line: string) => void): Promise<void> {
  await keptRenders(plan);
  if (!plan.dir) return;
  const used = new Set([...plan.keys.values(), ...plan.carried.map((c) => c.key)]);
  try {
    for (const name of readdirSync(plan.dir)) if (!used.has(name)) rmSync(join(plan.dir, name), { force: true });
  } catch (error) {
    if (!failures.has(plan) && (error as NodeJS.ErrnoException).code !== "ENOENT") failures.set(plan, reasonOf(error));
  }
  const failure = failures.get(plan);
  if (failure) warn(`warning: could not write the page cache in ${plan.dir} (${failure}); the site is complete, and the next build renders again the pages it lacks`);
}

/** What the layout's footer prints, as tokens rendered into every page and filled in as it is written. */
export const FOOTER_TOKENS: SiteData["footer"] = {
  updated: "\uE000footer.updated\uE000",
  updatedLabel: "\uE000footer.updatedLabel\uE000",
  articlesLabel: "\uE000footer.articlesLabel\uE000",
};

const FOOTER_TOKEN = /\uE000footer\.\w+\uE000/g;

/** Fills the footer's tokens with this build's values, escaped as the templates escape what they print. */
export function footerFiller(footer: SiteData["footer"]): (output: string) => string {
  const values = new Map((Object.keys(FOOTER_TOKENS) as (keyof SiteData["footer"])[]).map((name) => [FOOTER_TOKENS[name], escapeHtml(footer[name])]));
  // Every token in one pass over the page (each page is tens of kilobytes; three passes were 0.1 s of a RUWA build).
  return (output) => (output.includes("\uE000") ? output.replace(FOOTER_TOKEN, (token) => values.get(token) ?? token) : output);
}

/** Nunjucks' autoescape (its `escape` filter). */
function escapeHtml(text: string): string {
  return text.replace(/[&"'<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;" })[c]!);
}
