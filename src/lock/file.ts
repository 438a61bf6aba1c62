// Reading and writing <content>/incidents.lock.json. The lock comes from the editor's folder, so
// everything in it is checked before use: incident ids become folder names under /incidents/, and
// only lower-case letters, digits and single hyphens can never escape the output folder.
import { existsSync, readFileSync } from "node:fs";
import type { IncidentLock } from "../model.js";
import { writeFileAtomic, type ChunkWriter } from "../publish/atomic-write.js";
import { describeJsonError } from "../text/parse-errors.js";

export const EMPTY_LOCK: IncidentLock = { version: 1, incidents: {}, redirects: {}, withdrawn: {} };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 120;

export function isValidIncidentId(id: unknown): id is string {
  return typeof id === "string" && id.length <= MAX_ID_LENGTH && ID.test(id);
}

/** A broken lock: the message names the file, the line when it can be found, and the reason. */
export class LockFileError extends Error {}

/** Reads the lock; a missing file is an empty lock, a broken one a LockFileError. */
export function readLock(path: string): IncidentLock {
  if (!existsSync(path)) return EMPTY_LOCK;
  // An editor's tool may save it with a byte order mark; JSON.parse would refuse it.
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const fail = (reason: string, near?: string): never => {
    const line = near === undefined ? null : lineOf(text, JSON.stringify(near));
    throw new LockFileError(`${path}${line ? `:${line}` : ""}: ${reason}; fix it or delete the file to start a new lock`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, error));
  }
  if (!isObject(data) || data.version !== 1 || !isObject(data.incidents)) return fail('not an incident lock (expected {"version": 1, "incidents": {...}})');
  const articleLists = (section: string, value: unknown): Record<string, string[]> => {
    if (value === undefined) return {};
    if (!isObject(value)) return fail(`"${section}" is not an object`);
    for (const [id, articles] of Object.entries(value)) {
      if (!isValidIncidentId(id)) fail(`${section}: incident id ${JSON.stringify(id)} may only hold a-z, 0-9 and single hyphens`, id);
      if (!Array.isArray(articles) || !articles.every((a) => typeof a === "string")) fail(`${section}: ${id} must list article ids as strings`, id);
    }
    return value as Record<string, string[]>;
  };
  const incidents = articleLists("incidents", data.incidents);
  const withdrawn = articleLists("withdrawn", data.withdrawn);
  const redirects: Record<string, string> = {};
  if (data.redirects !== undefined) {
    if (!isObject(data.redirects)) fail('"redirects" is not an object');
    for (const [from, to] of Object.entries(data.redirects as Record<string, unknown>)) {
      if (!isValidIncidentId(from)) fail(`redirects: incident id ${JSON.stringify(from)} may only hold a-z, 0-9 and single hyphens`, from);
      if (!isValidIncidentId(to)) fail(`redirects: ${from} points to ${JSON.stringify(to)}, which is not an incident id`, from);
      redirects[from] = to as string;
    }
  }
  const places: Record<string, string[] | string> = {};
  if (data.places !== undefined) {
    if (!isObject(data.places)) fail('"places" is not an object');
    for (const [slug, value] of Object.entries(data.places as Record<string, unknown>)) {
      if (!isValidIncidentId(slug)) fail(`places: slug ${JSON.stringify(slug)} may only hold a-z, 0-9 and single hyphens`, slug);
      const held = Array.isArray(value) && value.every(isValidIncidentId);
      if (!held && !isValidIncidentId(value)) fail(`places: ${slug} must list incident ids, or name the slug it moved to`, slug);
      places[slug] = value as string[] | string;
    }
  }
  return { version: 1, incidents, redirects, withdrawn, ...(data.places !== undefined ? { places } : {}) };
}

/**
 * Writes the lock only when it changed, so a dev server watching content/ does not loop. The file
 * is replaced atomically: a full disk or a killed build leaves the previous lock whole.
 */
export function writeLock(path: string, lock: IncidentLock, write?: ChunkWriter): boolean {
  const text = `${JSON.stringify(lock, null, 2)}\n`;
  if (existsSync(path) && readFileSync(path, "utf8").replace(/^\uFEFF/, "") === text) return false;
  writeFileAtomic(path, text, write);
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function lineOf(text: string, needle: string): number | null {
  const at = text.indexOf(needle);
  return at < 0 ? null : text.slice(0, at).split("\n").length;
}
