// Place slugs and keys: the stable part of a place page's address (/places/<slug>/) and a region
// page's (/regions/<key>/). Every place's slug is made here, whether the place comes from the
// gazetteer, the editor's places.yml or the text alone, so the same place gets the same address.
import { slugify } from "../ingest/ids.js";
import type { Place } from "../model.js";

// A division whose name already says what it is ("Donetsk Oblast") is not called a region twice.
const DIVISION_WORD = /\b(oblast|region|province|state|county|raion|rayon|district|kray|krai|republic|city|parish|governorate|prefecture|territory)\b/i;

/** A town's slug: its name, its region's base name and its country, "luhansk-luhansk-ua". */
export function placeSlug(name: string, region: string | null | undefined, country: string | null | undefined): string {
  return slugify(`${name} ${region ?? ""} ${country ?? ""}`) || "place";
}

/** A first-level division's slug: "kharkiv-region-ua", "donetsk-oblast-ua". */
export function regionSlug(name: string, country: string): string {
  return slugify(`${name}${DIVISION_WORD.test(name) ? "" : " region"} ${country}`) || "place";
}

/** A second-level division's slug: "bakhmut-raion-donetsk-ua", "yuba-county-california-us". */
export function districtSlug(district: string, region: string, country: string): string {
  return slugify(`${district}${DIVISION_WORD.test(district) ? "" : " district"} ${region} ${country}`) || "place";
}

/** A country's slug: its name, or its code when the name has no letter to keep. */
export function countrySlug(name: string, country: string): string {
  return slugify(name) || country.toLowerCase() || "place";
}

/** The key of a first-level division, as in its page's path: /regions/ua-kharkiv/. */
export function regionKey(place: Pick<Place, "admin1" | "country">): string | null {
  if (!place.admin1) return null;
  return slugify(`${place.country ?? "xx"}-${place.admin1}`) || null;
}

/** The key of a country: its ISO code in lower case ("ua"). */
export function countryKey(place: Pick<Place, "country">): string | null {
  return place.country ? place.country.toLowerCase() : null;
}
