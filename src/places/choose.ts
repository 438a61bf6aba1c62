// An incident's place from its reports' place mentions: the scene the reports agree on. Each
// candidate scene gathers support from every mention that agrees with it: a place within 25 km
// of it, a town inside it (for a county or region), the county or region it lies in (half as
// much). A report's main place counts most, its other scenes less, places it merely names
// least. Reports that name the same town, a neighbourhood of it ("Kensington" placed at
// Philadelphia), its suburbs or its county back each other, and one report's stray reading
// ("Anthony, Texas" among Habersham County, Georgia stories) is outvoted. When a county or
// region wins, the best-backed town inside it is the place.
import type { Place, PlaceMention } from "../model.js";
import { haversineKm } from "./distance.js";
import { foldName } from "./fold.js";
import { namesakesOf } from "./index.js";

/** What choosing needs of a report: its main place and every place it mentions. */
export interface ReportPlaces {
  place: PlaceMention | null;
  places: PlaceMention[];
}

const NEAR_KM = 25;
const WEIGHT = { main: 1, scene: 0.5, mention: 0.25 } as const;
// The county or region around a town backs it less than the town itself.
const AROUND_SHARE = 0.5;
// Between a town and the county around it with equal backing, the town (it is more precise).
const POINT_BONUS = 0.3;
// A mention of a name backs another reading of the same name this much: one report's "Elmo,
// Texas" and another's Nodaway County, Missouri together speak for Elmo, Missouri.
const NAMESAKE_SHARE = 0.6;

const isPoint = (place: Place) => (place.precision === "exact" || place.precision === "city" || place.precision === "approximate") && place.lat !== null && place.lon !== null;
const isCounty = (place: Place) => place.precision === "region" && place.admin2 !== null && place.name === place.admin2;
const isRegion = (place: Place) => place.precision === "region" && !isCounty(place);
const sameMention = (a: PlaceMention, b: PlaceMention) => a === b || (a.passage === b.passage && a.surface === b.surface && a.place.slug === b.place.slug);

/** Does the county or region `outer` hold `inner` (a town, or a county inside a region)? */
function holds(outer: Place, inner: Place): boolean {
  if (outer.slug === inner.slug || outer.country === null || outer.country !== inner.country || outer.admin1 === null || outer.admin1 !== inner.admin1) return false;
  if (isCounty(outer)) return isPoint(inner) && inner.admin2 === outer.admin2;
  return isRegion(outer) && outer.origin !== "text" && (isPoint(inner) || isCounty(inner));
}

function near(a: Place, b: Place): boolean {
  return isPoint(a) && isPoint(b) && haversineKm(a.lat!, a.lon!, b.lat!, b.lon!) <= NEAR_KM;
}

/**
 * How much a mention of `other` backs `candidate` as the scene (1: the same place). A county
 * and the towns in it back each other fully; a state or oblast, which holds far more than the
 * incident's area, and the places in it, only half.
 */
function agreement(candidate: Place, other: Place): number {
  if (candidate.slug === other.slug || near(candidate, other)) return 1;
  if (holds(candidate, other)) return isCounty(candidate) ? 1 : AROUND_SHARE;
  if (holds(other, candidate)) return isCounty(other) ? 1 : AROUND_SHARE;
  return 0;
}

/**
 * `mentionsNarrow`: a town or county the reports merely name inside the state or county that won
 * may narrow it (local news; see MENTIONS_NARROW_REGIONS in group/domain.ts).
 */
