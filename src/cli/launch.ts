// `npm run build`'s entry: runs the build command (cli/build.ts) in a Node whose heap may grow to
// half the machine's memory. V8's own limit is about 4 GB whatever the machine has (4.3 GB on a
// 24 GB one), and a large archive's build needs more on its main thread: Eleventy keeps every page
// it rendered until the build ends (about 40 KB of heap a page), so a cold build of 523k articles
// (50,000 incident pages) passes it. The limit only lets the heap grow; a build uses what it
// needs. Half, because the extraction workers, Pagefind and the system need the rest. A limit the
// user set (NODE_OPTIONS=--max-old-space-size=...) is kept, and so is a larger default.
//
// The build's regular expressions are compiled to machine code the first time they run
// (`--no-regexp-tier-up`). By default V8 runs a pattern in its bytecode interpreter first and
// compiles it on a later run, and in a whole build many patterns kept running at the
// interpreter's speed: readPassage (facts/clauses.ts) over RUWA's English passages took 1.9 s of
// CPU alone, 5.6-5.9 s after the other readers had read them (6.5 s with every pattern
// interpreted), and 1.5 s with the flag. The flag is process-wide: it covers the worker threads.
//
// Each thread that reads articles (the main thread and two workers) has its own heap, and V8
// compiles its hot functions to optimised code (TurboFan) once per heap, on helper threads that
// share the machine's cores with the reading: in a cold RUWA + viina-dev build, perf counted
// about 10 s of CPU compiling, more than either worker spent reading. With Maglev, V8's faster
// mid-tier compiler (behind a flag in Node 20's V8 11.3, on by default from V8 11.7), and four
// times the interrupt budget before a function tiers up, hot code runs in Maglev's output longer
// and TurboFan compiles less: four alternating pairs on an idle machine, 16.1-18.5 s of wall time
// against 19.3-21.1 s, and 23-27 s of CPU against 29-33 s, pages and export byte for byte the same.
import { spawn } from "node:child_process";
import { totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { getHeapStatistics, setFlagsFromString } from "node:v8";

const MB = 1024 * 1024;
const V8_FLAGS = ["--no-regexp-tier-up", "--maglev", "--interrupt-budget=270336"];

/** The heap limit to start the build with, in MB; null: this process's own will do. */
function heapLimitFor(memory: number, currentLimit: number, options: string): number | null {
  if (/--max-old-space-size/.test(options)) return null;
  const wanted = Math.floor(memory / 2 / MB);
  return wanted > currentLimit / MB ? wanted : null;
}

const limit = heapLimitFor(totalmem(), getHeapStatistics().heap_size_limit, `${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`);
const build = new URL(import.meta.url.endsWith(".ts") ? "./build.ts" : "./build.js", import.meta.url);
if (limit === null) {
  // Set before the build's modules load, so that every pattern and function is compiled under them.
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  await import(build.href);
} else {
  const child = spawn(process.execPath, [...process.execArgv, ...V8_FLAGS, `--max-old-space-size=${limit}`, fileURLToPath(build), ...process.argv.slice(2)], { stdio: "inherit" });
  // Ctrl-C reaches both processes; a signal sent to this one alone (a job scheduler's TERM) is passed on.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? 128 + (signal === "SIGINT" ? 2 : signal === "SIGHUP" ? 1 : 15);
  });
}
