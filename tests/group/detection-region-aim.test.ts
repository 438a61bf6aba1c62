// A count over a day aimed at a whole region ("shelled the Kherson region 40 times in a day") is the
// region's day, whatever town a sentence of it names; a count at one settlement stays that place's
// day (facts/clauses.ts `aimsAt`, lexicon `aimedAt`; group/reports.ts `settlementDay`). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { aimsAt } from "../../src/facts/clauses.js";
import { buildArticles, inIncident } from "./support/detection.js";

describe("an event aimed at a place", () => {
  it.each<[string, string, boolean]>([
    ["The occupiers shelled the Donetsk region with artillery overnight", "Donetsk region", true],
    ["Rocket attack on the Zaporizhzhia region", "Zaporizhzhia region", true],
    ["Shelling of Sumy region: houses damaged", "Sumy region", true],
    ["Russian troops fired on the Kharkiv region from across the border", "Kharkiv region", true],
    // the region only says where the target is
    ["A missile hit a warehouse in the Zaporizhzhia region", "Zaporizhzhia region", false],
    ["Enemy shelled Polohy in the Zaporizhzhia region", "Zaporizhzhia region", false],
  ])("%s, at %s: %s", (sentence, surface, expected) => {
    expect(aimsAt(sentence, surface)).toBe(expected);
  });
});

describe("a day's count aimed at a region is the region's; a strike at a place in it is one", async () => {
  const digest = await buildArticles(
    [
      { id: "region-hit", title: "Shelling of the Donetsk region: consequences", text: "The Russian army hit the Donetsk region with rockets and artillery, a child is among the injured." },
      { id: "region-night", title: "Russians shelled the Sumy region at night", text: "The enemy shelled the Sumy region from mortars overnight, there are wounded." },
      { id: "region-day-town", title: "The enemy shelled the Kherson region 40 times in a day, one house burned in Beryslav", text: "" },
      { id: "target-in-region", title: "Missile hits a grain warehouse in the Zaporizhzhia region, two injured", text: "" },
      { id: "region-attack-dead", title: "Rocket attack on the Zaporizhzhia region kills one", text: "" },
      { id: "town-and-region-day", title: "Shelling of the Kharkiv region: rockets at midnight", text: "During the past day, the occupiers shelled Kharkiv and the region, one person was killed and two were injured." },
      { id: "town-day", title: "Russians shelled Kharkiv 12 times over the past day, one killed", text: "" },
    ],
    "2022-08-11",
  );
  it.each([
    ["region-day-town", false, "a day's count over the region naming one town"],
    ["target-in-region", true, "one target in the region"],
    ["region-attack-dead", true, "someone killed: one event, somewhere in the region"],
    ["town-and-region-day", false, "a day counted over a town and its region"],
    ["town-day", true, "a day counted at one town"],
    // several kinds of weapons aimed at the whole region (detection-assessments.test.ts)
    ["region-hit", false, "the region hit with rockets and artillery, a child among the injured"],
  ])("%s in an incident: %s (%s)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
  // Known gap: an event aimed at the whole region in the lead, no settlement named and no one
  // counted dead, is the region's day. Taking it for one was measured and not kept: RUWA sample
  // half A 0.783 -> 0.794 but half B 0.746 -> 0.721, window w2 0.943 -> 0.928, UCDP precise in an
  // incident 0.601 -> 0.594 (the labels call "invaders hit the region: towns X, Y most affected,
  // civilians killed" an incident report, "the region hit with rockets, a child among the injured" a
  // region's summary: no feature here tells them apart). Several kinds of weapons aimed at the
  // region tell its day (above); one kind does not.
  it.fails.each([
    ["region-night", false, "the region shelled overnight"],
  ])("%s in an incident: %s (%s; known gap)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
});
