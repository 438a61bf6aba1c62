// Situations read as incidents in random RUWA builds: fire that goes on ("continued shelling the
// region", "battles are ongoing"), a front's day ("active actions along the whole contact line",
// "conduct an offensive", "assault the positions"), a town "on the verge of" a disaster, demining,
// a day written "past 24hrs", a count "in a few days", a convoy on the move and guns named alone
// (lexicon `ongoing`, `front`, `outlook`, `aftermath`, `periodScopes`, `posture`, `weapons`;
// facts/tallies.ts). Sentences written for these tests, then whole articles through the
// real pipeline, then corpus items by id (../shared/corpus; skipped when absent, no text kept here).
import { describe, expect, it } from "vitest";
import { readPassage } from "../../src/facts/clauses.js";
import { buildArticles, describeCorpusItems, inIncident, itReadsPassages, RUWA } from "./support/detection.js";

describe("what a passage tells: situations and a front's day", () => {
  itReadsPassages([
    // fire that goes on is a situation, not one event
    ["On Sunday the invaders continued shelling the Riverside region, there are wounded", "ongoing"],
    ["Enemy continues heavy shelling of the outskirts of Oakvale and Milltown", "ongoing"],
    ["Occupiers storm the plant district, fighting is ongoing", "ongoing"],
    ["Street battles still raging in the east of Harbourtown", "ongoing"],
    // a night without shelling is the town's state, no event; a strike told beside a quiet town stays one
    ["No shelling in Harbourtown overnight, while rumours spread among residents", "ongoing"],
    ["The mayor says the enemy did not shell Oakvale last night.", "ongoing"],
    ["Troops shelled Milltown, killing two; there was no shelling in Oakvale.", "event"],
    // a count "for days" or "over several days" is over a span, a tally
    ["For days the occupiers hit the outskirts of Milltown, wounding 14 residents", "tally"],
    ["Over two days the enemy struck the port of Oakvale and wounded 9 dockers.", "tally"],
    // a front's day: active actions along the line, an offensive conducted, positions assaulted
    ["Enemy conducts active actions along the entire contact line in the east", "front"],
    ["Invaders conduct an offensive near Oakvale, the General Staff says", "front"],
    ["Enemy units assault our positions near Milltown with air support", "front"],
    // a disaster looming is no event
    ["Shelling of Harbourtown: the town is on the verge of an environmental disaster", "outlook"],
    // demining follows fighting up
    ["Sappers conduct mine clearance in the liberated village of Oakvale", "aftermath"],
    ["Rescuers neutralised 40 explosive items near Milltown", "aftermath"],
    // a day written as "past 24hrs", a count over a few days
    ["In the past 24hrs the enemy destroyed 12 houses in the Riverside region", "tally"],
    ["Near Oakvale, about 80 invaders were eliminated in a few days", "tally"],
    // destroying villages in general is a campaign, not one strike
    ["Occupiers destroy villages with artillery to push towards the regional border", "ongoing"],
    // a convoy on the move, equipment moving: posture
    ["Tanks and trucks: a column of 60 enemy vehicles heading towards Oakvale", "posture"],
    ["The movement of enemy equipment was seen again near Milltown on Friday", "posture"],
    // guns named with nothing they did are weapons named, no event
    ["Trucks, howitzers and MLRS in the occupied town", "none"],
    // a count over a few days is a running tally, not one place's day
    ["About 120 invaders and six howitzers destroyed within a few days near Oakvale", "tally"],
    // a share of the dead is a statistic of many deaths, not one event
    ["Nearly 70% of the civilians killed in Oakvale died of gunshot wounds, police say", "tally"],
    // a headline's infinitive of rebuilding or remaining is a plan or a vow
    ["Town to rebuild every house destroyed by the invaders, mayor says", "outlook"],
    // two or more districts of a region named together, an event heading the clause, are a region's
    // round-up; districts of a city are one city's
    ["Overnight the enemy shelled the Oakvale and Milltown districts of the Riverside region", "tally"],
    ["Houses damaged in the Hill, Oakvale and Milltown districts after shelling", "tally"],
    // with no event heading the clause, the districts are left to the headline
    ["Overnight the invaders were busiest around the Oakvale and Milltown districts", "none"],
    ["Missiles hit the Central and Riverside districts in Harbourtown, four injured", "event"],
    // firefights going on, efforts focused on storming a place: a front's situation
    ["Heavy firefights are underway on the outskirts of Oakvale", "ongoing"],
    ["Enemy focuses its efforts on storming Milltown, the General Staff says", "front"],
    // fire on sections of the front is a front's round-up
    ["At night the enemy shelled several sections of the front between Oakvale and Milltown", "tally"],
    // systems hit by malicious software or a cyberattack: no strike
    ["Bank servers hit by malware on the eve of the holiday", "none"],
    ["Rail booking site hit by cyberattack, services slowed", "none"],
    // a calm night is a situation, no event
    ["In Harbourtown the night went without shelling, sirens sounded at dawn", "ongoing"],
    ["The night on the Riverside front was mostly quiet, the governor says", "ongoing"],
    ["Mayor: everything is calm in Milltown this morning", "ongoing"],
    // a front's line named without "entire" or "whole" heads nothing: the claim after it decides
    ["Troops say they moved forward along the front line and liberated the village of Oakvale", "event"],
    // one strike told plainly stays an event
    ["Invaders shelled the centre of Oakvale on Sunday, two wounded", "event"],
    ["A missile hit a warehouse in Milltown overnight", "event"],
  ]);
});

