// Incident detection, third round: forces moved, assessments of conduct, a front's range, a calm
// reported, a day's count with no place and a whole region hit with several weapons, which read
// as incidents on a read of a RUWA build and on the hand-labelled sample (eval/labels/ruwa-sample).
// Each rule on sentences written for these tests (facts/clauses.ts, group/reports.ts), then whole
// articles through the real pipeline, then corpus items named by id (../shared/corpus; skipped
// when absent, no text kept here).
import { describe } from "vitest";
import { describeArticles, describeCorpusItems, itReadsPassages, RUWA } from "./support/detection.js";

describe("what a passage tells (third round)", () => {
  itReadsPassages([
    // weapons or forces moved somewhere are a posture, not something they did
    ["Ministry: enemy relocating rocket launchers to the border area of Westland", "posture"],
    ["The invaders have relocated two missile divisions closer to Harbourtown, intelligence says", "posture"],
    ["Enemy masses troops and artillery near Oakvale for an assault on the bridgehead", "posture"],
    // an assessment of a party's conduct is talk about events, not one
    ["Allies say the invading forces committed war crimes in the east", "reaction"],
    ["Government assesses enemy troops committed 'war crimes', says soldiers targeted civilians", "reaction"],
    ["Embassy calls dam strike 'war crime'", "reaction"],
    ["Allies hold Russia ultimately responsible for the missile that fell on the farm", "reaction"],
    // a front's range is many places: a round-up, not one event
    ["During the night the enemy shelled various sections of front between Oakvale and Milltown", "tally"],
    ["Troops overnight shelled areas of the front between Oakvale and Milltown, two killed", "tally"],
    ["Rockets struck the entire front line of the Riverside region, two killed", "tally"],
    // a calm reported ("assured that everything is calm") tells no event
    ["The governor assured that everything is calm on the border of the region", "ongoing"],
    // care of the wounded is aid, not the event that wounded them
    ["Clinics on the peninsula turn away civilians to treat wounded soldiers first", "diplomacy"],
    ["Hospitals were ordered to prioritize the army's wounded soldiers over civilian patients", "diplomacy"],
    ["Missile kills two in Oakvale, doctors treat the wounded", "event"],
    // single events stay events
    ["A missile hit a school in Oakvale; the damage is being assessed", "event"],
    ["Troops shelled the area of the bridge near Oakvale", "event"],
  ]);
});

describeArticles("a day's count with no place is a tally; a strike with no place stays an event", "2022-10-19", [
  { id: "country-day", title: "War in the country: invaders kill civilians", text: "On October 18, 15 people were found dead, six of them died earlier. Another 31 civilians were injured." },
  { id: "calm-rubric", title: "Defence of Riverside region: Attack on Riverton", text: "The governor of the region assured that everything is calm along its northern border, though an offensive is still possible." },
  { id: "front-range", title: "Shelling of Riverside region: the enemy overnight shelled areas of the front between Oakvale and Milltown", text: "Three people were killed and two injured, the regional administration said." },
  { id: "relocation", title: "Defence Ministry: enemy relocating missile systems to the border region", text: "The enemy is using the neighbouring country's territory, relocating its missile systems to the border." },
  { id: "region-weapons", title: "Shelling of Sumy region: combat operations in Sumy region", text: "The enemy hit Sumy region with rockets and artillery, a teenager was among the injured." },
  { id: "region-aircraft", title: "Shelling of the Kherson region: consequences of the shelling", text: "The invaders attacked the Kherson region with aircraft, S-300 missiles and Uragan launchers. There are dead and wounded." },
  { id: "region-one-weapon", title: "Shelling of Poltava region: 12 people hurt in Poltava region by missile attacks today", text: "Missile attacks today hurt 12 people in Poltava region, police say." },
  { id: "rubric-airstrike", title: "Shelling of the Chernihiv region: fighting in the region", text: "Enemy aircraft carried out an airstrike on the Greenford community this morning. At least one person died." },
  { id: "country-blast", title: "Car bomb targeting aid convoy kills seven in Somalia", text: "" },
  { id: "country-toll", title: "Invaders have killed 231 children in Ukraine", text: "" },
  { id: "downs-share", title: "Air defence shoots down up to 60% of enemy missiles, commander says", text: "Some 40 to 60% of enemy missiles are now downed by air defence forces, including fighter jets." },
  { id: "strike-no-place", title: "Missile strike kills five people at a bus stop", text: "A missile hit a bus stop on Tuesday morning, killing five people and injuring 12." },
], [
  ["country-day", false, "a day's dead and injured counted with no place"],
  ["calm-rubric", false, "a rubric naming an attack over a calm reported"],
  ["front-range", false, "fire along a range of the front, a day's round-up"],
  ["relocation", false, "weapons moved to a border region"],
  ["region-weapons", false, "a whole region hit with rockets and artillery: its day of attacks"],
  ["region-aircraft", false, "a whole region attacked with aircraft, missiles and launchers"],
  ["region-one-weapon", true, "one day's missile attack on a region, its injured counted"],
  ["rubric-airstrike", true, "one airstrike under a regional shelling rubric"],
  ["country-blast", true, "one bombing placed in a whole country"],
  ["country-toll", false, "a country's toll"],
  ["downs-share", false, "air defence's share of missiles downed, a war's score"],
  ["strike-no-place", true, "one strike named, though its place is not"],
]);

// Items of the RUWA corpus, by id: [id, tells an incident, why in our words].
const RUWA_ITEMS: [string, boolean, string][] = [
  ["ruwa-8c3d1fbd5cea6f82", false, "missile systems relocated to a neighbouring country's region"],
  ["ruwa-4742be6ed7d47482", false, "an attack rubric over a governor's word that all is calm"],
  ["ruwa-e00758ba9c711c54", false, "an assessment that war crimes were committed"],
  ["ruwa-d84503b94b20a8ce", false, "a country's dead and injured of one day, no place"],
  ["ruwa-c24dbeb4dea58954", false, "shelling along a range of the front"],
  ["ruwa-a79265c04e37f026", false, "a stretch of front shelled, town to town"],
  ["ruwa-5137bd578b0b78d0", false, "rockets along the entire front line of a region"],
  ["ruwa-7aa9dd937984d34b", false, "a region attacked with aircraft, missiles and launchers"],
  ["ruwa-17459308b22b47f8", false, "a region hit with rockets and artillery"],
  ["ruwa-bb7a5e1e2e3b112f", true, "an airstrike on a community under a regional rubric"],
  ["ruwa-e6a7fc3359f002a1", true, "one day's missile attacks on a region, its injured counted"],
  ["ruwa-2d1d95ffe88b26ad", true, "a farm shelled with artillery in a region"],
  ["ruwa-d40e54bee7574103", false, "hospitals told to treat soldiers' wounded first"],
  ["ruwa-90a971600a5a5add", true, "a car bomb placed in a whole country"],
  ["ruwa-f26eed7827e8a14e", false, "a government holds another responsible for a missile's fall"],
];

describeCorpusItems("RUWA items by id (../shared/corpus/ruwa)", RUWA, RUWA_ITEMS);
