// Where outlets report from, learnt from a build's articles: a Nashville station's "Smyrna" is in
// Tennessee, a Philadelphia paper's "Feltonville" is a neighbourhood of Philadelphia. Headlines
// and sentences of our own, written the way local outlets write them (modelled on gva-dev).
import { beforeAll, describe, expect, it } from "vitest";
import type { Article, PlaceMention } from "../../src/model.js";
import { loadPlaceIndex, type PlaceIndex, primePlaceIndex } from "../../src/places/index.js";
import { scanSentences } from "./support/scan.js";
import { outletKey } from "../../src/places/outlets.js";

function article(id: string, source: string, title: string, text: string): Article {
  return { id, file: "test.jsonl", line: 1, format: "jsonl", title, titleDerived: false, text, source, url: null, published: "2015-06-01", publishedDay: "2015-06-01", lang: "en", langFrom: "stated" };
}

// A local station's stories name its area's towns, most of them shared with other states.
const NASHVILLE_STATION = [
  ["Search continues for suspects in Clarksville shootings", "Police in Clarksville are searching for two suspects after a shooting on Friday."],
  ["Couple wounded in Franklin motel room shooting", "Two guests were wounded in a motel room in Franklin on Sunday."],
  ["Police: Gunman kills 1, wounds 4 at Bristol party", "Police said a man opened fire at a party in Bristol, Tenn., killing one."],
  ["Crossville man charged in home shooting death", "The shooting happened at a home in Crossville on Tuesday night."],
  ["Teen killed at Antioch apartment complex named", "A teenager was shot and killed at an apartment complex in Antioch, Nashville police said."],
  ["Girl calls 911 after her brother shoots himself by accident", "The shooting happened at a home in Lebanon, police said."],
].map(([title, text], i) => article(`station-${i}`, "wsmv.com", title!, text!));

// A city station: its stories name the city again and again.
const PHILADELPHIA_STATION = [
  ["Police: Boy, 4, shoots himself in the foot", "On Saturday night a boy of four shot himself in the foot in Philadelphia's Frankford section."],
  ["Eight children shot by accident this year", "Eight or more children have been hurt or killed by accidental gunfire in Philadelphia this year."],
  ["Boy, 6, shot ten times improving", "A 6-year-old boy shot ten times in Philadelphia is getting better, his mother says."],
  ["Robbery suspected in killing", "Philadelphia police Capt. Dana Moretti said the victim appeared to have been robbed."],
].map(([title, text], i) => article(`philadelphia-${i}`, "nbcphiladelphia.com", title!, text!));

// An eastern North Carolina station: datelines give its state.
const NORTH_CAROLINA_STATION = [
  ["Multiple people shot outside Craven County club", "JAMES CITY, N.C. (WNCT) – Deputies said a fight inside the club moved to the parking lot before shots were fired."],
  ["Early Saturday morning shooting deemed accidental", "GREENVILLE, N.C. (WNCT) – A woman should recover from wounds suffered in an early Saturday morning shooting."],
  ["Man shot in Kinston", "KINSTON, N.C. (WNCT) – A man was shot Sunday night, police said."],
].map(([title, text], i) => article(`north-carolina-${i}`, "wnct.com", title!, text!));

// A wire service's stories are all over the country: it has no home.
const WIRE = [
  ["Four killed in Tulsa apartment", "TULSA, Okla. (AP) — Four women were found shot dead in an apartment."],
  ["Two shot in Miami", "MIAMI (AP) — Two men were wounded in a shooting in Miami on Sunday."],
  ["Officer wounded in Denver", "DENVER (AP) — A police officer was shot in Denver on Friday."],
  ["Three hurt in Seattle shooting", "SEATTLE (AP) — Three people were hurt in a shooting in Seattle."],
].map(([title, text], i) => article(`wire-${i}`, "apnews.com", title!, text!));

let index: PlaceIndex;
beforeAll(() => {
  index = loadPlaceIndex();
  primePlaceIndex(index, [...NASHVILLE_STATION, ...PHILADELPHIA_STATION, ...NORTH_CAROLINA_STATION, ...WIRE]);
});

const scanFrom = (source: string, ...sentences: string[]) => scanSentences(index, sentences, { source, headline: true });
const location = (mentions: PlaceMention[]) => mentions.find((m) => m.role === "location") ?? null;

