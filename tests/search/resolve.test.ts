// The alias index and the query resolution on hand-made places: every spelling of a place gives
// the same places in the same order, a settlement before a region of its name, region forms the
// region alone, Cyrillic case forms their nominative's places, and words beside a place are left
// for the text search.
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlaceSearchIndex, type PlaceSearchIndex, type SearchTarget } from "../../src/site/place-search.js";
import { PlaceResolver } from "../../src/search/resolve.js";
import { shardOf } from "../../src/search/keys.js";

/** A place with its own spellings, and any other place's names the gazetteer lists for it too. */
const target = (key: string, name: string, kind: SearchTarget["kind"], count: number, spellings: string[], alsoListed: string[] = []): SearchTarget & { own: string[] } => ({
  key,
  name,
  line: kind === "country" ? name : `${name}, Ukraine`,
  kind,
  count,
  url: `/places/${key}/`,
  ownNames: kind === "region" ? [name, name.replace(/ region$/, "")] : [name],
  spellings: [...spellings, ...alsoListed],
  own: spellings,
});

const TARGETS = [
  target("kharkiv-kharkiv-ua", "Kharkiv", "settlement", 51, ["Kharkiv", "Kharkov", "Харків", "Харьков", "Charkiw"]),
  target("ua-kharkiv", "Kharkiv region", "region", 113, ["Kharkiv", "Kharkiv Oblast", "Kharkov region", "Харківська область", "Kharkivska oblast"]),
  target("donetsk-donetsk-ua", "Donetsk", "settlement", 59, ["Donetsk", "Донецьк", "Донецк"]),
  target("donetsk-rostov-ru", "Donetsk", "settlement", 2, ["Donetsk", "Донецк"]),
  target("ua-donetsk", "Donetsk region", "region", 489, ["Donetsk", "Donetsk Oblast", "Донецька область"]),
  target("sievierodonetsk-luhansk-ua", "Sievierodonetsk", "settlement", 23, ["Sievierodonetsk", "Severodonetsk", "Сєвєродонецьк", "Северодонецк"]),
  target("dnipro-dnipropetrovsk-ua", "Dnipro", "settlement", 11, ["Dnipro", "Dnepr", "Дніпро", "Днепр"], ["Dnipropetrovsk"]),
  target("ua-dnipropetrovsk", "Dnipropetrovsk region", "region", 47, ["Dnipropetrovsk", "Dnepropetrovsk region", "Дніпропетровська область"]),
  target("kryvyi-rih-dnipropetrovsk-ua", "Kryvyi Rih", "settlement", 5, ["Kryvyi Rih", "Krivoy Rog", "Кривий Ріг", "Кривой Рог"]),
  target("ua", "Ukraine", "country", 1700, ["Ukraine", "Україна", "Украина"]),
  // A town that lists another's name among its alternates, as GeoNames data sometimes does.
  target("sloviansk-donetsk-ua", "Sloviansk", "settlement", 21, ["Sloviansk", "Slavyansk", "Слов'янськ", "Славянск"]),
  target("nikopol-dnipropetrovsk-ua", "Nikopol", "settlement", 5, ["Nikopol", "Нікополь"], ["Sloviansk", "Slavyansk"]),
  // An old name (Artemovsk) close to none of the place's own names.
  target("bakhmut-donetsk-ua", "Bakhmut", "settlement", 33, ["Bakhmut", "Artemovsk", "Бахмут", "Артемовск"]),
];

let index: PlaceSearchIndex;
let places: PlaceResolver;
const keysOf = (list: { key: string }[] | null) => list?.map((t) => t.key) ?? null;

beforeAll(() => {
  index = buildPlaceSearchIndex(TARGETS);
  const byPath = new Map(index.shards.map((s) => [s.path, s.data]));
  places = new PlaceResolver(index.manifest, async (path) => structuredClone(byPath.get(path) ?? null));
});

