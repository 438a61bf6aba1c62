// One reader of articles, the same on a worker thread (extract/worker.ts) and on the main thread
// (small builds): it reads each article's passages once and keeps them between its two reads:
//   1. the light pass (its place cues), from which the main thread learns the build's priors;
//   2. every fact, once the priors are set.
import type { Article, ArticleFacts, Passage } from "../model.js";
import type { EditorPlace } from "../places/editor.js";
import { type BuildPriors, type LightReadings, loadPlaceIndex, type PlaceIndex, readPlaceCues, usePriors } from "../places/index.js";
import { extractFacts } from "./index.js";
import { toPassages } from "./passages.js";
import { PlaceTable } from "./place-table.js";

/** An article's facts without the article itself (the main thread has it; it is not sent back). */
export type ExtractedFacts = Omit<ArticleFacts, "article">;

/** An article's facts, and the density cells its reading asked about with their steps (PlaceDensity.noting). */
export interface ReadFacts {
  facts: ExtractedFacts;
  densityCells: number[];
}

export class ArticleReader {
  private readonly places: PlaceIndex;
  /** Passages split by the first read, waiting for the second (dropped once read). */
  private readonly split = new Map<string, Passage[]>();
  private priors: BuildPriors | null = null;

  /** `table`: where its mentions' places are shared (a worker's batch then carries each place once). */
  constructor(
    editorPlaces: EditorPlace[],
    places: PlaceIndex = loadPlaceIndex(editorPlaces),
    private readonly table = new PlaceTable(),
  ) {
    this.places = places;
  }

  /** First read: the article's place cues (its passages are kept for the second read). */
  readCues(article: Article): LightReadings {
    const passages = toPassages(article);
    this.split.set(article.id, passages);
    return readPlaceCues(passages, this.places);
  }

  /** Second read: every fact. An article the first read skipped (its cues were cached) is split now. */
  extract(article: Article, priors: BuildPriors): ReadFacts {
    if (this.priors !== priors) usePriors(this.places, (this.priors = priors));
    const passages = this.split.get(article.id) ?? toPassages(article);
    this.split.delete(article.id);
    const { result, cells } = this.places.density!.noting(() => extractFacts(article, this.places, passages));
    const { article: _article, ...facts } = result;
    this.table.share(facts.places);
    return { facts, densityCells: cells };
  }
}
