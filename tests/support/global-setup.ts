import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

// Runs once before the test workers start, and its returned function once after the last test.
export default async function setup(): Promise<() => void> {
  await unpackChromium();
  const scratch = redirectTemporaryFiles();
  return () => removeFolder(scratch);
}

// Unpacks the npm-shipped Chromium to /tmp, so browser tests running in parallel workers never
// unpack it at the same time on a fresh machine.
async function unpackChromium(): Promise<void> {
  if (process.env.CHROMIUM_PATH) return;
  const { default: sparticuz } = await import("@sparticuz/chromium");
  await sparticuz.executablePath();
}

// Every temporary folder of this run (the content folders, sites and caches the tests build, and
// what the build and evaluation code under test make) goes into one folder, removed at the end:
// a run leaves nothing behind, where it once left a hundred folders in /tmp. The workers are
// started after this and inherit TMPDIR. tsx keeps its compile cache in the temporary folder, so
// that folder is linked back to the shared one: the CLI tests' child processes stay warm.
function redirectTemporaryFiles(): string {
  const shared = tmpdir();
  const scratch = mkdtempSync(join(shared, "digest-tests-"));
  const tsxCache = `tsx-${process.getuid?.() ?? userInfo().username}`;
  mkdirSync(join(shared, tsxCache), { recursive: true });
  symlinkSync(join(shared, tsxCache), join(scratch, tsxCache));
  process.env.TMPDIR = scratch;
  return scratch;
}

// The hostile-input tests nest folders deeper than a path may be long, which rmSync (it removes
// by full path) cannot delete; rm -rf walks down folder by folder.
function removeFolder(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    spawnSync("rm", ["-rf", folder]);
  }
}
