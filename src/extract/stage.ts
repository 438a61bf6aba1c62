// Stage 2, extract, over a whole build: each article's two reads (extract/reader.ts), taken from
// the extraction cache where an earlier build made them, else made by the readers (worker threads
// or the main thread, extract/workers.ts) and remembered. Results keep the articles' order.
import { extractionCodeVersion } from "../build-info/compiled.js";
import type { Article, ArticleFacts } from "../model.js";
import type { EditorPlace } from "../places/editor.js";
import type { BuildPriors, LightReadings, PlaceIndex } from "../places/index.js";
import { PlaceDensity } from "../places/scan/light.js";
import { basename } from "node:path";
import { cacheVersion, type ExtractionCache, priorsKeyer } from "./cache.js";
import type { ArticleReaders } from "./workers.js";

/** The cache version of this build: the extraction code, the gazetteer and the editor's places. */
export async function extractionCacheVersion(places: PlaceIndex, editorPlaces: EditorPlace[]): Promise<string> {
  return cacheVersion({ code: await extractionCodeVersion(), gazetteer: basename(places.cacheFile), editorPlaces });
}

/** First read of every article: its clear place names, for the build's priors. */
export async function readPlaceCues(articles: Article[], readers: ArticleReaders, cache: ExtractionCache): Promise<LightReadings[]> {
  const keys = articles.map((article) => cache.keyOf(article));
  const cues: (LightReadings | undefined)[] = keys.map((key) => cache.cues(key));
  const missing = indicesOf(cues, (c) => c === undefined);
  const read = await readers.readCues(missing.map((i) => articles[i]!));
  missing.forEach((i, k) => {
    cues[i] = read[k]!;
    cache.rememberCues(keys[i]!, read[k]!);
  });
  return cues as LightReadings[];
}

/**
 * Second read of every article: all it states, under the build's priors. A cached reading is
 * used when it was made under the same countries and outlet home, and every density cell it
 * asked about still gives the same step.
 */
export async function extractArticles(articles: Article[], priors: BuildPriors, readers: ArticleReaders, cache: ExtractionCache): Promise<ArticleFacts[]> {
  const priorsKey = priorsKeyer(priors);
  const density = new PlaceDensity(priors.density);
  const keys = articles.map((article) => cache.keyOf(article));
  const priorKeys = articles.map(priorsKey);
  const found = keys.map((key, i) => cache.facts(key, priorKeys[i]!, density));
  const missing = indicesOf(found, (f) => f === undefined);
  const read = await readers.extract(missing.map((i) => articles[i]!), priors);
  missing.forEach((i, k) => {
    found[i] = read[k]!.facts;
    cache.rememberFacts(keys[i]!, priorKeys[i]!, read[k]!);
  });
  return articles.map((article, i) => ({ article, ...found[i]! }));
}

function indicesOf<T>(items: T[], test: (item: T) => boolean): number[] {
  const out: number[] = [];
  items.forEach((item, i) => test(item) && out.push(i));
  return out;
}
