// One evaluation run: build the corpus with the real pipeline, export it, score it (on the whole
// gold file and on two halves of it), and score the baseline on the same articles in the same run.
// Incident corpora (gva-dev: gold incidents with facts) are scored as ../shared/eval/score.mjs
// does; war corpora (ucdp-dev, viina-dev: events citing headlines) also per report, as
// ../shared/eval/score-reports.mjs does.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DateTime } from "luxon";
import { buildDigest } from "../pipeline.js";
import { exportDigest } from "../site/export.js";
import { baselineClusters, BASELINE } from "./baseline.js";
import { clustersAsExport, contentFolderFor, readGold } from "./corpus.js";
import { scoreExport, type GoldIncident, type ScoredExport, type Scores } from "./metrics.js";
import { type ReportScores, scoreReports } from "./reports.js";
import { goldHalves, preciseEvents } from "./splits.js";
import { type LanguageScores, scoreLanguage } from "./language.js";

/** What the figures must reach, per kind of corpus (US local news, and war news on held-out data). */
export const ACCEPTANCE = {
  incidents: { bcubedF1: 0.93, pairwiseF1: 0.8, killedExact: 0.85, injuredExact: 0.8, dateExact: 0.8 },
  ucdp: { detected: 0.85, place25km: 0.5, admin1: 0.6, killedExact: 0.6, pairwiseF1: 0.6 },
  viina: { detected: 0.85, place25km: 0.75 },
} as const;

export type CorpusKind = "incidents" | "ucdp" | "viina";

export interface SameDayMerges {
  /** Pairs of gold incidents on the same day in the same state. */
  pairs: number;
  /** Of those, pairs whose articles ended up in one predicted incident. */
  merged: number;
}

export interface ReportFigures {
  all: ReportScores;
  halves: [ReportScores, ReportScores];
}

export interface EvaluationResult {
  corpus: string;
  kind: CorpusKind;
  articles: number;
  rejected: number;
  buildSeconds: number;
  digest: Scores;
  baseline: Scores;
  /** The digest's incident-level figures on each half of the gold file (splits.ts). */
  halves: [Scores, Scores];
  sameDaySameState: { digest: SameDayMerges; baseline: SameDayMerges };
  /** War corpora: per-report figures, on every gold event and (UCDP) on the precise events only. */
  reports?: ReportFigures;
  precise?: { reports: ReportFigures; digest: Scores; baseline: Scores };
  /**
   * War corpora: the grouping figures over the gold articles the digest put in an incident only,
   * so grouping is seen apart from detection (an article in no incident is a singleton, and every
   * gold pair it is in is lost whatever grouping does).
   */
  detectedOnly?: { digest: Scores; halves: [Scores, Scores] };
  /** Language detection on the articles that state their language (and on each half's articles). */
  language?: { all: LanguageScores; halves: [LanguageScores, LanguageScores] };
  failures: string[];
}

/** A corpus's kind follows from its gold file: UCDP codes place precision, VIINA geonames ids. */
export function corpusKind(gold: GoldIncident[]): CorpusKind {
  if (gold.some((g) => g.where_prec != null)) return "ucdp";
  if (gold.some((g) => (g as { geonameid?: unknown }).geonameid != null)) return "viina";
  return "incidents";
}

