// The project folder, found from this module's own location whether it runs from src/ (tsx,
// vitest) or from the compiled copy in dist/ (npm run build): files the code reads beside its
// sources (the shipped gazetteer data, the site's own pages) are named from here.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "src", "pipeline.ts"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project folder (package.json beside src/pipeline.ts) above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
