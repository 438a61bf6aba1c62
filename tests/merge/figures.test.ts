// Figures merged per incident: the rule (copies, revisions, lower bounds, per-source totals) and
// the seeds, extracted from content/articles/ by the real extract stage.
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/index.js";
import { decideEventDate } from "../../src/facts/dates.js";
import { decideIncidentType } from "../../src/facts/incident-types.js";
import { ingestArticles } from "../../src/ingest/index.js";
import { mergeFigure } from "../../src/merge/figures.js";
import type { Article, CasualtyClaim, FigureKind } from "../../src/model.js";
import { loadPlaceIndex } from "../../src/places/index.js";

const article = (id: string, published: string, source = "example.org"): Article => ({
  id, file: `articles/${id}.md`, line: null, format: "md", title: "", titleDerived: false, text: "", source, url: null, published, publishedDay: published.slice(0, 10), lang: "en", langFrom: "stated",
});
const claim = (kind: FigureKind, value: number, quote: string, extra: Partial<CasualtyClaim> = {}): CasualtyClaim => ({
  kind, value, qualifier: "exact", attribution: null, quote, passage: 1, revisedFrom: null, ...extra,
});

describe("mergeFigure: the rule", () => {
  it("no claims, no figure", () => expect(mergeFigure([])).toBeNull());

  it("a report telling only of the one victim who died gives no injured figure; a recovering victim does", () => {
    const killed = mergeFigure([{ claim: claim("killed", 1, "Girl, 4, Dies Days After Shooting Herself By Accident In Utica"), article: article("c", "2015-05-28") }]);
    const early = { claim: claim("injured", 1, "A girl of 4 is in critical condition after shooting herself by accident in Utica.", { part: true }), article: article("a", "2015-05-25") };
    expect(mergeFigure([early], { killed })).toMatchObject({ low: 0, best: 0, high: 0 });
    // said to recover (articleClaims sets diedOfThese 0): a survivor beside the dead
    const recovering = { claim: claim("injured", 1, "The girl was listed in good condition.", { part: true, diedOfThese: 0 }), article: article("b", "2015-05-26") };
    expect(mergeFigure([early, recovering], { killed })!.best).toBe(1);
    // with two dead, a lone wounded is someone else
    const two = mergeFigure([{ claim: claim("killed", 2, "Two men were killed."), article: article("c", "2015-05-28") }]);
    expect(mergeFigure([early], { killed: two })!.best).toBe(1);
  });

  it("one day's reports with no time tied: the dead go to the higher toll, the injured to the lower", () => {
    const day = (id: string, source: string) => article(id, "2024-04-01", source);
    const killed = mergeFigure([
      { claim: claim("killed", 24, "The death toll in the strike on the administration rose to 24."), article: day("a", "one.example") },
      { claim: claim("killed", 31, "The death toll in the strike on the administration rose to 31."), article: day("b", "two.example") },
    ]);
    expect(killed).toMatchObject({ low: 24, best: 31, high: 31 });
    const injured = mergeFigure([
      { claim: claim("injured", 43, "43 people were injured in the strike."), article: day("a", "one.example") },
      { claim: claim("injured", 40, "40 people were injured in the strike."), article: day("b", "two.example") },
    ]);
    expect(injured).toMatchObject({ low: 40, best: 40, high: 43 });
  });

  it("a figure a later report revised stays in the claims and the timeline, not in low/best/high", () => {
    const a = article("a", "2024-06-07T08:00:00Z");
    const b = article("b", "2024-06-07T12:00:00Z");
    const figure = mergeFigure([
      { claim: claim("killed", 3, "Three people were killed."), article: a },
      { claim: claim("killed", 4, "Four were killed, raising the toll from three.", { revisedFrom: 3, revision: true }), article: b },
    ])!;
    expect([figure.low, figure.best, figure.high]).toEqual([4, 4, 4]);
    // The note says by what, once: the page prints "superseded" from the flag above it.
    expect(figure.claims.find((c) => c.value === 3)).toMatchObject({ superseded: true, counted: false, note: expect.stringMatching(/^\S+ later gave 4 \(revised from 3\)$/) });
    expect(figure.timeline.map((t) => t.value)).toEqual([3, 3, 4]);
    expect(figure.conflict).toBe(false);
  });

  it("\"the death toll rose to five\" supersedes an earlier report's lower count", () => {
    const figure = mergeFigure([
      { claim: claim("killed", 3, "Three people died."), article: article("a", "2022-07-10") },
      { claim: claim("killed", 5, "The death toll rose to five.", { revision: true }), article: article("b", "2022-07-11") },
    ])!;
    expect([figure.low, figure.best, figure.high]).toEqual([5, 5, 5]);
    expect(figure.claims[0]!.superseded).toBe(true);
  });

  it("a revised toll published the same day supersedes that day's lower count", () => {
    const figure = mergeFigure([
      { claim: claim("killed", 7, "Seven people were killed in the missile strike on the city."), article: article("a", "2022-10-06", "one.example") },
      { claim: claim("killed", 11, "The toll of the city's missile strike has risen to 11.", { revision: true }), article: article("b", "2022-10-06", "two.example") },
    ])!;
    expect([figure.low, figure.best, figure.high]).toEqual([11, 11, 11]);
    expect(figure.claims.find((c) => c.value === 7)).toMatchObject({ superseded: true, counted: false });
    expect(figure.conflict).toBe(false);
  });

  it("disagreeing exact figures: a range, a conflict, best the figure most sources give", () => {
    const figure = mergeFigure([
      { claim: claim("injured", 7, "Seven people were wounded."), article: article("a", "2015-10-19") },
      { claim: claim("injured", 6, "Six people were wounded."), article: article("b", "2015-10-20") },
      { claim: claim("injured", 6, "Six were hurt, police said."), article: article("c", "2015-10-21") },
    ])!;
    expect([figure.low, figure.best, figure.high]).toEqual([6, 6, 7]);
    expect(figure.conflict).toBe(true);
  });

  it("a lower bound narrows but never sets best while an exact count exists", () => {
    const figure = mergeFigure([
      { claim: claim("injured", 40, "wounding over 40", { qualifier: "over" }), article: article("a", "2024-06-07") },
      { claim: claim("injured", 38, "38 people were injured."), article: article("b", "2024-06-07") },
      { claim: claim("injured", 46, "Forty-six people have received medical treatment."), article: article("c", "2024-06-07") },
    ])!;
    expect(figure.best).toBe(46);
    expect(figure.low).toBe(46);
    expect(figure.high).toBe(46);
    expect(figure.qualifier).toBeNull();
  });

  it("with only a lower bound, best is the bound and says so", () => {
    const figure = mergeFigure([{ claim: claim("injured", 40, "wounding over 40", { qualifier: "over" }), article: article("a", "2024-06-07") }])!;
    expect(figure).toMatchObject({ low: 40, best: 40, high: 40, qualifier: "over" });
  });

  it("copies of one syndicated text count once and stay listed", () => {
    const quote = "Two men were shot and killed outside a bar, police said.";
    const figure = mergeFigure([
      { claim: claim("killed", 2, quote), article: article("wire", "2016-01-01") },
      { claim: claim("killed", 2, quote), article: article("copy", "2016-01-02", "other.example") },
      { claim: claim("killed", 1, "One man died, a witness said."), article: article("c", "2016-01-02") },
    ])!;
    expect(figure.claims).toHaveLength(3);
    expect(figure.claims.find((c) => c.article === "copy")).toMatchObject({ counted: false });
    // the copy does not make 2 the majority: 2 and 1 have one source each, the later (1) wins the tie
    expect(figure.best).toBe(1);
    expect(figure.conflict).toBe(true);
  });

  it("a report's total covers the victims it describes one by one", () => {
    const a = article("a", "2016-01-01");
    const figure = mergeFigure([
      { claim: claim("injured", 4, "Four people were wounded."), article: a },
      { claim: claim("injured", 1, "A man, 22, was hit in the chest.", { part: true, countsShot: true }), article: a },
    ])!;
    expect([figure.low, figure.best, figure.high]).toEqual([4, 4, 4]);
    expect(figure.claims[1]).toMatchObject({ counted: false });
  });

  it("people shot include those the incident's killed figure says died", () => {
    const killed = mergeFigure([{ claim: claim("killed", 1, "One of them died."), article: article("b", "2016-01-02") }]);
    const injured = mergeFigure([{ claim: claim("injured", 3, "Three people were shot.", { countsShot: true }), article: article("a", "2016-01-01") }], { killed });
    expect(injured!.best).toBe(2);
  });

  it("best always lies in [low, high]", () => {
    const figure = mergeFigure([
      { claim: claim("killed", 12, "killed about 12", { qualifier: "about" }), article: article("a", "2022-01-01") },
      { claim: claim("killed", 20, "up to 20 dead", { qualifier: "up to" }), article: article("b", "2022-01-02") },
    ])!;
    expect(figure.low).toBeLessThanOrEqual(figure.best);
    expect(figure.best).toBeLessThanOrEqual(figure.high);
  });
});

