// What grouping knows about each report, computed once per build, and the features of a pair of
// reports that the scoring model weighs (see pair-model.ts for the weights and how they were fitted).
import type { FigureKind, IncidentReport, IncidentType, Lang, Place } from "../model.js";
import { isCalendarDay, ownScene, tellsAftermath, UNDATED_LAG_DAYS, placedByTarget, reportRegions, reportScenes, sameTarget, textSigns, tollFollowUp, markFreshAttackDays, type ConstraintFacts } from "./constraints.js";
import { dayNumber, isAreaPlace, placeDistanceKm, placesCompatible, regionKey } from "./geo.js";
import { namesIn, withoutPlaceNames } from "./names.js";
import { en } from "../facts/lexicon/en.js";
import { alternation, wordBoundaryPattern } from "../facts/lexicon/words.js";
import { backgroundShare } from "./background.js";
import { buildTfIdf, containment, cosine, sharesAny, tokenize, withoutStamps, type TermVector } from "./text.js";

/** Two places this close may be the same spot named differently (a suburb and its city). */
export const NEAR_KM = 30;

export interface ReportProfile extends ConstraintFacts {
  report: IncidentReport;
  /** Event date range as day numbers. */
  first: number;
  last: number;
  published: number;
  /** The article's outlet (null for unattributed wire text). */
  source: string | null;
  /** The article's headline, for its first report. */
  title: TermVector;
  /** True when the date came from the text; false when it defaulted to publication. */
  dated: boolean;
  /** Dated by a cue tied to the event's words or its time of day (strength 2 or more). */
  firm: boolean;
  /** A report that gives no day: the day its place's dated reports within its window tell, by how alike their words are (markNeighbourDays); else null. */
  neighbourDay: number | null;
  /** Names (ids in the names vocabulary) at most RARE_NAME_REPORTS reports use. */
  rareNames: Int32Array;
  place: Place | null;
  region: string | null;
  text: TermVector;
  names: TermVector;
  figures: Partial<Record<FigureKind, number[]>>;
  type: IncidentType;
  /** The report's language: text similarity compares reports in one language only. */
  lang: Lang;
}

export interface Profiles {
  profiles: ReportProfile[];
  vocabulary: string[];
  documentFrequency: Int32Array;
}


/** What grouping needs to know about a report's article. */
export interface ArticleInfo {
  publishedDay: string;
  title: string;
  source: string | null;
  /** Absent: English. */
  lang?: Lang;
}

/** `undatedLag`: how many days before its publication an undated report's event may lie (the build's kind of news decides: domain.ts UNDATED_LAG). */
export function profileReports(reports: IncidentReport[], articleOf: (articleId: string) => ArticleInfo, undatedLag = UNDATED_LAG_DAYS): Profiles {
  // Place names stay in the text: place extraction misses some, and the city a report names is
  // part of what makes two reports alike (measured on gva-dev: stripping them cost 0.03 pairwise F1).
  const text = buildTfIdf(reports.map((r) => withoutStamps(r.text)));
  // Names leave out the places the report names: the place features weigh those, and a shared
  // city name would make every two reports from one city share their "names".
  const names = buildTfIdf(reports.map((r) => namesIn(withoutPlaceNames(r.text, r.places)).join(" ")));
  // The headline speaks for the article's first report only; a round-up's other reports have none.
  // Its place names go, as for names: in a short headline a shared city outweighs everything else.
  const titles = buildTfIdf(reports.map((r) => (r.index === 0 ? withoutPlaceNames(withoutStamps(articleOf(r.articleId).title), r.places) : "")));
  const rareName = (term: number) => names.documentFrequency[term]! <= RARE_NAME_REPORTS;
  const profiles = reports.map((report, i): ReportProfile => {
    const figures: Partial<Record<FigureKind, number[]>> = {};
    for (const claim of report.claims) (figures[claim.kind] ??= []).push(claim.value);
    const place = report.place?.place ?? null;
    // A toll's rise or the bodies found are told days after the event, in any kind of news.
    const tollRises = report.claims.some((claim) => claim.revision);
    const aftermath = tollRises || tellsAftermath(report.text);
    return {
      report,
      first: dayNumber(report.date.date),
      last: dayNumber(report.date.end),
      published: dayNumber(articleOf(report.articleId).publishedDay),
      source: articleOf(report.articleId).source,
      title: titles.vectors[i]!,
      // A told day ("police said Sunday") bounds the event like a publication day; it does not date it.
      dated: report.date.cue !== null && !report.date.toldOn,
      aftermath,
      tollRises,
      undatedLag: aftermath ? Math.max(undatedLag, UNDATED_LAG_DAYS) : undatedLag,
      firm: report.date.cue !== null && !report.date.toldOn && (report.date.strength ?? 1) >= 2,
      neighbourDay: null,
      calendarDay: report.date.cue !== null && !report.date.toldOn && report.date.precision === "day" && isCalendarDay(report.date.cue),
      rareNames: names.vectors[i]!.terms.filter(rareName),
      referenceNames: names.vectors[i]!.terms.filter((term) => names.documentFrequency[term]! <= REFERENCE_NAME_REPORTS),
      rareTerms: referenceTerms(text.vectors[i]!, text.vocabulary, text.documentFrequency, report.places),
      place,
      region: place ? regionKey(place) : null,
      text: text.vectors[i]!,
      names: names.vectors[i]!,
      figures,
      type: report.type,
      lang: articleOf(report.articleId).lang ?? "en",
      scenes: reportScenes(report.places),
      mentionedTowns: reportScenes(report.places, "mention"),
      ownScene: ownScene(place),
      ...reportRegions(report.places),
      ...textSigns(report.text),
      kind: report.type === "territorial claim" ? "claim" : report.type === "other" ? null : "violence",
    };
  });
  markFreshAttackDays(profiles);
  markNeighbourDays(profiles);
  return { profiles, vocabulary: text.vocabulary, documentFrequency: text.documentFrequency };
}


