// decisions.yml is obeyed: merges (by article and by incident id), splits, hides and fact
// overrides; pages say an editor decided; bad entries are rejected with file, line and reason.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDigest } from "../../src/pipeline.js";
import { writeLock } from "../../src/lock/index.js";
import { parseDecisions } from "../../src/decisions/read.js";
import type { Digest } from "../../src/model.js";
import { makeContentDir } from "../support/content.js";

const now = DateTime.fromISO("2026-01-01T00:00:00Z");
// Invented local-news items: two outlets on one killing in Tulsa, a drive-by in Muskogee two days
// later, and a shooting in a neighbouring town the next day.
const articles = [
  { id: "a1", published: "2024-03-02", source: "news-one.example", title: "Man killed in Tulsa apartment shooting", text: "A 34-year-old man was shot and killed Friday night at the Fairview Apartments on East 21st Street in Tulsa, police said. Officers found Marcus Delaney dead inside a unit. No arrests have been made." },
  { id: "a2", published: "2024-03-02", source: "news-two.example", title: "Police identify man shot dead at Tulsa apartments", text: "Tulsa police identified the man shot dead Friday at the Fairview Apartments as Marcus Delaney, 34. Detectives are looking for a suspect seen leaving the complex on East 21st Street." },
  { id: "a3", published: "2024-03-04", source: "news-three.example", title: "Teen wounded in Muskogee drive-by", text: "A 16-year-old boy was wounded in a drive-by shooting Sunday evening near Okmulgee Avenue in Muskogee. He is expected to survive, police said." },
  { id: "a4", published: "2024-03-03", source: "news-one.example", title: "Woman injured in Broken Arrow shooting", text: "A woman was shot and injured Saturday outside a grocery store in Broken Arrow, police said. Her injuries are not life-threatening." },
];
const jsonl = articles.map((a) => JSON.stringify({ ...a, url: `https://${a.source}/${a.id}` })).join("\n");

async function build(decisions: string | null, lockFrom?: Digest): Promise<{ digest: Digest; content: string }> {
  const content = makeContentDir({ "articles/news.jsonl": jsonl, ...(decisions === null ? {} : { "decisions.yml": decisions }) });
  if (lockFrom) writeLock(join(content, "incidents.lock.json"), lockFrom.lock);
  return { digest: await buildDigest({ contentDir: content, now }), content };
}
const incidentOf = (digest: Digest, article: string) => digest.incidents.find((i) => i.id === digest.articles.find((a) => a.id === article)!.incidents[0]);

