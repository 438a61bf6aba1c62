// Local outlets often carry their city or state in their web address: nbcphiladelphia.com,
// chicago.suntimes.com, sanfrancisco.cbslocal.com, arkansasonline.com. Such a place says where
// an article's ambiguous names probably are ("Chester" near Philadelphia, not in England).
import { prior } from "./context.js";
import { PlaceLevel } from "./gazetteer/tables.js";
import type { ScanIndex } from "./scan/found.js";

const MIN_LETTERS = 5;
// Only places big enough to name an outlet after: a city of 50,000 or a region.
const MIN_POPULATION = 50_000;
// A country at least this share of the build's articles are about.
const MIN_COLLECTION_SHARE = 0.1;

const memo = new WeakMap<ScanIndex, Map<string, number[]>>();

function labelsOf(source: string): string[] {
  const host = source.toLowerCase().replace(/^[a-z]+:\/\//, "").split("/")[0]!;
  const labels = host.split(".").filter((l) => l !== "www");
  return labels.slice(0, -1).map((l) => l.replace(/[^a-z]/g, ""));
}

function bestRow(key: string, index: ScanIndex, wholeLabel: boolean): number {
  const found = index.lookup(key);
  if (!found || found.candidates.length === 0 || (found.commonWord && !wholeLabel)) return -1;
  const g = index.gazetteer;
  let best = -1;
  let bestScore = -Infinity;
  for (const candidate of found.candidates) {
    const level = g.level(candidate.row);
    if (level === PlaceLevel.Populated ? g.population(candidate.row) < MIN_POPULATION : level !== PlaceLevel.Region) continue;
    // Letters inside an address spell foreign cities by accident ("cumberlink" holds "berlin",
    // "savannahnow" an Indian town): only the countries the build is about count.
    if (index.collection && (index.collection.get(g.countryRow(candidate.row)) ?? 0) < MIN_COLLECTION_SHARE) continue;
    const score = prior(g, candidate, false, false) + 1.2 * (index.collection?.get(g.countryRow(candidate.row)) ?? 0);
    if (score > bestScore) [best, bestScore] = [candidate.row, score];
  }
  return best;
}

/** Gazetteer rows named in an outlet's web address, longest names first, without overlaps. */
export function domainPlaces(source: string | null | undefined, index: ScanIndex): number[] {
  if (!source) return [];
  let cache = memo.get(index);
  if (!cache) memo.set(index, (cache = new Map()));
  const cached = cache.get(source);
  if (cached) return cached;
  const rows: number[] = [];
  for (const label of labelsOf(source)) {
    let start = 0;
    while (start + MIN_LETTERS <= label.length) {
      let matched = 0;
      for (let end = label.length; end - start >= MIN_LETTERS && matched === 0; end--) {
        const word = label.slice(start, end);
        const whole = start === 0 && end === label.length;
        // "sanfrancisco" is "san francisco": try the one space a two-word name needs.
        const keys = [word];
        for (let k = 2; k <= word.length - 3; k++) keys.push(`${word.slice(0, k)} ${word.slice(k)}`);
        for (const key of keys) {
          const row = bestRow(key, index, whole);
          if (row >= 0) {
            rows.push(row);
            matched = end - start;
            break;
          }
        }
      }
      start += matched || 1;
    }
  }
  cache.set(source, rows);
  return rows;
}
