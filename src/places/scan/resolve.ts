// Resolving an article's names: each name's readings judged by the article's other places (their
// countries, regions, counties and distances), the outlet's home and the build's countries;
// common words, strangers far from the article's places and neighbourhoods the gazetteer lacks
// are dropped or placed approximately; one name keeps one place per article.
import type { Passage } from "../../model.js";
import { castVote, type CollectionPrior, contextScore, emptyVotes, type Votes } from "../context.js";
import { haversineKm } from "../distance.js";
import { domainPlaces } from "../domain.js";
import { type OutletHome, outletKey } from "../outlets.js";
import type { Gazetteer } from "../gazetteer/gazetteer.js";
import { NameKind, PlaceLevel } from "../gazetteer/tables.js";
import { cutFromSchoolName, saysLocationBefore, saysTownBefore } from "../roles.js";
import { CALENDAR_WORDS, CITY_WITH_DISTRICTS, DISTRICT_WORD, type Found, isCityPart, isScene, rowsOf, type ScanIndex, SILENT, TEXT_PLACE_SCORE } from "./found.js";
import { type Collected, collect, readOnly } from "./collect.js";
import type { PlaceDensity } from "./light.js";
import { packedFrom } from "../../text/packed.js";

// "The village is ...", "It lies ...": a sentence about the place just introduced.
const REFERS_BACK = /^(?:the|this|that)\s+(?:village|settlement|town|hamlet|locality|city|community)\b|^(?:it|which)\s/i;

/** What is known about an article beyond its sentences. */
export interface ArticleContext {
  /** The outlet's domain ("nbcphiladelphia.com"): local outlets name their city. */
  source?: string | null;
}

/** What the article's outlet says about where its stories are. */
interface Outlet {
  /** Places named in its web address ("nbcphiladelphia.com"). */
  rows: number[];
  /** Its home, learnt from the build's articles. */
  home: OutletHome | null;
}

export const NO_OUTLET: Outlet = { rows: [], home: null };

function outletOf(context: ArticleContext, index: ScanIndex): Outlet {
  const key = outletKey(context.source);
  return { rows: domainPlaces(context.source, index), home: (key && index.outlets?.get(key)) || null };
}

type VotesFor = (skip: Found, outlet: Outlet, collection: CollectionPrior | null) => Votes;

const MAX_VOTERS = 500;

/**
 * votesWithout for each name, computed once per name rather than once per mention: every mention
 * of a name leaves out the same ones, and an article that repeats a few names thousands of times
 * (hostile or broken input) would otherwise cost the square of its length.
 */
function cachedVotes(all: Found[], gazetteer: Gazetteer): VotesFor {
  const cache = new Map<string, Votes>();
  // A text naming thousands of different places is a list, not a report: its first names are
  // context enough, and each name's votes stay a bounded cost.
  const voters = all.length > MAX_VOTERS ? all.slice(0, MAX_VOTERS) : all;
  return (skip, outlet, collection) => {
    const key = skip.span?.key;
    if (key === undefined) return votesWithout(voters, skip, gazetteer, outlet, collection);
    const cacheKey = `${key}\u0000${outlet === NO_OUTLET ? "" : "outlet"}\u0000${collection ? "collection" : ""}`;
    let votes = cache.get(cacheKey);
    if (!votes) cache.set(cacheKey, (votes = votesWithout(voters, skip, gazetteer, outlet, collection)));
    return votes;
  };
}

