// The home page's totals count each incident once: no tally, no duplicate, no redirect or
// withdrawn page adds to them (site/totals.ts), on hand-made incidents and through a real build.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Figure, Incident, Place } from "../../src/model.js";
import { buildDigest } from "../../src/pipeline.js";
import { readSiteConfig } from "../../src/site/config.js";
import { countIncidents, TOTALS_RULE } from "../../src/site/totals.js";
import { buildSiteData } from "../../src/site/view.js";
import { makeContentDir } from "../support/content.js";

const place = (slug: string, lat: number, lon: number): Place => ({
  slug, name: slug, admin1: "Region", admin2: null, country: "UA", countryName: "Ukraine", lat, lon, geonameId: null, precision: "city", aliases: [], origin: "gazetteer",
});
const figure = (best: number): Figure => ({ low: best, best, high: best, claims: [], timeline: [], conflict: false, rule: "" });
function incident(id: string, date: string, where: Place, killed: number, related: string[] = []): Incident {
  return {
    id, url: `/incidents/${id}/`, title: id, date, dateEnd: date, datePrecision: "day", type: "missile strike", place: where,
    killed: figure(killed), injured: null, missing: null, grave: null, means: [], damage: [], articles: [`${id}-a`], sources: [], reasons: [],
    related: related.map((other) => ({ id: other, score: 0.4, daysApart: 0, distanceKm: null, note: "" })), editorNotes: [], summary: "", summaryLang: "en",
  };
}

describe("counting incidents once", () => {
  const harbour = place("harbour", 50, 30);
  const milltown = place("milltown", 48, 35);

  it("counts two incidents flagged as possibly the same, on one day at one place, once with the larger figure", () => {
    const totals = countIncidents([
      incident("a", "2024-06-07", harbour, 4, ["b"]),
      incident("b", "2024-06-07", harbour, 3, ["a"]),
      incident("c", "2024-06-07", milltown, 1),
    ]);
    expect(totals).toMatchObject({ incidents: 2, killed: 5, duplicates: 1 });
    expect(totals.counted.map((i) => i.id)).toEqual(["a", "c"]);
  });

  it("keeps flagged incidents apart when their days or places differ", () => {
    const totals = countIncidents([
      incident("a", "2024-06-07", harbour, 4, ["b", "c"]),
      incident("b", "2024-06-08", harbour, 3),
      incident("c", "2024-06-07", milltown, 2),
    ]);
    expect(totals).toMatchObject({ incidents: 3, killed: 9, duplicates: 0 });
  });
});

describe("the home page's totals in a real build", async () => {
  const lines = [
    { id: "strike", title: "Missile strike on Luhansk kills four", text: "Four people were killed when missiles hit Luhansk on Friday, officials said.", published: "2024-06-07" },
    { id: "cumulative", title: "Russian war in Ukraine leaves 420 children dead, prosecutors say", text: "Since the full-scale invasion began, 420 children have been killed.", published: "2024-06-07" },
    { id: "daily", title: "Invaders kill three civilians in Donetsk region", text: "Russian shelling killed three civilians across the Donetsk region in the last 24 hours.", published: "2024-06-07" },
    { id: "nationwide", title: "Fourteen civilians killed across Ukraine in massive missile attack", text: "", published: "2024-06-07" },
  ].map((a) => JSON.stringify({ ...a, source: "wire.example", url: null }));
  const digest = await buildDigest({
    contentDir: makeContentDir({ "articles/a.jsonl": `${lines.join("\n")}\n` }),
    now: DateTime.fromISO("2026-01-01T00:00:00Z", { zone: "utc" }),
  });
  // A retired id and a withdrawn incident are pages, not incidents.
  digest.redirects.push({ from: "/incidents/old-luhansk/", to: digest.incidents[0]!.url });
  digest.withdrawn.push({ id: "gone", url: "/incidents/gone/", articles: ["removed"] });
  const site = buildSiteData(digest, readSiteConfig(makeContentDir({}), makeContentDir({})));

  it("adds up only the incident's own toll: no tally, redirect or withdrawn page counts", () => {
    expect(site.totals).toMatchObject({ incidents: 1, killed: 4 });
    expect(site.headline.killedLabel).toBe("4");
    expect(site.chart?.rows.reduce((sum, row) => sum + row.killed, 0) ?? 4).toBe(4);
  });

  it("says how it counts", () => {
    expect(site.headline.rule).toBe(TOTALS_RULE);
  });
});