/** A name this few reports share is a person's or a street's, not a spokesman's or a district's. */
const RARE_NAME_REPORTS = 3;
/**
 * A name this few reports share ties a late report to its event (a victim named in every story of
 * a big case): 99.9% of gva-dev's gold incidents have at most 10 articles.
 */
const REFERENCE_NAME_REPORTS = 10;
/** A word this few reports use, rare in everyday English and not a place or incident word, names one event ("Berclair", "crab fest"). */
const RARE_TERM_REPORTS = 5;
const RARE_TERM_SHARE = 2e-6;
const INCIDENT_WORD = wordBoundaryPattern(alternation(en.dates.eventWords), "latin");

function referenceTerms(vector: TermVector, vocabulary: string[], documentFrequency: Int32Array, places: IncidentReport["places"]): Int32Array {
  const placeWords = new Set(places.flatMap((m) => tokenize(m.surface)));
  return vector.terms.filter((term) => {
    const word = vocabulary[term]!;
    return documentFrequency[term]! <= RARE_TERM_REPORTS && !placeWords.has(word) && backgroundShare(word) < RARE_TERM_SHARE && !/\d/.test(word) && !INCIDENT_WORD.test(word);
  });
}


/**
 * A report that gives no day tells of its publication day or of any day up to its lag before
 * (eventWindow), so it fits each of several events at one place on nearby days (a city struck on
 * the 6th and the 9th: a toll update published on the 9th fits both). Which day it tells is read
 * from its neighbours: the dated reports of its place (one day each, within its window) vote for
 * their day, each by how alike its words are to the report's (TF-IDF cosine), and the day with
 * the most votes is the report's (the later on a tie). A report none of whose place's dated
 * reports shares a word keeps null.
 */
export function markNeighbourDays(profiles: ReportProfile[]): void {
  const datedAt = new Map<string, ReportProfile[]>();
  for (const p of profiles) {
    if (!p.dated || p.first !== p.last || !p.place || isAreaPlace(p.place)) continue;
    (datedAt.get(p.place.slug) ?? datedAt.set(p.place.slug, []).get(p.place.slug)!).push(p);
  }
  for (const p of profiles) {
    if (p.dated || !p.place || isAreaPlace(p.place)) continue;
    const earliest = p.published - (p.undatedLag ?? UNDATED_LAG_DAYS);
    const votes = new Map<number, number>();
    for (const other of datedAt.get(p.place.slug) ?? []) {
      if (other.first < earliest || other.first > p.published) continue;
      const alike = cosine(p.text, other.text);
      if (alike > 0) votes.set(other.first, (votes.get(other.first) ?? 0) + alike);
    }
    let best: number | null = null;
    for (const [day, vote] of votes) if (best === null || vote > votes.get(best)! || (vote === votes.get(best)! && day > best)) best = day;
    p.neighbourDay = best;
  }
}

/** Days between two date ranges (0 when they overlap). */
export function rangeGap(a: { first: number; last: number }, b: { first: number; last: number }): number {
  return Math.max(0, a.first - b.last, b.first - a.last);
}

