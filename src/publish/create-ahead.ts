// Creating a file costs the file system far more than writing into one (see reuse.ts: 0.4 to
// 0.8 ms of system time for a new file on this machine's ext4, against 0.04 ms to write over one),
// and Eleventy writes its pages one by one on the main thread, which renders them too. So, once the
// build knows which pages it will write, the files it lacks are created empty on libuv's thread
// pool, on the core the main thread leaves idle while it prepares the pages; Eleventy then writes
// into files that exist. A file Eleventy gets to first is left to it (created exclusively, `wx`).
// Nothing created here may outlive the build empty: settle() removes every file created ahead
// that the build did not write.
import { mkdir, open, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Creations under way at once: the thread pool has four threads, and each creation is two calls. */
const LANES = 4;

export class FilesCreatedAhead {
  /** Paths under the folder, as given, of the files created here. */
  private readonly created: string[] = [];
  private readonly done: Promise<void>;

  /** Starts creating `files` (paths under `dir`) that do not exist yet. */
  constructor(
    private readonly dir: string,
    files: string[],
  ) {
    const folders = new Map<string, Promise<unknown>>();
    let next = 0;
    // Creating ahead only saves time: at a folder or file it cannot make (a full disk, a name the
    // build would also fail on) it stops, and the build writes and reports with its own context.
    let stopped = false;
    const lane = async (): Promise<void> => {
      for (let i = next++; i < files.length && !stopped; i = next++) {
        const path = join(dir, files[i]!);
        const folder = dirname(path);
        try {
          let made = folders.get(folder);
          if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
          await made;
          const handle = await open(path, "wx");
          this.created.push(files[i]!);
          await handle.close();
        } catch (error) {
          // Already there (Eleventy got to it first, or an older site's file): left as it is.
          if ((error as NodeJS.ErrnoException).code !== "EEXIST") stopped = true;
        }
      }
    };
    this.done = Promise.all(Array.from({ length: LANES }, lane)).then(() => {});
  }

  /** The files created here (paths under the folder), once every creation is done. */
  async createdFiles(): Promise<readonly string[]> {
    await this.done;
    return this.created;
  }

  /** Waits for the creations, then removes the files created ahead that the build did not write (`written`: paths under the folder). */
  async settle(written: (path: string) => boolean): Promise<void> {
    await this.done;
    for (const file of this.created) {
      if (written(file)) continue;
      const path = join(this.dir, file);
      if ((await stat(path)).size === 0) await rm(path, { force: true });
    }
  }
}
