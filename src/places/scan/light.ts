// The light pass over every article of a build, before any is read closely: the rows its names
// stand for when one reading clearly wins, and names a locative word or a state vouches for.
// From these come the build's countries (collectionPrior) and its outlets' homes (outlets.ts).
import type { Passage } from "../../model.js";
import { type CollectionPrior, prior } from "../context.js";
import { findSpans, tokenize } from "../spans.js";
import { stateRowAfter } from "./collect.js";
import { PlaceLevel } from "../gazetteer/tables.js";
import { COMPASS_WORD, DIVISION_WORD, rowsOf, type ScanIndex } from "./found.js";
import { mapPacked } from "../../text/packed.js";

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
    }, index.isPlaceAcronym);
    for (const span of spans) {
      const namesDivision = DIVISION_WORD.test(span.key);
      const priors = mapPacked(span.lookup.candidates, (c) => prior(g, c, namesDivision, false));
      const order = mapPacked(priors, (_, i) => i).sort((a, b) => priors[b]! - priors[a]!);
      const best = span.lookup.candidates[order[0]!]!.row;
      const clear = order.length === 1 || priors[order[0]!]! - priors[order[1]!]! > 1.5;
      if (clear) confident.push(best);
      const stateRow = stateRowAfter(text, span.end, index);
      if (stateRow >= 0) {
        const inState = span.lookup.candidates.find((c) => g.within(c.row, stateRow));
        cued.push({ rows: [inState ? inState.row : stateRow], priors: [0] });
      } else if (LIGHT_CUE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) || LIGHT_CUE_AFTER.test(text.slice(span.end, span.end + 20))) {
        cued.push({ rows: rowsOf(span.lookup.candidates), priors });
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
  for (const [country, count] of counts) {
    const share = shareStep(count / Math.max(1, total));
    if (share > 0) result.set(country, share);
  }
  return result;
}

// Cells of the build's map, about 30 km on a side in Ukraine's latitudes.
const CELL_DEGREES = 0.3;
// A build with fewer articles that name a town has no density.
const MIN_LOCATED_ARTICLES = 50;

/**
 * Where a build's news happens, finer than its countries: how many of its articles confidently
 * name a town in each cell of a grid, read with the cells around it. A war digest's reports
 * crowd along the front, so of two villages named Yampil the one in the Donetsk oblast, among
 * the build's other places, is the likelier; of two Kamiankas in one oblast, the one nearer
 * the rest of the news.
 */
export interface DensityGrid {
  /** Articles confidently naming a town in each cell (key: cellKey). */
  cells: Map<number, number>;
  /** The most any cell with its neighbours holds. */
  peak: number;
}

/**
 * The grid of a build's news, as plain data (the build's priors cross to worker threads, which
 * keep no methods): articles confidently naming a town in each cell. Empty for builds of fewer
 * than MIN_LOCATED_ARTICLES such articles.
 */
export function densityGrid(readings: number[][], index: ScanIndex): DensityGrid {
  const g = index.gazetteer;
  const cells = new Map<number, number>();
  let located = 0;
  for (const rows of readings) {
    const own = new Set<number>();
    for (const row of rows) if (g.level(row) === PlaceLevel.Populated) own.add(cellKey(cellOf(g.lat(row)), cellOf(g.lon(row))));
    for (const key of own) cells.set(key, (cells.get(key) ?? 0) + 1);
    if (own.size > 0) located++;
  }
  // A handful of articles shows where they are, not where the build's news is.
  if (located < MIN_LOCATED_ARTICLES) cells.clear();
  const density = new PlaceDensity({ cells, peak: 0 });
  let peak = 0;
  for (const key of cells.keys()) peak = Math.max(peak, density.around(key));
  return { cells, peak };
}

/**
 * Where a build's news happens, finer than its countries: how many of its articles confidently
 * name a town in each cell of a grid, read with the cells around it. A war digest's reports
 * crowd along the front, so of two villages named Yampil the one in the Donetsk oblast, among
 * the build's other places, is the likelier.
 */
export class PlaceDensity {
  /** Each cell's count with its neighbours', computed once per cell asked about. */
  private readonly neighbourhoods = new Map<number, number>();
  /** The cells asked about while `noting` runs, with the step each gave. */
  private noted: Map<number, number> | null = null;

  constructor(private readonly grid: DensityGrid) {}

  /** Articles naming a town in the cell or the eight around it. */
  around(key: number): number {
    let sum = this.neighbourhoods.get(key);
    if (sum === undefined) {
      sum = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) sum += this.grid.cells.get(key + dy * ROW + dx) ?? 0;
      this.neighbourhoods.set(key, sum);
    }
    return sum;
  }

  /** 0 (no news near the point) to 1 (the build's busiest area), on a log scale, in tenths. */
  at(lat: number, lon: number): number {
    const key = cellKey(cellOf(lat), cellOf(lon));
    const step = this.step(key);
    this.noted?.set(key, step);
    return step / DENSITY_STEPS;
  }

  /**
   * Runs `read`, noting each cell it asked about and the step it got, as [cell, step, ...]. The
   * extraction cache keeps an article's facts with these and uses them again while every noted
   * cell gives the same step (agrees): a reading depends on the density through `at` alone, so a
   * few new articles, which move the steps of a few cells, cost only the articles that asked
   * about those cells a new reading.
   */
  noting<T>(read: () => T): { result: T; cells: number[] } {
    const noted = new Map<number, number>();
    this.noted = noted;
    try {
      return { result: read(), cells: [...noted].flat() };
    } finally {
      this.noted = null;
    }
  }

  /** True when every cell noted by `noting` ([cell, step, ...]) gives the same step here. */
  agrees(cells: readonly number[]): boolean {
    for (let i = 0; i < cells.length; i += 2) if (this.step(cells[i]!) !== cells[i + 1]) return false;
    return true;
  }

  private step(key: number): number {
    if (this.grid.peak === 0) return 0;
    return Math.floor((DENSITY_STEPS * Math.log1p(this.around(key))) / Math.log1p(this.grid.peak) + 1e-9);
  }
}

const DENSITY_STEPS = 10;

// Cell keys as numbers: row * ROW + column, both offset to stay positive.
const ROW = 4096;
const cellOf = (degrees: number) => Math.floor(degrees / CELL_DEGREES) + 1024;
const cellKey = (y: number, x: number) => y * ROW + x;

/** Steps of a share the prior keeps: the thresholds readings compare shares with (0.05, 0.2) are whole steps. */
const SHARE_STEPS = 20;

/**
 * A share rounded down to a twentieth. Every article's reading depends on the build's prior, so
 * the extraction cache keys each article by it (src/extract/cache.ts): shares in steps keep that
 * key when a few articles are added (a hundred new articles move a share of 131,000 by less than
 * 0.001), where exact shares would change with every article and re-read the whole corpus. The
 * thresholds the readings compare shares with are whole steps, so they decide as before.
 */
export function shareStep(share: number): number {
  return Math.floor(share * SHARE_STEPS + 1e-9) / SHARE_STEPS;
}