/**
 * Days between two reports' events as far as the text lets us tell: a report with no date cue
 * may be a late report of an earlier event, so its publication day is only an upper bound.
 */
export function daysApart(a: ReportProfile, b: ReportProfile): number {
  const events = rangeGap(a, b);
  if (a.dated && b.dated) return events;
  // An undated report happened on or before its publication: it fits any event up to then.
  const fits = (undated: ReportProfile, other: ReportProfile) => Math.max(0, other.first - undated.published);
  if (!a.dated && !b.dated) return Math.min(events, Math.abs(a.published - b.published));
  return !a.dated ? Math.min(events, fits(a, b)) : Math.min(events, fits(b, a));
}

/** Days between the two events when one or both give no day, each such report taken at its neighbours' day; null when both give a day or one has no neighbours' day. */
function neighbourGap(a: ReportProfile, b: ReportProfile): number | null {
  if (a.dated && b.dated) return null;
  const day = (p: ReportProfile) => (p.dated ? { first: p.first, last: p.last } : p.neighbourDay === null ? null : { first: p.neighbourDay, last: p.neighbourDay });
  const [x, y] = [day(a), day(b)];
  return x && y ? rangeGap(x, y) : null;
}

/** "within": one place is a region or country holding the other. */
export type PlaceRelation = "same" | "near" | "within" | "region" | "far" | "unknown";

/**
 * `regionsApart` (war news): two reports that each name only one region share the region, not a
 * place: two strikes reported "in the Chernihiv region" are as far apart as its villages. Local
 * news names a state for one story far more often (gva-dev pairwise lost 0.002 with it).
 */
export function placeRelation(a: Place | null, b: Place | null, regionsApart = false): PlaceRelation {
  if (!a || !b) return "unknown";
  if (a.slug === b.slug) return regionsApart && a.precision === "region" ? "region" : "same";
  if (placesCompatible(a, b, NEAR_KM)) return isAreaPlace(a) || isAreaPlace(b) ? "within" : "near";
  const ra = regionKey(a);
  return ra !== null && ra === regionKey(b) ? "region" : "far";
}

/** Both give casualty figures, and only one says anyone died ("shot dead" against "wounded"). */
function deadInOneOnly(a: ReportProfile, b: ReportProfile): boolean {
  const dead = (p: ReportProfile) => (p.figures.killed ?? []).some((v) => v > 0);
  const hurt = (p: ReportProfile) => (p.figures.injured ?? []).some((v) => v > 0);
  if (!(dead(a) || hurt(a)) || !(dead(b) || hurt(b))) return false;
  return dead(a) !== dead(b);
}

/** -1: both state the figure and no value agrees; 1: a value agrees; 0: not both stated. */
function figureAgreement(a: number[] | undefined, b: number[] | undefined): number {
  if (!a?.length || !b?.length) return 0;
  return a.some((x) => b.includes(x)) ? 1 : -1;
}

