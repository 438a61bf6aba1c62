// Places and time as constraints of grouping (src/group/constraints.ts), on reports written for
// these tests after the way war reports are worded: same-day reports of different towns stay
// apart and a region-level report does not bridge them; one strike reported by several outlets
// over days, the other side's counter-claim included, is one incident with every source's figures;
// a follow-up weeks later joins when it names its strike and stays apart when it does not; the
// text keeps a morning and an evening attack, or a new attack the next day, apart.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/pipeline.js";
import { coreOf, averageLinkClusters } from "../../src/group/cluster.js";
import { eventWindow, isCalendarDay, markFreshAttackDays, mayJoin, neverTogether, ownScene, placedByTarget, refersTo, reportRegions, sameTarget, PLACELESS_REGION_TITLE, samePlaceDay, textSigns, tooLittleInCommon, UNTYPED_TEXT, type ConstraintFacts } from "../../src/group/constraints.js";
import type { Digest, Place } from "../../src/model.js";
import { makeContentDir } from "../support/content.js";

interface Written {
  id: string;
  published: string;
  title: string;
  text: string;
}

function build(articles: Written[]): Promise<Digest> {
  const lines = articles.map((a, i) => JSON.stringify({ ...a, source: `outlet${i % 4}.example`, url: `https://outlet${i % 4}.example/${a.id}` }));
  return buildDigest({ contentDir: makeContentDir({ "articles/news.jsonl": `${lines.join("\n")}\n` }), now: DateTime.fromISO("2026-01-01T00:00:00Z") });
}

/** Article id -> its primary incident's id ("-" when in none). */
function incidents(digest: Digest): Map<string, string> {
  return new Map(digest.articles.map((a) => [a.id, a.incidents[0] ?? "-"]));
}

/** Every article of each group shares one incident, and no two groups share one. */
function expectGroups(digest: Digest, groups: string[][]): void {
  const of = incidents(digest);
  const ids = groups.map((group) => {
    const first = of.get(group[0]!)!;
    expect(first, `${group[0]} is in no incident`).not.toBe("-");
    for (const id of group) expect(of.get(id), `${id} with ${group[0]}`).toBe(first);
    return first;
  });
  expect(new Set(ids).size, "the groups are different incidents").toBe(groups.length);
}

describe("places", async () => {
  const digest = await build([
    { id: "kupiansk", published: "2024-07-16", title: "Shelling kills two in Kupiansk", text: "Russian artillery shelled Kupiansk on Tuesday, killing two civilians, the regional governor said." },
    { id: "izium", published: "2024-07-16", title: "Shelling wounds three in Izium", text: "Russian artillery shelled Izium on Tuesday, wounding three civilians, the regional governor said." },
    { id: "kupiansk-2", published: "2024-07-16", title: "Two civilians killed in Kupiansk", text: "Two civilians died when Russian shells hit a street in Kupiansk on Tuesday, local officials said." },
    { id: "region", published: "2024-07-16", title: "Shelling in Kharkiv region", text: "Russian shelling in the Kharkiv region killed two people and wounded three on Tuesday, the regional governor said." },
  ]);

  it("keeps same-day reports of towns more than 25 km apart apart, and joins two outlets' reports of one town", () => {
    expectGroups(digest, [["kupiansk", "kupiansk-2"], ["izium"]]);
  });

  it("lets a region-level report join one town's incident at most, never bridge two", () => {
    const of = incidents(digest);
    expect(of.get("kupiansk")).not.toBe(of.get("izium"));
    expect([of.get("kupiansk"), of.get("izium"), "-"].filter((x) => x === of.get("region")).length).toBeLessThanOrEqual(1);
  });
});

describe("regions", async () => {
  const digest = await build([
    { id: "oblast", published: "2023-03-08", title: "Shelling in Kharkiv Oblast: a woman killed and a man injured", text: "Shelling in Kharkiv Oblast: a woman killed and a man injured" },
    { id: "village", published: "2023-03-08", title: "Shelling hits Novodruzhesk in Luhansk region: a woman killed and a man injured", text: "Shelling hits Novodruzhesk in Luhansk region: a woman killed and a man injured" },
    { id: "sumy", published: "2023-03-08", title: "Shelling of Sumy Oblast: a woman was killed, a man injured", text: "Shelling of Sumy Oblast: a woman was killed, a man injured" },
    { id: "sevastopol", published: "2023-03-09", title: "Drones attack Sevastopol, one sailor killed", text: "Drones attacked Sevastopol overnight, killing one sailor, the governor said." },
    { id: "crimea", published: "2023-03-09", title: "Drone attack on Crimea overnight kills one sailor", text: "Drones attacked Crimea overnight, killing one sailor, the occupation authorities said." },
  ]);

  it("keeps same-day reports of places in different regions apart, a region-level report included", () => {
    const of = incidents(digest);
    expect(new Set(["oblast", "village", "sumy"].map((id) => of.get(id))).size).toBe(3);
  });

  it("takes a city that is a region of its own (Sevastopol) as inside the region around it (Crimea)", () => {
    expectGroups(digest, [["sevastopol", "crimea"]]);
  });
});

