// Incident detection, fourth round: who a count is, where a country-level report is, and talk
// about strikes that read as events (facts/clauses.ts, group/reports.ts). Each rule on sentences
// written for these tests, then whole articles through the real pipeline, then corpus items named
// by id (../shared/corpus; skipped when absent, no text kept here).
import { describe, expect, it } from "vitest";
import { namesPartOfCountry } from "../../src/facts/clauses.js";
import { buildArticles, describeArticles, describeCorpusItems, incidentsOf, inIncident, itReadsPassages, RUWA, UCDP } from "./support/detection.js";

describe("a count in the thousands is a toll only when it counts the dead or hurt", () => {
  itReadsPassages([
    // people present at the scene: the strike is the news
    ["Missile strike hits a crowded market with more than 1,000 people inside, mayor says", "event"],
    ["Rockets hit the stadium where about 2,000 fans had gathered", "event"],
    // the count is what the verb or the casualty word counts
    ["Army says it has eliminated about 41,500 enemy troops since February", "tally"],
    ["Over 1,200 civilians killed in the region, prosecutors say", "tally"],
    ["Defenders killed more than 3,000 invaders near the city in a month", "tally"],
    ["Thousands of residents died in the besieged port, the mayor says", "tally"],
  ]);
});

describe("a country's name followed by a part of it names that part", () => {
  const partOf = (text: string, country: string) => namesPartOfCountry(text, text.indexOf(country), country.length);
  it.each<[string, string, boolean]>([
    ["Aid worker killed in shelling of Ukraine rebel hub", "Ukraine", true],
    ["Two soldiers killed in clashes in Ukraine's rebel east", "Ukraine", true],
    ["Fighting flares in eastern Ukraine", "Ukraine", true],
    // an engagement named after the country is fought in a part of it
    ["Two dead, five hurt in fresh Ukraine clashes", "Ukraine", true],
    ["Dozens of troops said killed in a single Ukraine battle", "Ukraine", true],
    ["Three dead as the Ukraine assault reaches two separatist villages", "Ukraine", true],
    // the country as a whole
    ["Invaders have killed 240 children in Ukraine", "Ukraine", false],
    ["Ukraine says it shot down a drone", "Ukraine", false],
    ["Nine killed in Ukraine war on Monday, officials say", "Ukraine", false],
  ])("%s (%s) -> %s", (text, country, expected) => {
    expect(partOf(text, country)).toBe(expected);
  });
});

