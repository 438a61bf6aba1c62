// Incident detection: a report becomes an incident only when it tells of a specific event. Each
// rule on sentences written for these tests (facts/clauses.ts), then whole articles through the
// real pipeline, then articles of the corpora named by id (../shared/corpus; skipped when absent,
// no corpus text kept here).
import { describe, expect, it } from "vitest";
import { buildArticles, describeCorpusItems, incidentsOf, itReadsPassages, RUWA, type TestArticle, UCDP } from "./support/detection.js";

describe("what a passage tells", () => {
  itReadsPassages([
    // an event in a clause of its own, whoever reports it
    ["Russian missile hits shopping centre in Harbourtown, killing at least 12", "event"],
    ["Shelling kills two in the centre of Milltown, officials say", "event"],
    ["Regional governor says three people were wounded when a drone struck a fuel depot", "event"],
    ["Missile strike on Harbourtown mall", "event"],
    ["Air defence shot down four drones over the Riverside region overnight", "event"],
    ["Troops captured Oakvale, the defence ministry said", "event"],
    // a reaction whose news is the reaction, even when it repeats the toll
    ["Foreign minister condemns missile attack on Harbourtown", "reaction"],
    ["Leaders denounce 'war crime' after a missile strike on a crowded mall kills 18", "reaction"],
    ["President tells the UN chief about the scope of the night's missile attack", "reaction"],
    ["Ambassador calls the strike on the station a cruel act of terror", "reaction"],
    // what may happen, or is tried
    ["More missile strikes expected from the north, officials warn", "outlook"],
    ["Putin promises a harsh response if attacks on the bridge continue", "outlook"],
    ["Enemy troops are trying to encircle Hilltown from the south", "outlook"],
    ["Planners have modelled scenarios of a response to a limited nuclear strike", "outlook"],
    ["Army to avenge every wounded and killed defender, commander says", "outlook"],
    ["Residents are told to go down to shelters in case of a missile attack on the city", "outlook"],
    // a court about a past event
    ["Court finds three men guilty of downing the airliner in 2014", "legal"],
    ["Verdict in the airliner downing case will be announced today", "legal"],
    ["Police opened a criminal case over the shelling of the market", "legal"],
    ["Shelters stay open in case of a missile attack on the city", "outlook"],
    // aid, sanctions, diplomacy
    ["US approves new $500 million package of security assistance for Ukraine", "diplomacy"],
    ["EU agrees new sanctions after the strikes on power plants", "diplomacy"],
    // tallies: a count over a period, over many places, over the war
    ["Since the start of the invasion, 412 children have been killed", "tally"],
    ["Three residents of the Riverside region killed over the past day", "tally"],
    ["Police recorded 31 strikes on the region during the day", "tally"],
    ["Enemy shelled 14 settlements, wounding civilians", "tally"],
    ["Russian missiles damaged infrastructure across 20 settlements", "tally"],
    // live pages and round-ups of many topics
    ["Ukraine latest updates: talks stall as fighting rages in the east", "live"],
    ["War round-up: bridge reopens and shocking footage of mall blast", "live"],
    // analysis
    ["Explainer: why the bridge matters and what happened to it", "analysis"],
    // an activity going on rather than one event
    ["The enemy continues to hit civilian infrastructure in the south", "ongoing"],
    // forces on alert or ready: no event yet, whatever weapons they carry
    ["Six enemy warships with 30 cruise missiles on alert in the Black Sea", "posture"],
    ["Eleven ships, four of them missile carriers, remain combat-ready in the Sea of Azov", "posture"],
    ["Two Kalibr carriers ready for action off the coast", "posture"],
    // a weapon fired at a target is an event, whatever verb form
    ["Enemy fires three missiles on the airfield near Riverton", "event"],
    ["Russia launched 12 cruise missiles at the port overnight", "event"],
    // an obligation or an ability is no happening ("terrorists can hit civilians")
    ["The aggressor has to be named a sponsor of terror, only terrorists can hit rockets on homes", "outlook"],
    // a modal inside a later clause does not undo the event ("the explosions can still be heard")
    ["Ammunition was detonated at the enemy base near Hilltown, the explosions can still be heard", "event"],
    // a weapon named with nothing it did tells no event
    ["The only danger to civilians is the invaders' missiles and guns", "none"],
    ["Envoy: the only threat to the region is Kalibr and Iskander missiles", "none"],
    // fire told as a state or carried on, not one event
    ["Hilltown is under constant fire, about 3,000 civilians remain in the town", "ongoing"],
    // an inquiry's business
    ["The envoy says it was the make-up of the UN fact-finding mission sent to probe the prison blast that suited the enemy", "legal"],
    // a verb form inside a quoted name is no verb
    ["Platform says the blogger violated its “targeted harassment” rule", "none"],
    // an adjective before "hits" makes it a noun, and does not hide a reaction's noun
    ["Today's edition of quick hits", "none"],
    ["The singer showed off his greatest hits on stage", "none"],
    ["Blast on the bridge is the leader's biggest humiliation, a retired general says", "reaction"],
    // a share of a town's buildings destroyed is what a siege did ("high-rise", "multi-storey")
    ["About 40% of high-rise buildings in Riverton completely destroyed, the city council says", "tally"],
    ["The invaders destroyed 40% of the multi-storey buildings of the city", "tally"],
    // an event that has not happened names none: "a possible blast", "the expected offensive"
    ["Ministry asks experts to assess the consequences of a possible blast at the Riverside dam", "none"],
    ["Engineers assessed a possible detonation of the dam by the occupiers", "none"],
    ["A possible Russian attack on the grid worries engineers", "none"],
    // ... but a real one beside it still counts
    ["After the expected strike, a second blast hit the depot", "event"],
    // aircraft named with nothing they did, as weapons are; a verb intransitive of the market is no sinking
    ["Invaders use long-range bombers to detect air defence systems", "none"],
    ["Belgium to reopen bars as infections sink", "none"],
    // a strike of unnamed means named as a statement's occasion is no event of its own
    ["Washington backs a demilitarised zone around the Riverside plant in the wake of strikes at it", "none"],
    ["Navy sinks Russian landing ship off the coast", "event"],
    // a denial is a reaction to the other side's account
    ["Kremlin denies allegations its troops killed civilians near the capital", "reaction"],
    // ... but the other side's version of one strike is a fact of it: a denial of the claims about
    // the strike, a confirmation of the strike with its own target
    ["Diplomat castigates claims about the strike on the mall", "event"],
    ["Foreign ministry dismisses reports of a strike on the Harbourtown market as staged", "event"],
    ["Defence ministry confirmed the strike on Harbourtown: hangars with weapons were hit", "event"],
    ["The ministry rejected claims that its missiles struck the Harbourtown market", "event"],
    // ... and a denial of claims about no strike is talk ("reducing its support" is no event)
    ["The chancellor rejected accusations of his government reducing its military support", "none"],
    // a witness quoted after the strike's label: what they thought might happen is no forecast
    ["Kremenchuk strike: 'I did not think they would hit a mall'", "event"],
    // a quoted demand stays a reaction
    ["Mall strike: 'We demand justice', says the mayor", "reaction"],
    // footage of the hit posted is a fact of the event, whatever is said with it; photos of no one
    // event are not
    ["Mayor shares video after the missile strike on Harbourtown: the world must see it", "event"],
    ["President releases photos of war crimes: no one will escape", "outlook"],
    // an attack on one building of a country is one event, not the country's tally
    ["More than a dozen killed in Russian attack on Ukraine mall", "event"],
    // strikes on unnamed settlements of a region: a tally
    ["Enemy aircraft launched airstrikes on settlements in the Riverside region, one person was injured", "tally"],
    // a casualty word with a verb of its own after it names people: that verb tells what happens to them
    ["Some 300 wounded remain blocked at the Harbourtown steel plant without medicines", "ongoing"],
    ["Commander says children and badly wounded were evacuated from the besieged plant", "diplomacy"],
    // ... and opening a clause before a noun it is that noun's adjective ("dead" aside: a body found is an event)
    ["Wounded defenders are operated on in the basement of the Harbourtown plant", "none"],
    ["Dead man found in the main square of Milltown, police say", "event"],
    // ... but a noun after it is what it describes: the rubble clearing of a strike stays its event
    ["Hilltown shelling victims: 30 dead bodies pulled from the rubble of the house", "event"],
    // a participle with its phrase before the clause's own verb only describes its noun
    ["More than 200 wounded in the market strike remain in hospital", "ongoing"],
    // Propaganda or myths "blown up" are refuted, nothing exploded.
    ["Blogger blows up the internet with a new clip", "none"],
    ["Saboteurs blew up a railway bridge near Oakvale", "event"],
    // Mining the ground ahead of an offensive is forces' posture, no event.
    ["Invaders mine the roads along the army's path in the region", "posture"],
    // A repair of what a strike damaged follows the strike up.
    ["Engineers repaired the high-voltage line of the plant, damaged by shelling two days ago", "aftermath"],
    ["Crews restored power to the district after the overnight attack", "aftermath"],
    ["A missile hit the tram depot in Harbourtown", "event"],
    // Hit by sanctions or prices is no strike.
    ["Russian oil exporter hit by new U.S. sanctions ships cargo to Asia", "diplomacy"],
    ["Missile hits apartment block in Harbourtown", "event"],
    // What has been hit many times is a situation, no one event.
    ["The Harbourtown dam has been hit several times since spring", "ongoing"],
    ["The bridge has been repeatedly struck since the summer", "ongoing"],
    ["Houses damaged by the shelling in Milltown will be pulled down", "outlook"],
    ["Apartment blocks damaged in the attack to be demolished in Harbourtown", "outlook"],
    // ... but after an auxiliary it is the clause's own passive, whatever noun follows ("good will")
    ["The Harbourtown depot was attacked by men of good will", "event"],
    // ... and after a preposition, with or without an adverb of degree, it is an adjective
    ["Occupiers bring deportees back to the almost destroyed port city", "none"],
    ["Children from destroyed Hilltown start the school year in Riverton", "none"],
    ["Deportees brought back to the almost fully destroyed port city", "none"],
    // arrests, detentions and exposed agents are the security service's case
    ["Security service detains an enemy gunner in the Riverside region", "legal"],
    ["Police made arrests in a raid on a gang in Harbourtown", "legal"],
    ["Counterintelligence exposed an agent network that guided missile strikes on Milltown", "legal"],
    // ... while arrests named as a noun in a headline of two stories leave the other story's verb to head
    ["Bridge blast arrests as market in Hilltown attacked", "event"],
    // a tribute's words for a fighter's death
    ["Volunteer from Hilltown died a hero's death in combat with the invaders", "reaction"],
    ["Marine of the coastal brigade died heroically near Milltown", "reaction"],
    ["A gunner from Hilltown died while performing a combat mission near Milltown", "reaction"],
    // a weapon named as its trade's or industry's names no event; nor does a place after a preposition
    // and a participle of liberation, nor does a purchase
    ["Experts trace the origins of the country's rocket program", "none"],
    ["Allies to buy howitzers for the army", "outlook"],
    ["Kremlin to annex the seized territories next week", "outlook"],
    // what would be done if a building were hit, what is to be struck, what an army gets ready for
    ["Parliament has three spare halls in case its building is destroyed", "outlook"],
    ["Bridges and depots are to be struck by missiles from ships, the staff warns", "outlook"],
    ["Enemy command gets ready for heavy losses near Hilltown", "outlook"],
    // what the war as a whole did is a tally
    ["Churches and museums damaged by war, the agency says", "tally"],
    ["Soldiers rescue a frightened dog near liberated Oakvale", "none"],
    // a label put on the events in quotes is the speaker's judgement
    ["Ministry calls the blasts a 'terrorist attack'", "reaction"],
    // a headline's present tense of forces moved is posture too ("deploy", as "deploys")
    ["Enemy troops deploy howitzers in the school of occupied Hilltown, ministry says", "posture"],
    // an attack told by what it is meant to achieve is the front's operational summary
    ["Staff: the enemy attacked to encircle Milltown from the north", "front"],
  ]);

  // Known gaps:
  itReadsPassages([
    // Drones seen over a place, with no verb: read as weapons named, not as an attack.
    ["Kamikaze drones over the port of Harbourtown", "event"],
  ], { knownGap: true });
});

