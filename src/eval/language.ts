// How well the digest tells an article's language from its text: over the articles that state
// their language (viina-dev: uk or ru; "uk|ru" states none), the share whose text alone, the stated
// value ignored, gives the stated language.
import { detectLanguage } from "../ingest/language.js";
import type { Article } from "../model.js";

export interface LanguageScores {
  /** Articles that state their language. */
  articles: number;
  /** Of those, the share detected right from the text; null when none states one. */
  accuracy: number | null;
}

export function scoreLanguage(articles: Article[]): LanguageScores {
  const stated = articles.filter((a) => a.langFrom === "stated");
  const right = stated.filter((a) => detectLanguage(`${a.title}\n${a.text}`) === a.lang).length;
  return { articles: stated.length, accuracy: stated.length ? right / stated.length : null };
}
