// The gazetteer's disk format: what is written is what is read, and lookups work on the result.
import { describe, expect, it } from "vitest";
import { deserialiseTables, serialiseTables } from "../../src/places/gazetteer/cache.js";
import { encodeRecord } from "../../src/places/gazetteer/record.js";
import { findKey, type GazetteerTables, hashKey } from "../../src/places/gazetteer/tables.js";
import { foldName } from "../../src/places/fold.js";

function tinyTables(): GazetteerTables {
  const records = [
    encodeRecord({ name: "Luhansk", country: "UA", admin1: "Luhansk", admin2: "", featureCode: "PPLA", slug: "luhansk-luhansk-ua", aliases: ["Lugansk", "Луганськ"] }),
    encodeRecord({ name: "Odesa", country: "UA", admin1: "Odesa", admin2: "", featureCode: "PPLA", slug: "odesa-odesa-ua", aliases: ["Odessa", "Одеса"] }),
  ];
  const keys = ["luhansk", "lugansk", "луганськ", "odesa", "odessa"];
  const rows = [0, 0, 0, 1, 1];
  const text = records.join("") + keys.join("");
  const recordStart = Uint32Array.from([0, records[0]!.length, records[0]!.length + records[1]!.length]);
  let offset = recordStart[2]!;
  const keyStart = new Uint32Array(keys.length + 1);
  keys.forEach((k, i) => {
    keyStart[i] = offset;
    offset += k.length;
  });
  keyStart[keys.length] = offset;
  const slots = new Uint32Array(16);
  keys.forEach((k, i) => {
    let slot = hashKey(k) & 15;
    while (slots[slot] !== 0) slot = (slot + 1) & 15;
    slots[slot] = i + 1;
  });
  return {
    text,
    placeCount: 2,
    geonameId: Int32Array.from([702658, 698740]),
    lat: Float32Array.from([48.57, 46.49]),
    lon: Float32Array.from([39.33, 30.74]),
    population: Float64Array.from([397677, 1015826]),
    level: Uint8Array.from([0, 0]),
    countryRef: Int32Array.from([-1, -1]),
    admin1Ref: Int32Array.from([-1, -1]),
    admin2Ref: Int32Array.from([-1, -1]),
    partOf: Int32Array.from([-1, -1]),
    recordStart,
    keyCount: keys.length,
    keyStart,
    postStart: Uint32Array.from([0, 1, 2, 3, 4, 5]),
    postings: Uint32Array.from(rows.map((r) => r << 2)),
    keyFlags: new Uint8Array(keys.length),
    slots,
  };
}

describe("gazetteer cache format", () => {
  it("reads back what it wrote, Cyrillic included", () => {
    const tables = tinyTables();
    const back = deserialiseTables(serialiseTables(tables));
    expect(back.text).toBe(tables.text);
    expect([...back.geonameId]).toEqual([...tables.geonameId]);
    expect([...back.lat]).toEqual([...tables.lat]);
    expect([...back.slots]).toEqual([...tables.slots]);
    for (const spelling of ["Lugansk", "Луганськ", "Odessa"]) {
      const k = findKey(back, foldName(spelling));
      expect(k, spelling).toBeGreaterThanOrEqual(0);
      expect(back.postings[back.postStart[k]!]! >>> 2).toBe(spelling === "Odessa" ? 1 : 0);
    }
    expect(findKey(back, "kyiv")).toBe(-1);
  });

  it("refuses a file that is not a gazetteer cache", () => {
    expect(() => deserialiseTables(Buffer.from("not a cache file at all"))).toThrow(/not a gazetteer cache/);
  });
});
