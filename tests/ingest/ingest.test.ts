import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingestArticles, titleFromText } from "../../src/ingest/index.js";
import { sanitiseId } from "../../src/ingest/ids.js";
import { makeContentDir, seedsDir } from "../support/content.js";

const NOW = DateTime.fromISO("2026-01-01T12:00:00Z", { zone: "utc" });
const md = (front: string, body = "Body text.") => `---\n${front}\n---\n${body}\n`;
const ingest = (files: Record<string, string | Buffer>) => ingestArticles(makeContentDir(files), NOW);
const reasons = (files: Record<string, string | Buffer>) => ingest(files).rejected.map((r) => `${r.file}${r.line ? `:${r.line}` : ""} ${r.reason}`);

describe("ingest: the three formats", () => {
  it("reads Markdown with YAML front matter", () => {
    const { articles, rejected } = ingest({
      "articles/a.md": md("title: Strike on Kharkiv\nsource: Example News\npublished: 2024-06-07\nurl: https://example.org/a\nlang: en", "First paragraph.\n\nSecond *paragraph*."),
    });
    expect(rejected).toEqual([]);
    expect(articles).toEqual([
      expect.objectContaining({ id: "a", file: "articles/a.md", line: null, format: "md", title: "Strike on Kharkiv", source: "Example News", published: "2024-06-07", publishedDay: "2024-06-07", url: "https://example.org/a", lang: "en", text: "First paragraph.\n\nSecond paragraph." }),
    ]);
  });

  it("reads the seed wire texts: date line, derived title, no outlet, no link", () => {
    const { articles, rejected } = ingestArticles(join(seedsDir, ".."), NOW);
    expect(rejected).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(["000_bc4ad77dd27bda79", "001_82f59fc56d909940"]);
    for (const article of articles) {
      expect(article).toMatchObject({ format: "txt", source: null, url: null, published: "2024-06-07", titleDerived: true });
    }
    expect(articles[0]!.text.startsWith("A Ukrainian missile strike Friday")).toBe(true);
    // The wire editor's note "Updates with new death toll." is not a headline.
    expect(articles[1]!.title.startsWith("A missile attack on the Russian-controlled city of Luhansk")).toBe(true);
  });

  it("reads JSON Lines, skipping blank lines, with <path>#<line> ids when none is given", () => {
    const line = (o: object) => JSON.stringify(o);
    const { articles, rejected } = ingest({
      "articles/feed/items.jsonl": [line({ id: "x1", title: "T", text: "Text", published: "2024-01-02", source: "s.com", url: "https://s.com/1" }), "", line({ title: "Only a headline", published: "2024-01-03" })].join("\n"),
    });
    expect(rejected).toEqual([]);
    expect(articles.map((a) => [a.id, a.line])).toEqual([["x1", 1], ["feed-items.jsonl#3", 3]]);
  });

  it("accepts a title-only and a text-only article", () => {
    const { articles } = ingest({
      "articles/items.jsonl": [JSON.stringify({ id: "t", title: "Headline only", published: "2024-01-01" }), JSON.stringify({ id: "x", text: "Lead only.", published: "2024-01-01" })].join("\n"),
    });
    expect(articles.map((a) => a.id)).toEqual(["t", "x"]);
  });

  it("walks folders recursively in sorted path order, follows links, lists other files as ignored", () => {
    const dir = makeContentDir({
      "articles/b/2.md": md("title: B2\npublished: 2024-01-01"),
      "articles/a.md": md("title: A\npublished: 2024-01-01"),
      "articles/b/1.txt": "date 2024-01-01\nWire text.",
      "articles/notes.docx": "ignored",
      "elsewhere/c.md": md("title: C\npublished: 2024-01-01"),
    });
    symlinkSync(join(dir, "elsewhere"), join(dir, "articles", "linked"));
    const { articles, ignored } = ingestArticles(dir, NOW);
    expect(articles.map((a) => a.file)).toEqual(["articles/a.md", "articles/b/1.txt", "articles/b/2.md", "articles/linked/c.md"]);
    expect(articles.map((a) => a.id)).toEqual(["a", "b-1", "b-2", "linked-c"]);
    expect(ignored).toEqual(["articles/notes.docx"]);
  });
});

