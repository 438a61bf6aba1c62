// Evaluation on the hand-labelled windows of RUWA (eval/labels/ruwa-windows): the labelled items
// are taken from the corpus file, built together with the real pipeline, and scored as a whole and
// window by window (each window is a different stretch of the war: one tunes, the other checks).
import { join } from "node:path";
import { DateTime } from "luxon";
import { buildLabelledItems } from "./labelled-build.js";
import type { GoldIncident } from "./metrics.js";
import { readJsonLines, scoreWindow, type WindowItem, type WindowScores } from "./window.js";

/** The levels the held-out labelled window must reach. */
export const WINDOW_ACCEPTANCE = { detectF1: 0.9, pairP: 0.95, largestShare: 0.95, placeShare: 12 / 13 } as const;

export interface WindowEvaluation {
  kind: "windows";
  labels: string;
  articles: number;
  buildSeconds: number;
  all: WindowScores;
  byWindow: Record<string, WindowScores>;
  failures: string[];
}

export async function evaluateWindows(labelsDir: string, corpusFile: string, exportPath: string, now = DateTime.utc()): Promise<WindowEvaluation> {
  const items = readJsonLines<WindowItem>(join(labelsDir, "items.jsonl"));
  const gold = readJsonLines<GoldIncident & { window: string }>(join(labelsDir, "gold.jsonl"));
  const wanted = new Set(items.map((it) => it.id));
  const { articles, exported: scored, buildSeconds } = await buildLabelledItems(wanted, corpusFile, exportPath, now, "window");

  const windows = [...new Set(items.map((it) => it.window))].sort();
  const byWindow = Object.fromEntries(windows.map((w) => [w, scoreWindow(scored, items.filter((it) => it.window === w), gold.filter((g) => g.window === w))]));
  const all = scoreWindow(scored, items, gold);
  return { kind: "windows", labels: labelsDir, articles: articles.length, buildSeconds, all, byWindow, failures: windowFailures(all) };
}

function windowFailures(s: WindowScores): string[] {
  const out: string[] = [];
  const level = WINDOW_ACCEPTANCE;
  if (s.detectF1 < level.detectF1) out.push(`detection F1 ${s.detectF1.toFixed(3)} < ${level.detectF1}`);
  if (s.pairP === null || s.pairP < level.pairP) out.push(`pairwise P ${s.pairP?.toFixed(3) ?? "n/a"} < ${level.pairP}`);
  if (s.largestShare < level.largestShare) out.push(`largest incident's share ${s.largestShare.toFixed(3)} < ${level.largestShare}`);
  if (s.placeN && s.placeOk / s.placeN < level.placeShare) out.push(`incident places ${s.placeOk}/${s.placeN} below 12 of 13`);
  return out;
}

export function windowTable(result: WindowEvaluation, before?: WindowEvaluation): string {
  const columns = [["all", result.all], ...Object.entries(result.byWindow)] as [string, WindowScores][];
  const fmt = (x: number | null | undefined) => (x == null ? "n/a" : x.toFixed(3));
  const rows: [string, (s: WindowScores) => string, string][] = [
    ["items", (s) => String(s.items), ""],
    ["detection P", (s) => fmt(s.detectP), ""],
    ["detection R", (s) => fmt(s.detectR), ""],
    ["detection F1", (s) => fmt(s.detectF1), `>= ${WINDOW_ACCEPTANCE.detectF1} held out`],
    ["items wrongly in an incident", (s) => String(s.junkItems), ""],
    ["pairwise P", (s) => fmt(s.pairP), `>= ${WINDOW_ACCEPTANCE.pairP} held out`],
    ["pairwise R", (s) => fmt(s.pairR), ""],
    ["largest incident: pieces", (s) => `${s.largestParts} (${s.largest})`, ""],
    ["largest incident: biggest share", (s) => fmt(s.largestShare), `>= ${WINDOW_ACCEPTANCE.largestShare} held out`],
    ["incident place within 25 km", (s) => `${s.placeOk}/${s.placeN}`, ">= 12 of 13 held out"],
  ];
  const width = 16;
  const lines = [
    `labelled windows ${result.labels}: ${result.articles} items, built in ${result.buildSeconds} s`,
    "",
    `${"figure".padEnd(34)}${columns.map(([name]) => name.padStart(width)).join("")}${"before".padStart(width)}   target`,
    ...rows.map(([name, get, level]) => `${name.padEnd(34)}${columns.map(([, s]) => get(s).padStart(width)).join("")}${(before ? get(before.all) : "n/a").padStart(width)}   ${level}`),
    "",
    result.failures.length ? `BELOW TARGET: ${result.failures.join("; ")}` : "all figures at or above target",
  ];
  return lines.join("\n");
}
