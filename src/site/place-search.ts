// The search page's alias index: every spelling of every place, region and country that has
// incidents, filed under its folded key (src/search/keys.js), so a query naming a place is
// resolved to that place before Pagefind is asked, whatever the spelling.
//
// One answer for every spelling, by construction: places that share a spelling close to their
// own names form one group (Kharkiv the city and Kharkiv the region share "Kharkiv"; Donetsk the
// city, the region and Donetsk in Rostov oblast share "Donetsk"), and every spelling of any place
// of a group gives the whole group, in one order: settlements before areas, regions and
// countries, each by its number of incidents. Spellings that name only regions ("Kharkiv oblast", "Луганська область")
// give those regions alone. Cyrillic spellings are filed in every case form ("Харкові",
// "Луганську", "Киеве"), each under the group of its nominative, never joining groups (a form
// two names share, such as Russian "Львове", gives both, to choose from).
//
// The index is cut into shards by the first two letters of each key's variant key, so a search
// loads one small file; variant keys ("severodoneck" for Sieverodonetsk) resolve spellings the
// gazetteer does not list.
import type { Place, PlaceSpellings } from "../model.js";
import { caseForms, cyrillicLanguage, PREPOSITIONS, type Lang } from "../places/case-forms.js";
import { isFirstLevelRegion } from "../places/names.js";
import { countryKey, regionKey } from "../places/slug.js";
import { isCyrillic } from "../places/fold.js";
import { romanise } from "../places/romanise.js";
import { editDistance, searchKey, shardOf, variantKey } from "../search/keys.js";
import type { CountryView, PlacePageView, RegionPageView } from "./places-view.js";
import { KeyedSets } from "../union-find.js";

export type TargetKind = "settlement" | "area" | "region" | "country";

/** A place, region or country a query can be resolved to; its key is the Pagefind filter value. */
export interface SearchTarget {
  key: string;
  /** "Kharkiv", "Kharkiv region", "Ukraine". */
  name: string;
  /** "Kharkiv, Ukraine", "Kharkiv region, Ukraine". */
  line: string;
  kind: TargetKind;
  count: number;
  url: string;
  /** Its own names: what it is called now ("Kharkiv"; a region also by its bare name). */
  ownNames: string[];
  /** Spellings, as the gazetteer gives them (folded or not). */
  spellings: string[];
}

/** One shard as the browser reads it (see src/search/resolve.js). */
export interface AliasShard {
  /** key -> [name, line, kind, count, url]. */
  targets: Record<string, [string, string, TargetKind, number, string]>;
  /** Ordered target keys; the first is the default answer. */
  groups: string[][];
  /** Folded spelling -> group. */
  keys: Record<string, number>;
  /** Variant key -> groups. */
  variants: Record<string, number[]>;
}

export interface PlaceSearchIndex {
  /** Inlined into the search page: the shards there are (each at `<folder><name>.json`), and the words around place names. */
  manifest: { folder: string; shards: string[]; stopWords: string[] };
  shards: { name: string; path: string; data: AliasShard }[];
}

export const SHARD_FOLDER = "/search/places/";

// Words that stand around a place name in a query ("school in Kharkiv", "у Луганську").
const ENGLISH_STOP_WORDS = ["in", "near", "at", "around", "outside", "of", "the", "from", "on", "over", "and"];

const KIND_ORDER: Record<TargetKind, number> = { settlement: 0, area: 1, region: 2, country: 3 };

function byDefaultOrder(a: SearchTarget, b: SearchTarget): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.count - a.count || a.name.localeCompare(b.name, "en") || (a.key < b.key ? -1 : 1);
}

