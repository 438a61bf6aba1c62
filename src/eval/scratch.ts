import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The content folders an evaluation builds from (copies of corpus files, written notes) live in
// one folder of the system's temporary folder, removed when the process exits: an evaluation run
// many times a day would otherwise leave a copy of every corpus behind each time.
let root: string | undefined;

/** A new, empty folder for one evaluation build, removed with the others at exit. */
export function scratchFolder(name: string): string {
  if (!root) {
    const made = mkdtempSync(join(tmpdir(), "digest-eval-"));
    process.once("exit", () => rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  return mkdtempSync(join(root, `${name}-`));
}
