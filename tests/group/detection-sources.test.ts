// Incident detection, fifth round: what a modal's verb, a measure, an analyst, a toll's figure and a
// region's round-up tell, as read in random RUWA builds. Each rule on sentences written for these
// tests (facts/clauses.ts, facts/tallies.ts), then whole articles through the real pipeline, then
// corpus items named by id (../shared/corpus; skipped when absent, no text kept here).
import { describe } from "vitest";
import { describeArticles, describeCorpusItems, itReadsPassages, RUWA } from "./support/detection.js";

describe("what a passage tells (fifth round)", () => {
  itReadsPassages([
    // an event verb after a modal or a bare "be" tells what may or must happen, in a relative clause too
    ["The adviser says the regime sees the republic as a rival that must be destroyed", "none"],
    ["Speaker wants a plan that will hit the aggressor's economy as hard as its crimes", "none"],
    // a measure, a market or a hacker hitting or targeting something is no strike
    ["Rebel commanders targeted in fresh EU sanctions", "diplomacy"],
    ["The sanctions targeted a minister's two sons", "none"],
    ["The ministry's mail servers were targeted by foreign hackers", "none"],
    ["Sanctions: hit to the aggressor's finances must fit its crimes", "diplomacy"],
    // an analyst's words are an assessment: the passage is an analysis
    ["Invaders short of precision weapons fire air-defence rockets at cities - British intelligence", "analysis"],
    ["Think tank notes the enemy's stalled push near Oakvale", "analysis"],
    ["Siege of the steelworks: British intelligence on the defenders", "analysis"],
    ["Oakvale villagers were shot by soldiers – foreign analyst", "analysis"],
    // a weapon's experts are people, no event
    ["Foreign drone experts seen at an airbase on the peninsula", "none"],
    // a toll of a tally's size with no one event named is a running tally
    ["Civilian death toll passes 1,400, UN monitors say", "tally"],
    // a town and its surroundings shelled is the region's round-up
    ["Overnight the invaders shelled Harbourtown and the region with multiple rocket launchers", "tally"],
    ["Shelling of Harbourtown and the region: casualties reported", "tally"],
    // blaming someone for a strike is a reaction to it
    ["Officials blamed the rebels for the strike on the depot", "reaction"],
    // a situation told, or fire told as a habit, is no one event
    ["The situation in the north: invaders are plotting a staged attack on the bridge", "ongoing"],
    ["A guard said it was the troops that regularly fired at the dam", "none"],
    ["Troops constantly shell the outskirts of Oakvale", "ongoing"],
    // a short label with an event verb over talk is a rubric: the talk decides
    ["Ferry sank: its crew want to go home", "outlook"],
    // touring destroyed towns is a visit; a defence against a weapon names none of its strikes
    ["Envoy tours destroyed villages before the summit", "reaction"],
    ["Donors fund an anti-drone shield for the capital", "none"],
    // fire on a region's populated areas is its round-up
    ["Occupier jets mount airstrikes on the populated areas of the Riverside region overnight", "tally"],
    ["Enemy artillery fired at populated areas in the south of the region", "tally"],
    // a place hit since the first days of the war tells the war's toll
    ["The depot has been a target since the first days of the invasion, hundreds of shells hit it", "tally"],
    // preparing for a battle is a plan
    ["Occupied port: troops preparing for a fight over the harbour", "outlook"],
    // single events stay events
    ["The situation in the Riverside region: a man was killed in a rocket attack on Oakvale", "event"],
    ["Oakvale shelled: three killed, the mayor says", "event"],
    ["Missiles targeted the power plant in Oakvale overnight", "event"],
    ["Death toll from the missile strike on the Oakvale station rises to 57", "event"],
    ["Oakvale death toll reaches 35 – rescuers", "event"],
    ["Intelligence officers destroyed two enemy tanks near Oakvale", "event"],
    ["A missile hit Harbourtown and the region's power line was cut", "event"],
    ["Russian troops shelled Oakvale, hitting a school", "event"],
  ]);
});

