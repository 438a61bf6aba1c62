// The digest pipeline, top to bottom: ingest -> extract -> group -> merge -> stable ids -> related.
// The site stage (src/site/) renders the Digest this returns.
import { join } from "node:path";
import type { DateTime } from "luxon";
import type { Article, ArticleFacts, Digest, Incident, IncidentReport } from "./model.js";
import { ingestArticles } from "./ingest/index.js";
import { ExtractionCache } from "./extract/cache.js";
import { extractArticles, extractionCacheVersion, readPlaceCues } from "./extract/stage.js";
import { startReaders } from "./extract/workers.js";
import { PlaceTable } from "./extract/place-table.js";
import { buildPriors, loadPlaceIndex, type PlaceIndex, readEditorPlaces, settleTextPlaces, usePriors, type EditorPlace } from "./places/index.js";
import { spellPlaces } from "./places/search-names.js";
import { unifyTextPlaces } from "./places/same-place.js";
import { cleanText } from "./text/hygiene.js";
import { cutReports } from "./group/reports.js";
import { findFurniture } from "./group/furniture.js";
import { dropFollowUpOnlyGroups } from "./group/follow-ups.js";
import { newsDomain } from "./group/domain.js";
import { type DecisionContext, groupIncidents } from "./decisions/apply.js";
import { type Decisions, readDecisions } from "./decisions/read.js";
import { mergeGroups } from "./merge/index.js";
import { relatedIncident } from "./merge/related.js";
import { withUniquePlaceSlugs } from "./merge/place-slugs.js";
import { assignPlaceSlugs, assignStableIds, incidentUrl, readLock } from "./lock/index.js";

export interface BuildOptions {
  /** The folder holding articles/ and the editor's files. */
  contentDir: string;
  /** The build's clock: articles published after it are rejected. */
  now: DateTime;
  /** The lock file, when not <contentDir>/incidents.lock.json (the build command passes its real path). */
  lockFile?: string;
  /** Where the extraction cache lives (the build command's cache folder); none: every article is read. */
  cacheDir?: string | null;
  /** Warnings (an unreadable cache); console.warn by default. */
  warn?: (line: string) => void;
}

/** The stages up to grouping: what grouping sees (the pair model's fit reads the same). */
export async function readReports({ contentDir, now, cacheDir, warn = console.warn }: BuildOptions) {
  const ingested = ingestArticles(contentDir, now);
  const editorPlaces = cleanEditorPlaces(readEditorPlaces(contentDir));
  const places = loadPlaceIndex(editorPlaces.places);
  const facts = await readFacts(ingested.articles, editorPlaces.places, places, cacheDir ?? null, warn);
  // A village the gazetteer lacks takes, in every article, the most precise place any article gives it.
  settleTextPlaces(facts.map((f) => f.places));
  // One page per place: a text place that is another spelling of a gazetteer place nearby is it.
  unifyTextPlaces(facts.map((f) => f.places), places);
  const furniture = findFurniture(facts);
  const reports = facts.flatMap((f) => cutReports(f, furniture));
  return { ingested, editorPlaces, places, reports };
}

/**
 * Stage 2, extract, over the build: each article's facts, from the extraction cache where an
 * earlier build read the article (src/extract/cache.ts), else read now. The cache is let go once
 * it is saved: only the facts go on to grouping.
 */
async function readFacts(articles: Article[], editorPlaces: EditorPlace[], places: PlaceIndex, cacheDir: string | null, warn: (line: string) => void): Promise<ArticleFacts[]> {
  // Mentions of one place share one object, whether read now or taken from the cache (src/extract/place-table.ts).
  const placeTable = new PlaceTable();
  const cache = cacheDir ? ExtractionCache.open(cacheDir, await extractionCacheVersion(places, editorPlaces), warn, placeTable) : ExtractionCache.none();
  // Each article not in the cache is read by a worker thread (src/extract/workers.ts), twice
  // over passages split once: first its clear place names, from which come the build's priors
  // (the countries it is about, where each outlet reports from); then every fact, under them.
  const readers = startReaders(editorPlaces, places, placeTable);
  let facts: ArticleFacts[];
  try {
    const cues = await readPlaceCues(articles, readers, cache);
    const priors = buildPriors(places, articles.map((article, i) => ({ source: article.source, cues: cues[i]! })));
    usePriors(places, priors);
    facts = await extractArticles(articles, priors, readers, cache);
  } finally {
    await readers.close();
  }
  // Saved before the stages after this one, which change facts in place.
  cache.save();
  return facts;
}

