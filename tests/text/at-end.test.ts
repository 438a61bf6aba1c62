import { describe, expect, it } from "vitest";
import { atEnd } from "../../src/text/at-end.js";

// Written examples in the style of the words before a place name in news sentences.
const BEFORE = [
  "Two people were killed in a strike on the city of ",
  "The governor said the shelling hit ",
  "Police were called to the 4800 block of ",
  "according to ",
  "the cruiser ",
  "The mayor of ",
  "killed in ",
  "fighting in the north of ",
  "in ",
  "",
  "Mr. ",
  "Xmr. ",
  "An attack near the town\tof   ",
  "The strike, which hit the village of Pokrovske and ",
];

describe("atEnd", () => {
  // Each pattern is end-anchored in every alternative, as atEnd requires.
  const patterns = [
    /\b(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i,
    /\b(?:mr|mrs|dr|governor)\.?\s+$/i,
    /\b(?:block\s+of|corner\s+of)\s+$|\bhit\s+$/i,
    /[\p{Lu}][\p{L}'’-]+\s+(?:and|or)\s+$/u,
    /(?:^|[^\p{L}])(?:according to)\s+$/iu,
    /^$/,
  ];

  it("tells the same texts as the pattern as written", () => {
    for (const pattern of patterns) {
      const backwards = atEnd(pattern);
      for (const text of BEFORE) expect(backwards.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(pattern.test(text));
    }
  });

  it("matches only at the end, wherever the search of an earlier text stopped", () => {
    const location = atEnd(/\bin\s+$/i);
    expect(location.test("killed in ")).toBe(true);
    expect(location.test("in the morning ")).toBe(false);
    expect(location.test("killed in ")).toBe(true);
  });
});
