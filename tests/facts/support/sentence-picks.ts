// The fixed rule that picks the real sentences the rows of tests/facts/claims.test.ts are modelled
// on (the rows are our own sentences; the real ones are read from ../shared), so the table is a
// sample and not a collection of easy cases: articles in the order of the SHA-1 of their id; from
// each, the first sentence (headline included) with a casualty word; the first RANDOM_PICKS of
// those per corpus. Then, per construction the grammar must read, the first sentence in the same
// order that matches the construction's pattern. `npx tsx tests/facts/support/sentence-picks.ts` prints them.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { toPassages } from "../../../src/extract/passages.js";
import type { Article, Passage } from "../../../src/model.js";

export const CORPUS = new URL("../../../../shared/corpus/", import.meta.url).pathname;
export const RANDOM_PICKS = 35;
export const CASUALTY_WORD = /\b(?:kill\w*|dead|died|dies|death|injur\w*|wound\w*|hurt|shot|fatal\w*|missing|toll)\b/i;

/** Constructions the table must cover, each found by its own pattern in hash order (gva-dev first, then ruwa). */
export const CONSTRUCTIONS: Record<string, RegExp> = {
  "shot, N fatally": /\bshot\b[^.]*,\s+(?:one|two|three|1|2|3)(?: of them)? fatally\b/i,
  "no one hurt": /\b(?:no one|nobody) (?:else )?(?:was|were) (?:hurt|injured|wounded)\b/i,
  "no injuries": /\bno (?:other )?injuries\b/i,
  "age not a count": /\b(?:killed|shot|wounded) an? \d+-year-old\b/i,
  "found dead": /\bfound dead\b/i,
  "shot and killed": /\bshot and killed\b/i,
  "toll rose": /\btoll\b[^.]*\b(?:rose|risen|climbed|increased|grew|reached)\b/i,
  "number of killed increased": /\bnumber of (?:people )?(?:killed|dead|injured|wounded)\b[^.]*\bto \d+/i,
  "address block": /\b\d{3,5} block\b[^.]*\b(?:shot|killed)\b/i,
  "calibre": /\b(?:\d+mm|\.\d\d[- ]caliber|\d+-caliber)\b[^.]*\b(?:shot|killed|wounded)\b/i,
  "at least": /\bat least (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b[^.]*\b(?:killed|injured|wounded|dead)\b/i,
  "dozens": /\bdozens of (?:people|civilians)\b[^.]*\b(?:killed|injured|wounded)\b/i,
  "critical condition": /\bin (?:critical|grave) condition\b/i,
  "according to": /\baccording to\b[^.]*\b(?:killed|injured|wounded|dead)\b/i,
  "missing": /\b(?:are|were|remain) missing\b/i,
  "missiles shot down": /\b(?:missiles?|drones?) (?:were |was )?shot down\b/i,
  "double homicide": /\bdouble (?:homicide|murder)\b/i,
  "killed and wounded": /\bkill(?:ed|ing) (?:\w+ ){1,3}and (?:wound|injur)(?:ed|ing)\b/i,
  "a dozen": /\b(?:two|a|half a) dozen\b[^.]*\b(?:killed|injured|wounded|shot|dead)\b/i,
  "up to": /\bup to (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:people|civilians|persons)\b/i,
  "more than": /\bmore than (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:people|civilians|persons)\b[^.]*\b(?:killed|injured|wounded|dead)\b/i,
  "shot N times": /\bshot (?:\d+|two|three|four|five|six|several|multiple) times\b/i,
  "missile count": /\b(?:fired|launched) (?:\d+|two|three|four|five|six|seven|eight) (?:\w+ )?(?:missiles|rockets|drones)\b/i,
  "building count": /\b(?:\d+|two|three|four|five|six) (?:houses|buildings|homes|apartment blocks)\b[^.]*\b(?:damaged|destroyed)\b/i,
  "distance": /\b\d+ (?:km|kilometers|kilometres|miles)\b[^.]*\b(?:killed|injured|wounded|shot)\b/i,
  "clock time": /\b\d{1,2}:\d\d\b[^.]*\b(?:killed|shot|injured|wounded)\b/i,
  "calendar date": /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b[^.]*\b(?:killed|shot|injured|wounded)\b/i,
};
export const CONSTRUCTION_PICKS_PER_CORPUS = 1;

interface CorpusArticle { id: string; title?: string; text?: string; published: string; source?: string; url?: string }

const passageCache = new Map<string, Passage[]>();

function passagesOf(a: CorpusArticle): Passage[] {
  const cached = passageCache.get(a.id);
  if (cached) return cached;
  const article: Article = {
    id: a.id, file: "", line: 1, format: "jsonl", title: a.title ?? "", titleDerived: false, text: a.text ?? "",
    source: a.source ?? null, url: a.url ?? null, published: a.published, publishedDay: a.published, lang: "en", langFrom: "stated",
  };
  const passages = toPassages(article);
  passageCache.set(a.id, passages);
  return passages;
}

function inHashOrder(corpus: string): CorpusArticle[] {
  const lines = readFileSync(`${CORPUS}${corpus}/articles.jsonl`, "utf8").split("\n").filter((l) => l.trim());
  const hash = (id: string) => createHash("sha1").update(id).digest("hex");
  return lines.map((l) => JSON.parse(l) as CorpusArticle).sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1));
}

export interface Pick { corpus: string; article: string; published: string; rule: string; sentence: string; title: boolean }

export function pickSentences(): Pick[] {
  const picks: Pick[] = [];
  for (const corpus of ["gva-dev", "ruwa"]) {
    const articles = inHashOrder(corpus);
    for (const a of articles) {
      if (picks.filter((p) => p.corpus === corpus && p.rule === "first casualty sentence").length >= RANDOM_PICKS) break;
      const passage = passagesOf(a).find((p) => CASUALTY_WORD.test(p.text));
      if (passage) picks.push({ corpus, article: a.id, published: a.published, rule: "first casualty sentence", sentence: passage.text, title: passage.isTitle });
    }
    for (const [rule, pattern] of Object.entries(CONSTRUCTIONS)) {
      let found = 0;
      for (const a of articles) {
        if (found >= CONSTRUCTION_PICKS_PER_CORPUS) break;
        const passage = passagesOf(a).find((p) => pattern.test(p.text) && p.text.length <= 400);
        if (passage && !picks.some((p) => p.sentence === passage.text)) {
          picks.push({ corpus, article: a.id, published: a.published, rule, sentence: passage.text, title: passage.isTitle });
          found++;
        }
      }
    }
  }
  return picks;
}

export const corpusPresent = existsSync(`${CORPUS}gva-dev/articles.jsonl`) && existsSync(`${CORPUS}ruwa/articles.jsonl`);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  for (const p of pickSentences()) console.log(JSON.stringify(p));
}
