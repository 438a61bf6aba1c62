// How the claim tables write what a careful reader notes down: "killed 1; injured at least 2",
// people "shot" minus those the same text says died.
import { findArticleCasualtyClaims } from "../../../src/facts/article-claims.js";
import type { CasualtyClaim, Passage } from "../../../src/model.js";

const ORDER = ["killed", "injured", "grave", "missing"];

export function describeClaims(claims: CasualtyClaim[]): string {
  return [...claims]
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.value - b.value)
    .map((c) => `${c.kind} ${c.qualifier === "exact" ? "" : `${c.qualifier} `}${c.value - (c.diedOfThese ?? 0)}`)
    .join("; ");
}

/** The article-level claims of sentences (the first one a headline when `title`), described. */
export function readSentences(sentences: string[], title = false): string {
  const passages = sentences.map((text, index): Passage => ({ index, paragraph: index, text, isTitle: title && index === 0 }));
  return describeClaims(findArticleCasualtyClaims(passages, "2016-01-01"));
}