describe("one strike over days, and follow-ups weeks later", async () => {
  const strike: Written[] = [
    { id: "first", published: "2024-07-11", title: "Missile strike on Vinnytsia shopping centre kills 20", text: "A Russian missile struck a shopping centre in the centre of Vinnytsia on Thursday morning, killing 20 people and wounding dozens, the regional governor said." },
    { id: "second-outlet", published: "2024-07-11", title: "Missiles hit central Vinnytsia, at least 20 dead", text: "Russian missiles hit the centre of Vinnytsia on Thursday, destroying an office building and a shopping centre. At least 20 people were killed, officials said." },
    { id: "toll-rises", published: "2024-07-12", title: "Vinnytsia missile strike death toll rises to 23", text: "The death toll from the missile strike on a shopping centre in Vinnytsia rose to 23, including three children, rescuers said as they cleared the rubble." },
    { id: "counter-claim", published: "2024-07-12", title: "Russia says Vinnytsia strike hit military meeting", text: "The Russian defence ministry said its Kalibr missiles struck a meeting of Ukrainian air force officers in Vinnytsia and denied targeting civilians." },
    { id: "names-its-strike", published: "2024-08-12", title: "Vinnytsia strike toll revised", text: "Prosecutors said the missile strike on the Vinnytsia shopping centre on July 11 killed 27 people, revising the toll after identifying the last victims." },
    { id: "another-strike", published: "2024-08-12", title: "Missile strike on Vinnytsia wounds five", text: "A Russian missile hit an industrial area of Vinnytsia on Monday, wounding five people, the governor said." },
  ];
  const digest = await build(strike);

  it("joins every outlet's report of the strike over three days, the other side's counter-claim and the follow-up that names it", () => {
    expectGroups(digest, [["first", "second-outlet", "toll-rises", "counter-claim", "names-its-strike"], ["another-strike"]]);
  });

  // Known gap: the war-news model, fitted on headlines of small daily events, scores a report two
  // days later that names neither the target nor a person below the threshold.
  it.fails("joins the other side's counter-claim two days later when it names no target", async () => {
    const late = await build([...strike.slice(0, 3), { ...strike[3]!, id: "late-claim", published: "2024-07-13" }]);
    expectGroups(late, [["first", "second-outlet", "toll-rises", "late-claim"]]);
  });

  it("keeps every source's figure, the later tolls included", () => {
    const incident = digest.incidents.find((i) => i.articles.includes("first"))!;
    expect(new Set(incident.killed!.claims.map((c) => c.value))).toEqual(new Set([20, 23, 27]));
    expect(new Set(incident.killed!.claims.map((c) => c.article))).toEqual(new Set(["first", "second-outlet", "toll-rises", "names-its-strike"]));
  });

  it("says why each report joined, naming the features that decided", () => {
    const incident = digest.incidents.find((i) => i.articles.includes("first"))!;
    for (const reason of incident.reasons.filter((r) => r.linkedTo && !r.editor)) {
      expect(reason.decidedBy.length).toBeGreaterThan(0);
      expect(reason.note).toContain(`decided by ${reason.decidedBy[0]!.feature}`);
    }
  });
});

describe("a government building's toll rising over days", async () => {
  // Each day's toll names the building struck, not the day: the building ties it to its strike.
  // The same administration speaking of another attack that week ties nothing.
  const digest = await build([
    { id: "strike", published: "2024-05-06", title: "Missile hits administration building in Sumy, nine killed", text: "A Russian missile struck the building of the Sumy regional military administration on Monday morning, killing nine people and injuring 25, the governor said." },
    { id: "toll-11", published: "2024-05-08", title: "Sumy strike death toll rises to 11", text: "The death toll from the missile strike on the building of the regional administration in Sumy rose to 11 as rescuers pulled more bodies from the rubble." },
    { id: "toll-14", published: "2024-05-09", title: "Death toll in missile strike on Sumy regional administration rises to 14", text: "The number of people killed in the missile strike on the building of the Sumy regional state administration has risen to 14." },
    { id: "outskirts", published: "2024-05-09", title: "Shelling hits Sumy outskirts, one wounded", text: "Russian artillery shelled the outskirts of Sumy on Thursday, wounding one man, the regional military administration said." },
  ]);

  it("joins each day's toll to the strike on the building, and keeps another attack on the town apart", () => {
    expectGroups(digest, [["strike", "toll-11", "toll-14"], ["outskirts"]]);
  });
});

describe("a target attacked again and again", async () => {
  const digest = await build([
    { id: "march", published: "2024-03-04", title: "Shelling hits Kherson port", text: "Russian artillery shelled the port of Kherson on 3 March, wounding two dock workers, the regional governor said." },
    { id: "march-2", published: "2024-03-04", title: "Two hurt in Kherson port shelling", text: "Two workers were wounded when shells hit the Kherson port on 3 March, officials said." },
    { id: "april", published: "2024-04-15", title: "Kherson port shelled again", text: "Russian artillery shelled the port of Kherson on 14 April, killing one dock worker, the regional governor said." },
  ]);

  it("keeps two reports that name one target at one place apart when each gives its own calendar day", () => {
    expectGroups(digest, [["march", "march-2"], ["april"]]);
  });

  const refinery = await build([
    { id: "strike", published: "2024-04-25", title: "Missiles hit Kremenchuk refinery", text: "Russian missiles struck the oil refinery in Kremenchuk yesterday, killing one worker and wounding seven, the regional governor said." },
    { id: "photos", published: "2024-05-06", title: "Photos of the Kremenchuk refinery", text: "New photos show the Kremenchuk oil refinery destroyed by the Russian missile strike on April 24." },
    { id: "again", published: "2024-05-12", title: "Kremenchuk refinery hit again", text: "Russian forces again fired missiles at the oil refinery in Kremenchuk, the regional governor said." },
    { id: "later", published: "2024-06-18", title: "Missile strike on Kremenchuk refinery", text: "Russia launched six missiles at the Kremenchuk oil refinery on the night of June 18, the regional governor said." },
  ]);

  it("joins a follow-up that names the strike's target and day, and keeps later attacks on the target apart", () => {
    expectGroups(refinery, [["strike", "photos"], ["again"], ["later"]]);
  });
});

describe("the text keeps events of one place apart", async () => {
  const digest = await build([
    { id: "morning", published: "2024-07-18", title: "Drones hit Odesa port", text: "Russian drones struck the port of Odesa in the morning on Thursday, wounding four workers, the regional governor said." },
    { id: "morning-2", published: "2024-07-18", title: "Odesa port attacked", text: "Four port workers were wounded when Russian drones hit the port of Odesa on Thursday morning, officials said." },
    { id: "evening", published: "2024-07-18", title: "Shelling kills one in Odesa", text: "Russian artillery shelled Odesa in the evening on Thursday, killing one man, the regional governor said." },
    { id: "saturday", published: "2024-07-20", title: "Missile strike kills five in Zaporizhzhia", text: "A Russian missile strike on Zaporizhzhia killed five people on Saturday, the regional governor said." },
    { id: "toll", published: "2024-07-21", title: "Zaporizhzhia toll rises", text: "The death toll from the missile strike on Zaporizhzhia rose to seven, the regional governor said." },
    { id: "again", published: "2024-07-21", title: "Zaporizhzhia struck again", text: "Russian missiles struck Zaporizhzhia again on Sunday, damaging a hospital and wounding two people, the governor said." },
  ]);

  it("a morning attack and an evening shelling of one city on one day are two incidents", () => {
    expectGroups(digest, [["morning", "morning-2"], ["evening"]]);
  });

  it("a report of a new attack the next day stays apart from the day before's strike", () => {
    expectGroups(digest, [["saturday"], ["again"]]);
  });

  // The toll published on the day of the new attack shares that day and words with its report; the
  // war-news model fitted on the pairs grouping scores weighs the day before's strike it updates
  // higher (with the model fitted on plain candidate pairs it joined the new attack).
  it("the next day's toll update joins the strike it updates, not the new attack of its day", () => {
    expectGroups(digest, [["saturday", "toll"], ["again"]]);
  });
});

