// Paths compared as the file system sees them: after resolving every link. Two spellings of one
// folder (a link, "..", a trailing slash) compare equal, so a guard cannot be walked around.
import { realpathSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from "node:path";

/**
 * The real path of `path`, which need not exist: its longest existing ancestor is resolved
 * through its links and the missing rest appended. A dangling link counts as missing, so its
 * target is never trusted.
 */
export function realPath(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  for (let at = absolute; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch (error) {
      if (dirname(at) === at) throw error;
      missing.push(basename(at));
    }
  }
}

/** True when `child` is `parent` or lies under it (both real paths). */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