describe("enemy personnel counted as destroyed or eliminated are a force's score", () => {
  it.each<[string, boolean]>([
    ["Defenders destroy 45 invaders and two tanks in the south", true],
    ["About 30 occupiers eliminated, an armoured vehicle hit, the command says", true],
    // hardware counted so is a score too; one tank, or tanks "with their crews", is one engagement
    ["Paratroopers destroy four enemy tanks and two IFVs in the east", true],
    ["Marines destroyed more than 15 units of enemy equipment overnight", true],
    ["Gunners destroyed three tanks of the invaders together with their crews", false],
    // the dead told as killed are read by the other rules
    ["Defenders destroyed a tank near Oakvale", false],
    ["Shelling killed 30 soldiers at the barracks in Milltown", false],
  ])("%s: %s", (sentence, expected) => {
    expect(readPassage(sentence).countsTargets).toBe(expected);
  });
});

describe("situations are no incident; one strike is", async () => {
  const digest = await buildArticles(
    [
      { id: "goes-on", title: "Shelling of the Riverside region: the situation on July 9", text: "On July 9, the invaders continued shelling the Riverside region. The police report wounded civilians." },
      { id: "front-day", title: "Invaders carry out active actions along the whole contact line in the Hill region", text: "The General Staff published its morning update on the situation in the region." },
      { id: "demining", title: "Sappers conducted mine clearance at 12 sites in Milltown", text: "Over the past 24hrs, sappers of the rescue service neutralised explosive items at 12 sites in the Hill region." },
      { id: "force-score", title: "Marines eliminate 14 invaders, destroy two tanks in the south", text: "On Sunday the marines eliminated 14 Russian invaders and destroyed two tanks, the command said." },
      { id: "force-score-town", title: "Paratroopers eliminate 14 invaders near Oakvale", text: "On Sunday paratroopers eliminated 14 Russian invaders near the village of Oakvale, Riverside region." },
      { id: "one-strike", title: "Invaders shelled the centre of Oakvale, two wounded", text: "On Sunday morning, Russian artillery hit the central square of Oakvale, Riverside region. Two men were wounded." },
    ],
    "2022-07-10",
  );
  // (Known gap: "there are wounded civilians" after the shelling that goes on is read as a figure
  // of an event in the region.)
  it.fails("goes-on in an incident: false (known gap)", () => {
    expect(inIncident(digest, "goes-on")).toBe(false);
  });
  it.each([
    ["front-day", false],
    ["demining", false],
    ["force-score", false],
    ["force-score-town", true],
    ["one-strike", true],
  ] as [string, boolean][])("%s in an incident: %s", (id, expected) => {
    expect(inIncident(digest, id)).toBe(expected);
  });
});

describeCorpusItems("RUWA items by id: situations and a front's day (../shared/corpus/ruwa)", RUWA, [
  ["ruwa-3669549f4a00bced", false, "an offensive near a village, battles ongoing"],
  ["ruwa-ce71f53898553b30", false, "aviation used to assault positions across a region"],
  ["ruwa-0b7e4df1108f1781", false, "intensive shelling goes on around a city"],
  ["ruwa-df143b52275f0498", false, "a town on the verge of a disaster"],
  ["ruwa-1b596b4d104dd650", false, "demining at ten sites over a day"],
  ["ruwa-bc1131975d17b2b1", false, "fire along a whole region's front"],
  ["ruwa-b79cd37198023262", false, "villages destroyed by artillery on the way to a border"],
  ["ruwa-5d1e33bcb5d5dcba", false, "a convoy moving into an occupied city"],
  ["ruwa-bb6a3b3d0474b94e", false, "invaders and guns destroyed over a few days"],
  ["ruwa-4325659c0d1e1ae3", false, "a force's score of invaders and hardware in the east"],
  ["ruwa-2672d07b49b69e37", false, "marines' score of troops and guns on a day"],
  ["ruwa-1c5dd774fd542d46", false, "a share of a town's dead with gunshot wounds"],
  ["ruwa-a9e307c49b226fa6", false, "a president's vow to restore what was destroyed"],
  ["ruwa-88a6dbbb2822c0de", false, "two districts of a region shelled through a night"],
  ["ruwa-38382be78be1be7a", false, "air raids and firefights that go on in a city"],
  ["ruwa-8eeac26b1f78e459", false, "a night's fire on sections of a region's front"],
  ["ruwa-934335495a00e2f5", false, "computers hit by malicious software"],
  ["ruwa-cbd2a77a87c38514", false, "tanks, an IFV and an aircraft destroyed by a force in the east"],
  ["ruwa-ea52698dbb644283", false, "an air force's score of armoured vehicles on a day"],
  ["ruwa-4cc15444f6f0a486", false, "a night without shelling, sirens and air defence at work"],
]);
