// Turns a query into the place it names, on the alias index the build writes (see
// src/site/place-search.ts for its shape). Runs in the browser (the search page) and in Node
// (tests), with whatever fetches a shard handed in.
//
//   const places = new PlaceResolver(manifest, (path) => fetch(path).then((r) => r.json()));
//   await places.resolve("Kharkiv school")
//     -> { group: [Kharkiv the city, Kharkiv region], matched: "Kharkiv", via: "name", words: "school" }
//   await places.suggest("Sever")  -> [Sievierodonetsk, ...] (places whose spellings start so)
import { editDistance, queryTokens, searchKey, shardOf, variantKey } from "./keys.js";

/**
 * @typedef {{ key: string, name: string, line: string, kind: "settlement" | "area" | "region" | "country", count: number, url: string }} Target
 * @typedef {{ targets: Record<string, [string, string, Target["kind"], number, string]>, groups: string[][], keys: Record<string, number>, variants: Record<string, number[]> }} Shard
 * @typedef {{ folder: string, shards: string[], stopWords: string[] }} Manifest
 * @typedef {{ group: Target[] | null, matched: string, via: "name" | "variant" | null, words: string, suggestions: Target[] }} Resolution
 */

// Longest run of words tried as one place name ("Kamianets Podilskyi raion").
const MAX_NAME_WORDS = 5;
const SUGGESTIONS = 8;

export class PlaceResolver {
  /**
   * @param {Manifest} manifest
   * @param {(path: string) => Promise<Shard | null>} fetchShard
   */
  constructor(manifest, fetchShard) {
    this.manifest = manifest;
    this.fetchShard = fetchShard;
    /** @type {Map<string, Promise<Shard | null>>} */
    this.shards = new Map();
    this.stopWords = new Set(manifest.stopWords);
    this.shardNames = new Set(manifest.shards);
  }

  /** @param {string} key @returns {Promise<Shard | null>} */
  shardFor(key) {
    const name = shardOf(key);
    if (!name || !this.shardNames.has(name)) return Promise.resolve(null);
    const path = `${this.manifest.folder}${name}.json`;
    let shard = this.shards.get(name);
    if (!shard) {
      // A shard that did not arrive (a dropped connection, a busy server) is asked for once more,
      // and a failure is not kept: the next query asks again instead of searching the text.
      const fetchOnce = () => this.fetchShard(path).catch(() => null);
      shard = fetchOnce().then((first) => first ?? fetchOnce());
      shard.then((loaded) => {
        if (!loaded) this.shards.delete(name);
      });
      this.shards.set(name, shard);
    }
    return shard;
  }

  /** @param {Shard} shard @param {number} group @returns {Target[]} */
  targetsOf(shard, group) {
    return shard.groups[group].map((key) => {
      const [name, line, kind, count, url] = shard.targets[key];
      return { key, name, line, kind, count, url };
    });
  }

  /**
   * The place a query names, and the words left for the text search. Tries the longest runs of
   * words first, each as a spelling, then as a variant spelling; with no place found, offers the
   * places whose spellings are one or two letters away.
   * @param {string} text
   * @returns {Promise<Resolution>}
   */
  async resolve(text) {
    const tokens = queryTokens(text);
    const none = { group: null, matched: "", via: null, words: text.trim(), suggestions: [] };
    if (!tokens.length) return none;
    const spans = [];
    for (let length = Math.min(MAX_NAME_WORDS, tokens.length); length >= 1; length--) {
      for (let start = 0; start + length <= tokens.length; start++) {
        const words = tokens.slice(start, start + length);
        if (words.every((t) => this.stopWords.has(t.key))) continue;
        spans.push({ start, length, key: words.map((t) => t.key).join(" ") });
      }
    }
    const shards = new Map(await Promise.all(spans.map(async (span) => [span.key, await this.shardFor(span.key)])));
    const leftWords = (span) =>
      tokens
        .filter((t, i) => (i < span.start || i >= span.start + span.length) && !this.stopWords.has(t.key))
        .map((t) => t.typed)
        .join(" ");
    const matchedText = (span) =>
      tokens
        .slice(span.start, span.start + span.length)
        .map((t) => t.typed)
        .join(" ");
    const ambiguous = [];
    for (let length = spans[0]?.length ?? 0; length >= 1; length--) {
      for (const span of spans.filter((s) => s.length === length)) {
        const shard = shards.get(span.key);
        if (!shard) continue;
        const group = shard.keys[span.key];
        if (group !== undefined) return { group: this.targetsOf(shard, group), matched: matchedText(span), via: "name", words: leftWords(span), suggestions: [] };
      }
      for (const span of spans.filter((s) => s.length === length)) {
        const shard = shards.get(span.key);
        const groups = shard?.variants[variantKey(span.key)];
        if (!groups) continue;
        if (groups.length === 1) return { group: this.targetsOf(shard, groups[0]), matched: matchedText(span), via: "variant", words: leftWords(span), suggestions: [] };
        ambiguous.push(...groups.map((g) => this.targetsOf(shard, g)[0]));
      }
    }
    const nearby = ambiguous.length ? ambiguous : await this.nearSpellings(tokens.map((t) => t.key).join(" "));
    return { ...none, suggestions: distinct(nearby).slice(0, SUGGESTIONS) };
  }

