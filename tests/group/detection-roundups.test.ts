// Incident detection, seventh round: what read as incidents on a read of pages of a RUWA build
// (seeds 4201 to 4209): the past day told over several settlements, a tribute to people killed
// earlier told with their death set apart by commas, idioms and adjectives read as events, all of a
// place destroyed or dead too many to count, destruction in progress, a plan considered, a leader's
// address, a region's toll placed in the country named before the region. Each rule on sentences
// written for these tests (facts/clauses.ts, facts/tallies.ts, group/reports.ts), then whole
// articles through the real pipeline, then corpus items named by id (../shared/corpus; skipped when
// absent, no text kept here).
import { describe, expect, it } from "vitest";
import { tellsPastDay } from "../../src/facts/clauses.js";
import { isRunningTally } from "../../src/facts/tallies.js";
import { describeArticles, describeCorpusItems, itReadsPassages, RUWA } from "./support/detection.js";

describe("a casualty participle set apart by commas describes its noun", () => {
  itReadsPassages([
    // the talk after the phrase is the news: a tribute, a burial
    ["Marines, killed a month ago in the blast at the camp, were honoured in the capital", "reaction"],
    ["Three volunteers, killed in the shelling of the town, were buried on Sunday", "aftermath"],
    // an event after it keeps the whole clause an event
    ["A soldier, wounded in the leg, died in hospital", "event"],
    // with no talk after it, the participle still tells the event
    ["Two residents, injured in the strike, are in hospital", "event"],
    ["The man, killed in the blast, was identified as a teacher", "event"],
  ]);
});

describe("idioms, adjectives and abstract deaths name no event", () => {
  itReadsPassages([
    // hitting back at words is a retort; hitting back with strikes stays an event
    ["Security council chief hits back at a minister's threat of an economic war", "reaction"],
    ["The army hits back with strikes on the bridge", "event"],
    // a place "liberated" after "on" is its adjective, as after "in"
    ["Photos of a flag raised on liberated Zmiinyi island released", "none"],
    // an agreement or a deal "dead" is no one's death
    ["Those ceasefire accords were dead from the moment both sides signed", "none"],
    ["The grain deal is dead, the minister said", "none"],
    ["Two soldiers are dead after the blast at the depot", "event"],
    // a war laying territories waste is a situation, no one event
    ["The invaders keep destroying and ravaging our lands with shells and rockets", "ongoing"],
    // jail is a court's business, whatever killing it punishes
    ["Driver jailed for killing a cyclist in a crash on the ring road", "legal"],
    // a leader's address is his words, whatever town it names; someone's home address is no speech
    ["What the occupiers do with the port city is beyond atrocity – the president's address (full text)", "reaction"],
    ["We held out: address by the President on the third day of war", "reaction"],
    ["Officers went to the victim's address.", "none"],
    // destruction or looting in progress is a situation; fire in progress at a building stays an event
    ["The town is being looted, its infrastructure is being destroyed", "ongoing"],
    ["The house was being shelled when the family fled", "event"],
    // an animal "shell-shocked" is concussed: its rescue tells no attack
    ["Volunteers rescue a shell-shocked dog near the liberated town", "none"],
    // what troops are considering has not happened
    ["The army is considering a way to clear captured Oakvale by forcing prisoners across minefields", "outlook"],
  ]);
});

describe("all of a place's houses destroyed, or dead too many to count, are a war's work", () => {
  it.each<[string, boolean]>([
    ["All the houses in Oakvale by the highway were completely destroyed by artillery", true],
    ["Occupiers destroyed the entire public transport infrastructure of the town", true],
    ["Troops in the occupied town destroyed almost all of its public transport", true],
    // dead too many to count are a siege's toll
    ["So many residents have died in the besieged port that people are buried in ditches", true],
    ["So many people were killed that the morgue is full", true],
    // one building destroyed whole is one strike's damage
    ["A missile destroyed the entire building", false],
    ["All the houses on the street were damaged by the blast", false],
  ])("%s -> %s", (sentence, expected) => {
    expect(isRunningTally(sentence)).toBe(expected);
  });
});

describe("the past day as a round-up tells it", () => {
  it.each<[string, boolean]>([
    ["Over the past day, enemy artillery fired on four villages", true],
    ["In the last 24 hours the enemy fired on two villages", true],
    ["During the day, the enemy attacked the outskirts", true],
    // a newspaper's name is no period, nor is a week
    ["Police at the scene, New York Daily News", false],
    ["Six people were shot in the city this week", false],
  ])("%s -> %s", (text, expected) => {
    expect(tellsPastDay(text)).toBe(expected);
  });
});

describeArticles("the past day over several settlements; a region's toll after the country's name", "2022-07-09", [
  {
    id: "day-over-towns",
    title: "Zaporizhzhia region under fire: four villages hit over the past day",
    text: "Over the past day Russian artillery fired at homes near Orikhiv, Huliaipole and Vasylivka in the Zaporizhzhia region.",
  },
  {
    id: "day-at-one-town",
    title: "Occupiers shelled Orikhiv overnight",
    text: "Russian artillery fired at Orikhiv over the past day, damaging a school, regional officials said.",
  },
  {
    id: "city-and-its-district",
    title: "Missiles hit Kharkiv",
    text: "During the past day, the enemy struck the outskirts of Kharkiv and its Saltivka district, damaging a school.",
  },
  { id: "country-before-region", title: "Four dead in shelling in Ukraine's Luhansk region - governor", text: "" },
  { id: "region-one-strike", title: "Four dead in a missile strike in Ukraine's Luhansk region - governor", text: "" },
], [
  ["country-before-region", false, "several dead in a region with shelling alone: the region's day, the country named before it"],
  ["region-one-strike", true, "one strike named in the region: one event"],
  ["day-over-towns", false, "the past day over three settlements: the region's round-up"],
  ["day-at-one-town", true, "the past day at one settlement: that place's day, one event"],
  ["city-and-its-district", true, "a city and its district are one spot"],
]);

// RUWA items met reading builds (seeds 4201 to 4209): [id, tells an incident, why in our words].
describeCorpusItems("RUWA items read in a build, by id (../shared/corpus/ruwa)", RUWA, [
  ["ruwa-9b0fe601f998cfb9", false, "a region's past day over three settlements"],
  ["ruwa-c997320ff7330d9c", false, "a tribute to prisoners killed weeks before"],
  ["ruwa-1d982d53b33c80fc", false, "an official's retort to a threat"],
  ["ruwa-1a5d8c68acbe2cb8", false, "photos of a flag raised on a retaken island"],
  ["ruwa-a69b46666be89315", false, "an editor's comment on agreements long dead"],
  ["ruwa-f353215cf254a866", false, "a president's words on the war laying territories waste"],
  ["ruwa-4c628d7d08cd348b", false, "a city's whole transport destroyed over the occupation"],
  ["ruwa-d3bc8b99d6e25e66", false, "all of a village's houses destroyed over weeks of fighting"],
  ["ruwa-8d08776e14270a1a", false, "dead too many to count, buried in trenches"],
  ["ruwa-d8ce22cbb08eeab0", false, "an occupied city being looted and destroyed"],
  ["ruwa-b27286c5dccc033d", false, "troops considering a way to clear a captured city"],
  ["ruwa-2d5a22c5d5ef015f", false, "a region's dead in shelling, the country named before the region"],
]);
