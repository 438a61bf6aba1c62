// The build lock: a file beside the output folder, created exclusively, naming the process that
// builds into that folder. A second build into the same folder refuses with the holder's PID; a
// lock whose process is gone (killed, machine restarted) is stale and taken over.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";

export class BuildBusyError extends Error {}

interface Holder {
  pid: number;
  host: string;
  started: string;
  /** The process's start time in clock ticks since boot (Linux), so a reused PID is not taken for the holder. */
  processStart: string | null;
}

/** A lock file still empty this long after it was created belongs to a build that died creating it. */
const EMPTY_LOCK_GRACE_MS = 10_000;

function processStartOf(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces, so count from its ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true; // another machine's build: cannot be checked, so it counts
  // Our own PID: this process, or a dead build whose PID we were given after a restart.
  if (holder.pid === process.pid) return holder.processStart !== null && holder.processStart === processStartOf(process.pid);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  const start = processStartOf(holder.pid);
  return holder.processStart === null || start === null || start === holder.processStart;
}

function readHolder(path: string): Holder | "unreadable" | "gone" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? "gone" : "unreadable";
  }
  try {
    const data = JSON.parse(text) as Partial<Holder>;
    if (typeof data.pid === "number" && typeof data.host === "string") {
      return { pid: data.pid, host: data.host, started: String(data.started ?? "?"), processStart: typeof data.processStart === "string" ? data.processStart : null };
    }
  } catch {
    // fall through: half written, or not ours
  }
  return "unreadable";
}

/** Takes the lock or throws BuildBusyError naming the build that holds it. Returns the release function. */
export function acquireBuildLock(path: string, what: string): () => void {
  const mine: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), processStart: processStartOf(process.pid) };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx", 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(path);
      if (holder === "gone") continue;
      const stale =
        holder === "unreadable" ? Date.now() - safeMtime(path) > EMPTY_LOCK_GRACE_MS : !isAlive(holder);
      if (!stale) {
        const who = holder === "unreadable" ? "another build" : `another build (PID ${holder.pid} on ${holder.host}, started ${holder.started})`;
        throw new BuildBusyError(`${who} is writing ${what}; wait for it to finish, or delete ${path} if no build is running`);
      }
      breakStaleLock(path, holder);
      continue;
    }
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return () => {
      const holder = readHolder(path);
      if (holder !== "gone" && holder !== "unreadable" && holder.pid === process.pid && holder.started === mine.started) rmSync(path, { force: true });
    };
  }
  throw new BuildBusyError(`could not take the build lock ${path}: other builds keep taking it`);
}

/** True while this process still holds the lock (checked again before the swap). */
export function holdsBuildLock(path: string): boolean {
  const holder = readHolder(path);
  return holder !== "gone" && holder !== "unreadable" && holder.pid === process.pid && holder.host === hostname();
}

function safeMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

// Moved aside first, so that of two builds breaking the same stale lock only one succeeds; a
// fresh lock taken meanwhile by a third build is put back.
function breakStaleLock(path: string, seen: Holder | "unreadable"): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it
  }
  const moved = readHolder(aside);
  const same = seen === "unreadable" ? moved === "unreadable" : moved !== "gone" && moved !== "unreadable" && moved.pid === seen.pid && moved.started === seen.started;
  if (!same && !existsSync(path)) {
    try {
      linkSync(aside, path);
    } catch {
      // a new lock appeared: theirs stands
    }
  }
  rmSync(aside, { force: true });
}
