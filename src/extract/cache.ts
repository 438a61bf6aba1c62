// The extraction cache: what the extract stage read in each article, kept between builds so an
// article read once is not read again. Safe to delete; never committed.
//
// Keys. An article's entry is found by a hash of the article itself (every field: text, title,
// dates, language, file and line) under the cache's version, and the version is a hash of the
// extraction code (every source file the extraction worker imports, and the versions of the
// packages it imports: scripts/compile.mjs), the gazetteer (its cache file name carries its data
// and builder hashes), the editor's places and the Node version (the file format is V8's). A
// version has its own folder, so a cache written by another version is never read. The second
// read of an article depends on the build's priors too (the countries the build is about, the
// article's outlet's home, where the build's news happens: places/index.ts), so its facts are
// kept with the priors they were read under and used only under the same ones. Of where the news
// happens, only the cells the reading asked about count (PlaceDensity.noting): a build of every
// article's density key would change with nearly any new article and read the whole archive again.
//
// Files. `<cache dir>/extraction/<version>/segment-*.bin`: each build adds one segment holding
// the entries it read; when the segments hold far more than the build used, they are rewritten
// as one. Each segment starts with a header naming its version; a file that is cut short, does
// not parse or names another version is ignored with a warning (its articles are read again).
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Article } from "../model.js";
import type { BuildPriors, LightReadings } from "../places/index.js";
import { outletKey } from "../places/outlets.js";
import type { PlaceDensity } from "../places/scan/light.js";
import type { ExtractedFacts, ReadFacts } from "./reader.js";
import { placeSharer } from "./share-places.js";

const MAGIC = "IDEXTR\u0000\u0001";
/** Bump when the entry layout changes. */
const FORMAT = 2;
/** Rewrite the segments as one when there are more than this many... */
const MAX_SEGMENTS = 8;
/** ...or when they hold more than this many entries per entry the build used. */
const MAX_STALE_RATIO = 2;
/** Version folders kept beside the current one (another checkout or branch sharing the cache). */
const OTHER_VERSIONS_KEPT = 2;

/** [article key, the light pass's cues, the priors key the facts were read under, the facts, the density cells they asked about]. */
type Entry = [key: string, cues: LightReadings, priorsKey: string | null, facts: ExtractedFacts | null, densityCells: number[]];

export interface CacheVersionInputs {
  /** The extraction code's fingerprint (scripts/compile.mjs, extractionFingerprint). */
  code: string;
  /** The gazetteer cache's file name (it names the data and the code that built it). */
  gazetteer: string;
  /** The editor's places, as the build reads them. */
  editorPlaces: unknown;
}

export function cacheVersion(inputs: CacheVersionInputs): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ format: FORMAT, v8: process.versions.v8, ...inputs }));
  return hash.digest("hex").slice(0, 20);
}

