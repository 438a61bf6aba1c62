// An incident's place from its reports' place mentions: the scene the reports agree on.
import { describe, expect, it } from "vitest";
import type { Place, PlaceMention } from "../../src/model.js";
import { chooseIncidentPlace, type ReportPlaces } from "../../src/places/choose.js";
import { loadPlaceIndex } from "../../src/places/index.js";

function place(name: string, admin1: string, lat: number, lon: number, precision: Place["precision"] = "city"): Place {
  return { slug: `${name}-${admin1}`.toLowerCase().replace(/\W+/g, "-"), name, admin1, admin2: null, country: "US", countryName: "United States", lat, lon, geonameId: null, precision, aliases: [], origin: "gazetteer" };
}
const ARLINGTON_VA = place("Arlington", "Virginia", 38.88, -77.1);
const ARLINGTON_TX = place("Arlington", "Texas", 32.74, -97.11);
const FORT_WORTH = place("Fort Worth", "Texas", 32.73, -97.32);
const PHILADELPHIA = place("Philadelphia", "Pennsylvania", 39.95, -75.16);
const KENSINGTON = place("Kensington", "Pennsylvania", 39.95, -75.16, "approximate");
const TEXAS = place("Texas", "Texas", 31.25, -99.25, "region");
const HABERSHAM_COUNTY = { ...place("Habersham County", "Georgia", 34.63, -83.53, "region"), admin2: "Habersham County" };
const CLARKESVILLE = { ...place("Clarkesville", "Georgia", 34.61, -83.52), admin2: "Habersham County" };
const ANTHONY_TX = place("Anthony", "Texas", 31.99, -106.6);

/** The gazetteer's reading of a name in a state or oblast. */
function reading(name: string, admin1: string): Place {
  const index = loadPlaceIndex();
  const g = index.gazetteer;
  return g.toPlace(index.lookup(name)!.candidates.find((c) => g.record(c.row).admin1 === admin1)!.row);
}

let passage = 0;
const mention = (p: Place, role: PlaceMention["role"] = "location"): PlaceMention => ({ place: p, passage: passage++, surface: p.name, role, score: 1 });
function report(main: Place | null, ...others: PlaceMention[]): ReportPlaces {
  const first = main ? mention(main) : null;
  return { place: first, places: first ? [first, ...others] : others };
}