export const FEATURE_NAMES = [
  "text similarity",
  "√ text similarity",
  "name similarity",
  "√ name similarity",
  "containment",
  "title similarity",
  "same outlet",
  "log days apart",
  "log days between publications",
  "log days apart, no shared name",
  "same place",
  "nearby place",
  "same region only",
  "far apart",
  "killed agree",
  "injured agree",
  "dead in one only",
  "√ names × log days",
  "title × same day",
  "log days from an undated report",
  "shared rare name",
  "log days apart, both firmly dated",
  "log days from the neighbours' day",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface PairFacts {
  features: number[];
  text: number;
  /** Cosine of the two headlines' words. */
  title: number;
  days: number;
  relation: PlaceRelation;
  distanceKm: number | null;
}

/**
 * The features grouping scores a pair with. War news (`targetsTie`, domain.ts): a later report
 * naming the other's target at its place, or telling its toll rising days later at its town, is
 * scored as told on the event's day (sameTarget, tollFollowUp), and a report naming no place but
 * the other's target as at its place (placedByTarget); two reports naming only one region share
 * no place (placeRelation). These are readings of what the text says, not new features; the
 * models are fitted on the features grouping gives (fit.ts trains on index.ts linkablePairs).
 */
export function groupingPairFeatures(a: ReportProfile, b: ReportProfile, targetsTie: boolean): PairFacts {
  if (!targetsTie) return pairFeatures(a, b);
  return pairFeatures(a, b, { asToldOnTheDay: sameTarget(a, b) || tollFollowUp(a, b), atTheTargetsPlace: placedByTarget(a, b) || placedByTarget(b, a), regionsApart: true });
}

/**
 * `asToldOnTheDay`: score the pair as if both were told on the event's day (no days apart, no
 * delay between publications), for a later report that names the other's event (index.ts).
 * `atTheTargetsPlace`: score the pair as at one place, for a report that names no place but the
 * target the other names at its place. `regionsApart`: see placeRelation.
 */
export function pairFeatures(a: ReportProfile, b: ReportProfile, { asToldOnTheDay = false, atTheTargetsPlace = false, regionsApart = false } = {}): PairFacts {
  const text = cosine(a.text, b.text);
  const names = cosine(a.names, b.names);
  const title = cosine(a.title, b.title);
  const days = asToldOnTheDay ? 0 : daysApart(a, b);
  // daysApart lets an undated report fit any earlier event; how much earlier it was published is
  // its own evidence (most undated reports appear within a day or two of the event).
  const undatedLag = a.dated && b.dated ? 0 : asToldOnTheDay ? 0 : rangeGap(a, b);
  const publicationLag = asToldOnTheDay ? 0 : Math.abs(a.published - b.published);
  const relation = atTheTargetsPlace ? "same" : placeRelation(a.place, b.place, regionsApart);
  return {
    features: [
      text,
      Math.sqrt(text),
      names,
      Math.sqrt(names),
      containment(a.text, b.text),
      title,
      a.source !== null && a.source === b.source ? 1 : 0,
      Math.log1p(days),
      Math.log1p(publicationLag),
      // Weeks apart, reports of one incident share its people's names (a trial, a funeral);
      // without them, look-alike text is more often another incident of the same kind.
      Math.log1p(days) * (names === 0 ? 1 : 0),
      relation === "same" ? 1 : 0,
      relation === "near" || relation === "within" ? 1 : 0,
      relation === "region" ? 1 : 0,
      relation === "far" ? 1 : 0,
      figureAgreement(a.figures.killed, b.figures.killed),
      figureAgreement(a.figures.injured, b.figures.injured),
      deadInOneOnly(a, b) ? 1 : 0,
      // Shared names count for more as time passes (follow-ups name the victims); headlines on the
      // same day say more than headlines weeks apart (a trial headline echoes the first report's).
      Math.sqrt(names) * Math.log1p(days),
      days === 0 && undatedLag <= 1 ? title : 0,
      Math.log1p(undatedLag),
      // A person's or a street's name few reports use ("Stailey", "Kimbark") ties two reports far
      // better than a spokesman's or a district's that one outlet prints in every story.
      sharesAny(a.rareNames, b.rareNames) ? 1 : 0,
      // Two reports that each tie their day to the event ("shot ... about 2 a.m. Sunday") and
      // give different days are more surely two events than reports dated by a bare weekday.
      a.firm && b.firm ? Math.log1p(days) : 0,
      // A report that gives no day is scored by the day its place's other reports give
      // (markNeighbourDays): a toll update fits a strike three days before as well as last night's,
      // and its neighbours say which it tells.
      asToldOnTheDay ? 0 : Math.log1p(neighbourGap(a, b) ?? 0),
    ],
    text,
    title,
    days,
    relation,
    distanceKm: a.place && b.place && relation !== "within" ? placeDistanceKm(a.place, b.place) : null,
  };
}

/** The pair probability given to reports in two languages that agree on everything but words. */
export const CROSS_LANGUAGE_AGREEMENT = 0.6;

/**
 * Reports in two languages share almost no words, and the pair model weighs words most (it was
 * fitted on English reports), so their text similarity says nothing. Such a pair is one incident
 * when everything else agrees: the same specific place (or one within NEAR_KM), the same day, the
 * same named type (or one of them a strike of unnamed means), and no figure both give that
 * differs. Then its probability is CROSS_LANGUAGE_AGREEMENT, above the merge threshold; else the
 * model's own (low) figure stands. Same-day reports of two towns never agree.
 */
export function crossLanguageProbability(a: ReportProfile, b: ReportProfile, pair: PairFacts, modelProbability: number): number {
  if (a.lang === b.lang) return modelProbability;
  const place = pair.relation === "same" || pair.relation === "near";
  const typed = (t: IncidentType) => t !== "other" && t !== "territorial claim";
  const types = typed(a.type) && typed(b.type) && (a.type === b.type || a.type === "strike" || b.type === "strike");
  const figures = figureAgreement(a.figures.killed, b.figures.killed) >= 0 && figureAgreement(a.figures.injured, b.figures.injured) >= 0;
  return place && pair.days === 0 && a.dated && b.dated && types && figures ? Math.max(modelProbability, CROSS_LANGUAGE_AGREEMENT) : modelProbability;
}
