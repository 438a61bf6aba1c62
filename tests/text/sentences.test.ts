// Sentence splitting (text/sentences.ts): abbreviations that are no sentence end, and a paragraph
// of thousands of sentences split the same way, in time linear in its length.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const NEWS = [
  "Police said Mr. Smith was shot at 3 p.m. Sunday in St. Louis, Mo., after an argument.",
  "A Ukrainian missile strike Friday on the Russian-controlled city of Lugansk killed four people.",
  "Officers found John F. Kennedy Jr. unharmed near the U.S. border.",
  "Three people were shot, one fatally, in Tulsa, Okla. Police have not named them.",
];

describe("splitSentences", () => {
  it("does not end a sentence after a title, an initial, a time or a state's abbreviation", () => {
    expect(splitSentences(NEWS.join(" "))).toEqual([NEWS[0], NEWS[1], NEWS[2], "Three people were shot, one fatally, in Tulsa, Okla.", "Police have not named them."]);
  });

  it("splits a paragraph of thousands of sentences like the same sentences one by one", () => {
    const many = Array.from({ length: 3000 }, (_, i) => NEWS[i % NEWS.length]!.replace("Sunday", `Sunday (${i})`));
    const expected = many.flatMap((sentence) => splitSentences(sentence));
    expect(splitSentences(many.join(" "))).toEqual(expected);
  });
});
