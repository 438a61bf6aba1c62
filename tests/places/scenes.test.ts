// The scene against places near it: where the wounded were taken, a neighbourhood the gazetteer
// files as part of a city, a dateline's state without its dot, a holiday that is also a town.
// Sentences of our own, written the way US local news writes them (modelled on gva-dev reports).
import { describe, expect, it } from "vitest";
import type { Passage, PlaceMention } from "../../src/model.js";
import { findPlaceMentions, loadPlaceIndex } from "../../src/places/index.js";
import { scanSentences } from "./support/scan.js";
import { usageOf } from "../../src/places/roles.js";

const index = loadPlaceIndex();

const scan = (...sentences: string[]) => scanSentences(index, sentences);
const locations = (mentions: PlaceMention[]) => mentions.filter((m) => m.role === "location").map((m) => m.surface);

/** How `surface` is used in `sentence`, as the scanner's role classifier sees it. */
function usage(sentence: string, surface: string): string {
  const start = sentence.indexOf(surface);
  return usageOf({ text: sentence, start, end: start + surface.length, compound: false, nextWordCapitalisedUnknown: false, previousWordCapitalisedUnknown: false, isTitle: false });
}

describe("where the wounded were taken is not the scene", () => {
  it.each([
    ["Deputy Lorna Pike says a 2-month-old baby was airlifted to Jackson.", "Jackson"],
    ["The boy was flown to Riverside Hospital in Wichita for surgery.", "Wichita"],
    ["Her grandfather was transported to Mercy Medical Center-North in Charlotte.", "Charlotte"],
    ["The girl was still in critical condition Monday in a Duluth hospital, Halvorsen said.", "Duluth"],
    ["He is being held without bail at the Linn County Jail.", "Linn County"],
    ["He was rushed to the regional medical center in Shreveport, where he was pronounced dead.", "Shreveport"],
    ["A 13-year-old Manchester girl, who was accidentally shot last Saturday night, should be released soon from Saint Thomas Hospital in Nashville.", "Nashville"],
  ])("%s", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("destination");
  });

  it.each([
    ["4 taken to hospital after late shooting in Florence", "Florence"],
    ["Two men arrested after Saturday shooting outside Myrtle Beach hospital", "Myrtle Beach"],
    ["At least 17 people were hurt when a Russian bomb struck a children's hospital in Mariupol.", "Mariupol"],
    ["A prisoner swap has just taken place in Zaporizhzhia region, officials said.", "Zaporizhzhia"],
    ["Dozens of Russian soldiers were taken prisoner in Sumy region.", "Sumy"],
  ])("%s: the scene", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("location");
  });

  it("with no scene named, where the wounded were taken stands for it", () => {
    expect(locations(scan("He was rushed to the regional medical center in Shreveport, where he was pronounced dead."))).toEqual(["Shreveport"]);
  });

  it("a named scene wins over where the wounded were taken", () => {
    const mentions = scan("Troopers: Man wounded in accidental shooting in Lake Placid", "The man was driven by ambulance to a medical center in Saranac Lake.");
    expect(locations(mentions)).toEqual(["Lake Placid"]);
  });

  it("a small town someone was taken to still vouches for its area ('Lake Placid' near Saranac Lake)", () => {
    const mentions = scan("Troopers: Man wounded in accidental shooting in Lake Placid", "The man was driven by ambulance to a medical center in Saranac Lake.");
    expect(mentions.find((m) => m.role === "location")?.place).toMatchObject({ name: "Lake Placid", admin1: "New York" });
  });
});

describe("neighbourhoods and datelines", () => {
  it("a neighbourhood the gazetteer files as part of a city is the scene", () => {
    const mentions = scan("A teen was shot around 8:15 p.m. Thursday in the 4500 block of North Kedzie Avenue in the Albany Park neighborhood, officers said.");
    expect(mentions.find((m) => m.role === "location")?.place).toMatchObject({ name: "Albany Park", admin1: "Illinois" });
  });

  it("a dateline's state abbreviation without its dot settles the county: 'ROBERTSON COUNTY, Ky (LEX 18)'", () => {
    const place = scan("ROBERTSON COUNTY, Ky (WKX 9) A boy has died after an accidental shooting.").find((m) => m.role === "location")?.place;
    expect(place).toMatchObject({ name: "Robertson County", admin1: "Kentucky" });
  });

  it.each([["Salina Man Dies From Gunshot Wound"], ["Man accidentally shoots cousin during horseplay, deputies say"]])(
    "a word speech uses all the time is not a town, however big: %s",
    (headline) => {
      expect(scan(headline).map((m) => m.surface)).not.toContain("Man");
    },
  );

  it("a holiday is not a town: 'a Christmas Day shooting'", () => {
    expect(scan("Three people died and four others were hurt in a Christmas Day shooting, officers said.").map((m) => m.surface)).not.toContain("Christmas");
  });
});

