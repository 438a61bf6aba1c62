// Incremental and scale builds of RUWA repeated k times (bench/support/repeat-corpus.ts), each run
// the way an editor runs `npm run build` (the compiled copy in dist/), under /usr/bin/time for
// wall time, CPU time (the build and the processes it waits for, Pagefind included) and peak
// resident memory. For each size, in order, on one content folder and one cache folder:
//   cold     an empty extraction cache and no lock file
//   warm     nothing changed
//   +1       one new article (a new JSON Lines file)
//   +100     a hundred more (another file)
//   edited   one article of the corpus edited in place (a figure and a sentence changed)
// and, for each size, the incident count against k × one copy's (the copies should group alike).
//
//   BENCH_SCALE_COPIES=1,8 (default; 16,351 and 130,808 articles)   sizes to run
//   BENCH_SCALE_COLD_ONLY=32                                        sizes that get the cold build only (523,232 articles)
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clockAfter, copyItem, lastDayOfCopies, readItems, writeCopies } from "./support/repeat-corpus.js";

const root = join(import.meta.dirname, "..");
const corpus = join(root, "../shared/corpus/ruwa/articles.jsonl");
const copiesOf = (name: string, fallback: string) => (process.env[name] ?? fallback).split(",").filter(Boolean).map(Number);
const sizes = copiesOf("BENCH_SCALE_COPIES", "1,8");
const coldOnly = new Set(copiesOf("BENCH_SCALE_COLD_ONLY", ""));

interface Measured {
  wall: number;
  cpu: number;
  peakMb: number;
  incidents: number;
  summary: string;
}

function build(content: string, output: string, cacheDir: string, now: string): Measured {
  const timeFile = join(cacheDir, "time.txt");
  const run = spawnSync("/usr/bin/time", ["-o", timeFile, "-f", "%e %U %S %M", process.execPath, join(root, "dist/src/cli/launch.js"), "--content", content, "--output", output], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DIGEST_NOW: now, INCIDENT_DIGEST_CACHE_DIR: cacheDir },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build failed (exit ${run.status}):\n${run.stderr.slice(-3000)}`);
  const [wall, user, system, maxKb] = readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  const summary = run.stdout.split("\n").find((line) => line.startsWith("digest:")) ?? "";
  const incidents = Number(/(\d+) incidents/.exec(summary)?.[1] ?? NaN);
  return { wall: wall!, cpu: user! + system!, peakMb: maxKb! / 1024, incidents, summary };
}

function line(label: string, m: Measured, cold?: Measured): string {
  const share = cold ? `  (${((100 * m.wall) / cold.wall).toFixed(0)}% of cold wall, ${((100 * m.cpu) / cold.cpu).toFixed(0)}% of cold CPU)` : "";
  return `  ${label.padEnd(7)} ${m.wall.toFixed(1).padStart(7)} s wall ${m.cpu.toFixed(1).padStart(7)} s CPU ${m.peakMb.toFixed(0).padStart(6)} MB peak${share}`;
}

if (!existsSync(corpus)) {
  console.log(`scale: SKIPPED (${corpus} absent)`);
} else {
  const items = await readItems(corpus);
  const lastDay = items.reduce((last, item) => (item.published.slice(0, 10) > last ? item.published.slice(0, 10) : last), "");
  let incidentsOfOneCopy: number | null = null;
  // One cache folder for every size: the gazetteer index is built once, by an untimed build of the
  // seeds; each cold build starts without the extraction cache.
  const cache = mkdtempSync(join(tmpdir(), "digest-bench-scale-cache-"));
  const seeds = mkdtempSync(join(tmpdir(), "digest-bench-scale-seeds-"));
  cpSync(join(root, "content"), join(seeds, "content"), { recursive: true });
  build(join(seeds, "content"), join(seeds, "site"), cache, "2026-01-01T00:00:00Z");
  rmSync(seeds, { recursive: true, force: true });
  for (const k of [...sizes, ...coldOnly]) {
    const sandbox = mkdtempSync(join(tmpdir(), `digest-bench-scale-${k}-`));
    const content = join(sandbox, "content");
    const output = join(sandbox, "site");
    rmSync(join(cache, "extraction"), { recursive: true, force: true });
    writeCopies(items, content, 0, k);
    const now = clockAfter(lastDayOfCopies(lastDay, k));
    console.log(`scale: RUWA × ${k} (${(items.length * k).toLocaleString("en")} articles)`);
    try {
      const cold = build(content, output, cache, now);
      console.log(line("cold", cold));
      console.log(`    ${cold.summary}`);
      if (k === 1) incidentsOfOneCopy = cold.incidents;
      else if (incidentsOfOneCopy !== null) console.log(`    incidents ${cold.incidents} against ${k} × one copy's ${incidentsOfOneCopy} (${((100 * cold.incidents) / (k * incidentsOfOneCopy)).toFixed(1)}%)`);
      if (coldOnly.has(k)) continue;
      console.log(line("warm", build(content, output, cache, now), cold));
      // New reports arrive at the newest days: copies of the last copy's latest items, retold.
      const latest = [...items].sort((a, b) => (a.published < b.published ? 1 : -1)).slice(0, 101).map((item) => copyItem(item, k - 1));
      const retold = (item: ReturnType<typeof copyItem>, n: number) => JSON.stringify({ ...item, id: `${item.id}-new${n}`, title: `${item.title ?? ""} (update ${n})`, url: undefined });
      writeFileSync(join(content, "articles", "new-1.jsonl"), `${retold(latest[0]!, 0)}\n`);
      console.log(line("+1", build(content, output, cache, now), cold));
      appendFileSync(join(content, "articles", "new-100.jsonl"), latest.slice(1).map((item, n) => `${retold(item, n + 1)}\n`).join(""));
      console.log(line("+100", build(content, output, cache, now), cold));
      // One article of the first copy edited: a sentence added to its text.
      const first = join(content, "articles", "ruwa-r00.jsonl");
      const lines = readFileSync(first, "utf8").split("\n");
      const edited = JSON.parse(lines[100]!) as { text?: string };
      lines[100] = JSON.stringify({ ...edited, text: `${edited.text ?? ""} Two more people were injured, officials said later.` });
      writeFileSync(first, lines.join("\n"));
      console.log(line("edited", build(content, output, cache, now), cold));
    } finally {
      rmSync(sandbox, { recursive: true, force: true });
    }
  }
  rmSync(cache, { recursive: true, force: true });
}
