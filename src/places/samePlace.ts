// One page per real place. A place the gazetteer did not recognise is placed from what the text
// says of it (textPlaces.ts); when its name is another spelling of a gazetteer place nearby
// ("Sieiverodonetsk" in the Luhansk region, beside Sievierodonetsk), it is that place, so the
// town does not get a second page under a misspelt name. Nearby: within 25 km of the point the
// text gives; for a place known only by its region, in that region; known only by its country, in
// that country. The names match when their variant keys agree (src/search/keys.js: the same key
// the search page uses, so what the search calls one name is one place here). Only a single match
// is taken: two villages of that name in the region leave the text place as it is.
import type { Place, PlaceMention } from "../model.js";
import { searchKey, variantKey } from "../search/keys.js";
import { haversineKm } from "./context.js";
import { foldName } from "./fold.js";
import { PlaceLevel } from "./gazetteer/tables.js";
import type { PlaceIndex } from "./index.js";

const SAME_PLACE_KM = 25;
// Region and district forms are not a town's name ("Kharkiv oblast" is not Kharkiv).
const DIVISION_WORD = /\b(?:oblast|region|province|raion|rayon|district|county|state|область|район)\b/;

/** The gazetteer rows a text place may be another spelling of, by where the text puts it. */
function nearbyRows(place: Place, index: PlaceIndex): number[] {
  const g = index.gazetteer;
  if (!place.country) return [];
  const regionRows = new Set(
    place.precision === "region" && place.admin1
      ? (index.lookup(foldName(place.admin1))?.candidates ?? []).map((c) => c.row).filter((row) => g.level(row) === PlaceLevel.Region && g.country(row) === place.country)
      : [],
  );
  if (place.precision === "region" && regionRows.size === 0) return [];
  const rows: number[] = [];
  for (let row = 0; row < g.tables.placeCount; row++) {
    if (g.level(row) !== PlaceLevel.Populated) continue;
    if (place.precision === "region") {
      if (regionRows.has(g.admin1Row(row))) rows.push(row);
    } else if (place.precision === "country") {
      if (g.country(row) === place.country) rows.push(row);
    } else if (place.lat !== null && place.lon !== null && Math.abs(g.lat(row) - place.lat) < 0.5 && haversineKm(g.lat(row), g.lon(row), place.lat, place.lon) <= SAME_PLACE_KM) {
      rows.push(row);
    }
  }
  return rows;
}

/** Replaces, in place, each text place that is another spelling of one gazetteer place nearby. */
export function unifyTextPlaces(mentionLists: PlaceMention[][], index: PlaceIndex): void {
  const textPlaces = new Map<string, Place>();
  for (const mentions of mentionLists) for (const m of mentions) if (m.place.origin === "text") textPlaces.set(m.place.slug, m.place);
  if (textPlaces.size === 0) return;
  const g = index.gazetteer;
  const candidates = new Map([...textPlaces].map(([slug, place]) => [slug, nearbyRows(place, index)]));
  const spellings = g.spellingsOf(new Set([...candidates.values()].flat()));
  const variantCache = new Map<number, Set<string>>();
  const variantsOf = (row: number) => {
    let set = variantCache.get(row);
    if (!set) variantCache.set(row, (set = new Set((spellings.get(row) ?? []).filter((s) => /^[\p{L}\p{N}]/u.test(s) && !DIVISION_WORD.test(s)).map(variantKey))));
    return set;
  };
  const same = new Map<string, Place>();
  for (const [slug, place] of textPlaces) {
    const wanted = variantKey(searchKey(place.name));
    if (wanted.length < 4) continue;
    const matches = (candidates.get(slug) ?? []).filter((row) => variantsOf(row).has(wanted));
    if (matches.length === 1) same.set(slug, g.toPlace(matches[0]!));
  }
  for (const mentions of mentionLists) {
    for (const m of mentions) {
      const place = m.place.origin === "text" ? same.get(m.place.slug) : undefined;
      if (place) m.place = { ...place, aliases: [...place.aliases] };
    }
  }
}