// Whole articles through the real pipeline: what is an incident, and what its figures are.
const build = (articles: TestArticle[]) => buildArticles(articles, "2024-06-07");

describe("articles that tell no incident stay out of incidents", async () => {
  const digest = await build([
    { id: "strike", title: "Missile strike on Luhansk kills four", text: "Four people were killed and over 40 injured when missiles hit Luhansk on Friday, officials said." },
    { id: "verdict", title: "Court convicts three men over 2014 downing of airliner over Donetsk region", text: "Judges found the men guilty of murder for the missile strike that killed 298 people." },
    { id: "aid", title: "US announces $800 million in security assistance for Ukraine, including drones", text: "The package approved by the president includes 120 drones and artillery shells." },
    { id: "cumulative", title: "Russian war in Ukraine leaves 420 children dead, prosecutors say", text: "Since the full-scale invasion began, 420 children have been killed and more than 800 injured." },
    { id: "daily", title: "Invaders kill three civilians in Donetsk region", text: "Russian troops killed three civilians and wounded 11 in the Donetsk region in the last 24 hours." },
    { id: "liveblog", title: "Ukraine latest: grain deal talks resume; shelling reported near Kharkiv", text: "" },
    { id: "reaction", title: "Minister condemns missile strike on Luhansk", text: "The foreign minister has condemned the strike, which killed four people." },
    { id: "situation", title: "About 400 wounded remain blocked at Mariupol steel plant", text: "About 400 wounded are blocked at the steel plant in Mariupol without water or medicines, the regiment's commander said." },
    { id: "arrest", title: "Security service detains gunner of an assault unit in Kramatorsk", text: "Counterintelligence officers detained a member of an illegal armed group in Kramatorsk during a special operation." },
  ]);

  it.each([
    ["verdict", "a verdict about a past strike"],
    ["aid", "an aid announcement"],
    ["cumulative", "a cumulative tally"],
    ["daily", "a daily tally for a region"],
    ["liveblog", "a live-blog headline of many topics"],
    ["reaction", "a reaction that repeats the toll"],
    ["situation", "the wounded's plight at a besieged plant"],
    ["arrest", "a detention by the security service"],
  ])("%s: %s", (id) => {
    expect(incidentsOf(digest, id)).toEqual([]);
  });

  it("keeps a local report of a shooting whose headline is the arrest", async () => {
    const local = await build([
      { id: "arrested", title: "Suspect detained after shooting at Milltown bar", text: "A gunman opened fire at a bar in Harrisburg on Saturday night, killing two people, police said. A suspect was detained hours later." },
    ]);
    expect(incidentsOf(local, "arrested")).toHaveLength(1);
  });

  it("keeps the strike report as an incident with its own toll", () => {
    const [incident] = incidentsOf(digest, "strike").map((id) => digest.incidents.find((i) => i.id === id)!);
    expect(incident?.killed?.best).toBe(4);
    // The tallies' figures (420, three) are no incident's figure.
    expect(digest.incidents.flatMap((i) => i.killed?.claims.map((c) => c.value) ?? [])).not.toContain(420);
  });
});

