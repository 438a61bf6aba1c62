// What keeps a large build's extraction results small: one object per place (PlaceTable), kept
// through the extraction cache, whose segments are written in parts.
import { mkdtempSync, readdirSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheVersion, ExtractionCache } from "../../src/extract/cache.js";
import { PlaceTable } from "../../src/extract/place-table.js";
import type { Article, Place, PlaceMention } from "../../src/model.js";

const donetsk = (): Place => ({
  slug: "donetsk-ua",
  name: "Donetsk",
  admin1: "Donetsk",
  admin2: null,
  country: "UA",
  countryName: "Ukraine",
  lat: 48.023,
  lon: 37.80224,
  geonameId: 709717,
  precision: "city",
  aliases: ["Донецьк", "Донецк", "Donezk"],
  admin1Aliases: ["Donetsk Oblast", "Донецька область"],
  origin: "gazetteer",
});

const mention = (place: Place, passage: number): PlaceMention => ({ place, passage, surface: place.name, role: "location", score: 1 });

describe("one object per place", () => {
  it("gives equal places one object, and keeps apart places that differ in any field or in the order of their fields", () => {
    const table = new PlaceTable();
    const first = table.one(donetsk());
    expect(table.one(donetsk())).toBe(first);
    const facility = { ...donetsk(), lat: 48.1, precision: "exact" as const };
    expect(table.one(facility)).toBe(facility);
    const moreSpellings = { ...donetsk(), aliases: [...donetsk().aliases, "Donieck"] };
    expect(table.one(moreSpellings)).toBe(moreSpellings);
    const { slug, ...rest } = donetsk();
    const reordered = { ...rest, slug } as Place;
    expect(table.one(reordered)).toBe(reordered);
    expect(table.one(donetsk())).toBe(first);
  });

  it("points every mention at its place's object", () => {
    const table = new PlaceTable();
    const mentions = [mention(donetsk(), 0), mention(donetsk(), 3)];
    table.share(mentions);
    expect(mentions[0]!.place).toBe(mentions[1]!.place);
    expect(mentions[0]!.place).toEqual(donetsk());
  });
});

describe("the extraction cache's segments", () => {
  it("give back, over several parts, every entry with its places equal to what was saved and one object per place", () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-cache-parts-"));
    const version = cacheVersion({ code: "c", gazetteer: "g", editorPlaces: [] });
    const cache = ExtractionCache.open(dir, version, () => {});
    const shared = new PlaceTable();
    // More articles than one part holds (5,000), each naming Donetsk, half of them a second place too.
    const keys: string[] = [];
    for (let i = 0; i < 6001; i++) {
      const article: Article = { id: `a${i}`, file: "articles/a.jsonl", line: i + 1, format: "jsonl", title: `t${i}`, titleDerived: false, text: "", source: null, url: null, published: "2024-06-07", publishedDay: "2024-06-07", lang: "en", langFrom: "stated" };
      const key = cache.keyOf(article);
      keys.push(key);
      const places = [mention(donetsk(), 0), ...(i % 2 ? [mention({ ...donetsk(), slug: "kramatorsk-ua", name: "Kramatorsk", geonameId: 704508 }, 1)] : [])];
      shared.share(places);
      cache.rememberCues(key, { confident: [], cued: [] });
      cache.rememberFacts(key, "priors", { facts: { passages: [], places, dates: [], claims: [], means: [], damage: [], typeCues: [], readings: [] }, densityCells: [] });
    }
    expect(cache.save().written).toBe(6001);
    const table = new PlaceTable();
    const reopened = ExtractionCache.open(dir, version, () => {}, table);
    expect(reopened.size).toBe(6001);
    const density = { agrees: () => true } as unknown as Parameters<ExtractionCache["facts"]>[2];
    const first = reopened.facts(keys[0]!, "priors", density)!;
    const last = reopened.facts(keys[6000]!, "priors", density)!;
    expect(first.places[0]!.place).toEqual(donetsk());
    // Entries of different parts name one object, the table's.
    expect(last.places[0]!.place).toBe(first.places[0]!.place);
    expect(table.one(donetsk())).toBe(first.places[0]!.place);
    expect(reopened.facts(keys[5001]!, "priors", density)!.places.map((m) => m.place.slug)).toEqual(["donetsk-ua", "kramatorsk-ua"]);
  });

  it("that were cut short, in the header or in a part, are ignored with a warning", () => {
    for (const keep of [100, 0.5]) {
      const dir = mkdtempSync(join(tmpdir(), "digest-cache-cut-"));
      const version = cacheVersion({ code: "c", gazetteer: "g", editorPlaces: [] });
      const cache = ExtractionCache.open(dir, version, () => {});
      const article: Article = { id: "a", file: "articles/a.md", line: null, format: "md", title: "t", titleDerived: false, text: "", source: null, url: null, published: "2024-06-07", publishedDay: "2024-06-07", lang: "en", langFrom: "stated" };
      const key = cache.keyOf(article);
      cache.rememberCues(key, { confident: [], cued: [] });
      cache.rememberFacts(key, "priors", { facts: { passages: [], places: [mention(donetsk(), 0)], dates: [], claims: [], means: [], damage: [], typeCues: [], readings: [] }, densityCells: [] });
      cache.save();
      const segmentDir = join(dir, "extraction", version);
      const segment = join(segmentDir, readdirSync(segmentDir)[0]!);
      truncateSync(segment, keep < 1 ? Math.floor(statSync(segment).size * keep) : keep);
      const warnings: string[] = [];
      expect(ExtractionCache.open(dir, version, (line) => warnings.push(line)).size).toBe(0);
      expect(warnings.join("\n")).toMatch(/ignoring the extraction cache file .*segment-.*: cut short/);
    }
  });
});
