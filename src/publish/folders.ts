// The folders a build reads and writes, checked by real path before anything is touched, and the
// build-then-swap that publishes a new site only when all of it was written:
//
//   <output>/               the published site (what a web server serves)
//   <output>.staging/       the new site while it is being built
//   <output>.previous/      the site published before the current one, kept to be built over
//   <output>.build-lock     the build lock (PID of the build writing <output>)
//
// A build renames <output>.previous to <output>.staging (or makes an empty one), writes the new
// site over it (src/publish/reuse.ts: what it does not write is removed), then renames <output>
// to <output>.previous and <output>.staging to <output>. Nothing is deleted: writing over an
// older site costs the file system a fraction of creating every file anew and deleting the old
// site. A build killed at any point leaves either the old site in <output> or, between the two
// renames, in <output>.previous, from where the next build puts it back before it starts. A
// failed build deletes its staging folder, so the next one starts from an empty folder.
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { syncFolder } from "./atomic-write.js";
import { isInside, realPath } from "./paths.js";

export const BUILD_MARKER = ".incident-digest-build";
export const LOCK_FILE = "incidents.lock.json";

/** A folder the build will not use; the message says which and why. */
export class UnsafeFolderError extends Error {}

export interface PublishFolders {
  /** Real path of the content folder. */
  content: string;
  output: string;
  staging: string;
  previous: string;
  buildLock: string;
  /** Real path of the content folder's incidents.lock.json (a link inside the content folder is followed). */
  incidentsLock: string;
  /** Real path of the cache folder (extraction results, the gazetteer index), when one was given. */
  cacheDir: string | null;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Resolves and checks every path of a build. Throws UnsafeFolderError before anything is written. */
export function resolvePublishFolders(given: { content: string; output: string; projectRoot: string; cacheDir?: string }): PublishFolders {
  const content = checkContentFolder(given.content);
  const output = realPath(given.output);
  const staging = `${output}.staging`;
  const previous = `${output}.previous`;
  const buildLock = `${output}.build-lock`;

  const refuse = (reason: string): never => {
    throw new UnsafeFolderError(`refusing to use ${output} as the output folder: ${reason}`);
  };
  const forbidden = ["/", homedir(), given.projectRoot].map((p) => realPath(p));
  if (forbidden.includes(output)) refuse("it would replace a folder that holds other work");
  for (const path of [output, staging, previous, buildLock]) {
    if (isInside(content, path)) refuse(`${path} contains the content folder ${content}`);
    if (isInside(path, content)) refuse(`${path} is inside the content folder ${content}`);
  }
  const existing = lstatOrNull(output);
  if (existing && !existing.isDirectory()) refuse("it exists and is not a folder");
  if (existing && !isBuildFolder(output)) {
    throw new UnsafeFolderError(
      `refusing to replace ${output}: it is not empty and was not written by a previous digest build (no ${BUILD_MARKER} file). ` +
        `Choose an empty or new folder, or delete this one yourself.`,
    );
  }
  for (const path of [staging, previous]) {
    const stats = lstatOrNull(path);
    if (stats && (!stats.isDirectory() || !isBuildFolder(path))) {
      throw new UnsafeFolderError(`refusing to build beside ${path}: it exists and was not written by a digest build; move it away`);
    }
  }
  const lockStats = lstatOrNull(buildLock);
  if (lockStats && !lockStats.isFile()) throw new UnsafeFolderError(`refusing to build: ${buildLock} exists and is not a build lock file; move it away`);
  const cache = given.cacheDir ? realPath(given.cacheDir) : null;
  if (cache) {
    for (const path of [content, output, staging, previous]) {
      if (isInside(cache, path) || isInside(path, cache)) throw new UnsafeFolderError(`the cache folder ${cache} must lie outside ${path}`);
    }
  }
  for (const name of EDITOR_FILES) checkContentFile(content, name);
  return { content, output, staging, previous, buildLock, incidentsLock: checkContentFile(content, LOCK_FILE), cacheDir: cache };
}

function checkContentFolder(given: string): string {
  let content: string;
  try {
    content = realpathSync(given);
  } catch {
    throw new UnsafeFolderError(`the content folder ${given} does not exist (check --content)`);
  }
  if (!statSync(content).isDirectory()) throw new UnsafeFolderError(`the content folder ${given} is not a folder`);
  const articles = lstatOrNull(join(content, "articles"));
  if (!articles) throw new UnsafeFolderError(`the content folder ${given} has no articles/ folder (check --content)`);
  if (articles.isSymbolicLink()) {
    let target: string | null = null;
    try {
      target = realpathSync(join(content, "articles"));
    } catch {
      // dangling
    }
    if (!target || !isInside(target, content)) throw new UnsafeFolderError(`${join(content, "articles")} is a link leading outside the content folder; only links inside it are followed`);
  }
  if (!statSync(join(content, "articles")).isDirectory()) throw new UnsafeFolderError(`${join(content, "articles")} is not a folder`);
  return content;
}

/** The editor's files beside articles/; like articles, they are read only from inside the content folder. */
const EDITOR_FILES = ["site.json", "places.yml", "decisions.yml"];

/** The real path of a file of the content folder; a link leading outside it, or to nothing, is refused. */
function checkContentFile(content: string, name: string): string {
  const path = join(content, name);
  const stats = lstatOrNull(path);
  if (!stats) return path;
  if (stats.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      throw new UnsafeFolderError(`${path} is a link to nothing; replace it with the file itself or delete it`);
    }
    if (!isInside(target, content)) throw new UnsafeFolderError(`${path} is a link leading outside the content folder; replace it with the file itself`);
    if (!statSync(target).isFile()) throw new UnsafeFolderError(`${path} is not a file`);
    return target;
  }
  if (!stats.isFile()) throw new UnsafeFolderError(`${path} is not a file`);
  return path;
}

