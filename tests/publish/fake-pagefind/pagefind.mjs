// Pagefind as it misbehaves: FAKE_PAGEFIND=empty-entry hands back an empty pagefind-entry.json
// (what a write cut short by upstream issue #1271 leaves), FAKE_PAGEFIND=no-meta drops the
// metadata file, FAKE_PAGEFIND=crash fails while indexing.
import * as pagefind from "pagefind";

export const close = pagefind.close;

export async function createIndex(config) {
  const created = await pagefind.createIndex(config);
  if (!created.index) return created;
  const real = created.index;
  const mode = process.env.FAKE_PAGEFIND;
  const index = {
    ...real,
    addHTMLFile: async (file) => (mode === "crash" ? { errors: ["injected failure while indexing"] } : real.addHTMLFile(file)),
    getFiles: async () => {
      const produced = await real.getFiles();
      const files = produced.files
        .filter((file) => !(mode === "no-meta" && file.path.endsWith(".pf_meta")))
        .map((file) => (mode === "empty-entry" && file.path.endsWith("pagefind-entry.json") ? { ...file, content: new Uint8Array(0) } : file));
      return { ...produced, files };
    },
  };
  return { ...created, index };
}
