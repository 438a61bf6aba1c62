// A corpus k times the size of RUWA for scale benchmarks: copy k of every item gets the id
// `<id>-r<k>`, its `published` day moved k × 443 days later (RUWA spans 443 days, so copies never
// share a date window), and " (copy k)" at the end of its title and of each paragraph, so no
// passage recurs verbatim across copies (the furniture detector drops sentences repeated weeks
// apart). Each copy is one JSON Lines file: `<out>/articles/ruwa-r<k>.jsonl`.
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

export const COPY_SHIFT_DAYS = 443;

interface Item {
  id: string;
  title?: string;
  text?: string;
  published: string;
  [field: string]: unknown;
}

/** `published` moved `days` later, in its own format ("YYYY-MM-DD" or an ISO date-time). */
export function shiftPublished(published: string, days: number): string {
  const day = published.slice(0, 10);
  const shifted = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return shifted + published.slice(10);
}

/** One item's copy k. */
export function copyItem(item: Item, k: number): Item {
  const tag = ` (copy ${k})`;
  const tagParagraphs = (text: string) =>
    text
      .split(/(\n\s*\n)/)
      .map((part, i) => (i % 2 === 0 && part.trim() !== "" ? part.replace(/\s*$/, (space) => tag + space) : part))
      .join("");
  return {
    ...item,
    id: `${item.id}-r${k}`,
    ...(item.title ? { title: item.title + tag } : {}),
    ...(item.text ? { text: tagParagraphs(item.text) } : {}),
    published: shiftPublished(item.published, k * COPY_SHIFT_DAYS),
  };
}

export async function readItems(file: string): Promise<Item[]> {
  const items: Item[] = [];
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    if (line.trim() !== "") items.push(JSON.parse(line) as Item);
  }
  return items;
}

/**
 * Writes copies `from`..`to - 1` of `items` into `<contentDir>/articles/`; returns the last
 * publication day written (pin the build's clock after it).
 */
export function writeCopies(items: Item[], contentDir: string, from: number, to: number): string {
  mkdirSync(join(contentDir, "articles"), { recursive: true });
  let last = "";
  for (let k = from; k < to; k++) {
    const lines = items.map((item) => {
      const copy = copyItem(item, k);
      if (copy.published.slice(0, 10) > last) last = copy.published.slice(0, 10);
      return JSON.stringify(copy);
    });
    writeFileSync(join(contentDir, "articles", `ruwa-r${String(k).padStart(2, "0")}.jsonl`), `${lines.join("\n")}\n`);
  }
  return last;
}

/** A clock a day after the last publication day, so no copy is rejected as "in the future". */
export function clockAfter(lastDay: string): string {
  return new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().replace(".000Z", "Z");
}

/** The last publication day of k copies of a corpus whose last day is `lastDay`. */
export function lastDayOfCopies(lastDay: string, copies: number): string {
  return shiftPublished(lastDay, (copies - 1) * COPY_SHIFT_DAYS);
}

// `npx tsx bench/support/repeat-corpus.ts CORPUS.jsonl K OUT_CONTENT_DIR`
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [file, k, out] = process.argv.slice(2);
  if (!file || !k || !out) {
    console.error("usage: npx tsx bench/support/repeat-corpus.ts CORPUS.jsonl K OUT_CONTENT_DIR");
    process.exit(2);
  }
  const last = writeCopies(await readItems(file), out, 0, Number(k));
  console.log(`wrote ${k} copies into ${out}/articles; build with DIGEST_NOW=${clockAfter(last)}`);
}