describe("one city's districts struck on one day", async () => {
  // A city shelled all day is struck in one district and then another: reports naming different
  // parts of it are different events, reports naming the same part one event.
  const digest = await build([
    { id: "block", published: "2024-03-12", title: "Kyiv apartment block hit by a shell", text: "A Russian shell hit a nine-storey apartment block in the Holosiivskyi district of Kyiv on Tuesday, starting a fire." },
    { id: "block-2", published: "2024-03-12", title: "Russian shelling sets Kyiv apartment block on fire", text: "Russian troops shelled an apartment block in the Holosiivskyi district of Kyiv on Tuesday, and firefighters put out the blaze on its upper floors." },
    { id: "house", published: "2024-03-12", title: "A shell damages a family house in Kyiv", text: "A Russian shell hit a private house in the Darnytskyi district of Kyiv on Tuesday, starting a fire." },
  ]);

  it("keeps the shell on a house in one district apart from the shell on a block in another", () => {
    expectGroups(digest, [["block", "block-2"], ["house"]]);
  });

  it("reads a city's part, not a rural district of a region or a district named after its town", () => {
    expect([...textSigns("A cottage burned in the Obolon neighbourhood in Kyiv after the strike.").cityParts]).toEqual(["obolon"]);
    expect([...textSigns("Drones hit a substation in Kharkiv's Saltivka district overnight.").cityParts]).toEqual(["saltivka"]);
    expect(textSigns("Explosions were heard in the Kremenchuk district of the Poltava region.").cityParts.size).toBe(0);
    expect(textSigns("Missiles fell on Zaporizhzhia and on the Zaporizhzhia district overnight.").cityParts.size).toBe(0);
  });
});

describe("named targets", () => {
  // A trade's market is no place struck: an exchange-rate story of the day had joined a town's
  // shelled market on the word.
  it("reads a market struck, not the black market or the stock market", () => {
    expect(textSigns("Russian shells hit the central market in the town.").targets).toContain("market");
    expect(textSigns("The hryvnia fell on the black market on Thursday.").targets).not.toContain("market");
    expect(textSigns("Stock markets fell after the news.").targets).not.toContain("market");
  });

  // A subway, police or filling station is not the railway station a war report names: a railway
  // station shelled in Ukraine had been placed by the word at a subway shooting in New York.
  it("reads a railway or bus station, not a subway, police or filling station", () => {
    expect(textSigns("Overnight, shells hit the railway station in the town.").targets).toContain("station");
    expect(textSigns("Passengers sheltered in the station as the shelling went on.").targets).toContain("station");
    expect(textSigns("A gunman opened fire on a crowded subway station in the morning rush.").targets).not.toContain("station");
    expect(textSigns("The suspect was taken to a police station for questioning.").targets).not.toContain("station");
    expect(textSigns("Drivers queued at every filling station in the city.").targets).not.toContain("station");
  });
});

describe("a big strike's same-day updates, its unplaced reports and the other side's version", async () => {
  // Worded as outlets word them: a rubric and a toll "as of" an hour, the mayor's first words, a
  // headline that names the mall but not the town, the attacker's ministry the next day. Another
  // town's strike the same day, worded alike, stays apart.
  const digest = await build([
    { id: "strike", published: "2024-06-03", title: "Russian missiles hit shopping centre in Lubny", text: "Two Russian missiles struck a crowded shopping centre in Lubny, Poltava region, on Monday afternoon." },
    { id: "as-of", published: "2024-06-03", title: "Shelling of Lubny: as of 19:30, 10 people were killed and 40 injured in Lubny", text: "Rescuers are still working at the site, the regional administration said." },
    { id: "mayor", published: "2024-06-03", title: "Strike on Lubny: rocket hit a very crowded place, there are dead and wounded - mayor", text: "The city's mayor said emergency services were on the scene." },
    { id: "unplaced", published: "2024-06-03", title: "Russian missile strike hits shopping mall with hundreds of people inside, Ukraine says", text: "The number of victims cannot yet be counted, the president said." },
    { id: "other-side", published: "2024-06-04", title: "Defence ministry confirmed strike on Lubny: hangars with weapons were hit, the shopping centre was not working", text: "The ministry said the fire spread to the shopping centre from the hangars." },
    { id: "elsewhere", published: "2024-06-03", title: "Russian missile strike hits market in Sloviansk", text: "A Russian missile struck a market in Sloviansk on Monday, killing two people, the governor said." },
    // The attacker's version from its own outlet, naming neither the town nor the mall: only the
    // depot it says it hit, as the ministry's confirmation does at the town.
    { id: "depot-unplaced", published: "2024-06-04", title: "", text: "The strike left a deep crater at a plant where a weapons depot was hidden, the defence ministry says" },
  ]);

  it("joins the toll update and the mayor's words of the strike's day, however worded", () => {
    expectGroups(digest, [["strike", "as-of", "mayor"], ["elsewhere"]]);
  });

  it("joins a headline that names the mall but no town to the strike on the mall, not to another town's strike", () => {
    expectGroups(digest, [["strike", "unplaced"], ["elsewhere"]]);
  });

  it("joins the other side's confirmation of the strike, with its own version of what was hit", () => {
    expectGroups(digest, [["strike", "other-side"], ["elsewhere"]]);
  });

  it("joins the other side's placeless version, which names only the depot it says it hit, to the strike whose reports name that depot at the town", () => {
    expectGroups(digest, [["strike", "other-side", "depot-unplaced"], ["elsewhere"]]);
  });
});

