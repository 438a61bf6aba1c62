// Cutting one article into incident reports, on hand-made extraction results so each rule is
// tested alone: a new place or kind of event opens a report at a paragraph; tallies,
// recollections and datelines never do; a run that names the same person folds back.
import { describe, expect, it } from "vitest";
import { readPassage } from "../../src/facts/clauses.js";
import { cutReports } from "../../src/group/reports.js";
import type { ArticleFacts, CasualtyClaim, IncidentType, Place, PlaceMention } from "../../src/model.js";

const place = (name: string, lat: number, lon: number, precision: Place["precision"] = "city", admin1 = "Region"): Place => ({
  slug: `${name.toLowerCase()}-xx`, name, admin1, admin2: null, country: "XX", countryName: "Testland", lat, lon, geonameId: null, precision, aliases: [], origin: "gazetteer",
});
const HARBOR = place("Harbor", 50, 30);
const MILLTOWN = place("Milltown", 48, 35); // ~430 km away
const COUNTRY = place("Testland", 49, 32, "country");

interface Line {
  text: string;
  /** Same paragraph as the line before. */
  cont?: boolean;
  where?: [Place, string, PlaceMention["role"]][];
  type?: IncidentType;
  killed?: number;
}

function article(lines: Line[]): ArticleFacts {
  let paragraph = 0;
  const passages = lines.map((l, index) => ({ index, paragraph: l.cont ? paragraph : ++paragraph, text: l.text, isTitle: false }));
  const claim = (kind: "killed", value: number, passage: number): CasualtyClaim => ({ kind, value, qualifier: "exact", attribution: null, quote: lines[passage]!.text, passage, revisedFrom: null });
  return {
    article: { id: "a", file: "articles/a.txt", line: null, format: "txt", title: "", titleDerived: true, text: lines.map((l) => l.text).join("\n"), source: null, url: null, published: "2024-06-07", publishedDay: "2024-06-07", lang: "en", langFrom: "stated" },
    passages,
    places: lines.flatMap((l, passage) => (l.where ?? []).map(([p, surface, role]) => ({ place: p, passage, surface, role, score: 1 }))),
    dates: [],
    claims: lines.flatMap((l, passage) => (l.killed === undefined ? [] : [claim("killed", l.killed, passage)])),
    means: [],
    damage: [],
    typeCues: lines.flatMap((l, passage) => (l.type ? [{ passage, type: l.type, cue: l.type }] : [])),
    readings: lines.map((l) => readPassage(l.text)),
  };
}