describe("ingest: every rejection says file, line and reason", () => {
  it("rejects broken front matter, a .md without front matter, and front matter that is not a mapping", () => {
    expect(reasons({
      "articles/broken.md": md("title: [unclosed\npublished: 2024-01-01"),
      "articles/none.md": "Just text, no front matter.",
      "articles/list.md": md("- a\n- b"),
    })).toEqual([
      expect.stringMatching(/^articles\/broken\.md front matter is not valid YAML/),
      expect.stringMatching(/^articles\/list\.md front matter is not a mapping/),
      expect.stringMatching(/^articles\/none\.md Markdown article has no YAML front matter/),
    ]);
  });

  it("rejects missing, impossible and future dates, parsing strictly (2024-02-30 is not 1 March)", () => {
    expect(reasons({
      "articles/a.md": md("title: No date"),
      "articles/b.md": md("title: Impossible\npublished: 2024-02-30"),
      "articles/c.md": md("title: Future\npublished: 2026-01-02"),
      "articles/d.md": md("title: Not a date\npublished: yesterday"),
      "articles/e.md": md("title: Future instant\npublished: 2026-01-01T13:00:00Z"),
      "articles/f.md": md("title: Leap day\npublished: 2024-02-29"),
    })).toEqual([
      "articles/a.md published date is missing",
      expect.stringMatching(/^articles\/b\.md published date "2024-02-30" is not a real date/),
      expect.stringMatching(/^articles\/c\.md published date 2026-01-02 is in the future/),
      // Free text from the input is never repeated in a reason (the export publishes reasons).
      "articles/d.md published date is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
      expect.stringMatching(/^articles\/e\.md published date 2026-01-01T13:00:00Z is in the future/),
    ]);
  });

  it("rejects JSON lines that do not parse or are not objects, each on its own line", () => {
    const { articles, rejected } = ingest({
      "articles/x.jsonl": ['{"id":"ok","title":"T","published":"2024-01-01"}', "{not json", "[1,2]", "null", '"text"'].join("\n"),
    });
    expect(articles.map((a) => a.id)).toEqual(["ok"]);
    expect(rejected.map((r) => [r.line, r.reason.split(":")[0]])).toEqual([
      [2, "not valid JSON (line 1, column 2)"],
      [3, "a JSON line must be an object, got an array"],
      [4, "a JSON line must be an object, got null"],
      [5, "a JSON line must be an object, got string"],
    ]);
  });

  it("rejects an article whose title and text are both empty", () => {
    expect(reasons({ "articles/e.jsonl": JSON.stringify({ id: "e", title: " ", text: "", published: "2024-01-01" }) })).toEqual([
      "articles/e.jsonl:1 title and text are both empty",
    ]);
  });

  it("rejects binary and non-UTF-8 files", () => {
    expect(reasons({
      "articles/latin1.md": Buffer.from(md("title: Caf\u00e9\npublished: 2024-01-01"), "latin1"),
      "articles/binary.txt": Buffer.from([0x64, 0x61, 0x74, 0x65, 0x00, 0x01, 0x02]),
    })).toEqual([
      expect.stringMatching(/^articles\/binary\.txt binary file/),
      expect.stringMatching(/^articles\/latin1\.md not UTF-8 text \(invalid byte sequence at offset 14\)/),
    ]);
  });

  it("keeps the first of two articles with the same id, in path and line order", () => {
    const { articles, rejected } = ingest({
      "articles/a.jsonl": [JSON.stringify({ id: "same", title: "First", published: "2024-01-01" }), JSON.stringify({ id: "same", title: "Second", published: "2024-01-01" })].join("\n"),
      "articles/b.md": md("id: same\ntitle: Third\npublished: 2024-01-01"),
    });
    expect(articles.map((a) => a.title)).toEqual(["First"]);
    expect(rejected.map((r) => `${r.file}:${r.line} ${r.reason}`)).toEqual([
      'articles/a.jsonl:2 duplicate id "same" (first used by articles/a.jsonl:1)',
      'articles/b.md:null duplicate id "same" (first used by articles/a.jsonl:1)',
    ]);
  });

  it("rejects a JSON line over the size limit without reading the rest of the file wrongly", () => {
    const huge = JSON.stringify({ id: "big", title: "Big", text: "x".repeat(4_000_000), published: "2024-01-01" });
    const { articles, rejected } = ingest({ "articles/big.jsonl": `${huge}\n${JSON.stringify({ id: "small", title: "Small", published: "2024-01-01" })}` });
    expect(articles.map((a) => a.id)).toEqual(["small"]);
    expect(rejected).toEqual([{ file: "articles/big.jsonl", line: 1, reason: "line is 4.0 MB, over the 1 MB limit for one article" }]);
  });

  it("rejects a wire text without its date line, and fields of the wrong type", () => {
    expect(reasons({
      "articles/nodate.txt": "Kyiv was shelled on Monday.",
      "articles/types.jsonl": JSON.stringify({ id: "t", title: ["a"], published: "2024-01-01" }),
    })).toEqual([
      'articles/nodate.txt:1 wire text must start with a line "date YYYY-MM-DD"',
      'articles/types.jsonl:1 field "title" must be text, got a list',
    ]);
  });
});

describe("ingest: untrusted fields", () => {
  it("keeps only http(s) links", () => {
    const urls = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "/relative", "ftp://x.org/a", "https://ok.example/a?b=1", "HTTP://OK.EXAMPLE/"];
    const { articles } = ingest({
      "articles/u.jsonl": urls.map((url, i) => JSON.stringify({ id: `u${i}`, title: "T", published: "2024-01-01", url })).join("\n"),
    });
    expect(articles.map((a) => a.url)).toEqual([null, null, null, null, "https://ok.example/a?b=1", "http://ok.example/"]);
  });

  it("sanitises ids so they can never form a path", () => {
    expect(sanitiseId("../../x")).toBe("x");
    expect(sanitiseId("a/../../b")).toBe("a-..-..-b");
    expect(sanitiseId("/etc/passwd")).toBe("etc-passwd");
    expect(sanitiseId("..")).toBe("article");
    expect(sanitiseId("gva-art-418288772a73a04cff88374f948880ae")).toBe("gva-art-418288772a73a04cff88374f948880ae");
    expect(sanitiseId("feed.jsonl#3")).toBe("feed.jsonl#3");
    expect(sanitiseId("<script>")).toBe("script");
    for (const raw of ["../../x", "a/../../b", "..\\..\\win", "%2e%2e/x"]) expect(sanitiseId(raw)).not.toMatch(/\/|\\|^\./);
  });

  it("derives a short headline from the first real sentence of wire text", () => {
    expect(titleFromText("Updates with new death toll.\nA missile attack on the city killed four people, officials said.")).toBe(
      "A missile attack on the city killed four people, officials said",
    );
    const long = titleFromText(`${"word ".repeat(60)}end.`);
    expect(long.length).toBeLessThanOrEqual(111);
    expect(long.endsWith("…")).toBe(true);
  });
});
