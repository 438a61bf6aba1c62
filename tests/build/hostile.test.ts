// A folder of hostile and broken articles builds: each broken input is rejected with its reason,
// nothing is written outside the output folder, and article text stays inert text.
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { PROJECT_ROOT, readExport, runBuild, type BuildRun } from "../support/build.js";

const fixture = join(PROJECT_ROOT, "tests/fixtures/hostile");

function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

export function htmlFiles(dir: string): string[] {
  return listTree(dir).filter((f) => f.endsWith(".html"));
}

describe("hostile and broken articles", () => {
  // Content and output sit side by side in a sandbox, so any write outside the output shows.
  const sandbox = mkdtempSync(join(tmpdir(), "digest-hostile-"));
  const content = join(sandbox, "content");
  const output = join(sandbox, "site");
  let run: BuildRun;
  let before: string[];
  let exported: { rejected: { file: string; line: number | null; reason: string }[]; articles: { id: string }[] };

  beforeAll(() => {
    cpSync(fixture, content, { recursive: true });
    // A 4 MB JSON line is generated here rather than committed.
    appendFileSync(join(content, "articles/data-url.jsonl"), `\n${JSON.stringify({ id: "huge", title: "Huge", text: "x".repeat(4_000_000), published: "2024-03-05" })}\n`);
    before = listTree(sandbox);
    run = runBuild(["--content", content, "--output", output]);
    exported = readExport(output);
  });

  it("builds and exits 0, printing each rejection with file, line and reason", () => {
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^rejected: articles\/latin1\.md: not UTF-8 text/m);
    expect(run.stdout).toMatch(/^rejected: articles\/data-url\.jsonl:3: a JSON line must be an object, got an array$/m);
    expect(run.stdout).toMatch(/^ignored \(not \.md, \.txt or \.jsonl\): articles\/notes\.docx$/m);
    expect(run.stdout).toMatch(/^digest: \d+ articles read, 11 rejected, \d+ incidents, \d+ pages, [\d.]+ s$/m);
  });

  it("lists every broken input under rejected with its reason", () => {
    const byWhere = Object.fromEntries(exported.rejected.map((r) => [`${r.file}${r.line ? `:${r.line}` : ""}`, r.reason]));
    expect(Object.keys(byWhere).sort()).toEqual([
      "articles/binary.txt",
      "articles/broken-front-matter.md",
      "articles/data-url.jsonl:3",
      "articles/data-url.jsonl:4",
      "articles/data-url.jsonl:5",
      "articles/data-url.jsonl:6",
      "articles/data-url.jsonl:7",
      "articles/data-url.jsonl:9",
      "articles/impossible-date.md",
      "articles/latin1.md",
      "articles/no-front-matter.md",
    ]);
    expect(byWhere["articles/data-url.jsonl:4"]).toMatch(/in the future/);
    expect(byWhere["articles/data-url.jsonl:5"]).toBe("title and text are both empty");
    expect(byWhere["articles/data-url.jsonl:6"]).toMatch(/duplicate id "data-url"/);
    expect(byWhere["articles/data-url.jsonl:7"]).toMatch(/not valid JSON/);
    expect(byWhere["articles/data-url.jsonl:9"]).toMatch(/over the 1 MB limit/);
    expect(byWhere["articles/binary.txt"]).toMatch(/binary file/);
    expect(byWhere["articles/impossible-date.md"]).toMatch(/not a real date/);
  });

  it("accounts for every accepted article, with sanitised ids", () => {
    expect(exported.articles.map((a) => a.id).sort()).toEqual(["data-url", "script-in-fields", "wire", "x"]);
  });

  it("writes nothing outside the output folder but the content folder's lock file", () => {
    const after = listTree(sandbox).filter((f) => !f.startsWith("site/") && f !== "content/incidents.lock.json");
    expect(after).toEqual(before);
  });

  it("never renders article text as a template and never writes a javascript: or data: link", () => {
    const pages = htmlFiles(output).map((f) => readFileSync(join(output, f), "utf8"));
    const all = pages.join("\n") + readFileSync(join(output, "feed.xml"), "utf8");
    expect(all).toContain("{{ 1111*3 }}");
    expect(all).not.toContain("3333");
    expect(all).not.toMatch(/href="\s*(javascript|data):/i);
    expect(all).not.toMatch(/<script>window\.__pwned/);
    expect(all).not.toMatch(/<img src=x onerror/);
  });
});
