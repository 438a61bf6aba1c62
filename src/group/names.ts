// Telling names in a text: people, streets, businesses ("Delaney", "Fairview", "Pulse"). Two
// reports that share one are likely about the same incident.
import type { PlaceMention } from "../model.js";
import { isCommonWord } from "./background.js";

// Capitalised words inside a sentence. Sentence-initial words and headline capitals say little,
// so only words after a lower-case word or a comma count, and neither ordinary words ("Police",
// "Street") nor calendar words ("Friday", "June") do. Passages are joined one a line: a line break
// ends a sentence (a headline has no full stop).
const INNER_NAME = /(?<=[a-z,;:][ \t])\p{Lu}[\p{Ll}'’]{2,}/gu;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

export function namesIn(text: string): string[] {
  return (text.match(INNER_NAME) ?? []).filter((w) => !CALENDAR.test(w) && !isCommonWord(w));
}

/**
 * The text with the places it names blanked out: the place features weigh those, and a shared
 * city name would make every two reports from one city share their "names".
 */
export function withoutPlaceNames(text: string, places: PlaceMention[]): string {
  const surfaces = [...new Set(places.map((m) => m.surface).filter((s) => s.length > 1))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const surface of surfaces) out = out.split(surface).join(" ");
  return out;
}
