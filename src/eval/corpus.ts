// Reading an evaluation corpus (articles.jsonl + gold.jsonl, as in ../shared/corpus/gva-dev) and
// turning grouping results into the shape the scorer reads.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { scratchFolder } from "./scratch.js";
import type { IncidentGroup } from "../model.js";
import type { GoldIncident, ScoredExport } from "./metrics.js";

export function readGold(path: string): GoldIncident[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as GoldIncident];
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

/**
 * A temporary content folder holding a copy of the corpus's articles.jsonl. A copy, not a link:
 * the build reads nothing outside its content folder, so a link out would be rejected.
 */
export function contentFolderFor(corpusDir: string, articlesFile = "articles.jsonl"): string {
  const dir = scratchFolder("corpus");
  mkdirSync(join(dir, "articles"));
  copyFileSync(resolve(corpusDir, articlesFile), join(dir, "articles", "articles.jsonl"));
  return dir;
}

/** Groups as an export: an article's primary incident is the one holding its report 0. */
export function groupsAsExport(groups: IncidentGroup[]): ScoredExport {
  const memberships = new Map<string, { n: number; incident: string }[]>();
  const incidents = groups.map((group, g) => {
    const id = `g${g}`;
    for (const report of group.reports) {
      (memberships.get(report.articleId) ?? memberships.set(report.articleId, []).get(report.articleId)!).push({ n: report.index, incident: id });
    }
    return { id, articles: [...new Set(group.reports.map((r) => r.articleId))] };
  });
  const articles = [...memberships].map(([id, list]) => ({ id, incidents: [...new Set(list.sort((a, b) => a.n - b.n).map((m) => m.incident))] }));
  return { incidents, articles };
}

/** Clusters of article ids (one incident each) as an export. */
export function clustersAsExport(clusters: string[][]): ScoredExport {
  const incidents = clusters.map((articles, k) => ({ id: `c${k}`, articles }));
  return { incidents, articles: incidents.flatMap((inc) => inc.articles.map((id) => ({ id, incidents: [inc.id] }))) };
}

/** Stable 32-bit FNV-1a hash, for splitting gold incidents into folds. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
