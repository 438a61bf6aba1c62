// A worker thread of the extract stage (see extract/workers.ts): an ArticleReader over the
// gazetteer and the editor's places, answering the main thread's batches in order.
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../model.js";
import type { EditorPlace } from "../places/editor.js";
import type { BuildPriors } from "../places/index.js";
import { ArticleReader } from "./reader.js";
import { sharePlaces } from "./share-places.js";

export type WorkerRequest = { kind: "cues"; articles: Article[] } | { kind: "facts"; articles: Article[]; priors: BuildPriors };
export type WorkerReply = { ok: true; results: unknown[] } | { ok: false; error: string };

if (parentPort) {
  const port = parentPort;
  const reader = new ArticleReader((workerData as { editorPlaces: EditorPlace[] }).editorPlaces);
  port.on("message", (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      if (request.kind === "cues") reply = { ok: true, results: request.articles.map((a) => readOne(a, () => reader.readCues(a))) };
      else {
        const results = request.articles.map((a) => readOne(a, () => reader.extract(a, request.priors)));
        // The reply carries each place once, not once per mention (extract/share-places.ts).
        sharePlaces(results.map((r) => r.facts.places));
        reply = { ok: true, results };
      }
    } catch (error) {
      reply = { ok: false, error: (error as Error).message };
    }
    port.postMessage(reply);
  });
}

/** A failure names the article it happened on (file and line), like every error of the build. */
export function readOne<T>(article: Article, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new Error(`${article.file}${article.line === null ? "" : `:${article.line}`}: could not read article ${article.id}: ${(error as Error).stack ?? error}`);
  }
}
