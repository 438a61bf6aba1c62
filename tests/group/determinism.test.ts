// Builds are deterministic: the same content folder gives the same export, byte for byte.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/pipeline.js";
import { exportDigest } from "../../src/site/export.js";
import { corpusDir, makeContentDir, seedsDir } from "../support/content.js";

const now = DateTime.fromISO("2026-01-01T00:00:00Z");
const corpus = join(corpusDir, "gva-dev", "articles.jsonl");
if (!existsSync(corpus)) console.warn(`determinism test runs on the seeds only: ${corpus} not found`);

describe("builds", () => {
  it("give the same export twice from the same content", async () => {
    const files: Record<string, string> = {};
    for (const f of readdirSync(seedsDir).filter((f) => f.endsWith(".txt"))) files[join("articles", f)] = readFileSync(join(seedsDir, f), "utf8");
    // A slice of real local news, when the corpus is here: look-alike incidents, syndicated copies.
    if (existsSync(corpus)) files["articles/gva.jsonl"] = readFileSync(corpus, "utf8").split("\n").slice(0, 400).join("\n");
    const content = makeContentDir(files);
    const first = JSON.stringify(exportDigest(await buildDigest({ contentDir: content, now })));
    const second = JSON.stringify(exportDigest(await buildDigest({ contentDir: content, now })));
    expect(second).toBe(first);
    expect(JSON.parse(first).incidents.length).toBeGreaterThan(2);
  });
});
