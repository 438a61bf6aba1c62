// Event dates relative to the publication day, and the dates that are not the event's.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decideEventDate, findDateCues, mergeEventDates } from "../../src/facts/dates.js";
import type { EventDate, Passage } from "../../src/model.js";

const passage = (text: string, index = 1): Passage => ({ index, paragraph: 1, text, isTitle: false });
const dateOf = (text: string, published: string) => findDateCues([passage(text)], published)[0]?.date ?? null;

describe("event dates from the text", () => {
  it.each([
    // published Friday 2024-06-07
    ["A Ukrainian missile strike Friday on the city killed four people.", "2024-06-07", "2024-06-07"],
    // published Monday 2013-01-21: "Sunday night" is the day before
    ["Two men were shot Sunday night outside a bar.", "2013-01-21", "2013-01-20"],
    // a weekday later in the week than publication lies in the week before
    ["A man was shot and killed Saturday morning, police said.", "2016-04-13", "2016-04-09"],
    ["The shooting happened on June 5 near the park.", "2016-06-08", "2016-06-05"],
    ["A woman was killed yesterday in the attack.", "2022-07-13", "2022-07-12"],
    ["Police say five people were shot at Club 21 around 2:30 a.m. Sunday.", "2013-03-17", "2013-03-17"],
  ])("%s (published %s) -> %s", (text, published, expected) => {
    expect(dateOf(text, published)).toMatchObject({ date: expected, precision: "day" });
  });

  it("\"over the last week\" is a week before publication", () => {
    expect(dateOf("Over the last week, Russian troops liberated the settlement of Paraskoviivka.", "2024-06-07")).toEqual({
      date: "2024-05-31", end: "2024-06-07", precision: "week", cue: "last week",
    });
  });

  it.each([
    ["He was arraigned Monday on murder charges in the shooting.", "2016-04-13"],
    ["Funeral services for the victim killed in the shooting will be held Saturday.", "2016-04-13"],
    ["The shooting suspect is due in court on June 20.", "2016-06-08"],
    ["Last year, a man was shot and killed on Friday at the same bar.", "2016-06-08"],
    ["Sunday marks 2 years since Louisville mother was shot and killed", "2013-07-12"],
    ["Shelling of Zaporizhzhia: one person died (10.10.22 06:06)", "2022-10-10"],
    ["Posted: Sunday, July 27, 2014 12:06 PM EDT", "2014-07-27"],
    ["Police said Monday that they have no suspects.", "2016-04-13"],
  ])("%s gives no event date", (text, published) => {
    expect(dateOf(text, published)).toBeNull();
  });

  it("never a date after publication", () => {
    const date = dateOf("The victim, who was shot on July 12, died in hospital.", "2024-06-07");
    expect(date).toBeNull();
  });

  it("an article without a cue is dated by its publication day, marked as such", () => {
    expect(decideEventDate([], "2016-04-13")).toEqual({ date: "2016-04-13", end: "2016-04-13", precision: "day", cue: null });
  });
});

describe("the seeds' event date", () => {
  for (const file of ["000_bc4ad77dd27bda79.txt", "001_82f59fc56d909940.txt"]) {
    it(`${file}: the strike and the shelling are dated 2024-06-07`, () => {
      const text = readFileSync(new URL(`../../content/articles/${file}`, import.meta.url), "utf8").replace(/^\s*date \S+\s*/, "");
      const passages = text.split(/\n+/).filter((l) => l.trim()).map((t, i) => passage(t.trim(), i));
      const cues = findDateCues(passages, "2024-06-07");
      expect(decideEventDate(cues, "2024-06-07").date).toBe("2024-06-07");
      // Every cue of the strike's sentences is that Friday; the shelling's sentence states no date,
      // so its report takes the publication day, 2024-06-07 too.
      for (const cue of cues.filter((c) => /Lu[hg]ansk/.test(passages[c.passage]!.text))) expect(cue.date.date).toBe("2024-06-07");
      const nikopol = passages.findIndex((p) => /Nikopol/.test(p.text));
      expect(cues.filter((c) => c.passage === nikopol)).toEqual([]);
      const week = cues.find((c) => /Paraskoviivka/.test(passages[c.passage]!.text));
      expect(week?.date.precision).toBe("week");
    });
  }
});

describe("one date per incident", () => {
  const at = (date: string, precision: EventDate["precision"], cue: string | null): EventDate => ({ date, end: date, precision, cue });
  it("a day stated in the earliest report wins over a week, a bare publication day and later reports", () => {
    expect(
      mergeEventDates([
        { date: at("2016-04-13", "day", null), published: "2016-04-13" },
        { date: at("2016-04-04", "week", "last week"), published: "2016-04-12" },
        { date: at("2016-04-11", "day", "Monday"), published: "2016-04-14" },
        { date: at("2016-04-10", "day", "Sunday night"), published: "2016-04-12" },
      ]),
    ).toMatchObject({ date: "2016-04-10" });
  });
  it("the day most reports give beats the earliest report's", () => {
    expect(
      mergeEventDates([
        { date: at("2016-04-11", "day", "Monday"), published: "2016-04-12" },
        { date: at("2016-04-10", "day", "Sunday night"), published: "2016-04-13" },
        { date: at("2016-04-10", "day", "Sunday"), published: "2016-04-14" },
      ]),
    ).toMatchObject({ date: "2016-04-10" });
  });
});