/** The article's votes, leaving out every mention of the name being judged (it cannot vouch for itself). */
export function votesWithout(all: Found[], skip: Found | null, gazetteer: Gazetteer, outlet: Outlet = NO_OUTLET, collection: CollectionPrior | null = null): Votes {
  const votes = emptyVotes();
  for (const row of outlet.rows) castVote(votes, gazetteer, row, 1);
  if (outlet.home) {
    castVote(votes, gazetteer, outlet.home.admin1, outlet.home.share);
    votes.home = { admin1: outlet.home.admin1, share: outlet.home.share };
    for (const town of outlet.home.towns) votes.anchors.push({ lat: gazetteer.lat(town), lon: gazetteer.lon(town), weight: 1 });
  }
  const skipKey = skip?.span?.key;
  const possible = new Set<number>();
  const towns = new Set<number>();
  for (const found of all) {
    if (found === skip || SILENT.has(found.usage) || found.candidates.length === 0 || found.span!.key === skipKey) continue;
    // A common word ("Four", "May", "War") or a day or month has not shown yet that it is a place at all.
    if ((found.span!.lookup.commonWord || CALENDAR_WORDS.test(found.span!.key)) && !found.qualifiers.some((q) => gazetteer.level(q) !== PlaceLevel.Country)) continue;
    for (const candidate of found.candidates) if (gazetteer.level(candidate.row) === PlaceLevel.Populated) towns.add(candidate.row);
    // Nor has a small place named without any cue ("Hilliard", "Cora"): likely a surname.
    const row = found.candidates[found.firstGuess]!.row;
    if (!isScene(found.usage) && found.usage !== "destination" && found.qualifiers.length === 0 && gazetteer.level(row) === PlaceLevel.Populated && gazetteer.population(row) < 10_000) continue;
    // Nor a town of a country the build is not about, named without a cue ("Letchworth" in a
    // North Carolina story is a street or a surname, not the English town).
    if (!isScene(found.usage) && found.qualifiers.length === 0 && collection && gazetteer.level(row) === PlaceLevel.Populated && (collection.get(gazetteer.countryRow(row)) ?? 0) < FOREIGN_SHARE) continue;
    const level = gazetteer.level(row);
    const weight = (found.confident || found.qualifiers.length > 0 ? 1 : 0.4) * (level === PlaceLevel.Country ? 2 : level === PlaceLevel.Region ? 1.5 : 1);
    // A country or capital named as an actor ("Russia says", "Moscow says") tells where the
    // speaker sits: weaker evidence of the scene's country than a place or "in Russia".
    const setting = found.usage !== "metonymy" && (level !== PlaceLevel.Country || isScene(found.usage) || found.qualifiers.length > 0);
    castVote(votes, gazetteer, row, weight, setting);
    if (isScene(found.usage) || found.usage === "destination" || found.qualifiers.length > 0) for (const row of plausibleRows(found, gazetteer)) possible.add(row);
  }
  // Each reading once: a name repeated a thousand times is one possible place, not a thousand.
  votes.possible = packedFrom(possible);
  votes.towns = packedFrom(towns);
  return votes;
}

// A country this small a share of the build's articles are about is foreign to it.
const FOREIGN_SHARE = 0.05;

// Readings within this much of a name's best prior are plausible enough to co-locate with.
const PLAUSIBLE_MARGIN = 2;

/** A name's readings that could be meant: the stated region's, or those near the best prior. */
function plausibleRows(found: Found, gazetteer: Gazetteer): number[] {
  if (found.qualifiers.length > 0) return rowsOf(found.candidates.filter((c) => found.qualifiers.some((q) => gazetteer.within(c.row, q))));
  const best = found.priors[found.firstGuess]!;
  return rowsOf(found.candidates.filter((_, i) => found.priors[i]! >= best - PLAUSIBLE_MARGIN));
}

