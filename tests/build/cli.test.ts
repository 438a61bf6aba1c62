// The build command's contract: safe output folder, --strict, the summary line, deterministic
// output, and the seed digest.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { copySeedContent, freshOutput, readExport, runBuild } from "../support/build.js";
import { makeContentDir } from "../support/content.js";

const seedContent = () => copySeedContent();

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (path.endsWith(".html") || path === "data/incidents.json" || path.endsWith(".xml")) files[path] = readFileSync(join(dir, path), "utf8");
  }
  return files;
}

describe("build command", () => {
  it("refuses to empty a folder it did not write, and says why", () => {
    const output = mkdtempSync(join(tmpdir(), "someones-folder-"));
    writeFileSync(join(output, "thesis.docx"), "precious");
    const run = runBuild(["--content", seedContent(), "--output", output]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refusing to replace .*not written by a previous digest build/);
    expect(readFileSync(join(output, "thesis.docx"), "utf8")).toBe("precious");
  });

  it("refuses an output folder that holds the content folder", () => {
    const content = seedContent();
    const run = runBuild(["--content", content, "--output", join(content, "..")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/contains the content folder/);
    expect(existsSync(join(content, "articles"))).toBe(true);
  });

  it("rebuilds into its own earlier output, removing stale pages", () => {
    const output = freshOutput();
    expect(runBuild(["--content", seedContent(), "--output", output]).status).toBe(0);
    mkdirSync(join(output, "incidents", "stale"), { recursive: true });
    writeFileSync(join(output, "incidents", "stale", "index.html"), "<p data-pagefind-body>stale</p>");
    expect(runBuild(["--content", seedContent(), "--output", output]).status).toBe(0);
    expect(existsSync(join(output, "incidents", "stale"))).toBe(false);
  });

  it("exits 0 with rejections, and 1 with --strict, after printing them", () => {
    const content = makeContentDir({
      "articles/ok.md": "---\ntitle: Shooting in Tulsa\npublished: 2024-03-04\n---\nA man was shot dead in Tulsa, Oklahoma, on Monday.\n",
      "articles/bad.md": "---\ntitle: Bad date\npublished: 2024-13-01\n---\nText.\n",
    });
    const lenient = runBuild(["--content", content, "--output", freshOutput()]);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(/^rejected: articles\/bad\.md: published date "2024-13-01" is not a real date/m);
    // The summary is the build's last line.
    expect(lenient.stdout.trimEnd().split("\n").at(-1)).toMatch(/^digest: 2 articles read, 1 rejected, \d+ incidents, \d+ pages, [\d.]+ s$/);
    const strict = runBuild(["--content", content, "--output", freshOutput(), "--strict"]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/--strict: 1 article\(s\) rejected/);
  });

  it("produces identical pages and export from two builds of the same content", () => {
    const first = freshOutput();
    const second = freshOutput();
    expect(runBuild(["--content", seedContent(), "--output", first]).status).toBe(0);
    expect(runBuild(["--content", seedContent(), "--output", second], { DIGEST_NOW: "2027-06-01T00:00:00Z" }).status).toBe(0);
    const a = snapshot(first);
    expect(Object.keys(a).length).toBeGreaterThan(8);
    expect(snapshot(second)).toEqual(a);
  });

  it("publishes a digest without incidents with an empty search index", () => {
    // Pagefind indexes every page when none is marked as an incident page; an empty digest must
    // not index its home and about pages (and must still publish).
    const output = freshOutput();
    const run = runBuild(["--content", makeContentDir({}), "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/0 incidents/);
    const entry = JSON.parse(readFileSync(join(output, "pagefind", "pagefind-entry.json"), "utf8"));
    expect(entry.languages).toEqual({});
  });

  it("builds the pages, feed, sitemap, export and search index from the seeds", () => {
    const output = freshOutput();
    const run = runBuild(["--content", seedContent(), "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    for (const path of ["index.html", "search/index.html", "about/index.html", "404.html", "days/2024-06-07/index.html", "feed.xml", "sitemap.xml", "robots.txt", "data/incidents.json", "pagefind/pagefind.js"]) {
      expect(existsSync(join(output, path)), path).toBe(true);
    }
    const exported = readExport(output);
    for (const incident of exported.incidents) {
      expect(existsSync(join(output, incident.url, "index.html")), incident.url).toBe(true);
      if (incident.place) expect(existsSync(join(output, "places", incident.place.slug, "index.html"))).toBe(true);
    }
  });
});

describe("the seed digest", () => {
  it("has the Luhansk, Nikopol and Paraskoviivka incidents, each citing both seed articles", () => {
    const output = freshOutput();
    expect(runBuild(["--content", seedContent(), "--output", output]).status).toBe(0);
    const exported = readExport(output);
    const seeds = ["000_bc4ad77dd27bda79", "001_82f59fc56d909940"];
    for (const name of [/^(Luhansk|Lugansk)$/, /^Nikopol$/, /^Paraskoviivka$/]) {
      const matching = exported.incidents.filter((i: { place: { name: string } | null }) => i.place && name.test(i.place.name));
      expect(matching, String(name)).toHaveLength(1);
      expect([...matching[0].articles].sort()).toEqual(seeds);
    }
    expect(exported.articles.map((a: { id: string }) => a.id)).toEqual(seeds);
    expect(exported.rejected).toEqual([]);
  });
});
