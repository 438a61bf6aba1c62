// The output folder is emptied before each build (Eleventy never deletes stale pages, and
// Pagefind would index them). To make a mistyped --output harmless, a folder is emptied only
// when it is empty or carries the marker a previous build left.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { homedir } from "node:os";

export const BUILD_MARKER = ".incident-digest-build";

export class UnsafeOutputError extends Error {}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && rel !== "..");
}

/** Empties (or creates) the output folder, or throws UnsafeOutputError saying why it will not. */
export function prepareOutputFolder(output: string, guarded: { projectRoot: string; contentDir: string }): void {
  const out = resolve(output);
  const forbidden = [resolve("/"), homedir(), resolve(guarded.projectRoot)];
  if (forbidden.includes(out)) throw new UnsafeOutputError(`refusing to use ${out} as the output folder: it would empty a folder that holds other work`);
  if (isInside(resolve(guarded.contentDir), out)) {
    throw new UnsafeOutputError(`refusing to use ${out} as the output folder: it contains the content folder ${guarded.contentDir}`);
  }
  if (isInside(out, resolve(guarded.contentDir))) {
    throw new UnsafeOutputError(`refusing to use ${out} as the output folder: it is inside the content folder ${guarded.contentDir}`);
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UnsafeOutputError(`${out} exists and is not a folder`);
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
      throw new UnsafeOutputError(
        `refusing to empty ${out}: it is not empty and was not written by a previous digest build (no ${BUILD_MARKER} file). ` +
          `Choose an empty or new folder, or delete this one yourself.`,
      );
    }
    for (const entry of entries) rmSync(join(out, entry), { recursive: true, force: true });
  } else {
    mkdirSync(out, { recursive: true });
  }
  writeFileSync(join(out, BUILD_MARKER), "This folder is written by the incident digest build and emptied on every build.\n");
}
