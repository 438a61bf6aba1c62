// Page furniture and telling names, the two things that keep unrelated stories of one site apart:
// sentences the site prints around every story, and capitalised words that only look like names.
// Sentences from gva-dev pages (failed scrapes that kept only the site's sign-up text).
import { describe, expect, it } from "vitest";
import { findFurniture } from "../../src/group/furniture.js";
import { namesIn } from "../../src/group/names.js";
import type { ArticleFacts } from "../../src/model.js";

const SIGN_UP = "To complete your registration on this site, please supply an address.";
const LEAD = "A 9-year-old boy was shot in the leg on Sunday, police said.";

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
  };
}

describe("page furniture", () => {
  it("a sentence with no incident fact is furniture once two pages weeks apart print it", () => {
    const test = findFurniture([
      page("a", "2016-09-16", ["Elementary student accidentally shot during altercation with officer", SIGN_UP]),
      page("b", "2016-11-23", ["Idaho gang members plead guilty after 10-year-old girl shot", SIGN_UP]),
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

describe("telling names", () => {
  it("the first word of a sentence after a headline is not a name (passages are joined a line each)", () => {
    const report = ["RRPD chief urges gun safety after juvenile shot", "We're always interested in hearing about news in our community."].join("\n");
    expect(namesIn(report)).toEqual([]);
    // inside a sentence, a capitalised word still is
    expect(namesIn("The teen was shot near Kimbark Avenue, said Officer Janel Sedevic.")).toEqual(["Kimbark", "Janel", "Sedevic"]);
  });
});
