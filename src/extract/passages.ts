import type { Article, Passage } from "../model.js";
import { splitParagraphs, splitSentences } from "../text/sentences.js";

/** The article as numbered sentences: the headline first (unless derived from the text), then the body. */
export function toPassages(article: Article): Passage[] {
  const passages: Passage[] = [];
  if (article.title && !article.titleDerived) passages.push({ index: 0, paragraph: 0, text: article.title, isTitle: true });
  splitParagraphs(article.text).forEach((paragraph, p) => {
    for (const sentence of splitSentences(paragraph)) {
      passages.push({ index: passages.length, paragraph: p + 1, text: sentence, isTitle: false });
    }
  });
  return passages;
}
