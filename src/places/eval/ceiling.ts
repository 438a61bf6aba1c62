// How much of a corpus's place figure the reading of places can reach: whether a report names, in
// a spelling the gazetteer knows, a settlement or facility near its gold event. A report that names
// none ("Six soldiers killed in eastern Ukraine") can be placed there only through the other reports
// of its incident; its miss is no misreading.
import { haversineKm } from "../distance.js";
import { PlaceLevel } from "../gazetteer/tables.js";
import type { PlaceIndex } from "../index.js";
import { findSpans, tokenize } from "../spans.js";

/** A settlement this near the event's point stands for it (the gold point of a village, or a town's centre). */
export const NAMES_EVENT_KM = 12;

/**
 * Does the text name a settlement or facility within NAMES_EVENT_KM of a point? Any reading of a
 * name counts (the question is whether the words are there, not which reading wins); regions and
 * countries do not (an oblast holds the point, but names no place in it).
 */
export function namesPlaceNear(text: string, point: { lat: number; lon: number }, index: PlaceIndex): boolean {
  const g = index.gazetteer;
  const spans = findSpans(text, tokenize(text), (key) => {
    const found = index.lookup(key);
    return found && found.candidates.length > 0 ? found : null;
  }, index.isPlaceAcronym);
  return spans.some((span) =>
    span.lookup.candidates.some((c) => {
      const level = g.level(c.row);
      return level !== PlaceLevel.Country && level !== PlaceLevel.Region && level !== PlaceLevel.District && haversineKm(g.lat(c.row), g.lon(c.row), point.lat, point.lon) <= NAMES_EVENT_KM;
    }),
  );
}
