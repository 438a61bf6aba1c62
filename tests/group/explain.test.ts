// "Why merged" in one place: `npm run explain -- A B` on the seed round-ups, the pair model's
// weights by feature name, the note naming the features that decided, and related incidents
// described by their own day gap and places.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { explainArticles } from "../../src/cli/explain-pair.js";
import { decidingFeatures, describePair } from "../../src/group/explain.js";
import { FEATURE_NAMES, type PairFacts } from "../../src/group/features.js";
import { PAIR_MODELS, weightVector, type PairModel } from "../../src/group/pair-model.js";
import { relatedIncident } from "../../src/merge/related.js";
import type { Place } from "../../src/model.js";
import { PROJECT_ROOT } from "../support/build.js";

const seeds = join(PROJECT_ROOT, "content");
const [A, B] = ["000_bc4ad77dd27bda79", "001_82f59fc56d909940"];

const text = await explainArticles(A, B, { contentDir: seeds, now: DateTime.fromISO("2026-01-01T00:00:00Z") });

describe("npm run explain on the seed round-ups", () => {
  const section = text.slice(text.indexOf(`${A}/0 and ${B}/0:`));

  it("lists both articles' reports with their type, place and date", () => {
    expect(text).toMatch(new RegExp(`report ${A}/0: missile strike, Luhansk \\(city\\), 2024-06-07`));
    expect(text).toMatch(new RegExp(`report ${B}/2: shelling, Nikopol`));
    expect(text).toMatch(/war news/);
  });

  it("gives the blocks that pair the Luhansk reports, and no constraint between them", () => {
    expect(section).toMatch(/blocking: a candidate pair, in place luhansk[^;]*\(within 7 days\)/);
    expect(section).toMatch(/constraints: none keeps them apart/);
  });

  it("prints every feature's value, weight and part, then the score against the threshold", () => {
    const model = PAIR_MODELS["war news"];
    for (const name of FEATURE_NAMES) {
      const weight = model.weights[name];
      expect(section).toMatch(new RegExp(`\\n    ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} +\\S+ × +${weight < 0 ? "-" : ""}\\d`));
    }
    expect(section).toMatch(new RegExp(`score: log-odds [+-]\\d+\\.\\d{3}, probability 0\\.\\d{3}; threshold ${model.threshold}`));
  });

  it("says no editor decision names them and puts them in one incident", () => {
    expect(text).toMatch(/Editor decisions \(decisions.yml\):\n {2}none names these articles/);
    expect(text).toMatch(/one incident: incident 2024-06-07-luhansk-missile-strike/);
  });

  it("runs as npm run explain and reports an unknown article with exit 1", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli/explain.ts"), A, "no-such-article"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no article "no-such-article"/);
  });
});

describe("the pair model by feature name", () => {
  it("refuses a model that lacks a feature's weight or weighs an unknown one, naming it", () => {
    const model = PAIR_MODELS["local news"];
    const { "same outlet": _dropped, ...rest } = model.weights;
    expect(() => weightVector({ ...model, weights: rest } as PairModel)).toThrow(/no weight for "same outlet"/);
    expect(() => weightVector({ ...model, weights: { ...model.weights, "moon phase": 1 } } as PairModel)).toThrow(/unknown feature "moon phase"/);
  });

  it("names the features that decided a link by weight × value, largest first", () => {
    const model: PairModel = { ...PAIR_MODELS["local news"], weights: Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as PairModel["weights"] };
    model.weights["title × same day"] = 4;
    model.weights["containment"] = 2;
    model.weights["far apart"] = -3;
    const features = FEATURE_NAMES.map((n) => (n === "title × same day" ? 0.5 : n === "containment" ? 0.9 : n === "far apart" ? 1 : 0));
    expect(decidingFeatures(features, model).map((c) => c.feature)).toEqual(["title × same day", "containment"]);
    const facts: PairFacts = { features, text: 0.4, title: 0.5, days: 0, relation: "same", distanceKm: 0 };
    expect(describePair(facts, 0, "Luhansk", model)).toBe("same place (Luhansk), same day; decided by title × same day (+2.0), containment (+1.8)");
  });
});

describe("related incidents", () => {
  const town = (name: string, lat: number, lon: number): Place => ({
    slug: name.toLowerCase(), name, admin1: "Donetsk", admin2: null, country: "UA", countryName: "Ukraine", lat, lon, geonameId: null, precision: "city", aliases: [], origin: "gazetteer",
  });
  const region: Place = { ...town("Donetsk Oblast", 48, 37.8), slug: "donetsk-oblast", precision: "region" };
  const kramatorsk = town("Kramatorsk", 48.7231, 37.5563);
  const sloviansk = town("Sloviansk", 48.8526, 37.6044);
  const incident = (id: string, date: string, dateEnd: string, place: Place | null) => ({ id, date, dateEnd, place });

  it.each([
    ["one day apart, two towns", incident("a", "2024-06-07", "2024-06-07", kramatorsk), incident("b", "2024-06-08", "2024-06-08", sloviansk), 1, "1 day apart; Kramatorsk and Sloviansk, 15 km apart"],
    ["overlapping date ranges, same town", incident("a", "2024-06-05", "2024-06-09", kramatorsk), incident("b", "2024-06-07", "2024-06-07", kramatorsk), 0, "overlapping dates; same place (Kramatorsk)"],
    ["the same day, two towns", incident("a", "2024-06-07", "2024-06-07", kramatorsk), incident("b", "2024-06-07", "2024-06-07", sloviansk), 0, "same day; Kramatorsk and Sloviansk, 15 km apart"],
    ["a week apart, a town in a region", incident("a", "2024-06-01", "2024-06-01", region), incident("b", "2024-06-08", "2024-06-08", sloviansk), 7, "7 days apart; Sloviansk lies in Donetsk Oblast"],
    ["three days apart, one place unknown", incident("a", "2024-06-10", "2024-06-10", null), incident("b", "2024-06-07", "2024-06-07", sloviansk), 3, "3 days apart; place known for one only (Sloviansk)"],
  ])("%s", (_, a, b, days, note) => {
    const link = relatedIncident(a, b, 0.3);
    expect(link.daysApart).toBe(days);
    expect(link.note).toBe(note);
  });
});
