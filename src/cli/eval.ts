// `npm run eval`: builds each evaluation corpus with the real pipeline, scores the export against
// its gold file next to a baseline and the last committed run, prints the tables, writes the
// results file, and exits 1 when a figure is below its target.
//   --corpus DIR     a corpus folder (articles.jsonl + gold.jsonl); repeatable. Default: every
//                    corpus of ../shared/corpus that is present (gva-dev, ucdp-dev, viina-dev)
//   --export DIR     where each corpus's export goes (default .eval-site/<corpus>/, git-ignored)
//   --results FILE   the results file (default eval/last-results.json; "-" for none): one entry
//                    per corpus; entries of corpora not run this time are kept
//   --fit            also re-run the pair-model fitting procedure on the incident-labelled corpora
//                    run (gva-dev and ucdp-dev by default; VIINA's automatic events are not used)
//                    and print its weights
// The hand-labelled RUWA windows (eval/labels/ruwa-windows) and random sample
// (eval/labels/ruwa-sample) are scored, and the whole RUWA corpus is built to list the incidents it
// places far from the war, whenever ../shared/corpus/ruwa is present and no --corpus is given (or
// --windows is).
//   --labels         the hand-labelled RUWA windows and sample only (no whole-corpus build)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { commandClock, readCommandLine } from "./command-line.js";
import { corpusName, evaluateCorpus, type EvaluationResult } from "../eval/evaluate.js";
import { describeFits, fitPairModels } from "../eval/fit.js";
import { fitCorpus, notesFitCorpus } from "../eval/fit-corpora.js";
import { PAIR_MODELS } from "../group/pair-model.js";
import { resultTable } from "../eval/table.js";
import { evaluateWindows, windowTable, type WindowEvaluation } from "../eval/windows.js";
import { evaluateSample, sampleTable, type SampleEvaluation } from "../eval/sample.js";
import { evaluateNotes, notesTable, type NotesEvaluation } from "../eval/notes.js";
import { evaluateFaraway, type FarawayEvaluation, farawayTable } from "../eval/faraway.js";

const USAGE = "usage: npm run eval -- [--corpus DIR]... [--windows | --labels] [--export DIR] [--results FILE|-] [--fit]";
const DEFAULT_CORPORA = ["gva-dev", "ucdp-dev", "viina-dev"].map((name) => join("..", "shared", "corpus", name));
const WINDOW_LABELS = join("eval", "labels", "ruwa-windows");
const SAMPLE_LABELS = join("eval", "labels", "ruwa-sample");
const RUWA = join("..", "shared", "corpus", "ruwa", "articles.jsonl");

type Results = Record<string, EvaluationResult | WindowEvaluation | SampleEvaluation | NotesEvaluation | FarawayEvaluation>;