export function chooseIncidentPlace(reports: ReportPlaces[], mentionsNarrow = false): Place | null {
  const support: { place: Place; weight: number }[] = [];
  const candidates: Place[] = [];
  for (const report of reports) {
    if (report.place) {
      support.push({ place: report.place.place, weight: WEIGHT.main });
      candidates.push(report.place.place);
    }
    for (const mention of report.places) {
      if (report.place && sameMention(mention, report.place)) continue;
      support.push({ place: mention.place, weight: mention.role === "location" ? WEIGHT.scene : WEIGHT.mention });
      if (mention.role === "location") candidates.push(mention.place);
    }
  }
  // No report names a scene (the report left out the passage that did): a place a report names
  // in a way that can stand for the scene ("Toledo police"), as the scanner does for an article.
  if (candidates.length === 0) {
    for (const report of reports) for (const m of report.places) if (m.fallback && m.place.precision !== "country") candidates.push(m.place);
  }
  // A country says too little to be an incident's place while anything narrower is named.
  const narrower = candidates.filter((c) => c.precision !== "country");
  const named = narrower.length > 0 ? narrower : candidates;
  // Other readings of the scenes' names, when the reports' other places speak for them.
  const nameOf = (p: Place) => (p.origin === "gazetteer" ? foldName(p.name) : null);
  const namesakes: Place[] = [];
  const seen = new Set(named.map((p) => p.slug));
  for (const place of named) {
    // A country or an oblast was read as one on purpose (its own word, its place after a town):
    // its name's villages ("Zaporizhzhia" in Melitopol Raion) are no other readings of it.
    for (const other of place.precision === "country" || isRegion(place) ? [] : namesakesOf(place)) {
      if (seen.has(other.slug)) continue;
      seen.add(other.slug);
      // Only a place told as a scene speaks for another reading: a place merely named ("Lviv
      // paratroopers" down a missile near Mykolaiv) does not move the event to Mykolaiv, Lviv Oblast.
      if (support.some((s) => s.weight >= WEIGHT.scene && nameOf(s.place) !== nameOf(other) && agreement(other, s.place) > 0)) namesakes.push(other);
    }
  }
  const backing = (place: Place) => {
    let score = 0;
    const name = nameOf(place);
    for (const s of support) {
      if (name !== null && nameOf(s.place) === name) score += s.weight * (s.place.slug === place.slug ? 1 : NAMESAKE_SHARE);
      else score += s.weight * agreement(place, s.place);
    }
    // Ties go to the first named, and a gazetteer town before an approximate point.
    return { place, score: score + (isPoint(place) ? POINT_BONUS : 0) + (place.precision === "city" ? 0.01 : 0) };
  };
  const scored = [...named, ...namesakes].map(backing);
  let best: { place: Place; score: number } | null = null;
  for (const s of scored) if (!best || s.score > best.score + 1e-9) best = s;
  if (!best) return null;
  // A region won: the best-backed county inside it, then the best-backed town inside that, says
  // more; but only a place some report names itself (or a place near it): "shelling of the
  // Mykolaiv region" is not about the city of Mykolaiv, whatever the region's name. With
  // `mentionsNarrow`, the place inside may be one a report merely names: a local story under a
  // state's name ("Utah teen shoots self") that names the teen's town in passing is news of that
  // town, not of the whole state.
  const namedItself = (place: Place) => support.some((s) => s.place.slug === place.slug || near(place, s.place));
  const seenInside = new Set(scored.map((s) => s.place.slug));
  const mentionedOnly: { place: Place; score: number }[] = [];
  for (const s of mentionsNarrow ? support : []) {
    if (seenInside.has(s.place.slug)) continue;
    seenInside.add(s.place.slug);
    mentionedOnly.push(backing(s.place));
  }
  const within = (outer: Place, keep: (p: Place) => boolean) => {
    let inside: { place: Place; score: number } | null = null;
    for (const s of [...scored, ...mentionedOnly]) if (keep(s.place) && namedItself(s.place) && holds(outer, s.place) && (!inside || s.score > inside.score + 1e-9)) inside = s;
    return inside?.place ?? null;
  };
  let place = best.place;
  if (isRegion(place)) place = within(place, isCounty) ?? place;
  if (!isPoint(place)) place = within(place, isPoint) ?? place;
  return place;
}
