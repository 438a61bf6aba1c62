// The scene against places near it: where the wounded were taken, a neighbourhood the gazetteer
// files as part of a city, a dateline's state without its dot, a holiday that is also a town.
// Sentences as US local news writes them (short, from gva-dev).
import { beforeAll, describe, expect, it } from "vitest";
import type { Passage, PlaceMention } from "../../src/model.js";
import { findPlaceMentions, loadPlaceIndex, type PlaceIndex } from "../../src/places/index.js";
import { scanSentences } from "./support/scan.js";
import { usageOf } from "../../src/places/roles.js";

let index: PlaceIndex;
beforeAll(() => {
  index = loadPlaceIndex();
});

const scan = (...sentences: string[]) => scanSentences(index, sentences);
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

describe("streets, schools and outlets named like towns", () => {
  it.each([
    ["Diego Alvarado was outside about 6:40 p.m. near his home in the 4800 block of South Throop when he heard gunfire.", "Throop"],
    ["Shreveport police at the intersection of Hollywood and Bethume with crime scene tape after a chase Friday afternoon.", "Hollywood"],
    ["The shooting took place near West End and Kilbourn Avenues in Garfield Park, police said.", "West End"],
    ["The shootings happened in an apartment near 108th and Ida streets just after 11 p.m. Sunday.", "Ida"],
    ["Five people were wounded Saturday morning after a drive-by shooting at a gas station on South Orange Blossom Trail.", "South Orange"],
  ])("%s", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("street");
  });

  it("a city's own streets are the city: 'Garbage piles mount on Mariupol streets'", () => {
    expect(usage("Garbage piles mount on Mariupol streets despite the occupiers' assurances.", "Mariupol")).not.toBe("street");
  });

  it.each([
    ["Jairo was a kindergarten student at Hearne Elementary School.", "Hearne"],
    ["Stockton police have confirmed seven victims following a shooting at Madison Market in Stockton.", "Madison"],
  ])("a school or shop named after a town says nothing of the scene: %s", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("attributive");
  });

  it("the outlet's name after a headline is not the scene, but stands for it when nothing else does", () => {
    const headline = "Woman killed in accidental shooting inside vehicle, 3 people arr - KSLA News 12 Shreveport, Louisiana News Weather & Sports";
    const passages: Passage[] = [{ index: 0, paragraph: 0, text: headline, isTitle: true }, { index: 1, paragraph: 1, text: "The Baton Rouge Police Department is investigating an accidental shooting that left a woman dead.", isTitle: false }];
    const mentions = findPlaceMentions(passages, index);
    expect(mentions.find((m) => m.surface === "Shreveport")?.role).toBe("mention");
    expect(locations(mentions)).toEqual(["Baton Rouge"]);
    expect(locations(findPlaceMentions([passages[0]!], index))).toEqual(["Shreveport"]);
  });
});

describe("datelines", () => {
  it("a town the dateline's sentence puts the incident in is the scene", () => {
    const mentions = scan("INDIANAPOLIS, Ind. (June 15, 2014) — Police officers in Kokomo are investigating a shooting at a bar that sent 4 people to the hospital on Sunday.");
    expect(locations(mentions)).toEqual(["Kokomo"]);
  });

  it("'in Atlanta's northeastern suburbs' leaves the dateline the scene", () => {
    const mentions = scan("SNELLVILLE — Police are searching for a gunman after finding the bodies of three people in Atlanta's northeastern suburbs.");
    expect(locations(mentions)[0]).toBe("SNELLVILLE");
  });
});

describe("an article that never says 'in X'", () => {
  it("takes a name the text attaches to the police before a bare name (often a surname)", () => {
    const mentions = scan(
      "At that point Hughes allegedly told officers that she picked up the gun to put it on the passenger seat.",
      "Baton Rouge police said the shooting appeared to be accidental.",
    );
    expect(locations(mentions)).toEqual(["Baton Rouge"]);
  });

  it("never takes a word a country follows ('From January to May, Germany ...')", () => {
    expect(locations(scan("Andrii Melnyk: From January to May, Germany increased its imports from Russia by 60% compared to 2021"))).not.toContain("May");
  });
});

describe("mentions that may stand for the scene", () => {
  it("marks 'X police' and bare names, not a government speaking or a reference point", () => {
    const mentions = scan("Police said a man was shot in Garland on Sunday.", "Dallas police assisted, and Austin said the state would help.", "The farm is 20 miles north of Tyler.");
    expect(mentions.find((m) => m.surface === "Dallas")?.fallback).toBe(true);
    expect(mentions.find((m) => m.surface === "Tyler")?.fallback).toBeUndefined();
    expect(mentions.find((m) => m.surface === "Garland")?.fallback).toBeUndefined();
  });
});

describe("one place per name in an article", () => {
  it("under two spellings: 'FLOYD CO., Ind.' settles 'the Floyd County Sheriff's Department'", () => {
    const mentions = scan("FLOYD CO., Ind. – The Floyd County Sheriff’s Department responded to a report of a juvenile who was shot in the chest.");
    expect(mentions.filter((m) => /floyd/i.test(m.surface)).map((m) => m.place.admin1)).toEqual(["Indiana", "Indiana"]);
  });
});
