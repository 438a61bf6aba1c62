// Runs the real build command (`npm run build -- --content DIR --output DIR`) as a child
// process with a pinned clock, the way an editor runs it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
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

export interface BuildProcessOptions {
  env?: Record<string, string>;
  /** Extra `node` flags, e.g. ["--import", hooks] to stand in a failing dependency. */
  nodeArgs?: string[];
  /** A command the build runs under, e.g. setpriv dropping root's right to read any folder. */
  prefix?: string[];
}

function buildCommand(args: string[], options: BuildProcessOptions) {
  const node = [process.execPath, ...(options.nodeArgs ?? []), "--import", "tsx", join(PROJECT_ROOT, "src/cli/build.ts"), ...args];
  const [command, ...argv] = [...(options.prefix ?? []), ...node];
  return {
    command: command!,
    argv,
    spawnOptions: { cwd: PROJECT_ROOT, env: { ...process.env, DIGEST_NOW: PINNED_NOW, TZ: "UTC", ...options.env } },
  };
}

export function runBuild(args: string[], env: Record<string, string> = {}, options: Omit<BuildProcessOptions, "env"> = {}): BuildRun {
  const { command, argv, spawnOptions } = buildCommand(args, { ...options, env });
  const result = spawnSync(command, argv, { ...spawnOptions, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a build without waiting for it (concurrent builds, kill -9). */
export function startBuild(args: string[], options: BuildProcessOptions = {}): ChildProcess {
  const { command, argv, spawnOptions } = buildCommand(args, options);
  return spawn(command, argv, { ...spawnOptions, stdio: ["ignore", "pipe", "pipe"] });
}

/** Waits for a started build; its output and exit status. */
export function finished(child: ChildProcess): Promise<BuildRun> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

/** A copy of a content folder in a fresh temp folder (the build writes its lock file there). */
export function copyContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "digest-content-"));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** A copy of the project's own content folder: the seed articles and the editor's files. */
export function copySeedContent(): string {
  return copyContent(join(PROJECT_ROOT, "content"));
}

export function freshOutput(): string {
  return join(mkdtempSync(join(tmpdir(), "digest-out-")), "site");
}

export function readExport(output: string) {
  return JSON.parse(readFileSync(join(output, "data", "incidents.json"), "utf8"));
}
