// The home page's headline numbers and its chart: each incident counted once.
// - Only the digest's incidents count: a redirect (a retired id whose incident merged into
//   another) and a withdrawn incident are pages, not incidents.
// - Tallies never reach an incident's figures: a count over a period, over many places or over the
//   war is no incident's (facts/tallies.ts, facts/clauses.ts), and a report that is only a tally
//   makes no incident (group/reports.ts). Nothing here needs to take them out again.
// - Two incidents the grouping stage left apart but flags as possibly the same one, on the same
//   day at the same place, are one incident told twice: they count once, with the larger figure.
import type { Incident } from "../model.js";
import { isAreaPlace, placeDistanceKm } from "../group/geo.js";

/** Places closer than this are one place for telling a duplicate (the grouping stage's "same spot"). */
const SAME_PLACE_KM = 25;

export const TOTALS_RULE =
  "Killed and injured add up each incident's best estimate once. Incidents flagged as possibly the same one, on the same day at the same place, count once (the larger figure). " +
  "Counts over a period, over many places or over the whole war (daily or cumulative tallies) are not incidents and are left out.";

export interface Totals {
  /** Incidents after counting possible duplicates once. */
  incidents: number;
  killed: number;
  injured: number;
  /** How many incidents were counted as another's duplicate. */
  duplicates: number;
  /** The incidents counted, one per duplicate set (the one with the largest figures). */
  counted: Incident[];
}

function sameDayAndPlace(a: Incident, b: Incident): boolean {
  if (a.date !== b.date || !a.place || !b.place) return false;
  if (a.place.slug === b.place.slug) return true;
  if (isAreaPlace(a.place) || isAreaPlace(b.place)) return false;
  const km = placeDistanceKm(a.place, b.place);
  return km !== null && km <= SAME_PLACE_KM;
}

const weight = (incident: Incident) => [incident.killed?.best ?? 0, incident.injured?.best ?? 0, incident.articles.length] as const;

/** Totals over the incidents, each counted once. */
export function countIncidents(incidents: Incident[]): Totals {
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const parent = new Map(incidents.map((incident) => [incident.id, incident.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const incident of incidents) {
    for (const related of incident.related) {
      const other = byId.get(related.id);
      if (other && sameDayAndPlace(incident, other)) parent.set(find(other.id), find(incident.id));
    }
  }
  const sets = new Map<string, Incident[]>();
  for (const incident of incidents) {
    const root = find(incident.id);
    (sets.get(root) ?? sets.set(root, []).get(root)!).push(incident);
  }
  const counted = [...sets.values()].map((set) =>
    set.reduce((best, incident) => {
      const [a, b] = [weight(incident), weight(best)];
      return a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2]))) ? incident : best;
    }),
  );
  const countedIds = new Set(counted.map((incident) => incident.id));
  return {
    incidents: counted.length,
    killed: counted.reduce((sum, incident) => sum + (incident.killed?.best ?? 0), 0),
    injured: counted.reduce((sum, incident) => sum + (incident.injured?.best ?? 0), 0),
    duplicates: incidents.length - counted.length,
    counted: incidents.filter((incident) => countedIds.has(incident.id)),
  };
}
