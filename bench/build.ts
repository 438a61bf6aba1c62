// Whole build (pipeline, Eleventy pages, exports, Pagefind) of the corpora, timed, with peak
// memory; and the seeds' first build on a new machine (an empty gazetteer cache).
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
// Each build reads the listed files together (RUWA with viina-dev: English, Ukrainian and Russian reports).
const corpora: Record<string, string[]> = {
  "gva-dev": ["../shared/corpus/gva-dev/articles.jsonl"],
  ruwa: ["../shared/corpus/ruwa/articles.jsonl"],
  "ruwa+viina-dev": ["../shared/corpus/ruwa/articles.jsonl", "../shared/corpus/viina-dev/articles.jsonl"],
};

{
  const sandbox = mkdtempSync(join(tmpdir(), "digest-bench-seeds-"));
  // A copy: the build writes its lock file into the content folder.
  cpSync(join(root, "content"), join(sandbox, "content"), { recursive: true });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", join(import.meta.dirname, "support/report-rss.mjs"), join(root, "src/cli/build.ts"), "--content", join(root, "content"), "--output", join(sandbox, "site")],
    { cwd: root, encoding: "utf8", env: { ...process.env, DIGEST_NOW: "2026-01-01T00:00:00Z", INCIDENT_DIGEST_CACHE_DIR: join(sandbox, "cache") }, maxBuffer: 64 * 1024 * 1024 },
  );
  console.log(`build seeds, first on a new machine (empty gazetteer cache): ${((performance.now() - started) / 1000).toFixed(1)} s wall, exit ${run.status}`);
  for (const line of run.stdout.split("\n").filter((l) => /^(digest:|peak memory:)/.test(l))) console.log(`  ${line}`);
  if (run.status !== 0) console.log(run.stderr.slice(-2000));
  rmSync(sandbox, { recursive: true, force: true });
}

for (const [name, relativePaths] of Object.entries(corpora)) {
  const files = relativePaths.map((p) => join(root, p));
  const missing = files.find((file) => !existsSync(file));
  if (missing) {
    console.log(`build ${name}: SKIPPED (${missing} absent)`);
    continue;
  }
  const sandbox = mkdtempSync(join(tmpdir(), `digest-bench-${name}-`));
  mkdirSync(join(sandbox, "content", "articles"), { recursive: true });
  // Copies, not links: links leading out of the content folder are not read.
  files.forEach((file, i) => copyFileSync(file, join(sandbox, "content", "articles", `${i}-${name.split("+")[i] ?? name}.jsonl`)));
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", join(import.meta.dirname, "support/report-rss.mjs"), join(root, "src/cli/build.ts"), "--content", join(sandbox, "content"), "--output", join(sandbox, "site")],
    { cwd: root, encoding: "utf8", env: { ...process.env, DIGEST_NOW: "2026-01-01T00:00:00Z" }, maxBuffer: 256 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const summary = run.stdout.split("\n").filter((l) => /^(digest:|peak memory:)/.test(l));
  console.log(`build ${name}: ${seconds.toFixed(1)} s wall, exit ${run.status}`);
  for (const line of summary) console.log(`  ${line}`);
  if (run.status !== 0) console.log(run.stderr.slice(-2000));
  rmSync(sandbox, { recursive: true, force: true });
}
