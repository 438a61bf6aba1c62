// Whose figure is it? A figure is an incident's only when its sentence tells of the incident's
// place. A sentence that names a settlement as such ("the village of Kamianka", "the town of X")
// more than SAME_SPOT_KM from the incident's place, and no town near it, gives that settlement's
// figure ("three were killed when shells hit the village of X", 60 km from the city of a city's
// incident): the page lists it, not counted. A headline figure that the body
// repeats for such a settlement is that settlement's too: the headline names the region or its
// city, the body the village. Only a settlement named as one: a bare name may be a person's, a
// dateline's or the hospital's town (on gva-dev, any town named in the sentence hit those).
import type { Article, CasualtyClaim, IncidentReport, Place, PlaceMention } from "../model.js";
import { SAME_SPOT_KM } from "../group/constraints.js";
import { isAreaPlace, placeDistanceKm, placesCompatible } from "../group/geo.js";
import { SETTLEMENT_OF } from "../places/cues.js";
import { placeName } from "../places/names.js";

/** "the village of Kamianka": the sentence names the place as a settlement. */
function namedAsSettlement(quote: string, surface: string): boolean {
  for (let at = quote.indexOf(surface); at >= 0; at = quote.indexOf(surface, at + 1)) {
    if (SETTLEMENT_OF.test(quote.slice(Math.max(0, at - 60), at))) return true;
  }
  return false;
}

/** A town named as a scene in the claim's sentence, when none of the sentence's towns is the incident's. */
function otherSceneOf(claim: CasualtyClaim, report: IncidentReport, incidentPlace: Place): { mention: PlaceMention; km: number | null } | null {
  const quote = claim.quote.toLowerCase();
  // Towns only: a region named beside a town ("in Zaporizhzhia region") holds both.
  const towns = report.places.filter((m) => m.passage === claim.passage && !isAreaPlace(m.place) && quote.includes(m.surface.toLowerCase()));
  const scenes = towns.filter((m) => m.role === "location" && namedAsSettlement(claim.quote, m.surface));
  if (scenes.length === 0 || towns.some((m) => m.place.name === incidentPlace.name || placesCompatible(m.place, incidentPlace, SAME_SPOT_KM))) return null;
  // A town without coordinates can't be placed: only an area incident, which holds it or not, can tell.
  const far = scenes.find((m) => isAreaPlace(incidentPlace) || placeDistanceKm(m.place, incidentPlace) !== null);
  if (!far) return null;
  return { mention: far, km: placeDistanceKm(far.place, incidentPlace) };
}

/**
 * For each of a report's claims, why it is another place's figure (the note the page shows), or
 * null when it may be the incident's. Without an incident place nothing is decided.
 */
export function claimsOfElsewhere(report: IncidentReport, article: Article, incidentPlace: Place | null): Map<CasualtyClaim, string> {
  const elsewhere = new Map<CasualtyClaim, string>();
  if (!incidentPlace) return elsewhere;
  const where = new Map<CasualtyClaim, string>();
  for (const claim of report.claims) {
    const other = otherSceneOf(claim, report, incidentPlace);
    if (!other) continue;
    const distance = other.km === null ? "outside" : `${Math.round(other.km)} km from`;
    where.set(claim, `${placeName(other.mention.place)}, ${distance} ${placeName(incidentPlace)}`);
  }
  for (const [claim, place] of where) elsewhere.set(claim, `tells of ${place}: that place's figure, not counted`);
  // The headline's figure, repeated by the body for another town, is that town's.
  const headline = article.title && !article.titleDerived ? 0 : -1;
  for (const claim of report.claims) {
    if (claim.passage !== headline || where.has(claim)) continue;
    const body = [...where.keys()].find((c) => c.passage !== headline && c.kind === claim.kind && c.value === claim.value);
    if (body) elsewhere.set(claim, `the text gives this figure for ${where.get(body)!}: not counted`);
  }
  return elsewhere;
}