describe("decisions.yml", () => {
  let plain: Digest;
  beforeAll(async () => {
    plain = (await build(null)).digest;
  });

  it("without decisions, the two reports of the killing are one incident and the others apart", () => {
    expect(incidentOf(plain, "a1")!.articles.sort()).toEqual(["a1", "a2"]);
    expect(incidentOf(plain, "a3")!.articles).toEqual(["a3"]);
    expect(incidentOf(plain, "a4")!.articles).toEqual(["a4"]);
    expect(plain.rejected).toEqual([]);
    for (const i of plain.incidents) expect(i.editorNotes).toEqual([]);
  });

  it("the bundled decisions.yml holds comments only and decides nothing", () => {
    const bundled = parseDecisions(readFileSync(join(import.meta.dirname, "..", "..", "content", "decisions.yml"), "utf8"));
    expect(bundled.rejected).toEqual([]);
    expect(bundled.decisions).toEqual({ same: [], different: [], hide: [], set: [] });
  });

  it("same: articles merges their incidents and the page says an editor decided", async () => {
    const { digest } = await build("same:\n  - articles: [a1, a3]\n    note: The boy was hit by a stray bullet from the same gunfight.\n");
    const merged = incidentOf(digest, "a3")!;
    expect(merged.articles.sort()).toEqual(["a1", "a2", "a3"]);
    expect(merged.reasons.find((r) => r.report === "a3/0")!.editor).toBe(true);
    expect(merged.editorNotes.join(" ")).toMatch(/An editor decided .*stray bullet/);
  });

  it("different: splits an incident the build made", async () => {
    const { digest } = await build("different:\n  - [a1, a2]\n");
    expect(incidentOf(digest, "a1")!.id).not.toBe(incidentOf(digest, "a2")!.id);
    expect(incidentOf(digest, "a1")!.editorNotes.join(" ")).toMatch(/different incident/);
    expect(digest.rejected).toEqual([]);
  });

  it("hide: leaves an article out of every incident, but still lists it", async () => {
    const { digest } = await build("hide:\n  - article: a4\n    note: Wrong town.\n");
    expect(digest.articles.find((a) => a.id === "a4")!.incidents).toEqual([]);
    expect(digest.incidents.some((i) => i.articles.includes("a4"))).toBe(false);
    expect(digest.rejected).toEqual([]);
  });

  it("set: overrides type, date, place and figures, keeping the sources' claims", async () => {
    const { digest } = await build("set:\n  - article: a1\n    type: shooting\n    date: 2024-03-01\n    place: Broken Arrow, Oklahoma\n    killed: 2\n    injured: 1\n    note: Medical examiner's count.\n");
    const incident = incidentOf(digest, "a1")!;
    expect(incident.date).toBe("2024-03-01");
    expect(incident.type).toBe("shooting");
    expect(incident.place?.name).toBe("Broken Arrow");
    expect([incident.killed?.low, incident.killed?.best, incident.killed?.high]).toEqual([2, 2, 2]);
    expect(incident.killed?.rule).toMatch(/editor/);
    expect(incident.injured?.best).toBe(1);
    expect(incident.editorNotes.join(" ")).toMatch(/An editor set the .*killed 2.*Medical examiner/);
  });

  it("incidents are named by the ids of the lock, and keep their URL after a set", async () => {
    const first = (await build(null)).digest;
    const killing = incidentOf(first, "a1")!.id;
    const driveBy = incidentOf(first, "a3")!.id;
    const { digest } = await build(`same:\n  - incidents: [${killing}, ${driveBy}]\nset:\n  - incident: ${killing}\n    killed: 5\n`, first);
    const merged = digest.incidents.find((i) => i.id === killing)!;
    expect(merged.articles.sort()).toEqual(["a1", "a2", "a3"]);
    expect(merged.killed?.best).toBe(5);
    expect(digest.redirects).toEqual([{ from: `/incidents/${driveBy}/`, to: `/incidents/${killing}/` }]);
  });

  it("rejects bad entries with file, line and reason, and applies the good ones", async () => {
    const yaml = [
      "same:",
      "  - [a1, nope]", // 2: unknown article
      "  - [a1]", // 3: one article only
      "  - [a1, a3]", // 4: fine
      "different:",
      "  - [a1, a3]", // 6: contradicts line 4
      "hide:",
      "  - missing-article", // 8
      "set:",
      "  - article: a3", // 10: bad date
      "    date: 2024-02-30",
      "  - incident: ../../etc", // 12: not an id
      "    killed: 1",
      "  - article: a2", // 14: negative figure
      "    killed: -1",
      "  - article: a2", // 16: unknown type
      "    type: riot",
      "  - incident: 2020-01-01-nowhere", // 18: unknown incident
      "    killed: 1",
      "  - article: a2", // 20: unknown place
      "    place: Qwxzzyville",
      "weather: sunny", // 22: unknown section
    ].join("\n");
    const { digest } = await build(yaml);
    const byLine = new Map(digest.rejected.map((r) => [r.line, r]));
    for (const r of digest.rejected) expect(r.file).toBe("decisions.yml");
    expect(byLine.get(2)?.reason).toMatch(/no article "nope"/);
    expect(byLine.get(3)?.reason).toMatch(/at least two/);
    expect(byLine.get(6)?.reason).toMatch(/contradicts/);
    expect(byLine.get(8)?.reason).toMatch(/no article "missing-article"/);
    expect(byLine.get(10)?.reason).toMatch(/2024-02-30.*not a calendar date/);
    expect(byLine.get(12)?.reason).toMatch(/not an incident id/);
    expect(byLine.get(14)?.reason).toMatch(/killed must be a whole number/);
    expect(byLine.get(16)?.reason).toMatch(/type "riot"/);
    expect(byLine.get(18)?.reason).toMatch(/no incident "2020-01-01-nowhere"/);
    expect(byLine.get(20)?.reason).toMatch(/Qwxzzyville.*places\.yml/);
    expect(byLine.get(22)?.reason).toMatch(/unknown section "weather"/);
    expect(digest.rejected).toHaveLength(11);
    // The good entry on line 4 still applies.
    expect(incidentOf(digest, "a3")!.articles.sort()).toEqual(["a1", "a2", "a3"]);
  });

  it("reports YAML syntax errors with their line", () => {
    const { rejected } = parseDecisions("same:\n  - [a1, a2\nhide: [a3]\n");
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected[0]!.reason).toMatch(/not valid YAML/);
    expect(rejected[0]!.line).toBeGreaterThan(0);
  });
});
