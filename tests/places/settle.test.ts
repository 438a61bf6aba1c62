// One place per unknown village across a build (settle.ts).
import { describe, expect, it } from "vitest";
import type { Place, PlaceMention } from "../../src/model.js";
import { settleTextPlaces } from "../../src/places/settle.js";

function textPlace(name: string, admin1: string | null, precision: Place["precision"], lat: number, lon: number): Place {
  const slug = [name, admin1, "ua"].filter(Boolean).join("-").toLowerCase();
  return { slug, name, admin1, admin2: null, country: "UA", countryName: "Ukraine", lat, lon, geonameId: null, precision, aliases: [], origin: "text" };
}
const mention = (place: Place): PlaceMention => ({ place, passage: 0, surface: place.name, role: "location", score: 5 });

describe("settling text places across a build", () => {
  it("gives every article the most precise reading when the precise readings agree on a region", () => {
    const lists = [
      [mention(textPlace("Spirne", null, "country", 49, 32))],
      [mention(textPlace("Spirne", "Donetsk", "region", 48.0, 37.8))],
      [mention(textPlace("Spirne", "Donetsk", "approximate", 48.7, 38.3))],
    ];
    settleTextPlaces(lists);
    for (const [m] of lists) expect(m!.place).toMatchObject({ slug: "spirne-donetsk-ua", precision: "approximate", lat: 48.7 });
  });

  it("leaves same-named villages of two regions apart, and a lone reading as it is", () => {
    const lists = [
      [mention(textPlace("Kamianka", null, "country", 49, 32))],
      [mention(textPlace("Kamianka", "Donetsk", "region", 48.0, 37.8))],
      [mention(textPlace("Kamianka", "Zaporizhzhia", "region", 47.8, 35.2))],
      [mention(textPlace("Torske", null, "country", 49, 32))],
    ];
    settleTextPlaces(lists);
    expect(lists.map(([m]) => m!.place.slug)).toEqual(["kamianka-ua", "kamianka-donetsk-ua", "kamianka-zaporizhzhia-ua", "torske-ua"]);
  });

  it("never touches gazetteer places", () => {
    const gazetteer = { ...textPlace("Bakhmut", "Donetsk", "city", 48.6, 38.0), origin: "gazetteer" as const };
    const lists = [[mention(gazetteer)], [mention(textPlace("Bakhmut", "Donetsk", "approximate", 48.5, 38.1))]];
    settleTextPlaces(lists);
    expect(lists[0]![0]!.place).toBe(gazetteer);
  });
});
