// Passages that carry incident words but describe no incident of their own: tallies over a
// period ("47 settlements since the start of the year") and recollections of earlier events
// ("a year ago, a man was shot on the same corner"). They may not open a report, and their
// figures are not the incident's figures.
import type { DateCue, Passage } from "../model.js";
import { dayNumber } from "./geo.js";

// A count over a span of time or a whole war is a statement, not an event.
const TALLY = new RegExp(
  [
    String.raw`\bsince the (?:start|beginning) of\b`,
    String.raw`\bsince (?:early |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b`,
    String.raw`\b(?:so far|to date) (?:this|in) (?:year|month|war)\b`,
    String.raw`\bso far this (?:year|month)\b`,
    String.raw`\bthis year alone\b`,
    String.raw`\bin total\b`,
    String.raw`\bsince the (?:war|invasion|conflict|full-scale invasion) (?:began|started)\b`,
    String.raw`\bsince the start of the (?:war|invasion|conflict)\b`,
  ].join("|"),
  "i",
);

// A count added to the one before: "Four more were hurt", "Another
// two were injured".
const ADDED_COUNT = /^(?:another\s+(?:\d+|[a-z-]+)|(?:\d+|[a-z-]+)\s+more)\b/i;

/** Does the passage open by adding to the count of the passage before it? */
export function addsToCount(passage: Passage): boolean {
  return ADDED_COUNT.test(passage.text);
}

// Words that place a passage's event clearly before the article's own event.
const RECALL = /\b(?:last|previous) (?:year|month|summer|winter|spring|fall|autumn)\b|\b(?:years?|months?|decades?) ago\b|\bearlier this (?:year|month)\b|\bin (?:a|an) (?:earlier|previous|prior|unrelated) (?:shooting|incident|attack|case)\b/i;
const YEAR = /\b(?:in|of|since) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?((?:19|20)\d\d)\b/gi;

/** Days before the report's event date beyond which a dated passage is about something else. */
const RECALL_GAP_DAYS = 7;

export function isTally(passage: Passage): boolean {
  return TALLY.test(passage.text);
}

/**
 * Does the passage recall an earlier event? `eventDay` is the report's own event date. A year
 * before the publication year, a recall phrase, or a date cue weeks before the event all count.
 */
export function isRecall(passage: Passage, cues: DateCue[], eventDay: string, publishedDay: string): boolean {
  if (RECALL.test(passage.text)) return true;
  const year = Number(publishedDay.slice(0, 4));
  for (const match of passage.text.matchAll(YEAR)) if (Number(match[1]) < year) return true;
  const event = dayNumber(eventDay);
  return cues.some((cue) => cue.passage === passage.index && dayNumber(cue.date.end) < event - RECALL_GAP_DAYS);
}