describe("the incident's place", () => {
  it("is the scene most reports agree on: one stray reading is outvoted", () => {
    const chosen = chooseIncidentPlace([report(ARLINGTON_VA), report(ARLINGTON_TX), report(ARLINGTON_TX, mention(FORT_WORTH, "mention"))]);
    expect(chosen).toBe(ARLINGTON_TX);
  });

  it("counts places near a scene as support for it (a suburb, the city named in passing)", () => {
    const chosen = chooseIncidentPlace([report(ARLINGTON_VA), report(ARLINGTON_TX, mention(FORT_WORTH, "mention"))]);
    expect(chosen).toBe(ARLINGTON_TX);
  });

  it("prefers the gazetteer's town to an approximate point at the same spot", () => {
    expect(chooseIncidentPlace([report(KENSINGTON), report(PHILADELPHIA)])).toBe(PHILADELPHIA);
  });

  it("takes a town before a region, and a region when no report names a town", () => {
    expect(chooseIncidentPlace([report(TEXAS), report(TEXAS), report(ARLINGTON_TX)])).toBe(ARLINGTON_TX);
    expect(chooseIncidentPlace([report(TEXAS)])).toBe(TEXAS);
  });

  it("a county most reports name outvotes one report's far town, and a town inside the county refines it", () => {
    expect(chooseIncidentPlace([report(HABERSHAM_COUNTY), report(HABERSHAM_COUNTY), report(ANTHONY_TX)])).toBe(HABERSHAM_COUNTY);
    expect(chooseIncidentPlace([report(HABERSHAM_COUNTY), report(HABERSHAM_COUNTY), report(ANTHONY_TX), report(CLARKESVILLE)])).toBe(CLARKESVILLE);
  });

  it("a county before the state around it, however many towns of the state the reports name", () => {
    const GEORGIA = place("Georgia", "Georgia", 32.75, -83.5, "region");
    const GAINESVILLE = { ...place("Gainesville", "Georgia", 34.3, -83.82, "city"), admin2: "Hall County" };
    const chosen = chooseIncidentPlace([report(HABERSHAM_COUNTY), report(GEORGIA, mention(GAINESVILLE, "mention")), report(GEORGIA)]);
    expect(chosen).toBe(HABERSHAM_COUNTY);
  });

  it("local news: a state's scene narrows to a town or county a report merely names inside it ('Utah teen shoots self' naming Logan in passing)", () => {
    const UTAH = place("Utah", "Utah", 39.25, -111.75, "region");
    const LOGAN = { ...place("Logan", "Utah", 41.74, -111.83), admin2: "Cache County" };
    expect(chooseIncidentPlace([report(UTAH, mention(LOGAN, "mention"))], true)).toBe(LOGAN);
    // A county named in passing first, then the town inside it: Hidalgo County, then Weslaco.
    const TEXAS_STATE = place("Texas", "Texas", 31.25, -99.25, "region");
    const HIDALGO_COUNTY = { ...place("Hidalgo County", "Texas", 26.4, -98.18, "region"), admin2: "Hidalgo County" };
    const WESLACO = { ...place("Weslaco", "Texas", 26.16, -97.99), admin2: "Hidalgo County" };
    expect(chooseIncidentPlace([report(TEXAS_STATE, mention(HIDALGO_COUNTY, "mention"), mention(WESLACO, "mention"))], true)).toBe(WESLACO);
    // War news keeps the region: monitors code a report of shelling across an oblast at the oblast.
    expect(chooseIncidentPlace([report(UTAH, mention(LOGAN, "mention"))], false)).toBe(UTAH);
    expect(chooseIncidentPlace([report(UTAH, mention(LOGAN, "mention"))])).toBe(UTAH);
  });

  it("another reading of a name wins when the other reports' places speak for it: Williamsburg with Whitley County, Kentucky is Williamsburg, Kentucky", () => {
    const williamsburgFlorida = reading("williamsburg", "Florida");
    const whitley = reading("whitley county", "Kentucky");
    const chosen = chooseIncidentPlace([report(whitley), report(williamsburgFlorida, mention(williamsburgFlorida))]);
    expect(chosen).toMatchObject({ name: "Williamsburg", admin1: "Kentucky" });
  });

  it("a region no report narrows stays the region: 'shelling of the Zaporizhzhia region' is not the city of that name", () => {
    const index = loadPlaceIndex();
    const g = index.gazetteer;
    const region = g.toPlace(index.lookup("zaporizhzhia region")!.candidates[0]!.row);
    expect(region.precision).toBe("region");
    expect(chooseIncidentPlace([report(region), report(region)])).toMatchObject({ precision: "region", admin1: region.admin1 });
    // A town a report names inside it still refines it.
    const town = reading("huliaipole", region.admin1!);
    expect(chooseIncidentPlace([report(region), report(region, mention(town))])).toMatchObject({ name: town.name });
  });

  it("an oblast's villages of its name are no other reading of it: 'the Zaporizhzhia region's Melitopol district' is the raion, not the village Zaporizhzhia inside it", () => {
    const index = loadPlaceIndex();
    const region = index.gazetteer.toPlace(index.lookup("zaporizhzhia region")!.candidates[0]!.row);
    const raion = reading("melitopol raion", region.admin1!);
    expect(raion.precision).toBe("region");
    const chosen = chooseIncidentPlace([report(raion, mention(region))]);
    expect(chosen).toMatchObject({ precision: "region", name: raion.name });
  });

  it("a place merely named speaks for no other reading of the scene: 'Lviv paratroopers' near Mykolaiv leave the event in Mykolaiv, not Mykolaiv of Lviv Oblast", () => {
    const mykolaiv = reading("mykolaiv", "Mykolaiv");
    const lviv = reading("lviv", "Lviv");
    expect(chooseIncidentPlace([report(mykolaiv, mention(lviv, "mention"), mention(lviv, "mention"))])).toBe(mykolaiv);
  });

  it("is null when no report names a scene nor anything that can stand for one", () => {
    expect(chooseIncidentPlace([report(null, mention(FORT_WORTH, "mention"))])).toBeNull();
    expect(chooseIncidentPlace([])).toBeNull();
  });

  it("with no scene in any report, takes a place named so that it can stand for one ('Fort Worth police')", () => {
    const attributive = { ...mention(FORT_WORTH, "mention"), fallback: true };
    const country = { ...mention(place("United States", "", 39.8, -98.5, "country"), "mention"), fallback: true };
    expect(chooseIncidentPlace([report(null, country, attributive)])).toBe(FORT_WORTH);
  });
});
