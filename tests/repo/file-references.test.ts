// Every file a comment or a document names exists in the repository, so a newcomer who follows a
// reference ("see group/explain.ts", "docs/stack.md") lands somewhere. The comments are read with
// the TypeScript parser (a regular expression would take "https://" or a regex for a comment).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SCANNED = ["src", "_includes", "content/pages", "scripts", "bench", "tests", "types", ".eleventy.js", "vitest.config.ts", "README.md", "docs"];
const SKIPPED_DIRS = new Set(["node_modules", "fixtures", "golden", "screenshots", "fake-pagefind", "data"]);

/** A file name with a source or document extension, with or without folders before it. */
const FILE_NAME = /(?<![\w./-])((?:\.{1,2}\/|[\w-]+\/)*[\w.-]*[\w-]\.(?:ts|mjs|js|md|njk|css))(?![\w-])/g;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => (SKIPPED_DIRS.has(name) ? [] : filesUnder(join(path, name))));
}

const repoFiles = filesUnder(".").filter((f) => !f.startsWith(".git/"));
const scanned = SCANNED.flatMap(filesUnder).filter((f) => /\.(?:ts|mjs|js|njk|css|md)$/.test(f));

/** The comments of a script, or the whole text of a document; each with its first line number. */
function commentsOf(file: string, text: string): { line: number; text: string }[] {
  const lineOf = (at: number) => text.slice(0, at).split("\n").length;
  if (file.endsWith(".md")) {
    // A document's file names are the ones it sets as code (`src/pipeline.ts`).
    return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => ({ line: lineOf(m.index), text: m[1]! }));
  }
  if (file.endsWith(".njk")) return [...text.matchAll(/\{#([\s\S]*?)#\}/g)].map((m) => ({ line: lineOf(m.index), text: m[1]! }));
  if (file.endsWith(".css")) return [...text.matchAll(/\/\*([\s\S]*?)\*\//g)].map((m) => ({ line: lineOf(m.index), text: m[1]! }));
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const seen = new Map<number, { line: number; text: string }>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) seen.set(r.pos, { line: lineOf(r.pos), text: text.slice(r.pos, r.end) });
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  return [...seen.values()];
}

/** Does a named file exist: beside the citing file, from the root, under src/, or as a path's tail? */
function resolves(name: string, citer: string): boolean {
  // Sources import their TypeScript siblings as ".js".
  const candidates = [name, name.replace(/\.js$/, ".ts")];
  return candidates.some((c) => {
        if (/^\.\.?\//.test(c)) return existsSync(resolve(ROOT, dirname(citer), c));
    if (existsSync(join(ROOT, c)) || existsSync(join(ROOT, "src", c))) return true;
    return repoFiles.some((f) => f === c || f.endsWith(`/${c}`) || (!c.includes("/") && basename(f) === c));
  });
}

/** Files outside the repository (the evaluation data beside a development checkout) that comments may name. */
const OUTSIDE = /^\.\.\/shared\/(?:corpus|seeds|gazetteer|eval)\//;

/** Names that are not files of the current tree: examples of a kind of file, and files of reverted experiments the README names with their commits. */
const NOT_OURS = new Set(["articles/wire/a.md", "./x.ts", "src/eval/detection-fit.ts"]);

describe("file references in comments and documents", () => {
  it("name files that exist in the repository", () => {
    const missing: string[] = [];
    for (const file of scanned) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const comment of commentsOf(file, text)) {
        for (const m of comment.text.matchAll(FILE_NAME)) {
          const name = m[1]!;
          if (OUTSIDE.test(name) || NOT_OURS.has(name) || /^(?:https?:|www\.)/.test(name)) continue;
          if (!resolves(name, file)) missing.push(`${relative(ROOT, join(ROOT, file))}:${comment.line}: ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("finds a missing file when a comment names one", () => {
    const comments = commentsOf("src/example.ts", "// see places/nowhere.ts and docs/design.md\nconst url = \"https://example.org/a.ts\";\n");
    const names = comments.flatMap((c) => [...c.text.matchAll(FILE_NAME)].map((m) => m[1]!));
    expect(names).toEqual(["places/nowhere.ts", "docs/design.md"]);
    expect(names.filter((n) => !resolves(n, "src/example.ts"))).toEqual(["places/nowhere.ts"]);
  });
});