describe("one answer for every spelling", () => {
  it.each(TARGETS.filter((t) => t.kind === "settlement").map((t) => [t.name, t] as const))("every spelling of %s gives the same places in the same order", async (_name, place) => {
    const answers = await Promise.all(place.own.map(async (s) => keysOf((await places.resolve(s)).group)));
    expect(answers[0]).toContain(place.key);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("puts a settlement before the region of its name, whatever their counts", async () => {
    expect(keysOf((await places.resolve("Kharkiv")).group)).toEqual(["kharkiv-kharkiv-ua", "ua-kharkiv"]);
  });

  it("puts, among settlements of one name, the one with most incidents first", async () => {
    expect(keysOf((await places.resolve("Donetsk")).group)).toEqual(["donetsk-donetsk-ua", "donetsk-rostov-ru", "ua-donetsk"]);
    expect(keysOf((await places.resolve("Донецк")).group)).toEqual(["donetsk-donetsk-ua", "donetsk-rostov-ru", "ua-donetsk"]);
  });

  it("never answers with a place that only lists the name among its alternates", async () => {
    expect(keysOf((await places.resolve("Nikopol")).group)).toEqual(["nikopol-dnipropetrovsk-ua"]);
    expect(keysOf((await places.resolve("Slavyansk")).group)).toEqual(["sloviansk-donetsk-ua"]);
    expect(keysOf((await places.resolve("Слов'янськ")).group)).toEqual(["sloviansk-donetsk-ua"]);
  });

  it("answers an old name close to no place's own name with the places that list it", async () => {
    expect(keysOf((await places.resolve("Artemovsk")).group)).toEqual(["bakhmut-donetsk-ua"]);
  });

  it("answers a region's name that was also a town's with the region", async () => {
    expect(keysOf((await places.resolve("Dnipropetrovsk")).group)).toEqual(["ua-dnipropetrovsk"]);
  });

  it("gives a region's own forms the region alone", async () => {
    for (const spelling of ["Kharkiv oblast", "Kharkov region", "Харківська область", "kharkivska  OBLAST"]) {
      expect(keysOf((await places.resolve(spelling)).group), spelling).toEqual(["ua-kharkiv"]);
    }
  });

  it("takes the bare name of a region form as the region's name too", async () => {
    expect(keysOf((await places.resolve("Dnepropetrovsk")).group)).toEqual(["ua-dnipropetrovsk"]);
  });

  it("resolves a country", async () => {
    expect(keysOf((await places.resolve("Україна")).group)).toEqual(["ua"]);
  });
});

describe("what people type", () => {
  it.each([
    ["Харкові", "kharkiv-kharkiv-ua"],
    ["у Харкові", "kharkiv-kharkiv-ua"],
    ["під Харковом", "kharkiv-kharkiv-ua"],
    ["в Харькове", "kharkiv-kharkiv-ua"],
    ["біля Донецька", "donetsk-donetsk-ua"],
    ["у Сєвєродонецьку", "sievierodonetsk-luhansk-ua"],
    ["в Северодонецке", "sievierodonetsk-luhansk-ua"],
    ["у Кривому Розі", "kryvyi-rih-dnipropetrovsk-ua"],
    ["в Кривом Роге", "kryvyi-rih-dnipropetrovsk-ua"],
    ["у Харківській області", "ua-kharkiv"],
    ["в районі Дніпра", "dnipro-dnipropetrovsk-ua"],
  ])("%s finds its place", async (query, key) => {
    const resolution = await places.resolve(query);
    expect(resolution.group?.[0]?.key).toBe(key);
    expect(resolution.words).toBe("");
  });

  it("resolves a spelling the gazetteer does not list through its variant key, and says so", async () => {
    const resolution = await places.resolve("Sieverodonetsk");
    expect(keysOf(resolution.group)).toEqual(["sievierodonetsk-luhansk-ua"]);
    expect(resolution.via).toBe("variant");
  });

  it("suggests places a letter away, and resolves nothing", async () => {
    const resolution = await places.resolve("Kharkof");
    expect(resolution.group).toBeNull();
    expect(resolution.suggestions.map((t) => t.key)).toContain("kharkiv-kharkiv-ua");
  });

  it("filters by the place and leaves the other words to the text search", async () => {
    expect(await places.resolve("Kharkiv school")).toMatchObject({ matched: "Kharkiv", words: "school" });
    expect(await places.resolve("school in Kharkiv")).toMatchObject({ matched: "Kharkiv", words: "school" });
    expect(await places.resolve("shelling near Kryvyi Rih")).toMatchObject({ matched: "Kryvyi Rih", words: "shelling" });
    expect(keysOf((await places.resolve("Kharkiv oblast school")).group)).toEqual(["ua-kharkiv"]);
  });

  it("leaves words naming no place to the text search", async () => {
    expect(await places.resolve("missile strike")).toMatchObject({ group: null, words: "missile strike", suggestions: [] });
  });
});

describe("suggestions as you type", () => {
  it("offers the places whose spellings start with the text, the best known first, a town before its region", async () => {
    expect((await places.suggest("Kha")).map((t) => t.key)).toEqual(["kharkiv-kharkiv-ua", "ua-kharkiv"]);
    expect((await places.suggest("Донец")).map((t) => t.key)).toEqual(["donetsk-donetsk-ua", "donetsk-rostov-ru", "ua-donetsk"]);
  });

  it("reads past a leading preposition, and waits for two letters", async () => {
    expect((await places.suggest("у Харк")).map((t) => t.key)).toContain("kharkiv-kharkiv-ua");
    expect(await places.suggest("K")).toEqual([]);
  });
});

describe("the shards", () => {
  it("file each key under its own shard, and the manifest lists every shard", () => {
    for (const shard of index.shards) {
      expect(index.manifest.shards).toContain(shard.name);
      expect(shard.path).toBe(`${index.manifest.folder}${shard.name}.json`);
      for (const key of Object.keys(shard.data.keys)) expect(shardOf(key), key).toBe(shard.name);
    }
  });

  it("carry every place a group names", () => {
    for (const shard of index.shards) for (const group of shard.data.groups) for (const key of group) expect(shard.data.targets[key]).toBeDefined();
  });
});

describe("a shard that does not arrive", () => {
  const byPath = new Map<string, unknown>();
  beforeAll(() => {
    for (const s of index.shards) byPath.set(s.path, s.data);
  });

  it("is asked for once more", async () => {
    const asked = new Set<string>();
    // Each shard fails the first time it is asked for.
    const flaky = new PlaceResolver(index.manifest, async (path) => {
      if (!asked.has(path)) {
        asked.add(path);
        throw new Error("connection reset");
      }
      return structuredClone(byPath.get(path) ?? null) as never;
    });
    expect(keysOf((await flaky.resolve("Kharkiv")).group)).toEqual(["kharkiv-kharkiv-ua", "ua-kharkiv"]);
  });

  it("is not kept as missing: the next query asks again", async () => {
    let down = true;
    const flaky = new PlaceResolver(index.manifest, async (path) => {
      if (down) throw new Error("server unreachable");
      return structuredClone(byPath.get(path) ?? null) as never;
    });
    expect((await flaky.resolve("Kharkiv")).group).toBeNull();
    down = false;
    expect(keysOf((await flaky.resolve("Kharkiv")).group)).toEqual(["kharkiv-kharkiv-ua", "ua-kharkiv"]);
  });
});
