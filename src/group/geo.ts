// Distances and day arithmetic shared by cutting, blocking and scoring.
import type { Place } from "../model.js";
import { haversineKm } from "../places/distance.js";
import { regionsSpanned } from "../places/supplement.js";

/** Kilometres between two places, or null when either lacks coordinates. */
export function placeDistanceKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/** Places coarser than a town: a mention of one says "somewhere in here", not "here". */
export function isAreaPlace(place: Place): boolean {
  return place.precision === "region" || place.precision === "country";
}

/** Cities that are regions of their own inside another region: for grouping, the region around them. */
const REGION_AROUND: Record<string, string> = { "UA.Sevastopol": "UA.Crimea" };

/** The region key ("US.Illinois") used to tell "same region" from "elsewhere". */
export function regionKey(place: Place): string | null {
  if (!place.admin1 || !place.country) return null;
  const key = `${place.country}.${place.admin1}`;
  return REGION_AROUND[key] ?? key;
}

/** A place's region keys: its region's, or for a region spanning several (Donbas), each of theirs. */
export function regionKeys(place: Place): string[] {
  const spanned = place.admin1 === null ? regionsSpanned(place) : null;
  if (spanned) return spanned.map((admin1) => regionKey({ ...place, admin1 })!);
  const key = regionKey(place);
  return key === null ? [] : [key];
}

/**
 * Can two places name the same spot? The same place, one an area holding the other, or two
 * points close enough that two reporters may name different neighbouring towns.
 */
export function placesCompatible(a: Place, b: Place, nearKm: number): boolean {
  if (a.slug === b.slug) return true;
  if (isAreaPlace(a) || isAreaPlace(b)) return areaHolds(a, b) || areaHolds(b, a);
  const km = placeDistanceKm(a, b);
  return km !== null && km <= nearKm;
}

function areaHolds(area: Place, inner: Place): boolean {
  if (area.precision === "country") return area.country !== null && area.country === inner.country;
  if (area.precision === "region") return regionKey(area) !== null && regionKey(area) === regionKey(inner);
  return false;
}

/** Days since 1970-01-01 for a "YYYY-MM-DD" (or longer ISO) string. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}
