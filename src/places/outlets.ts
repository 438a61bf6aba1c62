// Where an outlet reports from, learnt from the build's own articles: a local TV station or paper
// names its home towns again and again (nbcdfw.com: Dallas, Fort Worth; wgntv.com: Chicago), so
// its stories' same-named towns and counties ("Arlington", "Montgomery", "Richmond County") are
// read in its home state, and a name that matches only towns far from home is suspect (a
// neighbourhood: "Kensington" in a Philadelphia paper). Outlets with no clear home (wire
// services, national papers, a war-news site covering a whole country) get none.
import type { CollectionPrior } from "./context.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { PlaceLevel } from "./gazetteer/tables.js";
import { type CuedName, shareStep } from "./scan/light.js";

/** An outlet's home: its main region (with the share of its articles set there) and main towns. */
export interface OutletHome {
  admin1: number;
  share: number;
  /** Towns the outlet names in many of its articles (its city and suburbs), most named first. */
  towns: number[];
  /** Share of the outlet's placed articles that name its first town. */
  townShare: number;
  articles: number;
}

export type OutletHomes = Map<string, OutletHome>;

// A region is the outlet's home when at least this many of its articles, and this share of
// those that name a place, could be set there, clearly more than could be set in any other.
const MIN_ARTICLES = 3;
const MIN_SHARE = 0.5;
const MIN_LEAD = 1.5;
// Readings of an ambiguous name within this much plausibility of the best are all possible.
const READING_MARGIN = 2;
// A home town is named (unambiguously) in at least this share of the outlet's placed articles, and in two.
const TOWN_SHARE = 0.15;
const MAX_TOWNS = 3;

/** The outlet key of a source: its host name without "www." ("chicago.suntimes.com"). */
export function outletKey(source: string | null | undefined): string | null {
  if (!source) return null;
  const host = source.toLowerCase().replace(/^[a-z]+:\/\//, "").split("/")[0]!.replace(/^www\./, "");
  return host || null;
}

/**
 * The regions a name could be in: those of its plausible readings (in the collection's
 * countries). "Clarksville", "Franklin" and "Smyrna" each could be in Tennessee; over a Nashville
 * station's articles Tennessee is possible for nearly all of them, any other state for few.
 */
function possibleRegions(name: CuedName, gazetteer: Gazetteer, collection: CollectionPrior | null): { regions: number[]; clear: number } {
  const scored = name.rows.map((row, i) => ({ row, score: name.priors[i]! + 1.2 * (collection?.get(gazetteer.countryRow(row)) ?? 0) }));
  const best = Math.max(...scored.map((s) => s.score));
  const plausible = scored.filter((s) => s.score >= best - READING_MARGIN && gazetteer.level(s.row) !== PlaceLevel.Country);
  const regions = [...new Set(plausible.map((s) => gazetteer.admin1Row(s.row)).filter((r) => r >= 0))];
  const clear = plausible.length === 1 && gazetteer.level(plausible[0]!.row) === PlaceLevel.Populated ? plausible[0]!.row : -1;
  return { regions, clear };
}

/** Homes of the outlets of a collection, from each article's source and cued names (scan.ts's light pass). */
export function outletHomes(readings: { source: string | null | undefined; cued: CuedName[] }[], gazetteer: Gazetteer, collection: CollectionPrior | null): OutletHomes {
  const perOutlet = new Map<string, { placed: number; regions: Map<number, number>; towns: Map<number, number> }>();
  for (const { source, cued } of readings) {
    const key = outletKey(source);
    if (!key || cued.length === 0) continue;
    const regions = new Set<number>();
    const towns = new Set<number>();
    for (const name of cued) {
      const possible = possibleRegions(name, gazetteer, collection);
      for (const region of possible.regions) regions.add(region);
      if (possible.clear >= 0) towns.add(possible.clear);
    }
    if (regions.size === 0) continue;
    const entry = perOutlet.get(key) ?? { placed: 0, regions: new Map(), towns: new Map() };
    perOutlet.set(key, entry);
    entry.placed++;
    for (const region of regions) entry.regions.set(region, (entry.regions.get(region) ?? 0) + 1);
    for (const town of towns) entry.towns.set(town, (entry.towns.get(town) ?? 0) + 1);
  }
  const homes: OutletHomes = new Map();
  for (const [key, entry] of perOutlet) {
    const ranked = [...entry.regions].sort((a, b) => b[1] - a[1]);
    const [admin1, count] = ranked[0]!;
    const second = ranked[1]?.[1] ?? 0;
    if (count < MIN_ARTICLES || count / entry.placed < MIN_SHARE || count < MIN_LEAD * second) continue;
    const towns = [...entry.towns]
      .filter(([, n]) => n >= 2 && n / entry.placed >= TOWN_SHARE)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_TOWNS);
    // Shares in steps, like the collection's (see shareStep): the extraction cache keys an article by its outlet's home.
    homes.set(key, { admin1, share: shareStep(count / entry.placed), towns: towns.map(([row]) => row), townShare: shareStep((towns[0]?.[1] ?? 0) / entry.placed), articles: entry.placed });
  }
  return homes;
}
