// A worker thread of the extract stage (see extract/workers.ts): an ArticleReader over the
// gazetteer and the editor's places, answering the main thread's batches in order.
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../model.js";
import type { EditorPlace } from "../places/editor.js";
import type { BuildPriors } from "../places/index.js";
import { ArticleReader } from "./reader.js";

export type WorkerRequest = { kind: "cues"; articles: Article[] } | { kind: "facts"; articles: Article[]; priors: BuildPriors };
export type WorkerReply = { ok: true; results: unknown[] } | { ok: false; error: string };

if (parentPort) {
  const port = parentPort;
  const reader = new ArticleReader((workerData as { editorPlaces: EditorPlace[] }).editorPlaces);
  port.on("message", (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      // A facts reply carries each place once, not once per mention: the reader's mentions of one
      // place share one object (extract/place-table.ts), which V8's serialisation writes once.
      reply = { ok: true, results: request.kind === "cues" ? request.articles.map((a) => readOne(a, () => reader.readCues(a))) : request.articles.map((a) => readOne(a, () => reader.extract(a, request.priors))) };
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
