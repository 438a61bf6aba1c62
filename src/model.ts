// The digest's data model: every stage takes and returns these types, and nothing else.
// Stages: ingest (files -> Article) -> extract (Article -> ArticleFacts) -> group (reports ->
// IncidentGroup) -> merge (IncidentGroup -> Incident) -> site (Digest -> pages and exports).
import type { PassageReading } from "./facts/clauses.js";
import type { Lang } from "./facts/lexicon/index.js";

export type { Lang };

/** One accepted input article. Text is untrusted data: it is never rendered as a template. */
export interface Article {
  /** Sanitised id, unique across the build; safe in URLs and file names. */
  id: string;
  /** Path relative to the content folder, e.g. "articles/wire/a.md". */
  file: string;
  /** 1-based line for JSON Lines articles, else null. */
  line: number | null;
  format: "md" | "txt" | "jsonl";
  /** Headline; for .txt articles the shortened first sentence (`titleDerived`). May be empty. */
  title: string;
  titleDerived: boolean;
  /** Plain body text (Markdown is reduced to text); may be empty for title-only items. */
  text: string;
  /** Outlet name or domain; null for unattributed wire text. */
  source: string | null;
  /** Only http(s) URLs survive ingest. */
  url: string | null;
  /** Publication time as given: "YYYY-MM-DD" or an ISO date-time. */
  published: string;
  /** Publication day (YYYY-MM-DD, in the time zone the article gives, else UTC). */
  publishedDay: string;
  /** The article's language: its stated `lang`, else detected from its text (ingest/language.ts). */
  lang: Lang;
  /** "stated" by the article, or "detected" from its text (also when it stated "uk|ru"). */
  langFrom: "stated" | "detected";
}

/** An input that could not be used, with where and why; never dropped silently. */
export interface Rejection {
  file: string;
  line: number | null;
  reason: string;
}

export interface IngestResult {
  articles: Article[];
  rejected: Rejection[];
  /** Files under articles/ whose extension is not an article format (listed in the build log). */
  ignored: string[];
}

/** A sentence of an article, with its paragraph; index is its position in the article. */
export interface Passage {
  index: number;
  paragraph: number;
  text: string;
  /** True for the headline (passage 0 when the article has a title). */
  isTitle: boolean;
}

export type PlacePrecision = "exact" | "city" | "approximate" | "region" | "country";

/** A place as the digest shows and exports it. */
export interface Place {
  /** Stable key and URL slug, e.g. "luhansk-ua" (src/places/slug.ts). */
  slug: string;
  name: string;
  /** Region (first-level division) name, e.g. "Luhansk"; null when unknown. */
  admin1: string | null;
  /** County or district name where known (US counties, Ukrainian raions). */
  admin2: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country: string | null;
  countryName: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  precision: PlacePrecision;
  /** Other spellings readers may search for (Latin and Cyrillic). */
  aliases: string[];
  /** Spellings of the region ("Lugansk region", "Luhansk oblast"), so region searches find the place. */
  admin1Aliases?: string[];
  /** Where the place came from: the gazetteer, the editor's places.yml, or a cue in the text. */
  origin: "gazetteer" | "editor" | "text";
}

/** A place found in a passage. `role` tells the incident location from places merely named. */
export interface PlaceMention {
  place: Place;
  passage: number;
  /** The words as written in the article. */
  surface: string;
  role: "location" | "mention";
  score: number;
  /**
   * For a mention: whether it could stand for the scene when nothing else does ("Baton Rouge
   * police", a bare name, where the wounded were taken), as opposed to a place that is only
   * named ("Kyiv says", "talks in Istanbul", "25 km southwest of Donetsk").
   */
  fallback?: boolean;
}

export type DatePrecision = "day" | "range" | "week";

export interface EventDate {
  /** First day (YYYY-MM-DD). */
  date: string;
  /** Last day for ranges and weeks; equal to `date` for a single day. */
  end: string;
  precision: DatePrecision;
  /** The words that gave the date ("Friday", "last week"); null when it defaulted to publication. */
  cue: string | null;
  /**
   * The day the news was told or a state reported ("police said Sunday", "remained hospitalized
   * Tuesday"), taken for want of the event's own day: the event was that day or before.
   */
  toldOn?: boolean;
  /** For a date the text states: the strength of the cue that gave it (DateCue.strength); absent means 1. */
  strength?: number;
}

export type FigureKind = "killed" | "injured" | "missing" | "grave";
export type Qualifier = "exact" | "at least" | "over" | "about" | "up to" | "dozens" | "several";

