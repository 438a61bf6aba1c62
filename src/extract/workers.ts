// The extract stage's readers: worker threads (node:worker_threads), one per core, for builds
// with enough articles to repay starting them (each loads the gazetteer, about 0.3 s) on a
// machine with a core to spare; the main thread itself for small builds and busy machines. Articles go out in batches to whichever worker is free; the
// results come back to their article's slot, so the output does not depend on which worker read
// what, or when. An article's second read goes to the worker that did its first, which kept its
// passages.
import { availableParallelism, cpus } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../model.js";
import { isSlavic } from "../facts/slavic/lexicons.js";
import type { EditorPlace } from "../places/editor.js";
import type { BuildPriors, LightReadings, PlaceIndex } from "../places/index.js";
import type { PlaceTable } from "./place-table.js";
import { ArticleReader, type ReadFacts } from "./reader.js";
import { readOne, type WorkerReply, type WorkerRequest } from "./worker.js";

export interface ArticleReaders {
  /** For the build log: "2 worker threads" or "the main thread". */
  description: string;
  readCues(articles: Article[]): Promise<LightReadings[]>;
  extract(articles: Article[], priors: BuildPriors): Promise<ReadFacts[]>;
  close(): Promise<void>;
}

/** Below this many articles to read, workers cost more to start than they save. */
const MIN_ARTICLES_FOR_WORKERS = 2000;
const BATCH = 200;
/** The worker that reads the Ukrainian and Russian articles (readCues). */
const SLAVIC_READER = 0;
/** `DIGEST_WORKERS=n` sets the number of worker threads (0: read on the main thread). */
const WORKERS_ENV = "DIGEST_WORKERS";

/**
 * Workers are started only when the cores other than the main thread's were at least this idle
 * while the build started. On a machine other work keeps busy, two workers only share its cores
 * with that work, each compiling the reading code again for its own heap and collecting its own
 * garbage: RUWA + viina-dev's cold build took 27-28 s of CPU on the main thread against 32-36 s
 * with two workers, and 29-53 s against 45-76 s of wall time, at loads 7-37 on two cores.
 */
const MIN_IDLE_CORES = 0.5;
/** Idle time over a shorter start than this says too little of the machine. */
const MIN_SAMPLE_MS = 200;

export function workerCount(articlesToRead: number, env: NodeJS.ProcessEnv = process.env, idleCores: number | null = idleCoresSinceStart()): number {
  const set = env[WORKERS_ENV];
  if (articlesToRead === 0) return 0;
  if (set !== undefined && set !== "") {
    if (!/^\d+$/.test(set)) throw new Error(`${WORKERS_ENV}="${set}" is not a number of worker threads`);
    return Number(set);
  }
  if (articlesToRead < MIN_ARTICLES_FOR_WORKERS || (idleCores !== null && idleCores < MIN_IDLE_CORES)) return 0;
  return Math.min(2, availableParallelism());
}

// The machine's idle time from when the build started (this module is loaded with the pipeline;
// ingest and the gazetteer then keep the main thread busy) to when the readers are chosen.
const started = { at: performance.now(), idleMs: idleMsOfAllCores() };

function idleMsOfAllCores(): number {
  return cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
}

/** How many cores sat idle, on average, since the build started; null when that cannot be told. */
function idleCoresSinceStart(): number | null {
  const elapsed = performance.now() - started.at;
  const idle = idleMsOfAllCores() - started.idleMs;
  // A platform that reports no idle time at all (or a start too short to sample) says nothing.
  if (elapsed < MIN_SAMPLE_MS || started.idleMs === 0) return null;
  return idle / elapsed;
}

/**
 * Readers that start worker threads at the first batch large enough to repay them (a warm build
 * reads a handful of articles on the main thread; a cold one starts the workers). The facts they
 * return name their places by `table`'s objects, one per place, as each batch arrives.
 */
export function startReaders(editorPlaces: EditorPlace[], places: PlaceIndex, table: PlaceTable, env: NodeJS.ProcessEnv = process.env): ArticleReaders {
  let mainThread: ArticleReaders | null = null;
  let pool: WorkerPool | null = null;
  const choose = (articles: number): ArticleReaders => {
    if (pool) return pool;
    const count = workerCount(articles, env);
    if (count > 0) return (pool = new WorkerPool(editorPlaces, count, table));
    return (mainThread ??= mainThreadReader(editorPlaces, places, table));
  };
  return {
    get description() {
      return pool?.description ?? "the main thread";
    },
    readCues: (articles) => choose(articles.length).readCues(articles),
    extract: (articles, priors) => choose(articles.length).extract(articles, priors),
    close: async () => pool?.close(),
  };
}

function mainThreadReader(editorPlaces: EditorPlace[], places: PlaceIndex, table: PlaceTable): ArticleReaders {
  const reader = new ArticleReader(editorPlaces, places, table);
  return {
    description: "the main thread",
    readCues: async (articles) => articles.map((a) => readOne(a, () => reader.readCues(a))),
    extract: async (articles, priors) => articles.map((a) => readOne(a, () => reader.extract(a, priors))),
    close: async () => {},
  };
}