describe("a follow-up with a new toll updates the figure", async () => {
  const digest = await build([
    { id: "first", title: "Missile strike on Zaporizhzhia apartment block kills 12", text: "Twelve people were killed when a missile hit an apartment block in Zaporizhzhia overnight.", published: "2022-10-09T08:00:00Z" },
    { id: "update", title: "Zaporizhzhia missile strike: death toll rises to 14", text: "The death toll from the overnight missile strike on an apartment block in Zaporizhzhia has risen to 14, raising it from 12.", published: "2022-10-09T18:00:00Z" },
  ]);
  it("takes the later toll and keeps the earlier one in the claims and the timeline", () => {
    const ids = new Set([...incidentsOf(digest, "first"), ...incidentsOf(digest, "update")]);
    expect(ids.size).toBe(1);
    const incident = digest.incidents.find((i) => ids.has(i.id))!;
    expect(incident.killed?.best).toBe(14);
    expect(incident.killed?.claims.find((c) => c.value === 12)?.superseded).toBe(true);
    expect(incident.killed?.timeline.map((t) => t.value)).toEqual(expect.arrayContaining([12, 14]));
  });
});

describe("a headline's own day is its event's day", async () => {
  const digest = await build([
    {
      id: "found",
      title: "Hilltown shelling on September 25: a woman's body found under the rubble",
      text: "On October 27, rescuers cleared the rubble of an apartment block in Hilltown partly destroyed by shelling, and found the body of a woman.",
      published: "2022-10-28",
    },
  ]);
  it("dates the shelling by the headline's day, not the day of the find", () => {
    const [id] = incidentsOf(digest, "found");
    expect(digest.incidents.find((i) => i.id === id)?.date).toBe("2022-09-25");
  });
});

