// Temporary content folders for tests: write articles, get the folder's path.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { DateTime } from "luxon";
import type { Digest } from "../../src/model.js";
import { buildDigest } from "../../src/pipeline.js";

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

/**
 * The items of a corpus file (JSON Lines) with the given ids, built through the real pipeline at
 * the pinned clock `now`; null when the file is absent or holds none of them (the test skips).
 */
export async function buildCorpusItems(file: string, ids: string[], now: DateTime): Promise<Digest | null> {
  if (!existsSync(file)) return null;
  const wanted = new Set(ids);
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => line && wanted.has((JSON.parse(line) as { id: string }).id));
  if (!lines.length) return null;
  return buildDigest({ contentDir: makeContentDir({ "articles/items.jsonl": `${lines.join("\n")}\n` }), now });
}
