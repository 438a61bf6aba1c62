// The editor's places.yml: places the gazetteer lacks, or corrections to places it has.
// Each entry names a place (name, aliases, lat, lon, admin1, country). A bad entry is reported
// with its line and reason, never dropped silently. The editor's spellings win: a name or alias
// listed there resolves only to the editor's place.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from "yaml";
import type { Rejection } from "../model.js";
import { haversineKm } from "./distance.js";
import { placeSlug } from "./slug.js";
import { foldName, isCyrillic } from "./fold.js";
import type { Candidate, Gazetteer, Lookup } from "./gazetteer/gazetteer.js";
import { NameKind, PlaceLevel } from "./gazetteer/tables.js";
import { romanise } from "./romanise.js";

/** A place an editor adds or corrects in places.yml. */
export interface EditorPlace {
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  admin1: string | null;
  country: string | null;
}

/** A place laid over the gazetteer: an editor's, or one of the supplement's (supplement.ts). */
export interface OverlayPlace extends EditorPlace {
  /** A region (several towns, maybe several divisions: "Donbas") rather than one populated place. */
  region?: boolean;
  /** Other names of the region `admin1` itself ("DPR" for the Donetsk oblast): no place of its own. */
  namesAdmin1?: boolean;
  /** The oblasts a region without one of its own spans ("Donbas": Donetsk and Luhansk): a village "in Donbas" lies in one of them. */
  spans?: string[];
  origin?: "gazetteer" | "editor";
}

const FILE = "places.yml";
const FIELDS = new Set(["name", "aliases", "lat", "lon", "admin1", "country"]);
/** An editor's place this close to a same-named gazetteer place corrects it rather than adding one. */
const SAME_PLACE_KM = 50;

function entryError(entry: unknown): string | null {
  if (!isMap(entry)) return "an entry must be a mapping with name, lat and lon";
  const map = entry as YAMLMap;
  for (const pair of map.items as Pair[]) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!FIELDS.has(key)) return `unknown field "${key}" (expected name, aliases, lat, lon, admin1, country)`;
  }
  const value = (key: string): unknown => map.get(key);
  const name = value("name");
  if (typeof name !== "string" || !name.trim()) return "name is missing or not text";
  const lat = value("lat");
  const lon = value("lon");
  if (typeof lat !== "number" || !Number.isFinite(lat) || lat < -90 || lat > 90) return "lat must be a number between -90 and 90";
  if (typeof lon !== "number" || !Number.isFinite(lon) || lon < -180 || lon > 180) return "lon must be a number between -180 and 180";
  const country = value("country");
  if (country !== undefined && country !== null && (typeof country !== "string" || !/^[A-Z]{2}$/.test(country))) return "country must be a two-letter ISO code such as UA or US";
  const admin1 = value("admin1");
  if (admin1 !== undefined && admin1 !== null && typeof admin1 !== "string") return "admin1 must be text";
  const aliases = value("aliases");
  if (aliases !== undefined && aliases !== null) {
    const list = isSeq(aliases) ? (aliases.toJSON() as unknown[]) : null;
    if (!list || list.some((a) => typeof a !== "string" || !a.trim())) return "aliases must be a list of names";
  }
  return null;
}

/** Reads `<content>/places.yml`; a missing file means no editor places. */
export function readEditorPlaces(contentDir: string): { places: EditorPlace[]; rejected: Rejection[] } {
  const path = join(contentDir, FILE);
  if (!existsSync(path)) return { places: [], rejected: [] };
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, "utf8"), { lineCounter, keepSourceTokens: false });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : null);
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    return { places: [], rejected: [{ file: FILE, line: error.linePos?.[0]?.line ?? null, reason: `places.yml does not parse: ${error.message.split("\n")[0]}` }] };
  }
  const root = document.contents;
  if (root === null || root === undefined) return { places: [], rejected: [] };
  const list = isMap(root) ? root.get("places", true) : root;
  if (list === null || list === undefined) return { places: [], rejected: [] };
  if (!isSeq(list)) return { places: [], rejected: [{ file: FILE, line: lineOf(root as YamlNode), reason: "places.yml must hold a list of places (under `places:`)" }] };
  const places: EditorPlace[] = [];
  const rejected: Rejection[] = [];
  for (const item of list.items) {
    const error = entryError(item);
    if (error) {
      rejected.push({ file: FILE, line: lineOf(item as YamlNode), reason: error });
      continue;
    }
    const data = (item as YAMLMap).toJSON() as Record<string, unknown>;
    places.push({
      name: String(data.name).trim(),
      aliases: ((data.aliases as string[] | undefined) ?? []).map((a) => a.trim()),
      lat: data.lat as number,
      lon: data.lon as number,
      admin1: typeof data.admin1 === "string" && data.admin1.trim() ? data.admin1.trim() : null,
      country: typeof data.country === "string" ? data.country : null,
    });
  }
  return { places, rejected };
}

