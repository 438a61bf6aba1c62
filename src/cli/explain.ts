// `npm run explain -- A B`: why two articles are, or are not, one incident (explain-pair.ts).
//   --content DIR   the content folder (default: content/)
//   --all           every pair of the two articles' reports (a round-up has several)
// DIGEST_NOW pins the build's clock, as for the build.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { ExplainError, explainArticles } from "./explain-pair.js";

const USAGE = "usage: npm run explain -- ARTICLE_ID ARTICLE_ID [--content DIR] [--all]";

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { content: { type: "string", default: "content" }, all: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 2) {
    console.error(`error: give two article ids\n${USAGE}`);
    return 2;
  }
  const now = process.env.DIGEST_NOW ? DateTime.fromISO(process.env.DIGEST_NOW, { zone: "utc" }) : DateTime.utc();
  if (!now.isValid) {
    console.error(`error: DIGEST_NOW="${process.env.DIGEST_NOW}" is not an ISO date-time`);
    return 2;
  }
  const [a, b] = parsed.positionals as [string, string];
  try {
    console.log(await explainArticles(a, b, { contentDir: resolve(parsed.values.content!), now, allPairs: parsed.values.all }));
    return 0;
  } catch (error) {
    if (error instanceof ExplainError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