describeArticles("assessments, measures, tallies and round-ups are no incident; strikes stay", "2022-09-10", [
  { id: "analyst", title: "Air-defence S-300 rockets now aimed at towns point to a lack of precise arms - British intelligence", text: "The invaders are short of precision missiles and turn air-defence rockets against targets on the ground." },
  { id: "sanctions", title: "Two rebel commanders targeted in the latest EU sanctions round", text: "" },
  { id: "hackers", title: "The ministry's mail servers were targeted by foreign hackers", text: "" },
  { id: "modal", title: "The regime sees the republic as a rival that must be destroyed - adviser", text: "In the adviser's words, the republic is the one neighbour the regime wants wiped out, a rival that must be destroyed." },
  { id: "toll", title: "Civilian death toll passes 1,400, UN monitors say", text: "" },
  { id: "round-up", title: "Harbourtown under fire: a night in the Riverside region", text: "Overnight the invaders pounded Harbourtown and the region with multiple rocket launchers; a few rockets came down across the border." },
  { id: "habit", title: "Situation at the dam: close to disaster", text: "A guard told reporters it was the troops that regularly fired at the dam and parked launchers beside it." },
  { id: "strike", title: "Missile strike on Harbourtown kills two", text: "A missile hit a shop in Harbourtown on Friday morning, killing two people, the mayor said." },
  { id: "rising-toll", title: "Death toll from the missile strike on the Oakvale station rises to 57", text: "Fifty-seven people were killed when a missile hit the station in Oakvale, the governor said." },
], [
  ["analyst", false, "an intelligence service's assessment of a practice"],
  ["sanctions", false, "sanctions that target people"],
  ["hackers", false, "networks targeted by hackers"],
  ["modal", false, "what an adviser says must be destroyed"],
  ["toll", false, "a country's civilian toll"],
  ["round-up", false, "a town and its region shelled overnight: the region's round-up"],
  ["habit", false, "fire at a dam told as a habit"],
  ["strike", true, "one strike on a shop"],
  ["rising-toll", true, "one strike's rising toll"],
]);

// Items of the RUWA corpus, by id: [id, tells an incident, why in our words].
const RUWA_ITEMS: [string, boolean, string][] = [
  ["ruwa-b29d34e895fede47", false, "what an adviser says must be destroyed"],
  ["ruwa-de4e95b5613fd70b", false, "a hit to an economy by sanctions"],
  ["ruwa-d5d68d31e9c54737", false, "leaders targeted in sanctions"],
  ["ruwa-b45dab03ab63a64d", false, "sanctions that target relatives"],
  ["ruwa-6c0abddc494d972d", false, "a military targeted by hackers"],
  ["ruwa-df152bb0ddcf644f", false, "officials targeted in a hacking campaign"],
  ["ruwa-37e0d17eb8475d31", false, "a rubric over an intelligence service's assessment"],
  ["ruwa-b624987c20376757", false, "an intelligence service's assessment of a practice"],
  ["ruwa-d0e905091a300309", false, "an expert on launchers that may be used"],
  ["ruwa-48be5bfea13ef76d", false, "an analyst's claim about killings"],
  ["ruwa-f6a3b5ccab55ef6f", false, "a weapon's experts somewhere"],
  ["ruwa-0e47365e4331ab1d", false, "a country's civilian toll"],
  ["ruwa-89e070fd9b83a4ba", false, "a capital blaming the other side for a strike"],
  ["ruwa-2a212d36f4156b7b", false, "a city and its region shelled overnight"],
  ["ruwa-f384fecb98bc07c3", false, "a rubric of a city and its region over a day's round-up"],
  ["ruwa-f30856b242988a0e", false, "a region's situation over a day"],
  ["ruwa-b1e6220d96ae1474", false, "a plant's situation, fire at it told as a habit"],
  ["ruwa-2033fb50178dc7b6", false, "a rubric with a verb over sailors' plans"],
  ["ruwa-4ba2277527c8a85d", false, "troops preparing for a battle"],
  ["ruwa-ab8d7ad3cbc2339e", false, "a visit to destroyed towns"],
  ["ruwa-37385087d7e6fd3e", false, "money raised for an anti-drone system"],
  ["ruwa-581b87025c69b737", false, "airstrikes on a region's populated areas"],
  ["ruwa-9d14737c5c809fa5", true, "one strike's rising toll"],
  ["ruwa-796701236e8620c9", true, "a man killed in one rocket attack under a situation rubric"],
  ["ruwa-c84586da54c2ec0b", false, "a city and its region's day, its dead counted together"],
];

describeCorpusItems("RUWA items by id (../shared/corpus/ruwa)", RUWA, RUWA_ITEMS);
