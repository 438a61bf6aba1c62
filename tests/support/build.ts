// Runs the real build command (`npm run build -- --content DIR --output DIR`) as a child
// process with a pinned clock, the way an editor runs it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PROJECT_ROOT = join(import.meta.dirname, "..", "..");
export const PINNED_NOW = "2026-01-01T00:00:00Z";

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(args: string[], env: Record<string, string> = {}): BuildRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli/build.ts"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, DIGEST_NOW: PINNED_NOW, TZ: "UTC", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a content folder in a fresh temp folder (the build writes its lock file there). */
export function copyContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "digest-content-"));
  cpSync(from, dir, { recursive: true });
  return dir;
}

export function freshOutput(): string {
  return join(mkdtempSync(join(tmpdir(), "digest-out-")), "site");
}

export function readExport(output: string) {
  return JSON.parse(readFileSync(join(output, "data", "incidents.json"), "utf8"));
}
