// The gazetteer's disk cache: one binary file of the tables' columns, written once per data
// version and read back in a fraction of a second. The file name carries the data packages'
// versions, the format version and a hash of the code that builds it, so a stale cache is never
// read. Builds on a fresh machine (CI) happen on first use; concurrent builders wait for one.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../build-info/project-root.js";
import { buildTables } from "./build.js";
import { DERIVED_PATH } from "./derived.js";
import { inputVersions } from "./sources.js";
import type { GazetteerTables } from "./tables.js";

/** Bump when the binary layout changes. */
const FORMAT_VERSION = 3;
const MAGIC = "IDGAZ\u0000\u0000\u0003";
// The sources, not the module running (which may be the compiled copy in dist/).
const here = join(PROJECT_ROOT, "src", "places", "gazetteer");
// The code whose output the cache holds: editing any of it makes a new cache file.
// The derived Ukrainian file is data, but hashed the same way: a new derivation makes a new cache.
const BUILDER_SOURCES = [
  join(here, "build.ts"),
  join(here, "record.ts"),
  join(here, "tables.ts"),
  join(here, "sources.ts"),
  join(here, "derived.ts"),
  join(here, "ukraine.ts"),
  join(here, "facilities.ts"),
  join(here, "..", "fold.ts"),
  join(here, "..", "romanise.ts"),
  join(here, "..", "region-forms.ts"),
  join(here, "..", "variants.ts"),
  join(here, "..", "distance.ts"),
  join(here, "..", "slug.ts"),
  join(here, "..", "..", "ingest", "ids.ts"),
  DERIVED_PATH,
];
const STALE_LOCK_MS = 300_000;

type Column = "geonameId" | "lat" | "lon" | "population" | "level" | "countryRef" | "admin1Ref" | "admin2Ref" | "partOf" | "recordStart" | "keyStart" | "postStart" | "postings" | "keyFlags" | "slots";
const COLUMNS: Column[] = ["geonameId", "lat", "lon", "population", "level", "countryRef", "admin1Ref", "admin2Ref", "partOf", "recordStart", "keyStart", "postStart", "postings", "keyFlags", "slots"];
const ARRAY_TYPES = { Int32Array, Float32Array, Float64Array, Uint8Array, Uint32Array } as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;

interface Header {
  format: number;
  placeCount: number;
  keyCount: number;
  text: { offset: number; bytes: number };
  columns: { name: Column; type: ArrayTypeName; offset: number; length: number }[];
}

export function defaultCacheDir(): string {
  return process.env.INCIDENT_DIGEST_CACHE_DIR ?? join(PROJECT_ROOT, "node_modules", ".cache", "incident-digest");
}

/** The cache file for the installed data and this code. */
export function cacheFileName(): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ format: FORMAT_VERSION, versions: inputVersions() }));
  for (const file of BUILDER_SOURCES) if (existsSync(file)) hash.update(readFileSync(file));
  return `gazetteer-v${FORMAT_VERSION}-${hash.digest("hex").slice(0, 16)}.bin`;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

export function serialiseTables(tables: GazetteerTables): Buffer {
  const textBytes = Buffer.from(tables.text, "utf8");
  const header: Header = { format: FORMAT_VERSION, placeCount: tables.placeCount, keyCount: tables.keyCount, text: { offset: 0, bytes: textBytes.length }, columns: [] };
  // Lay out the columns first (offsets relative to the data start), then the text.
  let offset = 0;
  for (const name of COLUMNS) {
    const array = tables[name];
    header.columns.push({ name, type: array.constructor.name as ArrayTypeName, offset, length: array.length });
    offset = align8(offset + array.byteLength);
  }
  header.text.offset = offset;
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const dataStart = align8(MAGIC.length + 4 + headerBytes.length);
  const out = Buffer.alloc(dataStart + offset + textBytes.length);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);
  header.columns.forEach((column, i) => {
    const array = tables[COLUMNS[i]!];
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, dataStart + column.offset);
  });
  textBytes.copy(out, dataStart + header.text.offset);
  return out;
}

export function deserialiseTables(file: Buffer): GazetteerTables {
  if (file.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a gazetteer cache file");
  const headerLength = file.readUInt32LE(MAGIC.length);
  const header = JSON.parse(file.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  if (header.format !== FORMAT_VERSION) throw new Error(`gazetteer cache format ${header.format}, expected ${FORMAT_VERSION}`);
  // Typed-array views need aligned offsets; a pooled or odd Buffer is copied once.
  const aligned = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const dataStart = align8(MAGIC.length + 4 + headerLength);
  const columns = {} as Record<Column, Int32Array | Float32Array | Float64Array | Uint8Array | Uint32Array>;
  for (const column of header.columns) {
    columns[column.name] = new ARRAY_TYPES[column.type](aligned.buffer as ArrayBuffer, aligned.byteOffset + dataStart + column.offset, column.length);
  }
  const text = aligned.toString("utf8", dataStart + header.text.offset, dataStart + header.text.offset + header.text.bytes);
  return { text, placeCount: header.placeCount, keyCount: header.keyCount, ...columns } as GazetteerTables;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function writableDir(preferred: string): string {
  try {
    mkdirSync(preferred, { recursive: true });
    return preferred;
  } catch {
    const fallback = join(tmpdir(), "incident-digest-cache");
    mkdirSync(fallback, { recursive: true });
    return fallback;
  }
}

export interface LoadedGazetteer {
  tables: GazetteerTables;
  file: string;
  built: boolean;
}

/** Reads the cached tables, building and writing them first when the cache is missing or stale. */
export function loadCachedTables(cacheDir = defaultCacheDir()): LoadedGazetteer {
  const dir = writableDir(cacheDir);
  const name = cacheFileName();
  const file = join(dir, name);
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return { tables: deserialiseTables(readFileSync(file)), file, built: false };
    let fd: number;
    try {
      fd = openSync(lock, "wx");
    } catch {
      // Someone else is building: wait for their file, or take over a lock left by a dead build.
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) unlinkSync(lock);
      } catch {
        // the lock went away meanwhile
      }
      sleep(250);
      continue;
    }
    try {
      const tables = buildTables();
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, serialiseTables(tables));
      renameSync(temp, file);
      removeOlderCaches(dir, name);
      return { tables, file, built: true };
    } finally {
      closeSync(fd);
      unlinkSync(lock);
    }
  }
}

/** Old cache files (other versions) are 30 MB each: keep only the current one. */
function removeOlderCaches(dir: string, keep: string): void {
  for (const entry of readdirSync(dir)) {
    if (/^gazetteer-v\d+-[0-9a-f]+\.bin$/.test(entry) && entry !== keep) {
      try {
        unlinkSync(join(dir, entry));
      } catch {
        // in use or already gone
      }
    }
  }
}
