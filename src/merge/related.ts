// "Possibly the same incident as ...": the near misses of grouping, described by the two
// incidents' own merged dates and places (not by the one pair of reports that linked them, whose
// days and places can differ from the incidents': an undated report, a report without a place).
import type { Incident, Place, RelatedIncident } from "../model.js";
import { dayNumber, isAreaPlace } from "../group/geo.js";
import { haversineKm } from "../places/distance.js";
import { placeName } from "../places/names.js";

type Dated = Pick<Incident, "date" | "dateEnd" | "place">;

/** Days between two incidents' date ranges (0 when they overlap). */
export function incidentDaysApart(a: Dated, b: Dated): number {
  return Math.max(0, dayNumber(b.date) - dayNumber(a.dateEnd), dayNumber(a.date) - dayNumber(b.dateEnd));
}

function holds(area: Place, inner: Place): boolean {
  if (area.precision === "country") return area.country !== null && area.country === inner.country;
  return area.precision === "region" && area.country === inner.country && area.admin1 !== null && area.admin1 === inner.admin1;
}

function pointKm(a: Place, b: Place): number | null {
  if (isAreaPlace(a) || isAreaPlace(b) || a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

function placeWords(a: Place | null, b: Place | null, km: number | null): string {
  if (!a && !b) return "no place known for either";
  if (!a || !b) return `place known for one only (${placeName((a ?? b)!)})`;
  if (a.slug === b.slug) return `same place (${placeName(a)})`;
  if (isAreaPlace(a) && holds(a, b)) return `${placeName(b)} lies in ${placeName(a)}`;
  if (isAreaPlace(b) && holds(b, a)) return `${placeName(a)} lies in ${placeName(b)}`;
  return km === null ? `${placeName(a)} and ${placeName(b)}` : `${placeName(a)} and ${placeName(b)}, ${Math.round(km)} km apart`;
}

/** The link from incident `a` to incident `b`, as the page shows it under "possibly the same incident as". */
export function relatedIncident(a: Dated, b: Dated & { id: string }, score: number): RelatedIncident {
  const days = incidentDaysApart(a, b);
  const km = a.place && b.place ? pointKm(a.place, b.place) : null;
  // Ranges that overlap are no "same day" when either spans several: the page shows the other's
  // first day beside the note ("8 August (same day)" under an incident of 11 August read wrong).
  const spansDays = a.date !== a.dateEnd || b.date !== b.dateEnd;
  const when = days > 0 ? `${days} day${days === 1 ? "" : "s"} apart` : spansDays ? "overlapping dates" : "same day";
  return { id: b.id, score, daysApart: days, distanceKm: km === null ? null : Math.round(km), note: `${when}; ${placeWords(a.place, b.place, km)}` };
}