describe("outlet homes", () => {
  it("keys outlets by host name", () => {
    expect(outletKey("https://www.wsmv.com/news")).toBe("wsmv.com");
    expect(outletKey("chicago.suntimes.com")).toBe("chicago.suntimes.com");
    expect(outletKey(null)).toBeNull();
  });

  it("learns a local station's state from towns that are each ambiguous alone", () => {
    const home = index.outlets!.get("wsmv.com");
    expect(home).toBeDefined();
    expect(index.gazetteer.record(home!.admin1).name).toBe("Tennessee");
  });

  it("gives a wire service covering the whole country no home", () => {
    expect(index.outlets!.has("apnews.com")).toBe(false);
  });

  it("reads the station's same-named towns in its state: 'Smyrna' is Smyrna, Tennessee", () => {
    const place = location(scanFrom("wsmv.com", "Toddler in Smyrna shoots herself by accident"))?.place;
    expect(place).toMatchObject({ name: "Smyrna", admin1: "Tennessee", country: "US" });
  });

  it("the station's home outweighs bigger namesakes elsewhere: 'Columbia' is Columbia, Tennessee", () => {
    const headline = "Teen shot at Columbia apartment complex";
    expect(location(scanFrom("wsmv.com", headline))?.place).toMatchObject({ name: "Columbia", admin1: "Tennessee" });
    expect(location(scanFrom("apnews.com", headline))?.place.admin1).not.toBe("Tennessee");
  });

  it("the same headline from an outlet with no home is not pulled to Tennessee", () => {
    expect(location(scanFrom("apnews.com", "Toddler in Smyrna shoots herself by accident"))?.place.admin1).not.toBe("Tennessee");
  });
});

describe("neighbourhoods of an outlet's city", () => {
  it("a name the gazetteer has only far away is placed approximately at the city in the outlet's address", () => {
    const place = location(scanFrom("philly.com", "Four people injured in Feltonville shooting"))?.place;
    expect(place).toMatchObject({ name: "Feltonville", admin1: "Pennsylvania", country: "US", precision: "approximate" });
    expect(Math.abs(place!.lat! - 39.95)).toBeLessThan(0.2);
  });

  it("a name that is only another name of a far town of the same state is a neighbourhood too ('Kensington', not New Kensington)", () => {
    const place = location(
      scanFrom(
        "nbcphiladelphia.com",
        "Man Charged With Killing 3, Wounding Another In Kensington Home",
        "A Philadelphia man faces murder charges after he shot three people dead and badly wounded a fourth, then barricaded himself in his Kensington home on Saturday.",
      ),
    )?.place;
    expect(place).toMatchObject({ name: "Kensington", admin1: "Pennsylvania", precision: "approximate" });
    expect(Math.abs(place!.lon! + 75.16)).toBeLessThan(0.2);
  });

  it.each([
    ["PHILADELPHIA (WXYZ) — Police say two men were wounded late Sunday when a gunman fired at a porch in Germantown.", "Pennsylvania", -75.16],
    ["PHILADELPHIA, Pa. — Police say two men were wounded late Sunday when a gunman fired at a porch in Germantown.", "Pennsylvania", -75.16],
  ])("with an outlet that has no home, the story's dateline city is the one whose neighbourhood it names: %s", (sentence, state, lon) => {
    const place = scanFrom("regionalnewsdesk.example", "Two wounded in porch shooting", sentence).find((m) => m.surface === "Germantown")?.place;
    expect(place).toMatchObject({ name: "Germantown", admin1: state, precision: "approximate" });
    expect(Math.abs(place!.lon! - lon)).toBeLessThan(0.2);
  });

  it("a name the article calls a neighbourhood is placed at the city named beside it, not at a far town of that name", () => {
    const place = scanFrom("regionalnewsdesk.example", "Three hurt in gunfire outside Mt. Airy tavern", "A gunman wounded three men outside a tavern in Philadelphia's Mount Airy neighborhood late Friday.").find((m) => m.surface === "Mt. Airy")?.place;
    expect(place).toMatchObject({ admin1: "Pennsylvania", precision: "approximate" });
  });

  it("a neighbourhood named like a big city far away is the outlet's city's when the article calls it a neighbourhood", () => {
    const place = scanFrom("nbcphiladelphia.com", "Two teens wounded in Austin", "Police said two teenagers were wounded on a corner in the Austin neighborhood on Tuesday night.").find((m) => m.surface === "Austin")?.place;
    expect(place).toMatchObject({ admin1: "Pennsylvania", precision: "approximate" });
  });

  it.each([
    ["Man found shot in Baltimore", "Detectives said the killing has shaken a quiet Baltimore neighborhood."],
    ["Man found shot in Baltimore", "Detectives said the killing has shaken the southwest Baltimore neighborhood."],
  ])("a neighbourhood of a city named with it ('a Baltimore neighborhood') leaves the city where it is: %s / %s", (title, sentence) => {
    const place = location(scanFrom("nbcphiladelphia.com", title, sentence))?.place;
    expect(place).toMatchObject({ name: "Baltimore", admin1: "Maryland" });
  });

  it("a town of the outlet's own state stays that town, however far", () => {
    const place = location(scanFrom("philly.com", "Police: Several people shot Saturday near Harrisburg rec center"))?.place;
    expect(place).toMatchObject({ name: "Harrisburg", admin1: "Pennsylvania", precision: "city" });
  });

  it("a story the article itself sets in another state is not moved to the outlet's city", () => {
    const mentions = scanFrom("philly.com", "Shooting in Feltonville, a farm town in Massachusetts", "Worcester County deputies said two men were hurt.");
    expect(location(mentions)?.place.admin1).not.toBe("Pennsylvania");
  });
});
