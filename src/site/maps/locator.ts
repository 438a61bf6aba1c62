// The maps pages show: a locator for one place (incident and place pages) and a map of several
// places with dots sized by their incident counts (region pages). Each comes with a caption that
// says in words what the map shows, for readers who cannot see it.
import type { Place } from "../../model.js";
import { rememberAnswersBy } from "../../text/memo.js";
import { formatCount } from "../text.js";
import { frameForPoints, locatorFrame } from "./frame.js";
import { renderMap } from "./render.js";

export interface MapView {
  svg: string;
  /** What the map shows, in words (its text alternative and visible caption). */
  caption: string;
}

const APPROXIMATE = new Set(["approximate", "region", "country"]);

/** "48.57° N, 39.33° E". */
export function formatCoordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? "E" : "W"}`;
}

function hasPoint(place: Place): place is Place & { lat: number; lon: number } {
  return typeof place.lat === "number" && typeof place.lon === "number" && Number.isFinite(place.lat) && Number.isFinite(place.lon);
}

export function locatorMap(place: Place | null, placeLine: string): MapView | null {
  if (!place || !hasPoint(place)) return null;
  return drawnLocator(place.precision, place.lon, place.lat, placeLine);
}

// A place's locator is drawn once, not for each of its incidents (a town's hundreds): projecting
// the atlas for every incident page was 0.75 s of a RUWA build's site data. Pages only print it.
const drawnLocator = rememberAnswersBy(
  (precision: Place["precision"], lon: number, lat: number, placeLine: string) => `${precision}|${lon}|${lat}|${placeLine}`,
  (precision, lon, lat, placeLine): MapView => {
    if (precision === "country") {
      // No point to mark: the country itself is the place, drawn in the focus colour.
      const caption = `Map of ${placeLine}; the reports do not say where in the country.`;
      return { svg: renderMap(locatorFrame(lon, lat), [], caption), caption };
    }
    const approximate = APPROXIMATE.has(precision);
    const where = `${placeLine} (${formatCoordinates(lat, lon)})`;
    const caption = approximate
      ? `Map of the area around ${where}; the ring marks an approximate location (${precision === "approximate" ? "place not exact" : `${precision} only`}).`
      : `Map locating ${where}.`;
    const svg = renderMap(locatorFrame(lon, lat), [{ lon, lat, radius: 5, approximate }], caption);
    return { svg, caption };
  },
  20_000,
);

export interface MapPoint {
  name: string;
  lat: number | null;
  lon: number | null;
  count: number;
}

/** Places as dots whose area grows with their incident count. */
export function placesMap(points: MapPoint[], areaName: string): MapView | null {
  const located = points.filter((p): p is MapPoint & { lat: number; lon: number } => typeof p.lat === "number" && typeof p.lon === "number");
  const frame = frameForPoints(located);
  if (!frame) return null;
  const largest = Math.max(...located.map((p) => p.count));
  // Largest first, so small dots are drawn on top and stay visible.
  const markers = [...located]
    .sort((a, b) => b.count - a.count)
    .map((p) => ({ lon: p.lon, lat: p.lat, radius: +(3 + 7 * Math.sqrt(p.count / largest)).toFixed(1), approximate: false }));
  const named = [...located].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 5);
  const list = named.map((p) => `${p.name} (${formatCount(p.count)})`).join(", ");
  const caption =
    `Map of ${areaName} with ${located.length === 1 ? "1 place" : `${formatCount(located.length)} places`} that had incidents, ` +
    `dots sized by number of incidents${located.length > named.length ? "; most incidents" : ""}: ${list}.`;
  return { svg: renderMap(frame, markers, caption), caption };
}