/** Is a single word that is also a common English word ("May", "Police", "Mobile") meant as a place here? */
function keepsCommonWord(found: Found, votes: Votes, gazetteer: Gazetteer, collection: CollectionPrior | null): boolean {
  const span = found.span!;
  if (span.first === span.last && CALENDAR_WORDS.test(span.key)) return found.qualifiers.length > 0;
  if (!span.lookup.commonWord) return true;
  // "Mobile, Ala." yes; "War in Ukraine", "Republic of Belarus" no: a country is no evidence.
  if (found.qualifiers.some((q) => gazetteer.level(q) !== PlaceLevel.Country && found.candidates.some((c) => gazetteer.within(c.row, q)))) return true;
  if (!isScene(found.usage)) return false;
  const row = found.candidates[found.chosen]!.row;
  // "Nykytivka, Luhansk" is no town of another oblast one letter off.
  if (found.qualifiers.some((q) => gazetteer.level(q) !== PlaceLevel.Country && !gazetteer.within(row, q))) return false;
  // "in York City", "in southwest Macon": a sizeable town in the country the article (or, when
  // it names no other place, the collection) is about.
  const country = gazetteer.countryRow(row);
  const countryShare = votes.total > 0 ? (votes.country.get(country) ?? 0) / votes.total : (collection?.get(country) ?? 0);
  const admin1Share = votes.total > 0 ? (votes.admin1.get(gazetteer.admin1Row(row)) ?? 0) / votes.total : 0;
  const near = votes.anchors.some((a) => haversineKm(a.lat, a.lon, gazetteer.lat(row), gazetteer.lon(row)) <= 60);
  return (admin1Share >= 0.3 && near) || (countryShare >= 0.5 && gazetteer.population(row) >= 20_000);
}

// How much the build's busiest area outweighs a place where the build has no news (see PlaceDensity).
const DENSITY_WEIGHT = 1;
// ... among the namesakes of a stated region ("Kamianka, Donetsk oblast": six of them), where the
// readings left tie on everything but their size, and a village's head count (most have none in
// GeoNames) says less than where the build's news is.
const REGION_DENSITY_WEIGHT = 3;

