// The labelled corpora the pair models are fitted on, read as a build reads them (the pipeline's
// own stages up to grouping), for `npm run eval -- --fit` and the test that the committed models
// are what the fit gives (tests/eval/fit.test.ts).
import { join } from "node:path";
import type { DateTime } from "luxon";
import { readReports } from "../pipeline.js";
import { contentFolderFor, readGold } from "./corpus.js";
import { corpusName } from "./evaluate.js";
import type { FitCorpus } from "./fit.js";
import { notesByEvent, writeNotesContent } from "./notes.js";

/** An incident-labelled corpus folder (articles.jsonl + gold.jsonl) as the fit reads it. */
export async function fitCorpus(corpus: string, now: DateTime): Promise<FitCorpus> {
  const { ingested, reports } = await readReports({ contentDir: contentFolderFor(corpus), now });
  const articles = new Map(ingested.articles.map((a) => [a.id, a]));
  return { name: corpusName(corpus), reports, articleOf: (id) => articles.get(id)!, gold: readGold(join(corpus, "gold.jsonl")) };
}

/**
 * The coded notes as a corpus to fit on: same-day notes of different villages, written alike, are
 * the war-news pairs that look most the same and are not (the headline corpus has few of them).
 */
export async function notesFitCorpus(goldFiles: string[], now: DateTime): Promise<FitCorpus> {
  const { contentDir, gold } = writeNotesContent(goldFiles);
  const { ingested, reports } = await readReports({ contentDir, now });
  const articles = new Map(ingested.articles.map((a) => [a.id, a]));
  return { name: "coded notes", reports, articleOf: (id) => articles.get(id)!, gold: notesByEvent(gold) };
}
