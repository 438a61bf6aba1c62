// Places: the gazetteer (GeoNames cities500 with alternate names, divisions and countries, in a
// compact index cached on disk), the editor's places.yml on top of it, and finding places in
// an article's sentences with their role (incident location or mere mention).
import { rememberAnswers } from "../text/memo.js";
import { withCaseForms } from "./cyrillic-lookup.js";
import { toPassages } from "../extract/passages.js";
import type { Article, Passage, Place, PlaceMention } from "../model.js";
import { type EditorPlace, EditorOverlay } from "./editor.js";
import { foldName } from "./fold.js";
import { loadCachedTables } from "./gazetteer/cache.js";
import { Gazetteer, type Lookup } from "./gazetteer/gazetteer.js";
import { readAdmin1 } from "./gazetteer/sources.js";
import { PlaceLevel } from "./gazetteer/tables.js";
import { outletHomes, type OutletHomes } from "./outlets.js";
import { SUPPLEMENT } from "./supplement.js";
import type { ScanIndex } from "./scan/found.js";
import { misspeltTownLookup } from "./misspellings.js";
import { collectionPrior, type DensityGrid, densityGrid, lightReadings, type LightReadings, PlaceDensity } from "./scan/light.js";
import type { CollectionPrior } from "./context.js";
import { scanMentions } from "./scan/mentions.js";
import type { ArticleContext } from "./scan/resolve.js";

export { foldName } from "./fold.js";
export { settleTextPlaces } from "./settle.js";
export { type EditorPlace, readEditorPlaces } from "./editor.js";
export type { ArticleContext } from "./scan/resolve.js";
export type { LightReadings } from "./scan/light.js";

export interface PlaceIndex extends ScanIndex {
  /** Where the cached gazetteer was read from, and whether this call built it. */
  cacheFile: string;
  builtCache: boolean;
}

let sharedGazetteer: { gazetteer: Gazetteer; file: string; built: boolean } | null = null;

/** The gazetteer is read once per process; editor places are layered per build. */
function baseGazetteer(): { gazetteer: Gazetteer; file: string; built: boolean } {
  if (!sharedGazetteer) {
    const { tables, file, built } = loadCachedTables();
    sharedGazetteer = { gazetteer: new Gazetteer(tables), file, built };
  }
  return sharedGazetteer;
}

// A name shared by more places than this says too little to re-read.
const MAX_NAMESAKES = 40;

/**
 * Other gazetteer places of a gazetteer place's name in its country ("Elmo, Missouri" for
 * "Elmo, Texas"): the readings an incident's other places may speak for. None for text places.
 */
export function namesakesOf(place: Place): Place[] {
  if (place.origin !== "gazetteer" || place.country === null) return [];
  const { gazetteer } = baseGazetteer();
  const found = gazetteer.lookup(foldName(place.name));
  if (!found || found.commonWord) return [];
  const rows = found.candidates.map((c) => c.row).filter((row) => row < gazetteer.tables.placeCount && gazetteer.country(row) === place.country && gazetteer.level(row) !== PlaceLevel.Country);
  if (rows.length > MAX_NAMESAKES) return [];
  return rows.map((row) => gazetteer.toPlace(row)).filter((p) => p.slug !== place.slug);
}

function usStateRows(gazetteer: Gazetteer): Map<string, number> {
  const rows = new Map<string, number>();
  for (const { code, name } of readAdmin1()) {
    if (!code.startsWith("US.")) continue;
    const found = gazetteer.lookup(foldName(name));
    const row = found?.candidates.find((c) => gazetteer.level(c.row) === PlaceLevel.Region && gazetteer.country(c.row) === "US")?.row;
    if (row !== undefined) rows.set(code.slice(3), row);
  }
  return rows;
}

/** Keys remembered by one place index before it starts afresh (a build meets far fewer). */
const REMEMBERED_KEYS = 500_000;

/**
 * A lookup that answers each key once: scanning asks for the same keys over and over ("Ukraine",
 * "The", "Kyiv"), and a key's answer (hashing, loose spellings, case forms) never changes for an
 * index. Answers are shared between callers, who never change them.
 */
function remembered(lookup: (key: string) => Lookup | null): (key: string) => Lookup | null {
  return rememberAnswers(lookup, REMEMBERED_KEYS);
}

