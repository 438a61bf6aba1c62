// Choosing among places that share a name, in context: a stated region or country ("Nikopol in
// the Dnipropetrovsk region", "Tulsa, Okla."), the country and region of the article's other
// places, distance to them, and otherwise size and kind (a regional capital over a hamlet,
// a GeoNames name over a foreign exonym).
import type { Candidate, Gazetteer } from "./gazetteer/gazetteer.js";
import { NameKind, PlaceLevel } from "./gazetteer/tables.js";
import { haversineKm } from "./distance.js";

export interface Votes {
  country: Map<number, number>;
  /**
   * Country votes of the names that say where things are: towns and regions, a country named as
   * the scene ("in Russia"); not a country or capital named as an actor ("Russia says", "Moscow
   * says").
   */
  countryOfPlaces: Map<number, number>;
  admin1: Map<number, number>;
  /** Votes of towns and districts for their district (county): "Paulding County ... Dallas". */
  admin2: Map<number, number>;
  total: number;
  /** Points of the article's confidently placed names, for distance. */
  anchors: { lat: number; lon: number; weight: number }[];
  /** The article's outlet's home region (see outlets.ts), a prior of its own beside the article's votes. */
  home: { admin1: number; share: number } | null;
  /** Every plausible reading of the article's other scene names, ambiguous ones included. */
  possible: number[];
  /** Every town reading of the article's other place names, whatever their role: a county is read where they lie (contextScore). */
  towns: number[];
}

export function emptyVotes(): Votes {
  return { country: new Map(), countryOfPlaces: new Map(), admin1: new Map(), admin2: new Map(), total: 0, anchors: [], home: null, possible: [], towns: [] };
}

function add(map: Map<number, number>, key: number, weight: number): void {
  if (key >= 0) map.set(key, (map.get(key) ?? 0) + weight);
}

/** `setting`: the name says where things are (a town, "in Russia"), not who acts ("Russia says"). */
export function castVote(votes: Votes, gazetteer: Gazetteer, row: number, weight: number, setting = gazetteer.level(row) !== PlaceLevel.Country): void {
  add(votes.country, gazetteer.countryRow(row), weight);
  if (setting) add(votes.countryOfPlaces, gazetteer.countryRow(row), weight);
  const admin1 = gazetteer.admin1Row(row);
  if (gazetteer.level(row) !== PlaceLevel.Country) add(votes.admin1, admin1, weight);
  if (gazetteer.level(row) === PlaceLevel.Populated || gazetteer.level(row) === PlaceLevel.District) add(votes.admin2, gazetteer.admin2Row(row), weight);
  votes.total += weight;
  if (gazetteer.level(row) === PlaceLevel.Populated) votes.anchors.push({ lat: gazetteer.lat(row), lon: gazetteer.lon(row), weight });
}

// Historical (PPLH), abandoned (PPLQ) and destroyed (PPLW) places stay readable but lose ties.
const FEATURE_BONUS: Record<string, number> = { PPLC: 1.2, PPLA: 0.8, PPLA2: 0.4, PPLA3: 0.1, PPLX: -1.5, PPLL: -0.5, PPLF: -0.5, PPLH: -1, PPLQ: -1, PPLW: -1 };

/**
 * Context-free plausibility of a candidate for a spelling. `hasTownInside` says whether another
 * reading of the same spelling is a town inside this division (Donetsk the city inside Donetsk
 * oblast, New York City inside New York state): then the bare name means the town.
 */
export function prior(gazetteer: Gazetteer, candidate: Candidate, namesDivision: boolean, hasTownInside: boolean): number {
  const { row, kind } = candidate;
  const level = gazetteer.level(row);
  let score = Math.log10(gazetteer.population(row) + 10);
  // An official name outweighs a historical or foreign alternate: "Philadelphia" is the city in
  // Pennsylvania before it is an old name of Amman.
  score += kind === NameKind.Official ? 1.2 : kind === NameKind.Alternate ? 0.3 : 0;
  if (level === PlaceLevel.Populated) score += FEATURE_BONUS[gazetteer.record(row).featureCode] ?? 0;
  // A division is meant when the words say so ("Donetsk region", "Yuba County"). Divisions'
  // populations are sums over their towns: discount them against a town of the same name.
  if (level === PlaceLevel.Region || level === PlaceLevel.District) score += namesDivision ? 4 : hasTownInside ? -2.5 - (level === PlaceLevel.District ? 1 : 0) : -0.5;
  // A country's own name means the country ("Albania", not a town that Spanish calls Albania).
  if (level === PlaceLevel.Country) score += kind === NameKind.Official ? 3 : 1;
  return score;
}

