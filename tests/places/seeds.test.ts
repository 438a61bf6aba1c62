// The seed articles (content/articles/) through ingest and extract: the places the product must get right.
import { DateTime } from "luxon";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/index.js";
import { ingestArticles } from "../../src/ingest/index.js";
import type { ArticleFacts, PlaceMention } from "../../src/model.js";
import { haversineKm } from "../../src/places/distance.js";
import { loadPlaceIndex, primePlaceIndex } from "../../src/places/index.js";

const contentDir = join(import.meta.dirname, "..", "..", "content");
let facts: ArticleFacts[];

beforeAll(() => {
  const { articles } = ingestArticles(contentDir, DateTime.fromISO("2026-01-01T00:00:00Z"));
  const index = loadPlaceIndex();
  primePlaceIndex(index, articles);
  facts = articles.map((article) => extractFacts(article, index));
});

const locations = (f: ArticleFacts) => f.places.filter((m) => m.role === "location");
const named = (f: ArticleFacts, name: string): PlaceMention[] => f.places.filter((m) => m.place.name === name);

describe("seed places", () => {
  it("reads both seed articles", () => expect(facts).toHaveLength(2));

  it("puts the strike in Luhansk (UA, Luhansk oblast, city), under either spelling", () => {
    for (const f of facts) {
      const first = locations(f)[0]!;
      expect(first.place).toMatchObject({ name: "Luhansk", country: "UA", admin1: "Luhansk", precision: "city", geonameId: 702658 });
      expect(["Lugansk", "Luhansk"]).toContain(first.surface);
      expect(first.place.aliases).toEqual(expect.arrayContaining(["Lugansk", "Луганськ"]));
    }
  });

  it("puts the shelling in Nikopol, Dnipropetrovsk oblast, Ukraine (not Bulgaria)", () => {
    for (const f of facts) {
      const nikopol = named(f, "Nikopol");
      expect(nikopol.length).toBeGreaterThan(0);
      expect(nikopol[0]).toMatchObject({ role: "location", place: { country: "UA", admin1: "Dnipropetrovsk", precision: "city" } });
    }
  });

  it("finds Paraskoviivka in the gazetteer: the GeoNames village in Donetsk oblast, about 25 km southwest of Donetsk", () => {
    const places = facts.map((f) => named(f, "Paraskoviivka")[0]).filter((m) => m !== undefined);
    expect(places).toHaveLength(2);
    for (const mention of places) {
      expect(mention!.place).toMatchObject({ country: "UA", admin1: "Donetsk", origin: "gazetteer", geonameId: 697995, precision: "city" });
      expect(mention!.place.aliases).toContain("Парасковіївка");
    }
    const place = places[0]!.place;
    const donetsk = { lat: 48.023, lon: 37.80224 };
    // The article's own cue ("around 25 km southwest") and GeoNames' point agree within a few km.
    expect(haversineKm(place.lat!, place.lon!, donetsk.lat, donetsk.lon)).toBeGreaterThan(20);
    expect(haversineKm(place.lat!, place.lon!, donetsk.lat, donetsk.lon)).toBeLessThan(35);
    expect(place.lat!).toBeLessThan(donetsk.lat);
    expect(place.lon!).toBeLessThan(donetsk.lon);
  });

  it("puts Paraskoviivka where the article says it is: a location, not a mention", () => {
    const roles = facts.map((f) => named(f, "Paraskoviivka").map((m) => m.role));
    expect(roles.some((r) => r.includes("location"))).toBe(true);
  });

  it("marks places merely named as mentions", () => {
    const all = facts.flatMap((f) => f.places);
    for (const surface of ["Moscow", "Kyiv", "Saint Petersburg", "Donetsk", "Dnipropetrovsk region"]) {
      const found = all.filter((m) => m.surface === surface);
      for (const m of found) expect(m.role, `${surface} in passage ${m.passage}`).toBe("mention");
    }
    expect(all.some((m) => m.surface === "Nataliya" || m.surface === "Friday" || m.surface === "Dnipro")).toBe(false);
  });
});