export async function buildDigest(options: BuildOptions): Promise<Digest> {
  const { contentDir, lockFile } = options;
  const { ingested, editorPlaces, places, reports } = await readReports(options);
  const articlesById = new Map<string, Article>(ingested.articles.map((a) => [a.id, a]));
  const lock = readLock(lockFile ?? join(contentDir, "incidents.lock.json"));
  // The editor's decisions.yml: hidden articles, must/cannot-link constraints, fact overrides.
  const decisions = readDecisions(contentDir);

  // Stage 3, group: reports into incidents, the editor's decisions applied inside the clustering.
  const { decided, groups } = findIncidents(reports, decisions.decisions, { articles: articlesById, lock, places });
  // Stage 4, merge: one place, date and figure range per incident; one slug per place (an
  // editor's or a text place never shares a gazetteer place's page).
  const merged = withUniquePlaceSlugs(mergeGroups(groups, articlesById));
  const stable = assignStableIds(merged, lock);

  const incidents: Incident[] = merged.map(({ naturalId: _naturalId, nearGroups, ...incident }, i) => ({
    ...incident,
    id: stable.ids[i]!,
    url: incidentUrl(stable.ids[i]!),
    // "Possibly the same incident as": described by the two merged incidents' dates and places.
    related: nearGroups.map((near) => relatedIncident(incident, { ...merged[near.group]!, id: stable.ids[near.group]! }, near.score)),
  }));
  incidents.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));

  // An article's first incident is the one holding its primary (first) report.
  const incidentsOfArticle = new Map<string, { index: number; incident: string }[]>();
  groups.forEach((group, i) =>
    group.reports.forEach((r) => {
      const list = incidentsOfArticle.get(r.articleId) ?? incidentsOfArticle.set(r.articleId, []).get(r.articleId)!;
      list.push({ index: r.index, incident: stable.ids[i]! });
    }),
  );
  const articles = ingested.articles.map((article) => ({
    id: article.id,
    incidents: [...new Set((incidentsOfArticle.get(article.id) ?? []).sort((a, b) => a.index - b.index).map((x) => x.incident))],
  }));

  // Every spelling of the places the incidents are in, for the search page's alias index.
  const placeSpellings = spellPlaces(incidents, places);
  // A place whose slug changed keeps its old URL, which leads to its page.
  const placeSlugs = assignPlaceSlugs(lock, incidents.map((i) => ({ id: i.id, placeSlug: i.place?.slug ?? null })));

  return {
    incidents,
    articles,
    rejected: [...ingested.rejected, ...editorPlaces.rejected, ...decisions.rejected, ...decided.rejected],
    redirects: stable.redirects,
    withdrawn: stable.withdrawn,
    sourceArticles: ingested.articles,
    ignoredFiles: ingested.ignored,
    updated: ingested.articles.reduce<string | null>((latest, a) => (latest === null || a.publishedDay > latest ? a.publishedDay : latest), null),
    lock: { ...stable.lock, places: placeSlugs.places },
    placeRedirects: placeSlugs.redirects,
    placeSpellings,
  };
}

/** The editor's place names pass the same text hygiene as articles (they are shown and matched alike). */
/**
 * Stage 3: the editor's decisions applied inside the clustering; then the groups that make an
 * incident. A trial or a verdict joins the incident it follows up, never makes one on its own; in
 * war news, neither does a report that names no place.
 */
export function findIncidents(reports: IncidentReport[], decisions: Decisions, context: DecisionContext) {
  const decided = groupIncidents(reports, decisions, context);
  return { decided, groups: dropFollowUpOnlyGroups(decided.groups, newsDomain(reports)) };
}

function cleanEditorPlaces<T extends { places: EditorPlace[] }>(read: T): T {
  return {
    ...read,
    places: read.places.map((place) => ({
      ...place,
      name: cleanText(place.name),
      aliases: place.aliases.map(cleanText).filter((alias) => alias.trim() !== ""),
      admin1: place.admin1 === null ? null : cleanText(place.admin1),
    })),
  };
}
