// `npm run bench`: runs every bench/*.ts script (except this one) in its own process, in name
// order, so each measures a cold start the way a build does. Speed and memory targets are
// measured here, never in unit tests.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const only = process.argv[2];
const scripts = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n== bench/${script}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(import.meta.dirname, script)], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
