// Candidate pairs for grouping, never all pairs: two reports are compared only when they share a
// block key and their event days are close. Keys: the same place, or the same region and near
// (within a week); one of their heaviest words (a few days); or a rare word such as a victim's or
// a street's name (long window: trials and follow-ups arrive months later).
import { NEAR_KM, type Profiles } from "./features.js";
import { isAreaPlace, placesCompatible } from "./geo.js";
import { topTerms } from "./text.js";

export interface BlockingOptions {
  /** Days between event dates for place and region keys. */
  placeWindowDays: number;
  /** Days for common-word keys ("chicago", "shooting" are shared by many unrelated reports). */
  shortWindowDays: number;
  /** Days within which a report that names no town is compared with every other report. */
  unplacedWindowDays: number;
  /** Days for rare-word keys. */
  longWindowDays: number;
  /** Heaviest words per report used as keys. */
  keyTerms: 10,
  /** A word is "rare" (long window) when at most this many reports use it. */
  rareDocuments: number;
  /** Words in more than this share of reports are never keys. */
  commonShare: 0.03,
}

export const DEFAULT_BLOCKING: BlockingOptions = {
  placeWindowDays: 7,
  shortWindowDays: 3,
  unplacedWindowDays: 1,
  longWindowDays: 3650,
  keyTerms: 10,
  rareDocuments: 25,
  commonShare: 0.03,
};

/** Pairs [i, j] with i < j, sorted, each once. */
export function candidatePairs({ profiles, documentFrequency }: Profiles, options: BlockingOptions = DEFAULT_BLOCKING): [number, number][] {
  const n = profiles.length;
  const commonLimit = Math.max(options.rareDocuments, Math.floor(options.commonShare * n));
  const placeKeys = new Map<string, number[]>();
  const regionKeys = new Map<string, number[]>();
  const shortKeys = new Map<number, number[]>();
  const longKeys = new Map<number, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, i: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(i);
  // Reports in event-day order, so each posting list is sorted by day.
  const order = [...profiles.keys()].sort((a, b) => profiles[a]!.first - profiles[b]!.first || a - b);
  for (const i of order) {
    const profile = profiles[i]!;
    // A country or region as a report's place says little: thousands of reports share "Ukraine".
    if (profile.place && !isAreaPlace(profile.place)) {
      add(placeKeys, profile.place.slug, i);
      if (profile.region) add(regionKeys, profile.region, i);
    }
    // A word no other report uses cannot pair anything, however heavy it is.
    const usable = (term: number) => documentFrequency[term]! >= 2 && documentFrequency[term]! <= commonLimit;
    for (const term of topTerms(profile.text, options.keyTerms, usable)) {
      if (documentFrequency[term]! <= options.rareDocuments) add(longKeys, term, i);
      else add(shortKeys, term, i);
    }
  }
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const sweep = (list: number[], window: number, accept: (i: number, j: number) => boolean = () => true) => {
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      const day = profiles[i]!.first;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        if (profiles[j]!.first - day > window) break;
        if (!accept(i, j)) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  };
  for (const list of placeKeys.values()) sweep(list, options.placeWindowDays);
  // Same region counts only when near: two towns of a state 200 km apart are not a block.
  const near = (i: number, j: number) => placesCompatible(profiles[i]!.place!, profiles[j]!.place!, NEAR_KM);
  for (const list of regionKeys.values()) sweep(list, options.placeWindowDays, near);
  for (const list of shortKeys.values()) sweep(list, options.shortWindowDays);
  for (const list of longKeys.values()) sweep(list, options.longWindowDays);
  // A headline that names no town ("Six Ukrainian soldiers killed in east") shares few words with
  // another outlet's headline of the same ambush: within a day, it is compared with every report.
  const unplaced = (i: number) => profiles[i]!.scenes.length === 0;
  sweep(order, options.unplacedWindowDays, (i, j) => unplaced(i) || unplaced(j));
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
