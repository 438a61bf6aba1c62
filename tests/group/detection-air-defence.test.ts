// Air defence's score of aerial targets downed ("shot down 12 drones overnight", "downs 79% of
// drones", "most missiles intercepted") is a force's tally of a night or of the war when no place
// finer than a country is named; over a region or a town it is one engagement (facts/clauses.ts,
// lexicon `targetCounts`; group/reports.ts). Sentences written for these tests, then corpus items
// by id (../shared/corpus; skipped when absent).
import { describe, expect, it } from "vitest";
import { readPassage } from "../../src/facts/clauses.js";
import { buildArticles, describeCorpusItems, inIncident, RUWA, UCDP } from "./support/detection.js";

describe("a count or a share of aerial targets downed", () => {
  it.each<[string, boolean]>([
    ["Air defence shot down 23 drones and four cruise missiles overnight", true],
    ["Ukraine downs 85% of incoming attack drones", true],
    ["Air force destroys seven enemy aircraft, two helicopters over past day", true],
    ["Most of the 40 missiles were intercepted, the air force said", true],
    ["12 Shahed drones were shot down over the south", true],
    // no count of targets downed: a strike, a weapon in a name, hardware on the ground
    ["Russia fired 14 missiles at the port overnight", false],
    ["A Russian Su-25 attack aircraft was shot down near the front", false],
    ["Paratroopers destroyed two tanks together with their crews", false],
    ["A missile hit two buildings in the centre", false],
  ])("%s: %s", (sentence, expected) => {
    expect(readPassage(sentence).countsTargets).toBe(expected);
  });
});

describe("a force's score placed nowhere finer than a country is no incident; over a region it is one", async () => {
  const digest = await buildArticles(
    [
      { id: "night-score", title: "Air defence shot down 23 drones and four cruise missiles overnight", text: "The air force said the drones were launched from the south." },
      { id: "country-share", title: "Ukraine downs 85% of incoming attack drones", text: "" },
      { id: "region-downing", title: "Two cruise missiles shot down over Lviv region", text: "The air defence shot down two missiles over the Zolochiv district of Lviv region at night." },
      { id: "town-downing", title: "Three drones shot down over Odesa at night", text: "The air defence shot down three drones over Odesa at night, the mayor said." },
      { id: "downing-with-dead", title: "Air defence shot down 15 missiles, debris killed two people", text: "" },
    ],
    "2022-10-20",
  );
  it.each([
    ["night-score", false, "a night's score, no place"],
    ["country-share", false, "a share of drones downed, the country named"],
    ["region-downing", true, "missiles downed over a region"],
    ["town-downing", true, "drones downed over a city"],
    ["downing-with-dead", true, "someone was killed: an event somewhere"],
  ])("%s in an incident: %s (%s)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
});

describeCorpusItems("RUWA items by id: air defence's scores (../shared/corpus/ruwa)", RUWA, [
  ["ruwa-207521e7fc3219e2", false, "a share of drones downed over the war"],
  ["ruwa-3c73a10f163aa8e2", false, "a day's score of aircraft, drones and missiles destroyed"],
  ["ruwa-0f3a4bb72ea23a15", true, "missiles downed over a district of a region"],
]);
describeCorpusItems("UCDP headlines by id: ground engagements stay events (../shared/corpus/ucdp-dev)", UCDP, [
  ["ucdp-2692b8ad88e59d", true, "a unit destroyed tanks with their crews"],
]);
