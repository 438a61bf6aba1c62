// Number phrases as news copy writes counts, and what must never read as a count.
import { describe, expect, it } from "vitest";
import { numberPhraseAt } from "../../src/facts/numbers.js";
import { countPhraseAt } from "../../src/facts/phrases.js";
import { tokenize } from "../../src/facts/tokens.js";

const phrase = (text: string) => {
  const found = numberPhraseAt(tokenize(text), 0);
  return found ? `${found.qualifier} ${found.value}` : null;
};
const count = (text: string, at = 0) => {
  const found = countPhraseAt(tokenize(text), at);
  return found ? `${found.qualifier} ${found.value}` : null;
};

describe("number phrases", () => {
  it.each([
    ["43 people", "exact 43"],
    ["1,502 injured", "exact 1502"],
    ["Forty-six people", "exact 46"],
    ["forty six people", "exact 46"],
    ["twelve", "exact 12"],
    ["a dozen others", "exact 12"],
    ["two dozen people", "exact 24"],
    ["half a dozen people", "exact 6"],
    ["a half-dozen people", "exact 6"],
    ["one hundred and five people", "exact 105"],
    ["over 40", "over 40"],
    ["more than 826 children", "over 826"],
    ["at least 30 militants", "at least 30"],
    ["about 38,000 soldiers", "about 38000"],
    ["nearly 40 invaders", "about 40"],
    ["up to 100 civilians", "up to 100"],
    ["dozens of people", "dozens 24"],
    ["several people", "several 3"],
    ["tens of thousands killed", "at least 20000"],
  ])("%s -> %s", (text, expected) => expect(phrase(text)).toBe(expected));

  it.each(["71-year-old woman", "9mm handgun", "five-storey block", "the 4th shooting", "over the weekend"])(
    "%s holds no number phrase",
    (text) => expect(phrase(text)).toBeNull(),
  );
});

describe("counts of people", () => {
  it.each([
    ["four peaceful civilians", "exact 4"],
    ["two of them", "exact 2"],
    ["ten of the injured", "exact 10"],
    ["three others", "exact 3"],
    ["4 wounded", "exact 4"],
  ])("%s counts people (%s)", (text, expected) => expect(count(text)).toBe(expected));

  it.each([
    ["five US-made ATACMS missiles", 0],
    ["33 blocks of flats", 0],
    ["shot 3 times", 1],
    ["the 1200 block of Main Street", 1],
    ["at 4:15 p.m.", 1],
    ["25 kilometres southwest", 0],
    ["June 5 shooting", 1],
    ["Smith, 25, was killed", 2],
    ["killed 2 in 2014", 3],
  ])("%s is no count of people", (text, at) => expect(count(text, at)).toBeNull());
});
