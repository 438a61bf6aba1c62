// Incident detection, fourth round: who a count is, where a country-level report is, and talk
// about strikes that read as events (facts/clauses.ts, group/reports.ts). Each rule on sentences
// written for these tests, then whole articles through the real pipeline, then corpus items named
// by id (../shared/corpus; skipped when absent, no text kept here).
import { describe, expect, it } from "vitest";
import { namesPartOfCountry, readPassage, type ClauseKind } from "../../src/facts/clauses.js";
import { buildArticles, describeCorpusItems, inIncident, RUWA, UCDP } from "./support/detection.js";

describe("a count in the thousands is a toll only when it counts the dead or hurt", () => {
  it.each<[string, ClauseKind]>([
    // people present at the scene: the strike is the news
    ["Missile strike hits a crowded market with more than 1,000 people inside, mayor says", "event"],
    ["Rockets hit the stadium where about 2,000 fans had gathered", "event"],
    // the count is what the verb or the casualty word counts
    ["Army says it has eliminated about 41,500 enemy troops since February", "tally"],
    ["Over 1,200 civilians killed in the region, prosecutors say", "tally"],
    ["Defenders killed more than 3,000 invaders near the city in a month", "tally"],
    ["Thousands of residents died in the besieged port, the mayor says", "tally"],
  ])("%s -> %s", (sentence, kind) => {
    expect(readPassage(sentence).kind).toBe(kind);
  });
});

describe("a country's name followed by a part of it names that part", () => {
  const partOf = (text: string, country: string) => namesPartOfCountry(text, text.indexOf(country), country.length);
  it.each<[string, string, boolean]>([
    ["Aid worker killed in shelling of Ukraine rebel hub", "Ukraine", true],
    ["Two soldiers killed in clashes in Ukraine's rebel east", "Ukraine", true],
    ["Fighting flares in eastern Ukraine", "Ukraine", true],
    // the country as a whole
    ["Invaders have killed 240 children in Ukraine", "Ukraine", false],
    ["Ukraine says it shot down a drone", "Ukraine", false],
  ])("%s (%s) -> %s", (text, country, expected) => {
    expect(partOf(text, country)).toBe(expected);
  });
});

describe("a strike on a town the headline names only by its role is an incident", async () => {
  const digest = await buildArticles(
    [
      { id: "rebel-hub", title: "Red Cross worker killed in shelling of Ukraine rebel hub", text: "" },
      { id: "rebel-east", title: "Three soldiers killed in clashes in Ukraine's rebel east", text: "" },
      { id: "country-tally", title: "Invaders have killed 240 children in Ukraine", text: "" },
      { id: "crowded-mall", title: "Missile strike hits shopping mall in Kremenchuk with more than 1,000 people inside", text: "" },
    ],
    "2022-06-28",
  );
  it.each([
    ["rebel-hub", true, "one victim in a city named by its role"],
    ["rebel-east", true, "a part of the country"],
    ["country-tally", false, "a country's tally"],
    ["crowded-mall", true, "thousands present, not thousands dead"],
  ])("%s in an incident: %s (%s)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
});

describe("talk about strikes and what the war did over weeks", () => {
  it.each<[string, ClauseKind]>([
    // a share of a town destroyed, or destruction told as gradual or as the fighting's work
    ["Invaders have destroyed 80% of Milltown, but its defence holds, governor says", "tally"],
    ["Most of the old town has been destroyed, the mayor says", "tally"],
    ["The occupiers gradually destroyed the steelworks, satellite images show", "tally"],
    ["The power plant has been almost completely destroyed in the fighting for the city", "tally"],
    // one strike's damage to one building stays an event
    ["A shell destroyed half of their house in Oakvale", "event"],
    ["A missile almost completely destroyed the school in the village", "event"],
    // remembrance and judgement of an earlier strike
    ["Harbourtown: in memory of the killed, the railway leaves empty seats on trains", "reaction"],
    ["A foreign commentator called the strike on the station a provocation of the government", "reaction"],
    // weapons and aid received or sent
    ["Ukraine gets a batch of self-propelled howitzers", "diplomacy"],
    ["Germany says it is sending military aid", "diplomacy"],
  ])("%s -> %s", (sentence, kind) => {
    expect(readPassage(sentence).kind).toBe(kind);
  });
});

describeCorpusItems("RUWA window items by id, fourth round (../shared/corpus/ruwa)", RUWA, [
  ["ruwa-9b5d76b9c75919f7", true, "a missile hits a mall with a thousand people inside"],
  ["ruwa-a15ed693be86f2eb", true, "villages retaken: a share of livestock destroyed is no town's ruin"],
  ["ruwa-0a30ac2cc6ea5de0", false, "remembrance of a strike's dead"],
  ["ruwa-da470e7cd7f3d934", false, "a share of a town destroyed over the siege"],
  ["ruwa-9244f2c9692c3f48", false, "a plant destroyed gradually, seen from satellites"],
  ["ruwa-1067faa849d48d81", false, "a power station destroyed in the fighting over weeks"],
  ["ruwa-28f31fb1ace7b63f", false, "a commentator calls a strike a manipulation"],
]);
describeCorpusItems("UCDP headlines by id, fourth round (../shared/corpus/ucdp-dev)", UCDP, [
  ["ucdp-c71957ea084ca7", true, "an aid worker killed in shelling of a city named by its role"],
  ["ucdp-8d84c7e9de7547", true, "the same, told with the shelling as subject"],
]);
