// One page per real place: a place the text gave (a name the gazetteer did not recognise) that
// is another spelling of one gazetteer place nearby becomes that place; anything less certain
// stays as it is.
import { beforeAll, describe, expect, it } from "vitest";
import type { Place, PlaceMention } from "../../src/model.js";
import { foldName, loadPlaceIndex, type PlaceIndex } from "../../src/places/index.js";
import { unifyTextPlaces } from "../../src/places/same-place.js";
import { PlaceLevel } from "../../src/places/gazetteer/tables.js";

let index: PlaceIndex;
beforeAll(() => {
  index = loadPlaceIndex();
});

function textPlace(fields: Partial<Place> & Pick<Place, "name">): Place {
  return {
    slug: `${fields.name.toLowerCase()}-text`,
    admin1: "Luhansk",
    admin2: null,
    country: "UA",
    countryName: "Ukraine",
    lat: 48.65,
    lon: 39.0,
    geonameId: null,
    precision: "region",
    aliases: [],
    origin: "text",
    ...fields,
  };
}

function mention(place: Place): PlaceMention {
  return { place, passage: 0, surface: place.name, role: "location", score: 1 };
}

/** The gazetteer's populated place of this name in Ukraine (there must be one). */
function gazetteerPlace(name: string): Place {
  const row = index.lookup(foldName(name))!.candidates.find((c) => index.gazetteer.level(c.row) === PlaceLevel.Populated && index.gazetteer.country(c.row) === "UA")!.row;
  return index.gazetteer.toPlace(row);
}

function unify(place: Place): Place {
  const mentions = [mention(place)];
  unifyTextPlaces([mentions], index);
  return mentions[0]!.place;
}

describe("a text place that is another spelling of a gazetteer place", () => {
  it("known by its region, is the one place of that region with the name", () => {
    const town = gazetteerPlace("Sievierodonetsk");
    const unified = unify(textPlace({ name: "Sieiverodonetsk" }));
    expect(unified.slug).toBe(town.slug);
    expect(unified.origin).toBe("gazetteer");
    expect(unify(textPlace({ name: "Sieverodonetsk" })).slug).toBe(town.slug);
  });

  it("known by its region and named as that region, misspelt, is the region", () => {
    const region = unify(textPlace({ name: "Suumy", admin1: "Sumy", lat: 50.9, lon: 34.8 }));
    expect(region.origin).toBe("gazetteer");
    expect(region.precision).toBe("region");
    expect(region.admin1).toBe("Sumy");
    const other = textPlace({ name: "Suumy", admin1: "Poltava", lat: 49.6, lon: 34.5 });
    expect(unify(other)).toBe(other);
  });

  it("known by a point, is the place of that name within 25 km", () => {
    const town = gazetteerPlace("Sievierodonetsk");
    const near = textPlace({ name: "Sieverodonetsk", precision: "approximate", lat: town.lat! + 0.1, lon: town.lon! });
    expect(unify(near).slug).toBe(town.slug);
    const far = textPlace({ name: "Sieverodonetsk", precision: "approximate", lat: town.lat! + 0.6, lon: town.lon! });
    expect(unify(far).slug).toBe(far.slug);
  });

  it("stays a text place when the region holds no place of that name", () => {
    const place = textPlace({ name: "Sieverodonetsk", admin1: "Lviv", lat: 49.8, lon: 24 });
    expect(unify(place)).toBe(place);
  });

  it("stays a text place when several places of the region have the name", () => {
    const rows = (index.lookup(foldName("Mykolaivka"))?.candidates ?? []).filter(
      (c) => index.gazetteer.level(c.row) === PlaceLevel.Populated && index.gazetteer.toPlace(c.row).admin1 === "Donetsk",
    );
    expect(rows.length, "the gazetteer has namesakes in the Donetsk region").toBeGreaterThan(1);
    const place = textPlace({ name: "Mykolajivka", admin1: "Donetsk" });
    expect(unify(place)).toBe(place);
  });

  it("elsewhere, is the place of the region whose own name it is, not one that merely lists it", () => {
    const atlanta = unify(textPlace({ name: "Atlanta", admin1: "Georgia", country: "US", countryName: "United States", lat: 32.7, lon: -83.4 }));
    expect(atlanta.origin).toBe("gazetteer");
    expect(atlanta.name).toBe("Atlanta");
    // GeoNames lists "Townville" among Abbeville's alternate names; Townville is another village.
    const townville = textPlace({ name: "Townville", admin1: "South Carolina", country: "US", countryName: "United States", lat: 33.9, lon: -80.9 });
    expect(unify(townville)).toBe(townville);
  });

  it("stays a text place when only the country is known", () => {
    const place = textPlace({ name: "Sieverodonetsk", admin1: null, precision: "country" });
    expect(unify(place)).toBe(place);
  });

  it("stays a text place for a name no gazetteer place has", () => {
    const place = textPlace({ name: "Przewodw", admin1: "Lublin", country: "PL", countryName: "Poland" });
    expect(unify(place)).toBe(place);
  });
});
