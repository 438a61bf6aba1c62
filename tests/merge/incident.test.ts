// One incident from its reports (merge/index.ts): the date the reports agree on, and the injured
// figure merged knowing the incident's dead.
import { describe, expect, it } from "vitest";
import { mergeDamage, propertyKind } from "../../src/merge/damage.js";
import { mergeGroups } from "../../src/merge/index.js";
import type { Article, CasualtyClaim, EventDate, IncidentGroup, IncidentReport } from "../../src/model.js";

const article = (id: string, published: string): Article => ({
  id, file: `articles/${id}.md`, line: null, format: "md", title: id, titleDerived: false, text: "", source: `${id}.example`, url: null,
  published, publishedDay: published.slice(0, 10), lang: "en", langFrom: "stated",
});
const day = (date: string, cue: string | null): EventDate => ({ date, end: date, precision: "day", cue });
const claim = (kind: CasualtyClaim["kind"], value: number, quote: string, extra: Partial<CasualtyClaim> = {}): CasualtyClaim => ({
  kind, value, qualifier: "exact", attribution: null, quote, passage: 1, revisedFrom: null, ...extra,
});
const report = (articleId: string, date: EventDate, claims: CasualtyClaim[]): IncidentReport => ({
  id: `${articleId}/0`, articleId, index: 0, passages: [1], text: claims.map((c) => c.quote).join(" "), place: null, places: [], date, type: "shooting", claims, means: [], damage: [],
});
const group = (reports: IncidentReport[]): IncidentGroup => ({ reports, reasons: [], nearMisses: [], editorOverrides: { notes: [] } });

describe("mergeGroups: one incident", () => {
  const articles = new Map([article("a", "2013-06-24"), article("b", "2013-06-25"), article("c", "2013-06-26")].map((x) => [x.id, x]));

  it("is titled by its type and place, and says when no report named a place", () => {
    const [incident] = mergeGroups([group([report("a", day("2013-06-23", "Sunday"), [])])], articles);
    expect(incident!.title).toBe("Shooting, place not stated");
    expect(incident!.naturalId).toBe("2013-06-23-unknown-place-shooting");
    const oblast = { name: "Donetsk", admin1: "Donetsk", admin2: null, country: "UA", countryName: "Ukraine", lat: 48, lon: 37.8, geonameId: 709716, precision: "region" as const, aliases: [], slug: "donetsk-ua", origin: "gazetteer" as const };
    const mention = { surface: "Donetsk region", place: oblast, passage: 1, role: "location" as const, score: 1 };
    const [inRegion] = mergeGroups([group([{ ...report("a", day("2013-06-23", "Sunday"), []), place: mention, places: [mention] }])], articles);
    expect(inRegion!.title).toBe("Shooting in Donetsk region");
  });

  it("a shooting told under its state's name is placed at the town a report names in passing; a strike across an oblast stays the oblast", () => {
    const where = (name: string, admin1: string, country: string, lat: number, lon: number, precision: "city" | "region") =>
      ({ name, admin1, admin2: null, country, countryName: country, lat, lon, geonameId: null, precision, aliases: [], slug: `${name}-${country}`.toLowerCase(), origin: "gazetteer" as const });
    const at = (place: ReturnType<typeof where>, role: "location" | "mention", passage: number) => ({ surface: place.name, place, passage, role, score: 1 });
    const placed = (type: IncidentReport["type"], region: ReturnType<typeof where>, town: ReturnType<typeof where>) => {
      const scene = at(region, "location", 0);
      return group([{ ...report("a", day("2013-06-23", "Sunday"), []), type, place: scene, places: [scene, at(town, "mention", 2)] }]);
    };
    const [shooting] = mergeGroups([placed("shooting", where("Utah", "Utah", "US", 39.25, -111.75, "region"), where("Logan", "Utah", "US", 41.74, -111.83, "city"))], articles);
    expect(shooting!.place?.name).toBe("Logan");
    const [strike] = mergeGroups([placed("shelling", where("Kharkiv", "Kharkiv", "UA", 49.5, 36.5, "region"), where("Chuhuiv", "Kharkiv", "UA", 49.84, 36.69, "city"))], articles);
    expect(strike!.place?.name).toBe("Kharkiv");
  });

  it("people shot in one report include the dead another report gives: 3 shot, 1 killed is 2 injured", () => {
    const [incident] = mergeGroups(
      [group([
        report("a", day("2013-06-23", "Sunday"), [claim("injured", 3, "Three people were shot early Sunday.", { countsShot: true })]),
        report("b", day("2013-06-23", "Sunday"), [claim("killed", 1, "One of the victims, a 19-year-old man, died Monday.")]),
      ])],
      articles,
    );
    expect(incident!.killed!.best).toBe(1);
    expect(incident!.injured!.best).toBe(2);
  });

  it("a day the text states beats publication days; among stated days the one most reports give", () => {
    const [incident] = mergeGroups(
      [group([
        report("a", day("2013-06-24", null), []),
        report("b", day("2013-06-23", "Sunday night"), []),
        report("c", day("2013-06-23", "Sunday"), []),
      ])],
      articles,
    );
    expect(incident!.date).toBe("2013-06-23");
  });

  it("equally supported stated days: the earliest report's", () => {
    const [incident] = mergeGroups(
      [group([
        report("c", day("2013-06-24", "Monday"), []),
        report("a", day("2013-06-22", "Saturday night"), []),
      ])],
      articles,
    );
    expect(incident!.date).toBe("2013-06-22");
  });
});

describe("mergeDamage: one count of one kind of thing, told twice, is one fact", () => {
  const damage = (count: number, what: string, quote: string) => ({ count, what, quote, passage: 1 });
  it("\"33 blocks of flats\" and \"33 apartment blocks\" (the seeds' two agencies) share the first report's words", () => {
    const merged = mergeDamage([
      damage(33, "blocks of flats", "The strike damaged a total of 33 blocks of flats in the east of the city."),
      damage(2, "schools", "... as well as two schools"),
      damage(33, "apartment blocks", "The strike damaged a total of 33 apartment blocks in the east of the city."),
    ]);
    expect(merged.map((d) => `${d.count} ${d.what}`)).toEqual(["33 blocks of flats", "2 schools", "33 blocks of flats"]);
    expect(merged[2]!.quote).toContain("33 apartment blocks"); // the words as written stay in the quote
  });
  it("different counts or different things stay apart", () => {
    const merged = mergeDamage([damage(2, "apartment blocks", "Two apartment blocks collapsed."), damage(33, "blocks of flats", "33 blocks of flats damaged."), damage(2, "houses", "Two houses burned.")]);
    expect(merged.map((d) => `${d.count} ${d.what}`)).toEqual(["2 apartment blocks", "33 blocks of flats", "2 houses"]);
  });
  it("kinds of property read through modifiers and plurals", () => {
    expect(propertyKind("five-storey residential buildings")).toBe("apartment building");
    expect(propertyKind("private houses")).toBe("house");
    expect(propertyKind("higher education college")).toBe("college");
  });
});
