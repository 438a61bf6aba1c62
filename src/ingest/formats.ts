// Reading the three article formats into raw records. Validation of the fields (dates, ids,
// emptiness) happens in one place, ingest/index.ts, whatever the format.
import MarkdownIt from "markdown-it";
import { parse as parseYaml } from "yaml";
import { describeJsonError, describeYamlError } from "../text/parse-errors.js";

/** The fields an article file gives, before validation. */
export interface RawRecord {
  file: string;
  line: number | null;
  format: "md" | "txt" | "jsonl";
  fields: Record<string, unknown>;
  /** The id to use when the record gives none. */
  defaultId: string;
}

export type ParsedFile = { records: RawRecord[]; errors: { line: number | null; reason: string }[] };

/** A single article (or JSON line) larger than this is rejected rather than fed to the extractors. */
export const MAX_ARTICLE_BYTES = 1_000_000;

const markdown = new MarkdownIt({ html: false });

/** Markdown body to plain text: paragraphs on their own lines, markup dropped, HTML left as text. */
export function markdownToText(body: string): string {
  const lines: string[] = [];
  for (const token of markdown.parse(body, {})) {
    if (token.type === "inline") {
      const text = (token.children ?? [])
        .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content))
        .join("");
      if (text.trim()) lines.push(text.trim());
    } else if ((token.type === "fence" || token.type === "code_block") && token.content.trim()) {
      lines.push(token.content.trim());
    }
  }
  return lines.join("\n\n");
}

function withoutExtension(path: string): string {
  return path.replace(/\.[^./]+$/, "");
}

/** `.md`: YAML front matter (parsed by `yaml`, whose core schema keeps dates as strings) + Markdown. */
export function parseMarkdownFile(file: string, pathUnderArticles: string, content: string): ParsedFile {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(content);
  if (!match) return { records: [], errors: [{ line: null, reason: "Markdown article has no YAML front matter (--- at the top)" }] };
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { schema: "core", uniqueKeys: true, maxAliasCount: 50 });
  } catch (error) {
    // The front matter starts on the file's second line.
    return { records: [], errors: [{ line: null, reason: `front matter is ${describeYamlError(error, 1)}` }] };
  }
  if (!isPlainObject(data)) return { records: [], errors: [{ line: null, reason: "front matter is not a mapping of fields (title:, published:, ...)" }] };
  const body = content.slice(match[0].length);
  return {
    records: [{ file, line: null, format: "md", fields: { ...data, text: markdownToText(body) }, defaultId: withoutExtension(pathUnderArticles) }],
    errors: [],
  };
}

/** `.txt`: wire text whose first line is `date YYYY-MM-DD`, the text following on the same line or the next. */
export function parseWireText(file: string, pathUnderArticles: string, content: string): ParsedFile {
  const match = /^\uFEFF?\s*date[ \t]+(\S+)[ \t]*(.*)$/m.exec(content);
  const firstContentLine = content.replace(/^\uFEFF/, "").split(/\r?\n/).find((line) => line.trim() !== "");
  if (!match || firstContentLine === undefined || !/^\s*date[ \t]/.test(firstContentLine)) {
    return { records: [], errors: [{ line: 1, reason: 'wire text must start with a line "date YYYY-MM-DD"' }] };
  }
  const text = (match[2] ?? "") + content.slice(match.index + match[0].length);
  return {
    records: [{ file, line: null, format: "txt", fields: { published: match[1], text: text.trim() }, defaultId: withoutExtension(pathUnderArticles) }],
    errors: [],
  };
}

/** `.jsonl`: one JSON object per line; blank lines skipped; each bad line rejected on its own. */
export function parseJsonLines(file: string, pathUnderArticles: string, content: string): ParsedFile {
  const records: RawRecord[] = [];
  const errors: ParsedFile["errors"] = [];
  const lines = content.split("\n");
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    const text = rawLine.replace(/\r$/, "").replace(/^\uFEFF/, "");
    if (!text.trim()) return;
    if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES) {
      errors.push({ line, reason: `line is ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1e6} MB limit for one article` });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      errors.push({ line, reason: describeJsonError(text, error) });
      return;
    }
    if (!isPlainObject(value)) {
      errors.push({ line, reason: `a JSON line must be an object, got ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}` });
      return;
    }
    records.push({ file, line, format: "jsonl", fields: value, defaultId: `${pathUnderArticles}#${line}` });
  });
  return { records, errors };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