describe("a report that names no place links only on shared words", async () => {
  const digest = await build([
    { id: "strike", published: "2024-08-05", title: "Rockets hit Zaporizhzhia overnight", text: "Russian forces fired several rockets at Zaporizhzhia overnight, wounding three people, the regional governor said." },
    { id: "strike-2", published: "2024-08-05", title: "Three wounded as rockets hit Zaporizhzhia", text: "Three people were wounded when rockets hit Zaporizhzhia during the night, regional officials said." },
    // No place, hardly a word in common with the strike: another event of the night.
    { id: "jet", published: "2024-08-05", title: "Enemy jet downed", text: "Air defence forces shot down an enemy Su-25 jet during the night, the air force said." },
    { id: "boat", published: "2024-08-05", title: "Patrol boat sunk", text: "A navy drone sank an enemy patrol boat overnight, the navy said." },
    // No place, but the strike's own words: it joins.
    { id: "placeless", published: "2024-08-05", title: "Three wounded as rockets hit city overnight", text: "Three people were wounded when rockets hit the city during the night, officials said." },
  ]);

  it("keeps a placeless report that shares next to no words out of the day's strike, and lets one that tells it join", () => {
    const of = incidents(digest);
    expectGroups(digest, [["strike", "strike-2", "placeless"]]);
    for (const id of ["jet", "boat"]) expect(of.get(id), id).not.toBe(of.get("strike"));
  });
});

describe("a village placed by the city near it", async () => {
  const digest = await build([
    { id: "city", published: "2022-05-11", title: "Missile shot down over Zaporizhzhia", text: "Air defence shot down a Russian missile over Zaporizhzhia on Wednesday, the regional administration said." },
    { id: "village", published: "2022-05-11", title: "One killed as missiles hit village outside Zaporizhzhia", text: "Russian missiles struck the village of Komyshuvakha in the Zaporizhzhia region on Wednesday, killing one person and wounding three." },
  ]);

  // Known gap: "a village outside Zaporizhzhia" puts the city among the report's scenes. Reading the
  // city as a mere reference there loses the place of reports that never name the village ("head
  // of a village near Bucha killed"), which then join a same-day village report elsewhere.
  it.fails("takes the village, not the city that places it, as the scene: two incidents", () => {
    expectGroups(digest, [["city"], ["village"]]);
  });
});

describe("a city struck night after night", async () => {
  const digest = await build([
    { id: "first", published: "2024-09-14", title: "Night missile attack on Dnipro kills nine", text: "Russian missiles struck apartment blocks in Dnipro overnight, killing nine people, the regional governor said." },
    { id: "first-2", published: "2024-09-14", title: "Dnipro toll rises to nine", text: "Rescuers pulled bodies from the rubble of apartment blocks in Dnipro after missiles hit the city at night; nine people were killed." },
    { id: "second", published: "2024-09-15", title: "One killed in night attack on Dnipro", text: "A woman was killed when Russian missiles hit apartment blocks in Dnipro last night, the regional governor said." },
  ]);

  it("keeps \"last night\" reports published on different days apart, and joins those of one day", () => {
    expectGroups(digest, [["first", "first-2"], ["second"]]);
  });
});

describe("a town shelled night after night, each night dated as a morning report dates it", async () => {
  const digest = await build([
    { id: "night-13", published: "2024-08-13", title: "Strike on Nikopol: the city under fire", text: "Tonight, August 13, the enemy covered the city of Nikopol with artillery fire from across the river." },
    { id: "night-14", published: "2024-08-14", title: "Shelling of Nikopol: the city under fire again", text: "Tonight, August 14, Russian troops twice covered the city of Nikopol with artillery fire." },
  ]);

  it("keeps them apart", () => {
    expectGroups(digest, [["night-13"], ["night-14"]]);
  });
});

describe("a town shelled on two days, each report dating its own day", async () => {
  // Each report dates its shelling to the day it was published ("on Tuesday", "overnight" in a
  // morning report): published a day apart, they tell two days. An evening shelling told that
  // evening and the next morning as "last night" is one.
  const digest = await build([
    { id: "tue", published: "2024-10-01", title: "Occupiers shell Vovchansk, houses damaged", text: "On Tuesday, Russian troops shelled Vovchansk in the Kharkiv region with artillery, damaging private houses." },
    { id: "wed", published: "2024-10-02", title: "Russian artillery shells Vovchansk, houses damaged", text: "On Wednesday afternoon, Russian troops shelled Vovchansk in the Kharkiv region with artillery, damaging private houses." },
    { id: "fri-evening", published: "2024-10-04", title: "Occupiers shell Kupiansk in the evening", text: "On Friday evening, Russian troops shelled Kupiansk in the Kharkiv region with artillery, damaging a school." },
    { id: "sat-morning", published: "2024-10-05", title: "Russians shelled Kupiansk at night, school damaged", text: "Last night, Russian troops shelled Kupiansk in the Kharkiv region with artillery, damaging a school." },
  ]);

  it("keeps reports of their own publication days apart when published on different days", () => {
    const of = incidents(digest);
    expect(of.get("tue")).not.toBe("-");
    expect(of.get("wed")).not.toBe("-");
    expect(of.get("tue")).not.toBe(of.get("wed"));
  });

  it("joins an evening shelling told that evening and as last night the next morning", () => {
    expectGroups(digest, [["fri-evening", "sat-morning"]]);
  });
});

describe("a power plant shelled every few days, told without a day", async () => {
  // War headlines tell their own day: a report without a day of the plant's shelling two days
  // after another is a new shelling, though both name the plant; a report of the toll rising, as
  // late and as undated, is the first one's.
  const digest = await build([
    { id: "plant-mon", published: "2024-09-02", title: "Occupiers shell Kurakhove power plant", text: "Russian troops shelled the thermal power plant in Kurakhove in the Donetsk region, damaging a transformer." },
    { id: "plant-mon-2", published: "2024-09-02", title: "Kurakhove power plant comes under fire", text: "Russian artillery fired on the thermal power plant in Kurakhove, the Donetsk regional administration reported." },
    { id: "plant-wed", published: "2024-09-04", title: "Russians fire on Kurakhove power plant", text: "The Russian army fired on the thermal power plant in Kurakhove in the Donetsk region, damaging a transformer." },
  ]);

  it("keeps the reports of different publication days apart, and joins those of one day", () => {
    expectGroups(digest, [["plant-mon", "plant-mon-2"], ["plant-wed"]]);
  });
});

