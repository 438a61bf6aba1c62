// The editor's places.yml: adds places, corrects them, and reports bad entries with their line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/model.js";
import { findPlaceMentions, loadPlaceIndex, readEditorPlaces } from "../../src/places/index.js";

function contentWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "places-yml-"));
  writeFileSync(join(dir, "places.yml"), yaml);
  return dir;
}
const sentence = (text: string): Passage[] => [{ index: 0, paragraph: 0, text, isTitle: false }];

describe("places.yml", () => {
  it("is optional", () => {
    expect(readEditorPlaces(mkdtempSync(join(tmpdir(), "no-places-")))).toEqual({ places: [], rejected: [] });
  });

  it("the bundled file lists no places (the seeds' places must come from the text)", () => {
    expect(readEditorPlaces(join(import.meta.dirname, "..", "..", "content"))).toEqual({ places: [], rejected: [] });
  });

  it("reports each bad entry with its line and reason, and keeps the good ones", () => {
    const { places, rejected } = readEditorPlaces(
      contentWith(
        [
          "places:",
          "  - name: Zzyzivka",
          "    lat: 48.1",
          "    lon: 37.6",
          "    admin1: Donetsk",
          "    country: UA",
          "  - name: Nowhere",
          "    lat: 123",
          "    lon: 10",
          "  - name: Elsewhere",
          "    lat: 10",
          "    lon: 10",
          "    country: Ukraine",
          "  - lat: 1",
          "    lon: 2",
          "  - name: Typo",
          "    lat: 1",
          "    lon: 2",
          "    lattitude: 3",
        ].join("\n"),
      ),
    );
    expect(places.map((p) => p.name)).toEqual(["Zzyzivka"]);
    expect(rejected.map((r) => [r.file, r.line])).toEqual([
      ["places.yml", 7],
      ["places.yml", 10],
      ["places.yml", 14],
      ["places.yml", 16],
    ]);
    expect(rejected[0]!.reason).toMatch(/lat/);
    expect(rejected[1]!.reason).toMatch(/country/);
    expect(rejected[2]!.reason).toMatch(/name/);
    expect(rejected[3]!.reason).toMatch(/lattitude/);
  });

  it("reports a file that does not parse", () => {
    const { places, rejected } = readEditorPlaces(contentWith("places:\n  - name: [unclosed\n"));
    expect(places).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.line).toBeGreaterThan(0);
  });

  it("adds a place the gazetteer lacks, found under each of its spellings", () => {
    const { places } = readEditorPlaces(
      contentWith("places:\n  - name: Zzyzivka\n    aliases: [Zzyzovka, Зизівка]\n    lat: 48.1\n    lon: 37.6\n    admin1: Donetsk\n    country: UA\n"),
    );
    const index = loadPlaceIndex(places);
    for (const spelling of ["Zzyzivka", "Zzyzovka", "Зизівка"]) {
      const found = findPlaceMentions(sentence(`Shelling was reported in ${spelling} overnight.`), index)[0];
      expect(found?.place).toMatchObject({ name: "Zzyzivka", admin1: "Donetsk", country: "UA", lat: 48.1, lon: 37.6, origin: "editor", precision: "city" });
    }
  });

  it("corrects a gazetteer place near its own coordinates, keeping its page and GeoNames id", () => {
    const { places } = readEditorPlaces(contentWith("places:\n  - name: Nikopol\n    lat: 47.57\n    lon: 34.40\n    country: UA\n"));
    const index = loadPlaceIndex(places);
    const place = findPlaceMentions(sentence("Russian shelling hit Nikopol overnight."), index)[0]!.place;
    expect(place).toMatchObject({ name: "Nikopol", geonameId: 700051, slug: "nikopol-dnipropetrovsk-ua", lat: 47.57, lon: 34.4, origin: "editor" });
    // The unlayered index is untouched.
    expect(findPlaceMentions(sentence("Russian shelling hit Nikopol overnight."), loadPlaceIndex())[0]!.place.origin).toBe("gazetteer");
  });
});