describe("the seeds, extracted from content/articles/", () => {
  const ingested = ingestArticles(join(new URL("../..", import.meta.url).pathname, "content"), DateTime.fromISO("2030-01-01T00:00:00Z"));
  const seeds = ingested.articles.filter((a) => /^0\d\d_/.test(a.id) || a.file.includes("000_") || a.file.includes("001_"));
  const places = loadPlaceIndex();
  const facts = seeds.map((a) => extractFacts(a, places));
  const where = (pattern: RegExp) => (f: (typeof facts)[number], passage: number) => pattern.test(f.passages[passage]!.text);
  const isNikopol = where(/Nikopol/);
  const isParaskoviivka = where(/Paraskoviivka/);
  const luhansk = (kind: FigureKind) =>
    facts.flatMap((f) => f.claims.filter((c) => c.kind === kind && !isNikopol(f, c.passage) && !isParaskoviivka(f, c.passage)).map((c) => ({ claim: c, article: f.article })));

  it("two seed articles", () => expect(seeds).toHaveLength(2));

  it("Luhansk: killed 4, with the revision from three recorded", () => {
    const killed = mergeFigure(luhansk("killed"))!;
    expect([killed.low, killed.best, killed.high]).toEqual([4, 4, 4]);
    expect(killed.claims.some((c) => c.revisedFrom === 3)).toBe(true);
    expect(killed.timeline.some((t) => t.value === 3)).toBe(true);
  });

  it("Luhansk: injured a range holding 43 and 46, each attributed, \"over 40\" kept", () => {
    const injured = mergeFigure(luhansk("injured"), { killed: mergeFigure(luhansk("killed")) })!;
    expect(injured.low).toBe(43);
    expect(injured.high).toBe(46);
    expect(injured.best).toBeGreaterThanOrEqual(43);
    expect(injured.best).toBeLessThanOrEqual(46);
    expect(injured.claims.find((c) => c.value === 46)?.attribution).toBe("regional health minister Nataliya Pashchenko");
    expect(injured.claims.find((c) => c.value === 43)?.attribution).toBe("regional authorities");
    expect(injured.claims.filter((c) => c.value === 40 && c.qualifier === "over")).toHaveLength(2);
    expect(injured.conflict).toBe(true);
  });

  it("Luhansk: 10 in grave condition; ATACMS as the Russian defence ministry claims it", () => {
    const grave = mergeFigure(luhansk("grave"))!;
    expect(grave.best).toBe(10);
    expect(grave.claims[0]!.attribution).toBe("regional health minister Nataliya Pashchenko");
    const atacms = facts.flatMap((f) => f.means).filter((m) => m.means === "ATACMS missile");
    expect(atacms).toHaveLength(2);
    for (const m of atacms) {
      expect(m.count).toBe(5);
      expect(m.attribution).toMatch(/^Russian defen[cs]e ministry$/i);
    }
  });

  it("Nikopol: 1 killed, and 71 is no figure anywhere", () => {
    const nikopol = facts.flatMap((f) => f.claims.filter((c) => isNikopol(f, c.passage)).map((claim) => ({ claim, article: f.article })));
    const killed = mergeFigure(nikopol.filter((c) => c.claim.kind === "killed"))!;
    expect([killed.low, killed.best, killed.high]).toEqual([1, 1, 1]);
    for (const f of facts) expect(f.claims.map((c) => c.value)).not.toContain(71);
    for (const f of facts) expect(f.damage.map((d) => d.count)).not.toContain(71);
  });

  it("Paraskoviivka: no casualty figures, a territorial claim", () => {
    for (const f of facts) {
      expect(f.claims.filter((c) => isParaskoviivka(f, c.passage))).toEqual([]);
      const cues = f.typeCues.filter((t) => isParaskoviivka(f, t.passage));
      expect(decideIncidentType(cues)).toBe("territorial claim");
    }
  });

  it("the strike and the shelling are dated 2024-06-07", () => {
    for (const f of facts) {
      const strike = f.dates.filter((d) => !isParaskoviivka(f, d.passage));
      expect(decideEventDate(strike, f.article.publishedDay).date).toBe("2024-06-07");
      expect(f.dates.filter((d) => isNikopol(f, d.passage))).toEqual([]); // so the shelling takes 2024-06-07, the publication day
    }
  });

  it("damage: 33 blocks, two schools, three kindergartens and a college", () => {
    for (const f of facts) {
      expect(f.damage.map((d) => d.count)).toEqual(expect.arrayContaining([33, 2, 3, 1]));
    }
  });
});

