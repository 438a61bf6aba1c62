// Stage 2, extract: per article, the passages and every fact they state. Nothing here decides
// which incident a fact belongs to; group cuts the article into reports.
import type { Article, ArticleFacts } from "../model.js";
import { findArticleCasualtyClaims, findDamage, findDateCues, findMeans, findTypeCues } from "../facts/index.js";
import { findPlaceMentions, type PlaceIndex } from "../places/index.js";
import { toPassages } from "./passages.js";

export function extractFacts(article: Article, places: PlaceIndex): ArticleFacts {
  const passages = toPassages(article);
  return {
    article,
    passages,
    places: findPlaceMentions(passages, places, { source: article.source }),
    dates: findDateCues(passages, article.publishedDay),
    // Per sentence (findCasualtyClaims), then what only the whole article tells: "she said" takes
    // the speaker named before, and people "shot" include those the article says died.
    claims: findArticleCasualtyClaims(passages, article.publishedDay),
    means: passages.flatMap((passage) => findMeans(passage)).map((claim) => ({ ...claim, lang: article.lang })),
    damage: passages.flatMap((passage) => findDamage(passage)).map((claim) => ({ ...claim, lang: article.lang })),
    typeCues: passages.flatMap((passage) => findTypeCues(passage)),
  };
}
