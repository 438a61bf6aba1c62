// What the detection tests share: articles written for a test and corpus items named by id, each
// built through the real pipeline at a pinned clock, and whether an article ends in an incident.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Digest } from "../../../src/model.js";
import { readPassage, type ClauseKind } from "../../../src/facts/clauses.js";
import { buildDigest } from "../../../src/pipeline.js";
import { buildCorpusItems, corpusDir, makeContentDir } from "../../support/content.js";

const NOW = DateTime.fromISO("2026-01-01T00:00:00Z", { zone: "utc" });
export const RUWA = join(corpusDir, "ruwa", "articles.jsonl");
export const UCDP = join(corpusDir, "ucdp-dev", "articles.jsonl");

export interface TestArticle {
  id: string;
  title: string;
  text?: string;
  /** The publication day; `published` of buildArticles when absent. */
  published?: string;
}

/** Whole articles through the real pipeline, as one JSON Lines file. */
export function buildArticles(articles: TestArticle[], published: string): Promise<Digest> {
  const lines = articles.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text ?? "", published: a.published ?? published, source: "wire.example", url: null }));
  return buildDigest({ contentDir: makeContentDir({ "articles/a.jsonl": `${lines.join("\n")}\n` }), now: NOW });
}

/** The incidents an article ended in, its primary one first. */
export const incidentsOf = (digest: Digest, id: string) => digest.articles.find((a) => a.id === id)!.incidents;

/** Whether an article ended in any incident. */
export const inIncident = (digest: Digest, id: string) => incidentsOf(digest, id).length > 0;

/**
 * Articles written for a test, built together through the real pipeline, and whether each ends
 * in an incident: [id, ends in an incident, why in our words].
 */
export function describeArticles(title: string, published: string, articles: TestArticle[], expectations: [string, boolean, string][]): void {
  describe(title, async () => {
    const digest = await buildArticles(articles, published);
    it.each(expectations)("%s in an incident: %s (%s)", (id, expected) => {
      expect(inIncident(digest, id)).toBe(expected);
    });
  });
}

/**
 * One row per corpus item named by id: [id, tells an incident, why]. The rows skip visibly when
 * the corpus file is absent (no corpus text is kept in the tests).
 */
export function describeCorpusItems(title: string, file: string, items: [string, boolean, string][]): void {
  if (!existsSync(file)) console.warn(`${title}: ${file} absent; its rows are skipped`);
  describe.skipIf(!existsSync(file))(title, async () => {
    const digest = await buildCorpusItems(file, items.map(([id]) => id), NOW);
    it.each(items)("%s tells an incident: %s (%s)", (id, expected) => {
      expect(inIncident(digest!, id)).toBe(expected);
    });
  });
}

/**
 * Sentences written for a test and the kind of passage each reads as (facts/clauses.ts):
 * [sentence, kind]. `knownGap` rows are `it.fails`: what the reading should give and does not yet.
 */
export function itReadsPassages(rows: [string, ClauseKind][], { knownGap = false } = {}): void {
  (knownGap ? it.fails.each(rows) : it.each(rows))(knownGap ? "%s -> %s (known gap)" : "%s -> %s", (sentence, kind) => {
    expect(readPassage(sentence).kind).toBe(kind);
  });
}
