// How a place is named to readers. A first-level division is written the way the English press
// writes it: in countries whose divisions mostly bear their main city's name (oblasts) "Donetsk
// region", so that "Donetsk" alone means the city; elsewhere bare ("New Mexico", "Bavaria").
import type { Place } from "../model.js";

const OBLAST_COUNTRIES = new Set(["UA", "RU", "BY", "KZ", "KG", "UZ", "TJ", "MD", "AM", "AZ", "GE"]);

// A name that already says what it is: "Homyel' Voblasc'", "Kyiv City", "Altai Krai".
const DIVISION_WORD = /\b(?:oblast|voblasc|voblast|krai|kray|okrug|republic|region|city|raion|rayon|province)\b/i;

/** "Luhansk region", "New Mexico", "Kyiv City". */
export function regionLabel(admin1: string, country: string | null): string {
  return country && OBLAST_COUNTRIES.has(country) && !DIVISION_WORD.test(admin1) ? `${admin1} region` : admin1;
}

/** The place is a first-level division itself, not a town in one. */
export function isFirstLevelRegion(place: Pick<Place, "name" | "admin1" | "admin2" | "precision">): boolean {
  return place.precision === "region" && place.admin1 === place.name && !place.admin2;
}

/** "Donetsk" for the city, "Donetsk region" for the oblast, "Cook County", "Ukraine". */
export function placeName(place: Pick<Place, "name" | "admin1" | "admin2" | "precision" | "country">): string {
  return isFirstLevelRegion(place) ? regionLabel(place.name, place.country) : place.name;
}
