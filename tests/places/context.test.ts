// Sentences of our own in the shape of the reports in both corpora: the incident location versus
// places merely named, names that are not places, and same-named places told apart by context.
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/model.js";
import { findPlaceMentions, loadPlaceIndex } from "../../src/places/index.js";
import { location, scanSentences } from "./support/scan.js";

const index = loadPlaceIndex();

const scan = (...sentences: string[]) => scanSentences(index, sentences);
const scanFrom = (source: string, ...sentences: string[]) => scanSentences(index, sentences, { source });

describe("incident location or mere mention", () => {
  it.each([
    ["Russians keep shelling Kharkiv: 4 killed, 10 wounded in 24 hours", "Kharkiv"],
    ["Blasts heard in Berdiansk overnight, power cut in parts of the city", "Berdiansk"],
    ["In the central city of Nikopol in the Dnipropetrovsk region, Russian shelling killed a 71-year-old woman.", "Nikopol"],
    ["Enemy strikes Kryvyi Rih with kamikaze drone", "Kryvyi Rih"],
    ["TULSA, Okla. — Four women were found shot dead in an apartment on Monday.", "TULSA"],
    ["Four women were found shot dead inside a Tulsa duplex on Monday.", "Tulsa"],
  ])("%s -> location %s", (sentence, surface) => {
    expect(location(scan(sentence))?.surface).toBe(surface);
  });

  it.each([
    ["Kyiv says Russia has massed more troops near the border.", "Kyiv"],
    ["Moscow-backed officials said the toll had risen.", "Moscow"],
    ["The attack came as Russia's defence ministry claimed new advances against Kyiv's stretched military.", "Kyiv"],
    ["Putin told attendees at the Saint Petersburg International Economic Forum that 47 settlements had been taken.", "Saint Petersburg"],
    ["Ukrainian and Russian delegations held talks in Istanbul on Tuesday.", "Istanbul"],
    ["A report under the OSCE's Moscow Mechanism found that civilians were killed in occupied towns.", "Moscow"],
    ["The village is around 25 kilometres southwest of the city of Donetsk.", "Donetsk"],
    ["Ankara and its allies carried out air strikes on the militants' positions overnight.", "Ankara"],
  ])("%s -> %s is only mentioned", (sentence, surface) => {
    const mentions = scan(sentence).filter((m) => m.surface === surface);
    for (const m of mentions) expect(m.role).toBe("mention");
  });

  it("the region stated with a town qualifies it and is not a second location", () => {
    const mentions = scan("In the central city of Nikopol in the Dnipropetrovsk region, Russian shelling killed a 71-year-old woman.");
    expect(mentions.filter((m) => m.role === "location").map((m) => m.surface)).toEqual(["Nikopol"]);
    expect(mentions.find((m) => m.surface === "Dnipropetrovsk region")?.role).toBe("mention");
  });
});

describe("names and words that are not places", () => {
  it.each([
    ["\"Forty-six people have received medical treatment,\" said regional health minister Nataliya Pashchenko."],
    ["Police said the man was shot on Friday and died in May."],
    ["Ray Dolan, 34, went to a hospital with a gunshot wound in his leg."],
    ["Police responded to a call on Columbus Street shortly after midnight."],
    ["The Red Cross said it had not been allowed to visit the prisoners."],
    ["EU and UN officials met NATO envoys on Tuesday."],
  ])("%s", (sentence) => {
    expect(scan(sentence)).toEqual([]);
  });

  it("a common word is a place when the text says so", () => {
    expect(location(scan("A shooting in Mobile, Ala., left two men dead."))?.place).toMatchObject({ name: "Mobile", admin1: "Alabama", country: "US" });
  });
});

