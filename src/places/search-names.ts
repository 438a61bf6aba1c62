// Every spelling the gazetteer knows for the places, regions and countries that have incidents:
// what the search page's alias index files them under (src/site/place-search.ts). A Place carries
// only a short list of display spellings (Kyiv's forty are mostly Kiev variants, without Київ);
// the gazetteer's index has all of them, official, alternate and derived (romanisations, region
// forms), so they are read from there. Nothing here is a list of names: a larger gazetteer
// brings its own spellings.
import type { Incident, PlaceSpellings } from "../model.js";
import { foldName, isCyrillic } from "./fold.js";
import { PlaceLevel } from "./gazetteer/tables.js";
import type { PlaceIndex } from "./index.js";
import { divisionBaseName } from "./region-forms.js";
import { romanise } from "./romanise.js";
import { countryKey, regionKey } from "./slug.js";

// Real spellings start with a letter or digit; the gazetteer files fallback keys ("~...") too.
const SPELLING = /^[\p{L}\p{N}]/u;

/** Collects the spellings of every place, region and country the incidents are in. */
export function spellPlaces(incidents: Incident[], index: PlaceIndex): PlaceSpellings {
  const g = index.gazetteer;
  const own = { places: new Map<string, Set<string>>(), regions: new Map<string, Set<string>>(), countries: new Map<string, Set<string>>() };
  const rows = { places: new Map<string, number[]>(), regions: new Map<string, number[]>(), countries: new Map<string, number[]>() };
  const add = (map: Map<string, Set<string>>, key: string, spellings: string[]) => {
    const set = map.get(key) ?? map.set(key, new Set()).get(key)!;
    for (const spelling of spellings) {
      const folded = foldName(spelling);
      if (folded) set.add(folded);
    }
  };
  // Rows of the gazetteer holding `name` at one level in one country (a region may be two rows:
  // Kyiv City and Kyiv Oblast are both "Kyiv").
  const rowsNamed = (name: string, level: PlaceLevel, country: string, accept: (row: number) => boolean = () => true) =>
    (index.lookup(foldName(name))?.candidates ?? []).map((c) => c.row).filter((row) => g.level(row) === level && g.country(row) === country && accept(row));

  for (const incident of incidents) {
    const place = incident.place;
    if (!place) continue;
    if (!own.places.has(place.slug)) {
      // Editor's and supplement places are not in the index's tables: their names and aliases are
      // all they have, with the romanisations of their Cyrillic aliases, as the overlay files them.
      add(own.places, place.slug, [place.name, ...place.aliases, ...place.aliases.filter(isCyrillic).flatMap(romanise)]);
      const row = index.lookup(foldName(place.name))?.candidates.find((c) => g.record(c.row).slug === place.slug)?.row;
      rows.places.set(place.slug, row === undefined ? [] : [row]);
    }
    const region = regionKey(place);
    if (region && place.country) {
      add(own.regions, region, [place.admin1!, ...(place.admin1Aliases ?? [])]);
      if (!rows.regions.has(region)) rows.regions.set(region, rowsNamed(place.admin1!, PlaceLevel.Region, place.country, (row) => divisionBaseName(g.record(row).name) === place.admin1));
    }
    const country = countryKey(place);
    if (country && place.countryName) {
      add(own.countries, country, [place.countryName]);
      if (!rows.countries.has(country)) rows.countries.set(country, rowsNamed(place.countryName, PlaceLevel.Country, place.country!));
    }
  }

  const allRows = [...rows.places.values(), ...rows.regions.values(), ...rows.countries.values()].flat();
  const spellings = g.spellingsOf(allRows);
  const collect = (section: keyof typeof own): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const [key, set] of [...own[section]].sort(([a], [b]) => (a < b ? -1 : 1))) {
      for (const row of rows[section].get(key) ?? []) for (const spelling of spellings.get(row) ?? []) if (SPELLING.test(spelling)) set.add(spelling);
      out[key] = [...set];
    }
    return out;
  };
  return { places: collect("places"), regions: collect("regions"), countries: collect("countries") };
}