const ADMIN2_WEIGHT = 2;
const CO_LOCATION_WEIGHT = 1.5;
const CO_LOCATION_KM = 30;

/** Does a reading lie with one of `others`: a town near another or in the same county, a county holding one? */
function colocated(gazetteer: Gazetteer, row: number, others: number[]): boolean {
  const level = gazetteer.level(row);
  if (level === PlaceLevel.District) return others.some((o) => o !== row && gazetteer.level(o) === PlaceLevel.Populated && gazetteer.admin2Row(o) === row);
  if (level !== PlaceLevel.Populated) return false;
  const admin2 = gazetteer.admin2Row(row);
  return others.some(
    (o) =>
      o !== row &&
      ((admin2 >= 0 && gazetteer.admin2Row(o) === admin2) ||
        (gazetteer.level(o) === PlaceLevel.Populated && haversineKm(gazetteer.lat(row), gazetteer.lon(row), gazetteer.lat(o), gazetteer.lon(o)) <= CO_LOCATION_KM)),
  );
}
const HOME_WEIGHT = 1;
// How much a country named as an actor ("Russia says") counts, against one named as the scene.
const ACTOR_SHARE = 0.5;

/** The build's prior over countries: the share of its articles whose places agree on each country. */
export type CollectionPrior = Map<number, number>;

/** Score of a candidate given the stated qualifier and the article's votes (own vote already removed). */
export function contextScore(gazetteer: Gazetteer, row: number, qualifiers: number[], votes: Votes, collection: CollectionPrior | null): number {
  let score = 0;
  if (collection) score += 1.2 * (collection.get(gazetteer.countryRow(row)) ?? 0);
  if (qualifiers.length > 0) score += qualifiers.some((q) => gazetteer.within(row, q)) ? 8 : -4;
  if (votes.total > 0) {
    // The country of the article's places and scenes, and, half as much, of the countries it
    // names otherwise: "Russia says ... on Donetsk" is weak evidence of a Donetsk in Russia
    // ("Russia" is the speaker), "Donetsk in Rostov region, Russia" strong.
    const country = gazetteer.countryRow(row);
    const setting = votes.countryOfPlaces.get(country) ?? 0;
    score += (3 * (setting + ACTOR_SHARE * ((votes.country.get(country) ?? 0) - setting))) / votes.total;
    const admin1 = gazetteer.admin1Row(row);
    if (admin1 >= 0) score += (2 * (votes.admin1.get(admin1) ?? 0)) / votes.total;
    // A town inside a county the article names ("in Paulding County ... in Dallas").
    const admin2 = gazetteer.level(row) === PlaceLevel.Populated ? gazetteer.admin2Row(row) : -1;
    if (admin2 >= 0) score += (ADMIN2_WEIGHT * (votes.admin2.get(admin2) ?? 0)) / votes.total;
  }
  // Two ambiguous names the article reads together are read where they lie together: "Paulding
  // County ... in Dallas" is Dallas, Georgia, in Paulding County, Georgia.
  if (votes.possible.length > 0 && colocated(gazetteer, row, votes.possible)) score += CO_LOCATION_WEIGHT;
  // A county is read where the article's towns lie, mentioned or not: "Anderson County" in a
  // story that also names Palestine is the Texas one, which holds a Palestine, not the larger
  // county of South Carolina. Counties share names across states far more than towns do, and
  // their populations (sums of their towns) say little about which one local news means.
  else if (gazetteer.level(row) === PlaceLevel.District && colocated(gazetteer, row, votes.towns)) score += CO_LOCATION_WEIGHT;
  // A local outlet's stories are mostly in its home region ("Madison" on a Nashville station).
  if (votes.home && gazetteer.within(row, votes.home.admin1)) score += HOME_WEIGHT * votes.home.share;
  if (votes.anchors.length > 0 && gazetteer.level(row) === PlaceLevel.Populated) {
    let nearest = Infinity;
    for (const anchor of votes.anchors) nearest = Math.min(nearest, haversineKm(gazetteer.lat(row), gazetteer.lon(row), anchor.lat, anchor.lon));
    score += nearest < 30 ? 1.5 : nearest < 150 ? 1 : nearest < 500 ? 0.3 : 0;
  }
  return score;
}
