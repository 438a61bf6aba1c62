// The gazetteer as the rest of places/ sees it: look a folded spelling up, read a row's
// facts, make the digest's Place for a row. Records are decoded only for rows that are met.
import type { Place, PlacePrecision } from "../../model.js";
import { divisionBaseName } from "../region-forms.js";
import { looseKey } from "../variants.js";
import { decodeRecord, type PlaceRecord } from "./record.js";
import { findKey, type GazetteerTables, KEY_ACRONYM, KEY_COMMON_WORD, type NameKind, PlaceLevel } from "./tables.js";

export interface Candidate {
  row: number;
  kind: NameKind;
  /**
   * Read from the name as a place's adjective ("Покровському" of Покровськ), not as the place's own
   * name. Every candidate carries the field, and candidates and lookups are made as literals of one
   * shape (no spreads): the place scanner's hot functions see one hidden class each, where several
   * had V8 throw their optimised code away and compile them again and again, in every thread.
   */
  adjective: boolean;
}

export interface Lookup {
  candidates: Candidate[];
  /** The spelling is also a common English word ("May", "Police", "Mobile"). */
  commonWord: boolean;
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

/** A place added on top of the GeoNames tables (an editor's place), addressed by a row past them. */
export interface ExtraPlace {
  record: PlaceRecord;
  geonameId: number | null;
  lat: number;
  lon: number;
  population: number;
  level: PlaceLevel;
  countryRef: number;
  admin1Ref: number;
  admin2Ref: number;
  origin: Place["origin"];
  /** For a region spanning divisions ("Donbas"): the regions it is made of. */
  spansRegions?: number[];
}

export class Gazetteer {
  private readonly records = new Map<number, PlaceRecord>();
  private readonly extras: ExtraPlace[] = [];
  /** GeoNames rows an editor's place replaces (same place, corrected), to the replacing row. */
  private readonly replaced = new Map<number, number>();

  constructor(readonly tables: GazetteerTables) {}

  /** A gazetteer sharing these tables, to which extra places can be added without touching this one. */
  withExtras(): Gazetteer {
    return new Gazetteer(this.tables);
  }

  addExtra(extra: ExtraPlace, replacing: number | null = null): number {
    const row = this.tables.placeCount + this.extras.push(extra) - 1;
    if (replacing !== null) this.replaced.set(replacing, row);
    return row;
  }

  /** Is the row a place laid over GeoNames (the supplement's landmarks, an editor's places)? */
  isAdded(row: number): boolean {
    return row >= this.tables.placeCount;
  }

  private extra(row: number): ExtraPlace | null {
    return row >= this.tables.placeCount ? this.extras[row - this.tables.placeCount]! : null;
  }

  /** The places a folded spelling names; a spelling no place has exactly is tried as a loose variant (variants.ts). */
  lookup(foldedKey: string): Lookup | null {
    const t = this.tables;
    let k = findKey(t, foldedKey);
    if (k < 0) {
      const loose = looseKey(foldedKey);
      if (loose !== null) k = findKey(t, loose);
    }
    if (k < 0) return null;
    const candidates: Candidate[] = [];
    for (let p = t.postStart[k]!; p < t.postStart[k + 1]!; p++) {
      const posting = t.postings[p]!;
      const row = posting >>> 2;
      candidates.push({ row: this.replaced.get(row) ?? row, kind: (posting & 3) as NameKind, adjective: false });
    }
    return { candidates, commonWord: (t.keyFlags[k]! & KEY_COMMON_WORD) !== 0 };
  }

  /** Is the folded key an acronym a place is known by ("znpp")? */
  isAcronym(foldedKey: string): boolean {
    const k = findKey(this.tables, foldedKey);
    return k >= 0 && (this.tables.keyFlags[k]! & KEY_ACRONYM) !== 0;
  }

  /** The town a facility belongs to (the Zaporizhzhia nuclear plant: Enerhodar), or -1. */
  partOf(row: number): number {
    return row < this.tables.placeCount ? this.tables.partOf[row]! : -1;
  }

  /**
   * Every folded spelling filed under each of these rows (official, alternate and derived), in one
   * pass over the index: the search page's alias index files a place under all of them.
   */
  spellingsOf(rows: Iterable<number>): Map<number, string[]> {
    const wanted = new Set(rows);
    const found = new Map<number, string[]>();
    const t = this.tables;
    for (let k = 0; k < t.keyCount; k++) {
      for (let p = t.postStart[k]!; p < t.postStart[k + 1]!; p++) {
        const stored = t.postings[p]! >>> 2;
        const row = this.replaced.get(stored) ?? stored;
        if (!wanted.has(row)) continue;
        const list = found.get(row) ?? found.set(row, []).get(row)!;
        list.push(t.text.slice(t.keyStart[k], t.keyStart[k + 1]));
      }
    }
    return found;
  }

