// The incident page's opening lines (merge/summary.ts).
import { describe, expect, it } from "vitest";
import { incidentSummary } from "../../src/merge/summary.js";
import type { Article, IncidentReport } from "../../src/model.js";

const article = (title: string, titleDerived = false): Article => ({
  id: "a", file: "articles/a.jsonl", line: 1, format: "jsonl", title, titleDerived, text: "", source: "censor.net", url: null,
  published: "2022-11-17", publishedDay: "2022-11-17", lang: "en", langFrom: "stated",
});
const report = (lines: string[], passages: number[]): IncidentReport => ({
  id: "a/0", articleId: "a", passages, text: lines.join("\n"), place: null, places: [], date: { date: "2022-11-17", end: "2022-11-17", precision: "day", cue: null },
  type: "other", claims: [], means: [], damage: [],
});

describe("incidentSummary", () => {
  it("starts with the text, not the headline, and drops a wire time stamp (as RUWA's Censor.NET pages print it)", () => {
    const title = "Civilian losses: Shelling in Kherson region (17.11.22 08:11) « Front news | Kyiv Wire";
    const summary = incidentSummary(
      report([title, "17.11.22 08:11 - Civilian losses: Shelling in Kherson region.", "Russian shelling killed 4 civilians in the Kherson region on Wednesday."], [0, 1, 2]),
      article(title),
    );
    expect(summary).toBe("Civilian losses: Shelling in Kherson region. Russian shelling killed 4 civilians in the Kherson region on Wednesday.");
  });

  it("drops an agency dateline", () => {
    const summary = incidentSummary(report(["KYIV, June 7 (Reuters) - A Ukrainian missile strike killed four people."], [1]), article("Strike"));
    expect(summary).toBe("A Ukrainian missile strike killed four people.");
  });

  it("keeps the first sentence of a wire text whose title is derived from it, and a headline that is all there is", () => {
    expect(incidentSummary(report(["A missile attack on Luhansk killed four people.", "More text."], [0, 1]), article("A missile attack on Luhansk…", true))).toBe(
      "A missile attack on Luhansk killed four people. More text.",
    );
    expect(incidentSummary(report(["Two shot in Tulsa"], [0]), article("Two shot in Tulsa"))).toBe("Two shot in Tulsa");
  });

  it("keeps a dash that is no dateline", () => {
    expect(incidentSummary(report(["Police said the man - a 40-year-old - was shot twice."], [1]), article("Shot"))).toBe("Police said the man - a 40-year-old - was shot twice.");
  });
});
