// Places in an article's sentences: gazetteer spans and names the text introduces as places,
// what each is doing in its sentence, the region or country stated with it, then a choice among
// same-named places in the light of the whole article (two passes: a first guess per name, then
// each name judged by the others).
import { regionAfterNa } from "./cyrillicLookup.js";
import type { Passage, Place, PlaceMention } from "../model.js";
import { castVote, type CollectionPrior, contextScore, emptyVotes, haversineKm, prior, type Votes } from "./context.js";
import { type DistanceCue, findDistanceCues, findNamedCues } from "./cues.js";
import { domainPlaces } from "./domain.js";
import { type OutletHome, type OutletHomes, outletKey } from "./outlets.js";
import { foldName } from "./fold.js";
import type { Candidate, Gazetteer, Lookup } from "./gazetteer/gazetteer.js";
import { NameKind, PlaceLevel } from "./gazetteer/tables.js";
import { saysLocationBefore, usageOf, type Usage } from "./roles.js";
import { findSpans, type Span, type Token, tokenize } from "./spans.js";
import { textPlace } from "./textPlaces.js";
import { STATE_ABBREVIATION, stateCode } from "./usStates.js";

/** What the scanner needs from the place index. */
export interface ScanIndex {
  gazetteer: Gazetteer;
  lookup(key: string): Lookup | null;
  usStateRow(code: string): number;
  /** Countries the build's articles are about (see primeCollection), or null before priming. */
  collection: CollectionPrior | null;
  /** Where the build's outlets report from (see outlets.ts), or null before priming. */
  outlets: OutletHomes | null;
}

export interface Found {
  passage: number;
  isTitle: boolean;
  start: number;
  end: number;
  surface: string;
  /** The gazetteer span; null for a name only the text's cues make a place. */
  span: Span | null;
  usage: Usage;
  /** Rows of the region, district or country stated with the name. */
  qualifiers: number[];
  /** This name is itself the qualifier of another ("Nikopol in the Dnipropetrovsk region"). */
  qualifies: boolean;
  /** The name that stated this one's region ("Jackson County" in "Delia in Jackson County"). */
  qualifiedBy?: Found;
  candidates: Candidate[];
  priors: number[];
  firstGuess: number;
  confident: boolean;
  chosen: number;
  score: number;
  /** For text places: where the text puts them. */
  distance: { fromRow: number; km: number; bearing: number } | null;
  /** A text place with only a scene word for evidence: kept only inside the article's one region. */
  needsRegion?: boolean;
}

const DIVISION_WORD = /\b(region|oblast|district|raion|rayon|county|province|state|parish|krai|kray|territory|co)$/;
const QUALIFIER_GAP = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?|\s*\(\s*|\s+of\s+(?:the\s+)?)$/i;
// Days, months and holidays ("a Christmas Day shooting" is not in Christmas, Florida).
const CALENDAR_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|thanksgiving|halloween)$/;
const DEMONYM_LIKE = /(?:an|ese|ish|ic|ch)$/;
// "Russian", "Ukrainian", "Belarusian", "Chechen": adjectives of peoples, never a place's name alone.
const DEMONYM = /^[\p{Lu}][\p{Ll}]+(?:ian|ean|an|ese|ish|ic|i|en)s?$/u;
// Compass words name parts of places ("East Oakland", "South Side"), never a place alone.
const COMPASS_WORD = /^(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|middle|upper|lower|greater|inner|outer)$/;
// Usages that say nothing about the article's geography.
const SILENT: ReadonlySet<Usage> = new Set(["person", "street", "organisation", "neighbourhood"]);
// "The village is ...", "It lies ...": a sentence about the place just introduced.
const REFERS_BACK = /^(?:the|this|that)\s+(?:village|settlement|town|hamlet|locality|city|community)\b|^(?:it|which)\s/i;
const TEXT_PLACE_SCORE = 5;
const NEAR_BEFORE = /\b(?:near|outside|just outside|suburbs? of|outskirts of|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|miles from|km from|kilometres from|kilometers from)\s+(?:the\s+)?(?:city of\s+)?(?:metro\s+)?$/i;
// A name followed by more names and a plural division word: "Zhytomyr[, Sumy] and Poltava regions".
const LISTED_REGIONS = /^(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}'’-]+)*\s+(?:regions|oblasts|provinces)\b/u;

