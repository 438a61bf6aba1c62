// Pair features that keep look-alike reports of different incidents apart: a shared name only
// counts as rare when few reports use it (a spokesman's name is in every story of one outlet),
// and two reports that each tie their day to the event say how many days lie between them.
// Sentences after gva-dev articles.
import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, groupingPairFeatures, pairFeatures, profileReports } from "../../src/group/features.js";
import type { EventDate, IncidentReport, Place } from "../../src/model.js";
import { withoutStamps } from "../../src/group/text.js";

const day = (date: string, cue: string | null, strength?: number): EventDate => ({ date, end: date, precision: "day", cue, ...(strength === undefined ? {} : { strength }) });

function report(id: string, text: string, date: EventDate): IncidentReport {
  return { id: `${id}/0`, articleId: id, index: 0, passages: [0], text, place: null, places: [], date, type: "shooting", claims: [], means: [], damage: [] };
}

const feature = (name: (typeof FEATURE_NAMES)[number], features: number[]) => features[FEATURE_NAMES.indexOf(name)]!;

function features(reports: IncidentReport[], a: number, b: number): number[] {
  const { profiles } = profileReports(reports, (id) => ({ publishedDay: reports.find((r) => r.articleId === id)!.date.date, title: "", source: null }));
  return pairFeatures(profiles[a]!, profiles[b]!).features;
}

describe("shared rare names", () => {
  it("a name two reports share is rare; one that four more reports use is not", () => {
    const sunday = day("2016-01-10", "Sunday");
    const reports = [
      report("a", "The man was shot near the store, said Officer Janel Sedevic, and Stailey was arrested.", sunday),
      report("b", "Police arrested Stailey in the shooting, said Officer Janel Sedevic.", sunday),
      ...["c", "d", "e", "f"].map((id) => report(id, `A teen was wounded on the block ${id}, said Officer Janel Sedevic.`, sunday)),
    ];
    expect(feature("shared rare name", features(reports, 0, 1))).toBe(1);
    // "Janel Sedevic" is shared too, but six reports print it
    expect(feature("shared rare name", features(reports, 0, 2))).toBe(0);
  });
});

describe("days apart between firmly dated reports", () => {
  const reports = [
    report("a", "Four people were shot about 2 a.m. Sunday outside a club.", day("2016-07-10", "2 a.m. Sunday", 2)),
    report("b", "A teen and three women were shot early Thursday in the north of the city.", day("2016-07-28", "early Thursday", 3)),
    report("c", "Police were at the scene on Thursday, investigators said.", day("2016-07-28", "Thursday")),
  ];
  it("is the log of the days between two reports that tie their days to the event", () => {
    expect(feature("log days apart, both firmly dated", features(reports, 0, 1))).toBeCloseTo(Math.log1p(18));
  });
  it("is 0 when one report's day is a bare weekday", () => {
    expect(feature("log days apart, both firmly dated", features(reports, 0, 2))).toBe(0);
  });
});

describe("publication stamps", () => {
  it("two items an outlet filed the same day share no words through their stamps", () => {
    const today = day("2022-07-21", null);
    const reports = [
      report("a", "21.07.22 09:33 - Four civilians were killed by shelling in the east of the region.", today),
      report("b", "21.07.22 13:59 - The currency fell against the dollar at exchange offices.", today),
    ];
    expect(feature("text similarity", features(reports, 0, 1))).toBe(0);
  });

  it("keeps figures and times of day that tell the event", () => {
    expect(withoutStamps("On 21.07.2022, at 10:30, 4 people were killed (21.07.22 13:59)")).toBe("On  , at 10:30, 4 people were killed ( )");
  });
});

describe("war news: a report naming no place but the target another names at its town", () => {
  // After the attacker's version of a mall strike: its ministry names the arms depot it says it
  // hit and no town; a report from the town names the depot and the mall.
  const lubny = { slug: "lubny-poltava-ua", name: "Lubny", lat: 50.01625, lon: 32.98969, precision: "city", country: "UA", admin1: "Poltava" } as unknown as Place;
  const june4 = day("2024-06-04", null);
  const atTown: IncidentReport = { ...report("town", "The ministry said its missiles hit hangars with weapons in Lubny, and the fire spread to the shopping centre.", june4), type: "missile strike", place: { place: lubny } as IncidentReport["place"], places: [{ place: lubny, passage: 0, surface: "Lubny", role: "location", score: 1 }] };
  const placeless: IncidentReport = { ...report("placeless", "The strike left a crater where a weapons depot was hidden, the ministry says.", june4), type: "strike" };
  const { profiles } = profileReports([atTown, placeless], () => ({ publishedDay: "2024-06-04", title: "", source: null }));

  it("is scored as at the other's place in war news, and as of no known place in local news", () => {
    expect(feature("same place", groupingPairFeatures(profiles[1]!, profiles[0]!, true).features)).toBe(1);
    expect(feature("same place", groupingPairFeatures(profiles[1]!, profiles[0]!, false).features)).toBe(0);
    expect(feature("same place", pairFeatures(profiles[1]!, profiles[0]!).features), "the plain features, without the target's reading").toBe(0);
  });
});