/** One figure as one sentence states it. */
export interface CasualtyClaim {
  kind: FigureKind;
  value: number;
  qualifier: Qualifier;
  /** Who says it, as written ("regional health minister Nataliya Pashchenko"); null if unattributed. */
  attribution: string | null;
  /** The sentence, verbatim. */
  quote: string;
  passage: number;
  /** For revisions: the earlier figure this one replaces ("raising the toll from three"). */
  revisedFrom: number | null;
  /** The figure is stated as a revision ("the death toll rose to five"), with or without `revisedFrom`. */
  revision?: boolean;
  /** The value counts people shot ("five people were shot"), which may include people who died. */
  countsShot?: boolean;
  /** Of those shot, how many the same article says died (set per article by facts/article-claims.ts). */
  diedOfThese?: number;
  /** The claim counts only part of the victims ("a man was shot", "two of them", "no one else"). */
  part?: boolean;
}

export type IncidentType =
  | "missile strike"
  | "drone strike"
  | "airstrike"
  | "shelling"
  | "shooting"
  | "explosion"
  | "armed clash"
  | "territorial claim"
  | "strike"
  | "other";

/** Weapon or means as claimed, and by whom. */
export interface MeansClaim {
  means: string;
  count: number | null;
  attribution: string | null;
  quote: string;
  passage: number;
  /** The language of the quote (its article's), set by the extract stage. */
  lang?: Lang;
}

export interface DamageClaim {
  what: string;
  count: number;
  quote: string;
  passage: number;
  /** The language of the quote (its article's), set by the extract stage. */
  lang?: Lang;
}

/**
 * The part of one article that describes one incident (a round-up yields several).
 * Reports are what the group stage clusters.
 */
export interface IncidentReport {
  /** `<article id>/<n>`: n counts the article's reports from 0 (0 is the primary one). */
  id: string;
  articleId: string;
  /** Passage indices of the article that belong to this report. */
  passages: number[];
  /** The report's own text (its passages joined), used for similarity. */
  text: string;
  place: PlaceMention | null;
  places: PlaceMention[];
  date: EventDate;
  type: IncidentType;
  claims: CasualtyClaim[];
  means: MeansClaim[];
  damage: DamageClaim[];
  /**
   * The report tells of the event only as a court's follow-up (a trial, a plea, a verdict): it
   * may join an incident other reports tell, but a group made only of follow-ups is no incident.
   */
  followUp?: boolean;
}

/** An event date stated in a passage ("Friday", "last week", "on June 5"). */
export interface DateCue {
  passage: number;
  date: EventDate;
  /**
   * How surely the date is the incident's (facts/dates.ts): 3 tied to the event's words ("Saturday's
   * shooting", "shot ... Friday night"), 2 a time of day with an event in the sentence, 1 a bare day,
   * 0 a day someone died of earlier wounds, -1 the day of the telling ("police said Sunday").
   * Absent means 1.
   */
  strength?: number;
}

/** A passage's evidence for an incident type ("missile attack", "shelling", "liberated"). */
export interface TypeCue {
  passage: number;
  type: IncidentType;
  /** The words that gave it. */
  cue: string;
}

/** Everything extract finds in one article, passage by passage; group cuts it into reports. */
export interface ArticleFacts {
  article: Article;
  passages: Passage[];
  places: PlaceMention[];
  dates: DateCue[];
  claims: CasualtyClaim[];
  means: MeansClaim[];
  damage: DamageClaim[];
  typeCues: TypeCue[];
  /**
   * What each passage tells, by passage index (facts/clauses.ts): an event, talk about one, or a
   * tally. Read with the other facts (on the extraction workers, and cached with them).
   */
  readings: PassageReading[];
}

/** Why a report sits in its incident (shown under "why these sources"). */
export interface GroupingReason {
  report: string;
  /** The report it was linked to, or null for the first report of the incident. */
  linkedTo: string | null;
  score: number;
  daysApart: number | null;
  distanceKm: number | null;
  sharedTerms: string[];
  /** Set when an editor's decisions.yml put it there. */
  editor: boolean;
  note: string;
  /** The pair-model features that raised the link's score most, with their part in its log-odds (group/explain.ts). */
  decidedBy: { feature: string; part: number }[];
}

export interface NearMiss {
  /** Index of the other group in the grouping result, resolved to an incident id after merge. */
  otherGroup: number;
  score: number;
}

export interface IncidentGroup {
  reports: IncidentReport[];
  reasons: GroupingReason[];
  nearMisses: NearMiss[];
  /** Overrides and notes from decisions.yml for this group. */
  editorOverrides: EditorOverrides;
}

export interface EditorOverrides {
  type?: IncidentType;
  date?: string;
  place?: string;
  /** The place `place` names, resolved by decisions/ (merge uses it as the incident's place). */
  placeDetail?: Place;
  killed?: number;
  injured?: number;
  notes: string[];
}

