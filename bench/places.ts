// Places benchmark: the gazetteer's cold load (an empty cache: the index is built from the
// packaged data and written, as on a new machine), its warm load (read from the cache; target
// ≤ 1 s), and the whole RUWA corpus through findPlaceMentions (with the collection pass the
// pipeline runs first). Prints lines like "gazetteer warm load: 0.42 s". Run with `npm run bench places`.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toPassages } from "../src/extract/passages.js";
import { cacheFileName, defaultCacheDir, loadCachedTables } from "../src/places/gazetteer/cache.js";
import { corpusAvailable, readCorpusArticles, ruwaArticlesPath } from "../src/places/eval/corpus.js";
import { findPlaceMentions, loadPlaceIndex, primePlaceIndex, settleTextPlaces } from "../src/places/index.js";

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);
const mb = () => (process.memoryUsage().rss / 1e6).toFixed(0);

{
  const emptyCache = mkdtempSync(join(tmpdir(), "digest-gazetteer-cold-"));
  const start = performance.now();
  loadCachedTables(emptyCache);
  console.log(`gazetteer cold load (empty cache, index built and written): ${seconds(start)} s (rss ${mb()} MB)`);
  rmSync(emptyCache, { recursive: true, force: true });
}
const cacheFile = join(defaultCacheDir(), cacheFileName());
if (!existsSync(cacheFile)) loadCachedTables();
globalThis.gc?.();
let start = performance.now();
const index = loadPlaceIndex();
console.log(`gazetteer warm load: ${seconds(start)} s, target ≤ 1 s (${index.gazetteer.tables.placeCount} places, ${index.gazetteer.tables.keyCount} spellings)`);

if (!corpusAvailable(ruwaArticlesPath)) {
  console.log(`RUWA corpus not found at ${ruwaArticlesPath}: scan benchmark skipped`);
} else {
  const articles = readCorpusArticles(ruwaArticlesPath);
  const passages = articles.map((a) => toPassages(a));
  // As the pipeline does: the light pass over whole articles (countries, outlets' homes), then
  // each article with its outlet, then one place per unknown village across the build.
  start = performance.now();
  primePlaceIndex(index, articles);
  console.log(`RUWA collection pass (${articles.length} items): ${seconds(start)} s`);
  start = performance.now();
  const lists = passages.map((p, i) => findPlaceMentions(p, index, { source: articles[i]!.source }));
  settleTextPlaces(lists);
  const mentions = lists.reduce((n, l) => n + l.length, 0);
  console.log(`RUWA findPlaceMentions (${articles.length} items, ${mentions} mentions): ${seconds(start)} s (rss ${mb()} MB)`);
}
