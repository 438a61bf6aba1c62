// `npm run build` and `npm start`: builds <content>/articles into a static site.
//   --content DIR   articles and editor files (default: content/)
//   --output DIR    where the site goes (default: _site/); replaced only when a build succeeded,
//                   see src/publish/folders.ts for the staging folder, the swap and the build lock
//   --strict        exit 1, and publish nothing, when any article was rejected
//   --serve         dev server with live reload (npm start), writing straight into the output folder
// Exit codes: 0 published; 1 the build failed (the previous site is left as it was); 2 a usage
// error or a folder the build will not use; 3 another build is writing the same output folder.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { assertCompiledFresh, buildCodeVersion, RUNNING_COMPILED } from "../build-info/compiled.js";
import { PROJECT_ROOT } from "../build-info/project-root.js";
import { clockFromEnvironment, ENV } from "../site/options.js";
import { readCommandLine } from "./command-line.js";
import { baseUrlWarning, readSiteConfig, SiteConfigError } from "../site/config.js";
import { defaultCacheDir } from "../places/gazetteer/cache.js";
import { acquireBuildLock, BuildBusyError, holdsBuildLock } from "../publish/build-lock.js";
import { forgetBuild, hashInputs, isUpToDate, recordBuild, type BuildInputs } from "../publish/up-to-date.js";
import { emptyOutput, prepareStaging, recoverInterruptedBuild, removeBuildFolder, resolvePublishFolders, swapIn, UnsafeFolderError, type PublishFolders } from "../publish/folders.js";

const projectRoot = PROJECT_ROOT;

const USAGE = `usage: npm run build -- [--content DIR] [--output DIR] [--strict]
       npm start -- [--content DIR] [--output DIR] [--port N]`;

class BuildFailed extends Error {}

async function main(argv: string[]): Promise<number> {
  if (RUNNING_COMPILED) {
    // .eleventy.js loads the same compiled plugin, once the compiled copy is known to be current.
    await assertCompiledFresh();
    process.env.DIGEST_COMPILED = "1";
  }
  const parsed = readCommandLine(
    {
      args: argv,
      options: {
        content: { type: "string", default: "content" },
        output: { type: "string", default: "_site" },
        strict: { type: "boolean", default: false },
        serve: { type: "boolean", default: false },
        port: { type: "string", default: "8080" },
        help: { type: "boolean", default: false },
      },
    },
    USAGE,
  );
  if (typeof parsed === "number") return parsed;
  const args = parsed.values;
  if (!/^\d{1,5}$/.test(args.port!) || Number(args.port) > 65535) {
    console.error(`--port must be a port number\n${USAGE}`);
    return 2;
  }

  // Paths are the user's, relative to where they ran the command; Eleventy runs from the project.
  let folders: PublishFolders;
  let release: () => void;
  try {
    folders = resolvePublishFolders({ content: resolve(args.content!), output: resolve(args.output!), projectRoot, cacheDir: defaultCacheDir() });
    mkdirSync(dirname(folders.output), { recursive: true });
    release = acquireBuildLock(folders.buildLock, folders.output);
  } catch (error) {
    if (error instanceof UnsafeFolderError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    if (error instanceof BuildBusyError) {
      console.error(`error: ${error.message}`);
      return 3;
    }
    throw error;
  }
  try {
    // First put back a site an interrupted build left half swapped, whatever happens next.
    recoverInterruptedBuild(folders, console.log);
    // site.json is checked before anything is written: a bad key or base URL is a usage error.
    const warning = baseUrlWarning(folders.content, readSiteConfig(folders.content, join(projectRoot, "content")));
    if (warning) console.warn(warning);
  } catch (error) {
    release();
    if (error instanceof SiteConfigError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }
  // Ctrl-C or a job scheduler's TERM: give the lock back (a kill -9 leaves it stale, which the next build sees).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      release();
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }

  // Nothing changed since the published build: the site is already what this build would write.
  const started = performance.now();
  const inputs: BuildInputs = {
    content: folders.content,
    output: folders.output,
    lockFile: folders.incidentsLock,
    projectRoot,
    code: await buildCodeVersion(),
    now: buildClock() ?? "",
    settings: { searchIndex: process.env[ENV.searchIndex], writeLock: process.env[ENV.writeLock], strict: String(args.strict) },
  };
  const inputsHash = args.serve || inputs.now === "" ? null : hashInputs(inputs);
  const kept = folders.cacheDir && !args.serve ? isUpToDate(folders.cacheDir, inputs, inputsHash) : null;
  if (kept) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`digest: ${kept.articles} articles read, 0 rejected, ${kept.incidents} incidents, ${kept.pages} pages, ${seconds} s (nothing changed since the last build: ${folders.output} is kept as it was)`);
    release();
    return 0;
  }

  process.chdir(projectRoot);
  process.env[ENV.content] = folders.content;
  process.env[ENV.lockFile] = folders.incidentsLock;
  if (folders.cacheDir) process.env[ENV.cacheDir] = folders.cacheDir;

  if (args.serve) {
    if (folders.cacheDir) forgetBuild(folders.cacheDir, folders.output);
    emptyOutput(folders);
    process.once("exit", release);
    const eleventy = new Eleventy("content/pages", folders.output, { configPath: join(projectRoot, ".eleventy.js"), quietMode: true, runMode: "serve" });
    await eleventy.init();
    await eleventy.watch();
    eleventy.serve(Number(args.port));
    return -1; // keeps running
  }

  try {
    prepareStaging(folders);
    // The staging folder may be the site before the published one: the build writes over it.
    process.env[ENV.overOlderSite] = "1";
    const exported = await buildInto(folders.staging);
    const rejected = exported.rejected.length;
    if (args.strict && rejected > 0) throw new BuildFailed(`--strict: ${rejected} article(s) rejected (listed above)`);
    if (!holdsBuildLock(folders.buildLock)) throw new BuildFailed(`another build took the build lock ${folders.buildLock} while this one ran`);
    swapIn(folders);
    if (folders.cacheDir) rememberBuild(folders.cacheDir, inputs, inputsHash, exported);
    return 0;
  } catch (error) {
    if (existsSync(folders.staging)) removeBuildFolder(folders.staging);
    if (error instanceof BuildFailed) {
      console.error(error.message);
      console.error(`nothing was published: ${folders.output} is as it was`);
      return 1;
    }
    printError(error);
    console.error(`nothing was published: ${folders.output} is as it was`);
    return 1;
  } finally {
    release();
  }
}

