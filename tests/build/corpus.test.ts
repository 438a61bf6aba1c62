// The GVA development corpus builds, and every one of its articles is accounted for.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freshOutput, readExport, runBuild } from "../support/build.js";
import { corpusDir } from "../support/content.js";

const gva = join(corpusDir, "gva-dev", "articles.jsonl");
if (!existsSync(gva)) console.warn(`SKIPPED: corpus build test: ${gva} is absent (it lives in ../shared beside the project)`);

describe.skipIf(!existsSync(gva))("gva-dev corpus build", () => {
  it("puts each of its 2,875 articles under articles or rejected", () => {
    const content = mkdtempSync(join(tmpdir(), "digest-gva-"));
    mkdirSync(join(content, "articles"));
    copyFileSync(gva, join(content, "articles", "gva-dev.jsonl")); // a link leading out of the content folder is not read
    const output = freshOutput();
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    const exported = readExport(output);
    expect(exported.articles.length + exported.rejected.length).toBe(2875);
    expect(new Set(exported.articles.map((a: { id: string }) => a.id)).size).toBe(exported.articles.length);
  });
});