/** A place adjective ("Кременчуцький") names a town of at least this many people (small ones rarely have one in the news). */
const ADJECTIVE_TOWN_POPULATION = 5000;


/**
 * The country whose settlements a Cyrillic word may find by its romanisation (cyrillic-lookup.ts):
 * GeoNames files Ukraine's villages under their Ukrainian name and Latin spellings only.
 */
const ROMANISED_COUNTRY = "UA";

export function loadPlaceIndex(editorPlaces: EditorPlace[] = []): PlaceIndex {
  const base = baseGazetteer();
  const gazetteer = base.gazetteer.withExtras();
  // The supplement first: an editor's place of the same name then stands beside it.
  const overlay = new EditorOverlay(gazetteer, [...SUPPLEMENT, ...editorPlaces]);
  const states = usStateRows(gazetteer);
  const misspelt = misspeltTownLookup(gazetteer);
  return {
    gazetteer,
    cacheFile: base.file,
    builtCache: base.built,
    // Cyrillic names in any grammatical case ("у Луганську", "Донецької області").
    lookup: remembered(
      withCaseForms((key: string): Lookup | null => overlay.lookup(key) ?? misspelt(key), {
        isTown: (row) => gazetteer.level(row) === PlaceLevel.Populated && gazetteer.population(row) >= ADJECTIVE_TOWN_POPULATION,
        isRomanisable: (row) => gazetteer.level(row) === PlaceLevel.Populated && gazetteer.country(row) === ROMANISED_COUNTRY,
      }),
    ),
    isPlaceAcronym: (key: string) => overlay.acronyms.has(key) || gazetteer.isAcronym(key),
    usStateRow: (code: string) => states.get(code) ?? -1,
    collection: null,
    outlets: null,
    density: null,
  };
}

/** What the build as a whole says about places: the countries it is about, its outlets' homes, where its news happens. */
export interface BuildPriors {
  collection: CollectionPrior;
  outlets: OutletHomes;
  /** Where the build's news happens (plain data: priors cross to worker threads). */
  density: DensityGrid;
}

/**
 * The light pass over one article's passages (see scan/light.ts): the first of its two reads,
 * whose results over all articles give the build's priors.
 */
export function readPlaceCues(passages: Passage[], index: PlaceIndex): LightReadings {
  return lightReadings(passages, index);
}

/**
 * Which countries the build's articles are about and where each outlet reports from, from every
 * article's light pass, so that an article that does not say which Odessa, St. Louis or Arlington
 * it means is read like its neighbours and its outlet's other stories. `source` is the article's
 * outlet (undefined for bare passages: outlets are learnt only from articles).
 */
export function buildPriors(index: PlaceIndex, readings: { source: string | null | undefined; cues: LightReadings }[]): BuildPriors {
  const collection = collectionPrior(readings.map((r) => r.cues.confident), index);
  const outlets = outletHomes(
    readings.filter((r) => r.source !== undefined).map((r) => ({ source: r.source, cued: r.cues.cued })),
    index.gazetteer,
    collection,
  );
  return { collection, outlets, density: densityGrid(readings.map((r) => r.cues.confident), index) };
}

/** Sets the build's priors on a place index, before findPlaceMentions reads articles closely. */
export function usePriors(index: PlaceIndex, priors: BuildPriors): void {
  index.collection = priors.collection;
  index.outlets = priors.outlets;
  index.density = new PlaceDensity(priors.density);
}

/**
 * Both steps at once for callers that read articles one by one (the place evaluation, tests):
 * the light pass over all of them, then the priors set on the index. Call once per build,
 * before findPlaceMentions.
 */
export function primePlaceIndex(index: PlaceIndex, articles: Article[] | Passage[][]): void {
  const readings = articles.map((a) => ({ source: Array.isArray(a) ? undefined : a.source, cues: readPlaceCues(Array.isArray(a) ? a : toPassages(a), index) }));
  usePriors(index, buildPriors(index, readings));
}

/**
 * Places named in an article's passages, in text order, each marked as incident location or
 * mention. `context.source` (the outlet's domain) helps place local news.
 */
export function findPlaceMentions(passages: Passage[], index: PlaceIndex, context: ArticleContext = {}): PlaceMention[] {
  return scanMentions(passages, index, context);
}