/** The build's clock as the site's options read it (src/site/options.ts); null when it is not a date-time. */
function buildClock(): string | null {
  const now = clockFromEnvironment(process.env);
  return now.isValid ? now.toUTC().toISO() : null;
}

/** A record that cannot be written costs the next build its shortcut, not this build: warn. */
function rememberBuild(cacheDir: string, inputs: BuildInputs, inputsHash: string | null, exported: Exported): void {
  try {
    recordBuild(cacheDir, inputs, inputsHash, exported);
  } catch (error) {
    console.warn(`warning: could not record this build in ${cacheDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next build does all its work again`);
  }
}

interface Exported {
  articles: unknown[];
  incidents: unknown[];
  rejected: unknown[];
}

/** Writes the whole site into `dir`; returns its export's lists (articles, incidents, rejected). */
async function buildInto(dir: string): Promise<Exported> {
  const eleventy = new Eleventy("content/pages", dir, { configPath: join(projectRoot, ".eleventy.js"), quietMode: true, runMode: "build" });
  // The digest's summary line ends a build's output: Eleventy's own "Wrote N files" line (its only
  // plain log in quiet mode) would follow it. Its warnings and errors still print.
  const logger = (eleventy as unknown as { logger: { overrideLogger(to: Pick<Console, "log" | "warn" | "error" | "info">): void } }).logger;
  logger.overrideLogger({ log: () => {}, warn: console.warn, error: console.error, info: console.info });
  await eleventy.write();
  const exportFile = join(dir, "data", "incidents.json");
  if (!existsSync(exportFile)) throw new BuildFailed(`the build wrote no ${exportFile}`);
  return JSON.parse(readFileSync(exportFile, "utf8")) as Exported;
}

/** Eleventy wraps the real failure ("Problem writing Eleventy templates"): print the chain. */
function printError(error: unknown): void {
  const next = (e: unknown) => (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  for (let e: unknown = error, depth = 0; e && depth < 5; e = next(e), depth++) {
    console.error(`${depth === 0 ? "error" : "  caused by"}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    printError(error);
    process.exitCode = 1;
  },
);
