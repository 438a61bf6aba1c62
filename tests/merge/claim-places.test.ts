// A figure whose sentence tells of another town than the incident's is listed, not counted
// (src/merge/claim-places.ts). Written sentences modelled on war-news wire items; the places are
// read by the real extract stage from the gazetteer.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/index.js";
import { cutReports } from "../../src/group/reports.js";
import { claimsOfElsewhere } from "../../src/merge/claim-places.js";
import { mergeFigure } from "../../src/merge/figures.js";
import type { Article, IncidentReport, Place } from "../../src/model.js";
import { loadPlaceIndex } from "../../src/places/index.js";

const article = (id: string, title: string, text: string): Article => ({
  id, file: `articles/${id}.md`, line: null, format: "md", title, titleDerived: false, text, source: "wire.example", url: null, published: "2022-08-20", publishedDay: "2022-08-20", lang: "en", langFrom: "stated",
});

describe("claims of another town", () => {
  const places = loadPlaceIndex();
  const read = (a: Article): IncidentReport => cutReports(extractFacts(a, places))[0]!;
  const killedOf = (a: Article, place: Place) => {
    const report = read(a);
    const elsewhere = claimsOfElsewhere(report, a, place);
    return mergeFigure(report.claims.filter((c) => c.kind === "killed").map((claim) => ({ claim, article: a, elsewhere: elsewhere.get(claim) })));
  };

  // The headline names the region's city; the body the village, far from it.
  const village = article("v", "Four dead as enemy shells hit Zaporizhzhia area", "Four civilians were killed when Russian troops shelled the occupied village of Vasylivka in Zaporizhzhia region.");
  const city = article("c", "Enemy shells Zaporizhzhia", "Two people were killed when a rocket hit a house in Zaporizhzhia, the regional governor said.");

  it("reads the village as the scene of the body's figure", () => {
    const report = read(village);
    expect(report.places.some((m) => m.place.name === "Vasylivka" && m.role === "location")).toBe(true);
  });

  it("a figure told of a village far from the incident's city is listed, not counted; the headline repeating it too", () => {
    const zaporizhzhia = read(city).place!.place;
    expect(zaporizhzhia.name).toBe("Zaporizhzhia");
    expect(killedOf(village, zaporizhzhia)).toBeNull();
    const report = read(village);
    const elsewhere = claimsOfElsewhere(report, village, zaporizhzhia);
    const notes = report.claims.map((c) => elsewhere.get(c));
    expect(notes).toEqual([expect.stringMatching(/^the text gives this figure for Vasylivka, \d+ km from Zaporizhzhia/), expect.stringMatching(/^tells of Vasylivka, \d+ km from Zaporizhzhia/)]);
    // Beside the city's own report, the city's figure stands and the village's stays on the page.
    const both = [read(city), report].flatMap((r, i) => {
      const a = i === 0 ? city : village;
      const far = claimsOfElsewhere(r, a, zaporizhzhia);
      return r.claims.filter((c) => c.kind === "killed").map((claim) => ({ claim, article: a, elsewhere: far.get(claim) }));
    });
    const figure = mergeFigure(both)!;
    expect(figure.best).toBe(2);
    expect(figure.claims.filter((c) => !c.counted).map((c) => c.value)).toEqual([4, 4]);
  });

  it("the incident's own town, or an incident in the village, keeps the figure", () => {
    const zaporizhzhia = read(city).place!.place;
    expect(killedOf(city, zaporizhzhia)!.best).toBe(2);
    const vasylivka = read(village).places.find((m) => m.place.name === "Vasylivka")!.place;
    expect(killedOf(village, vasylivka)!.best).toBe(4);
  });

  it("a sentence naming the incident's town beside another keeps the figure", () => {
    const both = article("b", "Shelling in Zaporizhzhia region", "Three people were killed in Zaporizhzhia and in the village of Vasylivka overnight.");
    const zaporizhzhia = read(city).place!.place;
    expect(killedOf(both, zaporizhzhia)!.best).toBe(3);
  });

  it("a town named bare (a dateline, a hospital's town, a person's name) decides nothing", () => {
    const hospital = article("h", "Man wounded in Zaporizhzhia", "A man was wounded by shrapnel and taken to hospital in Vasylivka.");
    const zaporizhzhia = read(city).place!.place;
    const report = read(hospital);
    expect(claimsOfElsewhere(report, hospital, zaporizhzhia).size).toBe(0);
  });
});
