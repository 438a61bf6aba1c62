// The Pagefind index. Only pages that carry data-pagefind-body (incident pages) are indexed,
// each handed to Pagefind as Eleventy renders it: Pagefind's own process indexes the pages on the
// second core while the main thread renders the rest (a RUWA build's indexing had waited for the
// whole site, 3-4 s of wall time with one core idle). Incident pages no render handed over (the
// page cache's, and any the build left on disk) are read from the output folder at the end; the
// output folder is clean (see cli/), so no stale page is ever indexed.
//
// The index files are taken from Pagefind in memory (getFiles) and written here, not by its
// writeFiles: Pagefind 1.5.2 answers writeFiles before its files are on disk (upstream issue
// #1271), and closing its service then leaves them cut short. What was written is then read back
// and checked; a bad index fails the build, so the previous site stays published.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as pagefind from "pagefind";
import { isInside } from "../publish/paths.js";
import { incidentUrl } from "../lock/index.js";

// Only incident pages carry data-pagefind-body, so only they are read: Pagefind would otherwise
// parse every page of the site (days, months, places) to find none there. The index is the same
// (its fragments and word chunks byte for byte at 131k articles), for a tenth less of Pagefind's
// CPU (27 s at 131k, 2.6 s less). A page outside this pattern that carried the attribute
// would be missed: verifySearchIndex counts one indexed page per incident and fails the build.
const [INCIDENTS_BEFORE_ID, INCIDENTS_AFTER_ID] = incidentUrl("*").split("*") as [string, string];
/** The folder holding one folder per incident page ("incidents"). */
const INCIDENTS_FOLDER = INCIDENTS_BEFORE_ID.slice(1, -1);

/** Is this URL an incident page's (what Pagefind reads: incidents/<one folder>/index.html)? */
function isIncidentPage(url: string): boolean {
  if (!url.startsWith(INCIDENTS_BEFORE_ID) || !url.endsWith(INCIDENTS_AFTER_ID)) return false;
  const id = url.slice(INCIDENTS_BEFORE_ID.length, url.length - INCIDENTS_AFTER_ID.length);
  return id !== "" && !id.includes("/") && !id.startsWith(".");
}

/**
 * Pages waiting in Pagefind's queue at most: a page rendered beyond it is left to be read from
 * disk at the end, so a render far faster than Pagefind (a large archive) never holds more than
 * this many pages in memory twice.
 */
const MAX_WAITING = 200;
export class SearchIndexError extends Error {}

/**
 * A Pagefind index taking incident pages as they are rendered (`page`), then those on disk that
 * it was not handed, and written into the output folder (`write`). `expectedPages`: the
 * digest's incidents, one page each.
 */
export class SearchIndexFeed {
  private readonly index: Promise<pagefind.PagefindIndex>;
  /** Incident pages handed over, by URL; each one's answer (its errors) once Pagefind has read it. */
  private readonly handed = new Map<string, Promise<string[]>>();
  private waiting = 0;
  /** Called when a waiting page has been read (`write` waits for room). */
  private onRead: (() => void) | null = null;

  constructor(
    language: string,
    private readonly expectedPages: number,
  ) {
    this.index = pagefind.createIndex({ forceLanguage: language }).then(({ index, errors }) => {
      if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
      return index;
    });
    // Failures are reported by `write`; a build that fails before it must not end on an unhandled rejection.
    this.index.catch(() => {});
  }

  /** A page as written: an incident page goes to Pagefind now, unless too many are waiting already. */
  page(url: string, html: string): void {
    // Pagefind indexes every page when none carries data-pagefind-body, so a digest without
    // incidents would index its home and about pages: it gets an empty index instead.
    if (this.expectedPages === 0 || this.waiting >= MAX_WAITING || !isIncidentPage(url)) return;
    this.hand(url, html);
  }

