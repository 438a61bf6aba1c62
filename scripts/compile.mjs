// Compiles src/**/*.ts to JavaScript in dist/ (git-ignored, never committed) with esbuild, so
// `npm run build` starts without compiling TypeScript at run time. Run by `npm ci` / `npm install`
// (the `prepare` script) and, with --if-stale, before every `npm run build`: the compiled copy
// carries a hash of the sources it came from (dist/manifest.json), and a copy whose hash no longer
// matches the sources is compiled again (about a second), so stale output is never used. The
// build checks the same hash when it starts (src/build-info/compiled.ts).
//
// The manifest also holds the extraction code's fingerprint: a hash of every source file the
// extraction worker reaches through its imports, and of the versions of the packages it imports.
// The extraction cache is keyed by it, so any change to code that shapes extraction output
// invalidates the cache by itself.
//
//   node scripts/compile.mjs             compile
//   node scripts/compile.mjs --if-stale  compile only when the sources changed since the last compile
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");
export const MANIFEST = join(DIST, "manifest.json");
/** The module whose imports make up the extraction code (see src/extract/worker.ts). */
const EXTRACTION_ENTRY = "src/extract/worker.ts";

/** The modules of src/: TypeScript, and JavaScript that also runs in the browser as it is (src/search/). */
function sourceFiles(root) {
  return readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/"))
    .sort();
}

/** Hash of every source file (path and bytes) and of the compiler's settings. */
export function sourcesHash(root = ROOT) {
  const hash = createHash("sha256");
  for (const file of [...sourceFiles(root), "tsconfig.json", "scripts/compile.mjs"]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest("hex");
}

/**
 * The extraction code's fingerprint: the source files the extraction worker imports (directly or
 * not), and the installed versions of the project's dependencies (data packages such as the
 * gazetteer's are read through require(), which no import graph shows).
 */
export async function extractionFingerprint(root = ROOT) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [EXTRACTION_ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  const files = Object.keys(result.metafile.inputs).sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  const dependencies = Object.keys(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies ?? {}).sort();
  for (const name of dependencies) {
    const installed = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8"));
    hash.update(`${name}@${installed.version}\0`);
  }
  return { hash: hash.digest("hex"), files: files.length };
}

export function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return null;
  }
}

export async function compile(root = ROOT) {
  const esbuild = await import("esbuild");
  const sources = sourcesHash(root);
  const fresh = `${DIST}.compiling-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  try {
    await writeCompiled(esbuild, root, fresh, sources);
  } catch (error) {
    // A failed compile (a syntax error, a dependency not installed) leaves no half-written copy.
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  // Swapped in whole: a build starting meanwhile sees the old copy or the new one, never half.
  const old = `${DIST}.old-${process.pid}`;
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(fresh, DIST);
  rmSync(old, { recursive: true, force: true });
  return sources;
}

async function writeCompiled(esbuild, root, fresh, sources) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: sourceFiles(root).filter((file) => file.endsWith(".ts")),
    outdir: join(fresh, "src"),
    outbase: "src",
    bundle: false,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
  // JavaScript modules are copied as they are (the browser loads the same files from src/).
  for (const file of sourceFiles(root).filter((f) => f.endsWith(".js"))) {
    mkdirSync(dirname(join(fresh, file)), { recursive: true });
    cpSync(join(root, file), join(fresh, file));
  }
  const extraction = await extractionFingerprint(root);
  writeFileSync(join(fresh, "manifest.json"), `${JSON.stringify({ sources, extraction, compiled: new Date().toISOString() }, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes("--if-stale");
  const current = readManifest();
  if (ifStale && current?.sources === sourcesHash()) process.exit(0);
  const started = performance.now();
  if (ifStale) console.log(current ? "the sources changed since the last compile: compiling them again" : "no compiled copy yet: compiling the sources");
  await compile();
  console.log(`compiled src/ into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
