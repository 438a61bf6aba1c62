// `npm run eval -- --corpus DIR`: builds DIR/articles.jsonl with the real pipeline, scores the
// export against DIR/gold.jsonl next to a baseline, prints the table, writes the results file,
// and exits 1 when a figure is below issue 5's acceptance level.
//   --export FILE    where the export goes (default .eval-site/data/incidents.json, git-ignored)
//   --results FILE   the results file (default eval/last-results.json; "-" for none)
//   --fit            also re-run the pair-model fitting procedure and print its weights
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { readReports } from "../pipeline.js";
import { evaluateCorpus, type EvaluationResult } from "../eval/evaluate.js";
import { contentFolderFor, readGold } from "../eval/corpus.js";
import { describeFit, fitPairModel } from "../eval/fit.js";
import { resultTable } from "../eval/table.js";

const USAGE = "usage: npm run eval -- --corpus DIR [--export FILE] [--results FILE|-] [--fit]";

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        corpus: { type: "string" },
        export: { type: "string", default: ".eval-site/data/incidents.json" },
        results: { type: "string", default: "eval/last-results.json" },
        fit: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help || !args.corpus) {
    console.error(USAGE);
    return args.help ? 0 : 2;
  }
  const corpus = resolve(args.corpus);
  for (const file of ["articles.jsonl", "gold.jsonl"]) {
    if (!existsSync(join(corpus, file))) {
      console.error(`error: ${join(corpus, file)} not found (a corpus folder holds articles.jsonl and gold.jsonl)`);
      return 2;
    }
  }
  // A fixed clock keeps runs comparable: the corpus is in the past either way.
  const now = process.env.DIGEST_NOW ? DateTime.fromISO(process.env.DIGEST_NOW, { zone: "utc" }) : DateTime.utc();
  if (!now.isValid) {
    console.error(`error: DIGEST_NOW="${process.env.DIGEST_NOW}" is not an ISO date-time`);
    return 2;
  }
  const result = evaluateCorpus(corpus, resolve(args.export!), now);
  console.log(resultTable(result));
  if (args.results !== "-") writeResults(resolve(args.results!), result);
  if (args.fit) console.log(`\n${runFit(corpus, now)}`);
  return result.failures.length ? 1 : 0;
}

function writeResults(path: string, result: EvaluationResult): void {
  mkdirSync(dirname(path), { recursive: true });
  // The corpus path is stored relative to the project so the file does not change between machines.
  const stored = { ...result, corpus: relative(process.cwd(), result.corpus) || "." };
  writeFileSync(path, `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`results written to ${relative(process.cwd(), path)}`);
}

function runFit(corpus: string, now: DateTime): string {
  // The pipeline's own stages up to grouping, so the fit sees what a build sees.
  const { ingested, reports } = readReports({ contentDir: contentFolderFor(corpus), now });
  const articles = new Map(ingested.articles.map((a) => [a.id, a]));
  return describeFit(fitPairModel(reports, (id) => articles.get(id)!, readGold(join(corpus, "gold.jsonl"))));
}

process.exitCode = main(process.argv.slice(2));
