// Finding the article files under articles/. Links are followed only while they lead to files or
// folders inside the content folder (compared by real path); a link leading elsewhere, a device,
// a named pipe or a socket is listed with the reason it is not read, and never opened. A folder
// that cannot be read, a file name that is not UTF-8 and a path too long for the system are
// listed the same way: the rest of the articles still build.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { isInside } from "../publish/paths.js";

export interface FoundFile {
  /** Path under the walked folder with "/" separators, as shown in the log and the export. */
  path: string;
  /** Where to read it: a real path inside the boundary. */
  realPath: string;
}

export interface Walk {
  files: FoundFile[];
  rejected: { path: string; reason: string }[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lossy = new TextDecoder("utf-8");

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "unknown error";
}

function problemReading(error: unknown, what: "file" | "folder"): string {
  const code = errorCode(error);
  if (code === "ENAMETOOLONG") return `the path is too long for this system (${code}); move the ${what} higher up`;
  if (code === "EACCES" || code === "EPERM") return `cannot read the ${what}: permission denied (${code})`;
  return `cannot read the ${what} (${code})`;
}

/**
 * Every file under `root`, recursively, in sorted order, with what was not read and why.
 * `boundary` is the real path of the folder nothing may be read outside of.
 */
export function listFiles(root: string, boundary: string): Walk {
  const walk: Walk = { files: [], rejected: [] };
  const seenDirs = new Set<string>();
  const visit = (dir: string, shown: string) => {
    let names: Buffer[];
    try {
      names = readdirSync(dir, { encoding: "buffer" });
    } catch (error) {
      walk.rejected.push({ path: shown || ".", reason: problemReading(error, "folder") });
      return;
    }
    for (const raw of names) {
      let name: string;
      try {
        name = utf8.decode(raw);
      } catch {
        const shownName = printable(lossy.decode(raw));
        walk.rejected.push({ path: shown ? `${shown}/${shownName}` : shownName, reason: "the file name is not UTF-8 text; rename it" });
        continue;
      }
      const full = join(dir, name);
      const path = shown ? `${shown}/${printable(name)}` : printable(name);
      let real: string;
      let stats: Stats;
      try {
        const own = lstatSync(full);
        real = own.isSymbolicLink() ? realpathSync(full) : full;
        stats = own.isSymbolicLink() ? statSync(real) : own;
      } catch (error) {
        const code = errorCode(error);
        walk.rejected.push({ path, reason: code === "ENOENT" || code === "ELOOP" ? "a link that leads nowhere" : problemReading(error, "file") });
        continue;
      }
      if (!isInside(real, boundary)) {
        walk.rejected.push({ path, reason: "a link leading outside the content folder; only links inside it are followed" });
      } else if (stats.isDirectory()) {
        if (seenDirs.has(real)) continue; // a linked folder that loops back is visited once
        seenDirs.add(real);
        visit(real, path);
      } else if (stats.isFile()) {
        walk.files.push({ path, realPath: real });
      } else {
        walk.rejected.push({ path, reason: `${kindOf(stats)}, not a file; not read` });
      }
    }
  };
  seenDirs.add(realpathSync(root));
  visit(realpathSync(root), "");
  walk.files.sort((a, b) => comparePaths(a.path, b.path));
  walk.rejected.sort((a, b) => comparePaths(a.path, b.path));
  return walk;
}

/** Control and direction characters in a file name shown as escapes, so a log line or page cannot be forged or reversed. */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Code-point order, so the order does not depend on the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
