// Figures on hand-labelled windows of war news (eval/labels/ruwa-windows), as the reference scorer
// ../shared/eval/score-window.mjs computes them: detection (is an item that reports an incident in
// one, and is an item that reports none kept out), pairwise grouping over the incident reports, how
// many pieces the largest incident falls into, and incident places within 25 km.
import { readFileSync } from "node:fs";
import { haversineKm } from "../places/distance.js";
import { f1, type GoldIncident, type ScoredExport } from "./metrics.js";

export interface WindowItem {
  id: string;
  window: string;
  is_incident_report: boolean;
}

export interface WindowScores {
  items: number;
  detectP: number;
  detectR: number;
  detectF1: number;
  /** Items that report no incident but sit in one. */
  junkItems: number;
  pairP: number | null;
  pairR: number | null;
  pairF1: number | null;
  largest: string;
  largestItems: number;
  /** Into how many predicted incidents the largest gold incident's items fall, and the biggest share. */
  largestParts: number;
  largestShare: number;
  placeOk: number;
  placeN: number;
  predictedIncidents: number;
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

export interface DetectionScores {
  items: number;
  /** Incident reports in an incident. */
  tp: number;
  /** Items that report no incident but sit in one. */
  fp: number;
  /** Incident reports in none. */
  fn: number;
  p: number;
  r: number;
  f1: number;
}

/** Each labelled item's primary incident in the export (items in none are absent). */
export function primaryIncidents(exp: ScoredExport, itemIds: Set<string>): Map<string, string> {
  const primary = new Map<string, string>();
  for (const entry of exp.articles) if (itemIds.has(String(entry.id)) && entry.incidents.length) primary.set(String(entry.id), String(entry.incidents[0]));
  return primary;
}

/** Detection as score-window.mjs counts it: an item is detected when it sits in an incident. */
export function scoreDetection(primary: Map<string, string>, items: { id: string; is_incident_report: boolean }[]): DetectionScores {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const it of items) {
    const detected = primary.has(it.id);
    if (it.is_incident_report) detected ? tp++ : fn++;
    else if (detected) fp++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { items: items.length, tp, fp, fn, p, r, f1: f1(p, r) };
}

export function scoreWindow(exp: ScoredExport, items: WindowItem[], gold: GoldIncident[]): WindowScores {
  const byId = new Map(exp.incidents.map((inc) => [String(inc.id), inc]));
  const primary = primaryIncidents(exp, new Set(items.map((it) => it.id)));
  const detection = scoreDetection(primary, items);

  const goldOf = new Map<string, string>();
  for (const g of gold) for (const a of g.articles) if (!goldOf.has(a)) goldOf.set(a, g.event_id);
  const ids = [...goldOf.keys()];
  let both = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const sameGold = goldOf.get(ids[i]!) === goldOf.get(ids[j]!);
      const samePredicted = primary.has(ids[i]!) && primary.get(ids[i]!) === primary.get(ids[j]!);
      if (sameGold) goldPairs++;
      if (samePredicted) predictedPairs++;
      if (sameGold && samePredicted) both++;
    }
  }
  const pairP = predictedPairs ? both / predictedPairs : null;
  const pairR = goldPairs ? both / goldPairs : null;

  const largest = gold.slice().sort((a, b) => b.articles.length - a.articles.length)[0]!;
  const parts = new Map<string, number>();
  for (const a of largest.articles) {
    const p = primary.get(a);
    if (p !== undefined) parts.set(p, (parts.get(p) ?? 0) + 1);
  }
  let placeOk = 0;
  let placeN = 0;
  for (const g of gold) {
    if (g.lat == null || g.lon == null) continue;
    placeN++;
    const votes = new Map<string, number>();
    for (const a of g.articles) {
      const p = primary.get(a);
      if (p !== undefined) votes.set(p, (votes.get(p) ?? 0) + 1);
    }
    const best = [...votes].sort((x, y) => y[1] - x[1])[0];
    const place = best ? byId.get(best[0])?.place : null;
    if (place?.lat != null && place.lon != null && haversineKm(g.lat, g.lon, place.lat, place.lon) <= 25) placeOk++;
  }
  return {
    items: items.length,
    detectP: detection.p,
    detectR: detection.r,
    detectF1: detection.f1,
    junkItems: detection.fp,
    pairP,
    pairR,
    pairF1: pairP !== null && pairR !== null ? f1(pairP, pairR) : null,
    largest: largest.event_id,
    largestItems: largest.articles.length,
    largestParts: parts.size,
    largestShare: Math.max(0, ...parts.values()) / largest.articles.length,
    placeOk,
    placeN,
    predictedIncidents: new Set(primary.values()).size,
  };
}
