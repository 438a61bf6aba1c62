// RUWA report: how many items get an incident place, how many in Ukraine, and which names after
// a location cue ("in X", "village of X", "shelled X") stayed unresolved, most frequent first.
import type { Article, PlaceMention } from "../../model.js";
import { findPlaceMentions, type PlaceIndex } from "../index.js";
import { passagesOf } from "./corpus.js";

export interface RuwaPlaceReport {
  items: number;
  withLocation: number;
  withUkrainianLocation: number;
  share: number;
  ukrainianShare: number;
  seconds: number;
  unresolved: { name: string; count: number }[];
  locations: { article: Article; location: PlaceMention | null; mentions: PlaceMention[] }[];
}

// A capitalised name right after a location cue, as the scanner would see it.
const CUED_NAME = /\b(?:in|near|outside|village of|town of|city of|settlement of|shelled|struck|hit|liberated|captured)\s+(?:the\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)/gu;
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|These|Those|His|Her|Their|Its|Our|Russian|Ukrainian|Russians|Ukrainians|European|American|Western|NATO|EU|UN|US|U\.S\.)$/;

export function reportRuwaPlaces(articles: Article[], index: PlaceIndex): RuwaPlaceReport {
  const unresolved = new Map<string, number>();
  const locations: RuwaPlaceReport["locations"] = [];
  let withLocation = 0;
  let withUkrainianLocation = 0;
  const start = performance.now();
  const all = articles.map((article) => {
    const passages = passagesOf(article);
    return { article, passages, mentions: findPlaceMentions(passages, index, { source: article.source }) };
  });
  const seconds = (performance.now() - start) / 1000;
  for (const { article, passages, mentions } of all) {
    const location = mentions.find((m) => m.role === "location") ?? null;
    locations.push({ article, location, mentions });
    if (location) withLocation++;
    if (location?.place.country === "UA") withUkrainianLocation++;
    const surfaces = new Set(mentions.map((m) => m.surface));
    for (const passage of passages) {
      for (const match of passage.text.matchAll(CUED_NAME)) {
        const name = match[1]!.replace(/['’]s$/, "");
        const first = name.split(/\s+/)[0]!.replace(/['’]s$/, "");
        if (NOT_NAMES.test(first) || [...surfaces].some((s) => s.includes(first))) continue;
        unresolved.set(name, (unresolved.get(name) ?? 0) + 1);
      }
    }
  }
  return {
    items: articles.length,
    withLocation,
    withUkrainianLocation,
    share: withLocation / Math.max(1, articles.length),
    ukrainianShare: withUkrainianLocation / Math.max(1, articles.length),
    seconds,
    unresolved: [...unresolved].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count).slice(0, 30),
    locations,
  };
}