// Corpus items, by id: [id, tells an incident]. The reasons are our own words.
const RUWA_ITEMS: [string, boolean, string][] = [
  ["ruwa-efdbdc11b83eb14e", false, "prosecutors in the airliner downing trial: a case about a past strike"],
  ["ruwa-a2ef018a5a4b2fde", false, "a verdict to be announced"],
  ["ruwa-88f358c4046954fd", false, "a security assistance package"],
  ["ruwa-206ac3db0e9b53e0", false, "children killed since the invasion began: a cumulative tally"],
  ["ruwa-7f9b609100101a84", false, "civilians killed in one oblast on one day: a daily tally for a region"],
  ["ruwa-8ebf329494eac5cf", false, "strikes counted in one oblast over a day"],
  ["ruwa-608cacfa217d864e", false, "a round-up headline of several topics"],
  ["ruwa-56ac8c5fd097f3a0", false, "a live page headline"],
  ["ruwa-b3a815e302fbc1b8", false, "a president's reaction to a strike"],
  ["ruwa-89f3f8c45ee35ceb", false, "leaders condemn a strike"],
  ["ruwa-bbfa089afd180cbc", false, "strikes expected: a forecast"],
  ["ruwa-5ff4da261264e2bb", true, "the mall strike itself"],
  ["ruwa-20911f6f878351a8", true, "a toll update of a night strike"],
  ["ruwa-053a8404c74955a2", true, "a claimed strike on a unit, lead only"],
  ["ruwa-4d14460656d014c0", true, "drones shot down over an oblast"],
  ["ruwa-dab209b4fe8a7c89", false, "warships and missile carriers ready in the seas: posture"],
  ["ruwa-ef109adfaf686195", false, "ships with cruise missiles on alert: posture"],
  ["ruwa-5feaa611d2d4befd", false, "an envoy names the enemy's missiles as the threat: a statement"],
  ["ruwa-05c3b5aa04a85ba1", true, "two missiles fired on an airport"],
  ["ruwa-5106f6f2b8fc8f6f", false, "a front's day told by its directions"],
];
const UCDP_ITEMS: [string, boolean, string][] = [
  ["ucdp-438437b19ac12a", false, "one soldier killed in the past 24 hours across a region: a daily tally"],
  ["ucdp-c9037e4a2676f2", false, "a quarterly human rights report"],
];

describeCorpusItems("RUWA items by id (../shared/corpus/ruwa)", RUWA, RUWA_ITEMS);
describeCorpusItems("UCDP headlines by id (../shared/corpus/ucdp-dev)", UCDP, UCDP_ITEMS);