async function main(argv: string[]): Promise<number> {
  const parsed = readCommandLine(
    {
      args: argv,
      options: {
        corpus: { type: "string", multiple: true },
        export: { type: "string", default: ".eval-site" },
        results: { type: "string", default: "eval/last-results.json" },
        fit: { type: "boolean", default: false },
        windows: { type: "boolean", default: false },
        labels: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    },
    USAGE,
  );
  if (typeof parsed === "number") return parsed;
  const args = parsed.values;
  const labelsOnly = args.windows || args.labels;
  const corpora = (args.corpus ?? (labelsOnly ? [] : DEFAULT_CORPORA.filter((dir) => existsSync(dir)))).map((dir) => resolve(dir));
  const windows = (labelsOnly || !args.corpus) && existsSync(RUWA);
  if (corpora.length === 0 && !windows) {
    console.error(`error: no corpus given and none of ${DEFAULT_CORPORA.join(", ")} is present\n${USAGE}`);
    return 2;
  }
  for (const corpus of corpora) {
    for (const file of ["articles.jsonl", "gold.jsonl"]) {
      if (!existsSync(join(corpus, file))) {
        console.error(`error: ${join(corpus, file)} not found (a corpus folder holds articles.jsonl and gold.jsonl)`);
        return 2;
      }
    }
  }
  // A fixed clock keeps runs comparable: the corpora are in the past either way.
  const now = commandClock();
  if (!now) return 2;
  const resultsPath = args.results === "-" ? null : resolve(args.results!);
  const previous = resultsPath ? readResults(resultsPath) : {};
  const results: Results = { ...previous };
  let failed = false;
  for (const corpus of corpora) {
    const name = corpusName(corpus);
    const result = await evaluateCorpus(corpus, resolve(args.export!, name, "data", "incidents.json"), now);
    const before = previous[name];
    console.log(`\n${resultTable(result, before?.kind === result.kind ? before : undefined)}`);
    // The corpus path is stored relative to the project so the file does not change between machines.
    results[name] = { ...result, corpus: relative(process.cwd(), result.corpus) || "." };
    failed ||= result.failures.length > 0;
  }
  // Coded notes are written from the war corpora's events (notes.ts) whenever those are run.
  const noteSources = corpora.filter((dir) => /ucdp|viina/.test(corpusName(dir))).map((dir) => join(dir, "gold.jsonl"));
  if (args.fit) {
    const fitted = await Promise.all(corpora.filter((dir) => !/viina/.test(corpusName(dir))).map((dir) => fitCorpus(dir, now)));
    if (noteSources.length) fitted.push(await notesFitCorpus(noteSources, now));
    if (fitted.length) console.log(`\n${describeFits(fitPairModels(fitted), PAIR_MODELS)}`);
  }
  if (windows) {
    const result = await evaluateWindows(resolve(WINDOW_LABELS), resolve(RUWA), resolve(args.export!, "ruwa-windows", "data", "incidents.json"), now);
    const before = previous["ruwa-windows"];
    console.log(`\n${windowTable(result, before?.kind === "windows" ? before : undefined)}`);
    results["ruwa-windows"] = { ...result, labels: WINDOW_LABELS };
    failed ||= result.failures.length > 0;
    const sample = await evaluateSample(resolve(SAMPLE_LABELS), resolve(RUWA), resolve(args.export!, "ruwa-sample", "data", "incidents.json"), now);
    const sampleBefore = previous["ruwa-sample"];
    console.log(`\n${sampleTable(sample, sampleBefore?.kind === "sample" ? sampleBefore : undefined)}`);
    results["ruwa-sample"] = { ...sample, labels: SAMPLE_LABELS };
    failed ||= sample.failures.length > 0;
  }
  if (windows && !args.labels) {
    // The whole corpus: incidents a war digest places far from the war, with the words behind them.
    const faraway = await evaluateFaraway(resolve(RUWA), now);
    const farawayBefore = previous["ruwa-faraway"];
    console.log(`\n${farawayTable(faraway, farawayBefore?.kind === "faraway" ? farawayBefore : undefined)}`);
    results["ruwa-faraway"] = faraway;
  }
  if (noteSources.length) {
    const result = await evaluateNotes(noteSources, resolve(args.export!, "notes", "data", "incidents.json"), now);
    const before = previous.notes;
    console.log(`\n${notesTable(result, before?.kind === "notes" ? before : undefined)}`);
    results.notes = { ...result, sources: noteSources.map((file) => relative(process.cwd(), file)) };
    failed ||= result.failures.length > 0;
  }
  if (resultsPath) {
    mkdirSync(dirname(resultsPath), { recursive: true });
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nresults written to ${relative(process.cwd(), resultsPath)}`);
  }
  return failed ? 1 : 0;
}

/** The last run's results by corpus; a file from before there were several corpora held gva-dev's alone. */
function readResults(path: string): Results {
  if (!existsSync(path)) return {};
  const stored = JSON.parse(readFileSync(path, "utf8")) as Results | EvaluationResult;
  return "digest" in stored ? { "gva-dev": { ...(stored as EvaluationResult), kind: "incidents" } } : (stored as Results);
}

process.exitCode = await main(process.argv.slice(2));
