// The scene against places near it: where the wounded were taken, a neighbourhood the gazetteer
// files as part of a city, a dateline's state without its dot, a holiday that is also a town.
// Sentences as US local news writes them (short, from gva-dev).
import { beforeAll, describe, expect, it } from "vitest";
import type { Passage, PlaceMention } from "../../src/model.js";
import { findPlaceMentions, loadPlaceIndex, type PlaceIndex } from "../../src/places/index.js";
import { usageOf } from "../../src/places/roles.js";

let index: PlaceIndex;
beforeAll(() => {
  index = loadPlaceIndex();
});

function scan(...sentences: string[]): PlaceMention[] {
  const passages: Passage[] = sentences.map((text, i) => ({ index: i, paragraph: i, text, isTitle: false }));
  return findPlaceMentions(passages, index);
}
const locations = (mentions: PlaceMention[]) => mentions.filter((m) => m.role === "location").map((m) => m.surface);

/** How `surface` is used in `sentence`, as the scanner's role classifier sees it. */
function usage(sentence: string, surface: string): string {
  const start = sentence.indexOf(surface);
  return usageOf({ text: sentence, start, end: start + surface.length, compound: false, nextWordCapitalisedUnknown: false, previousWordCapitalisedUnknown: false, isTitle: false });
}

describe("where the wounded were taken is not the scene", () => {
  it.each([
    ["Sergeant Dareall Thompson says a 1-month old infant was airlifted to Jackson.", "Jackson"],
    ["The teen was flown to St. Francis Hospital in Wichita for treatment.", "Wichita"],
    ["The grandmother was transported to Carolinas Medical Center-Main in Charlotte.", "Charlotte"],
    ["The boy remained in critical condition Friday in a Duluth hospital, Stein added.", "Duluth"],
    ["A no-bail hold was placed on him at the Linn County Jail.", "Linn County"],
    ["He was taken to University Health in Shreveport, where he was pronounced deceased.", "Shreveport"],
    ["A 12-year-old Tullahoma boy, who was accidentally shot last Friday night, is expected to be released from Vanderbilt University Medical Center in Nashville.", "Nashville"],
  ])("%s", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("destination");
  });

  it.each([
    ["4 taken to hospital after shooting in Florence", "Florence"],
    ["Two people charged after weekend shooting outside Myrtle Beach hospital", "Myrtle Beach"],
    ["At least 17 people were injured after a Russian air strike hit a maternity hospital in Mariupol.", "Mariupol"],
    ["The exchange of prisoners of war with Russia has just taken place in Zaporizhzhia region.", "Zaporizhzhia"],
    ["104 Russian invaders were taken prisoner in Sumy region.", "Sumy"],
  ])("%s: the scene", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("location");
  });

  it("with no scene named, where the wounded were taken stands for it", () => {
    expect(locations(scan("He was taken to University Health in Shreveport, where he was pronounced deceased."))).toEqual(["Shreveport"]);
  });

  it("a named scene wins over where the wounded were taken", () => {
    const mentions = scan("Police: Woman hurt in accidental shooting in Lake Placid", "The woman was taken by ambulance to Adirondack Medical Center in Saranac Lake.");
    expect(locations(mentions)).toEqual(["Lake Placid"]);
  });

  it("a small town someone was taken to still vouches for its area ('Lake Placid' near Saranac Lake)", () => {
    const mentions = scan("Police: Woman hurt in accidental shooting in Lake Placid", "The woman was taken by ambulance to Adirondack Medical Center in Saranac Lake.");
    expect(mentions.find((m) => m.role === "location")?.place).toMatchObject({ name: "Lake Placid", admin1: "New York" });
  });
});

describe("neighbourhoods and datelines", () => {
  it("a neighbourhood the gazetteer files as part of a city is the scene", () => {
    const mentions = scan("The boy was shot about 6:40 p.m. Wednesday in the 3700 block of West Lawrence Avenue in the Albany Park neighborhood, authorities said.");
    expect(mentions.find((m) => m.role === "location")?.place).toMatchObject({ name: "Albany Park", admin1: "Illinois" });
  });

  it("a dateline's state abbreviation without its dot settles the county: 'ROBERTSON COUNTY, Ky (LEX 18)'", () => {
    const place = scan("ROBERTSON COUNTY, Ky (LEX 18) A child is dead after an accidental shooting.").find((m) => m.role === "location")?.place;
    expect(place).toMatchObject({ name: "Robertson County", admin1: "Kentucky" });
  });

  it.each([["Salina Man Dies From Gunshot Wound"], ["Man accidentally shoots brother while play wrestling, police say"]])(
    "a word speech uses all the time is not a town, however big: %s",
    (headline) => {
      expect(scan(headline).map((m) => m.surface)).not.toContain("Man");
    },
  );

  it("a holiday is not a town: 'a Christmas Day shooting'", () => {
    expect(scan("Two people were killed and five others wounded in a Christmas Day shooting, police said.").map((m) => m.surface)).not.toContain("Christmas");
  });
});

describe("names read together", () => {
  it("a town inside the county the article names: 'in Paulding County ... in Dallas' is Dallas, Georgia", () => {
    const mentions = scan(
      "The pastor for the family says they need prayer after a three-year-old shot himself in the chest Tuesday morning in Paulding County.",
      "The shooting happened around 7 a.m. Tuesday at a home on Camp Circle in Dallas.",
    );
    expect(mentions.find((m) => m.surface === "Dallas")?.place).toMatchObject({ name: "Dallas", admin1: "Georgia" });
    expect(mentions.find((m) => m.surface === "Paulding County")?.place).toMatchObject({ admin1: "Georgia" });
  });

  it("a county named with a town of its own, in a Chicago station's story: 'The Wayne County Sheriff's Office ... in Goldsboro' is in North Carolina", () => {
    const passages: Passage[] = [
      "The Wayne County Sheriff's Office said a man shot and killed his wife Friday when she came home from work earlier than expected.",
      "Around 12:27 a.m., officers were dispatched to a shooting call the 100 block of Dee Dee Place in Goldsboro.",
    ].map((text, i) => ({ index: i, paragraph: i, text, isTitle: false }));
    const mentions = findPlaceMentions(passages, index, { source: "abc7chicago.com" });
    expect(mentions.find((m) => m.surface === "Wayne County")?.place).toMatchObject({ name: "Wayne County", admin1: "North Carolina" });
  });
});
