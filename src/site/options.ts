// Build settings handed from the command line (src/cli/build.ts) to the Eleventy config through
// the environment, the one channel that reaches .eleventy.js in both `build` and `--serve` runs.
import { join, resolve } from "node:path";
import { DateTime } from "luxon";
import type { DigestSiteOptions } from "./plugin.js";

export const ENV = {
  content: "DIGEST_CONTENT",
  now: "DIGEST_NOW",
  writeLock: "DIGEST_WRITE_LOCK",
  /** The lock file's real path, checked by the build command (a link inside the content folder is followed). */
  lockFile: "DIGEST_LOCK_FILE",
  searchIndex: "DIGEST_SEARCH_INDEX",
  /** The extraction cache's folder, checked by the build command (unset: no cache). */
  cacheDir: "DIGEST_CACHE_DIR",
  /** "1": the output folder may hold an older site, written over (src/publish/reuse.ts); the build command's staging folder. */
  overOlderSite: "DIGEST_OVER_OLDER_SITE",
} as const;

/** The build's clock: DIGEST_NOW (an ISO date-time, read in UTC) when set, else now; invalid when DIGEST_NOW is no date-time. */
export function clockFromEnvironment(env: NodeJS.ProcessEnv): DateTime<true> | DateTime<false> {
  return env[ENV.now] ? DateTime.fromISO(env[ENV.now]!, { zone: "utc" }) : DateTime.utc();
}

export function siteOptionsFromEnvironment(env: NodeJS.ProcessEnv): DigestSiteOptions {
  const projectContentDir = resolve("content");
  const contentDir = resolve(env[ENV.content] || projectContentDir);
  const now = clockFromEnvironment(env);
  if (!now.isValid) throw new Error(`${ENV.now}="${env[ENV.now]}" is not an ISO date-time`);
  return {
    contentDir,
    lockFile: env[ENV.lockFile] ? resolve(env[ENV.lockFile]!) : join(contentDir, "incidents.lock.json"),
    projectContentDir,
    now,
    writeLock: env[ENV.writeLock] !== "0",
    searchIndex: env[ENV.searchIndex] !== "0",
    createFilesAhead: true,
    cacheDir: env[ENV.cacheDir] ? resolve(env[ENV.cacheDir]!) : null,
    overOlderSite: env[ENV.overOlderSite] === "1",
  };
}
