// The Pagefind index, built after Eleventy has written the site. Only pages that carry
// data-pagefind-body (incident pages) are indexed; the output folder is clean (see cli/), so no
// stale page is ever indexed.
import { join } from "node:path";
import * as pagefind from "pagefind";

export async function writeSearchIndex(outputDir: string, language: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(outputDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
