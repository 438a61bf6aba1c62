// A build of hand-labelled corpus items (the RUWA windows, the RUWA sample): the labelled ids
// are taken from the corpus file into a fresh content folder, built, and the export written
// where the evaluation keeps it.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { scratchFolder } from "./scratch.js";
import type { DateTime } from "luxon";
import { buildDigest } from "../pipeline.js";
import { exportDigest } from "../site/export.js";
import type { ScoredExport } from "./metrics.js";
import { readJsonLines } from "./window.js";

export interface LabelledBuild<T> {
  /** The corpus items labelled, in corpus order. */
  articles: T[];
  exported: ScoredExport;
  buildSeconds: number;
}

export async function buildLabelledItems<T extends { id: string }>(ids: Set<string>, corpusFile: string, exportPath: string, now: DateTime, name: string): Promise<LabelledBuild<T>> {
  const articles = readJsonLines<T>(corpusFile).filter((a) => ids.has(a.id));
  if (articles.length !== ids.size) throw new Error(`${corpusFile}: ${ids.size - articles.length} labelled item(s) not found in the corpus`);
  const contentDir = scratchFolder(name);
  mkdirSync(join(contentDir, "articles"));
  writeFileSync(join(contentDir, "articles", `${name}.jsonl`), `${articles.map((a) => JSON.stringify(a)).join("\n")}\n`);

  const started = performance.now();
  const digest = await buildDigest({ contentDir, now });
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const exported = exportDigest(digest);
  mkdirSync(dirname(exportPath), { recursive: true });
  writeFileSync(exportPath, `${JSON.stringify(exported)}\n`);
  return { articles, exported: exported as unknown as ScoredExport, buildSeconds };
}
