// War-news places: what the supplement adds to cities500 (Donbas, Chornobyl, Azovstal), and names
// that are not the scene in headlines and leads as Ukrainian and international outlets write them
// (our own sentences, modelled on RUWA reports).
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/model.js";
import { findPlaceMentions, loadPlaceIndex } from "../../src/places/index.js";
import { location, scanSentences } from "./support/scan.js";

const index = loadPlaceIndex();

const scan = (title: string, ...sentences: string[]) => scanSentences(index, [title, ...sentences], { headline: true });

describe("places cities500 lacks", () => {
  it("Donbas, under either spelling, is one region spanning two oblasts", () => {
    for (const title of ["Front report: Two soldiers killed by a mine in Donbas", "Dozens reported dead after Kiev's shells hit a prison in Donbass, separatists say"]) {
      expect(location(scan(title))?.place).toMatchObject({ name: "Donbas", precision: "region", country: "UA", admin1: null });
    }
  });

  it("Donbas gives way to a narrower scene", () => {
    const mentions = scan("War in Donbass: On April 19, 3 civilians died and 5 were wounded in Donetsk region");
    expect(location(mentions)?.place).toMatchObject({ name: "Donetsk", precision: "region" });
  });

  it("Chornobyl and Chernobyl are one place in Kyiv oblast", () => {
    const a = location(scan("IAEA says data link to monitoring equipment at Chernobyl is down"))?.place;
    const b = location(scan("Kyiv tells IAEA of blackout at Chornobyl NPP"))?.place;
    expect(a).toMatchObject({ name: "Chornobyl", admin1: "Kyiv", country: "UA" });
    expect(b?.slug).toBe(a?.slug);
  });

  it("Azovstal is placed in Mariupol's oblast, by the city", () => {
    const place = location(scan("Hundreds of civilians sheltering from bombs at Azovstal plant – Mariupol police"))?.place;
    expect(place).toMatchObject({ name: "Azovstal", admin1: "Donetsk" });
    expect(Math.abs(place!.lat! - 47.1)).toBeLessThan(0.1);
  });
});

describe("a name before the event it names", () => {
  const lead = "Officials say a missile hit a market in the eastern Donetsk region, killing at least 12 people.";
  it("is that event's scene, even in a reaction's headline over a lead naming only the region", () => {
    for (const title of ["World reacts to deadly Sloviansk attack", "Leaders condemn the Sloviansk market attack", "Reactions pour in after deadly Sloviansk attack"]) {
      expect(location(scan(title, lead))?.place, title).toMatchObject({ name: "Sloviansk", precision: "city" });
    }
  });
  it("is the side that struck when the event's target follows it, and a country before an event is a side", () => {
    expect(location(scan("Horlivka strike on Donetsk kills two", "Two people died when shells hit a bus stop, the mayor said."))?.place).toMatchObject({ name: "Donetsk", precision: "city" });
    expect(location(scan("Ukraine strike hits depot", "A depot burned in the Donetsk region."))?.place).toMatchObject({ name: "Donetsk", precision: "region" });
  });
});