// Continents and parts of the world, as CLDR names the UN M49 regions ("Europe", "Eastern Europe",
// "Central Asia", "Latin America"): never a village the gazetteer lacks.
const M49_REGIONS = ["001", "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154", "155", "202", "419", "EU", "UN"];
const WORLD_REGIONS = new Set(M49_REGIONS.map((code) => foldName(new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? "")).filter(Boolean));

// Usages a name may stand for the scene with when the text names none.
const FALLBACK_USAGES: ReadonlySet<Usage> = new Set(["plain", "attributive", "destination", "outlet"]);

/** The text puts the incident here: a location cue or a dateline. */
function isScene(usage: Usage): boolean {
  return usage === "location" || usage === "dateline";
}

/** A capitalised word that is neither a common English word nor a demonym nor an acronym: likely a name. */
function isUnknownCapitalised(token: Token | undefined, index: ScanIndex): boolean {
  if (!token || !token.capitalised || (token.text.length > 1 && token.text === token.text.toUpperCase())) return false;
  // "Russian-controlled", "Ukraine's": attributes, not first names.
  if (/[-‑]/.test(token.text) || /['’]s$/.test(token.text)) return false;
  const word = token.text;
  if (DEMONYM_LIKE.test(word)) return false;
  // The common-word list is English: a capitalised Ukrainian or Russian word opening a sentence
  // ("Інфраструктура Кременчуцького НПЗ") is capitalised for that alone, not a first name.
  if (token.start === 0 && /\p{Script=Cyrillic}/u.test(word)) return false;
  return !index.lookup(foldName(word))?.commonWord;
}

/**
 * Rows of `next` that qualify `found` ("Mohawk, New York", "Kyiv, Ukraine"): its divisions and
 * countries, when `next` is mainly a division or one of them contains a reading of `found`.
 */
function qualifierRows(found: Found, next: Found, index: ScanIndex): number[] {
  const g = index.gazetteer;
  const divisions = next.candidates.filter((c) => g.level(c.row) !== PlaceLevel.Populated).map((c) => c.row);
  if (divisions.length === 0) return [];
  const mainlyDivision = g.level(next.candidates[next.firstGuess]!.row) !== PlaceLevel.Populated;
  const contains = divisions.some((d) => found.candidates.some((c) => c.row !== d && g.within(c.row, d)));
  return mainlyDivision || contains ? divisions : [];
}

function stateRowAfter(text: string, offset: number, index: ScanIndex): number {
  // The dot of an abbreviated name comes first: "FLOYD CO., Ind.", "St. Clair Co., Mo.".
  const rest = text.slice(offset);
  const abbreviation = STATE_ABBREVIATION.exec(/^\.,/.test(rest) ? rest.slice(1) : rest);
  const code = abbreviation ? stateCode(abbreviation[1]!) : null;
  return code ? index.usStateRow(code) : -1;
}

function spanFound(passage: Passage, span: Span, tokens: Token[], index: ScanIndex): Found {
  const { text } = passage;
  const namesDivision = DIVISION_WORD.test(span.key);
  const g = index.gazetteer;
  const candidates = span.lookup.candidates;
  const hasTownInside = (division: number) => candidates.some((c) => c.row !== division && g.level(c.row) === PlaceLevel.Populated && g.within(c.row, division));
  const priors = candidates.map((c) => prior(g, c, namesDivision, g.level(c.row) !== PlaceLevel.Populated && hasTownInside(c.row)));
  const order = priors.map((_, i) => i).sort((a, b) => priors[b]! - priors[a]!);
  const margin = order.length > 1 ? priors[order[0]!]! - priors[order[1]!]! : Infinity;
  const next = tokens[span.last + 1];
  const previous = tokens[span.first - 1];
  const usage = usageOf({
    text,
    start: span.start,
    end: span.end,
    compound: span.compound,
    nextWordCapitalisedUnknown: !!next && /^ $/.test(text.slice(span.end, next.start)) && isUnknownCapitalised(next, index),
    previousWordCapitalisedUnknown: !!previous && /^ $/.test(text.slice(previous.end, span.start)) && isUnknownCapitalised(previous, index),
    isTitle: passage.isTitle,
    speakerSized: candidates.some((c) => g.population(c.row) >= 100_000 || g.level(c.row) !== PlaceLevel.Populated),
  });
  return {
    passage: passage.index,
    isTitle: passage.isTitle,
    start: span.start,
    end: span.end,
    surface: span.surface,
    span,
    usage,
    qualifiers: [],
    qualifies: false,
    candidates: span.lookup.candidates,
    priors,
    firstGuess: order[0]!,
    confident: margin > 1.5,
    chosen: order[0]!,
    score: priors[order[0]!]!,
    distance: null,
  };
}

function textFound(passage: Passage, start: number, end: number, usage: Usage, qualifiers: number[]): Found {
  return {
    passage: passage.index,
    isTitle: passage.isTitle,
    start,
    end,
    surface: passage.text.slice(start, end),
    span: null,
    usage,
    qualifiers,
    qualifies: false,
    candidates: [],
    priors: [],
    firstGuess: -1,
    confident: false,
    chosen: -1,
    score: TEXT_PLACE_SCORE,
    distance: null,
  };
}

interface Collected {
  founds: Found[];
  distances: { passage: number; cue: DistanceCue; reference: Found }[];
}

const MAX_NAMES_READ = 2000;

function collect(passages: Passage[], index: ScanIndex): Collected {
  const g = index.gazetteer;
  const founds: Found[] = [];
  const distances: Collected["distances"] = [];
  for (const passage of passages) {
    const { text } = passage;
    const tokens = tokenize(text);
    const spans = findSpans(text, tokens, (key) => {
      if (COMPASS_WORD.test(key)) return null;
      const found = index.lookup(key);
      return found && found.candidates.length > 0 ? found : null;
    }).map((span) => regionAfterNa(text, span, index.lookup));
    // "the Zhytomyr and Poltava regions", "Kharkiv, Sumy and Chernihiv oblasts": each is a region.
    for (let k = 0; k < spans.length; k++) {
      const rest = text.slice(spans[k]!.end);
      if (!LISTED_REGIONS.test(rest)) continue;
      const region = index.lookup(`${spans[k]!.key} region`);
      if (region && region.candidates.length > 0) spans[k] = { ...spans[k]!, key: `${spans[k]!.key} region`, lookup: region };
    }
    const inPassage = spans.map((span) => spanFound(passage, span, tokens, index));
    // Stated qualifiers: "Tulsa, Okla.", "Kyiv, Ukraine", "Nikopol in the Dnipropetrovsk region".
    inPassage.forEach((found, i) => {
      const stateRow = stateRowAfter(text, found.end, index);
      if (stateRow >= 0) {
        found.qualifiers = [stateRow];
        return;
      }
      const next = inPassage[i + 1];
      if (next && QUALIFIER_GAP.test(text.slice(found.end, next.start))) {
        const rows = qualifierRows(found, next, index);
        const ownLevel = g.level(found.candidates[found.firstGuess]!.row);
        // A country qualifies nothing here, and a region is not inside another region ("Zhytomyr, Poltava regions").
        const sameLevel = ownLevel !== PlaceLevel.Populated && rows.every((r) => g.level(r) <= ownLevel);
        if (rows.length > 0 && ownLevel !== PlaceLevel.Country && !sameLevel) {
          found.qualifiers = rows;
          found.qualifiedBy = next;
          next.qualifies = true;
        }
      }
    });
    // Names the gazetteer lacks, introduced as places by the text.
    const isRegion = (k: number) => g.level(inPassage[k]!.candidates[inPassage[k]!.firstGuess]!.row) !== PlaceLevel.Populated;
    const cues = findNamedCues({
      text,
      tokens,
      spans,
      isRegionSpan: (k) => isRegion(k) && DIVISION_WORD.test(spans[k]!.key),
      isCommonWord: (word) => !!index.lookup(foldName(word))?.commonWord || CALENDAR_WORDS.test(word.toLowerCase()) || COMPASS_WORD.test(word.toLowerCase()) || DEMONYM.test(word),
      isWorldRegion: (name) => WORLD_REGIONS.has(foldName(name)),
      stateAfter: (offset) => (stateRowAfter(text, offset, index) >= 0 ? "state" : null),
    });
    for (const cue of cues) {
      const usage = usageOf({ text, start: cue.start, end: cue.end, compound: false, nextWordCapitalisedUnknown: false, previousWordCapitalisedUnknown: false, isTitle: passage.isTitle });
      if (usage === "person" || usage === "street" || usage === "organisation") continue;
      let qualifiers: number[] = [];
      if (cue.regionSpan !== null) {
        const region = inPassage[cue.regionSpan]!;
        qualifiers = region.candidates.filter((c) => g.level(c.row) !== PlaceLevel.Populated).map((c) => c.row);
        region.qualifies = true;
      } else {
        const stateRow = stateRowAfter(text, cue.end, index);
        if (stateRow >= 0) qualifiers = [stateRow];
      }
      const found = textFound(passage, cue.start, cue.end, usage, qualifiers);
      found.needsRegion = cue.cue === "scene";
      inPassage.push(found);
    }
    for (const cue of findDistanceCues(text, spans)) distances.push({ passage: passage.index, cue, reference: inPassage[cue.referenceSpan]! });
    inPassage.sort((a, b) => a.start - b.start);
    founds.push(...inPassage.slice(0, MAX_NAMES_READ - founds.length));
    // A text naming thousands of places is a list, not a report of an incident: its first names
    // are read, the rest are not (judging every name against every other would take minutes).
    if (founds.length >= MAX_NAMES_READ) break;
  }
  return { founds, distances };
}

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

const NO_OUTLET: Outlet = { rows: [], home: null };

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
function votesWithout(all: Found[], skip: Found | null, gazetteer: Gazetteer, outlet: Outlet = NO_OUTLET, collection: CollectionPrior | null = null): Votes {
  const votes = emptyVotes();
  for (const row of outlet.rows) castVote(votes, gazetteer, row, 1);
  if (outlet.home) {
    castVote(votes, gazetteer, outlet.home.admin1, outlet.home.share);
    votes.home = { admin1: outlet.home.admin1, share: outlet.home.share };
    for (const town of outlet.home.towns) votes.anchors.push({ lat: gazetteer.lat(town), lon: gazetteer.lon(town), weight: 1 });
  }
  const skipKey = skip?.span?.key;
  const possible = new Set<number>();
  for (const found of all) {
    if (found === skip || SILENT.has(found.usage) || found.candidates.length === 0 || found.span!.key === skipKey) continue;
    // A common word ("Four", "May", "War") or a day or month has not shown yet that it is a place at all.
    if ((found.span!.lookup.commonWord || CALENDAR_WORDS.test(found.span!.key)) && !found.qualifiers.some((q) => gazetteer.level(q) !== PlaceLevel.Country)) continue;
    // Nor has a small place named without any cue ("Hilliard", "Cora"): likely a surname.
    const row = found.candidates[found.firstGuess]!.row;
    if (!isScene(found.usage) && found.usage !== "destination" && found.qualifiers.length === 0 && gazetteer.level(row) === PlaceLevel.Populated && gazetteer.population(row) < 10_000) continue;
    // Nor a town of a country the build is not about, named without a cue ("Letchworth" in a
    // North Carolina story is a street or a surname, not the English town).
    if (!isScene(found.usage) && found.qualifiers.length === 0 && collection && gazetteer.level(row) === PlaceLevel.Populated && (collection.get(gazetteer.countryRow(row)) ?? 0) < FOREIGN_SHARE) continue;
    const level = gazetteer.level(row);
    const weight = (found.confident || found.qualifiers.length > 0 ? 1 : 0.4) * (level === PlaceLevel.Country ? 2 : level === PlaceLevel.Region ? 1.5 : 1);
    castVote(votes, gazetteer, row, weight);
    if (isScene(found.usage) || found.usage === "destination" || found.qualifiers.length > 0) for (const row of plausibleRows(found, gazetteer)) possible.add(row);
  }
  // Each reading once: a name repeated a thousand times is one possible place, not a thousand.
  votes.possible = [...possible];
  return votes;
}

// A country this small a share of the build's articles are about is foreign to it.
const FOREIGN_SHARE = 0.05;

// Readings within this much of a name's best prior are plausible enough to co-locate with.
const PLAUSIBLE_MARGIN = 2;

/** A name's readings that could be meant: the stated region's, or those near the best prior. */
function plausibleRows(found: Found, gazetteer: Gazetteer): number[] {
  if (found.qualifiers.length > 0) return found.candidates.filter((c) => found.qualifiers.some((q) => gazetteer.within(c.row, q))).map((c) => c.row);
  const best = found.priors[found.firstGuess]!;
  return found.candidates.filter((_, i) => found.priors[i]! >= best - PLAUSIBLE_MARGIN).map((c) => c.row);
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
  // "in York City", "in southwest Macon": a sizeable town in the country the article (or, when
  // it names no other place, the collection) is about.
  const country = gazetteer.countryRow(row);
  const countryShare = votes.total > 0 ? (votes.country.get(country) ?? 0) / votes.total : (collection?.get(country) ?? 0);
  const admin1Share = votes.total > 0 ? (votes.admin1.get(gazetteer.admin1Row(row)) ?? 0) / votes.total : 0;
  const near = votes.anchors.some((a) => haversineKm(a.lat, a.lon, gazetteer.lat(row), gazetteer.lon(row)) <= 60);
  return (admin1Share >= 0.3 && near) || (countryShare >= 0.5 && gazetteer.population(row) >= 20_000);
}

function choose(found: Found, votes: Votes, gazetteer: Gazetteer, collection: CollectionPrior | null): void {
  let best = -1;
  let bestScore = -Infinity;
  found.candidates.forEach((candidate, i) => {
    const score = found.priors[i]! + contextScore(gazetteer, candidate.row, found.qualifiers, votes, collection);
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
function homeNeighbourhood(found: Found, row: number, outlet: Outlet, gazetteer: Gazetteer, votesFor: VotesFor): number {
  // The outlet's home, or the city in its address ("philly.com").
  const city = outlet.rows.find((r) => gazetteer.level(r) === PlaceLevel.Populated && gazetteer.population(r) >= NEIGHBOURHOOD_MAX_POPULATION);
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

/** The article's country when its places agree on one (for text places with no region). */
function articleCountry(all: Found[], gazetteer: Gazetteer, collection: CollectionPrior | null): number | null {
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
  const kept: Found[] = [];
  for (const found of all) {
    if (found.usage === "person" || found.usage === "street") continue;
    if (found.candidates.length === 0) {
      if (found.needsRegion) {
        const votes = votesFor(found, outlet, index.collection);
        let region = -1;
        let regionVotes = 0;
        for (const [row, count] of votes.admin1) if (count > regionVotes) [region, regionVotes] = [row, count];
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
    choose(found, votes, gazetteer, index.collection);
    // "in the Albany Park neighborhood": when the gazetteer also files the name as a part of a
    // city, the neighbourhood is the scene.
    if (found.usage === "neighbourhood" && gazetteer.record(found.candidates[found.chosen]!.row).featureCode === "PPLX") {
      const text = passages.find((p) => p.index === found.passage)?.text ?? "";
      if (saysLocationBefore(text, found.start)) found.usage = "location";
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
    if (!supported && !isScene(found.usage) && gazetteer.population(row) < 5000 && gazetteer.level(row) === PlaceLevel.Populated) continue;
    if (isOutlier(found, row, votes, gazetteer, index.collection)) continue;
    const home = homeNeighbourhood(found, row, outlet, gazetteer, votesFor);
    if (home >= 0) {
      kept.push({ ...found, span: null, candidates: [], priors: [], chosen: -1, firstGuess: -1, score: TEXT_PLACE_SCORE, distance: { fromRow: home, km: 0, bearing: 0 } });
      continue;
    }
    kept.push(found);
  }
  attachDistances(kept, distances, passages);
  oneSensePerArticle(kept, gazetteer);
  return kept;
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

function placeOf(found: Found, index: ScanIndex, countryRow: number | null): Place | null {
  const g = index.gazetteer;
  if (found.candidates.length > 0) return g.toPlace(found.candidates[found.chosen]!.row);
  // The stated region or state: the first reading that is a region or district.
  // The reading the article gave the stated region ("Jackson County" read in Kansas), else the first.
  const stated = found.qualifiedBy && found.qualifiedBy.chosen >= 0 ? found.qualifiedBy.candidates[found.qualifiedBy.chosen]!.row : -1;
  const regionRow = found.qualifiers.includes(stated) && g.level(stated) !== PlaceLevel.Country ? stated : (found.qualifiers.find((q) => g.level(q) !== PlaceLevel.Country) ?? null);
  return textPlace(g, {
    surface: found.surface,
    distance: found.distance,
    regionRow,
    countryRow: regionRow === null ? (found.qualifiers.find((q) => g.level(q) === PlaceLevel.Country) ?? countryRow) : null,
  });
}

/** What the light pass reads in an article (see lightReadings). */
export interface LightReadings {
  /** Rows of names whose best reading out of context clearly beats the others. */
  confident: number[];
  /** Names the text puts somewhere ("in Garland", "Terrell police", "Tulsa, Okla."), each with its readings. */
  cued: CuedName[];
}

/** A name's readings with their context-free plausibility (one reading when a state settles it). */
export interface CuedName {
  rows: number[];
  priors: number[];
}

const LIGHT_CUE_BEFORE = /\b(?:in|near|outside|at)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$/i;
const LIGHT_CUE_AFTER = /^\s+(?:police|county|sheriff|sheriff's|fire|city council|mayor)\b/i;

/**
 * A light pass over an article: no roles, cues or context, only the rows its names stand for
 * when one reading clearly beats the others, and the rows of names a locative word or a state
 * abbreviation vouches for. Feeds the collection's country prior and the outlets' homes.
 */
export function lightReadings(passages: Passage[], index: ScanIndex): LightReadings {
  const g = index.gazetteer;
  const confident: number[] = [];
  const cued: CuedName[] = [];
  for (const passage of passages) {
    const { text } = passage;
    const spans = findSpans(text, tokenize(text), (key) => {
      if (COMPASS_WORD.test(key)) return null;
      const found = index.lookup(key);
      return found && found.candidates.length > 0 && !found.commonWord ? found : null;
    });
    for (const span of spans) {
      const namesDivision = DIVISION_WORD.test(span.key);
      const priors = span.lookup.candidates.map((c) => prior(g, c, namesDivision, false));
      const order = priors.map((_, i) => i).sort((a, b) => priors[b]! - priors[a]!);
      const best = span.lookup.candidates[order[0]!]!.row;
      const clear = order.length === 1 || priors[order[0]!]! - priors[order[1]!]! > 1.5;
      if (clear) confident.push(best);
      const stateRow = stateRowAfter(text, span.end, index);
      if (stateRow >= 0) {
        const inState = span.lookup.candidates.find((c) => g.within(c.row, stateRow));
        cued.push({ rows: [inState ? inState.row : stateRow], priors: [0] });
      } else if (LIGHT_CUE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) || LIGHT_CUE_AFTER.test(text.slice(span.end, span.end + 20))) {
        cued.push({ rows: span.lookup.candidates.map((c) => c.row), priors });
      }
    }
  }
  return { confident, cued };
}

/**
 * The countries a collection of articles is about: each article whose confident places agree
 * on a country counts once for it. A digest of US local news then reads "St. Louis" as Missouri,
 * a digest of war news reads "Odessa" as Ukraine, when an article alone does not say.
 */
export function collectionPrior(readings: number[][], index: ScanIndex): CollectionPrior {
  const g = index.gazetteer;
  const counts = new Map<number, number>();
  let total = 0;
  for (const rows of readings) {
    const votes = new Map<number, number>();
    let cast = 0;
    for (const row of rows) {
      const country = g.countryRow(row);
      if (country < 0) continue;
      votes.set(country, (votes.get(country) ?? 0) + 1);
      cast++;
    }
    let best = -1;
    let bestVotes = 0;
    for (const [country, count] of votes) if (count > bestVotes) [best, bestVotes] = [country, count];
    if (best < 0 || bestVotes / cast < 0.6) continue;
    counts.set(best, (counts.get(best) ?? 0) + 1);
    total++;
  }
  const result: CollectionPrior = new Map();
  for (const [country, count] of counts) result.set(country, count / Math.max(1, total));
  return result;
}

// A scene this near the dateline's town is the same story's place either way; one farther than
// a station's area is more likely a misreading than the story's scene.
const DATELINE_NEAR_KM = 25;
const DATELINE_AREA_KM = 150;
const AREA_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:suburbs?|area|metro|metropolitan|region)\b/i;

// The town's own officials or a facility in it ("Kharkiv official says missiles hit ...", "Odesa
// Airport's runway destroyed", "Donetsk's city administration building hit"): read as a speaker
// or an organisation, but where the news happened when the report names no other place.
const LOCAL_BODY_AFTER = /^(?:['’]s)?\s+(?:city\s+|regional\s+|local\s+)?(?:officials?|authorities|administration|mayor|governor|council|airport|railway station|train station|bridge|dam|power plant|thermal power plant|port|zoo|stadium)\b/i;

function namesLocalBody(found: Found, passages: Passage[]): boolean {
  if (found.usage !== "metonymy" && found.usage !== "organisation") return false;
  const text = passages.find((p) => p.index === found.passage)?.text ?? "";
  return LOCAL_BODY_AFTER.test(text.slice(found.end, found.end + 40));
}

/** Incident locations and mentions, in text order. */
export function scanMentions(passages: Passage[], index: ScanIndex, context: ArticleContext = {}): PlaceMention[] {
  const resolved = resolveArticle(passages, index, context);
  const countryRow = articleCountry(resolved, index.gazetteer, index.collection);
  const mentions: PlaceMention[] = [];
  const sources: Found[] = [];
  for (const found of resolved) {
    const place = placeOf(found, index, countryRow);
    if (!place) continue;
    const role = isScene(found.usage) && !found.qualifies ? "location" : "mention";
    mentions.push({
      place,
      passage: found.passage,
      surface: found.surface,
      role,
      score: Math.round(found.score * 100) / 100,
      ...(role === "mention" && !found.qualifies && (FALLBACK_USAGES.has(found.usage) || namesLocalBody(found, passages)) ? { fallback: true } : {}),
    });
    sources.push(found);
  }
  // "in Katy, near Houston", "in Snellville, just outside Atlanta": the second is a landmark.
  mentions.forEach((m, i) => {
    if (m.role !== "location") return;
    const start = sources[i]!.start;
    const before = passages.find((p) => p.index === m.passage)?.text.slice(Math.max(0, start - 60), start) ?? "";
    if (!NEAR_BEFORE.test(before)) return;
    if (mentions.some((o, j) => j < i && o.passage === m.passage && o.role === "location" && o.place.slug !== m.place.slug)) m.role = "mention";
  });
  // A dateline says where the reporter files from; a town the same sentence puts the incident in
  // is the scene ("INDIANAPOLIS, Ind. — Police officers in Kokomo are investigating a shooting").
  sources.forEach((f, i) => {
    if (f.usage !== "dateline" || mentions[i]!.role !== "location") return;
    const from = mentions[i]!.place;
    const text = passages.find((p) => p.index === mentions[i]!.passage)?.text ?? "";
    // A town itself, not a state's name read as a town nor "the Atlanta suburbs".
    const isTown = (j: number) =>
      (mentions[j]!.place.precision === "city" || mentions[j]!.place.precision === "approximate") &&
      !sources[j]!.candidates.some((c) => index.gazetteer.level(c.row) !== PlaceLevel.Populated) &&
      !AREA_AFTER.test(text.slice(sources[j]!.end, sources[j]!.end + 30));
    const scene = mentions.find((o, j) => j > i && o.passage === mentions[i]!.passage && o.role === "location" && sources[j]!.usage === "location" && isTown(j));
    if (!scene || from.lat === null || scene.place.lat === null) return;
    const km = haversineKm(from.lat, from.lon!, scene.place.lat, scene.place.lon!);
    if (km > DATELINE_NEAR_KM && km <= DATELINE_AREA_KM) mentions[i]!.role = "mention";
  });
  // A headline names what readers know ("Atlanta"); the dateline says where the story is
  // ("SNELLVILLE, Ga. -"): when they differ, the dateline is the scene.
  const dateline = sources.findIndex((f, i) => f.usage === "dateline" && !f.isTitle && mentions[i]!.role === "location");
  if (dateline >= 0) {
    sources.forEach((f, i) => {
      if (f.isTitle && mentions[i]!.role === "location" && mentions[i]!.place.slug !== mentions[dateline]!.place.slug) mentions[i]!.role = "mention";
    });
  }
  // "In Harris County ... in Cypress", "in the Donetsk region ... in Avdiivka": the town is the
  // scene, the division around it only frames it.
  const towns = mentions.filter((m) => m.role === "location" && (m.place.precision === "city" || m.place.precision === "approximate"));
  for (const m of mentions) {
    if (m.role !== "location") continue;
    // "in Ukraine's Bucha", "shelling in eastern Ukraine ... in Kramatorsk": a country is not the
    // scene when the article names a town.
    if (m.place.precision === "country") {
      if (towns.length > 0) m.role = "mention";
      continue;
    }
    if (m.place.precision !== "region") continue;
    // A region spanning several divisions ("Donbas") gives way to any narrower scene in its country.
    if (m.place.admin1 === null) {
      if (mentions.some((o) => o !== m && o.role === "location" && o.place.country === m.place.country && o.place.admin1 !== null)) m.role = "mention";
      continue;
    }
    // A county gives way to a town of its state ("Lauderdale County deputies ... in Huntsville").
    if (m.place.admin2 !== null && m.place.name === m.place.admin2 && towns.some((t) => t.place.country === m.place.country && t.place.admin1 === m.place.admin1)) {
      m.role = "mention";
      continue;
    }
    const inside = towns.some((t) => t.place.country === m.place.country && t.place.admin1 === m.place.admin1 && (m.place.admin2 === null || t.place.admin2 === m.place.admin2 || m.place.name !== m.place.admin2));
    if (inside) m.role = "mention";
  }
  // An article that never says "in X" may still say where, by naming the local police or
  // putting the place in its headline: the first such plain or attributive name is the scene.
  if (!mentions.some((m) => m.role === "location")) {
    // Only a name the article's other places or the collection vouch for (not a stray word).
    // Not a common word ("White House") nor an acronym ("EU"), which only a cue makes a place.
    const wordLike = (f: Found) => !!f.span && (f.span.lookup.commonWord || (f.surface.length <= 4 && f.surface === f.surface.toUpperCase()));
    const vouched = (f: Found) =>
      f.candidates.length === 0 ||
      f.qualifiers.some((q) => index.gazetteer.level(q) !== PlaceLevel.Country) ||
      (!wordLike(f) && (f.confident || f.qualifiers.length > 0 || (index.collection?.get(index.gazetteer.countryRow(f.candidates[f.chosen]!.row)) ?? 0) >= 0.2));
    const promotable = (usages: Usage[], where: (f: Found, i: number) => boolean = () => true) =>
      sources.findIndex((f, i) => usages.includes(f.usage) && where(f, i) && !f.qualifies && mentions[i]!.place.precision !== "country" && vouched(f));
    // "Terrell police", "a Garland man" say where more surely than a bare name (often a surname),
    // and a headline's bare name more surely than one in the body.
    let promoted = promotable(["attributive"]);
    if (promoted < 0) promoted = promotable(["plain"], (f) => f.isTitle);
    if (promoted < 0) promoted = promotable(["plain"]);
    // Where the wounded were taken is near the scene: better than no place at all.
    if (promoted < 0) promoted = promotable(["destination"]);
    // A local outlet's own city, named after the headline, is where its stories mostly are.
    if (promoted < 0) promoted = promotable(["outlet"]);
    if (promoted >= 0) mentions[promoted]!.role = "location";
  }
  return mentions;
}
