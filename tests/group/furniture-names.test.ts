// Page furniture and telling names, the two things that keep unrelated stories of one site apart:
// sentences the site prints around every story, and capitalised words that only look like names.
// Sentences of our own, modelled on gva-dev pages (failed scrapes that kept only the site's sign-up text).
import { describe, expect, it } from "vitest";
import { findFurniture } from "../../src/group/furniture.js";
import { namesIn } from "../../src/group/names.js";
import { readPassage } from "../../src/facts/clauses.js";
import type { ArticleFacts } from "../../src/model.js";

const SIGN_UP = "To finish signing up for this site, please enter an email address.";
const LEAD = "A boy of nine was wounded in the leg on Sunday, police said.";

function page(id: string, publishedDay: string, lines: string[], shooting: number[] = []): ArticleFacts {
  return {
    article: { id, file: "articles/a.jsonl", line: 1, format: "jsonl", title: lines[0]!, titleDerived: false, text: lines.join("\n"), source: "example.com", url: null, published: publishedDay, publishedDay, lang: "en", langFrom: "stated" },
    passages: lines.map((text, index) => ({ index, paragraph: index, text, isTitle: index === 0 })),
    places: [],
    dates: [],
    claims: [],
    means: [],
    damage: [],
    typeCues: shooting.map((passage) => ({ passage, type: "shooting" as const, cue: "shot" })),
    readings: lines.map((text) => readPassage(text)),
  };
}

describe("page furniture", () => {
  it("a sentence with no incident fact is furniture once two pages weeks apart print it", () => {
    const test = findFurniture([
      page("a", "2016-09-16", ["Pupil hurt when officer's gun fires during scuffle", SIGN_UP]),
      page("b", "2016-11-23", ["Nevada gang members admit guilt after 9-year-old girl shot", SIGN_UP]),
    ]);
    expect(test(SIGN_UP)).toBe(true);
  });

  it("two pages days apart are copies of one story, not furniture", () => {
    const test = findFurniture([page("a", "2016-09-16", ["Headline one", SIGN_UP]), page("b", "2016-09-18", ["Headline two", SIGN_UP])]);
    expect(test(SIGN_UP)).toBe(false);
  });

  it("a story's own sentence repeated in one follow-up weeks later stays (it states the shooting)", () => {
    const test = findFurniture([
      page("a", "2016-09-16", ["Boy shot in Riverside", LEAD], [1]),
      page("b", "2016-11-23", ["Man charged in boy's shooting", LEAD], [1]),
    ]);
    expect(test(LEAD)).toBe(false);
    // three pages weeks apart make even such a sentence furniture, as before
    const three = findFurniture([
      page("a", "2016-09-16", ["x", LEAD], [1]),
      page("b", "2016-10-23", ["y", LEAD], [1]),
      page("c", "2016-11-23", ["z", LEAD], [1]),
    ]);
    expect(three(LEAD)).toBe(true);
  });
});

describe("an outlet's toll formula", () => {
  it("a sentence counting the dead is never furniture, however often and far apart it recurs (each time its own report's toll)", () => {
    const TOLL = "The attack killed 2 people.";
    const test = findFurniture([
      page("a", "2023-01-10", ["Shelling of a village", TOLL], [0]),
      page("b", "2023-03-02", ["Strike on a town", TOLL], [0]),
      page("c", "2023-05-20", ["Drone attack on a port", TOLL], [0]),
    ].map((facts) => ({ ...facts, claims: [{ kind: "killed" as const, value: 2, qualifier: "exact" as const, attribution: null, quote: TOLL, passage: 1, revisedFrom: null }] })));
    expect(test(TOLL)).toBe(false);
  });
});

describe("telling names", () => {
  it("the first word of a sentence after a headline is not a name (passages are joined a line each)", () => {
    const report = ["Police chief calls for gun safety after teen shot", "We'd love to hear about news from your neighborhood."].join("\n");
    expect(namesIn(report)).toEqual([]);
    // inside a sentence, a capitalised word still is
    expect(namesIn("The teen was shot near Kimbark Avenue, said Officer Janel Sedevic.")).toEqual(["Kimbark", "Janel", "Sedevic"]);
  });
});
