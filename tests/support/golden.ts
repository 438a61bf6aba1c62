// Golden files, the way Observable Framework's build tests keep theirs: a missing golden file is
// written (never on CI), a mismatch writes the new output beside it as `<name>-changed.<ext>` and
// fails, and a match removes a stale `-changed` file. To accept a change, review the diff and move
// the `-changed` file over the golden one (or run with UPDATE_GOLDEN=1, which CI ignores).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, extname } from "node:path";
import { expect } from "vitest";

/** `tests/golden/x.html` -> `tests/golden/x-changed.html`. */
export function changedPath(path: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-changed${ext}`;
}

export function expectGolden(path: string, actual: string): void {
  const changed = changedPath(path);
  const onCi = process.env.CI === "true";
  if (!onCi && (process.env.UPDATE_GOLDEN === "1" || !existsSync(path))) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    console.warn(`golden file written: ${path}`);
    return;
  }
  expect(existsSync(path), `${path} is missing (golden files are never written on CI)`).toBe(true);
  const expected = readFileSync(path, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `differs from ${path}: compare it with ${changed}, and move that over it to accept the change`).toBe(expected);
}
