// The simple baseline the evaluation prints next to the digest: TF-IDF over title and text,
// single-link over pairs published within ±3 days whose cosine reaches 0.2 (the acceptance figures
// for scale: BCubed F1 0.889, pairwise F1 0.657 on gva-dev). One incident per article at most.
import type { Article } from "../model.js";
import { dayNumber } from "../group/geo.js";
import { buildTfIdf, cosine } from "../group/text.js";
import { indexSets } from "../union-find.js";

export interface BaselineOptions {
  windowDays: number;
  threshold: number;
}

export const BASELINE: BaselineOptions = { windowDays: 3, threshold: 0.2 };

/** Clusters of article ids, each sorted, listed in order of their first article. */
export function baselineClusters(articles: Article[], options: BaselineOptions = BASELINE): string[][] {
  // Plain corpus idf, as the acceptance's baseline figures were measured.
  const { vectors } = buildTfIdf(articles.map((a) => `${a.title}\n${a.text}`), { background: false });
  const days = articles.map((a) => dayNumber(a.publishedDay));
  const order = [...articles.keys()].sort((a, b) => days[a]! - days[b]! || a - b);
  const { find, join } = indexSets(articles.length);
  for (let x = 0; x < order.length; x++) {
    const i = order[x]!;
    for (let y = x + 1; y < order.length && days[order[y]!]! - days[i]! <= options.windowDays; y++) {
      const j = order[y]!;
      if (cosine(vectors[i]!, vectors[j]!) >= options.threshold) join(i, j);
    }
  }
  const clusters = new Map<number, string[]>();
  articles.forEach((article, i) => {
    const root = find(i);
    (clusters.get(root) ?? clusters.set(root, []).get(root)!).push(article.id);
  });
  return [...clusters.values()];
}