describe("same-named places told apart by context", () => {
  it("Nikolaev in a war report is Mykolaiv on the Southern Bug", () => {
    const place = location(scan("Russian missiles hit Nikolaev overnight, the regional governor said."))?.place;
    expect(place).toMatchObject({ geonameId: 700569, admin1: "Mykolaiv", country: "UA" });
  });

  it("Odessa in a war report is the Ukrainian port", () => {
    const place = location(scan("A missile struck a warehouse in Odessa, Ukraine's southern command said."))?.place;
    expect(place).toMatchObject({ geonameId: 698740, country: "UA" });
  });

  it("Odessa in a US local story is Odessa, Texas", () => {
    expect(location(scan("ODESSA, Texas — Police said two men were shot Sunday outside a bar."))?.place).toMatchObject({ geonameId: 5527554, admin1: "Texas" });
    const mentions = scan("Odessa police said a man was shot in a parking lot on Sunday.", "The victim was taken to a hospital in Midland, Texas.");
    expect(mentions.find((m) => m.surface === "Odessa")?.place).toMatchObject({ geonameId: 5527554 });
  });

  it("a county is a place: precision region, with its state", () => {
    const place = location(scan("Deputies responded to a home in Yuba County on Saturday night."))?.place;
    expect(place).toMatchObject({ name: "Yuba County", admin1: "California", country: "US", precision: "region" });
  });

  it("a town the gazetteer lacks, with its state, is placed in the state", () => {
    const place = location(scan("Two people were shot in Zzyzxville, Okla., on Friday."))?.place;
    expect(place).toMatchObject({ name: "Zzyzxville", admin1: "Oklahoma", country: "US", precision: "region", origin: "text" });
  });

  it("a village the gazetteer lacks, with a distance and bearing, gets approximate coordinates", () => {
    const mentions = scan("Russian troops said they had captured the village of Zzyzivka.", "The village is 30 km north of Kharkiv.");
    const place = mentions.find((m) => m.surface === "Zzyzivka")?.place;
    expect(place).toMatchObject({ precision: "approximate", admin1: "Kharkiv", country: "UA", origin: "text" });
    expect(place!.lat!).toBeGreaterThan(50.2);
  });
});

describe("the article as a whole", () => {
  it("a local outlet's address says which Chester it is", () => {
    const sentence = "A teenage boy died and three other people were hurt in a drive-by shooting in Chester.";
    expect(location(scanFrom("nbcphiladelphia.com", sentence))?.place).toMatchObject({ name: "Chester", admin1: "Pennsylvania", country: "US" });
    expect(location(scanFrom("chesterchronicle.co.uk", sentence))?.place.country).not.toBe("US");
  });

  it("one name is one place throughout an article: the dateline's state settles the headline's town", () => {
    const passages: Passage[] = [
      { index: 0, paragraph: 0, text: "4 shot in Palm Springs club", isTitle: true },
      { index: 1, paragraph: 1, text: "PALM SPRINGS, Fla. - A night out ended in panic when gunfire erupted at a nightclub.", isTitle: false },
    ];
    const places = findPlaceMentions(passages, index).filter((m) => m.surface.toLowerCase() === "palm springs");
    expect(places).toHaveLength(2);
    for (const m of places) expect(m.place).toMatchObject({ admin1: "Florida", country: "US" });
  });

  it("listed regions are regions: 'the Zhytomyr and Poltava regions'", () => {
    const mentions = scan("Russian forces launched missiles at the Zhytomyr and Poltava regions overnight.");
    expect(mentions.map((m) => [m.surface, m.place.precision, m.place.admin1])).toEqual([
      ["Zhytomyr", "region", "Zhytomyr"],
      ["Poltava", "region", "Poltava"],
    ]);
  });

  it("a country is not the scene when the text names a town in it", () => {
    const mentions = scan("Moscow denies its troops killed civilians in Ukraine's Bucha");
    expect(mentions.filter((m) => m.role === "location").map((m) => m.surface)).toEqual(["Bucha"]);
  });

  it("an attacker is not the scene: 'Russia shelled Kharkiv', 'Russia's shelling of'", () => {
    expect(scan("Rights group: Russia shelled Kharkiv with cluster munitions").filter((m) => m.role === "location").map((m) => m.surface)).toEqual(["Kharkiv"]);
    expect(
      scan("Russia’s shelling of Donetsk Region killed a civilian on Tuesday.")
        .filter((m) => m.role === "location")
        .map((m) => m.surface),
    ).toEqual(["Donetsk Region"]);
  });

  it("a village the gazetteer lacks, after a scene word, is placed in the region the article names", () => {
    const place = scan("In Donetsk region, four people were killed in enemy shelling in Zzyzovo.").find((m) => m.surface === "Zzyzovo")?.place;
    expect(place).toMatchObject({ admin1: "Donetsk", country: "UA", precision: "region", origin: "text" });
    expect(scan("Four people were shot in Zzyzovo on Friday.").find((m) => m.surface === "Zzyzovo")).toBeUndefined();
  });
});