function choose(found: Found, votes: Votes, gazetteer: Gazetteer, collection: CollectionPrior | null, density: PlaceDensity | null): void {
  let best = -1;
  let bestScore = -Infinity;
  // Only between namesakes, and only when the article names no other place, or only the region
  // the name is stated in ("shelled Bohdanivka, Donetsk region": the region leaves its namesakes
  // tied): its own towns say more about it than the build's (weighed always, it cost local news a
  // point on gva-dev; weighed whenever the article names no town, four gva-dev articles moved).
  const weighDensity = density !== null && found.candidates.length > 1 && (votes.total === 0 || (found.qualifiers.length > 0 && votes.anchors.length === 0));
  const weight = found.qualifiers.length > 0 ? REGION_DENSITY_WEIGHT : DENSITY_WEIGHT;
  found.candidates.forEach((candidate, i) => {
    const near = weighDensity && gazetteer.level(candidate.row) === PlaceLevel.Populated ? weight * density.at(gazetteer.lat(candidate.row), gazetteer.lon(candidate.row)) : 0;
    const score = found.priors[i]! + near + contextScore(gazetteer, candidate.row, found.qualifiers, votes, collection);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  found.chosen = best;
  found.score = bestScore;
}

/**
 * A neighbourhood the gazetteer lacks often matches a same-named town far away ("Kensington"
 * in a Philadelphia story): when the article's places sit in one region and this reading is
 * far from all of them, with nothing stated to support it, it is not this article's place.
 */
function isOutlier(found: Found, row: number, votes: Votes, gazetteer: Gazetteer, collection: CollectionPrior | null): boolean {
  if (found.qualifiers.length > 0 || gazetteer.level(row) !== PlaceLevel.Populated || votes.total < 1.5) return false;
  // A village in a country neither the article nor the collection is about ("Siberia" in Chiapas
  // in a story about Russia): a name the gazetteer lacks, matching a stranger.
  const country = gazetteer.countryRow(row);
  const countryVotes = votes.country.get(country) ?? 0;
  const placeVotes = [...votes.countryOfPlaces.values()].reduce((a, b) => a + b, 0);
  if (countryVotes === 0 && (collection?.get(country) ?? 0) < 0.05 && gazetteer.population(row) < 50_000 && placeVotes >= 1.5 && Math.max(0, ...votes.countryOfPlaces.values()) / placeVotes >= 0.6) return true;
  // Otherwise only a modest town whose name other towns share: a unique name or a city is
  // meant even far from the article's other places ("strikes on Lutsk and Ivano-Frankivsk").
  if (found.candidates.length < 2 || gazetteer.population(row) >= 100_000) return false;
  const ownAdmin1 = gazetteer.admin1Row(row);
  if ((votes.admin1.get(ownAdmin1) ?? 0) > 0) return false;
  const dominant = Math.max(0, ...votes.admin1.values()) / votes.total;
  if (dominant < 0.5) return false;
  const nearest = Math.min(...votes.anchors.map((a) => haversineKm(a.lat, a.lon, gazetteer.lat(row), gazetteer.lon(row))));
  return nearest > 100;
}

// A city this big, named by its own name, is evidence enough of itself ("Moscow-backed", "Damascus").
const SELF_EVIDENT_POPULATION = 100_000;

/**
 * A digest's reports mostly concern a few countries (the build's collection prior). A reading in
 * a country the build is hardly about needs evidence of its own: a stated region or country, the
 * article's other towns or regions in that country, or being a country or a big city named by its own name
 * ("strikes in Damascus", "Moscow-backed"). Without it, "Thursday" is no Thursday Island, "Nato" no town in the
 * Philippines, "Albares" (a minister) no village in Spain, "White House" no Casablanca.
 */
function farawayWithoutEvidence(found: Found, row: number, votes: Votes, gazetteer: Gazetteer, collection: CollectionPrior | null): boolean {
  if (!collection || collection.size === 0) return false;
  const country = gazetteer.countryRow(row);
  if ((collection.get(country) ?? 0) >= FOREIGN_SHARE) return false;
  if (found.qualifiers.some((q) => gazetteer.within(row, q))) return false;
  // Other towns or regions of that country; naming the country alone ("Spain's Albares", a
  // minister) is no evidence of a village in it.
  if ((votes.countryOfPlaces.get(country) ?? 0) >= 1) return false;
  if (found.candidates[found.chosen]!.kind !== NameKind.Official) return true;
  const level = gazetteer.level(row);
  if (level === PlaceLevel.Country) return false;
  return gazetteer.population(row) < SELF_EVIDENT_POPULATION;
}

// A neighbourhood is named like a town elsewhere, not like a city.
const NEIGHBOURHOOD_MAX_POPULATION = 100_000;
// Beyond this distance from the outlet's towns a reading is outside its metro area.
const HOME_RADIUS_KM = 100;
// The article's own places within this distance of a far reading, or in its county, vouch for it.
const VOUCHING_KM = 60;

/**
 * A local outlet's scene that the gazetteer has only far from the outlet's towns, with nothing
 * in the article near that reading: a neighbourhood or hamlet of the outlet's area ("Kensington"
 * and "Germantown" in a Philadelphia paper, "Chatham" on a Chicago station). Returns the
 * outlet's main town, to place the name approximately there, or -1.
 */
function homeNeighbourhood(found: Found, row: number, outlet: Outlet, gazetteer: Gazetteer, votesFor: VotesFor, datelineCity: number): number {
  // The outlet's home, or the city in its address ("philly.com"), or the city the story is datelined in ("PHILADELPHIA —").
  const city = [...outlet.rows, datelineCity].find((r) => r >= 0 && gazetteer.level(r) === PlaceLevel.Populated && gazetteer.population(r) >= NEIGHBOURHOOD_MAX_POPULATION);
  const home = outlet.home?.towns.length ? outlet.home : city !== undefined ? { admin1: gazetteer.admin1Row(city), towns: [city] } : null;
  if (!home || home.admin1 < 0) return -1;
  if (!isScene(found.usage) || found.qualifiers.length > 0 || gazetteer.level(row) !== PlaceLevel.Populated) return -1;
  if (gazetteer.population(row) >= NEIGHBOURHOOD_MAX_POPULATION) return -1;
  // A town of the outlet's own state is simply that town, however far ("Yuma" in a Denver paper),
  // when the name is its own ("Kensington" is only another name of New Kensington).
  if (found.candidates.some((c) => c.kind === NameKind.Official && gazetteer.within(c.row, home.admin1))) return -1;
  const towns = home.towns;
  const distance = (a: number, b: number) => haversineKm(gazetteer.lat(a), gazetteer.lon(a), gazetteer.lat(b), gazetteer.lon(b));
  if (towns.some((t) => distance(row, t) <= HOME_RADIUS_KM)) return -1;
  if (gazetteer.countryRow(row) !== gazetteer.countryRow(home.admin1)) return -1;
  // The article's own places vouch for the far reading ("... in Kensington, near Rockville"), or
  // put the story in another region than the outlet's (a Memphis station on a South Carolina case).
  const own = votesFor(found, NO_OUTLET, null);
  const near = (a: { lat: number; lon: number }) => haversineKm(a.lat, a.lon, gazetteer.lat(row), gazetteer.lon(row)) <= VOUCHING_KM;
  if (own.anchors.some(near) || (own.admin2.get(gazetteer.admin2Row(row)) ?? 0) > 0) return -1;
  const homeVotes = own.admin1.get(home.admin1) ?? 0;
  if ([...own.admin1.values()].some((v) => v >= 1 && v > homeVotes)) return -1;
  return towns[0]!;
}

// "a Baltimore neighborhood", "a quiet Baltimore neighborhood", "the southwest Baltimore neighborhood":
// a part of that city, not a neighbourhood of that name. A capitalised compass word is part of the
// name ("West Mount Airy").
const CITY_PART_BEFORE = /(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]ach|[Ee]very|[Aa]ny)\s+(?:[a-z][\w-]*\s+){0,2}|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central|downtown)\s+)$/;