/** Lookups with the editor's places on top: their spellings resolve to them alone. */
export class EditorOverlay {
  private readonly keys = new Map<string, Candidate[]>();
  /** Folded keys of overlay spellings written as acronyms ("DPR", "ДНР"): names, not mere capitals. */
  readonly acronyms = new Set<string>();

  constructor(
    private readonly gazetteer: Gazetteer,
    places: OverlayPlace[],
  ) {
    for (const place of places) this.add(place);
  }

  lookup(key: string): Lookup | null {
    const own = this.keys.get(key);
    if (own) return { candidates: own, commonWord: false };
    return this.gazetteer.lookup(key);
  }

  private rowOfLevel(name: string, level: PlaceLevel, country: string | null): number {
    const found = this.gazetteer.lookup(foldName(name));
    const row = found?.candidates.find((c) => this.gazetteer.level(c.row) === level && (!country || this.gazetteer.country(c.row) === country))?.row;
    return row ?? -1;
  }

  private add(place: OverlayPlace): void {
    const g = this.gazetteer;
    for (const spelling of [place.name, ...place.aliases]) if (/^[\p{Lu}]{2,5}$/u.test(spelling)) this.acronyms.add(foldName(spelling));
    if (place.namesAdmin1 && place.admin1) {
      const region = this.rowOfLevel(place.admin1, PlaceLevel.Region, place.country);
      if (region >= 0) for (const spelling of [place.name, ...place.aliases]) this.addKey(foldName(spelling), region);
      return;
    }
    const countryName = place.country ? (new Intl.DisplayNames(["en"], { type: "region" }).of(place.country) ?? "") : "";
    const countryRef = place.country ? this.rowOfLevel(countryName, PlaceLevel.Country, place.country) : -1;
    const admin1Ref = place.admin1 ? this.rowOfLevel(place.admin1, PlaceLevel.Region, place.country) : -1;
    const level = place.region ? PlaceLevel.Region : PlaceLevel.Populated;
    const same = place.region
      ? undefined
      : g
          .lookup(foldName(place.name))
          ?.candidates.find(
            (c) => g.level(c.row) === PlaceLevel.Populated && (!place.country || g.country(c.row) === place.country) && haversineKm(g.lat(c.row), g.lon(c.row), place.lat, place.lon) <= SAME_PLACE_KM,
          );
    const base = same ? g.record(same.row) : null;
    const spellings = [place.name, ...place.aliases];
    for (const spelling of place.aliases) if (isCyrillic(spelling)) spellings.push(...romanise(spelling));
    const aliases = [...new Set([...place.aliases, ...(base?.aliases ?? [])])].filter((a) => foldName(a) !== foldName(place.name));
    const admin1Name = place.admin1 ?? base?.admin1 ?? "";
    const row = g.addExtra(
      {
        record: {
          name: place.name,
          country: place.country ?? base?.country ?? "",
          admin1: admin1Ref >= 0 ? g.record(admin1Ref).name : admin1Name,
          admin2: base?.admin2 ?? "",
          featureCode: base?.featureCode ?? "PPL",
          slug: base?.slug ?? placeSlug(place.name, admin1Name, place.country),
          aliases,
        },
        geonameId: same ? g.tables.geonameId[same.row]! || null : null,
        lat: place.lat,
        lon: place.lon,
        population: same ? g.population(same.row) : 0,
        level,
        countryRef: countryRef >= 0 ? countryRef : same ? g.countryRow(same.row) : -1,
        admin1Ref: admin1Ref >= 0 ? admin1Ref : same ? g.admin1Row(same.row) : -1,
        admin2Ref: same ? g.admin2Row(same.row) : -1,
        origin: place.origin ?? "editor",
        ...(place.spans ? { spansRegions: place.spans.map((name) => this.rowOfLevel(name, PlaceLevel.Region, place.country)).filter((r) => r >= 0) } : {}),
      },
      same ? same.row : null,
    );
    for (const spelling of spellings) this.addKey(foldName(spelling), row);
  }

  private addKey(key: string, row: number): void {
    if (!key) return;
    const list = this.keys.get(key) ?? [];
    list.push({ row, kind: NameKind.Official, adjective: false });
    this.keys.set(key, list);
  }
}
