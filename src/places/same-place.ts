// One page per real place. A place the gazetteer did not recognise is placed from what the text
// says of it (text-places.ts); when its name is another spelling of a gazetteer place nearby
// ("Sieiverodonetsk" in the Luhansk region, beside Sievierodonetsk), it is that place, so the
// town does not get a second page under a misspelt name.
//
// Nearby: within 25 km of the point the text gives; for a place known only by its region, in
// that region. Another spelling: the gazetteer place's own name, folded (any country); or, where
// names are romanised from Cyrillic (Ukraine, Russia...), any of its spellings by variant key
// (src/search/keys.js: what the search page calls one name is one place here). GeoNames'
// alternates elsewhere are too loose to go by ("Townville" is listed for Abbeville, South
// Carolina, a town 35 km away). Only a single match is taken: two villages of that name in the
// region leave the text place as it is. A place known only by its country stays too.
import type { Place, PlaceMention } from "../model.js";
import { variantKey } from "../search/keys.js";
import { haversineKm } from "./distance.js";
import { foldName } from "./fold.js";
import { PlaceLevel } from "./gazetteer/tables.js";
import type { PlaceIndex } from "./index.js";
import { CYRILLIC_COUNTRIES } from "./romanise.js";

const SAME_PLACE_KM = 25;
// A degree of latitude is 111 km: bands this wide hold everything within the distance, and more.
const NEAR_DEGREES = SAME_PLACE_KM / 100;
// Region and district forms are not a town's name ("Kharkiv oblast" is not Kharkiv).
const DIVISION_WORD = /\b(?:oblast|region|province|raion|rayon|district|county|state|область|район)\b/;
const SPELLING = /^[\p{L}\p{N}]/u;
const DIVISION_SUFFIX = /\s+(?:oblast|region|province|область)$/;

interface Wanted {
  place: Place;
  /** The region rows it is in, for a place known by its region. */
  regions: Set<number>;
  rows: number[];
}

/** Replaces, in place, each text place that is another spelling of one gazetteer place nearby. */
export function unifyTextPlaces(mentionLists: PlaceMention[][], index: PlaceIndex): void {
  const g = index.gazetteer;
  const wanted = new Map<string, Wanted>();
  for (const mentions of mentionLists) {
    for (const { place } of mentions) {
      if (place.origin !== "text" || wanted.has(place.slug) || !place.country) continue;
      if (place.precision === "country") continue;
      const regions = new Set(
        place.precision === "region" && place.admin1
          ? (index.lookup(foldName(place.admin1))?.candidates ?? []).map((c) => c.row).filter((row) => g.level(row) === PlaceLevel.Region && g.country(row) === place.country)
          : [],
      );
      wanted.set(place.slug, { place, regions, rows: [] });
    }
  }
  if (wanted.size === 0) return;

  // One pass over the gazetteer's populated places: those near each text place.
  const byRegion = new Map<number, Wanted[]>();
  // Places known by a point, filed in bands of latitude as wide as the distance.
  const byBand = new Map<number, Wanted[]>();
  for (const w of wanted.values()) {
    if (w.place.precision === "region") for (const region of w.regions) (byRegion.get(region) ?? byRegion.set(region, []).get(region)!).push(w);
    else if (w.place.lat !== null && w.place.lon !== null) {
      const band = Math.floor(w.place.lat / NEAR_DEGREES);
      for (const b of [band - 1, band, band + 1]) (byBand.get(b) ?? byBand.set(b, []).get(b)!).push(w);
    }
  }
  for (let row = 0; row < g.tables.placeCount; row++) {
    if (g.level(row) !== PlaceLevel.Populated) continue;
    for (const w of byRegion.get(g.admin1Row(row)) ?? []) w.rows.push(row);
    for (const w of byBand.get(Math.floor(g.lat(row) / NEAR_DEGREES)) ?? []) {
      if (haversineKm(g.lat(row), g.lon(row), w.place.lat!, w.place.lon!) <= SAME_PLACE_KM) w.rows.push(row);
    }
  }

  const romanised = [...wanted.values()].filter((w) => CYRILLIC_COUNTRIES.has(w.place.country!));
  const spellings = g.spellingsOf(new Set(romanised.flatMap((w) => w.rows)));
  const regionSpellings = g.spellingsOf(new Set(romanised.flatMap((w) => [...w.regions])));
  // A region's rows are looked at for every text place in it: each row's names are folded once.
  const foldedNames = new Map<number, string>();
  const foldedName = (row: number) => foldedNames.get(row) ?? foldedNames.set(row, foldName(g.record(row).name)).get(row)!;
  const variantSets = new Map<number, Set<string>>();
  const variantsOf = (row: number) =>
    variantSets.get(row) ??
    variantSets.set(row, new Set((spellings.get(row) ?? []).filter((s) => SPELLING.test(s) && !DIVISION_WORD.test(s)).map(variantKey))).get(row)!;
  const same = new Map<string, Place>();
  for (const [slug, w] of wanted) {
    const name = foldName(w.place.name);
    const variant = variantKey(name);
    const anySpelling = CYRILLIC_COUNTRIES.has(w.place.country!);
    // "Suumy region": a place known by its region and named as that region is the region.
    const ownRegion = anySpelling && variant.length >= 4 && w.regions.size === 1 ? [...w.regions][0]! : undefined;
    if (ownRegion !== undefined && (regionSpellings.get(ownRegion) ?? []).some((s) => variantKey(s.replace(DIVISION_SUFFIX, "")) === variant)) {
      same.set(slug, g.toPlace(ownRegion));
      continue;
    }
    const matches = w.rows.filter((row) => foldedName(row) === name || (anySpelling && variant.length >= 4 && variantsOf(row).has(variant)));
    if (matches.length === 1) same.set(slug, g.toPlace(matches[0]!));
  }
  for (const mentions of mentionLists) {
    for (const m of mentions) {
      const place = m.place.origin === "text" ? same.get(m.place.slug) : undefined;
      if (place) m.place = { ...place, aliases: [...place.aliases] };
    }
  }
}
