// Holidays as event dates (facts/holidays.ts), and their use by the date finder.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { findHolidays } from "../../src/facts/holidays.js";
import { findDateCues } from "../../src/facts/dates.js";

const day = (text: string, published: string, country: string | null = "US") => findHolidays(text, DateTime.fromISO(published, { zone: "utc" }), country).map((h) => h.date.toISODate());

describe("holidays, at their latest occurrence on or before publication", () => {
  it.each([
    ["on New Year's Eve", "2017-01-03", "2016-12-31"],
    ["on New Year's Day", "2017-01-03", "2017-01-01"],
    ["on Christmas", "2015-01-02", "2014-12-25"],
    ["a Fourth of July party", "2016-07-06", "2016-07-04"],
    ["on Thanksgiving", "2014-12-01", "2014-11-27"],
    ["a Father's Day shooting", "2016-06-21", "2016-06-19"],
    ["on Memorial Day", "2016-06-01", "2016-05-30"],
    ["on Easter Sunday", "2015-04-07", "2015-04-05"],
    ["on Easter", "2016-04-01", "2016-03-27"],
  ])("%s (published %s) -> %s", (text, published, expected) => {
    expect(day(text, published)).toEqual([expected]);
  });
});

describe("a holiday dates the incident when tied to it (sentences modelled on gva-dev)", () => {
  const cue = (text: string, published: string) => findDateCues([{ index: 0, paragraph: 0, text, isTitle: false }], published, "US")[0]?.date.date ?? null;
  it("\"accidentally shot in Rowan Co. on New Year's Eve\"", () => expect(cue("Boy, 15, accidentally shot in Rowan Co. on New Year's Eve", "2017-01-03")).toBe("2016-12-31"));
  it("\"shot, killed on Christmas\"", () => expect(cue("Coroner names Elkton teen accidentally shot, killed on Christmas", "2014-12-26")).toBe("2014-12-25"));
  it("\"a Father's Day shooting\"", () => expect(cue("Police are investigating a Father's Day shooting that left two wounded.", "2016-06-21")).toBe("2016-06-19"));
  it("a bare mention is no event date", () => expect(cue("Police said the shooting happened as families prepared for Christmas.", "2014-12-27")).toBeNull());
});

describe("a country's own holidays are read only in articles about it", () => {
  const cue = (text: string, published: string, country: string | null) => findDateCues([{ index: 0, paragraph: 0, text, isTitle: false }], published, country)[0]?.date.date ?? null;
  const strike = "The missile strike on the railway station, which happened on Independence Day, killed 25 people.";
  it("Independence Day in an article about Ukraine is 24 August", () => expect(cue(strike, "2022-08-27", "UA")).toBe("2022-08-24"));
  it("... and in US local news the Fourth of July", () => expect(cue("Seven people were shot on Independence Day at a backyard party.", "2016-07-06", "US")).toBe("2016-07-04"));
  it("... and no day when the article's country is unknown", () => expect(cue(strike, "2022-08-27", null)).toBeNull());
  it("Thanksgiving is a US holiday", () => expect(day("on Thanksgiving", "2014-12-01", "UA")).toEqual([]));
  it("Christmas is named alike everywhere", () => expect(cue("A man was shot and killed on Christmas.", "2014-12-26", "UA")).toBe("2014-12-25"));
});