export async function evaluateCorpus(corpusDir: string, exportPath: string, now = DateTime.utc()): Promise<EvaluationResult> {
  const gold = readGold(join(corpusDir, "gold.jsonl"));
  const kind = corpusKind(gold);
  const started = performance.now();
  const digest = await buildDigest({ contentDir: contentFolderFor(corpusDir), now });
  const buildSeconds = (performance.now() - started) / 1000;
  const exported = exportDigest(digest);
  mkdirSync(dirname(exportPath), { recursive: true });
  writeFileSync(exportPath, `${JSON.stringify(exported)}\n`);

  const scored = exported as unknown as ScoredExport;
  const baselineExport = clustersAsExport(baselineClusters(digest.sourceArticles, BASELINE));
  const halves = goldHalves(gold);
  const reportFigures = (events: GoldIncident[]): ReportFigures => {
    const [a, b] = goldHalves(events);
    return { all: scoreReports(scored, events), halves: [scoreReports(scored, a), scoreReports(scored, b)] };
  };
  const precise = kind === "ucdp" ? preciseEvents(gold) : null;
  const result: EvaluationResult = {
    corpus: corpusDir,
    kind,
    articles: digest.sourceArticles.length,
    rejected: digest.rejected.length,
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    digest: scoreExport(scored, gold),
    baseline: scoreExport(baselineExport, gold),
    halves: [scoreExport(scored, halves[0]), scoreExport(scored, halves[1])],
    sameDaySameState: { digest: sameDayMerges(scored, gold), baseline: sameDayMerges(baselineExport, gold) },
    failures: [],
  };
  if (kind !== "incidents") {
    result.reports = reportFigures(gold);
    const inIncident = new Set(scored.articles.filter((a) => a.incidents.length).map((a) => String(a.id)));
    const detected = (events: GoldIncident[]) => events.map((e) => ({ ...e, articles: e.articles.filter((a) => inIncident.has(String(a))) })).filter((e) => e.articles.length);
    result.detectedOnly = { digest: scoreExport(scored, detected(gold)), halves: [scoreExport(scored, detected(halves[0])), scoreExport(scored, detected(halves[1]))] };
  }
  const stated = digest.sourceArticles.filter((a) => a.langFrom === "stated");
  if (kind !== "incidents" && stated.length > 0) {
    const inHalf = (events: GoldIncident[]) => {
      const ids = new Set(events.flatMap((e) => e.articles.map(String)));
      return digest.sourceArticles.filter((a) => ids.has(a.id));
    };
    result.language = { all: scoreLanguage(digest.sourceArticles), halves: [scoreLanguage(inHalf(halves[0])), scoreLanguage(inHalf(halves[1]))] };
  }
  if (precise) result.precise = { reports: reportFigures(precise), digest: scoreExport(scored, precise), baseline: scoreExport(baselineExport, precise) };
  result.failures = failures(result);
  return result;
}

function failures(result: EvaluationResult): string[] {
  const out: string[] = [];
  const check = (name: string, value: number | null | undefined, level: number) => {
    if (value == null || value < level) out.push(`${name} ${value == null ? "n/a" : value.toFixed(3)} < ${level}`);
  };
  const { digest, baseline } = result;
  if (result.kind === "incidents") {
    const level = ACCEPTANCE.incidents;
    check("extended BCubed F1", digest.bcubed.f1, level.bcubedF1);
    check("pairwise F1", digest.pairwise.f1, level.pairwiseF1);
    check("killed exact", digest.killedExact, level.killedExact);
    check("injured exact", digest.injuredExact, level.injuredExact);
    check("date exact", digest.dateExact, level.dateExact);
    if (digest.bcubed.f1 <= baseline.bcubed.f1) out.push("extended BCubed F1 not above the baseline");
    if (digest.pairwise.f1 <= baseline.pairwise.f1) out.push("pairwise F1 not above the baseline");
  } else if (result.kind === "ucdp") {
    const level = ACCEPTANCE.ucdp;
    const reports = result.precise!.reports.all;
    check("precise events: reports in an incident", reports.detected, level.detected);
    check("precise events: place within 25 km", reports.place25km, level.place25km);
    check("precise events: oblast", reports.admin1, level.admin1);
    check("precise events: killed exact", reports.killedExact, level.killedExact);
    check("pairwise F1", digest.pairwise.f1, level.pairwiseF1);
  } else {
    const level = ACCEPTANCE.viina;
    check("reports in an incident", result.reports!.all.detected, level.detected);
    check("place within 25 km", result.reports!.all.place25km, level.place25km);
  }
  return out;
}

/** The name a corpus's results are filed under ("gva-dev"). */
export function corpusName(corpusDir: string): string {
  return basename(corpusDir);
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
