// What the build prints: rejected and ignored inputs (each with file, line and reason) and one
// summary line.
import type { Digest } from "../model.js";

export function printInputProblems(digest: Digest, print: (line: string) => void = console.log): void {
  for (const r of digest.rejected) print(`rejected: ${r.file}${r.line ? `:${r.line}` : ""}: ${r.reason}`);
  for (const file of digest.ignoredFiles) print(`ignored (not .md, .txt or .jsonl): ${file}`);
}

export function summaryLine(digest: Digest, pages: number, seconds: number): string {
  const read = digest.sourceArticles.length + digest.rejected.filter((r) => r.file.startsWith("articles/")).length;
  return `digest: ${read} articles read, ${digest.rejected.length} rejected, ${digest.incidents.length} incidents, ${pages} pages, ${seconds.toFixed(1)} s`;
}