  /**
   * Places whose spellings are a letter or two from the query ("Kharkof" -> Kharkiv), closest
   * first, then by their incidents.
   * @param {string} key
   * @returns {Promise<Target[]>}
   */
  async nearSpellings(key) {
    const variant = variantKey(key);
    if (variant.length < 4) return [];
    const shard = await this.shardFor(key);
    if (!shard) return [];
    const limit = variant.length >= 9 ? 2 : 1;
    const found = [];
    for (const [other, groups] of Object.entries(shard.variants)) {
      const distance = editDistance(variant, other, limit);
      if (distance <= limit) for (const g of groups) found.push({ distance, target: this.targetsOf(shard, g)[0] });
    }
    return found.sort((a, b) => a.distance - b.distance || b.target.count - a.target.count).map((f) => f.target);
  }

  /**
   * Places whose spellings start with what was typed (a leading preposition or stop word aside),
   * exact spellings first, then by their incidents; for the suggestions under the search box.
   * @param {string} text
   * @returns {Promise<Target[]>}
   */
  async suggest(text) {
    const tokens = queryTokens(text);
    while (tokens.length > 1 && this.stopWords.has(tokens[0].key)) tokens.shift();
    const key = tokens.map((t) => t.key).join(" ");
    if (key.length < 2) return [];
    const shard = await this.shardFor(key);
    if (!shard) return [];
    const variant = variantKey(key);
    // Groups by how well they match (the spelling itself, a longer spelling, a variant), then by
    // their largest count; within a group its own order (the town before the region).
    const matches = new Map();
    const consider = (group, rank) => {
      if (!matches.has(group) || matches.get(group) > rank) matches.set(group, rank);
    };
    for (const [spelling, group] of Object.entries(shard.keys)) {
      if (spelling === key) consider(group, 0);
      else if (spelling.startsWith(key)) consider(group, 1);
    }
    if (variant.length >= 3) for (const [other, groups] of Object.entries(shard.variants)) if (other.startsWith(variant)) for (const g of groups) consider(g, 2);
    // A place whose own name starts so comes before one that only has such an older name
    // ("Kha": Kharkiv before Odesa, once Khadzhibey).
    const ordered = [...matches]
      .map(([group, rank]) => ({ rank, targets: this.targetsOf(shard, group) }))
      .map((m) => ({ ...m, weight: Math.max(...m.targets.map((t) => t.count)), named: m.targets.some((t) => searchKey(t.name).startsWith(key)) }))
      .sort((a, b) => a.rank - b.rank || Number(b.named) - Number(a.named) || b.weight - a.weight || a.targets[0].name.localeCompare(b.targets[0].name));
    return distinct(ordered.flatMap((m) => m.targets)).slice(0, SUGGESTIONS);
  }
}

/** @param {Target[]} targets */
function distinct(targets) {
  return [...new Map(targets.map((t) => [t.key, t])).values()];
}
