// The facts side of the gva-dev evaluation, on gold groups: for each gold incident, its articles
// are extracted and merged whole (no grouping, no report cutting), and the merged killed best,
// injured best and event date are compared with gold. A missing figure reads as 0, as the
// reference scorer reads it. The full evaluation after grouping is `npm run eval`.
// Run: npx tsx src/eval/facts.ts [--fails N]
import { existsSync } from "node:fs";
import { toPassages } from "../extract/passages.js";
import { findArticleCasualtyClaims } from "../facts/article-claims.js";
import { decideEventDate, findDateCues, mergeEventDates } from "../facts/dates.js";
import { mergeFigure } from "../merge/figures.js";
import { readCorpusArticles, readJsonl } from "../places/eval/corpus.js";
import type { Article, CasualtyClaim, EventDate, FigureKind } from "../model.js";

const CORPUS = new URL("../../../shared/corpus/gva-dev/", import.meta.url).pathname;

interface GoldIncident { event_id: string; date: string; killed: number; injured: number; articles: string[] }
interface Extracted { article: Article; claims: CasualtyClaim[]; date: EventDate }

export interface GvaMeasure { incidents: number; killed: number; injured: number; date: number; articles: number; failures: string[] }

export function measureGva(): GvaMeasure {
  const articles = new Map<string, Extracted>();
  for (const article of readCorpusArticles(`${CORPUS}articles.jsonl`)) {
    const passages = toPassages(article);
    const claims = findArticleCasualtyClaims(passages, article.publishedDay);
    articles.set(article.id, { article, claims, date: decideEventDate(findDateCues(passages, article.publishedDay, "US"), article.publishedDay) });
  }
  const gold = readJsonl<GoldIncident>(`${CORPUS}gold.jsonl`);
  const result: GvaMeasure = { incidents: gold.length, killed: 0, injured: 0, date: 0, articles: articles.size, failures: [] };
  for (const incident of gold) {
    const members = incident.articles.flatMap((id) => articles.get(id) ?? []);
    const claimsOf = (kind: FigureKind) => members.flatMap((m) => m.claims.filter((c) => c.kind === kind).map((claim) => ({ claim, article: m.article })));
    const killed = mergeFigure(claimsOf("killed"));
    const injured = mergeFigure(claimsOf("injured"), { killed });
    const date = mergeEventDates(members.map((m) => ({ date: m.date, published: m.article.published })));
    const got = { killed: killed?.best ?? 0, injured: injured?.best ?? 0, date: date?.date ?? null };
    if (got.killed === incident.killed) result.killed++;
    if (got.injured === incident.injured) result.injured++;
    if (got.date === incident.date) result.date++;
    for (const field of ["killed", "injured", "date"] as const) {
      if (got[field] !== incident[field]) result.failures.push(`${incident.event_id} ${field}: gold ${incident[field]}, got ${got[field]} (${incident.articles.length} articles)`);
    }
  }
  return result;
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

if (process.argv[1]?.endsWith("eval/facts.ts")) {
  if (!existsSync(`${CORPUS}gold.jsonl`)) {
    console.log(`eval/facts: ${CORPUS} is absent; nothing measured`);
  } else {
    const started = performance.now();
    const m = measureGva();
    console.log(`gva-dev, ${m.incidents} gold incidents (${m.articles} articles), facts merged per gold group:`);
    console.log(`  killed best = gold   ${percent(m.killed, m.incidents)}  (acceptance after grouping: >= 85%)`);
    console.log(`  injured best = gold  ${percent(m.injured, m.incidents)}  (>= 80%)`);
    console.log(`  event date = gold    ${percent(m.date, m.incidents)}  (>= 80%)`);
    console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const n = Number(process.argv[process.argv.indexOf("--fails") + 1] ?? 0);
    if (process.argv.includes("--fails")) console.log(m.failures.slice(0, n || 50).join("\n"));
  }
}
