// Stability across builds on real data: build half of gva-dev, then all of it with the lock the
// first build wrote; every incident URL of the first build must still resolve, to the same
// incident or by redirect to the incident now holding its articles.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/pipeline.js";
import { writeLock } from "../../src/lock/index.js";
import { corpusDir, makeContentDir } from "../support/content.js";

const corpus = join(corpusDir, "gva-dev", "articles.jsonl");
if (!existsSync(corpus)) console.warn(`skipping the stability test: ${corpus} not found`);
const now = DateTime.fromISO("2026-01-01T00:00:00Z");

describe.skipIf(!existsSync(corpus))("incident URLs across builds of gva-dev", () => {
  it("every URL of a build of half the corpus resolves after building all of it", async () => {
    const lines = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim());
    const content = makeContentDir({ "articles/gva.jsonl": `${lines.slice(0, Math.floor(lines.length / 2)).join("\n")}\n` });
    const first = await buildDigest({ contentDir: content, now });
    writeLock(join(content, "incidents.lock.json"), first.lock);
    writeFileSync(join(content, "articles", "gva.jsonl"), `${lines.join("\n")}\n`);
    const second = await buildDigest({ contentDir: content, now });

    const incidents = new Map(second.incidents.map((i) => [i.url, i]));
    const redirects = new Map(second.redirects.map((r) => [r.from, r.to]));
    let kept = 0;
    let redirected = 0;
    for (const before of first.incidents) {
      const same = incidents.get(before.url);
      const target = same ?? incidents.get(redirects.get(before.url) ?? "");
      expect(target, `${before.url} no longer resolves`).toBeDefined();
      // Articles were only added, so the incident (or the one it merged into) holds its articles.
      expect(before.articles.some((a) => target!.articles.includes(a)), `${before.url} lost all its articles`).toBe(true);
      if (same) kept++;
      else redirected++;
    }
    expect(second.withdrawn).toEqual([]);
    expect(kept).toBeGreaterThan(first.incidents.length * 0.9);
    console.log(`stability: ${first.incidents.length} URLs of the first build: ${kept} kept, ${redirected} redirected`);
  });
});