describe("names read together", () => {
  it("a town inside the county the article names: 'in Paulding County ... in Dallas' is Dallas, Georgia", () => {
    const mentions = scan(
      "A family friend is asking for prayers after a four-year-old shot herself in the arm Wednesday morning in Paulding County.",
      "It happened at about 8 a.m. Wednesday at a house on Ridge Loop in Dallas.",
    );
    expect(mentions.find((m) => m.surface === "Dallas")?.place).toMatchObject({ name: "Dallas", admin1: "Georgia" });
    expect(mentions.find((m) => m.surface === "Paulding County")?.place).toMatchObject({ admin1: "Georgia" });
  });

  it.each([
    // The town only mentioned (where the victims came from), not the scene: still it says which Anderson County.
    [["A man was found shot dead at a hunting camp in Anderson County early Sunday, the sheriff said.", "Relatives said he had moved out to the camp from Palestine last spring."], "Anderson County", "Texas"],
    [["Putnam County deputies say a teenager died Saturday evening after a rifle went off while friends were target shooting.", "The boy was a junior at the high school in Ottawa, the sheriff said."], "Putnam County", "Ohio"],
  ])("a county is read where the article's towns lie, scene or not: %j", (sentences, county, state) => {
    expect(scan(...sentences).find((m) => m.surface === county)?.place).toMatchObject({ name: county, admin1: state });
  });

  it("a county named with a town of its own, in a Chicago station's story: 'The Wayne County Sheriff's Office ... in Goldsboro' is in North Carolina", () => {
    const passages: Passage[] = [
      "Deputies from the Wayne County Sheriff's Office say a man shot his brother dead Saturday after an argument over money.",
      "Around 1:05 a.m., deputies were sent to a shooting call in the 200 block of Pine Hollow Lane in Goldsboro.",
    ].map((text, i) => ({ index: i, paragraph: i, text, isTitle: false }));
    const mentions = findPlaceMentions(passages, index, { source: "abc7chicago.com" });
    expect(mentions.find((m) => m.surface === "Wayne County")?.place).toMatchObject({ name: "Wayne County", admin1: "North Carolina" });
  });
});

describe("streets, schools and outlets named like towns", () => {
  it.each([
    ["Luis Ocampo was on his porch around 7:10 p.m. near the 5200 block of South Throop when he heard shots.", "Throop"],
    ["Police taped off the intersection of Hollywood and Mansfield after a car chase Thursday afternoon.", "Hollywood"],
    ["Shots were fired near West End and Pulaski Avenues in Garfield Park, officers said.", "West End"],
    ["The gunfire broke out in a duplex near 96th and Ida streets shortly after 10 p.m. Friday.", "Ida"],
    ["Three people were hurt early Sunday in a drive-by at a convenience store on South Orange Blossom Trail.", "South Orange"],
  ])("%s", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("street");
  });

  it("a city's own streets are the city: 'Garbage piles mount on Mariupol streets'", () => {
    expect(usage("Rubbish heaps grow on Mariupol streets despite occupation officials' promises.", "Mariupol")).not.toBe("street");
  });

  it.each([
    ["Mateo was a first grader at Hearne Elementary School.", "Hearne"],
    ["Officers have counted five victims after gunfire at Madison Market in Stockton.", "Madison"],
  ])("a school or shop named after a town says nothing of the scene: %s", (sentence, surface) => {
    expect(usage(sentence, surface)).toBe("attributive");
  });

  it("a name cut from a school's ('Central High School') is part of that name, not the town Central High", () => {
    expect(usage("Deputies found the boy wounded outside Central High School before classes began on Monday.", "Central High")).toBe("organisation");
  });

  it("a name the article uses as a school's is that school in its other mentions too, also after 'at'", () => {
    const mentions = scan(
      "An Evansville teen was shot near the bus lane of Central High School early Thursday, police said.",
      "Classmates held a candlelight vigil at Central High on Friday evening.",
    );
    expect(mentions.map((m) => m.surface)).not.toContain("Central High");
    expect(locations(mentions)).toEqual(["Evansville"]);
  });

  it("the outlet's name after a headline is not the scene, but stands for it when nothing else does", () => {
    const headline = "Man killed in accidental shooting inside truck, 2 people det - KSHV News 6 Shreveport, Louisiana News Weather & Sports";
    const passages: Passage[] = [{ index: 0, paragraph: 0, text: headline, isTitle: true }, { index: 1, paragraph: 1, text: "The Baton Rouge Police Department is looking into an accidental shooting that killed a man.", isTitle: false }];
    const mentions = findPlaceMentions(passages, index);
    expect(mentions.find((m) => m.surface === "Shreveport")?.role).toBe("mention");
    expect(locations(mentions)).toEqual(["Baton Rouge"]);
    expect(locations(findPlaceMentions([passages[0]!], index))).toEqual(["Shreveport"]);
  });
});