describe("names that are not the scene", () => {
  it("troops named after their base: 'Lviv paratroopers ... in the Mykolaiv area' is the city of Mykolaiv", () => {
    const mentions = scan("war in Ukraine: Lviv paratroopers down one more enemy missile", "On March 27, in the Mykolaiv area, an air defence unit brought down a Russian cruise missile.");
    expect(location(mentions)?.place).toMatchObject({ admin1: "Mykolaiv", geonameId: 700569 });
  });

  it.each([
    ["Ukraine negotiating with Russia over release of Ukrainian and foreign POWs - president"],
    ["Refusing to help Ukraine won't shield you from Russia's nuclear threat, Zelensky says"],
    ["Ukraine rules out direct talks with separatists - presidential office"],
    ["Biden hosts senators after their trip back from Ukraine - White House"],
  ])("%s: no scene", (title) => {
    expect(location(scan(title))).toBeNull();
  });

  it.each([
    ["Positions of the Armed Forces in the Donetsk region came under fire overnight."],
    ["Ukrainian soldiers from AFU units in the Kharkiv region destroyed a tank."],
    ["Leaders met in Europe in the Kyiv region's absence."],
  ])("words, acronyms and continents are no villages the gazetteer lacks: %s", (sentence) => {
    expect(scan("Update", sentence).filter((m) => m.place.origin === "text")).toEqual([]);
  });

  it("a reservoir named after a town is not the town", () => {
    const mentions = scan("Provocation on the opposite bank", "Russian troops staged a provocation on the bank of the Kakhovka reservoir near occupied Enerhodar.");
    expect(mentions.find((m) => m.surface === "Kakhovka")?.role ?? "mention").toBe("mention");
  });

  it.each([
    ["Odesa Airport’s runway wrecked by Russian missiles", "Odesa Airport"],
    ["Donetsk's city administration building struck by shells, separatist officials say", "Donetsk"],
    ["Kharkiv official says Russian rockets struck administration building and homes", "Kharkiv"],
  ])("a town's own officials or facility can stand for the scene when nothing else does: %s", (title, name) => {
    expect(scan(title).find((m) => m.surface === name)).toMatchObject({ role: "mention", fallback: true });
  });

  it("a capital speaking for its government stands for no scene: 'Kyiv says ...'", () => {
    expect(scan("Kyiv says Russian forces shelled the town").find((m) => m.surface === "Kyiv")?.fallback).toBeUndefined();
  });

  it("'in the territory of' is a scene", () => {
    const mentions = scan("Russians shell Sumy region with mortars again", "Overnight, Russian mortar shells fell on the territory of Hlukhiv community, the governor said.");
    expect(mentions.filter((m) => m.role === "location").map((m) => m.surface)).toContain("Hlukhiv");
  });
});

describe("towns of countries the build is not about", () => {
  it("named in passing, they give an unknown village no country of theirs", () => {
    const primed = loadPlaceIndex();
    const ukraine = primed.gazetteer.lookup("ukraine")!.candidates.find((c) => primed.gazetteer.level(c.row) === 3)!.row;
    primed.collection = new Map([[ukraine, 0.9]]);
    const passages: Passage[] = [
      { index: 0, paragraph: 0, text: "Russian troops said they had captured the village of Zzyzivka.", isTitle: false },
      { index: 1, paragraph: 1, text: "Volunteers from Letchworth Garden City collected aid for the village.", isTitle: false },
    ];
    const village = findPlaceMentions(passages, primed).find((m) => m.surface === "Zzyzivka");
    expect(village?.place.country ?? null).not.toBe("GB");
  });
});

describe("a town named after a region or as its city's landmark", () => {
  it.each([
    ["Soldier killed on a combat mission in Donbas near Zaitseve village - army", "Zaitseve", "Donetsk"],
    ["Two civilians wounded in the Kharkiv region near Kupiansk", "Kupiansk", "Kharkiv"],
  ])("'%s': the town near which it happened is the scene, not the region", (title, name, admin1) => {
    expect(location(scan(title))?.place).toMatchObject({ name, admin1, precision: "city" });
  });

  it("'in Katy, near Houston': after a town, the town 'near' is a landmark", () => {
    expect(location(scan("Two shot in Katy, near Houston, police say"))?.place).toMatchObject({ name: "Katy" });
  });

  it.each([["Body found on Kiev's Independence Square - police"], ["A blast shook Kharkiv's Freedom Square on Monday"]])("'%s': a city's landmark puts the event in the city", (title) => {
    expect(location(scan(title))?.place).toMatchObject({ precision: "city", country: "UA" });
  });

  it.each([
    ["Artillery hits a hospital in the Donetsk region's Bakhmut overnight", "Bakhmut", "Donetsk"],
    ["Air defence system destroyed near the Zaporizhzhia region’s city of Tokmak", "Tokmak", "Zaporizhzhia"],
    ["Drone strikes Kharkiv Oblast's Izium, two wounded", "Izium", "Kharkiv"],
  ])("'%s': a region in the possessive is the town's region, not its capital", (title, name, admin1) => {
    const mentions = scan(title);
    expect(location(mentions)?.place).toMatchObject({ name, admin1, precision: "city" });
    expect(mentions.filter((m) => m.place.precision === "city").map((m) => m.place.name)).toEqual([name]);
  });

  it("'The Kharkiv region's governor' is the region, not the city", () => {
    expect(scan("The Kharkiv region's governor reported shelling").map((m) => m.place.precision)).toEqual(["region"]);
  });

  it("'Kyiv's decision' still speaks for the government", () => {
    expect(scan("Kyiv's decision angers Moscow").find((m) => m.surface === "Kyiv")?.role).toBe("mention");
  });
});
