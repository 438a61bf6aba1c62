import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every file under `root`, recursively, following links, as paths relative to `root` with "/"
 * separators, in sorted order. A linked folder that loops back is visited once.
 */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const seenDirs = new Set<string>();
  const visit = (dir: string) => {
    const real = realpathSync(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      let stats;
      try {
        stats = statSync(full); // follows links; a dangling link throws
      } catch {
        found.push(relative(root, full).split(sep).join("/"));
        continue;
      }
      if (stats.isDirectory()) visit(full);
      else if (stats.isFile()) found.push(relative(root, full).split(sep).join("/"));
    }
  };
  visit(root);
  return found.sort(comparePaths);
}

/** Code-point order, so the order does not depend on the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