// Under tsx (tests, npm start) a worker must register the TypeScript loader itself; the compiled
// build (dist/) starts the JavaScript file directly.
function spawnWorker(editorPlaces: EditorPlace[]): Worker {
  const entry = new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".ts")) return new Worker(entry, { workerData: { editorPlaces } });
  const shim = `import { register } from "tsx/esm/api"; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(shim, { eval: true, workerData: { editorPlaces } });
}

interface Slot {
  worker: Worker;
}

class WorkerPool implements ArticleReaders {
  readonly description: string;
  private readonly slots: Slot[];
  /** Which worker read an article first (it holds the article's passages). */
  private readonly firstReader = new Map<string, number>();
  private failure: Error | null = null;

  constructor(
    editorPlaces: EditorPlace[],
    count: number,
    private readonly table: PlaceTable,
  ) {
    this.description = `${count} worker thread${count === 1 ? "" : "s"}`;
    this.slots = Array.from({ length: count }, () => ({ worker: spawnWorker(editorPlaces) }));
    for (const slot of this.slots) slot.worker.on("error", (error) => (this.failure ??= error));
  }

  async readCues(articles: Article[]): Promise<LightReadings[]> {
    const results: LightReadings[] = new Array(articles.length);
    // Ukrainian and Russian articles go to the first worker while others remain for the rest: each
    // thread that meets them compiles their grammar's patterns and warms its code for itself (about
    // 0.4 s of a worker's second read, seen at load 10), and their second read stays where their
    // passages are kept.
    const slavic = indicesOf(articles, (article) => isSlavic(article.lang));
    const others = indicesOf(articles, (article) => !isSlavic(article.lang));
    const queues = { slavic: chunk(slavic, BATCH), others: chunk(others, BATCH) };
    const next = (w: number): number[] | undefined => (w === SLAVIC_READER ? (queues.slavic.shift() ?? queues.others.shift()) : (queues.others.shift() ?? queues.slavic.shift()));
    await Promise.all(
      this.slots.map(async (slot, w) => {
        for (let batch = next(w); batch; batch = next(w)) {
          const replies = await this.ask(slot, { kind: "cues", articles: batch.map((i) => articles[i]!) });
          batch.forEach((i, k) => {
            results[i] = replies[k] as LightReadings;
            this.firstReader.set(articles[i]!.id, w);
          });
        }
      }),
    );
    return results;
  }

  async extract(articles: Article[], priors: BuildPriors): Promise<ReadFacts[]> {
    const results: ReadFacts[] = new Array(articles.length);
    // Each worker reads again what it read first (it kept their passages); articles read by none
    // are dealt out in turn. A worker done with its own takes batches from the end of the longest
    // other queue (splitting passages again costs little), so neither waits for the other at the
    // end: the first reads can leave one worker far more to read (seen: 9.3 s of CPU against 6.0 s).
    const own: number[][] = this.slots.map(() => []);
    articles.forEach((article, i) => own[this.firstReader.get(article.id) ?? (isSlavic(article.lang) ? SLAVIC_READER : i % this.slots.length)]!.push(i));
    // Ukrainian and Russian articles first in each queue, so that what another worker takes from
    // its end is the others (see readCues).
    const queues = own.map((indices) => chunk([...indices.filter((i) => isSlavic(articles[i]!.lang)), ...indices.filter((i) => !isSlavic(articles[i]!.lang))], BATCH));
    const next = (w: number): number[] | undefined => {
      const longestOther = queues.filter((_, other) => other !== w).sort((a, b) => b.length - a.length)[0];
      return queues[w]!.shift() ?? longestOther?.pop();
    };
    await Promise.all(
      this.slots.map(async (slot, w) => {
        for (let batch = next(w); batch; batch = next(w)) {
          const read = batch;
          const replies = await this.ask(slot, { kind: "facts", articles: read.map((i) => articles[i]!), priors });
          // A reply's mentions of one place share one copy; across replies, the table's.
          read.forEach((i, k) => {
            const facts = replies[k] as ReadFacts;
            this.table.share(facts.facts.places);
            results[i] = facts;
          });
        }
      }),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private ask(slot: Slot, request: WorkerRequest): Promise<unknown[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => {
        slot.worker.off("message", onMessage);
        reject(error);
      };
      const onMessage = (reply: WorkerReply) => {
        slot.worker.off("error", onError);
        if (reply.ok) resolve(reply.results);
        else reject(new Error(reply.error));
      };
      slot.worker.once("message", onMessage);
      slot.worker.once("error", onError);
      slot.worker.postMessage(request);
    });
  }
}

function indicesOf<T>(items: T[], test: (item: T) => boolean): number[] {
  const out: number[] = [];
  items.forEach((item, i) => test(item) && out.push(i));
  return out;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
