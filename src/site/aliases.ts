// Other spellings of a place: a short list readers can scan ("Lugansk, Луганськ, Луганск") and
// the full list for the search index. The gazetteer gives dozens of variants that differ only by
// an apostrophe or an accent (Lugan'sk, Lugans'k, Lugánsk); on the page one of each is enough.
import type { Place } from "../model.js";
import { foldName, isCyrillic } from "../places/fold.js";
import { placeName } from "../places/names.js";
import { romanise } from "../places/romanise.js";
import { rememberAnswers } from "../text/memo.js";

const SHOWN_LATIN = 4;
const SHOWN_OTHER = 2;
// A place's Cyrillic names are romanised for every page that shows it (Kyiv's, hundreds of
// times); romanising runs seven schemes a name: 0.3 s of a 16k build's rendering, done once each.
const romanised = rememberAnswers(romanise, 100_000);

export interface AliasView {
  /** Distinct spellings worth showing, at most six. */
  shown: string[];
  /** How many more distinct spellings of the place the search knows. */
  more: number;
  /** The shown spellings as the pages print them ("Lugansk, Луганськ (and 9 more spellings the search knows)"); null when none. */
  list: string | null;
  /** Every spelling of the place and its region, for the search index (not shown). */
  searchable: string;
}

function isPlainLatin(name: string): boolean {
  return /^[A-Za-z][A-Za-z .\-]*$/.test(name);
}

/**
 * `seenIn`: text of the reports about the place (titles, quoted sentences). Spellings the sources
 * themselves use ("Lugansk" in a Russian agency's copy) are shown first.
 */
export function aliasView(place: Place, seenIn: string[] = []): AliasView {
  const own = foldName(place.name);
  // A region is printed with its region word ("Donetsk region"): that spelling is no other one.
  const printed = foldName(placeName(place));
  const byKey = new Map<string, string>();
  for (const alias of place.aliases) {
    const key = foldName(alias);
    if (!key || key === own || key === printed) continue;
    const known = byKey.get(key);
    // Within one folded key, prefer the plain form a reader would type.
    if (!known || (isPlainLatin(alias) && !isPlainLatin(known))) byKey.set(key, alias);
  }
  const reports = seenIn.join("\n").toLowerCase();
  // The spellings readers meet: those the sources use, then the Cyrillic names whose romanisation
  // is the place's name ("Луганськ", "Луганск" for Luhansk) and the romanisations of those
  // ("Lugansk"), before historical or foreign names (Voroshilovgrad, Louhansk).
  const current = new Set([own]);
  for (const alias of place.aliases) {
    if (isCyrillic(alias) && romanised(alias).some((latin) => foldName(latin) === own)) {
      current.add(foldName(alias));
      for (const latin of romanised(alias)) current.add(foldName(latin));
    }
  }
  const rank = (name: string) => (reports.includes(name.toLowerCase()) ? 0 : current.has(foldName(name)) ? 1 : 2);
  // Each name ranked once, not at every comparison (each ranking searches the reports' text).
  // Stable sort: within each rank, the gazetteer's order stays.
  const ranked = [...byKey.values()].map((name) => ({ name, rank: rank(name) }));
  const distinct = ranked.sort((a, b) => a.rank - b.rank).map(({ name }) => name);
  const latin = distinct.filter((name) => /^[\p{Script=Latin}\s'’.\-]+$/u.test(name));
  const other = distinct.filter((name) => !latin.includes(name));
  const shown = [...latin.slice(0, SHOWN_LATIN), ...other.slice(0, SHOWN_OTHER)];

  const searchable = new Set([...place.aliases, ...(place.admin1Aliases ?? []), place.admin1 ?? "", place.admin2 ?? ""]);
  searchable.delete("");
  searchable.delete(place.name);
  // Slashes, not commas: Pagefind reads commas in data-pagefind-meta as separators between keys.
  const more = distinct.length - shown.length;
  const list = shown.length ? `${shown.join(", ")}${more ? ` (and ${more} more spellings the search knows)` : ""}` : null;
  return { shown, more, list, searchable: [...searchable].join(" / ") };
}
