// Temporary content folders for tests: write articles, get the folder's path.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export function makeContentDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "digest-content-"));
  mkdirSync(join(dir, "articles"), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const corpusDir = join(import.meta.dirname, "..", "..", "..", "shared", "corpus");
export const seedsDir = join(import.meta.dirname, "..", "..", "content", "articles");
