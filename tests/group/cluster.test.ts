// The clustering and blocking under the grouping: average-link keeps chains apart, editor links
// are obeyed, and candidate pairs are a small share of all pairs.
import { describe, expect, it } from "vitest";
import { averageLinkClusters } from "../../src/group/cluster.js";
import { candidatePairs } from "../../src/group/blocking.js";
import { profileReports } from "../../src/group/features.js";
import type { IncidentReport, Place } from "../../src/model.js";

describe("average-link clustering", () => {
  it("joins a strongly linked pair and leaves a weakly linked item alone", () => {
    expect(averageLinkClusters(3, [{ a: 0, b: 1, p: 0.9 }, { a: 1, b: 2, p: 0.2 }], { threshold: 0.3 })).toEqual([0, 0, 2]);
  });

  it("does not chain: two tight pairs joined by one middling edge stay apart", () => {
    const edges = [
      { a: 0, b: 1, p: 0.95 },
      { a: 2, b: 3, p: 0.95 },
      { a: 1, b: 2, p: 0.5 },
    ];
    // Single-link at 0.3 would join all four; the average over the four cross pairs is 0.125.
    expect(averageLinkClusters(4, edges, { threshold: 0.3 })).toEqual([0, 0, 2, 2]);
    expect(averageLinkClusters(4, edges, { threshold: 0.1 })).toEqual([0, 0, 0, 0]);
  });

  it("obeys must-link groups and cannot-link pairs", () => {
    expect(averageLinkClusters(3, [], { threshold: 0.3, mustLink: [[0, 2]] })).toEqual([0, 1, 0]);
    expect(averageLinkClusters(2, [{ a: 0, b: 1, p: 0.99 }], { threshold: 0.3, cannotLink: [[0, 1]] })).toEqual([0, 1]);
    // A cannot-link holds between the clusters its items join.
    const edges = [
      { a: 0, b: 1, p: 0.99 },
      { a: 1, b: 2, p: 0.99 },
      { a: 0, b: 2, p: 0.99 },
    ];
    const labels = averageLinkClusters(3, edges, { threshold: 0.3, cannotLink: [[0, 2]] });
    expect(labels[0]).not.toBe(labels[2]);
  });

  it("is independent of edge order", () => {
    const edges = Array.from({ length: 30 }, (_, k) => ({ a: k % 10, b: (k * 7 + 3) % 10, p: ((k * 37) % 100) / 100 })).filter((e) => e.a !== e.b);
    const forward = averageLinkClusters(10, edges, { threshold: 0.4 });
    const backward = averageLinkClusters(10, [...edges].reverse(), { threshold: 0.4 });
    expect(backward).toEqual(forward);
  });
});

describe("blocking", () => {
  const place = (slug: string, lat: number): Place => ({
    slug, name: slug, admin1: "Region", admin2: null, country: "UA", countryName: "Ukraine", lat, lon: 30, geonameId: null, precision: "city", aliases: [], origin: "gazetteer",
  });
  // 2,000 reports over 200 days in 20 towns; words shared by towns and by days.
  const reports: IncidentReport[] = Array.from({ length: 2000 }, (_, i) => {
    const day = String(1 + (i % 200)).padStart(3, "0");
    const date = new Date(Date.UTC(2022, 0, 1 + (i % 200))).toISOString().slice(0, 10);
    const town = `town${i % 20}`;
    const mention = { place: place(town, 45 + (i % 20) * 0.5), passage: 0, surface: town, role: "location" as const, score: 1 };
    return {
      id: `a${i}/0`, articleId: `a${i}`, passages: [0], text: `shelling of ${town} on day${day} damaged house${i} and school${i % 50}`,
      place: mention, places: [mention],
      date: { date, end: date, precision: "day", cue: "day" }, type: "shelling", claims: [], means: [], damage: [],
    };
  });
  const profiled = profileReports(reports, (id) => ({ publishedDay: reports[Number(id.slice(1))]!.date.date, title: "", source: null }));
  const pairs = candidatePairs(profiled);

  it("compares far fewer pairs than all of them, each once", () => {
    const all = (reports.length * (reports.length - 1)) / 2;
    expect(pairs.length).toBeLessThan(all / 20);
    expect(new Set(pairs.map(([a, b]) => `${a}-${b}`)).size).toBe(pairs.length);
    for (const [a, b] of pairs) expect(a).toBeLessThan(b);
  });

  it("pairs reports of one town within a week, and towns of one region only when near", () => {
    const key = new Set(pairs.map(([a, b]) => `${a}-${b}`));
    expect(key.has("0-200")).toBe(true); // same town, same day
    expect(key.has("0-1")).toBe(false); // neighbouring towns 55 km apart, consecutive days, nothing else shared
    for (const [a, b] of pairs) {
      const sameTown = reports[a]!.place!.place.slug === reports[b]!.place!.place.slug;
      const sharedWord = reports[a]!.text.split(" ").slice(4).some((w) => reports[b]!.text.split(" ").includes(w));
      if (!sharedWord) expect(sameTown).toBe(true);
    }
  });
});