  record(row: number): PlaceRecord {
    const extra = this.extra(row);
    if (extra) return extra.record;
    let record = this.records.get(row);
    if (!record) {
      record = decodeRecord(this.tables.text.slice(this.tables.recordStart[row], this.tables.recordStart[row + 1]));
      this.records.set(row, record);
    }
    return record;
  }

  level(row: number): PlaceLevel {
    return this.extra(row)?.level ?? (this.tables.level[row] as PlaceLevel);
  }
  population(row: number): number {
    return this.extra(row)?.population ?? this.tables.population[row]!;
  }
  lat(row: number): number {
    return this.extra(row)?.lat ?? this.tables.lat[row]!;
  }
  lon(row: number): number {
    return this.extra(row)?.lon ?? this.tables.lon[row]!;
  }
  countryRow(row: number): number {
    return this.extra(row)?.countryRef ?? this.tables.countryRef[row]!;
  }
  admin1Row(row: number): number {
    if (this.level(row) === PlaceLevel.Region) return row;
    return this.extra(row)?.admin1Ref ?? this.tables.admin1Ref[row]!;
  }
  admin2Row(row: number): number {
    if (this.level(row) === PlaceLevel.District) return row;
    return this.extra(row)?.admin2Ref ?? this.tables.admin2Ref[row]!;
  }
  country(row: number): string {
    return this.record(row).country;
  }
  /** Is `inner` the same place as `outer` or inside it (a town in its district, region or country)? */
  within(inner: number, outer: number): boolean {
    if (inner === outer) return true;
    switch (this.level(outer)) {
      case PlaceLevel.Country:
        return this.countryRow(inner) === outer;
      case PlaceLevel.Region: {
        if (this.level(inner) === PlaceLevel.Country) return false;
        const spans = this.extra(outer)?.spansRegions;
        return this.admin1Row(inner) === outer || (!!spans && spans.includes(this.admin1Row(inner)));
      }
      case PlaceLevel.District:
        return this.level(inner) === PlaceLevel.Populated && this.admin2Row(inner) === outer;
      default:
        return false;
    }
  }

  private readonly places = new Map<number, Place>();

  /** The digest's Place for a row, with the region's spellings for search (a fresh copy each call). */
  toPlace(row: number): Place {
    let place = this.places.get(row);
    if (!place) {
      place = this.makePlace(row);
      this.places.set(row, place);
    }
    return { ...place, aliases: [...place.aliases], admin1Aliases: [...(place.admin1Aliases ?? [])] };
  }

  private makePlace(row: number): Place {
    // A facility is reported as its town's news, at the facility's own point.
    const town = this.partOf(row);
    if (town >= 0) {
      const place = this.makePlace(town);
      const round = (x: number) => Math.round(x * 1e5) / 1e5;
      return { ...place, lat: round(this.lat(row)), lon: round(this.lon(row)), precision: "exact" };
    }
    const record = this.record(row);
    const level = this.level(row);
    const extra = this.extra(row);
    const admin1Row = this.admin1Row(row);
    const admin1Record = admin1Row >= 0 ? this.record(admin1Row) : null;
    const precision: PlacePrecision = level === PlaceLevel.Populated ? "city" : level === PlaceLevel.Country ? "country" : "region";
    const round = (x: number) => Math.round(x * 1e5) / 1e5;
    const geonameId = extra ? extra.geonameId : this.tables.geonameId[row]! || null;
    const regionName = level === PlaceLevel.Region && record.name !== divisionBaseName(record.name) ? [record.name] : [];
    return {
      slug: record.slug,
      name: level === PlaceLevel.Region ? divisionBaseName(record.name) : record.name,
      admin1: level === PlaceLevel.Country ? null : record.admin1 ? divisionBaseName(record.admin1) : null,
      admin2: record.admin2 || null,
      country: record.country || null,
      countryName: record.country ? (countryNames.of(record.country) ?? record.country) : null,
      lat: round(this.lat(row)),
      lon: round(this.lon(row)),
      geonameId,
      precision,
      aliases: [...regionName, ...record.aliases],
      admin1Aliases: admin1Record ? [admin1Record.name, ...admin1Record.aliases] : [],
      origin: extra?.origin ?? "gazetteer",
    };
  }
}
