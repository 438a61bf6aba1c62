// Replacing a file so that a reader, a crash or a full disk never sees it half written: the new
// text goes to a temporary file beside it, is flushed to disk, and is renamed over the old one
// (a rename within one folder is atomic). On any failure the old file stays as it was.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes part of a buffer, as fs.writeSync does; tests inject one that fails midway. */
export type ChunkWriter = (fd: number, bytes: Buffer, offset: number, length: number) => number;

const writeChunk: ChunkWriter = (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length);

export function writeFileAtomic(path: string, text: string, write: ChunkWriter = writeChunk): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // A temp file left by a killed build with the same PID, or a link planted under its name, is
  // removed (rm removes a link, never its target); "wx" then refuses anything that reappears.
  rmSync(temp, { force: true });
  const fd = openSync(temp, "wx", 0o644);
  try {
    const bytes = Buffer.from(text, "utf8");
    for (let offset = 0; offset < bytes.length; ) offset += write(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** Flushes a folder's entries (a rename is durable only once its folder is). Best effort. */
export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself already happened.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
