// Stage 2, extract: per article, the passages and every fact they state. Nothing here decides
// which incident a fact belongs to; group cuts the article into reports.
import type { Article, ArticleFacts, Passage, PlaceMention } from "../model.js";
import { findSlavicCasualtyClaims } from "../facts/slavic/claims.js";
import { findSlavicDateCues } from "../facts/slavic/dates.js";
import { isSlavic, type SlavicLang } from "../facts/slavic/lexicons.js";
import { findSlavicMeans } from "../facts/slavic/means.js";
import { readPassage } from "../facts/clauses.js";
import { findArticleCasualtyClaims, findDamage, findDateCues, findMeans, findTypeCues } from "../facts/index.js";
import { findPlaceMentions, type PlaceIndex } from "../places/index.js";
import { toPassages } from "./passages.js";

/** `passages` are the article's, when an earlier read of it (the light pass) already split them. */
export function extractFacts(article: Article, places: PlaceIndex, passages: Passage[] = toPassages(article)): ArticleFacts {
  // Ukrainian and Russian articles are read by the Slavic grammar (facts/slavic/) with their lexicon.
  if (isSlavic(article.lang)) return extractSlavicFacts(article, passages, places, article.lang);
  const mentions = findPlaceMentions(passages, places, { source: article.source });
  return {
    article,
    passages,
    places: mentions,
    dates: findDateCues(passages, article.publishedDay, countryOf(mentions)),
    // Per sentence (findCasualtyClaims), then what only the whole article tells: "she said" takes
    // the speaker named before, and people "shot" include those the article says died.
    claims: findArticleCasualtyClaims(passages, article.publishedDay),
    means: passages.flatMap((passage) => findMeans(passage)).map((claim) => ({ ...claim, lang: article.lang })),
    damage: passages.flatMap((passage) => findDamage(passage)).map((claim) => ({ ...claim, lang: article.lang })),
    typeCues: passages.flatMap((passage) => findTypeCues(passage)),
    readings: passages.map((passage) => readPassage(passage.text, article.lang)),
  };
}

/** The country most of the article's scenes lie in, or null. */
function countryOf(mentions: PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.role === "location" && m.place.country) counts.set(m.place.country, (counts.get(m.place.country) ?? 0) + 1);
  let best: string | null = null;
  for (const [country, count] of counts) if (best === null || count > counts.get(best)!) best = country;
  return best;
}

function extractSlavicFacts(article: Article, passages: Passage[], places: PlaceIndex, lang: SlavicLang): ArticleFacts {
  return {
    article,
    passages,
    places: findPlaceMentions(passages, places, { source: article.source }),
    dates: findSlavicDateCues(passages, article.publishedDay, lang),
    claims: passages.flatMap((passage) => findSlavicCasualtyClaims(passage, lang)),
    means: passages.flatMap((passage) => findSlavicMeans(passage, lang)).map((claim) => ({ ...claim, lang })),
    damage: [],
    typeCues: passages.flatMap((passage) => findTypeCues(passage, lang)),
    readings: passages.map((passage) => readPassage(passage.text, lang)),
  };
}
