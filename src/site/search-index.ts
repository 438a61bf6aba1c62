// The Pagefind index, built after Eleventy has written the site. Only pages that carry
// data-pagefind-body (incident pages) are indexed; the output folder is clean (see cli/), so no
// stale page is ever indexed.
//
// The index files are taken from Pagefind in memory (getFiles) and written here, not by its
// writeFiles: Pagefind 1.5.2 answers writeFiles before its files are on disk (upstream issue
// #1271), and closing its service then leaves them cut short. What was written is then read back
// and checked; a bad index fails the build, so the previous site stays published.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as pagefind from "pagefind";
import { isInside } from "../publish/paths.js";
import { writeOver } from "../publish/reuse.js";
import { incidentUrl } from "../lock/index.js";

// Only incident pages carry data-pagefind-body, so only they are read: Pagefind would otherwise
// parse every page of the site (days, months, places) to find none there. The index is the same
// (its fragments and word chunks byte for byte at 131k articles), for a tenth less of Pagefind's
// CPU (27 s at 131k, 2.6 s less). A page outside this pattern that carried the attribute
// would be missed: verifySearchIndex counts one indexed page per incident and fails the build.
const INCIDENT_PAGES = `${incidentUrl("*").slice(1)}index.html`;

export class SearchIndexError extends Error {}

/** Writes the index into `<outputDir>/pagefind/`; returns its page count and its files (paths under `outputDir`). */
export async function writeSearchIndex(outputDir: string, language: string, expectedPages: number): Promise<{ pages: number; files: string[] }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
  const indexDir = join(outputDir, "pagefind");
  const files: string[] = [];
  try {
    // Pagefind indexes every page when none carries data-pagefind-body, so a digest without
    // incidents would index its home and about pages: it gets an empty index instead.
    const added = expectedPages > 0 ? await index.addDirectory({ path: outputDir, glob: INCIDENT_PAGES }) : { errors: [] };
    if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const produced = await index.getFiles();
    if (produced.errors.length) throw new SearchIndexError(`Pagefind could not produce its index: ${produced.errors.join("; ")}`);
    for (const file of produced.files) {
      const target = resolve(indexDir, file.path);
      if (!isInside(target, indexDir)) throw new SearchIndexError(`Pagefind named a file outside its folder: ${file.path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeOver(target, file.content);
      files.push(relative(outputDir, target));
    }
  } finally {
    await pagefind.close();
  }
  const pages = verifySearchIndex(indexDir, expectedPages);
  return { pages, files };
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