describe("a report placed in a country is an incident when the country stands for a part of it", async () => {
  const digest = await buildArticles(
    [
      { id: "rebel-hub", title: "Red Cross worker killed in shelling of Ukraine rebel hub", text: "" },
      { id: "rebel-east", title: "Three soldiers killed in clashes in Ukraine's rebel east", text: "" },
      { id: "country-tally", title: "Invaders have killed 240 children in Ukraine", text: "" },
      { id: "crowded-mall", title: "Missile strike hits shopping mall in Kremenchuk with more than 1,000 people inside", text: "" },
      { id: "country-clashes", title: "Two dead, five hurt in fresh Ukraine clashes, army says", text: "" },
    ],
    "2022-06-28",
  );
  it.each([
    ["rebel-hub", true, "one victim in a city named by its role"],
    ["rebel-east", true, "a part of the country"],
    ["country-tally", false, "a country's tally"],
    ["crowded-mall", true, "thousands present, not thousands dead"],
    ["country-clashes", true, "clashes named after the country: fought in a part of it"],
  ])("%s in an incident: %s (%s)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
});

describe("talk about strikes and what the war did over weeks", () => {
  itReadsPassages([
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
    // many settlements named by a possessive country
    ["More than 20 Ukraine's settlements came under strikes overnight, president says", "tally"],
  ]);
});

describe("a feature's headline or footage with no town and no day joins an incident, never makes one", async () => {
  const digest = await buildArticles(
    [
      { id: "interview", title: "Interview with a machine gunner: how he survived the battles for Harbourtown", text: "He survived fierce battles in Harbourtown and was wounded by a shell in the spring." },
      { id: "footage-region", title: "Paratroopers destroy an enemy column in Donetsk region. VIDEO", text: "Paratroopers of an air assault brigade destroyed a column of enemy armoured vehicles in Donetsk region. View video news." },
      { id: "footage-town", title: "Missiles hit a school in Kramatorsk overnight. VIDEO", text: "Two missiles hit a school in Kramatorsk, Donetsk region, overnight." },
      { id: "mall-strike", title: "Missile strike hits shopping mall in Kremenchuk, killing 18", text: "A Russian missile hit a crowded shopping mall in Kremenchuk on Monday, killing 18 people." },
      { id: "mall-explainer", title: "Explainer: what we know about the missile strike on the Kremenchuk shopping mall", text: "A missile hit the shopping mall in Kremenchuk on Monday afternoon, killing 18 people." },
    ],
    "2022-06-28",
  );
  it.each([
    ["interview", false, "an interview about battles, alone"],
    ["footage-region", false, "footage from a region, no day told"],
    ["footage-town", true, "footage of a strike on a named town, the night told"],
    ["mall-strike", true, "the strike's report"],
    ["mall-explainer", true, "an explainer joins the strike's incident"],
  ])("%s in an incident: %s (%s)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
});

describe("a day counted at one settlement is that place's day; over a region it stays a tally", async () => {
  const digest = await buildArticles(
    [
      { id: "town-day", title: "The enemy shelled Pokrovsk six times in a day with missiles, there are dead", text: "" },
      { id: "city-night", title: "Russian troops fired on Kharkiv 30 times last night", text: "" },
      { id: "region-day", title: "The enemy shelled Kherson region 80 times in a day, two people were killed", text: "" },
      { id: "two-towns-day", title: "Over the past day the enemy shelled Nikopol and Marhanets, wounding two", text: "" },
    ],
    "2022-09-10",
  );
  it.each([
    ["town-day", true, "one town's day"],
    ["city-night", true, "one city's night"],
    ["region-day", false, "a region's day"],
    ["two-towns-day", false, "a day over two towns"],
  ])("%s in an incident: %s (%s)", (id, expected) => {
    expect(inIncident(digest, id as string)).toBe(expected);
  });
});

// Known gap: a country's toll told with one strike or blast named ("killed in an elevator bombing
// in Ukraine") is that one event's. Taking it for one (with "car bomb" as an event noun) was
// measured and not kept: UCDP precise headlines in an incident 0.601 -> 0.605 (A 0.577 -> 0.580, B
// 0.628 -> 0.631) and RUWA sample half A 0.778 -> 0.789, but the held-out half B 0.733 -> 0.725.
describe("a country's toll with one strike named", async () => {
  const digest = await buildArticles([{ id: "country-bombing", title: "Separatist commander killed in elevator bombing in Ukraine", text: "" }], "2022-06-28");
  it.fails("is that strike's incident (known gap)", () => {
    expect(inIncident(digest, "country-bombing")).toBe(true);
  });
});

// War news: a group of reports none of which names a place (nor a ship) nor counts anyone dead or
// hurt tells of nothing somewhere (group/follow-ups.ts). Such a report still joins the incident
// that reports naming its place tell. (Dropping each such report instead, before grouping, was
// measured and not kept: it lost those that join a placed incident, window w1 0.891 -> 0.887.)
describeArticles(
  "a report that names no place and counts no one makes no incident alone",
  "2022-06-27",
  [
    { id: "no-place-toll", title: "Strike on a railway station kills 25 and wounds dozens" },
    { id: "no-place-results", title: "Rocket and artillery troops struck six enemy command posts and an air defence site" },
    { id: "no-place-plans", title: "Army says the occupiers are preparing a missile strike on infrastructure" },
  ],
  [
    ["no-place-toll", true, "dead counted with no place named: someone was somewhere"],
    ["no-place-results", false, "a force's results, nowhere"],
  ],
);
describeArticles("a ship is its own place", "2022-04-14", [{ id: "no-place-ship", title: "Ukrainian missiles hit the Russian cruiser Moskva, officials say" }], [["no-place-ship", true, "a named ship"]]);
describeArticles(
  "a report that names no place joins the strike other reports place",
  "2022-06-27",
  [
    { id: "mall-no-place", title: "Missile strikes a busy shopping mall with hundreds of shoppers inside" },
    { id: "mall-placed", title: "Russian missile hits shopping mall in Kremenchuk", text: "A Russian missile hit a shopping mall in Kremenchuk on Monday afternoon." },
  ],
  [
    ["mall-no-place", true, "joins the strike's incident"],
    ["mall-placed", true, "the strike's report"],
  ],
);
describe("two articles telling one event with no place keep it", async () => {
  const digest = await buildArticles(
    [
      { id: "plant-one", title: "Kyiv accuses Russia of shelling the nuclear power plant again" },
      { id: "plant-two", title: "Nuclear power plant shelled again, Ukraine says" },
    ],
    "2022-08-07",
  );
  it("as one incident", () => {
    expect(inIncident(digest, "plant-one")).toBe(true);
    expect(incidentsOf(digest, "plant-one")).toEqual(incidentsOf(digest, "plant-two"));
  });
});

describeCorpusItems("RUWA window items by id, fourth round (../shared/corpus/ruwa)", RUWA, [
  ["ruwa-9b5d76b9c75919f7", false, "a missile hits a mall with a thousand people inside: alone, it names no place (in its window it joins the strike)"],
  ["ruwa-a15ed693be86f2eb", true, "villages retaken: a share of livestock destroyed is no town's ruin"],
  ["ruwa-0a30ac2cc6ea5de0", false, "remembrance of a strike's dead"],
  ["ruwa-da470e7cd7f3d934", false, "a share of a town destroyed over the siege"],
  ["ruwa-9244f2c9692c3f48", false, "a plant destroyed gradually, seen from satellites"],
  ["ruwa-1067faa849d48d81", false, "a power station destroyed in the fighting over weeks"],
  ["ruwa-228d93c5042f202e", false, "a feature on a city's life under fire"],
  ["ruwa-6864e0bcd6bae3a6", false, "footage of a capture, a region named, no day"],
  ["ruwa-fd4e2ef95bb8cde9", false, "an interview about battles months before"],
  ["ruwa-d504437d8801d2f0", false, "a piece on how a weapon works, with footage"],
  ["ruwa-28f31fb1ace7b63f", false, "a commentator calls a strike a manipulation"],
]);
describeCorpusItems("UCDP headlines by id, fourth round (../shared/corpus/ucdp-dev)", UCDP, [
  ["ucdp-c71957ea084ca7", true, "an aid worker killed in shelling of a city named by its role"],
  ["ucdp-8d84c7e9de7547", true, "the same, told with the shelling as subject"],
  ["ucdp-18fa32b03f9320", true, "one town shelled several times in a day, dead"],
  ["ucdp-25a234952695a6", true, "one city shelled several times in a day"],
  ["ucdp-900b8035356e7d", true, "one dead and four hurt in clashes named after the country"],
  ["ucdp-6c695320eb1042", true, "troops killed in one battle named after the country"],
]);
