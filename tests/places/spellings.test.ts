// Every spelling of a place finds the same GeoNames place: press spellings of the Russian and
// Ukrainian names, old names, and Cyrillic forms, resolved through the gazetteer's alternates
// and romanisation (no table of these names exists in src/).
import { beforeAll, describe, expect, it } from "vitest";
import type { Passage, Place } from "../../src/model.js";
import { findPlaceMentions, loadPlaceIndex, type PlaceIndex } from "../../src/places/index.js";

let index: PlaceIndex;
beforeAll(() => {
  index = loadPlaceIndex();
});

/** The place a name resolves to when a war report says something happened there. */
function resolve(name: string): Place | null {
  const passages: Passage[] = [
    { index: 0, paragraph: 0, text: `Russian forces shelled ${name} overnight, regional officials said.`, isTitle: false },
  ];
  const mentions = findPlaceMentions(passages, index).filter((m) => m.surface === name);
  return mentions[0]?.place ?? null;
}

// [one spelling, another spelling]: both must resolve to one GeoNames id, in UA or RU.
const PAIRS: [string, string][] = [
  ["Lugansk", "Luhansk"],
  ["Luhansk", "Луганськ"],
  ["Lugansk", "Луганск"],
  ["Kiev", "Kyiv"],
  ["Kyiv", "Київ"],
  ["Kiev", "Киев"],
  ["Kharkov", "Kharkiv"],
  ["Kharkiv", "Харків"],
  ["Kharkov", "Харьков"],
  ["Nikolaev", "Mykolaiv"],
  ["Nikolayev", "Миколаїв"],
  ["Dnepropetrovsk", "Dnipropetrovsk"],
  ["Dnipropetrovsk", "Dnipro"],
  ["Dnipro", "Дніпро"],
  ["Zaporozhye", "Zaporizhzhia"],
  ["Zaporizhzhia", "Запоріжжя"],
  ["Zaporozhe", "Запорожье"],
  ["Artemovsk", "Bakhmut"],
  ["Artyomovsk", "Бахмут"],
  ["Odessa", "Odesa"],
  ["Odesa", "Одеса"],
  ["Gorlovka", "Horlivka"],
  ["Horlivka", "Горлівка"],
  ["Severodonetsk", "Sievierodonetsk"],
  ["Sievierodonetsk", "Сєвєродонецьк"],
  ["Avdeyevka", "Avdiivka"],
  ["Avdeevka", "Авдіївка"],
  ["Kupyansk", "Kupiansk"],
  ["Kup'iansk", "Kupiansk"],
  ["Kup’yansk", "Куп’янськ"],
  ["Krivoy Rog", "Kryvyi Rih"],
  ["Kryvyi Rih", "Кривий Ріг"],
  ["Lisichansk", "Lysychansk"],
  ["Slavyansk", "Sloviansk"],
  ["Kramatorsk", "Краматорськ"],
  ["Mariupol", "Маріуполь"],
  ["Chernigov", "Chernihiv"],
  ["Zhitomir", "Zhytomyr"],
  ["Rovno", "Rivne"],
  ["Lvov", "Lviv"],
  ["Vinnitsa", "Vinnytsia"],
  ["Kremenchug", "Kremenchuk"],
  ["Izyum", "Izium"],
  ["Berdyansk", "Berdiansk"],
  ["Energodar", "Enerhodar"],
  ["Makeyevka", "Makiivka"],
  ["Nikopol", "Нікополь"],
  ["Melitopol", "Мелітополь"],
  ["Kherson", "Херсон"],
  ["Cherkassy", "Cherkasy"],
  ["Ternopol", "Ternopil"],
  ["Uzhgorod", "Uzhhorod"],
  ["Irpen", "Irpin"],
  ["Belgorod", "Белгород"],
  ["Kursk", "Курск"],
  ["Rostov-on-Don", "Ростов-на-Дону"],
  ["Saint Petersburg", "St. Petersburg"],
  ["Moscow", "Москва"],
];

describe("spellings of one place resolve to one GeoNames id", () => {
  // The pairs alone would pass if every name resolved to one place: different places stay apart.
  it("keeps different places apart, however alike their names", () => {
    const names = ["Kyiv", "Kharkiv", "Kherson", "Luhansk", "Lutsk", "Donetsk", "Odesa", "Zaporizhzhia", "Lviv", "Lysychansk"];
    const ids = names.map((name) => resolve(name)?.geonameId ?? null);
    expect(ids).not.toContain(null);
    expect(new Set(ids).size).toBe(names.length);
  });

  it.each(PAIRS)("%s = %s", (a, b) => {
    const first = resolve(a);
    const second = resolve(b);
    expect(first, `${a} resolves`).not.toBeNull();
    expect(second, `${b} resolves`).not.toBeNull();
    expect(first!.geonameId).not.toBeNull();
    expect(["UA", "RU"]).toContain(first!.country);
    expect(second!.geonameId, `${a} -> ${first!.name} (${first!.admin1}), ${b} -> ${second!.name} (${second!.admin1})`).toBe(first!.geonameId);
  });

  it("puts the seed places where GeoNames has them", () => {
    expect(resolve("Lugansk")).toMatchObject({ geonameId: 702658, country: "UA", admin1: "Luhansk", precision: "city" });
    expect(resolve("Nikolaev")).toMatchObject({ geonameId: 700569, admin1: "Mykolaiv" }); // the city on the Southern Bug
    expect(resolve("Nikopol")).toMatchObject({ country: "UA", admin1: "Dnipropetrovsk" });
  });
});

describe("region spellings", () => {
  const regionOf = (text: string) => {
    const passages: Passage[] = [{ index: 0, paragraph: 0, text, isTitle: false }];
    return findPlaceMentions(passages, index).find((m) => m.place.precision === "region")?.place ?? null;
  };

  it.each([
    ["Shelling was reported in the Lugansk region.", "Luhansk"],
    ["Shelling was reported in the Luhansk oblast.", "Luhansk"],
    ["Shelling was reported in Luhanska oblast.", "Luhansk"],
    ["Обстріли в Луганська область.", "Luhansk"],
    ["Shelling was reported in the Dnepropetrovsk region.", "Dnipropetrovsk"],
    ["Shelling was reported in the Dnipropetrovsk Oblast.", "Dnipropetrovsk"],
    ["Shelling was reported in the Zaporozhye region.", "Zaporizhzhia"],
    ["Shelling was reported in the Kharkov region.", "Kharkiv"],
  ])("%s -> %s region", (text, region) => {
    const place = regionOf(text);
    expect(place).not.toBeNull();
    expect(place!.admin1).toBe(region);
    expect(place!.country).toBe("UA");
  });

  it("lists the region's spellings on every place inside it, Latin and Cyrillic", () => {
    const luhansk = resolve("Luhansk")!;
    const aliases = luhansk.admin1Aliases ?? [];
    for (const form of ["Lugansk region", "Luhansk oblast", "Луганська область"]) expect(aliases).toContain(form);
    expect(luhansk.aliases).toEqual(expect.arrayContaining(["Lugansk", "Луганськ", "Луганск"]));
  });
});
