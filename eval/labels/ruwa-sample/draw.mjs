// Reproduces the id list of this sample: node eval/labels/ruwa-sample/draw.mjs [path to RUWA articles.jsonl]
// Sorted ids, Fisher-Yates shuffle driven by mulberry32(2026), window days skipped, first 1,200 kept.
import { readFileSync } from "node:fs";

const corpusPath = process.argv[2] ?? "../shared/corpus/ruwa/articles.jsonl";
const windowDays = new Set(["2022-06-27", "2022-06-28", "2022-06-29", "2022-10-09", "2022-10-10"]);
const sampleSize = 1200;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const articles = readFileSync(corpusPath, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
const published = new Map(articles.map((a) => [a.id, a.published]));
const ids = [...published.keys()].sort();
const random = mulberry32(2026);
for (let i = ids.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [ids[i], ids[j]] = [ids[j], ids[i]];
}
const sample = ids.filter((id) => !windowDays.has(published.get(id))).slice(0, sampleSize);
process.stdout.write(sample.join("\n") + "\n");
