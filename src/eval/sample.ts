// Incident detection on the hand-labelled random sample of RUWA (eval/labels/ruwa-sample): 1,200
// items drawn at random from the whole corpus, each labelled an incident report or not, with the
// kind of item it is (a General Staff summary, a regional daily tally, a statement, ...). The items
// are built together with the real pipeline and scored as the windows are (window.ts,
// scoreDetection): precision, recall and F1 of "is in an incident", on the whole sample and on two
// halves (one to tune on, one to check), and per category how many items sit in an incident.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DateTime } from "luxon";
import { buildLabelledItems } from "./labelled-build.js";
import { fnv1a } from "./corpus.js";
import { type DetectionScores, primaryIncidents, readJsonLines, scoreDetection } from "./window.js";

export interface SampleItem {
  id: string;
  is_incident_report: boolean;
  category: string;
  /** A short reason in the labeller's words; a leading "?" marks a close call. */
  why: string;
}

interface CorpusItem {
  id: string;
  title?: string;
  text?: string;
}

export interface CategoryFigures {
  items: number;
  /** Items of the category that sit in an incident (right for `event`, wrong for every other). */
  inIncident: number;
}

export interface SampleScores extends DetectionScores {
  byCategory: Record<string, CategoryFigures>;
}

export interface SampleEvaluation {
  kind: "sample";
  labels: string;
  articles: number;
  buildSeconds: number;
  all: SampleScores;
  halves: [SampleScores, SampleScores];
  failures: string[];
}

/** The level the windows' detection F1 must reach held out (windows.ts): the sample is read against the same. */
export const SAMPLE_TARGET = { detectF1: 0.9 } as const;

/**
 * Two halves of the sample by a hash of each item's words, so that copies of one text under two
 * ids (the sample holds a pair) fall in the same half.
 */
export function sampleHalf(item: CorpusItem): 0 | 1 {
  const words = `${item.title ?? ""}\n${item.text ?? ""}`.toLowerCase().replace(/\s+/g, " ").trim();
  return (fnv1a(words) % 2) as 0 | 1;
}

export function scoreSample(primary: Map<string, string>, items: SampleItem[]): SampleScores {
  const byCategory: Record<string, CategoryFigures> = {};
  for (const item of items) {
    const figures = (byCategory[item.category] ??= { items: 0, inIncident: 0 });
    figures.items++;
    if (primary.has(item.id)) figures.inIncident++;
  }
  return { ...scoreDetection(primary, items), byCategory };
}

/** Builds the sample's items from the corpus file; writes the export and the list of wrong calls beside it. */
export async function evaluateSample(labelsDir: string, corpusFile: string, exportPath: string, now = DateTime.utc()): Promise<SampleEvaluation> {
  const items = readJsonLines<SampleItem>(join(labelsDir, "items.jsonl"));
  const wanted = new Set(items.map((it) => it.id));
  const { articles, exported, buildSeconds } = await buildLabelledItems<CorpusItem>(wanted, corpusFile, exportPath, now, "sample");

  const primary = primaryIncidents(exported, wanted);
  const halfOf = new Map(articles.map((a) => [a.id, sampleHalf(a)]));
  const all = scoreSample(primary, items);
  const halves: [SampleScores, SampleScores] = [scoreSample(primary, items.filter((it) => halfOf.get(it.id) === 0)), scoreSample(primary, items.filter((it) => halfOf.get(it.id) === 1))];
  // The wrong calls, by id and label only (no corpus text), for reading against the corpus.
  const wrong = items.filter((it) => primary.has(it.id) !== it.is_incident_report).map((it) => ({ ...it, half: halfOf.get(it.id) === 0 ? "A" : "B", inIncident: primary.get(it.id) ?? null }));
  writeFileSync(join(dirname(exportPath), "wrong.jsonl"), wrong.map((w) => JSON.stringify(w)).join("\n") + "\n");
  const failures = all.f1 < SAMPLE_TARGET.detectF1 ? [`detection F1 ${all.f1.toFixed(3)} < ${SAMPLE_TARGET.detectF1}`] : [];
  return { kind: "sample", labels: labelsDir, articles: articles.length, buildSeconds, all, halves, failures };
}

export function sampleTable(result: SampleEvaluation, before?: SampleEvaluation): string {
  const columns: [string, SampleScores][] = [["all", result.all], ["half A", result.halves[0]], ["half B", result.halves[1]]];
  const width = 12;
  const fmt = (x: number | undefined) => (x === undefined ? "n/a" : x.toFixed(3));
  const line = (name: string, get: (s: SampleScores) => string, level = "") =>
    `${name.padEnd(36)}${columns.map(([, s]) => get(s).padStart(width)).join("")}${(before ? get(before.all) : "n/a").padStart(width)}   ${level}`;
  const categories = Object.keys(result.all.byCategory).sort((a, b) => (a === "event" ? -1 : b === "event" ? 1 : result.all.byCategory[b]!.items - result.all.byCategory[a]!.items));
  const inIncident = (category: string) => (s: SampleScores) => {
    const c = s.byCategory[category];
    return c ? `${c.inIncident}/${c.items}` : "0/0";
  };
  return [
    `labelled sample ${result.labels}: ${result.articles} random items, built in ${result.buildSeconds} s`,
    "",
    `${"figure".padEnd(36)}${columns.map(([name]) => name.padStart(width)).join("")}${"before".padStart(width)}   target`,
    line("detection P", (s) => fmt(s.p)),
    line("detection R", (s) => fmt(s.r)),
    line("detection F1", (s) => fmt(s.f1), `>= ${SAMPLE_TARGET.detectF1} (the windows' level)`),
    line("items wrongly in an incident", (s) => String(s.fp)),
    line("incident reports in none", (s) => String(s.fn)),
    "",
    "in an incident, by category (right for event, wrong for the rest)",
    ...categories.map((category) => line(`  ${category}`, inIncident(category))),
    "",
    result.failures.length ? `BELOW TARGET: ${result.failures.join("; ")}` : "all figures at or above target",
  ].join("\n");
}
