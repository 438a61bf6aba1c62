// Grouping time on the corpora (issue 5: RUWA's 16,351 items grouped in under 5 s). Extraction
// runs first and is not counted; the grouping stage (furniture, cutting, blocking, pair model,
// clustering, reasons) is, through the pipeline's own functions.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { ingestArticles } from "../src/ingest/index.js";
import { extractFacts } from "../src/extract/index.js";
import { loadPlaceIndex, primePlaceIndex } from "../src/places/index.js";
import { findFurniture } from "../src/group/furniture.js";
import { cutReports } from "../src/group/reports.js";
import { groupReports } from "../src/group/index.js";

const LIMIT_SECONDS = { ruwa: 5 } as Record<string, number>;
const root = join(import.meta.dirname, "..");
const corpora = { "gva-dev": "../shared/corpus/gva-dev/articles.jsonl", ruwa: "../shared/corpus/ruwa/articles.jsonl" };

let failed = false;
for (const [name, relativePath] of Object.entries(corpora)) {
  const file = join(root, relativePath);
  if (!existsSync(file)) {
    console.log(`grouping ${name}: SKIPPED (${file} absent)`);
    continue;
  }
  const content = mkdtempSync(join(tmpdir(), `digest-bench-group-${name}-`));
  mkdirSync(join(content, "articles"));
  copyFileSync(file, join(content, "articles", `${name}.jsonl`)); // links leading out of the content folder are not read
  const { articles } = ingestArticles(content, DateTime.fromISO("2026-01-01T00:00:00Z"));
  const places = loadPlaceIndex();
  primePlaceIndex(places, articles);
  const facts = articles.map((a) => extractFacts(a, places));
  const byId = new Map(articles.map((a) => [a.id, a]));

  const started = performance.now();
  const furniture = findFurniture(facts);
  const reports = facts.flatMap((f) => cutReports(f, furniture));
  const cut = performance.now();
  const groups = groupReports(reports, { article: (id) => byId.get(id)! });
  const seconds = (performance.now() - started) / 1000;
  const limit = LIMIT_SECONDS[name];
  const over = limit !== undefined && seconds > limit;
  failed ||= over;
  console.log(
    `grouping ${name} (${articles.length.toLocaleString("en")} items): ${seconds.toFixed(1)} s` +
      ` (cutting ${((cut - started) / 1000).toFixed(1)} s; ${reports.length} reports -> ${groups.length} incidents)` +
      (limit === undefined ? "" : over ? `  OVER the ${limit} s limit` : `  (limit ${limit} s)`),
  );
}
process.exitCode = failed ? 1 : 0;
