// The per-report figures of war corpora must agree with the reference scorer
// (../shared/eval/score-reports.mjs) on the same export; the small cases pin the definitions, and
// the halves keep events that share an article together.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GoldIncident, ScoredExport } from "../../src/eval/metrics.js";
import { foldAdmin1, scoreReports } from "../../src/eval/reports.js";
import { goldHalves, preciseEvents } from "../../src/eval/splits.js";
import { readGold } from "../../src/eval/corpus.js";
import { corpusDir } from "../support/content.js";

const event = (id: string, articles: string[], extra: Partial<GoldIncident> = {}): GoldIncident => ({ event_id: id, articles, ...extra });
const incident = (id: string, articles: string[], place: { lat: number; lon: number; admin1: string } | null, killed: number | null) => ({
  id,
  articles,
  place,
  killed: killed === null ? null : { low: killed, best: killed, high: killed },
});

describe("per-report figures", () => {
  const exp: ScoredExport = {
    incidents: [incident("x", ["a", "b"], { lat: 48.0, lon: 37.8, admin1: "Donetsk" }, 3), incident("y", ["c"], { lat: 50.45, lon: 30.52, admin1: "Kyiv City" }, null)],
    articles: [{ id: "a", incidents: ["x"] }, { id: "b", incidents: ["x"] }, { id: "c", incidents: ["y"] }, { id: "d", incidents: [] }],
  };

  it("counts an article in an incident, near its event, in its oblast, with its toll", () => {
    const gold = [
      event("e1", ["a"], { lat: 48.05, lon: 37.8, admin1: "Donets'ka Oblast'", killed: 3 }),
      event("e2", ["b", "c"], { lat: 46.0, lon: 33.0, admin1: "Kherson", killed: 2 }),
      event("e3", ["d"], { lat: 48.0, lon: 37.8, admin1: "Donetsk", killed: 0 }),
    ];
    const s = scoreReports(exp, gold);
    expect(s.articles).toBe(4);
    expect(s.detected).toBe(3 / 4);
    expect(s.place25km).toBe(1 / 4);
    expect(s.admin1).toBe(1 / 4);
    // a (3 = 3), b (3 != 2), c (none = 0 != 2), d (in no incident reads 0 = 0).
    expect(s.killedExact).toBe(2 / 4);
  });

  it("compares oblast names loosely, as outlets and coders write them", () => {
    expect(foldAdmin1("Kiev Special Republican city")).toBe(foldAdmin1("Kyiv"));
    expect(foldAdmin1("Zaporiz'ka Oblast'")).toContain(foldAdmin1("Zaporiz"));
    expect(foldAdmin1("Odessa region")).toBe(foldAdmin1("Odesa"));
  });

  it("keeps events that share an article in one half", () => {
    const gold = Array.from({ length: 40 }, (_, i) => event(`e${i}`, [`a${i}`, `a${i + 1}`].filter(() => i % 5 !== 0).concat(i % 5 === 0 ? [`solo${i}`] : [])));
    const [a, b] = goldHalves(gold);
    expect(a.length + b.length).toBe(gold.length);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    const articlesOf = (half: GoldIncident[]) => new Set(half.flatMap((e) => e.articles));
    const inA = articlesOf(a);
    for (const article of articlesOf(b)) expect(inA.has(article)).toBe(false);
  });

  it("takes the events known to the day and within 25 km as precise", () => {
    const gold = [event("p", [], { date_prec: 1, where_prec: 2 }), event("q", [], { date_prec: 2, where_prec: 1 }), event("r", [], { date_prec: 1, where_prec: 3 })];
    expect(preciseEvents(gold).map((e) => e.event_id)).toEqual(["p"]);
  });
});

const reference = join(corpusDir, "..", "eval", "score-reports.mjs");
const ucdp = join(corpusDir, "ucdp-dev", "gold.jsonl");
if (!existsSync(ucdp) || !existsSync(reference)) console.warn(`skipping agreement with score-reports.mjs: ${ucdp} or ${reference} not found`);

