// A headline whose every count the lead repeats as a running tally ("Nine killed, 60 wounded in the
// region" over "nine people died and 60 were wounded since the start of the invasion") is that
// tally's headline: no incident (group/reports.ts; facts/numbers.ts `countsIn`). Sentences written
// for these tests, then corpus items by id (../shared/corpus; skipped when absent).
import { describe, expect, it } from "vitest";
import { countsIn } from "../../src/facts/numbers.js";
import { buildArticles, describeCorpusItems, inIncident, RUWA } from "./support/detection.js";

describe("the counts a sentence states", () => {
  it.each<[string, number[]]>([
    ["Nine people died and 60 were wounded", [9, 60]],
    ["Russian forces killed 214 athletes and coaches", [214]],
    ["One person was killed", []],
  ])("%s: %j", (sentence, expected) => {
    expect([...countsIn(sentence)]).toEqual(expected);
  });
});

describe("a headline that a running tally in the lead repeats", async () => {
  const digest = await buildArticles(
    [
      { id: "war-toll", title: "Russian forces killed 214 Ukrainian athletes and coaches", text: "Since the start of the full-scale invasion, Russian forces have killed 214 Ukrainian athletes and coaches, the minister said." },
      { id: "region-toll", title: "Odesa region: 11 people died, 70 wounded, governor says", text: "Eleven people died and 70 were wounded in the Odesa region since the start of the full-scale invasion, the governor said." },
      { id: "strike-then-toll", title: "Missile strike on Odesa kills 11, injures 70", text: "A missile hit a residential building in Odesa at night, killing 11 people and injuring 70. Since the start of the invasion, 420 people have been killed in the region." },
    ],
    "2022-08-23",
  );
  it.each([
    ["war-toll", false, "the war's toll, told again in the lead"],
    ["region-toll", false, "a region's toll since the invasion began"],
    ["strike-then-toll", true, "one strike's toll, the war's toll after it is background"],
  ])("%s in an incident: %s (%s)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
});

describeCorpusItems("RUWA items by id: a running tally's headline (../shared/corpus/ruwa)", RUWA, [
  ["ruwa-a80940b69ea3a0c3", false, "a region's toll since the invasion began, headline and lead"],
  ["ruwa-a023ea1fb8aabb36", false, "athletes killed since the invasion began"],
]);
