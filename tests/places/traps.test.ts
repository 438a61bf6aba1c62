// The traps of war reports, one table per trap: region or city, the unknown village in a stated
// oblast, namesakes, weapons and units, words that are faraway towns elsewhere. Written sentences
// (modelled on real ones) and corpus items by id: the corpus text is read from ../shared/corpus
// and never copied here; those rows skip visibly when the corpus is absent.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article, PlaceMention } from "../../src/model.js";
import { toPassages } from "../../src/extract/passages.js";
import { findPlaceMentions, loadPlaceIndex, type PlaceIndex, primePlaceIndex } from "../../src/places/index.js";
import { location, scanSentences } from "./support/scan.js";

const CORPUS = join(import.meta.dirname, "..", "..", "..", "shared", "corpus");
const RUWA = join(CORPUS, "ruwa", "articles.jsonl");
const UCDP = join(CORPUS, "ucdp-dev", "articles.jsonl");

const index = loadPlaceIndex();

const locations = (mentions: PlaceMention[]) => mentions.filter((m) => m.role === "location");
const scene = (text: string) => locations(scanSentences(index, [text]))[0]?.place ?? null;

interface Expected {
  name?: string;
  admin1: string | null;
  precision?: string;
  country?: string;
}

describe("region or city", () => {
  it.each<[string, Expected]>([
    // A bare name shared by an oblast and its capital is the city.
    ["Russian missiles struck Kharkiv overnight.", { name: "Kharkiv", admin1: "Kharkiv", precision: "city" }],
    // With a region word, or as a region noun, it is the oblast.
    ["Shelling was reported in the Kharkiv region.", { name: "Kharkiv", admin1: "Kharkiv", precision: "region" }],
    ["Drones attacked infrastructure in Kharkiv Oblast.", { name: "Kharkiv", admin1: "Kharkiv", precision: "region" }],
    ["Explosions were heard across Kharkivshchyna.", { name: "Kharkiv", admin1: "Kharkiv", precision: "region" }],
    ["Вибухи пролунали на Харківщині.", { name: "Kharkiv", admin1: "Kharkiv", precision: "region" }],
    // Trailing a settlement, it names the settlement's oblast.
    ["On 3 May 2022, Russian forces shelled near Pisky, Donetsk.", { name: "Pisky", admin1: "Donetsk", precision: "city" }],
    ["Ukrainian forces shelled Rivne, Zaporizhzhya.", { name: "Rivne", admin1: "Zaporizhzhia", precision: "city" }],
    ["Russian forces clashed with Ukrainian forces near Cherniakhiv, Kiev.", { name: "Cherniakhiv", admin1: "Kyiv", precision: "city" }],
    // The names the occupation administrations use are the oblasts.
    ["A woman was killed in DPR shelling overnight.", { name: "Donetsk", admin1: "Donetsk", precision: "region" }],
    ["Two militiamen were killed in the LPR on Monday.", { name: "Luhansk", admin1: "Luhansk", precision: "region" }],
    // ... and so are their names written out, possessive and all.
    ["Shelling killed three people in the Luhansk People's Republic on Sunday.", { name: "Luhansk", admin1: "Luhansk", precision: "region" }],
    ["A school was hit in the Donetsk People’s Republic, its officials said.", { name: "Donetsk", admin1: "Donetsk", precision: "region" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });

  // A village lies in an oblast, not in a city: after a settlement noun and "in", the capital's
  // name is its oblast, and the village named next is the scene.
  it("reads 'a village in <capital>' as the oblast", () => {
    const mentions = scanSentences(index, ["Invaders shelled a village in Zaporizhia with incendiary rounds.", "In the Polohy district they hit the village of Novodanylivka."]);
    expect(mentions.find((m) => m.surface === "Zaporizhia")?.place).toMatchObject({ precision: "region", admin1: "Zaporizhzhia" });
    expect(location(mentions)?.place).toMatchObject({ name: "Novodanylivka", admin1: "Zaporizhzhia" });
  });

  it("reads the trailing oblast itself as the oblast, not its capital", () => {
    const mentions = scanSentences(index, ["Russian forces shelled near Pisky, Donetsk."]);
    expect(mentions.find((m) => m.surface === "Donetsk")?.place).toMatchObject({ precision: "region", admin1: "Donetsk" });
  });

  it("gives a region stated after a list to every name of the list", () => {
    const mentions = scanSentences(index, ["Russian troops fired on Bilopillia, Krasnopillia and Khotyn communities in Sumy region."]);
    for (const surface of ["Bilopillia", "Krasnopillia", "Khotyn"]) expect(mentions.find((m) => m.surface === surface)?.place.admin1, surface).toBe("Sumy");
  });

  // An outlet's rubric before a colon names the region by its capital's name when the article
  // names that region and never the city outside a rubric.
  it.each<[string[], Expected]>([
    [["Shelling of Kherson: a farm was hit", "09.03.23 10:15 - Shelling of Kherson: a farm was hit. The occupiers shelled a farm in the Kherson region overnight."], { admin1: "Kherson", precision: "region" }],
    [["Attack on Sumy: two wounded", "Russian drones attacked a border village of Sumy Oblast, wounding two."], { admin1: "Sumy", precision: "region" }],
    [["Shelling of Kherson: the city hit again", "The occupiers shelled Kherson overnight, and villages of the Kherson region."], { name: "Kherson", admin1: "Kherson", precision: "city" }],
  ])("reads the rubric of %j", (passages, expected) => {
    const mentions = scanSentences(index, passages, { headline: true });
    expect(mentions.find((m) => m.passage === 0)?.place).toMatchObject(expected);
  });

  it("keeps a list of cities a list ('Kharkiv, Donetsk and Sumy')", () => {
    const mentions = scanSentences(index, ["Missiles hit Kharkiv, Donetsk and Sumy."]);
    expect(mentions.find((m) => m.surface === "Donetsk")?.place.precision).toBe("city");
  });
});

describe("a settlement the gazetteer lacks", () => {
  it.each<[string, Expected]>([
    // The stated oblast, at region precision: never the oblast's capital.
    ["Russian forces shelled near Zzhuravlynivka, Donetsk.", { name: "Zzhuravlynivka", admin1: "Donetsk", precision: "region" }],
    ["Fighting continued near the village of Zzhuravlynivka in the Luhansk region.", { name: "Zzhuravlynivka", admin1: "Luhansk", precision: "region" }],
    // A settlement named like a town elsewhere, in a stated oblast that has none of that name.
    ["Russian forces shelled near Dolgoe, Luhansk.", { admin1: "Luhansk", precision: "region" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });

  it("places it from a distance cue: 25 km southwest of Donetsk, approximately", () => {
    const place = scene("Russian troops captured the village of Zzhuravlynivka, some 25 kilometres southwest of Donetsk.");
    expect(place).toMatchObject({ name: "Zzhuravlynivka", precision: "approximate", admin1: "Donetsk" });
    expect(place!.lat!).toBeLessThan(48.02);
  });
});

describe("landmarks the press names as places", () => {
  it.each<[string, Expected]>([
    ["Ukrainian forces struck Russian positions on Snake Island.", { name: "Zmiinyi Island", admin1: "Odesa" }],
    ["Ukraine's largest steelworks, Azovstal, was shelled again.", { name: "Azovstal", admin1: "Donetsk" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });

  // Named in passing, with nothing else placing the article in Ukraine, a landmark laid over the
  // gazetteer is still a place (a small GeoNames place so named may be a word).
  it("keeps a landmark named in passing ('a prisoner from Azovstal')", () => {
    expect(scanSentences(index, ["Moscow says one more Azovstal prisoner has died in custody."]).map((m) => m.place.name)).toContain("Azovstal");
  });
});

describe("an abbreviated word between the preposition and the name", () => {
  it("reads 'in E. Ukraine' as the scene", () => {
    expect(scene("Toll climbs as battles rage in E. Ukraine")).toMatchObject({ name: "Ukraine", admin1: null, precision: "country" });
  });
});

describe("a country's capital named by its country", () => {
  it.each<[string, Expected]>([
    ["Explosions were heard in the Ukrainian capital overnight.", { name: "Kyiv", admin1: "Kyiv", precision: "city" }],
    ["Blasts rocked Ukraine's capital on Monday morning.", { name: "Kyiv", admin1: "Kyiv", precision: "city" }],
    ["Blasts heard in Ukraine capital as the offensive begins", { name: "Kyiv", admin1: "Kyiv", precision: "city" }],
    ["Drones attacked the Russian capital before dawn.", { name: "Moscow", admin1: "Moscow", country: "RU", precision: "city" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });
});

describe("a settlement named with its region before the verb that hits it is the scene", () => {
  const items = corpusItems(RUWA, ["ruwa-4d5390a70df29dce"]);
  it.skipIf(items === null)("places a report of a community's mortar shelling at the community's town, not its region (ruwa-4d5390a70df29dce; skipped when ../shared is absent)", () => {
    const mentions = findPlaceMentions(toPassages(items!.get("ruwa-4d5390a70df29dce")!), index);
    expect(locations(mentions)[0]?.place).toMatchObject({ name: "Velyka Pysarivka", admin1: "Sumy" });
  });
  it.each<[string[], Expected]>([
    [["The Sumy region came under mortar fire at dawn", "At dawn the Velyka Pysarivka territorial community of the Sumy region was hit by mortars."], { name: "Velyka Pysarivka", admin1: "Sumy", precision: "city" }],
    [["Before dawn Pokrovsk, Donetsk region, was struck by two rockets."], { name: "Pokrovsk", admin1: "Donetsk", precision: "city" }],
    [["Horodnia, Chernihiv region, came under fire from across the border."], { name: "Horodnia", admin1: "Chernihiv", precision: "city" }],
    // A community "of" a region after the verb is the settlement's hromada, not a district of a city.
    [["Overnight mortar crews shelled the Velykyi Burluk community of Kharkiv region."], { name: "Velykyi Burluk", admin1: "Kharkiv", precision: "city" }],
  ])("%s", (sentences, expected) => {
    expect(locations(scanSentences(index, sentences))[0]?.place ?? null).toMatchObject(expected);
  });
});

describe("facilities resolve to their town, at their own point", () => {
  it.each<[string, Expected]>([
    // The plant is named after Zaporizhzhia but stands in Enerhodar, 50 km away.
    ["Russian shelling hit the Zaporizhzhia nuclear power plant again.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    ["Shelling near the ZNPP continued overnight.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    // Named after its town as the Russian-based spelling writes the town.
    ["Shelling hit the Zaporozhye nuclear power plant overnight.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    ["Air defence was reinforced after attacks on the Zaporozhye NPP.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    // A nuclear plant called by its town's name and "power plant" alone, as wires often write it.
    ["Inspectors crossed the front line under shelling to reach the Zaporizhzhia power plant on Thursday.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    // ... or "nuclear station", "nuclear facility", "atomic plant".
    ["Russia says it shot down a Ukrainian drone near the Zaporizhzhia nuclear station.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    ["Shells landed near the Zaporizhzhia nuclear facility on Sunday.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    ["The Zaporozhye atomic power plant was shelled again.", { name: "Enerhodar", admin1: "Zaporizhzhia", precision: "exact" }],
    ["A drone hit the Kakhovka hydropower plant overnight.", { name: "Kakhovka", admin1: "Kherson", precision: "exact" }],
    // Named after a river (GeoNames' "Dnieper Hydroelectric Station"), written with the river's
    // other names: in Zaporizhzhia, not in the city of Dnipro.
    ["Two missiles struck the Dnipro hydroelectric power plant at dawn.", { name: "Zaporizhzhia", admin1: "Zaporizhzhia", precision: "exact" }],
    ["Traffic over the Dnipro HPP was halted after the strike.", { name: "Zaporizhzhia", admin1: "Zaporizhzhia", precision: "exact" }],
    ["Missiles hit Kharkiv airport.", { name: "Kharkiv", admin1: "Kharkiv", precision: "exact" }],
    ["Russian paratroopers seized Hostomel airport.", { name: "Hostomel", admin1: "Kyiv", precision: "exact" }],
    ["Russian forces blew up the Kakhovka dam.", { admin1: "Kherson", precision: "exact" }],
  ])("%s", (text, expected) => {
    const mentions = scanSentences(index, [text]);
    const place = (locations(mentions)[0] ?? mentions.find((m) => m.fallback))?.place ?? null;
    expect(place).toMatchObject(expected);
  });
});

describe("a town named with its works or its landmark is the scene", () => {
  it.each<[string, Expected]>([
    // Placed in the town's region, the works says which town of it: the region only frames it.
    ["Shells fell on the territory of the Kostiantynivka Glass Works in the Donetsk region, wounding a guard.", { name: "Kostiantynivka", admin1: "Donetsk", precision: "city" }],
    ["A drone struck the Kremenchuk refinery in Poltava region overnight.", { name: "Kremenchuk", admin1: "Poltava", precision: "city" }],
    // The town before the landmark that places it, whatever its own cue.
    ["A soldier was killed defending Irpin near Kyiv.", { name: "Irpin", admin1: "Kyiv" }],
    ["Shelling damaged homes in Bucha, just outside Kyiv.", { name: "Bucha", admin1: "Kyiv" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });
});

describe("a town spelled one letter off", () => {
  const towns = ["Bakhmut", "Kharkiv", "Kherson", "Mykolaiv", "Sumy", "Kramatorsk"];
  const news = Array.from({ length: 60 }, (_, i) => ({ id: `war-${i}`, title: `Shells hit ${towns[i % towns.length]!} overnight`, titleDerived: false, text: "", source: "agency" }) as Article);
  const war = warIndex(news);
  const warScene = (text: string) => locations(scanSentences(war, [text]))[0]?.place ?? null;

  it.each<[string, Expected]>([
    ["Russian troops shelled Siverodonetsk overnight, killing two.", { name: "Siverskodonetsk", admin1: "Luhansk" }],
    ["Fighting continues in Lysychanks and its suburbs.", { name: "Lysychansk", admin1: "Luhansk" }],
    ["A missile hit an industrial site in Zaporozhzhia at dawn.", { name: "Zaporizhzhia", admin1: "Zaporizhzhia" }],
    ["Invaders shelled Manganets with heavy artillery.", { name: "Marhanets", admin1: "Dnipropetrovsk" }],
  ])("%s", (text, expected) => {
    expect(warScene(text)).toMatchObject(expected);
  });

  // A surname one letter from a town is still a person's; short words are one letter from too much.
  it.each([
    "Deputy Prime Minister Chernyshov visited the rebuilt school.",
    "Prosecutors said Bohdan Smilianskyi was detained on Monday.",
    "A new shelter opened in Kupinsk on Monday.",
  ])("reads no town in %s", (text) => {
    expect(warScene(text)).toBeNull();
  });

  it("keeps to the stated oblast and to the first letter ('Nykytivka, Luhansk' is no Mykytivka of Donetsk)", () => {
    expect(warScene("On 4 June 2022, Russian forces shelled near Nykytivka, Luhansk.")).toMatchObject({ admin1: "Luhansk" });
  });
});

describe("namesakes", () => {
  it.each<[string, Expected]>([
    // The oblast named picks the village among its namesakes.
    ["Russian forces shelled Novoselivka, Kharkiv region.", { name: "Novoselivka", admin1: "Kharkiv" }],
    ["Russian forces shelled Novoselivka, Donetsk region.", { name: "Novoselivka", admin1: "Donetsk" }],
    // The report's other places do too.
    ["Russian forces shelled Kamianka and Izium overnight.", { name: "Kamianka", admin1: "Kharkiv" }],
    // The one oblast a sentence names, though not next to the village, picks it too.
    ["A fuel depot near Stepanovka was destroyed by drone operators in the Kherson region.", { name: "Stepanivka", admin1: "Kherson" }],
    ["Two farmers were wounded when shells hit Novoselivka overnight, officials in the Kharkiv region said.", { name: "Novoselivka", admin1: "Kharkiv" }],
    // Donbas is the Donetsk and Luhansk oblasts: a village "in Donbas" is one of theirs.
    ["A Ukrainian soldier was killed near Shumy in Donbas.", { name: "Shumy", admin1: "Donetsk", precision: "city" }],
    ["One defender died near Pivdenne in Donbas on Tuesday.", { name: "Pivdenne", admin1: "Donetsk", precision: "city" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });

  // A big town elsewhere stays itself: the sentence's oblast is another's.
  it("keeps a big town outside the sentence's oblast ('Kharkiv ... in the Sumy region')", () => {
    const mentions = scanSentences(index, ["Missiles hit Kharkiv overnight and drones struck a village in the Sumy region."]);
    expect(mentions.find((m) => m.surface === "Kharkiv")?.place).toMatchObject({ name: "Kharkiv", admin1: "Kharkiv" });
  });

  // Of an oblast's namesakes, none with a population in GeoNames, the one where the build's news
  // is: a coded note names only the village and its oblast.
  it("picks the namesake where the build's news is, when the sentence names only the oblast", () => {
    const towns = ["Bakhmut", "Soledar", "Chasiv Yar", "Siversk"];
    const news = Array.from({ length: 60 }, (_, i) => ({ id: `front-${i}`, title: `Shells hit ${towns[i % towns.length]!} overnight`, titleDerived: false, text: "", source: "agency" }) as Article);
    const place = locations(scanSentences(warIndex(news), ["On 3 May 2023, Russian forces shelled Bohdanivka, Donetsk region."]))[0]!.place;
    expect(place).toMatchObject({ name: "Bohdanivka", admin1: "Donetsk" });
    // the Bohdanivka by Chasiv Yar, not the one by the Sea of Azov
    expect(place.lat).toBeGreaterThan(48.5);
  });

  // ... and over a namesake that GeoNames gives a few hundred people: a village's head count says
  // less than where the build's news is.
  it("picks the namesake where the build's news is over one with a small head count", () => {
    const towns = ["Dobropillia", "Bilozerske", "Rodynske"];
    const news = Array.from({ length: 60 }, (_, i) => ({ id: `west-${i}`, title: `Drones struck ${towns[i % towns.length]!} at dawn`, titleDerived: false, text: "", source: "agency" }) as Article);
    const place = locations(scanSentences(warIndex(news), ["On 12 July 2015, Ukrainian forces fired artillery at Novomarivka, Donetsk."]))[0]!.place;
    expect(place).toMatchObject({ name: "Novomarivka", admin1: "Donetsk" });
    // the Novomarivka by Dobropillia, not the one (305 people) by Shakhtarsk
    expect(place.lon).toBeLessThan(37.2);
  });

  // Known gap: of an oblast's namesakes the one with a population in GeoNames wins; which one a
  // front-line report means would take the build's geography over a stated oblast (tried with
  // the density prior: it lost two ucdp-dev headlines on half A, see README).
  it.fails("picks the front-line Kamianka of the Donetsk oblast (known gap)", () => {
    const place = scene("A soldier was killed in enemy shelling at Kamyanka, Donetsk Obl, on Monday.");
    expect(place!.lat!).toBeGreaterThan(48.0);
  });
});

describe("scene words before the name", () => {
  it.each<[string, Expected]>([
    // An event noun just before "in" outweighs a word of travel further back ("trip").
    ["A civilian was killed in a trip wire blast in Dokuchayevsk, the local command said.", { name: "Dokuchaievsk", admin1: "Donetsk" }],
    // "in the north of X" is inside X; "north of X" is a reference point outside it.
    ["Artillery shelled a village in the north of Gorlovka on Sunday.", { name: "Horlivka", admin1: "Donetsk" }],
    // At sea, a place is where a craft was "off", "approaching" or "nearing".
    ["Air defence downed a Russian helicopter nearing Snake Island.", { name: "Zmiinyi Island", admin1: "Odesa" }],
    ["A patrol boat was sunk off Snake Island overnight.", { name: "Zmiinyi Island", admin1: "Odesa" }],
    // A region's round-up singles out the town that suffered most: the town is the scene.
    ["Russian artillery pounded the Kharkiv region overnight - Kupiansk suffered the most.", { name: "Kupiansk", admin1: "Kharkiv" }],
    ["Shells fell across the Zaporizhzhia region; Huliaipole suffered the heaviest damage.", { name: "Hulyaypole", admin1: "Zaporizhzhia", precision: "city" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });

  // Where a weapon was launched from is the attacker's side: the target is the scene.
  // People taken captive are no place taken: "captured Britons" names no village.
  it("reads no village in 'captured Britons'", () => {
    expect(scanSentences(index, ["Captured Britons: a court in the \"DPR\" may sentence captured Britons to death"], { headline: true }).map((m) => m.surface)).not.toContain("Britons");
  });

  it("reads a launch site as elsewhere ('rockets fired from a Russian city')", () => {
    const mentions = scanSentences(index, ["Invaders hit the Kharkiv region at night with rockets fired from the Russian city of Kursk."]);
    expect(mentions.find((m) => m.surface === "Kursk")?.role).toBe("mention");
    expect(location(mentions)?.place).toMatchObject({ admin1: "Kharkiv", precision: "region" });
  });

  it("reads the border areas fired on as the scene, and the territory fired from as elsewhere", () => {
    const mentions = scanSentences(index, ["Russian troops opened fire on border villages of the Chernihiv region at dawn from the territory of Russia."]);
    expect(mentions.find((m) => m.surface === "Russia")?.role).toBe("mention");
    expect(location(mentions)?.place).toMatchObject({ admin1: "Chernihiv", precision: "region" });
  });

  it("reads 'north of X' as a reference point, not the scene", () => {
    expect(scene("Heavy fighting was reported north of Kharkiv.")).toBeNull();
  });

  // A part of a country is no scene finer than the country.
  it("leaves 'in the south of Ukraine' a reference", () => {
    expect(scene("In the south of Ukraine, artillery units carried out 90 fire missions.")).toBeNull();
  });

  it("still reads a trip to a town as elsewhere ('on a trip to Brussels')", () => {
    expect(scene("The minister spoke about the shelling on a trip to Brussels.")).toBeNull();
  });

  // Talks and treaties named after their city happen there, not the fighting they are about.
  it.each([
    "Fighting in the east killed 12 soldiers ahead of the Minsk peace summit.",
    "Four civilians died in shelling as the Istanbul talks resumed.",
    "Two soldiers were killed despite the Minsk agreements, the army said.",
  ])("reads a city named by its talks as no scene: %s", (text) => {
    expect(scene(text)).toBeNull();
  });
});

describe("a city's districts are the city's", () => {
  // Every city has its Shevchenkivskyi or Kyivskyi district: with the city named, the district is
  // that city's, whichever city's district of that name the gazetteer holds (or none).
  it.each<[string, Expected]>([
    ["A missile hit the Shevchenkivskyi district of Kharkiv, killing two.", { name: "Kharkiv", admin1: "Kharkiv", precision: "city" }],
    ["In Kharkiv, a drone struck a block of flats in the Kyivskyi district.", { name: "Kharkiv", admin1: "Kharkiv", precision: "city" }],
    ["Ракета влучила у Шевченківський район Харкова.", { name: "Kharkiv", admin1: "Kharkiv", precision: "city" }],
    ["У Київському районі Харкова пошкоджено будинок.", { name: "Kharkiv", admin1: "Kharkiv", precision: "city" }],
    ["В Шевченковском районе Запорожья прогремел взрыв.", { name: "Zaporizhzhia", admin1: "Zaporizhzhia", precision: "city" }],
    // "<district> of <city>" names the city, not the oblast of the same name, in the Russian
    // romanisation too (GeoNames files the district as "Petrovsky District"; another "Kalininsky
    // district" lies in Russia).
    ["A woman was killed when shells hit the Petrovsky district of Donetsk, the mayor said.", { name: "Donetsk", admin1: "Donetsk", precision: "city" }],
    ["A boy was wounded in the Kalininsky district of Donetsk during shelling.", { name: "Donetsk", admin1: "Donetsk", precision: "city" }],
    ["Two people died in the shelling of the Voroshilovsky district of Donetsk.", { name: "Donetsk", admin1: "Donetsk", precision: "city" }],
  ])("%s", (text, expected) => {
    const mentions = scanSentences(index, [text]);
    expect(locations(mentions).map((m) => m.place)).toEqual([expect.objectContaining(expected)]);
  });

  // A rural raion is named after its town and stays a raion ("the Bakhmut district").
  it("keeps a rural raion named after its town ('the Bakhmut district')", () => {
    const mentions = scanSentences(index, ["Shelling hit villages of the Bakhmut district; a man was wounded in Kramatorsk."]);
    expect(mentions.find((m) => m.surface === "Bakhmut district")?.place).toMatchObject({ admin1: "Donetsk", precision: "region" });
  });

  // ... and the bare name trailing it is its oblast: the raion lies around its own town, not inside the city.
  it("reads 'the Bakhmut district of Donetsk' as the raion of the oblast, not the city", () => {
    const mentions = scanSentences(index, ["Two villages of the Bakhmut district of Donetsk came under fire."]);
    expect(mentions.find((m) => m.surface === "Donetsk")?.place).toMatchObject({ admin1: "Donetsk", precision: "region" });
  });

  // Known gap: a district named alone, with no city in the report, is read as the one district
  // of that name the gazetteer holds, at region precision, not as news of its city.
  it.fails("reads 'the Saltivskyi district' alone as Kharkiv (known gap)", () => {
    expect(scene("A missile hit a school in the Saltivskyi district.")).toMatchObject({ name: "Kharkiv", precision: "city" });
  });
});

describe("a village named like an adjective", () => {
  // Many Ukrainian villages bear an adjective's name (Torske, Pokrovske): standing alone, it is
  // the village; qualifying a noun, it is its town's adjective.
  it.each<[string, Expected]>([
    ["Артилерія знищила склад у Торському.", { name: "Torske", admin1: "Donetsk" }],
    ["Дрон уразив склад між Торським і Ямполем.", { name: "Torske", admin1: "Donetsk" }],
    ["Бої тривають на Покровському напрямку.", { name: "Pokrovsk", admin1: "Donetsk" }],
    ["Бригади наступали на Херсонському та Запорізькому напрямках.", { name: "Kherson", admin1: "Kherson" }],
    ["Дрони атакували Кременчуцький НПЗ.", { name: "Kremenchuk", admin1: "Poltava" }],
  ])("%s", (text, expected) => {
    expect(scene(text)).toMatchObject(expected);
  });
});

describe("a feed that lost its apostrophes", () => {
  // Known gap: the replacement character before a word-final "s" was an apostrophe, and "Kiev\uFFFDs
  // forces" are the capital's forces, no scene. Read so (the character taken for "’"), it moved one
  // ucdp-dev headline of each half by regrouping, half B's out of its oblast: not kept.
  it.fails("reads 'Kiev\uFFFDs forces' as the capital's forces (known gap)", () => {
    const mentions = scanSentences(index, ["Militia reports ceasefire violations by Kiev\uFFFDs forces, one fighter killed."]);
    expect(mentions.filter((m) => m.surface === "Kiev" && sceneLike(m))).toEqual([]);
  });
});

describe("a headline's closing source, repeated as the body", () => {
  // A feed of headlines alone repeats each headline as its text: the capital closing it after a
  // colon is the source quoted in the body copy too, not the scene of a country-wide headline.
  it.each([
    "Five soldiers killed in the rebel-held east in a day: Kiev",
    "Two Ukrainian servicemen die in clashes in eastern Ukraine: Kiev",
  ])("%s", (headline) => {
    const mentions = scanSentences(index, [headline, headline], { headline: true });
    expect(mentions.filter((m) => m.surface === "Kiev" && m.role === "location")).toEqual([]);
  });
});

describe("water named after a town is no town", () => {
  it.each<[string, string]>([
    ["A Russian patrol boat sank in the Sea of Azov.", "Azov"],
    ["Russia claims full control of the Azov coast.", "Azov"],
    ["Landing craft were spotted along the Azov shore.", "Azov"],
    ["Troops pulled back across the river Dnipro.", "Dnipro"],
    ["Saboteurs crossed to the east bank of the Dnipro at night.", "Dnipro"],
    ["Військові навели переправу через річку Інгулець біля села.", "Інгулець"],
    ["Военные навели понтонную переправу через реку Ингулец.", "Ингулец"],
  ])("%s (no place for %s)", (text, word) => {
    expect(scanSentences(index, [text]).filter((m) => m.surface === word)).toEqual([]);
  });

  // The town a headline is about is its scene once the coast is no town.
  it("places a report on the Azov coast near Mariupol in Mariupol", () => {
    expect(scene("Marines hold out on the Azov coast near Mariupol.")).toMatchObject({ name: "Mariupol", admin1: "Donetsk" });
  });

  // Known gap: the bank of a river in Ukrainian and Russian ("на правому березі Дніпра") still
  // reads the city. Made no town, it lost five viina-dev reports on half B, whose VIINA geocodes
  // read such reports at Dnipro the city too.
  it.fails("reads no town from 'на лівому березі Дніпра' (known gap)", () => {
    expect(scanSentences(index, ["Дрон атакував підстанцію на лівому березі Дніпра."]).filter((m) => m.surface === "Дніпра")).toEqual([]);
  });
});

describe("troops named after their home base are no scene", () => {
  it.each<[string, string]>([
    ["Fighters of Zaporizhzhia Territorial Defense destroyed an enemy tank.", "Zaporizhzhia"],
    ["Soldiers of the Kharkiv territorial defense brigade took up positions.", "Kharkiv"],
    ["Lviv paratroopers shot down a cruise missile.", "Lviv"],
    // a name in quotes before its unit's noun, and the same name later in the article with nothing
    // saying it is a place: one sense per article
    ['Captured "Azov" defenders: the ministry speaks about Azov|Officials have news of the Azov regiment fighters held in captivity.', "Azov"],
  ])("%s (%s is neither the scene nor a fallback)", (text, word) => {
    const mentions = scanSentences(index, text.split("|")).filter((m) => m.surface === word);
    expect(mentions.filter((m) => m.role === "location" || m.fallback)).toEqual([]);
  });
});

describe("ships and units named after towns", () => {
  it("reads no Moscow where the cruiser is hit, but still the city where a talk is held in it", () => {
    const mentions = scanSentences(index, ["The cruiser Moskva was the fleet's flagship.", "Two missiles hit the Moskva on Wednesday night.", "Officials met in Moskva the next day."]);
    expect(mentions.filter((m) => m.surface === "Moskva").map((m) => m.passage)).toEqual([2]);
  });

  it("still reads the town of Azov when the text calls it a town", () => {
    expect(scene("A drone fell on an oil depot in the town of Azov overnight.")?.name).toBe("Azov");
  });

  it("still reads a village named like the unit, with its oblast after it", () => {
    expect(scene("On 3 May, Russian forces attacked Azov, Donetsk with drones.")).toMatchObject({ name: "Azov", admin1: "Donetsk" });
  });
});

describe("not places", () => {
  it.each<[string, string]>([
    ["Russia fired Iskander missiles at the city on Thursday.", "Iskander"],
    ["Kinzhal hypersonic missiles were launched overnight.", "Kinzhal"],
    ["Fighters of the Azov regiment held the plant.", "Azov"],
    ["Soldiers of the special forces regiment Azov destroyed an enemy command post.", "Azov"],
    ["Volunteers of the battalion Donbas took up positions near the town.", "Donbas"],
    ["The strike happened on Thursday, officials said.", "Thursday"],
    ["Gunners destroyed the electronic warfare complex Moskva-1 on Thursday.", "Moskva"],
    // units better known than their namesake towns, named bare
    ["Captives from Azov: the occupiers say one more defender has died in custody.", "Azov"],
    ["Her husband fought in Azov until the plant fell.", "Azov"],
    ["Fighters of Azov, Aidar and the Kraken unit held the line.", "Azov"],
    // ships named after towns, with their noun before or after the name
    ['War at sea: cruiser "Moskva" is burning after a missile strike.', "Moskva"],
    ["The Moskva missile cruiser sank while under tow.", "Moskva"],
    ["The navy said the flagship warship named Moskva went down in a storm.", "Moskva"],
    ["Two missiles struck the Moskva – Russia's Black Sea flagship – on Wednesday.", "Moskva"],
    ["Officials confirmed that missiles hit the Moskva, a guided-missile cruiser, near Odesa.", "Moskva"],
    // an officer named after the body he speaks for
    ["The ship is burning, said the head of the Odesa Regional Military Administration Marchenko.", "Marchenko"],
  ])("%s (no place for %s)", (text, word) => {
    expect(scanSentences(index, [text]).filter((m) => m.surface === word)).toEqual([]);
  });
});

/** Corpus items by id, primed together as in a build of the whole corpus file. */
function corpusItems(path: string, ids: string[]): Map<string, Article> | null {
  if (!existsSync(path)) return null;
  const wanted = new Set(ids);
  const items = new Map<string, Article>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as { id: string; title?: string; text?: string; published: string; source?: string };
    if (!wanted.has(raw.id)) continue;
    items.set(raw.id, { id: raw.id, file: path, line: 0, format: "jsonl", title: raw.title ?? "", titleDerived: false, text: raw.text ?? "", source: raw.source ?? null, url: null, published: raw.published, publishedDay: raw.published.slice(0, 10), lang: "en" } as unknown as Article);
  }
  return items;
}

// What a war digest's build knows before it reads an article: its articles are about Ukraine.
function warIndex(articles: Article[]): PlaceIndex {
  const war = loadPlaceIndex();
  primePlaceIndex(war, articles);
  return war;
}

describe("corpus headlines (ucdp-dev)", () => {
  const rows: [string, Expected | null, string][] = [
    ["ucdp-6db39b214ae045", { name: "Sloviansk", admin1: "Donetsk" }, "an assault on a rebel-held town of Ukraine"],
    ["ucdp-e018371a5aa987", { name: "Sloviansk", admin1: "Donetsk" }, "Ukraine's town after troops from the capital"],
    ["ucdp-4e5148d11525d1", { name: "Donetsk", admin1: "Donetsk", precision: "city" }, "shelling of a rebel stronghold of Ukraine"],
  ];
  const items = corpusItems(UCDP, rows.map((r) => r[0]));
  it.skipIf(items === null)("reads ../shared/corpus/ucdp-dev (skipped when absent)", () => expect(items!.size).toBe(rows.length));
  it.skipIf(items === null).each(rows)("%s: %j (%s)", (id, expected) => {
    const article = items!.get(id)!;
    const place = locations(findPlaceMentions(toPassages(article), warIndex([...items!.values()])))[0]?.place ?? null;
    expect(place).toMatchObject(expected!);
  });
  it.skipIf(items === null)("the capital's troops are no scene (ucdp-792a32d29f31e7)", () => {
    const more = corpusItems(UCDP, ["ucdp-792a32d29f31e7"])!;
    const mentions = findPlaceMentions(toPassages(more.get("ucdp-792a32d29f31e7")!), warIndex([...items!.values()]));
    expect(locations(mentions).some((m) => m.place.name === "Kyiv")).toBe(false);
  });
});

describe("corpus items that named faraway towns (RUWA)", () => {
  // Each id once read a word as a town far from the war: the General Staff's "South Buz direction"
  // (Buz, Albania), Spain's foreign minister (a Spanish village), NATO (a town in the Philippines),
  // a weapon (a town in Uzbekistan), the White House (Casablanca).
  const rows: [string, string][] = [
    ["ruwa-92dfd817dedb2517", "AL"],
    ["ruwa-7289db5e6ee81789", "ES"],
    ["ruwa-129f1645d1d7a58c", "PH"],
    ["ruwa-6f782fba2b62afc6", "UZ"],
    ["ruwa-e2468950d16f2a97", "MA"],
  ];
  const items = corpusItems(RUWA, rows.map((r) => r[0]));
  it.skipIf(items === null)("reads ../shared/corpus/ruwa (skipped when absent)", () => expect(items!.size).toBe(rows.length));
  it.skipIf(items === null).each(rows)("%s places nothing in %s", (id, country) => {
    const war = warIndex([...items!.values()]);
    // The build's prior: a war digest's articles are about Ukraine and Russia.
    war.collection = new Map([[war.gazetteer.countryRow(war.lookup("kyiv")!.candidates[0]!.row), 0.9]]);
    const mentions = findPlaceMentions(toPassages(items!.get(id)!), war);
    // The country itself may be named ("Spain's foreign minister"); no town of it is.
    expect(mentions.filter((m) => m.place.country === country && m.place.precision !== "country").map((m) => m.surface)).toEqual([]);
  });
});

// Whether a name may stand for the scene: read as one, or kept to fall back on when the text names none.
const sceneLike = (m: PlaceMention) => m.role === "location" || m.fallback === true;

describe("people's names are no towns", () => {
  // A first name named like a town (Volodymyr, Vladimir) before a surname, possessive or
  // double-barrelled, is a person's.
  it.each<[string, string]>([
    ["Western leaders condemned Vladimir Putin's war on Ukraine.", "Vladimir"],
    ["The opposition politician Vladimir Kara-Murza spoke by video link.", "Vladimir"],
    ["Volodymyr Zelenskyy said the attack killed three people.", "Volodymyr"],
    ["Володимир Зеленський заявив про удар по Харкову.", "Володимир"],
    // "in what" opens a relative clause, no scene: the surname after the name decides.
    ["At least 16 were killed in what Volodymyr Zelenskyy called a terrorist attack.", "Volodymyr"],
    // a leader's surname that GeoNames also files as a village's old name (Putiatyntsi)
    ["Putin on the war in Ukraine: the plan will not change - Putin", "Putin"],
    // ... and the officials the war news quotes daily (intelligence chief, governors, mayors)
    ["Missiles hit the port overnight, Kim said.", "Kim"],
    ["Terekhov urged residents of Kharkiv to stay in shelters.", "Terekhov"],
  ])("%s (no place for %s)", (text, word) => {
    expect(scanSentences(index, [text]).filter((m) => m.surface === word && sceneLike(m))).toEqual([]);
  });

  // Known gaps: a surname first at a sentence's start, two first names sharing a surname, and a
  // strike's verb before the name ("target"), which outweighs the surname after it.
  it.fails.each<[string, string]>([
    ["Sanctions target Vladimir Putin’s adult children, the Treasury said.", "Vladimir"],
    ["Зеленський Володимир підписав указ.", "Володимир"],
    ["The couple Volodymyr and Olena Zelensky visited the front.", "Volodymyr"],
  ])("%s (no place for %s; known gap)", (text, word) => {
    expect(scanSentences(index, [text]).filter((m) => m.surface === word && sceneLike(m))).toEqual([]);
  });
});

describe("a capital speaking for its government is no scene", () => {
  it.each<[string, string[]]>([
    ["According to Moscow, the drones were shot down over the sea.", ["Moscow"]],
    ["Moscow said its forces took the village.", ["Moscow"]],
    ["Kyiv claims the strike hit a barracks.", ["Kyiv"]],
    ["Kyiv and Moscow accuse each other of shelling the plant.", ["Kyiv", "Moscow"]],
    ["Moscow and Kyiv traded blame for the strike.", ["Moscow", "Kyiv"]],
    ["The Russian defence ministry accused Kyiv of staging the attack.", ["Kyiv"]],
    // The agent after a participle and "by": the government, not the scene.
    ["A Russian attack on a city claimed by Moscow kills 13.", ["Moscow"]],
    ["Shelling of a region annexed by Russia, officials say.", ["Russia"]],
    ["За словами Москви, дрони збито над морем.", ["Москви"]],
    ["Москва заявила про захоплення села.", ["Москва"]],
    ["Київ звинуватив Москву в обстрілі станції.", ["Київ", "Москву"]],
    ["По словам Киева, удар пришелся по складу.", ["Киева"]],
  ])("%s (no scene in %j)", (text, words) => {
    expect(scanSentences(index, [text]).filter((m) => words.includes(m.surface) && sceneLike(m)).map((m) => m.surface)).toEqual([]);
  });

  // A town's own people speaking about it still place the news there when nothing else does.
  it.each<[string, string]>([
    ["According to Tulsa police, the shooting happened downtown.", "Tulsa"],
    ["Мер Мелітополя повідомив про вибухи біля аеродрому.", "Мелітополя"],
    ["Explosions were heard in Kyiv, the mayor said.", "Kyiv"],
  ])("%s (%s may be the scene)", (text, word) => {
    expect(scanSentences(index, [text]).some((m) => m.surface === word && sceneLike(m))).toBe(true);
  });
});

// A country or capital named as the speaker says where the speaker sits, not which of two
// namesakes is the scene: Donetsk the Ukrainian city, not the town in Russia's Rostov oblast.
describe("a speaking country picks no namesake in it", () => {
  it.each<[string[], Expected]>([
    [["Russia says 20 dead in rocket attack on Donetsk", "Parts of a downed rocket fell in the city centre, killing 20, Russia says."], { name: "Donetsk", admin1: "Donetsk", country: "UA" }],
    [["Moscow says 20 dead in rocket attack on Donetsk", "Parts of a downed rocket fell in the city centre, killing 20, Moscow says."], { name: "Donetsk", admin1: "Donetsk", country: "UA" }],
  ])("%j", (sentences, expected) => {
    expect(locations(scanSentences(index, sentences, { headline: true }))[0]?.place).toMatchObject(expected);
  });

  // Named as the scene's country, it does: "Donetsk, Rostov region, Russia".
  it("keeps a namesake the text places in that country", () => {
    expect(scene("A drone fell on a house in Donetsk, in Russia's Rostov region.")).toMatchObject({ name: "Donetsk", admin1: "Rostov", country: "RU" });
  });

  const items = corpusItems(RUWA, ["ruwa-050abf7cfb80619f"]);
  it.skipIf(items === null)("places a 14 March 2022 report of the Donetsk strike in Ukraine (ruwa-050abf7cfb80619f; skipped when ../shared is absent)", () => {
    const war = warIndex([...items!.values()]);
    // The build's prior, as for the rows above: a war digest's articles are about Ukraine.
    war.collection = new Map([[war.gazetteer.countryRow(war.lookup("kyiv")!.candidates[0]!.row), 0.9]]);
    const mentions = findPlaceMentions(toPassages(items!.get("ruwa-050abf7cfb80619f")!), war);
    expect(locations(mentions)[0]?.place).toMatchObject({ name: "Donetsk", country: "UA" });
  });
});

describe("corpus items that read a person's name as a town (RUWA)", () => {
  // Each id once placed its report in Vladimir (Russia) or Volodymyr (Volyn) from a person's name
  // (a president's possessive, a double-barrelled surname), or in Budaniv (Ternopil) from the
  // intelligence chief's surname.
  const rows: [string, string][] = [
    ["ruwa-d9dbc8c284c4e288", "Vladimir"],
    ["ruwa-a9784eeb346ab8d9", "Vladimir"],
    ["ruwa-72b221575ae55ece", "Vladimir"],
    ["ruwa-3b66ccb72876a441", "Vladimir"],
    ["ruwa-21724ce732fa8aa2", "Budanov"],
  ];
  const items = corpusItems(RUWA, rows.map((r) => r[0]));
  it.skipIf(items === null)("reads ../shared/corpus/ruwa (skipped when absent)", () => expect(items!.size).toBe(rows.length));
  it.skipIf(items === null).each(rows)("%s reads no town from %s", (id, word) => {
    const mentions = findPlaceMentions(toPassages(items!.get(id)!), warIndex([...items!.values()]));
    expect(mentions.filter((m) => m.surface === word && sceneLike(m)).map((m) => m.place.name)).toEqual([]);
  });
});
