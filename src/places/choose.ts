// An incident's place from its reports' place mentions: the scene the reports agree on. Each
// candidate scene gathers support from every mention lying near it (within 25 km): a report's
// main place counts most, its other scenes less, places it merely names least. Reports that
// name the same town, a neighbourhood of it ("Kensington" placed at Philadelphia) or its
// suburbs back each other, and one report's stray reading ("Arlington, Virginia" among
// Arlington, Texas stories) is outvoted. Measured on gva-dev (all of an incident's articles as
// reports): 84.6% of incidents within 25 km against 82.1% for the first report's place.
import type { Place, PlaceMention } from "../model.js";
import { haversineKm } from "./context.js";

/** What choosing needs of a report: its main place and every place it mentions. */
export interface ReportPlaces {
  place: PlaceMention | null;
  places: PlaceMention[];
}

const NEAR_KM = 25;
const WEIGHT = { main: 1, scene: 0.5, mention: 0.25 } as const;

const isPoint = (place: Place) => place.precision === "exact" || place.precision === "city" || place.precision === "approximate";
const sameMention = (a: PlaceMention, b: PlaceMention) => a === b || (a.passage === b.passage && a.surface === b.surface && a.place.slug === b.place.slug);

export function chooseIncidentPlace(reports: ReportPlaces[]): Place | null {
  const support: { mention: PlaceMention; weight: number }[] = [];
  const candidates: PlaceMention[] = [];
  for (const report of reports) {
    if (report.place) {
      support.push({ mention: report.place, weight: WEIGHT.main });
      candidates.push(report.place);
    }
    for (const mention of report.places) {
      if (report.place && sameMention(mention, report.place)) continue;
      support.push({ mention, weight: mention.role === "location" ? WEIGHT.scene : WEIGHT.mention });
      if (mention.role === "location") candidates.push(mention);
    }
  }
  // A town or a point before a region or a country, as long as some report names one.
  const points = candidates.filter((c) => isPoint(c.place) && c.place.lat !== null);
  const pool = points.length > 0 ? points : candidates;
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const candidate of pool) {
    const { lat, lon } = candidate.place;
    let score = 0;
    if (lat !== null && lon !== null) {
      for (const { mention, weight } of support) {
        const p = mention.place;
        if (p.lat !== null && p.lon !== null && haversineKm(lat, lon, p.lat, p.lon) <= NEAR_KM) score += weight;
      }
    }
    // Ties go to the first named, and a gazetteer town before an approximate point.
    if (candidate.place.precision === "city") score += 0.01;
    if (score > bestScore + 1e-9) [best, bestScore] = [candidate.place, score];
  }
  return best;
}