describe("mergeFigure: sources naming single dead", () => {
  it("a follow-up naming one of the dead does not outvote a report of all of them (modelled on a gva-dev incident)", () => {
    const figure = mergeFigure([
      { claim: claim("killed", 3, "Residents were shaken a day after a suspected gunman killed three people and wounded two more."), article: article("a", "2014-07-13") },
      { claim: claim("killed", 1, "Town Mourns Man Slain in Glendale", { part: true }), article: article("b", "2014-07-14") },
    ])!;
    expect([figure.low, figure.best, figure.high]).toEqual([3, 3, 3]);
    expect(figure.claims.find((c) => c.article === "b")).toMatchObject({ counted: false });
  });
  it("the missing too: a later story of one missing sailor does not outvote a crew's count", () => {
    const figure = mergeFigure([
      { claim: claim("missing", 27, "One sailor died and 27 are missing after the fire on the cruiser, the ministry said."), article: article("a", "2022-04-22") },
      { claim: claim("missing", 1, "The father of a conscript who went missing when the cruiser sank is still looking for him.", { part: true }), article: article("b", "2022-05-10") },
    ])!;
    expect([figure.low, figure.best, figure.high]).toEqual([27, 27, 27]);
    expect(figure.claims.find((c) => c.article === "b")).toMatchObject({ counted: false, note: expect.stringContaining("missing") });
  });
  it("alone, single victims still make the figure", () => {
    const figure = mergeFigure([{ claim: claim("killed", 1, "A man was shot and killed Sunday.", { part: true }), article: article("a", "2014-07-13") }])!;
    expect(figure.best).toBe(1);
  });
  it("not for the hurt: a report naming one wounded person still counts", () => {
    const figure = mergeFigure([
      { claim: claim("injured", 2, "Two people were wounded."), article: article("a", "2014-07-13") },
      { claim: claim("injured", 1, "A man, 21, was hit in the leg.", { part: true, countsShot: true }), article: article("b", "2014-07-14") },
    ])!;
    expect(figure.low).toBe(1);
  });
});

describe("mergeFigure: a report's own count of the dead", () => {
  it("a larger count of dead told well after the report's total is another incident's", () => {
    const a = article("a", "2015-06-22");
    const figure = mergeFigure([
      { claim: claim("killed", 1, "One man was killed in the shooting Monday.", { passage: 1 }), article: a },
      { claim: claim("killed", 10, "On Saturday, ten people were killed when a man fired into a street party.", { passage: 18 }), article: a },
    ])!;
    expect(figure.best).toBe(1);
    expect(figure.claims[1]).toMatchObject({ counted: false });
    expect(figure.claims[1]!.note).toMatch(/another incident/);
  });
  it("a revised, larger count soon after the first stands", () => {
    const a = article("a", "2015-06-22");
    const figure = mergeFigure([
      { claim: claim("killed", 1, "One man was killed.", { passage: 1 }), article: a },
      { claim: claim("killed", 2, "A second victim died at the hospital, bringing the dead to two.", { passage: 3 }), article: a },
    ])!;
    expect(figure.best).toBe(2);
  });
});
