// A build with nothing to do: when every input is what the published site was built from, the
// site in the output folder is already what the build would write (builds are deterministic:
// tests/build/incremental.test.ts), so the build checks that and writes nothing.
//
// After each successful build, a record goes into the cache folder (`<cache>/builds/`, one file
// per output folder): a hash of the inputs as read before the build started, the lock file the
// build left, the clock, and a listing of the published files (path, size, modification time).
// The next build skips everything when
//   - the inputs hash the same: every file of the content folder but the lock file, the project's
//     own pages, layouts and site settings, the code (the compiled copy's source hash, or the
//     sources') and the installed packages (package-lock.json), the Node version;
//   - the lock file is the one the last build left;
//   - the clock has not gone back (an article would then be in the build's future);
//   - the last build rejected and ignored nothing (their lines are printed by a full build only);
//   - the content folder holds no link (what a link leads to is not hashed here);
//   - the published files are as the last build left them (a file edited, added or removed by
//     hand is put right by a full build).
// Anything else, or a missing or unreadable record, runs the whole build. The record is a cache:
// safe to delete, never committed.
import { createHash, type Hash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface BuildInputs {
  content: string;
  output: string;
  lockFile: string;
  projectRoot: string;
  /** The code that builds: the compiled copy's source hash, or the sources' (src/build-info/compiled.ts). */
  code: string;
  /** The build's clock (ISO). */
  now: string;
  /** Settings from the environment that change what is written (DIGEST_SEARCH_INDEX, ...). */
  settings: Record<string, string | undefined>;
}

interface BuildRecord {
  inputs: string;
  lock: string | null;
  now: string;
  site: string;
  summary: { articles: number; incidents: number; pages: number };
}

/** A hash of the inputs, or null when the content folder holds something this check cannot vouch for. */
export function hashInputs(given: BuildInputs): string | null {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ node: process.version, code: given.code, output: given.output, settings: given.settings }));
  const lock = relative(given.content, given.lockFile);
  // A file the ingest stage ignores is named in a full build's log: such a folder is always built.
  const ignored = (path: string) => path.startsWith(`articles${sep}`) && !/\.(md|txt|jsonl)$/.test(path);
  let ignoresFiles = false;
  if (!hashFolder(hash, given.content, "content", (path) => ((ignoresFiles ||= ignored(path)), path !== lock))) return null;
  if (ignoresFiles) return null;
  const project = given.projectRoot;
  const projectContent = join(project, "content");
  if (!hashFolder(hash, projectContent, "project-content", (path) => path !== "incidents.lock.json" && !path.startsWith(`articles${sep}`))) return null;
  if (!hashFolder(hash, join(project, "_includes"), "includes", () => true)) return null;
  for (const file of [".eleventy.js", "package-lock.json"]) hashFile(hash, join(project, file), file);
  return hash.digest("hex");
}

/** True when the published site is what a build of `inputsHash` would write. */
export function isUpToDate(cacheDir: string, inputs: BuildInputs, inputsHash: string | null): BuildRecord["summary"] | null {
  if (inputsHash === null) return null;
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordFile(cacheDir, inputs.output), "utf8")) as BuildRecord;
  } catch {
    return null;
  }
  if (record.inputs !== inputsHash || record.now > inputs.now) return null;
  if (record.lock !== fileHash(inputs.lockFile)) return null;
  const site = listSite(inputs.output);
  if (site?.hash !== record.site) return null;
  return record.summary;
}

/**
 * Records a published build. `inputsHash` is the inputs as read before the build began (an
 * article added while it ran is not in this site, so the next build must not skip it).
 */
export function recordBuild(cacheDir: string, inputs: BuildInputs, inputsHash: string | null, exported: { articles: unknown[]; incidents: unknown[]; rejected: unknown[] }): void {
  const file = recordFile(cacheDir, inputs.output);
  const site = listSite(inputs.output);
  // A build that rejected or ignored inputs is never skipped: its log lines say what to fix.
  if (inputsHash === null || site === null || exported.rejected.length > 0) {
    writeRecord(file, null);
    return;
  }
  writeRecord(file, {
    inputs: inputsHash,
    lock: fileHash(inputs.lockFile),
    now: inputs.now,
    site: site.hash,
    summary: { articles: exported.articles.length, incidents: exported.incidents.length, pages: site.pages },
  });
}

/** Forgets the published build (the dev server writes into the output folder in place). */
export function forgetBuild(cacheDir: string, output: string): void {
  writeRecord(recordFile(cacheDir, output), null);
}

function recordFile(cacheDir: string, output: string): string {
  return join(cacheDir, "builds", `${createHash("sha256").update(output).digest("hex").slice(0, 20)}.json`);
}

function writeRecord(file: string, record: BuildRecord | null): void {
  mkdirSync(join(file, ".."), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(record)}\n`);
  renameSync(temp, file);
}

/** Every file under `dir` (path and bytes) into `hash`; false when a link or a special file is found. */
export function hashFolder(hash: Hash, dir: string, label: string, include: (path: string) => boolean): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    hash.update(`${label}: none\0`);
    return true;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) return false;
    const path = relative(dir, join(entry.parentPath ?? entry.path, entry.name));
    if (include(path)) files.push(path);
  }
  for (const path of files.sort()) hashFile(hash, join(dir, path), `${label}/${path}`);
  return true;
}

export function hashFile(hash: Hash, path: string, label: string): void {
  hash.update(`${label}\0`);
  try {
    hash.update(readFileSync(path));
  } catch {
    hash.update("missing\0");
  }
}

function fileHash(path: string): string | null {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return null;
  }
}

/** A hash of the published files' paths, sizes and modification times, and its count of pages. */
function listSite(output: string): { hash: string; pages: number } | null {
  let entries;
  try {
    entries = readdirSync(output, { recursive: true, withFileTypes: true });
  } catch {
    return null;
  }
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  const hash = createHash("sha256");
  let pages = 0;
  for (const path of files) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile()) return null;
    hash.update(`${relative(output, path)}\0${stats.size}\0${stats.mtimeMs}\0`);
    if (path.endsWith(".html")) pages++;
  }
  return { hash: hash.digest("hex"), pages };
}
