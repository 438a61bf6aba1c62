// Whether this process runs the compiled copy of the sources (dist/, made by scripts/compile.mjs)
// or the sources themselves (tsx, vitest), and the fingerprint of the extraction code either way.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "./project-root.js";

interface CompileScript {
  sourcesHash(root?: string): string;
  extractionFingerprint(root?: string): Promise<{ hash: string }>;
}

interface Manifest {
  sources: string;
  extraction: { hash: string };
}

/** True in `npm run build` (dist/), false under tsx and vitest. */
export const RUNNING_COMPILED = !import.meta.url.endsWith(".ts");

const compileScript = () => import(pathToFileURL(join(PROJECT_ROOT, "scripts", "compile.mjs")).href) as Promise<CompileScript>;

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, "dist", "manifest.json"), "utf8")) as Manifest;
}

export class StaleCompileError extends Error {}

/**
 * The compiled copy must come from the sources as they are now: `npm run build` compiles them
 * again when they changed, but `node dist/...` run by hand would otherwise run old code silently.
 */
export async function assertCompiledFresh(): Promise<void> {
  if (!RUNNING_COMPILED) return;
  const { sourcesHash } = await compileScript();
  let manifest: Manifest;
  try {
    manifest = readManifest();
  } catch {
    throw new StaleCompileError("dist/manifest.json is missing or unreadable: run `node scripts/compile.mjs` (npm run build does)");
  }
  if (manifest.sources !== sourcesHash()) throw new StaleCompileError("dist/ was compiled from other sources than src/ holds now: run `node scripts/compile.mjs` (npm run build does)");
}

let fingerprint: Promise<string> | null = null;

/** The extraction code's fingerprint: from the compile's manifest, or worked out from the sources. */
export function extractionCodeVersion(): Promise<string> {
  fingerprint ??= RUNNING_COMPILED ? Promise.resolve(readManifest().extraction.hash) : compileScript().then((script) => script.extractionFingerprint().then((f) => f.hash));
  return fingerprint;
}

/** The whole build's code: the compiled copy's source hash, or the sources' own. */
export async function buildCodeVersion(): Promise<string> {
  return RUNNING_COMPILED ? readManifest().sources : (await compileScript()).sourcesHash();
}