describe("a strike's toll told day after day, and a town shelled every day", async () => {
  // One outlet's updates of a strike's rising toll, each without a day, are that strike's; in a
  // town shelled again since, a toll that "rises" the next day is the new shelling's.
  const digest = await build([
    { id: "brovary-1", published: "2024-03-05", title: "Missile strike on Brovary kills four", text: "A Russian missile hit an apartment block in Brovary, Kyiv region, killing four people, the mayor said." },
    { id: "brovary-2", published: "2024-03-06", title: "Brovary missile strike: toll now nine dead", text: "The toll of the Russian missile strike on Brovary has risen to nine dead, rescuers said." },
    { id: "brovary-3", published: "2024-03-08", title: "Brovary strike death toll climbs to 12", text: "The death toll of the missile strike on Brovary has risen to 12, the regional administration said." },
    { id: "horlivka-1", published: "2024-03-05", title: "Shelling of Horlivka kills two", text: "Artillery shelling killed two civilians in Horlivka on 5 March, the city's head said." },
    { id: "horlivka-2", published: "2024-03-06", title: "Shelling of Horlivka kills one, injures five", text: "One civilian was killed and five were hurt when shells hit a Horlivka neighbourhood on 6 March, the city's head said." },
    { id: "horlivka-2-toll", published: "2024-03-06", title: "Horlivka shelling: toll now three dead", text: "The toll of the shelling of Horlivka has risen to three dead, the city's head said." },
  ]);

  it("joins a strike's toll updates of later days", () => {
    expectGroups(digest, [["brovary-1", "brovary-2", "brovary-3"]]);
  });

  it("keeps a toll that rises after a new shelling away from the day before", () => {
    const of = incidents(digest);
    expect(of.get("horlivka-2-toll")).not.toBe(of.get("horlivka-1"));
  });
});

describe("a warship's sinking, reported for weeks without a town", async () => {
  // A ship at sea is its own place: the reports of its sinking name no town (or the port far off
  // it sailed from), and its crew's fate is told weeks later. The ship named, with its noun, ties
  // them; another ship's loss the same week stays apart.
  const digest = await build([
    { id: "hit", published: "2023-05-10", title: "Navy says missiles hit the frigate Admiral Nakhimov off the coast", text: "Two anti-ship missiles struck the frigate Admiral Nakhimov, the navy's spokesman said. The ship caught fire." },
    { id: "sank", published: "2023-05-11", title: "Defence ministry: the Nakhimov frigate sank while under tow", text: "The Nakhimov guided-missile frigate went down in rough seas while under tow, the defence ministry said." },
    { id: "crew", published: "2023-05-29", title: "One sailor dead and 20 missing from the frigate Nakhimov, ministry admits", text: "Weeks after the frigate Nakhimov went down, the ministry said one sailor died and 20 were missing." },
    { id: "other", published: "2023-05-12", title: "Drone boats damage the landing ship Tsezar Kunikov", text: "Sea drones struck the landing ship Tsezar Kunikov overnight, the navy said." },
  ]);

  it("joins the hit, the sinking and the crew's fate, and keeps another ship apart", () => {
    expectGroups(digest, [["hit", "sank", "crew"], ["other"]]);
  });

  it("reads a ship's name after or before its noun, and no name from a title-case headline", () => {
    expect([...textSigns('Cruiser "Pechenga" caught fire after the strike').vessels]).toEqual(["pechenga"]);
    expect([...textSigns("the Pechenga missile cruiser burned").vessels]).toEqual(["pechenga"]);
    expect([...textSigns("the frigate Admiral Nakhimov was hit").vessels]).toEqual(["nakhimov"]);
    expect(textSigns("Navy Frigate Burns Off The Coast").vessels.size).toBe(0);
    expect(textSigns("a Russian cruiser and the Black Sea Fleet flagship").vessels.size).toBe(0);
  });
});