const UKRAINIAN_OR_RUSSIAN = /^[а-яёіїєґ' \-]+$/;

/** Case forms of a folded Cyrillic spelling in the languages its letters allow. */
function inflections(spelling: string): string[] {
  if (!UKRAINIAN_OR_RUSSIAN.test(spelling)) return [];
  const language = cyrillicLanguage(spelling);
  const languages: Lang[] = language ? [language] : ["uk", "ru"];
  return languages.flatMap((lang) => caseForms(spelling, lang));
}

// "Dnepropetrovsk region" says the region is called "Dnepropetrovsk" too.
const REGION_FORM = /^(.+) (?:region|oblast|province|oblys|voblast)$/;

/** A target's spellings; a region is also named by the bare names of its region forms. */
function spellingsOf(target: SearchTarget): string[] {
  if (target.kind !== "region") return [target.name, ...target.spellings];
  const bare = target.spellings.map((s) => REGION_FORM.exec(searchKey(s))?.[1]).filter((s): s is string => s !== undefined);
  return [target.name, ...target.spellings, ...bare];
}

/** Variant keys of a spelling as Latin letters (a Cyrillic one in each romanisation). */
function latinVariants(spelling: string): string[] {
  const latin = isCyrillic(spelling) ? romanise(spelling) : [spelling];
  return [...new Set(latin.map((s) => variantKey(searchKey(s))))];
}

/**
 * Whether a spelling is close to one of the target's own names: the same variant key but for a
 * few letters (Kiev and Kyiv, Kharkov and Kharkiv, Zaporozhye and Zaporizhzhia, Сєвєродонецьк and
 * Siverskodonetsk), a quarter of the name at most.
 */
function isCloseTo(spelling: string, target: SearchTarget): boolean {
  const own = target.ownNames.map((n) => variantKey(searchKey(n)));
  return latinVariants(spelling).some((v) => own.some((o) => editDistance(v, o, Math.max(2, Math.round(o.length / 4))) <= Math.max(2, Math.round(o.length / 4))));
}

export function buildPlaceSearchIndex(targets: SearchTarget[]): PlaceSearchIndex {
  const byKey = new Map(targets.map((t) => [t.key, t]));
  // Which targets each folded spelling names.
  const named = new Map<string, Set<string>>();
  for (const target of targets) {
    for (const spelling of spellingsOf(target)) {
      const key = searchKey(spelling);
      if (!key) continue;
      (named.get(key) ?? named.set(key, new Set()).get(key)!).add(target.key);
    }
  }
  // A spelling joins into one group the places whose own names it is close to ("Kharkiv": the
  // city and the region; "Donetsk": two towns and a region), never a place that merely lists it
  // among its alternates (GeoNames gives Nikopol the alternate "Sloviansk").
  // The places that share spellings, as sets of target keys.
  const components = new KeyedSets();
  const isPlace = (key: string) => byKey.get(key)!.kind === "settlement" || byKey.get(key)!.kind === "area";
  const closeTo = new Map<string, string[]>();
  for (const [spelling, names] of named) {
    const list = names.size === 1 ? [...names] : [...names].filter((key) => isCloseTo(spelling, byKey.get(key)!));
    closeTo.set(spelling, list);
    if (!list.some(isPlace)) continue;
    for (const other of list.slice(1)) components.join(list[0]!, other);
  }
  const members = new Map<string, SearchTarget[]>();
  for (const target of targets) {
    const root = components.find(target.key);
    (members.get(root) ?? members.set(root, []).get(root)!).push(target);
  }
  const groupMembers = (list: SearchTarget[]) => [...new Set(list.filter((t) => isPlace(t.key)).map((t) => components.find(t.key)))].flatMap((root) => members.get(root)!);

  const groupIds = new Map<string, number>();
  const groups: string[][] = [];
  /** The group of these targets, in the default order. */
  const groupOf = (list: SearchTarget[]): number => {
    const ordered = [...new Set(list)].sort(byDefaultOrder).map((t) => t.key);
    const signature = ordered.join("\n");
    let id = groupIds.get(signature);
    if (id === undefined) {
      id = groups.push(ordered) - 1;
      groupIds.set(signature, id);
    }
    return id;
  };

  // A spelling's places: those whose own names it is close to, with their groups ("Dnipropetrovsk"
  // is the region's name, and only an old name of Dnipro; "Sloviansk" is not Nikopol's, whatever a
  // list of alternates says). An old or foreign name close to none ("Artemovsk") gives all the
  // towns it names, with their groups. "Kharkiv oblast" names no town: the region alone.
  const keys = new Map<string, number>();
  const withGroups = (list: SearchTarget[]) => [...groupMembers(list), ...list.filter((t) => !isPlace(t.key))];
  for (const [key, names] of [...named].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const all = [...names].map((k) => byKey.get(k)!);
    const close = closeTo.get(key)!.map((k) => byKey.get(k)!);
    keys.set(key, groupOf(close.length ? withGroups(close) : all.some((t) => isPlace(t.key)) ? groupMembers(all) : all));
  }
  // Case forms, under their nominative's group; a form two groups share gives both.
  const inflected = new Map<string, Set<number>>();
  for (const [key, group] of keys) {
    for (const form of inflections(key)) {
      const formKey = searchKey(form);
      if (!formKey || keys.has(formKey)) continue;
      (inflected.get(formKey) ?? inflected.set(formKey, new Set()).get(formKey)!).add(group);
    }
  }
  for (const [formKey, groupSet] of [...inflected].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const list = [...groupSet];
    keys.set(formKey, list.length === 1 ? list[0]! : groupOf(list.flatMap((g) => groups[g]!.map((k) => byKey.get(k)!))));
  }
  // Variant keys of the spellings themselves (not of case forms: those are written correctly),
  // filed in the shard of the spellings they come from (the shard a query of that variant reads).
  const variants = new Map<string, { shard: string; groups: Set<number> }>();
  for (const key of named.keys()) {
    const variant = variantKey(key);
    const shard = shardOf(key);
    if (!shard) continue;
    (variants.get(variant) ?? variants.set(variant, { shard, groups: new Set() }).get(variant)!).groups.add(keys.get(key)!);
  }

  // Shards by the first two letters of the variant key; each carries the groups and targets it uses.
  // (A key of one letter names no place worth a shard.)
  const shards = new Map<string, AliasShard & { groupIndex: Map<number, number> }>();
  const shardFor = (name: string) => shards.get(name) ?? shards.set(name, { targets: {}, groups: [], keys: {}, variants: {}, groupIndex: new Map() }).get(name)!;
  const localGroup = (shard: AliasShard & { groupIndex: Map<number, number> }, group: number): number => {
    let local = shard.groupIndex.get(group);
    if (local === undefined) {
      local = shard.groups.push(groups[group]!) - 1;
      shard.groupIndex.set(group, local);
      for (const key of groups[group]!) {
        const t = byKey.get(key)!;
        shard.targets[key] = [t.name, t.line, t.kind, t.count, t.url];
      }
    }
    return local;
  };
  for (const [key, group] of keys) {
    const name = shardOf(key);
    if (!name) continue;
    const shard = shardFor(name);
    shard.keys[key] = localGroup(shard, group);
  }
  for (const [variant, { shard: name, groups: groupSet }] of [...variants].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shard = shardFor(name);
    shard.variants[variant] = [...groupSet].map((g) => localGroup(shard, g));
  }

  const stopWords = [...new Set([...ENGLISH_STOP_WORDS, ...PREPOSITIONS.uk, ...PREPOSITIONS.ru].flatMap((w) => searchKey(w).split(" ")))];
  const list = [...shards.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, { groupIndex: _groupIndex, ...data }]) => ({ name, path: `${SHARD_FOLDER}${name}.json`, data }));
  return {
    manifest: { folder: SHARD_FOLDER, shards: list.map((s) => s.name), stopWords },
    shards: list,
  };
}

