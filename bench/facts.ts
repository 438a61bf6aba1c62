// Benchmark (not a test): casualty claims, event dates, means, damage and type cues over a corpus,
// per article, on one core. Run: npx tsx bench/facts.ts [gva-dev|ruwa] (`npm run bench` runs it on ruwa).
// The acceptance asks for 500 articles per second or more.
import { existsSync } from "node:fs";
import { toPassages } from "../src/extract/passages.js";
import { findArticleCasualtyClaims } from "../src/facts/article-claims.js";
import { findDateCues } from "../src/facts/dates.js";
import { findDamage, findMeans, findTypeCues } from "../src/facts/index.js";
import type { Article, Passage } from "../src/model.js";
import { readCorpusArticles } from "../src/places/eval/corpus.js";

const corpus = process.argv[2] ?? "ruwa";
const file = new URL(`../../shared/corpus/${corpus}/articles.jsonl`, import.meta.url).pathname;
if (!existsSync(file)) {
  console.log(`bench: ${file} is absent`);
  process.exit(0);
}
const articles: Article[] = readCorpusArticles(file);

let started = performance.now();
const passages: Passage[][] = articles.map((a) => toPassages(a));
const splitMs = performance.now() - started;

function run(): Record<string, number> {
  const ms: Record<string, number> = {};
  const time = (name: string, job: (p: Passage[], a: Article) => unknown) => {
    const t0 = performance.now();
    passages.forEach((p, i) => job(p, articles[i]!));
    ms[name] = performance.now() - t0;
  };
  time("claims", (p, a) => findArticleCasualtyClaims(p, a.publishedDay));
  time("dates", (p, a) => findDateCues(p, a.publishedDay, null));
  time("types", (p) => p.flatMap((x) => findTypeCues(x)));
  time("means+damage", (p) => p.flatMap((x) => [...findMeans(x), ...findDamage(x)]));
  return ms;
}
run(); // warm-up: the first pass compiles the code
started = performance.now();
const ms = run();
const total = performance.now() - started;
const rate = (n: number) => Math.round((articles.length / n) * 1000);
console.log(`${corpus}: ${articles.length} articles, ${passages.reduce((n, p) => n + p.length, 0)} passages (sentence split ${(splitMs / 1000).toFixed(1)} s, not counted)`);
for (const [name, t] of Object.entries(ms)) console.log(`  ${name.padEnd(13)} ${(t / 1000).toFixed(2)} s`);
console.log(`  all facts     ${(total / 1000).toFixed(2)} s = ${rate(total)} articles/s`);
