// Reports of viina-dev read by the real pipeline: each row is an article id and what its text
// states (place, event date, type, figures), checked by reading it. The text is read from
// ../shared at test time (never copied here); the rows skip visibly when the corpus is absent.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import type { IncidentReport } from "../../src/model.js";
import { readReports } from "../../src/pipeline.js";
import { corpusDir } from "../support/content.js";

interface Row {
  id: string;
  place: string;
  precision?: "city" | "region";
  date: string;
  type: string;
  killed?: number;
  injured?: number;
  missing?: number;
}

const ROWS: Row[] = [
  { id: "viina-6fb11234ea3e09", place: "Lutsk", date: "2022-03-11", type: "strike", killed: 4 },
  { id: "viina-7bdecdbd33216e", place: "Lutsk", date: "2022-03-11", type: "airstrike", killed: 2, injured: 6 },
  { id: "viina-9638666d93ff90", place: "Lutsk", date: "2022-03-11", type: "missile strike", killed: 4, injured: 6 },
  { id: "viina-90f8e92dc42670", place: "Kropyvnytskyi", date: "2022-03-13", type: "missile strike", killed: 7 },
  // "Вчора" in an article of 26 April: the 25th.
  { id: "viina-94f89051f301a8", place: "Kremenchuk", date: "2022-04-25", type: "missile strike", killed: 1, injured: 7 },
  { id: "viina-2b745241d892fa", place: "Dnipropetrovsk", precision: "region", date: "2022-06-23", type: "shelling", killed: 3 },
  { id: "viina-0dfe65ac1e297e", place: "Odesa", precision: "region", date: "2023-07-24", type: "drone strike", injured: 7 },
  { id: "viina-7ae694683d908c", place: "", date: "2025-07-31", type: "missile strike", killed: 3 },
  { id: "viina-5b3f50f3201928", place: "Borodianka", date: "2022-02-28", type: "explosion" },
  { id: "viina-de1f0fdf175686", place: "Berdiansk", date: "2022-06-30", type: "missile strike" },
  { id: "viina-f7d0b8efbc9f08", place: "Usatove", date: "2022-12-14", type: "strike" },
  { id: "viina-f6cf1c1ce2d5c6", place: "Kharkiv", precision: "region", date: "2023-11-01", type: "strike" },
  { id: "viina-3f62e4a20651ab", place: "Zaporizhzhia", precision: "region", date: "2024-05-31", type: "strike", injured: 2 },
  // A town's adjective (a refinery "of Kremenchuk") names the town.
  { id: "viina-b6fecd8f44b66b", place: "Kremenchuk", date: "2023-02-16", type: "missile strike" },
  // A percentage (a burn's extent) is no count; the toll is the revised one.
  { id: "viina-a87e6d8e623ad0", place: "Ivano-Frankivsk", precision: "region", date: "2022-09-30", type: "explosion", injured: 9 },
];
// Known gap: "16+" (an age rating after a headline) is read as a count of the missing.
const KNOWN_GAPS: Row[] = [{ id: "viina-0ca4865c7649cc", place: "Odesa", date: "2022-04-03", type: "missile strike", missing: 0 }];

const articles = join(corpusDir, "viina-dev", "articles.jsonl");
if (!existsSync(articles)) console.warn(`skipping viina-dev rows: ${articles} not found`);

describe.skipIf(!existsSync(articles))("viina-dev reports", () => {
  const primary = new Map<string, IncidentReport>();
  beforeAll(async () => {
    const wanted = new Set([...ROWS, ...KNOWN_GAPS].map((r) => r.id));
    const lines = readFileSync(articles, "utf8").split("\n").filter((line) => line && wanted.has((JSON.parse(line) as { id: string }).id));
    const content = mkdtempSync(join(tmpdir(), "digest-viina-rows-"));
    mkdirSync(join(content, "articles"));
    writeFileSync(join(content, "articles", "rows.jsonl"), lines.join("\n"));
    const { reports } = await readReports({ contentDir: content, now: DateTime.fromISO("2026-12-01T00:00:00Z", { zone: "utc" }) });
    for (const report of reports) if (report.id.endsWith("/0")) primary.set(report.articleId, report);
  });

  const check = (row: Row) => {
    const report = primary.get(row.id);
    expect(report, `${row.id} gives no report`).toBeDefined();
    if (row.place) expect(report!.place?.place).toMatchObject({ name: row.place, precision: row.precision ?? "city" });
    expect(report!.date.date).toBe(row.date);
    expect(report!.type).toBe(row.type);
    const figure = (kind: string) => Math.max(...report!.claims.filter((c) => c.kind === kind).map((c) => c.value));
    if (row.killed !== undefined) expect(figure("killed")).toBe(row.killed);
    if (row.injured !== undefined) expect(figure("injured")).toBe(row.injured);
    if (row.missing !== undefined) expect(Math.max(0, figure("missing"))).toBe(row.missing);
  };
  it.each(ROWS)("$id: $place, $date, $type", check);
  it.fails.each(KNOWN_GAPS)("$id: $place (known gap)", check);
});