describe("two reports that name only one region", () => {
  // A battery's launchers destroyed and three men shot, both told only "in the Chernihiv region"
  // on one day: the region is no place they share.
  const region = { slug: "chernihiv-region-ua", name: "Chernihiv", lat: 51.3, lon: 32.0, precision: "region", country: "UA", admin1: "Chernihiv" } as unknown as Place;
  const inRegion = (id: string, text: string): IncidentReport => ({ ...report(id, text, day("2024-03-15", null)), place: { place: region } as IncidentReport["place"], places: [{ place: region, passage: 0, surface: "Chernihiv region", role: "location", score: 1 }] });
  const { profiles } = profileReports(
    [inRegion("launchers", "Artillery destroyed five rocket launchers in the Chernihiv region."), inRegion("shot", "Soldiers shot three young men in the Chernihiv region, prosecutors said.")],
    () => ({ publishedDay: "2024-03-15", title: "", source: null }),
  );

  it("share the region, not a place, in war news; local news keeps a state named twice the same place", () => {
    const war = groupingPairFeatures(profiles[0]!, profiles[1]!, true).features;
    expect([feature("same place", war), feature("same region only", war)]).toEqual([0, 1]);
    const local = groupingPairFeatures(profiles[0]!, profiles[1]!, false).features;
    expect([feature("same place", local), feature("same region only", local)]).toEqual([1, 0]);
  });
});

describe("the day a report that gives none tells, read from its place's dated reports", () => {
  // A town struck on the 6th and again in the night to the 9th; a toll update published on the 9th
  // gives no day, so its window reaches back to the 6th. Its words are the night strike's.
  const town = { slug: "vilniansk-zaporizhzhia-ua", name: "Vilniansk", lat: 47.9447, lon: 35.4337, precision: "city", country: "UA", admin1: "Zaporizhzhia" } as unknown as Place;
  const atTown = (id: string, text: string, date: EventDate): IncidentReport => ({ ...report(id, text, date), type: "missile strike", place: { place: town } as IncidentReport["place"], places: [{ place: town, passage: 0, surface: "Vilniansk", role: "location", score: 1 }] });
  const published: Record<string, string> = { sixth: "2022-10-07", rubble: "2022-10-09", night: "2022-10-09", governor: "2022-10-09", update: "2022-10-09", elsewhere: "2022-10-09" };
  const reports = [
    atTown("sixth", "Missiles hit two apartment blocks in Vilniansk on 6 October, and eleven residents died.", day("2022-10-06", "6 October")),
    atTown("rubble", "Rescuers in Vilniansk cleared the rubble of the blocks hit on 6 October.", day("2022-10-06", "6 October")),
    atTown("night", "A night missile attack on Vilniansk wrecked a dozen homes and killed twelve people, the governor said.", day("2022-10-09", "night")),
    atTown("governor", "Twelve people died in the night missile attack on Vilniansk, the governor said.", day("2022-10-09", "night")),
    atTown("update", "The number killed in the night missile attack on Vilniansk rose to fourteen, the governor said.", day("2022-10-09", null)),
  ];
  const { profiles } = profileReports(reports, (id) => ({ publishedDay: published[id]!, title: "", source: null }));
  const neighbours = (a: number, b: number) => feature("log days from the neighbours' day", pairFeatures(profiles[a]!, profiles[b]!).features);

  it("is the day most of the place's dated reports in its window tell, weighed by shared words", () => {
    expect(profiles[4]!.neighbourDay).toBe(profiles[2]!.first);
  });
  it("puts the update three days from the strike of the 6th, and on the night strike's day", () => {
    expect(neighbours(4, 0)).toBeCloseTo(Math.log1p(3));
    expect(neighbours(4, 2)).toBe(0);
    // What the update's own dates say: it fits the 6th as well as the 9th.
    expect(feature("log days apart", pairFeatures(profiles[4]!, profiles[0]!).features)).toBe(0);
  });
  it("is 0 for two reports that give their days (log days apart weighs those)", () => {
    expect(neighbours(0, 2)).toBe(0);
  });
  it("is null for a report whose place has no dated report in its window", () => {
    const alone = profileReports([reports[4]!], () => ({ publishedDay: "2022-10-09", title: "", source: null })).profiles[0]!;
    expect(alone.neighbourDay).toBeNull();
  });
});