/**
 * One sense per article: a name the article calls a neighbourhood somewhere ("in the Mount Airy
 * neighborhood", "Chicago's Washington Heights neighborhood") is that neighbourhood in its other
 * mentions too, not a same-named town far away. Returns the city it is placed at approximately
 * (one of 100,000 people named in the sentence that calls it a neighbourhood, else the outlet's
 * or the dateline's city, as for homeNeighbourhood), or -1 when the reading lies near that city or
 * the article's own places vouch for it ("the Kensington neighborhood, near Rockville").
 */
function calledNeighbourhood(found: Found, row: number, all: Found[], passageText: Map<number, string>, outlet: Outlet, gazetteer: Gazetteer, votesFor: VotesFor, datelineCity: number): number {
  if (!isScene(found.usage) || found.qualifiers.length > 0 || gazetteer.level(row) !== PlaceLevel.Populated || gazetteer.record(row).featureCode === "PPLX") return -1;
  const key = found.span!.key;
  const callsItsName = (f: Found) => !CITY_PART_BEFORE.test((passageText.get(f.passage) ?? "").slice(Math.max(0, f.start - 40), f.start));
  const calling = all.filter((f) => f.usage === "neighbourhood" && f.span?.key === key && callsItsName(f));
  if (calling.length === 0) return -1;
  const isCity = (r: number) => r >= 0 && gazetteer.level(r) === PlaceLevel.Populated && gazetteer.population(r) >= NEIGHBOURHOOD_MAX_POPULATION && gazetteer.countryRow(r) === gazetteer.countryRow(row);
  const named = all.find((f) => f.span && f.span.key !== key && !SILENT.has(f.usage) && f.candidates.length > 0 && calling.some((c) => c.passage === f.passage) && isCity(f.candidates[f.firstGuess]!.row));
  const city = named ? named.candidates[named.firstGuess]!.row : (outlet.home?.towns[0] ?? [...outlet.rows, datelineCity].find(isCity));
  if (city === undefined || city < 0) return -1;
  const distance = haversineKm(gazetteer.lat(row), gazetteer.lon(row), gazetteer.lat(city), gazetteer.lon(city));
  // As for homeNeighbourhood, a town of the city's own state may be meant however far.
  if (distance <= HOME_RADIUS_KM || gazetteer.admin1Row(row) === gazetteer.admin1Row(city)) return -1;
  const own = votesFor(found, NO_OUTLET, null);
  const near = (a: { lat: number; lon: number }) => haversineKm(a.lat, a.lon, gazetteer.lat(row), gazetteer.lon(row)) <= VOUCHING_KM;
  if (own.anchors.some(near) || (own.admin2.get(gazetteer.admin2Row(row)) ?? 0) > 0) return -1;
  return city;
}