export class ExtractionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly fresh = new Map<string, Entry>();
  private readonly used = new Set<string>();
  private readonly keys = new WeakMap<Article, string>();
  private segments: string[] = [];
  private stored = 0;

  /** A cache that remembers nothing (no cache folder: in-memory test builds). */
  static none(version = "none"): ExtractionCache {
    return new ExtractionCache(null, version, () => {});
  }

  /** Opens the cache of this version in `cacheDir`, reading every segment it can. */
  static open(cacheDir: string, version: string, warn: (line: string) => void): ExtractionCache {
    const cache = new ExtractionCache(join(cacheDir, "extraction", version), version, warn);
    cache.load();
    return cache;
  }

  private constructor(
    private readonly dir: string | null,
    private readonly version: string,
    private readonly warn: (line: string) => void,
  ) {}

  /** The article's key: a hash of all of it, under this cache's version. */
  keyOf(article: Article): string {
    let key = this.keys.get(article);
    if (key === undefined) this.keys.set(article, (key = createHash("sha256").update(this.version).update("\u0000").update(JSON.stringify(article)).digest("base64url")));
    return key;
  }

  /** The light pass's cues of an article read before. */
  cues(key: string): LightReadings | undefined {
    this.used.add(key);
    return (this.fresh.get(key) ?? this.entries.get(key))?.[1];
  }

  /** The facts of an article read before under the same priors (the density's cells it asked about agreeing). */
  facts(key: string, priorsKey: string, density: PlaceDensity): ExtractedFacts | undefined {
    const entry = this.fresh.get(key) ?? this.entries.get(key);
    return entry && entry[2] === priorsKey && entry[3] && density.agrees(entry[4]) ? entry[3] : undefined;
  }

  rememberCues(key: string, cues: LightReadings): void {
    this.used.add(key);
    this.fresh.set(key, [key, cues, null, null, []]);
  }

  rememberFacts(key: string, priorsKey: string, read: ReadFacts): void {
    const entry = this.fresh.get(key) ?? this.entries.get(key);
    if (!entry) throw new Error(`extraction cache: facts for an article whose cues were never read (${key})`);
    this.fresh.set(key, [key, entry[1], priorsKey, read.facts, read.densityCells]);
  }

  /**
   * Writes what this build read (before any later stage changes the facts in place). A cache
   * that cannot be written costs the next build time, not this one: warn.
   */
  save(): { written: number } {
    if (!this.dir || this.fresh.size === 0) return { written: 0 };
    try {
      mkdirSync(this.dir, { recursive: true });
      const live = [...this.entries.keys()].filter((key) => this.used.has(key) && !this.fresh.has(key)).length + this.fresh.size;
      const compact = this.segments.length + 1 > MAX_SEGMENTS || this.stored + this.fresh.size > MAX_STALE_RATIO * live;
      if (compact) {
        const keep = [...this.entries.values()].filter(([key]) => this.used.has(key) && !this.fresh.has(key));
        this.writeSegment([...keep, ...this.fresh.values()]);
        for (const old of this.segments) rmSync(join(this.dir, old), { force: true });
      } else {
        this.writeSegment([...this.fresh.values()]);
      }
      pruneOtherVersions(join(this.dir, ".."), this.version);
      return { written: this.fresh.size };
    } catch (error) {
      this.warn(`warning: could not write the extraction cache in ${this.dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next build reads every article again`);
      return { written: 0 };
    }
  }

  /** How many articles' entries the cache held when opened. */
  get size(): number {
    return this.entries.size;
  }

  private load(): void {
    if (!this.dir) return;
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((name) => name.startsWith("segment-") && name.endsWith(".bin")).sort();
    } catch {
      return; // no cache yet
    }
    for (const name of names) {
      const file = join(this.dir, name);
      try {
        const entries = this.readSegment(readFileSync(file));
        for (const entry of entries) this.entries.set(entry[0], entry);
        this.segments.push(name);
        this.stored += entries.length;
      } catch (error) {
        // Another build sharing the cache folder rewrote its segments as one meanwhile.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        this.warn(`warning: ignoring the extraction cache file ${file}: ${(error as Error).message}; its articles are read again`);
        rmSync(file, { force: true });
      }
    }
  }

  private readSegment(bytes: Buffer): Entry[] {
    const headerEnd = bytes.indexOf(10);
    if (bytes.subarray(0, MAGIC.length).toString("latin1") !== MAGIC || headerEnd < 0) throw new Error("not an extraction cache file");
    const header = JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString("utf8")) as { version?: unknown; entries?: unknown; bytes?: unknown };
    if (header.version !== this.version) throw new Error(`written by another version (${String(header.version)})`);
    const body = bytes.subarray(headerEnd + 1);
    if (body.length !== header.bytes) throw new Error(`cut short (${body.length} of ${String(header.bytes)} bytes)`);
    const entries = deserialize(body) as Entry[];
    if (!Array.isArray(entries) || entries.length !== header.entries) throw new Error("its entries do not match its header");
    return entries;
  }

  /** One segment, written whole under a temporary name, flushed, then renamed into place. */
  private writeSegment(entries: Entry[]): void {
    const body = serialize(sharePlacesOf(entries));
    const header = Buffer.from(`${MAGIC}${JSON.stringify({ version: this.version, entries: entries.length, bytes: body.length })}\n`, "utf8");
    const name = `segment-${Date.now().toString().padStart(15, "0")}-${process.pid}.bin`;
    const temp = join(this.dir!, `.${name}.tmp`);
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, header);
      writeSync(fd, body);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, join(this.dir!, name));
  }
}

/**
 * Entries whose equal places are one object: V8's format then stores each place once (a city's
 * place with its many spellings recurs in thousands of articles: 2 KB an article otherwise).
 * A worker's reply shares them within its batch already (extract/share-places.ts).
 */
function sharePlacesOf(entries: Entry[]): Entry[] {
  const one = placeSharer();
  return entries.map(([key, cues, priorsKey, facts, densityCells]) => [key, cues, priorsKey, facts && { ...facts, places: facts.places.map((m) => ({ ...m, place: one(m.place) })) }, densityCells]);
}

/** The key of the priors an article's second read depends on but the density: the build's countries and its outlet's home. */
export function priorsKeyer(priors: BuildPriors): (article: Article) => string {
  const collection = JSON.stringify([...priors.collection].sort((a, b) => a[0] - b[0]));
  const hash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 22);
  const withoutHome = hash(collection);
  const byOutlet = new Map<string, string>();
  return (article) => {
    const outlet = outletKey(article.source);
    const home = outlet === null ? undefined : priors.outlets.get(outlet);
    if (!home) return withoutHome;
    let key = byOutlet.get(outlet!);
    if (key === undefined) byOutlet.set(outlet!, (key = hash(`${collection}|${home.admin1}:${home.share}:${home.towns.join(",")}`)));
    return key;
  };
}

/** Keeps the most recently used folders of other versions, removes the rest. */
function pruneOtherVersions(root: string, current: string): void {
  const others = readdirSync(root)
    .filter((name) => name !== current && !name.startsWith("."))
    .map((name) => ({ name, used: statSync(join(root, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const old of others.slice(OTHER_VERSIONS_KEPT)) rmSync(join(root, old.name), { recursive: true, force: true });
}