/** A claim as exported: the extracted claim plus its source. */
export interface SourcedClaim {
  value: number;
  qualifier: string | null;
  article: string;
  source: string;
  quote: string;
  /** The language the quote is in (its article's). */
  lang: Lang;
  attribution: string | null;
  published: string;
  superseded: boolean;
  revisedFrom: number | null;
  /** Whether the claim counts toward low / best / high (false: superseded, a copy, or part of its source's own total). */
  counted?: boolean;
  /** Why a claim does not count, in words for the page ("a copy of ...", "part of the same report's 4"). */
  note?: string | null;
}

export interface FigureTimelineEntry {
  published: string;
  article: string;
  source: string;
  value: number;
  qualifier: string | null;
  /** "the earlier figure this report revised", "superseded by a later report"; null for a report's own figure. */
  note?: string | null;
}

/** A merged figure: low <= best <= high, with every claim behind it. */
export interface Figure {
  low: number;
  best: number;
  high: number;
  claims: SourcedClaim[];
  timeline: FigureTimelineEntry[];
  /** True when current exact claims disagree. */
  conflict: boolean;
  /** The rule that chose best, in words, for the page. */
  rule: string;
  /** Null when best is an exact count; else the qualifier of the bound it comes from ("over" for "over 40"). */
  qualifier?: string | null;
}

export interface SourceRef {
  article: string;
  title: string;
  source: string;
  published: string;
  url: string | null;
  /** Articles whose text is a copy of this one (syndication): one source for the figures. */
  copies: string[];
  /** The article's language: its title is marked with it on the page. */
  lang: Lang;
}

export interface Incident {
  id: string;
  url: string;
  title: string;
  date: string;
  dateEnd: string;
  datePrecision: DatePrecision;
  type: IncidentType;
  place: Place | null;
  killed: Figure | null;
  injured: Figure | null;
  missing: Figure | null;
  grave: Figure | null;
  means: MeansClaim[];
  damage: DamageClaim[];
  /** Article ids, primary reports first, in publication order. */
  articles: string[];
  sources: SourceRef[];
  reasons: GroupingReason[];
  /** Incidents that may be the same one ("possibly the same incident as ..."), with the incidents' own day gap and places. */
  related: RelatedIncident[];
  editorNotes: string[];
  summary: string;
  /** The language of the summary (its article's). */
  summaryLang: Lang;
}

/** Another incident that may be the same one, as the two incidents' merged dates and places tell. */
export interface RelatedIncident {
  id: string;
  /** The pair model's probability for the closest pair of their reports. */
  score: number;
  /** Days between the two incidents' dates (0 when their date ranges overlap). */
  daysApart: number;
  /** Kilometres between their places; null when either lacks a point place. */
  distanceKm: number | null;
  /** "2 days apart; Kramatorsk and Sloviansk, 12 km apart". */
  note: string;
}

export interface Redirect {
  from: string;
  to: string;
}

export interface WithdrawnIncident {
  id: string;
  url: string;
  articles: string[];
}

/**
 * Every spelling of the places, regions and countries that have incidents (folded: lower case,
 * no diacritics): the search page files them in its alias index. From places/search-names.ts.
 */
export interface PlaceSpellings {
  /** Place slug -> spellings. */
  places: Record<string, string[]>;
  /** Region key, as in /regions/<key>/ ("ua-kharkiv") -> spellings of the first-level division. */
  regions: Record<string, string[]>;
  /** Country code in lower case ("ua") -> spellings of the country. */
  countries: Record<string, string[]>;
}

/** The whole build's result: what the site renders and the export writes. */
export interface Digest {
  incidents: Incident[];
  articles: { id: string; incidents: string[] }[];
  rejected: Rejection[];
  redirects: Redirect[];
  withdrawn: WithdrawnIncident[];
  /** Accepted articles, for source lists and the log. */
  sourceArticles: Article[];
  ignoredFiles: string[];
  /** Latest publication day among accepted articles: the site's "updated" date (never the clock). */
  updated: string | null;
  /** The new lock to write back to <content>/incidents.lock.json. */
  lock: IncidentLock;
  /** Place slugs that moved (lock file's `places`): their old pages redirect. */
  placeRedirects?: PlaceRedirect[];
  /** Spellings for the search page; absent in hand-made digests (the places' own aliases are used). */
  placeSpellings?: PlaceSpellings;
}

/** <content>/incidents.lock.json: incident ids and their articles, carried between builds. */
export interface IncidentLock {
  version: 1;
  incidents: Record<string, string[]>;
  /** Ids retired by merges, kept so their redirect pages survive later builds. */
  redirects: Record<string, string>;
  /** Ids whose articles were all removed. */
  withdrawn: Record<string, string[]>;
  /**
   * Place slugs (optional): a page's slug and the incidents it lists, or a retired slug and the
   * slug its URL now leads to (a gazetteer renamed the place, or a misspelt place became the real
   * one). From lock/places.ts.
   */
  places?: Record<string, string[] | string>;
}

/** A place slug whose page moved to another slug's page. */
export interface PlaceRedirect {
  from: string;
  to: string;
}
