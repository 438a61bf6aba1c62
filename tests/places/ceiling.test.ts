// Whether a report names a settlement near its event (src/places/eval/ceiling.ts): what splits a
// corpus's place misses into misreadings and reports that name no place to read.
import { describe, expect, it } from "vitest";
import { loadPlaceIndex } from "../../src/places/index.js";
import { namesPlaceNear } from "../../src/places/eval/ceiling.js";

const index = loadPlaceIndex();
// An event in Avdiivka, and one in the frontline village of Novooleksandrivka (Luhansk oblast), a name
// a dozen villages share.
const avdiivka = { lat: 48.139, lon: 37.742 };
const novooleksandrivka = { lat: 48.615, lon: 38.429 };

describe("names a settlement near the event", () => {
  it.each([
    ["Shelling of Avdiivka kills two civilians", avdiivka],
    ["Two soldiers killed near Avdeevka, the military says", avdiivka],
    ["Обстріл Авдіївки: загинули двоє", avdiivka],
    ["Soldier killed by a sniper at Novooleksandrivka, Luhansk region", novooleksandrivka],
  ])("%s", (text, point) => {
    expect(namesPlaceNear(text, point, index)).toBe(true);
  });

  it.each([
    ["Three soldiers die in new fighting in the east of Ukraine", avdiivka],
    ["One soldier killed amid shelling in Donbas, the command says", avdiivka],
    ["Two civilians die across Donetsk region over one day", avdiivka],
    ["Shelling of Kramatorsk kills two civilians", avdiivka],
  ])("names none: %s", (text, point) => {
    expect(namesPlaceNear(text, point, index)).toBe(false);
  });
});
