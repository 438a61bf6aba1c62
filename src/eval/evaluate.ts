// One evaluation run: build the corpus with the real pipeline, export it, score it, and score the
// baseline on the same articles in the same run.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DateTime } from "luxon";
import { buildDigest } from "../pipeline.js";
import { exportDigest } from "../site/export.js";
import { baselineClusters, BASELINE } from "./baseline.js";
import { clustersAsExport, contentFolderFor, readGold } from "./corpus.js";
import { scoreExport, type GoldIncident, type ScoredExport, type Scores } from "./metrics.js";

/** Issue 5's acceptance levels; place is reported, not required. */
export const ACCEPTANCE = { bcubedF1: 0.93, pairwiseF1: 0.8, killedExact: 0.85, injuredExact: 0.8, dateExact: 0.8 } as const;

export interface SameDayMerges {
  /** Pairs of gold incidents on the same day in the same state. */
  pairs: number;
  /** Of those, pairs whose articles ended up in one predicted incident. */
  merged: number;
}

export interface EvaluationResult {
  corpus: string;
  articles: number;
  rejected: number;
  buildSeconds: number;
  digest: Scores;
  baseline: Scores;
  sameDaySameState: { digest: SameDayMerges; baseline: SameDayMerges };
  failures: string[];
}

export function evaluateCorpus(corpusDir: string, exportPath: string, now = DateTime.utc()): EvaluationResult {
  const gold = readGold(join(corpusDir, "gold.jsonl"));
  const started = performance.now();
  const digest = buildDigest({ contentDir: contentFolderFor(corpusDir), now });
  const buildSeconds = (performance.now() - started) / 1000;
  const exported = exportDigest(digest);
  mkdirSync(dirname(exportPath), { recursive: true });
  writeFileSync(exportPath, `${JSON.stringify(exported)}\n`);

  const scored = exported as unknown as ScoredExport;
  const baselineExport = clustersAsExport(baselineClusters(digest.sourceArticles, BASELINE));
  const digestScores = scoreExport(scored, gold);
  const baselineScores = scoreExport(baselineExport, gold);
  return {
    corpus: corpusDir,
    articles: digest.sourceArticles.length,
    rejected: digest.rejected.length,
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    digest: digestScores,
    baseline: baselineScores,
    sameDaySameState: { digest: sameDayMerges(scored, gold), baseline: sameDayMerges(baselineExport, gold) },
    failures: failures(digestScores, baselineScores),
  };
}

function failures(digest: Scores, baseline: Scores): string[] {
  const out: string[] = [];
  const check = (name: string, value: number | null, level: number) => {
    if (value === null || value < level) out.push(`${name} ${value === null ? "n/a" : value.toFixed(3)} < ${level}`);
  };
  check("extended BCubed F1", digest.bcubed.f1, ACCEPTANCE.bcubedF1);
  check("pairwise F1", digest.pairwise.f1, ACCEPTANCE.pairwiseF1);
  check("killed exact", digest.killedExact, ACCEPTANCE.killedExact);
  check("injured exact", digest.injuredExact, ACCEPTANCE.injuredExact);
  check("date exact", digest.dateExact, ACCEPTANCE.dateExact);
  if (digest.bcubed.f1 <= baseline.bcubed.f1) out.push("extended BCubed F1 not above the baseline");
  if (digest.pairwise.f1 <= baseline.pairwise.f1) out.push("pairwise F1 not above the baseline");
  return out;
}

/**
 * Same-day, same-state gold incidents are the hard near misses of local news (two shootings in
 * one state on one day). A pair counts as merged when some predicted incident holds articles of
 * both as their primary incident.
 */
export function sameDayMerges(exp: ScoredExport, gold: GoldIncident[]): SameDayMerges {
  const primaryOf = new Map<string, string>();
  for (const entry of exp.articles) if (entry.incidents[0] !== undefined) primaryOf.set(String(entry.id), String(entry.incidents[0]));
  const groups = new Map<string, GoldIncident[]>();
  for (const g of gold) {
    if (!g.date || !g.state) continue;
    const key = `${g.date.slice(0, 10)}|${g.state}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(g);
  }
  let pairs = 0;
  let merged = 0;
  const predicted = (g: GoldIncident) => new Set(g.articles.map((a) => primaryOf.get(String(a))).filter((x): x is string => x !== undefined));
  for (const list of groups.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        pairs++;
        const a = predicted(list[i]!);
        if ([...predicted(list[j]!)].some((x) => a.has(x))) merged++;
      }
    }
  }
  return { pairs, merged };
}