/** The article's country when its places agree on one (for text places with no region). */
export function articleCountry(all: Found[], gazetteer: Gazetteer, collection: CollectionPrior | null): number | null {
  const votes = votesWithout(all, null, gazetteer, NO_OUTLET, collection);
  let best: number | null = null;
  let bestVotes = 0;
  for (const [country, count] of votes.country) if (count > bestVotes) [best, bestVotes] = [country, count];
  return best !== null && bestVotes / votes.total >= 0.6 ? best : null;
}

export function resolveArticle(passages: Passage[], index: ScanIndex, context: ArticleContext = {}): Found[] {
  const { gazetteer } = index;
  const { founds: all, distances } = collect(passages, index);
  const outlet = outletOf(context, index);
  const votesFor = cachedVotes(all, gazetteer);
  // One sense per article: a name it uses for a unit or a weapon ("the Azov regiment") stays that
  // unit where nothing says it is a place ("the ministry spoke about Azov").
  const thingNames = new Set(all.filter((f) => f.usage === "thing" && f.span).map((f) => f.span!.key));
  // A name it gives a ship ("the cruiser Moskva") is that ship even where it is struck or sunk like
  // a scene ("Ukraine hit the Moskva"); only "in" or "the city of" makes it a town again.
  const vesselNames = new Set(all.filter((f) => f.usage === "vessel" && f.span).map((f) => f.span!.key));
  // A name the article uses as a school's ("Central High School") is the school in its other
  // mentions too ("a Central High junior", "a vigil at Central High"), not a town.
  const passageText = new Map(passages.map((p) => [p.index, p.text]));
  const schoolNames = new Set(all.filter((f) => f.span && cutFromSchoolName(passageText.get(f.passage) ?? "", f.start, f.end)).map((f) => f.span!.key));
  // The city a story is datelined in ("PHILADELPHIA —", "CHICAGO, Ill. —"), read in its stated state.
  const dateline = all.find((f) => f.usage === "dateline" && f.candidates.length > 0);
  const datelineReading = dateline && (dateline.candidates.find((c) => dateline.qualifiers.some((q) => gazetteer.within(c.row, q))) ?? dateline.candidates[dateline.firstGuess]!);
  const datelineCity = datelineReading ? datelineReading.row : -1;
  const kept: Found[] = [];
  for (const found of all) {
    if (found.usage === "person" || found.usage === "street" || found.usage === "thing" || found.usage === "vessel") continue;
    if (found.span && thingNames.has(found.span.key) && !isScene(found.usage)) continue;
    if (found.span && vesselNames.has(found.span.key) && !saysTownBefore(passageText.get(found.passage) ?? "", found.start)) continue;
    if (found.span && schoolNames.has(found.span.key)) continue;
    if (found.candidates.length === 0) {
      if (found.needsRegion) {
        const votes = votesFor(found, outlet, index.collection);
        let region = -1;
        let regionVotes = 0;
        // (Assigned one by one: a destructured pair holds the row as a float beside its fractional
        // count, and the region's row would then make its qualifier list an array of floats.)
        for (const [row, count] of votes.admin1) {
          if (count > regionVotes) {
            region = row;
            regionVotes = count;
          }
        }
        // ... and only a region the article names ("in the Donetsk region"): a neighbourhood of a
        // US city is not somewhere in its state at large.
        const named = all.some((f) => f.candidates.length > 0 && !SILENT.has(f.usage) && gazetteer.level(f.candidates[f.firstGuess]!.row) === PlaceLevel.Region && f.candidates[f.firstGuess]!.row === region);
        if (region < 0 || votes.total < 1 || regionVotes / votes.total < 0.6 || !named) continue;
        found.qualifiers = [region];
      }
      kept.push(found);
      continue;
    }
    const votes = votesFor(found, outlet, index.collection);
    choose(found, votes, gazetteer, index.collection, index.density);
    // "in the Albany Park neighborhood": when the gazetteer also files the name as a part of a
    // city, the neighbourhood is the scene.
    if (found.usage === "neighbourhood" && gazetteer.record(found.candidates[found.chosen]!.row).featureCode === "PPLX") {
      if (saysLocationBefore(passageText.get(found.passage) ?? "", found.start)) found.usage = "location";
    }
    // A stated region or state that holds none of the name's places: a place the gazetteer lacks,
    // in that region ("Manchester, IL" when only England's is listed). A country is too wide to
    // say so ("War in Ukraine" names no place).
    const statedRegion = found.qualifiers.some((q) => gazetteer.level(q) !== PlaceLevel.Country);
    const nameable = !found.span!.lookup.commonWord || isScene(found.usage);
    if (statedRegion && nameable && !found.candidates.some((c) => found.qualifiers.some((q) => gazetteer.within(c.row, q)))) {
      kept.push({ ...found, span: null, candidates: [], priors: [], chosen: -1, firstGuess: -1, score: TEXT_PLACE_SCORE });
      continue;
    }
    if (!keepsCommonWord(found, votes, gazetteer, index.collection)) continue;
    // A small place under a foreign alternate name, with nothing in the article pointing to its
    // country, is more likely a word that happens to be a place name somewhere.
    const row = found.candidates[found.chosen]!.row;
    const supported = found.qualifiers.length > 0 || (votes.country.get(gazetteer.countryRow(row)) ?? 0) > 0;
    // (A place laid over the gazetteer, "Azovstal", is one because news names it, never a word.)
    if (!supported && !isScene(found.usage) && gazetteer.population(row) < 5000 && gazetteer.level(row) === PlaceLevel.Populated && !gazetteer.isAdded(row)) continue;
    if (isOutlier(found, row, votes, gazetteer, index.collection)) continue;
    if (farawayWithoutEvidence(found, row, votes, gazetteer, index.collection)) continue;
    const neighbourhoodCity = calledNeighbourhood(found, row, all, passageText, outlet, gazetteer, votesFor, datelineCity);
    const home = neighbourhoodCity >= 0 ? neighbourhoodCity : homeNeighbourhood(found, row, outlet, gazetteer, votesFor, datelineCity);
    if (home >= 0) {
      kept.push({ ...found, span: null, candidates: [], priors: [], chosen: -1, firstGuess: -1, score: TEXT_PLACE_SCORE, distance: { fromRow: home, km: 0, bearing: 0 } });
      continue;
    }
    kept.push(found);
  }
  attachDistances(kept, distances, passages);
  oneSensePerArticle(kept, gazetteer);
  rubricsAsTheirRegion(kept, passages, gazetteer);
  return cityPartsToTheirCity(kept, index);
}