/**
 * The targets of a site: its place pages (settlements and areas such as districts), its regions
 * and its countries, each with every spelling the build found (a hand-made digest without
 * spellings falls back on the places' own aliases). A region's own incidents ("shelling in the
 * Kharkiv region") and a country's are found under the region and the country.
 */
export function searchTargets(input: {
  places: PlacePageView[];
  regions: RegionPageView[];
  countries: CountryView[];
  /** Every place the incidents are in, by slug. */
  placeBySlug: Map<string, Place>;
  spellings: PlaceSpellings | undefined;
}): SearchTarget[] {
  const { places, regions, countries, placeBySlug, spellings } = input;
  const ownSpellings = (place: Place) => spellings?.places[place.slug] ?? [place.name, ...place.aliases];
  const regionSpellings = new Map<string, string[]>();
  const countrySpellings = new Map<string, string[]>();
  const addTo = (map: Map<string, string[]>, key: string | null, list: string[]) => {
    if (key) map.set(key, [...(map.get(key) ?? []), ...list]);
  };
  for (const place of placeBySlug.values()) {
    const region = regionKey(place);
    const country = countryKey(place);
    addTo(regionSpellings, region, spellings?.regions[region ?? ""] ?? [place.admin1 ?? "", ...(place.admin1Aliases ?? [])]);
    addTo(countrySpellings, country, spellings?.countries[country ?? ""] ?? [place.countryName ?? ""]);
    // A region's or a country's own place is that region or country.
    if (isFirstLevelRegion(place)) addTo(regionSpellings, region, ownSpellings(place));
    if (place.precision === "country") addTo(countrySpellings, country, ownSpellings(place));
  }
  const dedupe = (list: string[]) => [...new Set(list.filter(Boolean))];
  return [
    ...places
      .filter((p) => p.precision !== "country")
      .map(
        (p): SearchTarget => ({
          key: p.slug,
          name: p.name,
          line: p.line,
          kind: p.precision === "region" ? "area" : "settlement",
          count: p.incidents.length,
          url: p.url,
          ownNames: [p.name],
          spellings: dedupe(ownSpellings(placeBySlug.get(p.slug)!)),
        }),
      ),
    ...regions.map(
      (r): SearchTarget => ({
        key: r.key,
        name: r.label,
        line: r.line,
        kind: "region",
        count: r.incidents.length,
        url: r.url,
        ownNames: [r.label, r.name],
        spellings: dedupe(regionSpellings.get(r.key) ?? [r.name]),
      }),
    ),
    ...countries
      .filter((c) => c.code)
      .map(
        (c): SearchTarget => ({
          key: c.code.toLowerCase(),
          name: c.name,
          line: c.name,
          kind: "country",
          count: c.count,
          url: `/places/#${c.anchor}`,
          ownNames: [c.name],
          spellings: dedupe(countrySpellings.get(c.code.toLowerCase()) ?? [c.name]),
        }),
      ),
  ];
}
