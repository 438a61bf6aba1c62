// Page furniture: sentences a site prints around every story ("Sign up for our newsletter",
// "Copyright 2016 Cox Media Group", a sidebar of other headlines). Scraped local news is full of
// it, and shared furniture makes two unrelated stories of one outlet look alike. A sentence is
// furniture when it recurs verbatim in several articles published weeks apart: a story's own
// sentences recur only in copies of that story, which appear within days. A sentence without a
// word about any incident (no figure, no incident word) needs only two articles weeks apart: a
// failed scrape keeps only the site's sign-up text ("No email address was supplied"), and two such
// pages would otherwise read as one story; a follow-up that repeats an earlier story's paragraph
// weeks later repeats its incident words, and keeps it. A sentence that counts the dead or hurt
// is never furniture: an outlet's formula ("The attack killed 2 people.") recurs word for word
// across its reports of different events, each time that report's own toll.
import type { ArticleFacts } from "../model.js";
import { dayNumber } from "./geo.js";

/** Articles a sentence must appear in before it can be furniture. */
const MIN_ARTICLES = 3;
/** The same for a sentence that states no incident fact (no casualty figure, no incident word). */
const MIN_ARTICLES_WITHOUT_FACTS = 2;
/** Days between its first and last appearance. */
const MIN_SPAN_DAYS = 14;
/** Sentences shorter than this are too generic to judge ("Police said."). */
const MIN_LENGTH = 20;

// Passages arrive with their white space already collapsed (text/sentences.ts).
const normalise = (text: string) => text.toLowerCase();

export type FurnitureTest = (passageText: string) => boolean;

export function findFurniture(all: ArticleFacts[]): FurnitureTest {
  const seen = new Map<string, { articles: number; first: number; last: number; lastArticle: string; facts: boolean }>();
  for (const facts of all) {
    const day = dayNumber(facts.article.publishedDay);
    const withFacts = new Set([...facts.claims, ...facts.typeCues].map((x) => x.passage));
    const counts = new Set(facts.claims.map((claim) => claim.passage));
    for (const passage of facts.passages) {
      if (passage.text.length < MIN_LENGTH || counts.has(passage.index)) continue;
      const key = normalise(passage.text);
      const entry = seen.get(key);
      if (!entry) seen.set(key, { articles: 1, first: day, last: day, lastArticle: facts.article.id, facts: withFacts.has(passage.index) });
      else if (entry.lastArticle !== facts.article.id) {
        entry.articles++;
        entry.first = Math.min(entry.first, day);
        entry.last = Math.max(entry.last, day);
        entry.lastArticle = facts.article.id;
      }
    }
  }
  const furniture = new Set<string>();
  for (const [key, entry] of seen) {
    const enough = entry.articles >= (entry.facts ? MIN_ARTICLES : MIN_ARTICLES_WITHOUT_FACTS);
    if (enough && entry.last - entry.first >= MIN_SPAN_DAYS) furniture.add(key);
  }
  return (text: string) => furniture.size > 0 && furniture.has(normalise(text));
}
