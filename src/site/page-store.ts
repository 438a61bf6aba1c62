// Where the page cache keeps its entries (page-cache.ts): a few pack files, each the outputs one
// build rendered, one after the other, and one index naming, for each key the last build used,
// its pack, offset and length. One file per entry, as before, cost a cold RUWA build 5,800 file
// creations, and creating a file costs this machine's file system 0.5 to 1.7 ms of system time
// (5,000 files in new folders: 2.4 to 8.8 s, more as recently deleted files pile up), against
// appending to one open file.
//
// A build appends what it renders to a new pack and, once its pages are written, writes the index
// of the entries it used (rendered or carried) under a temporary name and renames it into place,
// so a reader sees the old index or the new one whole. Packs no entry names are deleted. When the
// packs hold twice what the index names, or there are more than MAX_PACKS, the entries are copied
// into one pack (only the smaller packs, when the count alone is over). An index that does not
// parse or names a pack that is missing or too short is ignored: every page is rendered again.
import { closeSync, createWriteStream, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from "node:fs";
import { join } from "node:path";

const INDEX = "index.json";
/** Packs this process started: with the time and process id, a name no other pack has. */
let packsStarted = 0;
/** More packs than this are merged (each build that renders something adds one). */
const MAX_PACKS = 8;

interface Entry {
  pack: string;
  offset: number;
  length: number;
}

/** A pack being written: its name, its file under a temporary name, its size so far and its entries. */
interface PackWriting {
  name: string;
  stream: WriteStream;
  size: number;
  entries: Map<string, Entry>;
}

export class PageStore {
  /** The entries found, by key. */
  private readonly found: Map<string, Entry>;
  /** This build's new pack, once something is kept. */
  private writing: PackWriting | null = null;
  private failure: string | null = null;
  private readonly reading = new Map<string, number>();

  private constructor(
    private readonly dir: string,
    found: Map<string, Entry>,
  ) {
    this.found = found;
  }

  /** The store in `dir`, as its index says; an index that is missing or does not hold together gives an empty store. */
  static open(dir: string): PageStore {
    return new PageStore(dir, readIndex(dir));
  }

  has(key: string): boolean {
    return this.found.has(key);
  }

  /** Why the store could not be written (the first failure), or null. */
  get problem(): string | null {
    return this.failure;
  }

  /** Appends an output under its key to this build's pack (written by the file system's threads as the build goes on). */
  keep(key: string, output: string): void {
    if (this.failure) return;
    try {
      if (!this.writing) {
        mkdirSync(this.dir, { recursive: true });
        const name = `${Date.now().toString(36)}-${process.pid}-${++packsStarted}.pack`;
        const stream = createWriteStream(join(this.dir, `.${name}.tmp`));
        stream.on("error", (error) => (this.failure ??= reasonOf(error)));
        this.writing = { name, stream, size: 0, entries: new Map() };
      }
      const bytes = Buffer.from(output);
      this.writing.entries.set(key, { pack: this.writing.name, offset: this.writing.size, length: bytes.length });
      this.writing.size += bytes.length;
      this.writing.stream.write(bytes);
    } catch (error) {
      this.failure ??= reasonOf(error);
    }
  }

  /** A stored output. */
  read(key: string): string {
    const entry = this.found.get(key);
    if (!entry) throw new Error(`the page cache holds no entry ${key}`);
    let fd = this.reading.get(entry.pack);
    if (fd === undefined) this.reading.set(entry.pack, (fd = openSync(join(this.dir, entry.pack), "r")));
    const bytes = Buffer.allocUnsafe(entry.length);
    for (let at = 0; at < entry.length; ) {
      const read = readSync(fd, bytes, at, entry.length - at, entry.offset + at);
      if (read === 0) throw new Error(`${join(this.dir, entry.pack)} is cut short`);
      at += read;
    }
    return bytes.toString("utf8");
  }

  /**
   * Ends this build's pack and writes the index of the entries named by `used` (this build's
   * renders and the entries it carried); then removes what no entry names and merges packs
   * as the header says.
   */
  async finish(used: Iterable<string>): Promise<void> {
    const writing = await this.endPack();
    if (this.failure) {
      if (writing) rmSync(join(this.dir, `.${writing.name}.tmp`), { force: true });
      return;
    }
    try {
      if (writing) this.publish(writing);
      const index = new Map<string, Entry>();
      for (const key of used) {
        const entry = writing?.entries.get(key) ?? this.found.get(key);
        if (entry) index.set(key, entry);
      }
      const final = await this.merged(index);
      this.writeIndex(final);
      this.removeUnnamed(final);
    } catch (error) {
      this.failure ??= reasonOf(error);
    }
  }

  /** The index after merging packs, when they hold far more than it names or are too many. */
  private async merged(index: Map<string, Entry>): Promise<Map<string, Entry>> {
    const sizes = new Map<string, number>();
    for (const entry of index.values()) if (!sizes.has(entry.pack)) sizes.set(entry.pack, statSync(join(this.dir, entry.pack)).size);
    const named = [...index.values()].reduce((sum, entry) => sum + entry.length, 0);
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    let merge: Set<string>;
    if (total > 2 * named) merge = new Set(sizes.keys());
    else if (sizes.size > MAX_PACKS) merge = new Set([...sizes].sort((a, b) => a[1] - b[1]).slice(0, -1).map(([pack]) => pack));
    else return index;
    for (const [key, entry] of index) {
      if (!merge.has(entry.pack)) continue;
      this.found.set(key, entry);
      this.keep(key, this.read(key));
    }
    const writing = await this.endPack();
    if (!writing || this.failure) throw new Error(this.failure ?? "no pack to merge into");
    this.publish(writing);
    return new Map([...index].map(([key, entry]) => [key, writing.entries.get(key) ?? entry]));
  }

  /** Closes the packs being read and ends the pack being written, which it returns once its file is whole. */
  private async endPack(): Promise<PackWriting | null> {
    for (const fd of this.reading.values()) closeSync(fd);
    this.reading.clear();
    const writing = this.writing;
    this.writing = null;
    if (writing) await new Promise<void>((resolve) => writing.stream.end(resolve));
    return writing;
  }

  /** Gives a whole pack its name, under which the index may name it. */
  private publish(writing: PackWriting): void {
    renameSync(join(this.dir, `.${writing.name}.tmp`), join(this.dir, writing.name));
  }

  private writeIndex(index: Map<string, Entry>): void {
    const temp = join(this.dir, `.${INDEX}.${process.pid}.tmp`);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(temp, JSON.stringify([...index].map(([key, { pack, offset, length }]) => [key, pack, offset, length])));
    renameSync(temp, join(this.dir, INDEX));
  }

  /** Removes every file of the folder but the index and the packs it names (older entry files, packs nothing names, leftovers of a failed build). */
  private removeUnnamed(index: Map<string, Entry>): void {
    const keep = new Set([INDEX, ...[...index.values()].map((entry) => entry.pack)]);
    for (const name of readdirSync(this.dir)) if (!keep.has(name)) rmSync(join(this.dir, name), { force: true, recursive: true });
  }
}

function readIndex(dir: string): Map<string, Entry> {
  const found = new Map<string, Entry>();
  try {
    const rows = JSON.parse(readFileSync(join(dir, INDEX), "utf8")) as unknown;
    if (!Array.isArray(rows)) return new Map();
    const sizes = new Map<string, number>();
    for (const row of rows) {
      const [key, pack, offset, length] = row as [unknown, unknown, unknown, unknown];
      if (typeof key !== "string" || typeof pack !== "string" || !/^[\w-]+\.pack$/.test(pack) || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length)) return new Map();
      if (!sizes.has(pack)) sizes.set(pack, statSync(join(dir, pack)).size);
      if ((offset as number) < 0 || (length as number) < 0 || (offset as number) + (length as number) > sizes.get(pack)!) return new Map();
      found.set(key, { pack, offset: offset as number, length: length as number });
    }
  } catch {
    return new Map();
  }
  return found;
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
