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
// The cache (`<cache folder>/pages/<output folder's hash>/`, kept in a few pack files: page-store.ts)
// is content-addressed: an entry holds the one output its key gives, so a stale entry cannot be
// written in a page's place, and it is safe to delete at any time. Entries no page of the last
// build used are forgotten.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { SiteData } from "./view.js";
import { writeOver } from "../publish/reuse.js";
import { PageStore } from "./page-store.js";

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
  /** Its entries; null: nothing is cached. */
  store: PageStore | null;
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
  return { render, carried: [], keys: new Map(), dir: null, store: null };
}

/**
 * Which pages to render and which to take from the cache. `inputs` names what every page is made
 * from besides its own data (the code, templates, packages and settings: see pageInputs).
 */
export function planPages(site: SiteData, inputs: string, dir: string): PagePlan {
  const store = PageStore.open(dir);
  const render: Record<string, unknown[]> = {};
  const carried: PagePlan["carried"] = [];
  const keys = new Map<string, string>();
  const dataOf = incidentsWritten(site.incidents);
  for (const [name, list] of Object.entries(listsOf(site)) as [string, { items: unknown[]; url: (item: unknown) => string }][]) {
    render[name] = [];
    for (const item of list.items) {
      const url = list.url(item);
      const key = pageKey(inputs, name, url, dataOf(item));
      if (store.has(key)) carried.push({ url, key });
      else {
        render[name]!.push(item);
        keys.set(url, key);
      }
    }
  }
  return { render: render as unknown as PageLists, carried, keys, dir, store };
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

/** Keeps a page's output (before its footer is filled in) under its key, for later builds. */
export function keepRender(plan: PagePlan, url: string, output: string): void {
  const key = plan.keys.get(url);
  if (plan.store && key !== undefined) plan.store.keep(key, output);
}

/** Ends the writing of the pages kept (or its failure: see pruneCache), and indexes them with the pages carried. */
export async function keptRenders(plan: PagePlan): Promise<void> {
  await plan.store?.finish([...plan.keys.values(), ...plan.carried.map((c) => c.key)]);
}

/** Writes the carried pages into `outputDir`, footer filled in, each also handed to `written` (waited for when it returns a promise). Returns the number of HTML pages. */
export async function writeCarried(plan: PagePlan, outputDir: string, fill: (output: string) => string, written: (url: string, output: string) => Promise<void> | undefined): Promise<number> {
  let pages = 0;
  for (const { url, key } of plan.carried) {
    const file = join(outputDir, outputFile(url));
    mkdirSync(join(file, ".."), { recursive: true });
    const output = fill(plan.store!.read(key));
    writeOver(file, output);
    await written(url, output);
    if (file.endsWith(".html")) pages++;
  }
  return pages;
}

/**
 * Indexes the pages kept and carried, and forgets the rest (page-store.ts); warns when the cache
 * could not be written. The cache only saves the next build time: a full disk or a folder it may
 * not write costs that build its renders, not this build its pages.
 */
export async function pruneCache(plan: PagePlan, warn: (line: string) => void): Promise<void> {
  await keptRenders(plan);
  const failure = plan.store?.problem;
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