describe.skipIf(!existsSync(ucdp) || !existsSync(reference))("agreement with ../shared/eval/score-reports.mjs", () => {
  it("gives the same figures on the same export", () => {
    const gold = readGold(ucdp);
    // An export that puts each event's articles together, with places and tolls right for some
    // events, wrong for others, and some articles in no incident.
    const incidents = gold.map((g, k) => ({
      id: `p${k}`,
      articles: g.articles.filter((_, i) => (k + i) % 5 !== 0),
      place: k % 3 ? { lat: g.lat ?? 0, lon: (g.lon ?? 0) + (k % 7 === 0 ? 1 : 0), admin1: k % 4 ? g.admin1 ?? null : "Lviv" } : null,
      killed: k % 6 ? { low: 0, best: g.killed ?? 0, high: 9 } : null,
    }));
    const seen = new Set<string>();
    const articles = incidents.flatMap((inc) => inc.articles.filter((id) => !seen.has(id) && seen.add(id)).map((id) => ({ id, incidents: [inc.id] })));
    const exp = { incidents, articles };
    const dir = mkdtempSync(join(tmpdir(), "digest-reports-"));
    writeFileSync(join(dir, "incidents.json"), JSON.stringify(exp));
    const output = execFileSync(process.execPath, [reference, join(dir, "incidents.json"), ucdp, "--json"], { encoding: "utf8" });
    const theirs = JSON.parse(output.trim().split("\n").at(-1)!) as Record<string, number>;
    const ours = scoreReports(exp as ScoredExport, gold);
    expect(ours.articles).toBe(theirs.articles);
    expect(ours.detected).toBeCloseTo(theirs.detected!, 3);
    expect(ours.place25km).toBeCloseTo(theirs.place25km!, 3);
    expect(ours.admin1).toBeCloseTo(theirs.admin1!, 3);
    expect(ours.killedExact).toBeCloseTo(theirs.killed_exact!, 3);
  });
});

const windowScorer = join(corpusDir, "..", "eval", "score-window.mjs");
const labels = join(import.meta.dirname, "..", "..", "eval", "labels", "ruwa-windows");

describe.skipIf(!existsSync(windowScorer))("agreement with ../shared/eval/score-window.mjs", () => {
  it("gives the same figures on the same export of the labelled windows", async () => {
    const { readJsonLines, scoreWindow } = await import("../../src/eval/window.js");
    const items = readJsonLines<{ id: string; window: string; is_incident_report: boolean }>(join(labels, "items.jsonl"));
    const gold = readJsonLines<GoldIncident>(join(labels, "gold.jsonl"));
    // Each gold incident cut in two, a few non-reports put in incidents, places right and wrong.
    const incidents = gold.flatMap((g, k) => [
      { id: `a${k}`, articles: g.articles.filter((_, i) => i % 3 !== 2), place: k % 2 ? { lat: g.lat ?? 0, lon: g.lon ?? 0 } : { lat: 0, lon: 0 } },
      { id: `b${k}`, articles: g.articles.filter((_, i) => i % 3 === 2), place: null },
    ]);
    const junk = items.filter((it, i) => !it.is_incident_report && i % 4 === 0).map((it) => it.id);
    incidents.push({ id: "junk", articles: junk, place: null });
    const articles = incidents.flatMap((inc) => inc.articles.map((id) => ({ id, incidents: [inc.id] })));
    const dir = mkdtempSync(join(tmpdir(), "digest-window-"));
    writeFileSync(join(dir, "incidents.json"), JSON.stringify({ incidents, articles }));
    const output = execFileSync(process.execPath, [windowScorer, join(dir, "incidents.json"), join(labels, "items.jsonl"), join(labels, "gold.jsonl"), "--json"], { encoding: "utf8" });
    const theirs = JSON.parse(output.trim().split("\n").at(-1)!) as Record<string, number | string>;
    const ours = scoreWindow({ incidents, articles } as ScoredExport, items, gold);
    expect(ours.detectP).toBeCloseTo(theirs.detect_p as number, 3);
    expect(ours.detectR).toBeCloseTo(theirs.detect_r as number, 3);
    expect(ours.junkItems).toBe(theirs.junk_items);
    expect(ours.pairP).toBeCloseTo(theirs.pair_p as number, 3);
    expect(ours.pairR).toBeCloseTo(theirs.pair_r as number, 3);
    expect(ours.largestParts).toBe(theirs.largest_parts);
    expect(ours.largestShare).toBeCloseTo(theirs.largest_share as number, 3);
    expect(`${ours.placeOk}/${ours.placeN}`).toBe(theirs.place25km);
  });
});
