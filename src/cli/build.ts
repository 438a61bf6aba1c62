// `npm run build` and `npm start`: builds <content>/articles into a static site.
//   --content DIR   articles and editor files (default: content/)
//   --output DIR    where the site goes (default: _site/); emptied first, see output-folder.ts
//   --strict        exit 1 when any article was rejected
//   --serve         dev server with live reload (npm start)
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { ENV } from "../site/options.js";
import { prepareOutputFolder, UnsafeOutputError } from "./output-folder.js";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const USAGE = `usage: npm run build -- [--content DIR] [--output DIR] [--strict]
       npm start -- [--content DIR] [--port N]`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        content: { type: "string", default: "content" },
        output: { type: "string", default: "_site" },
        strict: { type: "boolean", default: false },
        serve: { type: "boolean", default: false },
        port: { type: "string", default: "8080" },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  // Paths are the user's, relative to where they ran the command; Eleventy runs from the project.
  const contentDir = resolve(args.content!);
  const outputDir = resolve(args.output!);
  try {
    prepareOutputFolder(outputDir, { projectRoot, contentDir });
  } catch (error) {
    if (error instanceof UnsafeOutputError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  process.chdir(projectRoot);
  process.env[ENV.content] = contentDir;

  const eleventy = new Eleventy("content/pages", outputDir, {
    configPath: join(projectRoot, ".eleventy.js"),
    quietMode: true,
    runMode: args.serve ? "serve" : "build",
  });
  if (args.serve) {
    await eleventy.init();
    await eleventy.watch();
    eleventy.serve(Number(args.port));
    return -1; // keeps running
  }
  // The digest's summary line ends a build's output: Eleventy's own "Wrote N files" line (its only
  // plain log in quiet mode) would follow it. Its warnings and errors still print.
  const logger = (eleventy as unknown as { logger: { overrideLogger(to: Pick<Console, "log" | "warn" | "error" | "info">): void } }).logger;
  logger.overrideLogger({ log: () => {}, warn: console.warn, error: console.error, info: console.info });
  await eleventy.write();

  const exported = JSON.parse(readFileSync(join(outputDir, "data", "incidents.json"), "utf8")) as { rejected: unknown[] };
  if (args.strict && exported.rejected.length > 0) {
    console.error(`--strict: ${exported.rejected.length} article(s) rejected (listed above)`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    // Eleventy wraps the real failure ("Error in your Eleventy config file"): print the chain.
    const next = (e: unknown) => (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    for (let e: unknown = error, depth = 0; e && depth < 5; e = next(e), depth++) {
      console.error(`${depth === 0 ? "error" : "  caused by"}: ${e instanceof Error ? e.message : String(e)}`);
    }
    process.exitCode = 1;
  },
);
