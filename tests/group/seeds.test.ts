// The example the product must get right: two agencies' round-ups of 7 June 2024 describe three
// incidents (Luhansk strike, Nikopol shelling, Paraskoviivka claim), each reported by both; Putin's
// "47 settlements since the start of the year" is a statement, not an incident.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { PAIR_MODELS } from "../../src/group/pair-model.js";
import { buildDigest } from "../../src/pipeline.js";
import { makeContentDir, seedsDir } from "../support/content.js";

const seedFiles = Object.fromEntries(
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [join("articles", f), readFileSync(join(seedsDir, f), "utf8")]),
);
const digest = await buildDigest({ contentDir: makeContentDir(seedFiles), now: DateTime.fromISO("2026-01-01T00:00:00Z") });

describe("seed round-ups", () => {
  it("give exactly three incidents, each citing both articles", () => {
    expect(Object.keys(seedFiles)).toHaveLength(2);
    expect(digest.incidents).toHaveLength(3);
    for (const incident of digest.incidents) expect(incident.articles.sort()).toEqual(digest.sourceArticles.map((a) => a.id).sort());
  });

  it("tell the Luhansk strike, the Nikopol shelling and the Paraskoviivka claim apart", () => {
    const byType = new Map(digest.incidents.map((i) => [i.type, i]));
    expect(byType.get("missile strike")?.place?.name).toBe("Luhansk");
    expect(byType.get("shelling")?.place?.name).toBe("Nikopol");
    const claim = byType.get("territorial claim");
    expect(claim).toBeDefined();
    expect(claim!.summary).toMatch(/Paraskoviivka/);
    expect(claim!.killed).toBeNull();
  });

  it("keep Putin's tally of settlements out of every incident", () => {
    for (const incident of digest.incidents) {
      expect(incident.summary).not.toMatch(/47/);
      for (const reason of incident.reasons) expect(reason.note).not.toMatch(/47/);
    }
    const claim = digest.incidents.find((i) => i.type === "territorial claim")!;
    // The report's passages are the claim and its context, not the tally that follows them.
    expect(claim.summary).not.toMatch(/since the (start|beginning)/i);
  });

  it("record why the second article joined each incident", () => {
    for (const incident of digest.incidents) {
      expect(incident.reasons).toHaveLength(2);
      expect(incident.reasons[0]!.linkedTo).toBeNull();
      const link = incident.reasons[1]!;
      expect(link.linkedTo).not.toBeNull();
      // Joined on its own merit: a pair the model holds at least as likely as its merge threshold
      // (the seeds are war news).
      expect(link.score).toBeGreaterThanOrEqual(PAIR_MODELS["war news"].threshold);
      expect(link.daysApart).toBe(0);
      expect(link.distanceKm).toBe(0);
      expect(link.note).toContain(`same place (${incident.place!.name})`);
      expect(link.sharedTerms.length).toBeGreaterThan(0);
    }
  });

  it("give every article its primary incident first: the Luhansk strike leads both", () => {
    for (const entry of digest.articles) {
      expect(entry.incidents).toHaveLength(3);
      expect(digest.incidents.find((i) => i.id === entry.incidents[0])!.type).toBe("missile strike");
    }
  });
});

describe("seed near misses", () => {
  it("do not offer the Luhansk strike and the Nikopol shelling, 380 km apart, as possibly the same", () => {
    const luhansk = digest.incidents.find((i) => i.type === "missile strike")!;
    const nikopol = digest.incidents.find((i) => i.type === "shelling")!;
    expect(luhansk.related.map((r) => r.id)).not.toContain(nikopol.id);
    expect(nikopol.related.map((r) => r.id)).not.toContain(luhansk.id);
  });
});
