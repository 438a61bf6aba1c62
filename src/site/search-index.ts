// The Pagefind index. Each incident page is handed to Pagefind as it is written (rendered by
// Eleventy, or carried from the page cache), so that Pagefind, in its own process, reads the
// pages on the second core while Eleventy renders the next ones; the index itself is built once
// the last page is in. Only incident pages carry data-pagefind-body, so only they are handed over.
//
// Pagefind numbers pages in the order they are added, and its word files hold those numbers (and
// results of one date come in that order): pages are therefore added in the site's incident
// order, whatever order they are written in, so that the index does not depend on it (a page that
// comes early waits for those before it).
//
// The index files are taken from Pagefind in memory (getFiles) and written here, not by its
// writeFiles: Pagefind 1.5.2 answers writeFiles before its files are on disk (upstream issue
// #1271), and closing its service then leaves them cut short. What was written is then read back
// and checked; a bad index fails the build, so the previous site stays published.
//
// Pagefind writes a fragment file per page, named by its content, so the names are known only
// once the index is built; but creating a file costs far more than renaming one (see
// publish/create-ahead.ts). So while the pages are written, as many empty files as the folder
// lacks fragments are made ahead under spare names, and each new fragment takes one's place.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as pagefind from "pagefind";
import { isInside } from "../publish/paths.js";
import { writeOver } from "../publish/reuse.js";
import { FilesCreatedAhead } from "../publish/create-ahead.js";

export class SearchIndexError extends Error {}

type Created = Awaited<ReturnType<typeof pagefind.createIndex>>;

/** Pages sent to Pagefind and not yet read that make the writer wait (about 20 KB each in the pipe). */
const IN_FLIGHT = 64;

/** Where Pagefind puts its fragment files (one per page), under the output folder. */
const FRAGMENTS = join("pagefind", "fragment");

/** A build's search index: started before the pages are written, fed each incident page, then written. */
export class SearchIndexFeed {
  private readonly created: Promise<Created>;
  /** The incident pages' URLs, in the order Pagefind numbers them. */
  private readonly order: string[];
  private readonly expected: Set<string>;
  private next = 0;
  /** Pages written before their turn, by URL. */
  private readonly early = new Map<string, string>();
  private readonly added: Promise<{ errors: string[] }>[] = [];
  /** Pages sent to Pagefind and not yet read by it, and who waits for room (see room()). */
  private inFlight = 0;
  private waiting: (() => void)[] = [];
  /** Empty files for the fragments the output folder lacks, renamed into place as they are written. */
  private readonly spares: FilesCreatedAhead;

  constructor(
    private readonly outputDir: string,
    language: string,
    incidentUrls: string[],
  ) {
    this.order = incidentUrls;
    this.expected = new Set(incidentUrls);
    this.created = pagefind.createIndex({ forceLanguage: language });
    let fragments = 0;
    try {
      fragments = readdirSync(join(outputDir, FRAGMENTS)).length;
    } catch {
      // No index yet: every fragment is new.
    }
    const lacking = Math.max(0, incidentUrls.length - fragments);
    this.spares = new FilesCreatedAhead(outputDir, Array.from({ length: lacking }, (_, i) => join(FRAGMENTS, `.spare-${i}`)));
  }

  /** Hands over a written page; pages other than incident pages are not indexed. */
  add(url: string, html: string): void {
    if (!this.expected.has(url)) return;
    this.early.set(url, html);
    while (this.next < this.order.length && this.early.has(this.order[this.next]!)) {
      const turn = this.order[this.next++]!;
      const content = this.early.get(turn)!;
      this.early.delete(turn);
      // Without an index (Pagefind did not start) there is nothing to add to: write() says why.
      this.inFlight++;
      const added = this.created.then(({ index }): Promise<{ errors: string[] }> | { errors: string[] } => (index ? index.addHTMLFile({ url: turn, content }) : { errors: [] }));
      this.added.push(added);
      void added.finally(() => {
        this.inFlight--;
        if (this.inFlight < IN_FLIGHT) for (const wake of this.waiting.splice(0)) wake();
      });
    }
  }

  /**
   * Resolves once Pagefind has read all but a few of the pages sent. Pagefind reads pages one at a
   * time, slower than Eleventy renders them; unchecked, the pages waiting in its pipe grew the heap
   * by about a gigabyte in a cold build of 523k articles. Callers wait here after each page.
   */
  room(): Promise<void> | undefined {
    if (this.inFlight < IN_FLIGHT) return undefined;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Writes the index into `<outputDir>/pagefind/`; returns its page count and its files (paths under `outputDir`). */
  async write(): Promise<{ pages: number; files: string[] }> {
    const outputDir = this.outputDir;
    const indexDir = join(outputDir, "pagefind");
    const files: string[] = [];
    const usedSpares = new Set<string>();
    try {
      const { index, errors } = await this.created;
      if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
      const problems = (await Promise.all(this.added)).flatMap((added) => added.errors);
      if (problems.length) throw new SearchIndexError(`Pagefind could not index the incident pages: ${problems.join("; ")}`);
      if (this.next < this.order.length) throw new SearchIndexError(`${this.order[this.next]} was not written, so it is not in the search index`);
      const produced = await index.getFiles();
      if (produced.errors.length) throw new SearchIndexError(`Pagefind could not produce its index: ${produced.errors.join("; ")}`);
      const spares = [...(await this.spares.createdFiles())];
      const fragmentFolder = resolve(outputDir, FRAGMENTS);
      const folders = new Set<string>();
      for (const file of produced.files) {
        const target = resolve(indexDir, file.path);
        if (!isInside(target, indexDir)) throw new SearchIndexError(`Pagefind named a file outside its folder: ${file.path}`);
        const folder = dirname(target);
        // A handful of folders for some thousands of files: each made once.
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        const spare = folder === fragmentFolder && !existsSync(target) ? spares.pop() : undefined;
        if (spare) {
          renameSync(join(outputDir, spare), target);
          usedSpares.add(spare);
        }
        writeOver(target, file.content);
        files.push(relative(outputDir, target));
      }
    } finally {
      await pagefind.close();
      await this.spares.settle((spare) => usedSpares.has(spare));
    }
    const pages = verifySearchIndex(indexDir, this.order.length);
    return { pages, files };
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
