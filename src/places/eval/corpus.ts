// Reading the evaluation corpora (../shared/corpus, outside the repository) as articles and passages.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toPassages } from "../../extract/passages.js";
import type { Article, Passage } from "../../model.js";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Where the shared corpora live (override with INCIDENT_DIGEST_CORPUS). */
export const corpusRoot = process.env.INCIDENT_DIGEST_CORPUS ?? join(projectRoot, "..", "shared", "corpus");
export const gvaArticlesPath = join(corpusRoot, "gva-dev", "articles.jsonl");
export const gvaGoldPath = join(corpusRoot, "gva-dev", "gold.jsonl");
export const ruwaArticlesPath = join(corpusRoot, "ruwa", "articles.jsonl");

export function corpusAvailable(...paths: string[]): boolean {
  return paths.every((p) => existsSync(p));
}

interface RawArticle {
  id: string;
  title?: string;
  text?: string;
  published: string;
  source?: string;
  url?: string;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Corpus lines as the digest's articles (ingest's checks are not the point here). */
export function readCorpusArticles(path: string): Article[] {
  return readJsonl<RawArticle>(path).map((raw, i) => ({
    id: raw.id,
    file: path,
    line: i + 1,
    format: "jsonl",
    title: raw.title ?? "",
    titleDerived: false,
    text: raw.text ?? "",
    source: raw.source ?? null,
    url: raw.url ?? null,
    published: raw.published,
    publishedDay: raw.published.slice(0, 10),
    lang: "en", langFrom: "stated",
  }));
}

export function passagesOf(article: Article): Passage[] {
  return toPassages(article);
}