describe("datelines", () => {
  it("a town the dateline's sentence puts the incident in is the scene", () => {
    const mentions = scan("INDIANAPOLIS, Ind. (May 3, 2015) — Officers in Kokomo are looking into a shooting outside a tavern that left 3 people hospitalized on Saturday.");
    expect(locations(mentions)).toEqual(["Kokomo"]);
  });

  it("'in Atlanta's northeastern suburbs' leaves the dateline the scene", () => {
    const mentions = scan("SNELLVILLE — Officers are hunting a shooter after two people were found dead in Atlanta's northeastern suburbs.");
    expect(locations(mentions)[0]).toBe("SNELLVILLE");
  });
});

describe("an article that never says 'in X'", () => {
  it("takes a name the text attaches to the police before a bare name (often a surname)", () => {
    const mentions = scan(
      "Then Collins reportedly told deputies that she lifted the pistol to move it onto the back seat.",
      "Baton Rouge police said the shooting seemed to be an accident.",
    );
    expect(locations(mentions)).toEqual(["Baton Rouge"]);
  });

  it("never takes a word a country follows ('From January to May, Germany ...')", () => {
    expect(locations(scan("Ambassador: From January to May, Germany raised its gas purchases from Russia by 40% over 2021"))).not.toContain("May");
  });
});

describe("mentions that may stand for the scene", () => {
  it("marks 'X police' and bare names, not a government speaking or a reference point", () => {
    const mentions = scan("Police said a man was shot in Garland on Sunday.", "Dallas police assisted, and Austin said the state would help.", "The farm is 20 miles north of Tyler.");
    expect(mentions.find((m) => m.surface === "Dallas")?.fallback).toBe(true);
    expect(mentions.find((m) => m.surface === "Tyler")?.fallback).toBeUndefined();
    expect(mentions.find((m) => m.surface === "Garland")?.fallback).toBeUndefined();
  });

  it("marks a region's authorities speaking of their region, not a country speaking", () => {
    const region = scan("Five civilians died under Ukrainian fire, the Luhansk People's Republic says");
    expect(region.find((m) => /Luhansk/.test(m.surface))).toMatchObject({ role: "mention", fallback: true, place: { admin1: "Luhansk", precision: "region" } });
    const country = scan("Russia says 20 of its soldiers were killed");
    expect(country.find((m) => m.surface === "Russia")?.fallback).toBeUndefined();
  });

  it.each([
    ["Two DPR servicemen dead and four hurt as Ukrainian guns shell positions", "DPR", "Donetsk"],
    ["One LPR servicemen dies as Ukrainian troops shell the line - agency", "LPR", "Luhansk"],
    ["Three DPR artillerymen died when their position came under fire", "DPR", "Donetsk"],
  ])("marks a region whose own forces fell as standing for the scene: %s", (title, surface, admin1) => {
    expect(scan(title).find((m) => m.surface === surface)).toMatchObject({ role: "mention", fallback: true, place: { admin1, precision: "region" } });
  });

  it("not a country's forces", () => {
    expect(scan("Ukrainian servicemen killed, the General Staff says").find((m) => m.surface === "Ukrainian")?.fallback).toBeUndefined();
    expect(scan("Two Russia servicemen killed in an accident").find((m) => m.surface === "Russia")?.fallback).toBeUndefined();
  });
});

describe("one place per name in an article", () => {
  it("under two spellings: 'FLOYD CO., Ind.' settles 'the Floyd County Sheriff's Department'", () => {
    const mentions = scan("FLOYD CO., Ind. – Deputies of the Floyd County Sheriff’s Department were called about a teenager who had been shot in the leg.");
    expect(mentions.filter((m) => /floyd/i.test(m.surface)).map((m) => m.place.admin1)).toEqual(["Indiana", "Indiana"]);
  });
});
