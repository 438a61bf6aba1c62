// Stage 1, ingest: every file under <content>/articles/ becomes an Article or a Rejection.
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { DateTime } from "luxon";
import type { Article, IngestResult, Rejection } from "../model.js";
import { splitParagraphs, splitSentences } from "../text/sentences.js";
import { checkPublished } from "./dates.js";
import { MAX_ARTICLE_BYTES, parseJsonLines, parseMarkdownFile, parseWireText, type ParsedFile, type RawRecord } from "./formats.js";
import { sanitiseId } from "./ids.js";
import { cleanText, withoutCredentials } from "../text/hygiene.js";
import { articleLanguage } from "./language.js";
import { listFiles } from "./walk.js";

const PARSERS: Record<string, (file: string, underArticles: string, content: string) => ParsedFile> = {
  md: parseMarkdownFile,
  txt: parseWireText,
  jsonl: parseJsonLines,
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function ingestArticles(contentDir: string, now: DateTime): IngestResult {
  const articlesDir = join(contentDir, "articles");
  const result: IngestResult = { articles: [], rejected: [], ignored: [] };
  if (!existsSync(articlesDir)) return result;
  const seenIds = new Map<string, string>();
  const walk = listFiles(articlesDir, realpathSync(contentDir));
  for (const problem of walk.rejected) result.rejected.push({ file: `articles/${problem.path}`, line: null, reason: problem.reason });
  for (const { path: underArticles, realPath } of walk.files) {
    const file = `articles/${underArticles}`;
    const extension = /\.([^./]+)$/.exec(underArticles)?.[1]?.toLowerCase() ?? "";
    const parse = PARSERS[extension];
    if (!parse) {
      result.ignored.push(file);
      continue;
    }
    const content = readText(realPath, extension !== "jsonl");
    if (typeof content !== "string") {
      result.rejected.push({ file, line: null, reason: content.reason });
      continue;
    }
    const parsed = parse(file, underArticles, content);
    for (const error of parsed.errors) result.rejected.push({ file, ...error });
    for (const record of parsed.records) {
      const article = toArticle(record, now);
      if ("reason" in article) {
        result.rejected.push(article);
        continue;
      }
      const firstHolder = seenIds.get(article.id);
      if (firstHolder) {
        result.rejected.push({ file, line: record.line, reason: `duplicate id "${article.id}" (first used by ${firstHolder})` });
        continue;
      }
      seenIds.set(article.id, record.line ? `${file}:${record.line}` : file);
      result.articles.push(article);
    }
  }
  result.rejected.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return result;
}

/**
 * The file as UTF-8 text, or why it is not usable text. Opened without following a link and
 * without blocking, then checked again on the open file: a file swapped for a link or a pipe
 * after the walk looked at it is refused, never read.
 */
function readText(path: string, limitSize: boolean): string | { reason: string } {
  let bytes: Buffer;
  let fd: number | null = null;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { reason: "not a regular file; not read" };
    if (limitSize && stats.size > MAX_ARTICLE_BYTES) return { reason: overLimit(stats.size) };
    bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    bytes = bytes.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return { reason: code === "ELOOP" ? "the file was replaced by a link while the build ran; not read" : `cannot read the file (${code})` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { reason: `binary file (a NUL byte at offset ${nul}), not text` };
  try {
    return utf8.decode(bytes);
  } catch {
    return { reason: `not UTF-8 text (invalid byte sequence at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8` };
  }
}

/** Offset of the first byte that breaks UTF-8, for the rejection message (the decoder does not say). */
function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

function overLimit(size: number): string {
  return `file is ${(size / 1e6).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1e6} MB limit for one article`;
}

const OPTIONAL_TEXT_FIELDS = ["id", "title", "text", "source", "url", "lang"] as const;

function toArticle(record: RawRecord, now: DateTime): Article | Rejection {
  const reject = (reason: string): Rejection => ({ file: record.file, line: record.line, reason });
  const fields = record.fields;
  for (const name of OPTIONAL_TEXT_FIELDS) {
    const value = fields[name];
    const allowed = value === undefined || value === null || typeof value === "string" || (name === "id" && typeof value === "number");
    if (!allowed) return reject(`field "${name}" must be text, got ${Array.isArray(value) ? "a list" : typeof value}`);
  }
  const published = checkPublished(fields.published, now);
  if (!published.ok) return reject(published.reason);
  const text = stringField(fields.text);
  let title = stringField(fields.title).replace(/\s+/g, " ").trim();
  let titleDerived = false;
  if (!title && record.format === "txt") {
    title = titleFromText(text);
    titleDerived = true;
  }
  if (!title && !text) return reject("title and text are both empty");
  const language = articleLanguage(stringField(fields.lang) || null, title, text);
  if ("error" in language) return reject(language.error);
  const rawId = fields.id !== undefined && fields.id !== null && String(fields.id).trim() !== "" ? String(fields.id).trim() : record.defaultId;
  return {
    id: sanitiseId(rawId),
    file: record.file,
    line: record.line,
    format: record.format,
    title,
    titleDerived,
    text,
    source: stringField(fields.source).replace(/\s+/g, " ") || null,
    url: httpUrl(stringField(fields.url)),
    published: published.published,
    publishedDay: published.day,
    lang: language.lang,
    langFrom: language.from,
  };
}

/** A text field, cleaned at intake (src/text/hygiene.ts) so no later stage or page sees control characters. */
function stringField(value: unknown): string {
  return typeof value === "string" ? cleanText(value).trim() : "";
}

/**
 * Only absolute http(s) URLs become links; `javascript:`, `data:` and relative URLs are dropped,
 * and a user name and password in the URL are never published.
 */
export function httpUrl(value: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? withoutCredentials(url).href : null;
  } catch {
    return null;
  }
}

// Wire services put an editor's note first ("Updates with new death toll."); it is no headline.
const EDITOR_NOTE = /^(updates?|adds?|recasts?|corrects?|changes?|refiles?|rewrites?|writes through|removes?|inserts?)\b[^.]{0,100}\.?$/i;
const TITLE_LENGTH = 110;

/** A headline for untitled wire text: its first sentence, shortened at a word boundary. */
export function titleFromText(text: string): string {
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph));
  const first = sentences.find((sentence) => !EDITOR_NOTE.test(sentence)) ?? sentences[0] ?? "";
  if (first.length <= TITLE_LENGTH) return first.replace(/[.。]$/, "");
  const cut = first.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[,;:\s]+$/, "")}…`;
}
