// How the incident-detection model's weights and threshold are chosen (group/detection.ts):
//   1. The hand-labelled RUWA sample (eval/labels/ruwa-sample) is built by the pipeline up to the
//      candidate reports; each candidate carries its signals and its article's label (an incident
//      report or not). An article's candidates weigh 1 in all, so a round-up counts as one item.
//   2. The sample's two halves are the evaluation's (sample.ts, sampleHalf: a hash of each item's
//      words). The model is fitted on half A only (L2-regularised logistic regression), and the
//      threshold is the one of a fixed grid with the best item-level F1 on half A. Half B is held
//      out: it is scored once, with the rules alone (every candidate kept) beside it.
//   3. Cross-validation: the same fit on half B, scored on half A, says whether the gain is the
//      model's or half B's luck.
// Item-level scoring: an item is in an incident when one of its candidates that is not a
// follow-up is kept (grouping may still join a follow-up to an incident; the build's figures are
// what `npm run eval` reports).
import type { DateTime } from "luxon";
import { join } from "node:path";
import { readReports } from "../pipeline.js";
import { type DetectionModel, incidentProbability, SIGNAL_NAMES, type SignalName } from "../group/detection.js";
import type { IncidentReport } from "../model.js";
import { fitLogistic } from "./logistic.js";
import { labelledContent } from "./labelled-build.js";
import { sampleHalf, type SampleItem } from "./sample.js";
import { readJsonLines } from "./window.js";

export const DETECTION_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const LAMBDA = 1;

export interface LabelledItem {
  id: string;
  half: 0 | 1;
  label: boolean;
  /** The item's candidate reports (none: the rules found no event in it). */
  candidates: IncidentReport[];
}

/** The sample's items with their candidate reports, as a build cuts them. */
export async function readLabelledCandidates(labelsDir: string, corpusFile: string, now: DateTime): Promise<LabelledItem[]> {
  const items = readJsonLines<SampleItem>(join(labelsDir, "items.jsonl"));
  const { articles, contentDir } = labelledContent<{ id: string; title?: string; text?: string }>(new Set(items.map((it) => it.id)), corpusFile, "sample-fit");
  const { candidates } = await readReports({ contentDir, now });
  const byArticle = new Map<string, IncidentReport[]>();
  for (const report of candidates) (byArticle.get(report.articleId) ?? byArticle.set(report.articleId, []).get(report.articleId)!).push(report);
  const halfOf = new Map(articles.map((a) => [a.id, sampleHalf(a)]));
  return items.map((it) => ({ id: it.id, half: halfOf.get(it.id)!, label: it.is_incident_report, candidates: byArticle.get(it.id) ?? [] }));
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
}

/** Item-level detection with `keep` deciding each candidate. */
export function scoreItems(items: LabelledItem[], keep: (report: IncidentReport) => boolean): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of items) {
    const found = item.candidates.some((c) => !c.followUp && keep(c));
    if (found && item.label) tp++;
    else if (found) fp++;
    else if (item.label) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Fits on `train`'s candidates; the threshold with the best F1 on `train`. */
export function fitDetectionModel(train: LabelledItem[], lambda = LAMBDA): DetectionModel {
  const rows: number[][] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const item of train) {
    const scored = item.candidates.filter((c) => c.signals);
    for (const report of scored) {
      rows.push(SIGNAL_NAMES.map((name) => report.signals![name]));
      labels.push(item.label ? 1 : 0);
      weights.push(1 / scored.length);
    }
  }
  const fit = fitLogistic(rows, labels, lambda, 50, weights);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const model: DetectionModel = {
    bias: round(fit.bias),
    weights: Object.fromEntries(SIGNAL_NAMES.map((name, k) => [name, round(fit.weights[k]!)])) as Record<SignalName, number>,
    threshold: 0,
  };
  let best = -1;
  for (const threshold of DETECTION_THRESHOLDS) {
    const { f1 } = scoreItems(train, (c) => incidentProbability(c, model) >= threshold);
    if (f1 > best) {
      best = f1;
      model.threshold = threshold;
    }
  }
  return model;
}

export interface DetectionFit {
  /** Fitted on half A: the committed model. */
  model: DetectionModel;
  /** Rules alone and rules + model, on each half; the model's half A figure is in-sample. */
  rules: [Scores, Scores];
  fitted: [Scores, Scores];
  /** Fitted on half B, scored on half A (cross-validation). */
  swapped: Scores;
}

export function fitDetection(items: LabelledItem[]): DetectionFit {
  const halves = [items.filter((it) => it.half === 0), items.filter((it) => it.half === 1)] as const;
  const model = fitDetectionModel(halves[0]);
  const keepBy = (m: DetectionModel) => (c: IncidentReport) => incidentProbability(c, m) >= m.threshold;
  const swappedModel = fitDetectionModel(halves[1]);
  return {
    model,
    rules: [scoreItems(halves[0], () => true), scoreItems(halves[1], () => true)],
    fitted: [scoreItems(halves[0], keepBy(model)), scoreItems(halves[1], keepBy(model))],
    swapped: scoreItems(halves[0], keepBy(swappedModel)),
  };
}

export function describeDetectionFit(fit: DetectionFit, committed: DetectionModel): string {
  const fmt = (s: Scores) => `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  const same = JSON.stringify(fit.model) === JSON.stringify(committed);
  return [
    "incident detection (group/detection.ts), item level on the RUWA sample:",
    `  rules alone       half A ${fmt(fit.rules[0])}   half B ${fmt(fit.rules[1])}`,
    `  fitted on half A  half A ${fmt(fit.fitted[0])} (in sample)   half B ${fmt(fit.fitted[1])} (held out)`,
    `  fitted on half B  half A ${fmt(fit.swapped)} (held out)`,
    "",
    `export const DETECTION_MODEL: DetectionModel = ${JSON.stringify(fit.model, null, 2)};`,
    same ? "(the same as src/group/detection-model.ts)" : "(differs from src/group/detection-model.ts: paste it there and re-run the evaluation)",
  ].join("\n");
}
