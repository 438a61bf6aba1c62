// Sentences as the place scanner reads an article: one passage each, the first a headline when
// `headline` is set, from the outlet `source` when given.
import type { Passage, PlaceMention } from "../../../src/model.js";
import { findPlaceMentions, type PlaceIndex } from "../../../src/places/index.js";

export function scanSentences(index: PlaceIndex, sentences: string[], options: { headline?: boolean; source?: string } = {}): PlaceMention[] {
  const passages: Passage[] = sentences.map((text, i) => ({ index: i, paragraph: i, text, isTitle: options.headline === true && i === 0 }));
  return findPlaceMentions(passages, index, options.source === undefined ? {} : { source: options.source });
}

/** The mention the scanner takes for the scene of the event, if any. */
export function location(mentions: PlaceMention[]): PlaceMention | null {
  return mentions.find((m) => m.role === "location") ?? null;
}