  /** The incident pages on disk not handed over yet are read, the index built, written into `outputDir`/pagefind and checked. */
  async write(outputDir: string): Promise<{ pages: number }> {
    const indexDir = join(outputDir, "pagefind");
    try {
      const index = await this.index;
      if (this.expectedPages > 0) {
        for (const url of this.incidentPagesOnDisk(outputDir)) {
          if (this.handed.has(url)) continue;
          // One at a time once too many wait: the rest of the folder is not read into memory at once.
          while (this.waiting >= MAX_WAITING) await new Promise<void>((room) => (this.onRead = room));
          this.hand(url, readFileSync(join(outputDir, url, "index.html"), "utf8"));
        }
      }
      // One page's failure is often every page's: each is said once.
      const errors = [...new Set((await Promise.all(this.handed.values())).flat())];
      if (errors.length) throw new SearchIndexError(`Pagefind could not index ${outputDir}: ${errors.join("; ")}`);
      const produced = await index.getFiles();
      if (produced.errors.length) throw new SearchIndexError(`Pagefind could not produce its index: ${produced.errors.join("; ")}`);
      for (const file of produced.files) {
        const target = resolve(indexDir, file.path);
        if (!isInside(target, indexDir)) throw new SearchIndexError(`Pagefind named a file outside its folder: ${file.path}`);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
    } finally {
      await this.close();
    }
    const pages = verifySearchIndex(indexDir, this.expectedPages);
    return { pages };
  }

  /** Stops Pagefind's process (a build that failed before writing its index). */
  async close(): Promise<void> {
    await pagefind.close();
  }

  private hand(url: string, html: string): void {
    this.waiting++;
    const read = this.index
      .then((index) => index.addHTMLFile({ sourcePath: `${url.slice(1)}index.html`, content: html }))
      .then((added) => added.errors)
      .finally(() => {
        this.waiting--;
        this.onRead?.();
        this.onRead = null;
      });
    // Read by `write`, which reports what failed; a build that fails before it leaves none unhandled.
    read.catch(() => {});
    this.handed.set(url, read);
  }

  /** The incident pages in the output folder, as URLs. */
  private incidentPagesOnDisk(outputDir: string): string[] {
    const folder = join(outputDir, INCIDENTS_FOLDER);
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "index.html")))
      .map((entry) => incidentUrl(entry.name))
      .filter(isIncidentPage);
  }
}

/**
 * Reads back what the browser will load first: the entry file must parse, name a metadata file
 * per language that exists and is not empty, and count exactly the pages that should be found.
 * Returns the indexed page count or throws SearchIndexError saying what is wrong.
 */
export function verifySearchIndex(indexDir: string, expectedPages: number): number {
  const entryPath = join(indexDir, "pagefind-entry.json");
  const fail = (reason: string): never => {
    throw new SearchIndexError(`the search index in ${indexDir} is broken: ${reason}`);
  };
  let entry: { languages?: Record<string, { hash?: unknown; page_count?: unknown }> };
  try {
    entry = JSON.parse(readFileSync(entryPath, "utf8"));
  } catch (error) {
    return fail(`${relative(indexDir, entryPath)} ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : "does not parse"}`);
  }
  const languages = Object.entries(entry.languages ?? {});
  if (expectedPages > 0 && languages.length === 0) fail("pagefind-entry.json lists no language");
  let pages = 0;
  for (const [language, info] of languages) {
    if (typeof info.hash !== "string" || !/^[\w-]+$/.test(info.hash) || typeof info.page_count !== "number") fail(`the entry for "${language}" is incomplete`);
    const meta = join(indexDir, `pagefind.${info.hash as string}.pf_meta`);
    let size = 0;
    try {
      size = readFileSync(meta).length;
    } catch {
      fail(`${relative(indexDir, meta)} is missing`);
    }
    if (size === 0) fail(`${relative(indexDir, meta)} is empty`);
    pages += info.page_count as number;
  }
  if (pages !== expectedPages) fail(`it holds ${pages} pages, expected ${expectedPages} (one per incident page)`);
  return pages;
}