describe("event windows", async () => {
  const day = (iso: string) => Math.round(Date.parse(iso) / 86_400_000);
  const facts = (over: Partial<ConstraintFacts>): ConstraintFacts => ({
    scenes: [], ownScene: null, regions: [], placeNames: [], first: day("2024-07-11"), last: day("2024-07-11"), published: day("2024-07-12"), dated: true, calendarDay: false,
    referenceNames: new Int32Array(), rareTerms: new Int32Array(), targets: new Set(), vessels: new Set(), partsOfDay: new Set(), cityParts: new Set(), newAttack: false, lastNight: false, kind: "violence", ...over,
  });
  const meet = (a: ConstraintFacts, b: ConstraintFacts) => {
    const [x, y] = [eventWindow(a), eventWindow(b)];
    return x[0] <= y[1] && y[0] <= x[1];
  };
  const on = (iso: string, over: Partial<ConstraintFacts> = {}) => facts({ first: day(iso), last: day(iso), ...over });
  const undated = (published: string) => facts({ dated: false, published: day(published) });

  it.each([
    ["two weekday dates a day apart", on("2024-07-11"), on("2024-07-12"), true],
    ["two weekday dates two days apart", on("2024-07-11"), on("2024-07-13"), false],
    ["two calendar days a day apart", on("2024-07-11", { calendarDay: true }), on("2024-07-12", { calendarDay: true }), false],
    ["a report without a day, 3 days after", on("2024-07-11"), undated("2024-07-14"), true],
    ["a report without a day, 4 days after", on("2024-07-11"), undated("2024-07-15"), false],
    ["a report published two days before the event", undated("2024-07-09"), on("2024-07-11"), false],
    ["two reports without a day, 3 days apart", undated("2024-07-11"), undated("2024-07-14"), true],
  ])("%s: meet %s", (_, a, b, expected) => {
    expect(meet(a, b)).toBe(expected);
  });

  // War news: a report without a day is linked directly to an event of its publication day or the
  // day before, no earlier, unless it names the other's event.
  const warUndated = (published: string) => facts({ dated: false, published: day(published), undatedLag: 1 });
  it.each([
    ["a war report without a day, 1 day after", on("2024-07-11"), warUndated("2024-07-12"), true],
    ["a war report without a day, 2 days after", on("2024-07-11"), warUndated("2024-07-13"), false],
    ["two war reports without a day, 1 day apart", warUndated("2024-07-11"), warUndated("2024-07-12"), true],
    ["two war reports without a day, 2 days apart", warUndated("2024-07-11"), warUndated("2024-07-13"), false],
    ["two local reports without a day, 2 days apart", undated("2024-07-11"), undated("2024-07-13"), true],
  ])("%s: may be linked %s", (_, a, b, expected) => {
    expect(mayJoin(a, b, true)).toBe(expected);
  });

  it("links two reports of one settlement and their publication day, not of a town 17 km away or of another day", () => {
    const town = (name: string, lat: number, lon: number) => ({ name: name.toLowerCase(), place: { slug: name.toLowerCase(), name, lat, lon } as Place });
    const kremenchuk = town("Kremenchuk", 49.06253, 33.40484);
    const plavni = town("Horishni Plavni", 49.00835, 33.62926);
    const report = (scene: typeof kremenchuk, over: Partial<ConstraintFacts> = {}) => ({ ...undated("2022-06-27"), scenes: [scene], place: scene.place, ...over });
    expect(samePlaceDay(report(kremenchuk), report(kremenchuk))).toBe(true);
    expect(samePlaceDay(report(kremenchuk), report(kremenchuk, { dated: true, first: day("2022-06-27"), last: day("2022-06-27"), published: day("2022-06-27") }))).toBe(true);
    expect(samePlaceDay(report(kremenchuk), report(plavni))).toBe(false);
    expect(samePlaceDay(report(kremenchuk), report(kremenchuk, { published: day("2022-06-28") }))).toBe(false);
    // a report published that day of an event it dates to the day before
    expect(samePlaceDay(report(kremenchuk), report(kremenchuk, { dated: true, first: day("2022-06-26"), last: day("2022-06-26"), published: day("2022-06-27") }))).toBe(false);
  });

  it("places a report naming no place by a report naming its target at a town, one way only", () => {
    const lubny = { name: "lubny", place: { slug: "lubny", name: "Lubny", lat: 50.01625, lon: 32.98969 } as Place };
    const depot = new Set(["arms depot"]);
    const placeless = { ...undated("2024-06-04"), targets: depot };
    const atTown = { ...undated("2024-06-04"), scenes: [lubny], targets: new Set(["arms depot", "mall"]) };
    const mallOnly = { ...undated("2024-06-03"), scenes: [lubny], targets: new Set(["mall"]) };
    expect(placedByTarget(placeless, atTown)).toBe(true);
    expect(placedByTarget(atTown, placeless), "a placed report is not placed by a placeless one").toBe(false);
    expect(placedByTarget(placeless, mallOnly), "no target in common").toBe(false);
    expect(placedByTarget({ ...placeless, regions: ["UA.Poltava"], placeNames: ["poltava oblast"] }, atTown), "a report naming a region is placed by it").toBe(false);
    expect(placedByTarget(placeless, { ...atTown, published: day("2024-06-12") }), "days that do not meet").toBe(false);
    // the mall's reports and a placeless one naming only the depot: apart unless the incident holds a report that places it
    expect(neverTogether(placeless, mallOnly, true)).toMatchObject({ unlessVouched: false, unlessPlaced: true });
  });

  it("keeps apart reports whose places lie in different countries, whatever target they name", () => {
    const town = (name: string, country: string, lat: number, lon: number) => ({ slug: name.toLowerCase(), name, lat, lon, precision: "city", country }) as Place;
    const brooklyn = town("Brooklyn", "US", 40.6501, -73.94958);
    // "shells hit a railway station in central Ukraine" (placed in the country only) beside "a gunman fired in a station in Brooklyn"
    const inUkraine = { ...undated("2022-04-13"), countries: ["UA"], targets: new Set(["station"]) };
    const inBrooklyn = { ...undated("2022-04-13"), scenes: [{ place: brooklyn, name: "brooklyn" }], ownScene: ownScene(brooklyn), countries: ["US"], targets: new Set(["station"]) };
    expect(neverTogether(inUkraine, inBrooklyn, true)?.reason).toMatch(/different countries/);
    expect(neverTogether(inBrooklyn, inUkraine, false)?.reason, "local news too, either order").toMatch(/different countries/);
    expect(mayJoin(inUkraine, inBrooklyn, true)).toBe(false);
    expect(neverTogether(inUkraine, { ...inBrooklyn, countries: ["UA", "US"] }, true), "a country in common").toBeNull();
    expect(neverTogether({ ...inUkraine, countries: [] }, inBrooklyn, true), "a report naming no place is left to the other rules").toBeNull();
  });

  // A prison camp blown up, dozens of captives dead: days later, reports that give no day of their
  // own name the prison (an inquiry sent, the dead not yet listed). They tell that strike, as
  // nothing else was struck there since; a target struck again and again, a town shelled each
  // night, or a strike that killed a few is another story.
  it("ties a later report naming a target to the target's first, deadly strike when no attack was told since", () => {
    const village = { slug: "stepove", name: "Stepove", lat: 47.7, lon: 37.7, precision: "city" } as Place;
    const at = { scenes: [{ place: village, name: "stepove" }], ownScene: ownScene(village) };
    const prison = new Set(["prison"]);
    const strike = { ...undated("2022-07-29"), ...at, targets: prison, figures: { killed: [40] } };
    const inquiry = { ...undated("2022-08-03"), ...at, targets: prison };
    const tied = (...others: ConstraintFacts[]) => {
      const reports = [strike, inquiry, ...others].map((r) => ({ ...r }));
      markFreshAttackDays(reports);
      return sameTarget(reports[0]!, reports[1]!);
    };
    expect(tied()).toBe(true);
    expect(refersTo(strike, inquiry), "without the build's days the later report keeps to its own day").toBe(false);
    expect(tied({ ...on("2022-08-01"), ...at }), "a dated attack there since").toBe(false);
    expect(tied({ ...undated("2022-07-10"), ...at, targets: prison }), "the prison was named weeks before: not its first strike").toBe(false);
    const late = { ...inquiry, published: day("2022-08-20") };
    const reports = [strike, late].map((r) => ({ ...r }));
    markFreshAttackDays(reports);
    expect(sameTarget(reports[0]!, reports[1]!), "published three weeks later").toBe(false);
    const few = [{ ...strike, figures: { killed: [3] } }, inquiry].map((r) => ({ ...r }));
    markFreshAttackDays(few);
    expect(sameTarget(few[0]!, few[1]!), "a strike that killed a few: the next strike's report").toBe(false);
  });

  it("keeps a war report that names towns only in passing apart from another town's attack", () => {
    const town = (name: string, lat: number, lon: number) => ({ slug: name.toLowerCase(), name, lat, lon, precision: "city" }) as Place;
    const scene = (place: Place) => ({ place, name: place.name.toLowerCase() });
    const [kherson, avdiivka, chornobaivka] = [town("Kherson", 46.6558, 32.6178), town("Avdiivka", 48.1394, 37.7497), town("Chornobaivka", 46.6965, 32.5501)];
    // "troops broke up a protest in Kherson" (a protest is no event, its town no scene) beside "aircraft hit Avdiivka"
    const protest = { ...undated("2022-03-21"), mentionedTowns: [scene(kherson)] };
    const attack = { ...undated("2022-03-21"), scenes: [scene(avdiivka)], ownScene: ownScene(avdiivka) };
    expect(neverTogether(protest, attack, true)?.reason).toMatch(/in passing/);
    expect(neverTogether(attack, protest, true)?.reason, "either order").toMatch(/in passing/);
    expect(neverTogether(protest, { ...attack, scenes: [scene(chornobaivka)], ownScene: ownScene(chornobaivka) }, true), "a town within 25 km").toBeNull();
    expect(neverTogether(protest, attack, false), "local news: left to the model").toBeNull();
  });

  it("keeps apart war reports whose own towns lie more than 25 km apart, though one also names the other's town", () => {
    const town = (name: string, lat: number, lon: number) => ({ slug: name.toLowerCase(), name, lat, lon, precision: "city" }) as Place;
    const [kremenchuk, poltava, plavni] = [town("Kremenchuk", 49.06253, 33.40484), town("Poltava", 49.58925, 34.55126), town("Horishni Plavni", 49.00835, 33.62926)];
    const scene = (place: Place) => ({ place, name: place.name.toLowerCase() });
    // "Missiles hit Kremenchuk; blasts were also heard in Poltava" against "missile strike on Poltava"
    const both = { ...undated("2022-06-27"), scenes: [scene(kremenchuk), scene(poltava)], ownScene: ownScene(kremenchuk) };
    const inPoltava = { ...undated("2022-06-27"), scenes: [scene(poltava)], ownScene: ownScene(poltava) };
    const inPlavni = { ...undated("2022-06-27"), scenes: [scene(plavni)], ownScene: ownScene(plavni) };
    expect(neverTogether(both, inPoltava, true)?.reason).toMatch(/own places/);
    expect(neverTogether(both, inPlavni, true), "a town 17 km away may be the same scene").toBeNull();
    // local news: a shooting told from the court's town
    expect(neverTogether(both, inPoltava, false)).toBeNull();
  });

  it("links a placeless report to a region's report only on more than a common headline word", () => {
    const region = { slug: "donetsk-oblast", name: "Donetsk Oblast", lat: 48, lon: 37.8, precision: "admin1" } as unknown as Place;
    const placeless = { ...undated("2022-07-11"), place: null };
    const regional = { ...undated("2022-07-11"), place: region, regions: ["UA.Donetsk"] };
    // "Official of an occupied town killed by a car bomb" and "Russian forces shell the region": one headline word, "Russian"
    expect(tooLittleInCommon(placeless, regional, 0.09, 0.05)).toMatch(/common words/);
    expect(tooLittleInCommon(placeless, regional, 0.3, PLACELESS_REGION_TITLE + 0.1)).toBeNull();
    expect(tooLittleInCommon(placeless, { ...regional, targets: new Set(["mall"]) }, 0.09, 0.05)).not.toBeNull();
    expect(tooLittleInCommon({ ...placeless, targets: new Set(["mall"]) }, { ...regional, targets: new Set(["mall"]) }, 0.09, 0.05), "a named target both give").toBeNull();
    expect(tooLittleInCommon({ ...placeless, rareTerms: Int32Array.of(7) }, { ...regional, rareTerms: Int32Array.of(7) }, 0.09, 0.05), "a rare word both use").toBeNull();
    // two tolls of the day are evidence besides words ("16 killed in shelling of a town" and "dozens killed in the region")
    expect(tooLittleInCommon({ ...placeless, figures: { killed: [16] } }, { ...regional, figures: { killed: [30] } }, 0.09, 0.05)).toBeNull();
    expect(tooLittleInCommon({ ...placeless, figures: { killed: [1] } }, regional, 0.09, 0.05), "a toll in one only").not.toBeNull();
    // two placeless headlines of one event often share no more than "killed": the text decides
    expect(tooLittleInCommon(placeless, { ...placeless }, 0.09, 0.05)).toBeNull();
    expect(tooLittleInCommon(placeless, { ...placeless }, 0.04, 0)).not.toBeNull();
  });

  it("war news: links a report that tells no attack and counts no one to the day's attack on its town only on shared words", () => {
    const town = { slug: "huliaipole", name: "Huliaipole", lat: 47.66, lon: 36.26, precision: "city" } as unknown as Place;
    const scene = { name: "huliaipole", place: town };
    const attack = { ...undated("2022-07-11"), place: town, scenes: [scene], kind: "violence" as const };
    // "Occupiers start demolishing damaged apartment blocks in the town" beside "Russians shell the town, a shop on fire"
    const untyped = { ...undated("2022-07-11"), place: town, scenes: [scene], kind: null };
    expect(tooLittleInCommon(untyped, attack, 0.05, 0, true)).toMatch(/tells no attack/);
    expect(tooLittleInCommon(attack, untyped, 0.05, 0, true), "either order").toMatch(/tells no attack/);
    expect(tooLittleInCommon(untyped, attack, 0.05, 0), "local news: the model decides").toBeNull();
    expect(tooLittleInCommon(untyped, attack, UNTYPED_TEXT ** 2 + 0.01, 0, true), "words they share").toBeNull();
    expect(tooLittleInCommon({ ...untyped, targets: new Set(["hospital"]) }, { ...attack, targets: new Set(["hospital"]) }, 0.05, 0, true), "a named target both give").toBeNull();
    expect(tooLittleInCommon({ ...untyped, rareTerms: Int32Array.of(7) }, { ...attack, rareTerms: Int32Array.of(7) }, 0.05, 0, true), "a rare word both use").toBeNull();
    // a headline counting the dead tells of an event however its verb was read ("Two killed in the town")
    expect(tooLittleInCommon({ ...untyped, figures: { killed: [2] } }, attack, 0.05, 0, true)).toBeNull();
    expect(tooLittleInCommon({ ...untyped, kind: "violence" }, attack, 0.05, 0, true), "two attacks: the model decides").toBeNull();

    // two reports that both tell no attack (a fighters' video, a minister's words, a search for a
    // missing man, all of one city on one day) share the place and the day and little else
    expect(tooLittleInCommon(untyped, { ...untyped }, 0.05, 0, true), "two that tell no attack").toMatch(/tells no attack/);
    expect(tooLittleInCommon(untyped, { ...untyped }, UNTYPED_TEXT ** 2 + 0.01, 0, true), "two that tell no attack, sharing words").toBeNull();
    expect(tooLittleInCommon(untyped, { ...untyped, figures: { injured: [3] } }, 0.05, 0, true), "one counts the hurt").toBeNull();
  });

  it("reads the calendar day from a date cue, not a weekday or a part of the day", () => {
    expect(["On 29 March 2022", "June 27", "on Oct. 9"].map(isCalendarDay)).toEqual([true, true, true]);
    expect(["Sunday", "last night", "Tuesday morning", null].map(isCalendarDay)).toEqual([false, false, false, false]);
  });
});