describe("cutting an article into reports", () => {
  it("opens a report where a paragraph with evidence moves to a distant town", () => {
    const reports = cutReports(article([
      { text: "A missile strike on Harbor killed four people.", where: [[HARBOR, "Harbor", "location"]], type: "missile strike", killed: 4 },
      { text: "Rescuers worked through the night." },
      { text: "In Milltown, shelling killed a woman.", where: [[MILLTOWN, "Milltown", "location"]], type: "shelling", killed: 1 },
    ]));
    expect(reports.map((r) => r.passages)).toEqual([[0, 1], [2]]);
    expect(reports.map((r) => r.place?.place.name)).toEqual(["Harbor", "Milltown"]);
    expect(reports[1]!.claims.map((c) => c.value)).toEqual([1]);
  });

  it("stays in one report when the new town is named inside a paragraph, or in a dateline", () => {
    const inside = cutReports(article([
      { text: "A missile strike on Harbor killed four people.", where: [[HARBOR, "Harbor", "location"]], type: "missile strike" },
      { text: "Shelling was also heard in Milltown.", cont: true, where: [[MILLTOWN, "Milltown", "location"]], type: "shelling" },
    ]));
    expect(inside).toHaveLength(1);
    const dateline = cutReports(article([
      { text: "Four killed in strike", type: "missile strike" },
      { text: "Harbor police said more details would follow.", where: [[HARBOR, "Harbor", "location"]] },
      { text: "MILLTOWN, Testland — A missile strike killed four people, officials said.", where: [[MILLTOWN, "MILLTOWN", "location"]], type: "missile strike" },
    ]));
    expect(dateline).toHaveLength(1);
  });

  it("stays in one report when the new town is where victims were taken, names a school, or follows a bare headline", () => {
    const hospital = cutReports(article([
      { text: "A man was shot dead in Harbor on Friday.", where: [[HARBOR, "Harbor", "location"]], type: "shooting", killed: 1 },
      { text: "A second victim was taken to Mercy Hospital in Milltown, where she died.", where: [[MILLTOWN, "Milltown", "location"]], type: "shooting", killed: 1 },
    ]));
    expect(hospital).toHaveLength(1);
    const facility = cutReports(article([
      { text: "A man was shot dead in Harbor on Friday.", where: [[HARBOR, "Harbor", "location"]], type: "shooting", killed: 1 },
      { text: "He was a student at Milltown High School, where friends held a vigil for the shooting victim.", where: [[MILLTOWN, "Milltown", "location"]], type: "shooting" },
    ]));
    expect(facility).toHaveLength(1);
    const facts = article([
      { text: "Gunman holed up in Harbor", where: [[HARBOR, "Harbor", "location"]], type: "shooting" },
      { text: "A gunman who shot an officer in Milltown on Friday remains barricaded in a house.", where: [[MILLTOWN, "Milltown", "location"]], type: "shooting" },
    ]);
    facts.passages[0]!.isTitle = true;
    expect(cutReports(facts)).toHaveLength(1);
    facts.passages[0]!.isTitle = false;
    expect(cutReports(facts)).toHaveLength(2);
  });

  it("does not let a country mention hold a round-up together, nor open a report by itself", () => {
    const reports = cutReports(article([
      { text: "A missile strike on Harbor killed four people.", where: [[HARBOR, "Harbor", "location"], [COUNTRY, "Testland", "mention"]], type: "missile strike" },
      { text: "In Milltown in Testland, shelling killed a woman.", where: [[MILLTOWN, "Milltown", "location"], [COUNTRY, "Testland", "mention"]], type: "shelling" },
      { text: "Shelling across Testland continued.", where: [[COUNTRY, "Testland", "location"]], type: "shelling" },
    ]));
    expect(reports.map((r) => r.passages)).toEqual([[0], [1, 2]]);
  });

  it("opens a report for a territorial claim after a strike, and keeps a tally out of every report", () => {
    const reports = cutReports(article([
      { text: "A missile strike on Harbor killed four people.", where: [[HARBOR, "Harbor", "location"]], type: "missile strike" },
      { text: "Over the last week, troops liberated the settlement of Smallvale.", type: "territorial claim" },
      { text: "Since the beginning of this year, 47 settlements have been liberated, the president said.", type: "territorial claim" },
    ]));
    expect(reports.map((r) => r.type)).toEqual(["missile strike", "territorial claim"]);
    expect(reports[1]!.passages).toEqual([1]);
    expect(reports.some((r) => r.text.includes("47"))).toBe(false);
  });

  it("never opens a report for a recollection, and leaves its figures out", () => {
    const reports = cutReports(article([
      { text: "A man was shot dead in Harbor on Friday.", where: [[HARBOR, "Harbor", "location"]], type: "shooting", killed: 1 },
      { text: "Last year, two people were killed in a shooting in Milltown.", where: [[MILLTOWN, "Milltown", "location"]], type: "shooting", killed: 2 },
    ]));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.claims.map((c) => c.value)).toEqual([1]);
  });

  it("folds back a run that names the same person as an earlier one", () => {
    const reports = cutReports(article([
      { text: "A man was shot dead in Harbor, police said, naming him as Jerome Vasquez.", where: [[HARBOR, "Harbor", "location"]], type: "shooting" },
      { text: "In Milltown, where he lived, friends said Vasquez had worked nights.", where: [[MILLTOWN, "Milltown", "location"]], type: "shooting" },
    ]));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.passages).toEqual([0, 1]);
  });

  it("gives an article without incident evidence no report", () => {
    expect(cutReports(article([{ text: "The council met on Tuesday to discuss the budget.", where: [[HARBOR, "Harbor", "location"]] }]))).toEqual([]);
  });
});
