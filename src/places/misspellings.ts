// Towns spelled one letter off: "Siverodonetsk", "Zaporozhzhia", "Kremenchk", "Manganets". Outlets
// romanise Ukraine's towns many ways and mistype them often; no list of spellings has every form.
// A single word no place and no dictionary knows is read as a town when it is one edit (a letter
// added, dropped, changed or two swapped) from one Latin spelling of exactly one sizeable town in
// Ukraine: a fallback after the exact and loose keys (variants.ts), never their rival. It is read
// like a common word (resolve.ts: only as a scene, in the country the news is about, and not
// against a stated region). Small villages stay out: a surname is one letter from some village far
// more often than from a city.
import { editDistance } from "../search/keys.js";
import type { Gazetteer, Lookup } from "./gazetteer/gazetteer.js";
import { NameKind, PlaceLevel } from "./gazetteer/tables.js";

// Only towns this big: what the press writes about often enough to misspell.
const MIN_POPULATION = 20_000;
// Shorter words are one edit from too many names, and from names of people.
const MIN_LETTERS = 8;
const COUNTRY = "UA";
const ONE_WORD = /^[a-z]+$/;

/** The sizeable towns' one-word Latin spellings, and each spelling and its one-letter deletions to the towns spelled so. */
interface TownIndex {
  byDeletion: Map<string, Set<number>>;
  spellingsByRow: Map<number, string[]>;
}

/** A lookup of misspelt town names over this gazetteer; the town index is built on the first word that needs it. */
export function misspeltTownLookup(gazetteer: Gazetteer): (key: string) => Lookup | null {
  let index: TownIndex | null = null;
  return (key) => {
    if (key.length < MIN_LETTERS || !ONE_WORD.test(key)) return null;
    const { byDeletion, spellingsByRow } = (index ??= indexTowns(gazetteer));
    const rows = new Set<number>();
    for (const variant of withDeletions(key)) for (const row of byDeletion.get(variant) ?? []) rows.add(row);
    // The first letter is kept: typing and romanising slip inside a word ("Nykytivka" is not "Mykytivka").
    const close = [...rows].filter((row) => spellingsByRow.get(row)!.some((spelling) => spelling[0] === key[0] && editDistance(key, spelling, 1) === 1));
    if (close.length !== 1) return null;
    return { candidates: [{ row: close[0]!, kind: NameKind.Derived, adjective: false }], commonWord: true };
  };
}

/** The word and every word one letter shorter: two words one edit apart share one of these. */
function withDeletions(word: string): string[] {
  return [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];
}

function indexTowns(gazetteer: Gazetteer): TownIndex {
  const towns: number[] = [];
  for (let row = 0; row < gazetteer.tables.placeCount; row++) {
    if (gazetteer.level(row) === PlaceLevel.Populated && gazetteer.population(row) >= MIN_POPULATION && gazetteer.country(row) === COUNTRY) towns.push(row);
  }
  const byDeletion = new Map<string, Set<number>>();
  const spellingsByRow = new Map<number, string[]>();
  for (const [row, spellings] of gazetteer.spellingsOf(towns)) {
    const words = spellings.filter((s) => ONE_WORD.test(s) && s.length >= MIN_LETTERS - 1);
    spellingsByRow.set(row, words);
    for (const word of words) for (const variant of withDeletions(word)) (byDeletion.get(variant) ?? byDeletion.set(variant, new Set()).get(variant)!).add(row);
  }
  return { byDeletion, spellingsByRow };
}
