// Candidate pairs for grouping, never all pairs: two reports are compared only when they share a
// block key and their event days are close. Keys: the same place, or the same region and near
// (within a week); one of their heaviest words (a few days); a rare word such as a victim's or a
// street's name (long window: trials and follow-ups arrive months later); and, for two reports
// that name no town, their day (a headline without a town shares few words with another outlet's).
import { NEAR_KM, type Profiles } from "./features.js";
import { isAreaPlace, placesCompatible } from "./geo.js";
import { topTerms } from "./text.js";

export interface BlockingOptions {
  /** Days between event dates for place and region keys. */
  placeWindowDays: number;
  /** Days for common-word keys ("chicago", "shooting" are shared by many unrelated reports). */
  shortWindowDays: number;
  /** Days within which two reports that name no town are compared whatever their words. */
  unplacedWindowDays: number;
  /** Days for rare-word keys. */
  longWindowDays: number;
  /** Heaviest words per report used as keys. */
  keyTerms: number;
  /** A word is "rare" (long window) when at most this many reports use it. */
  rareDocuments: number;
  /** Words in more than this share of reports are never keys. */
  commonShare: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = {
  placeWindowDays: 7,
  shortWindowDays: 3,
  unplacedWindowDays: 0,
  longWindowDays: 3650,
  keyTerms: 10,
  rareDocuments: 25,
  commonShare: 0.03,
};

/** One block a report is filed under. */
export interface BlockKey {
  /** Reports with the same key share the block ("place kremenchuk-ua", "word mall"). */
  key: string;
  /** Days between two reports' events within which the block pairs them. */
  windowDays: number;
  kind: "place" | "region" | "word" | "rare word" | "day";
}

/** The blocks a report is filed under. */
export function blockKeys({ profiles, documentFrequency, vocabulary }: Profiles, i: number, options: BlockingOptions = DEFAULT_BLOCKING): BlockKey[] {
  const profile = profiles[i]!;
  const commonLimit = Math.max(options.rareDocuments, Math.floor(options.commonShare * profiles.length));
  const keys: BlockKey[] = [];
  // A country or region as a report's place says little: thousands of reports share "Ukraine".
  if (profile.place && !isAreaPlace(profile.place)) {
    keys.push({ key: `place ${profile.place.slug}`, windowDays: options.placeWindowDays, kind: "place" });
    if (profile.region) keys.push({ key: `region ${profile.region}`, windowDays: options.placeWindowDays, kind: "region" });
  }
  // A word no other report uses cannot pair anything, however heavy it is.
  const usable = (term: number) => documentFrequency[term]! >= 2 && documentFrequency[term]! <= commonLimit;
  for (const term of topTerms(profile.text, options.keyTerms, usable)) {
    const rare = documentFrequency[term]! <= options.rareDocuments;
    keys.push({ key: `word ${vocabulary[term]}`, windowDays: rare ? options.longWindowDays : options.shortWindowDays, kind: rare ? "rare word" : "word" });
  }
  if (profile.scenes.length === 0) keys.push({ key: "day (no town named)", windowDays: options.unplacedWindowDays, kind: "day" });
  return keys;
}

/**
 * Does a block pair reports a and b? Same key, events within its window, and for a region two
 * towns near each other (two towns of a state 200 km apart are not a block); the day block pairs
 * two reports that name no town.
 */
function blockPairs(profiled: Profiles, key: BlockKey, a: number, b: number): boolean {
  const [x, y] = [profiled.profiles[a]!, profiled.profiles[b]!];
  if (Math.abs(x.first - y.first) > key.windowDays) return false;
  if (key.kind === "region") return placesCompatible(x.place!, y.place!, NEAR_KM);
  return true;
}

/** The blocks that make two reports a candidate pair (none: they are never compared). */
export function sharedBlocks(profiled: Profiles, a: number, b: number, options: BlockingOptions = DEFAULT_BLOCKING): BlockKey[] {
  const other = blockKeys(profiled, b, options);
  const mine = blockKeys(profiled, a, options);
  return mine.filter((k) => other.some((o) => o.key === k.key) && blockPairs(profiled, k, a, b));
}

/** Pairs [i, j] with i < j, sorted, each once. */
export function candidatePairs(profiled: Profiles, options: BlockingOptions = DEFAULT_BLOCKING): [number, number][] {
  const { profiles } = profiled;
  const n = profiles.length;
  const lists = new Map<string, { key: BlockKey; items: number[] }>();
  const dayKeys: BlockKey[] = [];
  const dayOrder: number[] = [];
  // Reports in event-day order, so each posting list is sorted by day.
  const order = [...profiles.keys()].sort((a, b) => profiles[a]!.first - profiles[b]!.first || a - b);
  for (const i of order) {
    for (const key of blockKeys(profiled, i, options)) {
      if (key.kind === "day") {
        dayKeys.push(key);
        dayOrder.push(i);
        continue;
      }
      const list = lists.get(key.key) ?? lists.set(key.key, { key, items: [] }).get(key.key)!;
      list.items.push(i);
    }
  }
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const sweep = (list: number[], key: BlockKey, accept: (i: number, j: number) => boolean) => {
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      const day = profiles[i]!.first;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        if (profiles[j]!.first - day > key.windowDays) break;
        if (!accept(i, j)) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const id = a * n + b;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([a, b]);
      }
    }
  };
  for (const { key, items } of lists.values()) sweep(items, key, (i, j) => key.kind !== "region" || blockPairs(profiled, key, i, j));
  // Two reports that name no town are compared when they tell of one day: with a town, the place
  // blocks pair them (a placeless report of a busy day compared with every town's reports joined
  // look-alikes: a nuclear plant's shelling and a town's, on the RUWA build).
  if (dayKeys.length) sweep(dayOrder, dayKeys[0]!, () => true);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
