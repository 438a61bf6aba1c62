// The search page's keys (src/search/keys.js, run in the browser and the build): the folding
// agrees with the pipeline's (src/places/fold.ts) on every name of the gazetteer's Ukrainian and
// Russian places, and the variant key brings romanisations of one name together, not others.
import { describe, expect, it } from "vitest";
import { foldName, loadPlaceIndex } from "../../src/places/index.js";
import { editDistance, placeWord, queryTokens, searchKey, shardOf, variantKey } from "../../src/search/keys.js";

const index = loadPlaceIndex();

describe("searchKey", () => {
  it("folds case, diacritics, apostrophes and separators like the pipeline", () => {
    expect(searchKey("Kup’iansk")).toBe("kupiansk");
    expect(searchKey("Kup'iansk")).toBe("kupiansk");
    expect(searchKey("Kupʼiansk")).toBe("kupiansk");
    expect(searchKey("Łuhańsk")).toBe("luhansk");
    expect(searchKey("  Kryvyi   Rih ")).toBe("kryvyi rih");
    expect(searchKey("Saint-Petersburg")).toBe("st petersburg");
    expect(searchKey("КИЇВ")).toBe("київ");
    expect(searchKey("Київ")).toBe("київ");
    expect(searchKey("Запоріжжя")).toBe("запоріжжя");
    expect(searchKey("Подвір'я")).toBe("подвіря");
    expect(searchKey("Одеса")).not.toBe(searchKey("Одесса"));
  });

  it("gives the pipeline's key for every Latin and Cyrillic name of the gazetteer's Ukrainian and Russian places", () => {
    const g = index.gazetteer;
    const differ: string[] = [];
    let checked = 0;
    for (let row = 0; row < g.tables.placeCount; row++) {
      const record = g.record(row);
      if (record.country !== "UA" && record.country !== "RU") continue;
      for (const name of [record.name, ...record.aliases]) {
        if (!/^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼ`.\-]+$/u.test(name)) continue;
        checked++;
        if (searchKey(name) !== foldName(name)) differ.push(`${name}: ${searchKey(name)} / ${foldName(name)}`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    // Only letters of old or minority alphabets (Old Church Slavonic ꙑ, Tatar ү) may differ.
    expect(differ.filter((line) => /^[A-Za-zÀ-ž\s'’ʼ`.\-]*$|^[а-яёіїєґ\s'’ʼ`.\-]*$/iu.test(line.split(":")[0]!))).toEqual([]);
    expect(differ.length / checked).toBeLessThan(0.001);
  });

  it("is unchanged on a folded key (the gazetteer's keys are folded already)", () => {
    for (const name of ["Kup’iansk", "Łuhańsk", "Київ", "Saint Louis", "Сєвєродонецьк"]) expect(searchKey(searchKey(name))).toBe(searchKey(name));
  });

  it("splits a query into words, keeping each as typed", () => {
    expect(queryTokens("Kharkiv  school")).toEqual([
      { typed: "Kharkiv", key: "kharkiv" },
      { typed: "school", key: "school" },
    ]);
  });
});

describe("variantKey", () => {
  it.each([
    ["sievierodonetsk", "severodonetsk", "sieverodonetsk", "sieiverodonetsk"],
    ["zaporizhzhia", "zaporizhzhya", "zaporizhia"],
    ["zaporozhye", "zaporozhe"],
    ["izium", "izyum"],
    ["lugansk", "luhansk"],
    ["mykolaiv", "mykolayiv"],
    ["avdiivka", "avdiyivka"],
    ["odesa", "odessa"],
    ["луганськ", "луганск"],
    ["сєвєродонецьк", "северодонецк"],
  ])("writes %s and its other romanisations alike", (...spellings) => {
    expect(new Set(spellings.map(variantKey)).size).toBe(1);
  });

  it.each([
    ["kharkiv", "kherson"],
    ["lviv", "kyiv"],
    ["donetsk", "dnipro"],
    ["bakhmut", "bakhmach"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(variantKey(a)).not.toBe(variantKey(b));
  });

  it.each([
    ["odessa", "odesa"],
    ["ноппп", "ноп"],
    // Digits and punctuation stay as written.
    ["kyiv 11 -- 22", "kiv 11 -- 22"],
    // A letter beyond the Basic Multilingual Plane is two code units, doubled or not.
    ["𝔞𝔞𝔟", "𝔞𝔟"],
    ["𝔞𝔟𝔞", "𝔞𝔟𝔞"],
  ])("writes a run of one letter once, and only of a letter: %s -> %s", (key, expected) => {
    expect(variantKey(key)).toBe(expected);
  });
});

describe("shards and words", () => {
  it("files a key under the first two letters of its variant key, and a prefix long enough under the same", () => {
    expect(shardOf("kharkiv")).toBe("ha");
    expect(shardOf("kha")).toBe(shardOf("kharkiv"));
    expect(shardOf("sieve")).toBe(shardOf("sievierodonetsk"));
    expect(shardOf("луга")).toBe(shardOf("луганськ"));
    expect(shardOf("k")).toBeNull();
  });

  it("gives each place key a single lower-case word", () => {
    expect(placeWord("kharkiv-kharkiv-ua")).toBe("zzatkharkivkharkivua");
    expect(placeWord("ua")).toMatch(/^[a-z0-9]+$/);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps", () => {
    expect(editDistance("harkov", "harkof", 2)).toBe(1);
    expect(editDistance("bahmut", "bahumt", 2)).toBe(1);
    expect(editDistance("odesa", "odesa", 1)).toBe(0);
    expect(editDistance("kiv", "lviv", 1)).toBe(2);
  });
});