/**
 * Every city has its Shevchenkivskyi, Kyivskyi or Central district: "the Shevchenkivskyi district
 * of Kharkiv", "Київський район Харкова", "in Kharkiv ... the Kyivskyi district" are the city's,
 * whichever city's district of that name the gazetteer holds (or none). With a city in the
 * article, a district named as a district and read as a city's part is that city's news: the
 * city takes its place (and its scene, when the district was the scene). With none, the
 * district's own reading stands.
 */
function cityPartsToTheirCity(kept: Found[], index: ScanIndex): Found[] {
  const g = index.gazetteer;
  const chosenRow = (f: Found) => f.candidates[f.chosen]!.row;
  const cities = kept.filter((f) => f.candidates.length > 0 && !SILENT.has(f.usage) && g.level(chosenRow(f)) === PlaceLevel.Populated && g.record(chosenRow(f)).featureCode !== "PPLX" && g.population(chosenRow(f)) >= CITY_WITH_DISTRICTS);
  const dropped = new Set<Found>();
  for (const found of kept) {
    if (!found.span || found.candidates.length === 0 || !DISTRICT_WORD.test(found.span.key) || !isCityPart(chosenRow(found), index)) continue;
    // The city the sentence names, else the article's.
    const city = cities.find((c) => c.passage === found.passage) ?? cities[0];
    if (!city) continue;
    dropped.add(found);
    if (isScene(found.usage) && !isScene(city.usage)) city.usage = "location";
  }
  return dropped.size > 0 ? kept.filter((f) => !dropped.has(f)) : kept;
}

