// Pair features that keep look-alike reports of different incidents apart: a shared name only
// counts as rare when few reports use it (a spokesman's name is in every story of one outlet),
// and two reports that each tie their day to the event say how many days lie between them.
// Sentences after gva-dev articles.
import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, pairFeatures, profileReports } from "../../src/group/features.js";
import type { EventDate, IncidentReport } from "../../src/model.js";
import { withoutStamps } from "../../src/group/text.js";

const day = (date: string, cue: string | null, strength?: number): EventDate => ({ date, end: date, precision: "day", cue, ...(strength === undefined ? {} : { strength }) });

function report(id: string, text: string, date: EventDate): IncidentReport {
  return { id: `${id}/0`, articleId: id, passages: [0], text, place: null, places: [], date, type: "shooting", claims: [], means: [], damage: [] };
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
