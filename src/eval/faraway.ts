// Faraway places in a war digest: the whole RUWA corpus built with the real pipeline, and every
// incident placed outside Ukraine, Russia and their neighbours listed with the words of its
// articles that named the place ("Thursday", "Azov", "Iskander"). A digest of one war's news
// places almost nothing that far; each line is a misreading to read, or a rare real one.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { scratchFolder } from "./scratch.js";
import { DateTime } from "luxon";
import type { Article } from "../model.js";
import { findIncidents, readReports } from "../pipeline.js";
import { readDecisions } from "../decisions/read.js";
import { readLock } from "../lock/index.js";
import { mergeGroups } from "../merge/index.js";

// Ukraine, Russia and the countries bordering either by land.
export const HOME_COUNTRIES = new Set(["UA", "RU", "BY", "PL", "SK", "HU", "RO", "MD", "NO", "FI", "EE", "LV", "LT", "GE", "AZ", "KZ", "CN", "MN", "KP"]);

export interface FarawayIncident {
  place: string;
  country: string;
  articles: number;
  /** The words of the incident's reports that named the place, with how often. */
  words: string[];
}

export interface FarawayEvaluation {
  kind: "faraway";
  articles: number;
  incidents: number;
  buildSeconds: number;
  /** Incidents placed outside the home countries. */
  count: number;
  faraway: FarawayIncident[];
}

export async function evaluateFaraway(corpusFile: string, now = DateTime.utc()): Promise<FarawayEvaluation> {
  const contentDir = scratchFolder("faraway");
  mkdirSync(join(contentDir, "articles"));
  copyFileSync(corpusFile, join(contentDir, "articles", "corpus.jsonl")); // a link leading out would not be read
  const started = performance.now();
  const { ingested, places, reports } = await readReports({ contentDir, now });
  const articles = new Map<string, Article>(ingested.articles.map((a) => [a.id, a]));
  const { groups } = findIncidents(reports, readDecisions(contentDir).decisions, { articles, lock: readLock(join(contentDir, "incidents.lock.json")), places });
  const merged = mergeGroups(groups, articles);
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const faraway: FarawayIncident[] = [];
  merged.forEach((incident, i) => {
    const place = incident.place;
    if (!place?.country || HOME_COUNTRIES.has(place.country)) return;
    const words = new Map<string, number>();
    for (const report of groups[i]!.reports) {
      for (const mention of report.places) if (mention.place.slug === place.slug) words.set(mention.surface, (words.get(mention.surface) ?? 0) + 1);
    }
    faraway.push({ place: place.name, country: place.country, articles: incident.articles.length, words: [...words].sort((a, b) => b[1] - a[1]).map(([w, n]) => (n > 1 ? `${w} (${n})` : w)) });
  });
  faraway.sort((a, b) => b.articles - a.articles || a.place.localeCompare(b.place));
  return { kind: "faraway", articles: ingested.articles.length, incidents: merged.length, buildSeconds, count: faraway.length, faraway };
}

export function farawayTable(result: FarawayEvaluation, before?: FarawayEvaluation): string {
  return [
    `RUWA, whole corpus: ${result.articles} items, ${result.incidents} incidents, built in ${result.buildSeconds} s`,
    `incidents placed outside Ukraine, Russia and their neighbours: ${result.count}${before ? ` (before: ${before.count})` : ""}`,
    ...result.faraway.map((f) => `  ${f.place} (${f.country}), ${f.articles} article(s): ${f.words.join(", ") || "-"}`),
  ].join("\n");
}