/**
 * One name, one place per article: "Palm Springs" in the headline is the "PALM SPRINGS, Fla." of
 * the dateline. The reading a stated region supports wins; else the best-scored one.
 */
function oneSensePerArticle(kept: Found[], gazetteer: Gazetteer): void {
  // One name under two spellings ("FLOYD CO., Ind." and "the Floyd County Sheriff") has the
  // same readings: group by them, not by the letters.
  const groups = new Map<string, Found[]>();
  for (const found of kept) {
    if (found.candidates.length === 0) continue;
    const key = found.candidates.map((c) => c.row).sort((a, b) => a - b).join(",");
    const list = groups.get(key) ?? [];
    list.push(found);
    groups.set(key, list);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const supported = group.find((f) => f.qualifiers.some((q) => gazetteer.within(f.candidates[f.chosen]!.row, q)));
    const best = supported ?? group.reduce((a, b) => (b.score > a.score ? b : a));
    const row = best.candidates[best.chosen]!.row;
    for (const found of group) {
      const index = found.candidates.findIndex((c) => c.row === row);
      if (index >= 0) found.chosen = index;
    }
  }
}

// A label before a colon opening a passage (after an outlet's time stamp, "05.06.22 10:15 - "):
// "Shelling of Donetsk: ...". At most this many words.
const RUBRIC = /^(?:[\d.:\s]+[-–—]\s+)?([^:.!?]*):/u;
const RUBRIC_WORDS = 5;

/**
 * An outlet's rubric names a region by its capital's name ("Shelling of Donetsk: the occupiers
 * shelled the Donetsk region, four killed"): where the article names that capital's region with a
 * region word and names the city bare nowhere outside its rubrics, the rubric's name is the region.
 * A city the article names outside a rubric ("Kharkiv was shelled; in the Kharkiv region ...")
 * keeps every bare mention the city.
 */
function rubricsAsTheirRegion(kept: Found[], passages: Passage[], gazetteer: Gazetteer): void {
  // Where each passage's rubric ends (0: none), read once per passage.
  const rubricEnd = new Map<number, number>();
  for (const passage of passages) {
    const label = RUBRIC.exec(passage.text);
    const short = label !== null && label[1]!.trim().split(/\s+/).length <= RUBRIC_WORDS;
    rubricEnd.set(passage.index, short ? label!.index + label![0].length : 0);
  }
  const inRubric = (f: Found) => f.end < (rubricEnd.get(f.passage) ?? 0);
  const chosenRow = (f: Found) => (f.chosen >= 0 ? f.candidates[f.chosen]!.row : -1);
  const capitalOf = (f: Found) => {
    const row = chosenRow(f);
    return row >= 0 && gazetteer.record(row).featureCode === "PPLA" ? gazetteer.admin1Row(row) : -1;
  };
  for (const found of kept.filter((f) => capitalOf(f) >= 0 && inRubric(f))) {
    const region = capitalOf(found);
    const city = chosenRow(found);
    if (kept.some((f) => chosenRow(f) === region) && !kept.some((f) => chosenRow(f) === city && !inRubric(f))) readOnly(found, [region]);
  }
}

/** "The village is 25 km southwest of Donetsk": the distance locates the text place it refers to. */
function attachDistances(kept: Found[], distances: Collected["distances"], passages: Passage[]): void {
  for (const { passage, cue, reference } of distances) {
    if (reference.candidates.length === 0 || !kept.includes(reference)) continue;
    const fromRow = reference.candidates[reference.chosen]!.row;
    const sameSentence = kept.filter((f) => f.passage === passage && f.candidates.length === 0 && f.start < cue.start).at(-1);
    const opening = passages.find((p) => p.index === passage)?.text ?? "";
    const earlier = REFERS_BACK.test(opening) ? kept.filter((f) => f.passage < passage && f.passage >= passage - 2 && f.candidates.length === 0).at(-1) : undefined;
    const target = sameSentence ?? earlier;
    if (target && !target.distance) target.distance = { fromRow, km: cue.km, bearing: cue.bearing };
  }
}
