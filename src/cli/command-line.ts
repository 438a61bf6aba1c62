// What every command does with its command line: node:util's parseArgs, the usage on --help or
// after a mistake, and the build clock DIGEST_NOW pins.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { DateTime } from "luxon";
import { clockFromEnvironment, ENV } from "../site/options.js";

/**
 * The parsed command line, or the exit code when the command stops here: 0 after printing the
 * usage for --help, 2 after printing the mistake and the usage.
 */
export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> | number {
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: unknown }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}

/** The build's clock (DIGEST_NOW, else now), or null after saying DIGEST_NOW is no date-time. */
export function commandClock(): DateTime<true> | null {
  const now = clockFromEnvironment(process.env);
  if (now.isValid) return now;
  console.error(`error: ${ENV.now}="${process.env[ENV.now]}" is not an ISO date-time`);
  return null;
}