describe("clustering with cannot-links", async () => {
  it("an item that fits two clusters cannot bridge them", () => {
    // 0-1 and 2-3 are two towns; 4 names only their region and links strongly to all.
    const edges = [
      { a: 0, b: 1, p: 0.9 }, { a: 2, b: 3, p: 0.9 },
      { a: 0, b: 4, p: 0.9 }, { a: 1, b: 4, p: 0.9 }, { a: 2, b: 4, p: 0.9 }, { a: 3, b: 4, p: 0.9 },
      { a: 1, b: 2, p: 0.9 },
    ];
    const town = [0, 0, 1, 1, null];
    const apart = (i: number, j: number) => (town[i] !== null && town[j] !== null && town[i] !== town[j] ? "never" : null);
    const labels = averageLinkClusters(5, edges, { threshold: 0.3, apart });
    expect(labels[0]).toBe(labels[1]);
    expect(labels[2]).toBe(labels[3]);
    expect(labels[0]).not.toBe(labels[2]);
  });

  it("a shared name lets a report whose place was misread join the incident that names the same person", () => {
    const edges = [{ a: 0, b: 1, p: 0.9 }, { a: 1, b: 2, p: 0.9 }, { a: 0, b: 2, p: 0.9 }];
    const apart = (i: number, j: number) => ((i === 2) !== (j === 2) ? "unless vouched" : null);
    expect(averageLinkClusters(3, edges, { threshold: 0.3, apart })).toEqual([0, 0, 2]);
    expect(averageLinkClusters(3, edges, { threshold: 0.3, apart, vouches: (i, j) => (i === 2 && j === 0) || (i === 0 && j === 2) })).toEqual([0, 0, 0]);
  });

  it("a placeless report naming another target joins when a report of either cluster places it, the one it joined first included", () => {
    // 0 names the mall at the town, 1 the mall and the depot there, 2 only the depot and no place
    const edges = [{ a: 0, b: 1, p: 0.6 }, { a: 1, b: 2, p: 0.9 }];
    const apart = (i: number, j: number) => ((i === 0 && j === 2) || (i === 2 && j === 0) ? "unless placed" : null);
    expect(averageLinkClusters(3, edges, { threshold: 0.3, apart })).toEqual([0, 1, 1]);
    expect(averageLinkClusters(3, edges, { threshold: 0.3, apart, placedBy: (i, j) => i === 2 && j === 1 })).toEqual([0, 0, 0]);
    expect(averageLinkClusters(3, edges, { threshold: 0.3, apart, placedBy: (i, j) => i === 1 && j === 2 }), "one way only").toEqual([0, 1, 1]);
  });

  it("clusters join only when their event windows meet, or one report names the other's event", () => {
    const edges = [{ a: 0, b: 1, p: 0.9 }];
    const window = (i: number): [number, number] => (i === 0 ? [0, 3] : [20, 23]);
    expect(averageLinkClusters(2, edges, { threshold: 0.3, window })).toEqual([0, 1]);
    expect(averageLinkClusters(2, edges, { threshold: 0.3, window, refers: () => true })).toEqual([0, 0]);
  });

  it("a decisive edge (a named target at one place) joins two clusters whose average stays below the threshold", () => {
    const edges = [{ a: 0, b: 1, p: 0.9 }, { a: 1, b: 2, p: 0.35 }];
    expect(averageLinkClusters(3, edges, { threshold: 0.3 })).toEqual([0, 0, 2]);
    expect(averageLinkClusters(3, edges, { threshold: 0.3, decisive: (i, j) => i + j === 3 })).toEqual([0, 0, 0]);
  });

  it("a cluster's core is where most windows meet, so one misdated report does not move it", () => {
    expect(coreOf([[0, 3], [1, 5], [2, 6], [-30, -27]])).toEqual([2, 3]);
    expect(coreOf([[4, 7]])).toEqual([4, 7]);
  });
});

describe("a region spanning two oblasts", () => {
  const region = (name: string, admin1: string | null): Place => ({ slug: `${name.toLowerCase()}-ua`, name, admin1, admin2: null, country: "UA", countryName: "Ukraine", lat: 48, lon: 38, geonameId: null, precision: "region", aliases: [], origin: "gazetteer" });
  const regionsOf = (place: Place) => reportRegions([{ place, surface: place.name, role: "location" }]).regions;

  it("has the region keys of both (Donbas: Donetsk and Luhansk)", () => {
    expect(regionsOf(region("Donbas", null)).sort()).toEqual(["UA.Donetsk", "UA.Luhansk"]);
    expect(regionsOf(region("Khmelnytskyi", "Khmelnytskyi"))).toEqual(["UA.Khmelnytskyi"]);
  });
});
