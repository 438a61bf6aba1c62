// The evaluation's figures must agree with the reference scorer (../shared/eval/score.mjs) on the
// same export; the small cases below pin the definitions without it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingestArticles } from "../../src/ingest/index.js";
import { baselineClusters } from "../../src/eval/baseline.js";
import { clustersAsExport, contentFolderFor, readGold } from "../../src/eval/corpus.js";
import { scoreExport, type GoldIncident, type ScoredExport } from "../../src/eval/metrics.js";
import { corpusDir } from "../support/content.js";

const gold = (id: string, articles: string[], extra: Partial<GoldIncident> = {}): GoldIncident => ({ event_id: id, articles, ...extra });

describe("evaluation figures", () => {
  it("extended BCubed of one merged cluster over two gold incidents", () => {
    const exp: ScoredExport = { incidents: [{ id: "x", articles: ["a", "b", "c"] }], articles: [{ id: "a", incidents: ["x"] }, { id: "b", incidents: ["x"] }, { id: "c", incidents: ["x"] }] };
    const s = scoreExport(exp, [gold("g1", ["a", "b"]), gold("g2", ["c"])]);
    expect(s.bcubed.p).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(s.bcubed.r).toBe(1);
    expect(s.pairwise.p).toBeCloseTo(1 / 3);
    expect(s.pairwise.r).toBe(1);
  });

  it("an article in two predicted incidents costs precision; a missing one is a singleton", () => {
    const exp: ScoredExport = {
      incidents: [{ id: "x", articles: ["a", "b"] }, { id: "y", articles: ["a"] }],
      articles: [{ id: "a", incidents: ["x", "y"] }, { id: "b", incidents: ["x"] }],
    };
    const s = scoreExport(exp, [gold("g1", ["a", "b"]), gold("g2", ["c"])]);
    // a: with itself min(2,1)/2 = 0.5, with b 1 -> 0.75; b: 1, 1 -> 1; c (singleton): 1.
    expect(s.bcubed.p).toBeCloseTo((0.75 + 1 + 1) / 3);
    expect(s.bcubed.r).toBe(1);
    expect(s.articlesMissing).toBe(1);
  });

  it("facts are read from the predicted incident holding most of the gold incident's articles", () => {
    const exp: ScoredExport = {
      incidents: [
        { id: "x", articles: ["a", "b"], date: "2016-01-02", killed: { low: 1, best: 1, high: 2 }, injured: null, place: { lat: 40, lon: -75 } },
        { id: "y", articles: ["c"], date: "2016-01-01", killed: null, injured: null, place: null },
      ],
      articles: [{ id: "a", incidents: ["x"] }, { id: "b", incidents: ["x"] }, { id: "c", incidents: ["y"] }],
    };
    const s = scoreExport(exp, [gold("g1", ["a", "b", "c"], { date: "2016-01-02", killed: 1, injured: 0, lat: 40.1, lon: -75 })]);
    expect([s.killedExact, s.injuredExact, s.dateExact, s.place25km]).toEqual([1, 1, 1, 1]);
  });
});

const gva = join(corpusDir, "gva-dev");
if (!existsSync(gva)) console.warn(`skipping agreement with the reference scorer: ${gva} not found`);
const referencePath = join(corpusDir, "..", "eval", "score.mjs");

describe.skipIf(!existsSync(gva) || !existsSync(referencePath))("agreement with ../shared/eval/score.mjs", () => {
  it("gives the same figures on the same exports", async () => {
    const reference = (await import(referencePath)) as { scoreExport: (exp: unknown, gold: unknown) => { figures: Record<string, unknown> } };
    const goldIncidents = readGold(join(gva, "gold.jsonl"));
    const { articles } = ingestArticles(contentFolderFor(gva), DateTime.fromISO("2026-01-01T00:00:00Z"));
    const clustered = clustersAsExport(baselineClusters(articles));
    // A second export with overlaps, articles left out, and facts (some right, some wrong).
    const byGold = goldIncidents.map((g, k) => ({
      id: `p${k}`,
      articles: g.articles.filter((_, i) => (k + i) % 7 !== 0),
      date: k % 3 ? g.date ?? null : "2000-01-01",
      killed: k % 4 ? { low: g.killed ?? 0, best: g.killed ?? 0, high: g.killed ?? 0 } : null,
      injured: { low: 0, best: k % 5 ? g.injured ?? 0 : 99, high: 99 },
      place: k % 6 ? { lat: g.lat ?? null, lon: g.lon ?? null } : { lat: 0, lon: 0 },
    }));
    const overlapping: ScoredExport = {
      incidents: byGold,
      articles: byGold.flatMap((inc, k) => inc.articles.map((id) => ({ id, incidents: k % 9 === 0 && k + 1 < byGold.length ? [inc.id, byGold[k + 1]!.id] : [inc.id] }))),
    };
    for (const exp of [clustered, overlapping]) {
      const ours = scoreExport(exp, goldIncidents);
      const theirs = reference.scoreExport(JSON.parse(JSON.stringify(exp)), goldIncidents).figures;
      expect(ours.bcubed.f1).toBeCloseTo(theirs.bcubed_f1 as number, 12);
      expect(ours.bcubed.p).toBeCloseTo(theirs.p as number, 12);
      expect(ours.bcubed.r).toBeCloseTo(theirs.r as number, 12);
      expect(ours.pairwise.f1).toBeCloseTo(theirs.pairwise_f1 as number, 12);
      for (const [mine, key] of [
        [ours.killedExact, "killed_exact"],
        [ours.injuredExact, "injured_exact"],
        [ours.place25km, "place25km"],
        [ours.dateExact, "date_exact"],
      ] as const) {
        if (theirs[key] === null) expect(mine).toBeNull();
        else expect(mine).toBeCloseTo(theirs[key] as number, 12);
      }
      expect(ours.articlesMissing).toBe(theirs.articles_missing);
    }
  });
});