/** Empty, or written by a digest build (it carries the marker file). */
function isBuildFolder(path: string): boolean {
  const entries = readdirSync(path);
  return entries.length === 0 || entries.includes(BUILD_MARKER);
}

/**
 * Puts back a site left in <output>.previous by a build killed during its swap, and clears a killed
 * build's staging folder. Beside a published site, <output>.previous is the older site kept to be
 * built over, and stays.
 */
export function recoverInterruptedBuild(folders: PublishFolders, print: (line: string) => void): void {
  if (existsSync(folders.previous) && !existsSync(folders.output)) {
    renameSync(folders.previous, folders.output);
    syncFolder(dirname(folders.output));
    print(`recovered: an earlier build stopped while publishing; the previous site is back in ${folders.output}`);
  }
  if (existsSync(folders.staging)) removeBuildFolder(folders.staging);
}

/**
 * Deletes a folder the build wrote, its marker file last: a build killed while deleting leaves a
 * folder that still carries the marker (or is empty), which the next build recognises as its own.
 */
export function removeBuildFolder(path: string): void {
  for (const entry of readdirSync(path)) if (entry !== BUILD_MARKER) rmSync(join(path, entry), { recursive: true, force: true });
  rmSync(path, { recursive: true, force: true });
}

/** The staging folder, carrying the marker: the older site kept in <output>.previous when there is one, else a new, empty folder. */
export function prepareStaging(folders: PublishFolders): void {
  if (existsSync(folders.previous)) renameSync(folders.previous, folders.staging);
  else mkdirSync(folders.staging, { recursive: true });
  writeFileSync(join(folders.staging, BUILD_MARKER), "This folder is written by the incident digest build and replaced on every build.\n");
}

/** Publishes the staging folder: after this returns, <output> is the new site, and <output>.previous the one it replaced. */
export function swapIn(folders: PublishFolders): void {
  const parent = dirname(folders.output);
  if (existsSync(folders.output)) {
    renameSync(folders.output, folders.previous);
    renameSync(folders.staging, folders.output);
    syncFolder(parent);
  } else {
    renameSync(folders.staging, folders.output);
    syncFolder(parent);
  }
}

/** Empties the output folder in place (the dev server writes straight into it). */
export function emptyOutput(folders: PublishFolders): void {
  if (existsSync(folders.output)) {
    for (const entry of readdirSync(folders.output)) if (entry !== BUILD_MARKER) rmSync(join(folders.output, entry), { recursive: true, force: true });
  } else {
    mkdirSync(folders.output, { recursive: true });
  }
  writeFileSync(join(folders.output, BUILD_MARKER), "This folder is written by the incident digest build and replaced on every build.\n");
}
