// Places read in the light of more than the sentence: the build's own geography (where its news
// happens) chooses among namesakes when an article says nothing else; a town named in a sentence about its
// oblast is a known gap. Written sentences first, then corpus rows
// (ids and expected places; the text is read from ../shared at test time and the rows skip
// visibly when it is absent).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article, PlaceMention } from "../../src/model.js";
import { toPassages } from "../../src/extract/passages.js";
import { findPlaceMentions, loadPlaceIndex, type PlaceIndex, primePlaceIndex } from "../../src/places/index.js";
import { corpusDir } from "../support/content.js";
import { scanSentences } from "./support/scan.js";

const location = (mentions: PlaceMention[]) => mentions.find((m) => m.role === "location") ?? null;

function article(id: string, title: string): Article {
  return { id, file: "test.jsonl", line: 1, format: "jsonl", title, titleDerived: false, text: title, source: null, url: null, published: "2024-06-01", publishedDay: "2024-06-01", lang: "en", langFrom: "stated" };
}

// A war build: reports from towns of the front in the north of the Donetsk and Luhansk oblasts.
const FRONT_TOWNS = ["Lyman", "Siversk", "Sloviansk", "Kramatorsk", "Bakhmut", "Soledar", "Kreminna", "Rubizhne", "Lysychansk", "Sievierodonetsk"];
const FRONT = Array.from({ length: 80 }, (_, i) => article(`front-${i}`, `Russian shelling of ${FRONT_TOWNS[i % FRONT_TOWNS.length]} damages houses`));

describe("the build's geography chooses among namesakes", () => {
  let primed: PlaceIndex;
  let small: PlaceIndex;
  beforeAll(() => {
    primed = loadPlaceIndex();
    primePlaceIndex(primed, FRONT);
    small = loadPlaceIndex();
    primePlaceIndex(small, FRONT.slice(0, 10));
  });

  it("'Yampil' alone, in a build of front-line news, is the village near the front, not the bigger town in Vinnytsia oblast", () => {
    expect(location(scanSentences(primed, ["Russian thermobaric rocket strike hits Yampil"], { headline: true }))?.place).toMatchObject({ name: "Yampil’", admin1: "Donetsk" });
  });

  it("a build of a few articles has no geography of its own: the bigger town wins", () => {
    expect(location(scanSentences(small, ["Russian thermobaric rocket strike hits Yampil"], { headline: true }))?.place).toMatchObject({ name: "Yampil", admin1: "Vinnytsia" });
  });

  it("an article's own places still outweigh the build's: 'Yampil, near Mohyliv-Podilskyi' stays in Vinnytsia oblast", () => {
    expect(location(scanSentences(primed, ["Drone hits a warehouse in Yampil near Mohyliv-Podilskyi"], { headline: true }))?.place).toMatchObject({ name: "Yampil", admin1: "Vinnytsia" });
  });
});

describe("a town named in a sentence about its oblast", () => {
  let index: PlaceIndex;
  beforeAll(() => {
    index = loadPlaceIndex();
  });
  const scan = (...sentences: string[]) => scanSentences(index, sentences, { headline: true });

  // With a cue of its own ("was hit", "the port of"), the town is the scene.
  it.each([
    ["The enemy shelled the Donetsk region overnight - Kostiantynivka was hit hardest", "Kostiantynivka"],
    ["Drones attacked the port of Izmail in the Odesa region", "Izmail"],
  ])("%s: %s", (sentence, town) => {
    expect(location(scan(sentence))?.place).toMatchObject({ name: town, precision: "city" });
  });

  // Known gap: without a cue of its own the town stays a mention and the oblast is the scene. A
  // rule taking such a town for the scene was tried and reverted: it lost viina-dev place within
  // 25 km on both halves (0.798 -> 0.780 and 0.755 -> 0.748), VIINA coding these reports at the
  // oblast's point.
  it.fails.each([
    ["Обстріл Харківщини: постраждав Куп'янськ", "Kupiansk"],
    ["Дрони атакували порт «Рені» на Одещині", "Reni"],
    ["Вибухи на аеродромі «Саки» у Криму", "Saki"],
  ])("%s: %s", (sentence, town) => {
    expect(location(scan(sentence))?.place).toMatchObject({ name: town, precision: "city" });
  });

  it("a town of another oblast does not narrow the region: 'in the Kharkiv region ... Dnipro sent rescuers'", () => {
    expect(location(scan("Shelling in the Kharkiv region, rescuers from Dnipro sent"))?.place).toMatchObject({ name: "Kharkiv", precision: "region" });
  });
});

describe("Ukrainian and Russian names that are no places", () => {
  let index: PlaceIndex;
  beforeAll(() => {
    index = loadPlaceIndex();
  });
  const places = (sentence: string) => scanSentences(index, [sentence], { headline: true }).map((m) => m.place.name);

  it.each([
    ["Дрони знову атакували нафтопровід «Дружба», постачання зупинено", "Druzhba"],
    ["Удар по нефтепроводу \"Дружба\" назвали нападом", "Druzhba"],
    ["Аналітик пояснив, що означають ракети «Пекло» для фронту", "Peklo"],
    ["Группировка «Днепр» заявила об уничтожении склада", "Dnipro"],
    ["Аналітик пояснив, що означають ракети «Пекло» і «Паляниця»", "Palianytsia"],
  ])("%s: no %s", (sentence, name) => {
    expect(places(sentence).some((found) => found.startsWith(name.slice(0, 4)))).toBe(false);
  });

  it.each([
    ["У Білому домі прокоментували вибухи у Криму", "Bile"],
    ["Сили оборони уразили склад боєприпасів у Криму", "Syla"],
  ])("%s: %s is no scene", (sentence, name) => {
    const scene = scanSentences(index, [sentence], { headline: true }).filter((m) => m.role === "location").map((m) => m.place.name);
    expect(scene).toEqual(["Crimea"]);
    expect(scene).not.toContain(name);
  });

  it("an airfield or a port named in quotes is its town's: «Саки», «Рені»", () => {
    expect(places("Вибухи на аеродромі «Саки» у Криму")).toContain("Saki");
    expect(places("Дрони атакували порт «Рені» на Одещині")).toContain("Reni");
  });
});

describe("the oblast in the genitive after a village: 'селище Райське Херсонської області'", () => {
  let index: PlaceIndex;
  beforeAll(() => {
    index = loadPlaceIndex();
  });
  const scene = (sentence: string) => location(scanSentences(index, [sentence], { headline: true }))?.place;

  it.each([
    ["Під час удару по селищу Райське Херсонської області пошкоджено склади", "Kherson"],
    ["Дрони атакували підстанцію у селі Райське Запорізької області", "Zaporizhzhia"],
    ["Вибух стався між Киселівкою та Чорнобаївкою Херсонської області", "Kherson"],
  ])("%s: %s oblast", (sentence, admin1) => {
    expect(scene(sentence)).toMatchObject({ admin1, precision: "city" });
  });

  it("a Russian spelling the gazetteer lacks is placed in the stated oblast, not dropped: 'в поселке Райское Донецкой области'", () => {
    expect(scene("В поселке Райское Донецкой области повреждены дома")).toMatchObject({ name: "Райское", admin1: "Donetsk", precision: "region", origin: "text" });
  });
});

describe("a town's adjective names every town it may come from", () => {
  let index: PlaceIndex;
  beforeAll(() => {
    index = loadPlaceIndex();
  });

  it("'на Покровському напрямку' is Pokrovsk's direction (Покровськ, not only Покров)", () => {
    expect(location(scanSentences(index, ["Нацгвардійці знищили склад боєприпасів на Покровському напрямку"], { headline: true }))?.place).toMatchObject({ name: "Pokrovsk", admin1: "Donetsk" });
  });

  it("'Кременчуцький НПЗ' is still Kremenchuk's", () => {
    expect(location(scanSentences(index, ["Удар по Кременчуцькому НПЗ"], { headline: true }))?.place).toMatchObject({ name: "Kremenchuk" });
  });
});

// Corpus rows: article id, expected place, and what the row shows.
const ROWS: { id: string; corpus: string; name: string; admin1: string; why: string }[] = [
  { id: "viina-8cae7202326c6d", corpus: "viina-dev", name: "Yampil’", admin1: "Donetsk", why: "a namesake near the build's news" },
  { id: "viina-675fce9a6aa17f", corpus: "viina-dev", name: "Raiske", admin1: "Kherson", why: "a village with its oblast in the genitive" },
  { id: "viina-028eea810d581f", corpus: "viina-dev", name: "Pokrovsk", admin1: "Donetsk", why: "a town's adjective: the Pokrovsk direction" },
  { id: "ucdp-43285a3f01aa30", corpus: "ucdp-dev", name: "Bakhmut", admin1: "Donetsk", why: "the town an oblast's round-up says suffered most" },
];
// Known gaps (see "a town named in a sentence about its oblast"): the oblast is taken for the scene.
const GAP_ROWS: typeof ROWS = [
  { id: "viina-04bd76a470883b", corpus: "viina-dev", name: "Saki", admin1: "Crimea", why: "an airfield named after its town, in a sentence about Crimea" },
  { id: "viina-63014acc5f9a79", corpus: "viina-dev", name: "Reni", admin1: "Odesa", why: "a port named after its town, in a sentence about its oblast" },
];

const available = ["viina-dev", "ucdp-dev"].every((name) => existsSync(join(corpusDir, name, "articles.jsonl")));
if (!available) console.warn(`skipping corpus rows of context.war.test.ts: ${corpusDir}/{viina-dev,ucdp-dev} not found`);

describe.skipIf(!available)("corpus rows", () => {
  let index: PlaceIndex;
  const articles = new Map<string, Article>();
  beforeAll(() => {
    for (const name of ["viina-dev", "ucdp-dev"]) {
      const all = readFileSync(join(corpusDir, name, "articles.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Article);
      // Each corpus is its own build, primed with all of its articles.
      for (const a of all) articles.set(a.id, a);
    }
    index = loadPlaceIndex();
    primePlaceIndex(index, [...articles.values()].filter((a) => a.id.startsWith("viina-")));
  });

  it.each(ROWS)("$id: $name ($why)", ({ id, name, admin1 }) => {
    const a = articles.get(id)!;
    expect(a, `${id} not in the corpus`).toBeDefined();
    expect(location(findPlaceMentions(toPassages(a), index))?.place).toMatchObject({ name, admin1 });
  });

  it.fails.each(GAP_ROWS)("$id: $name ($why; known gap)", ({ id, name, admin1 }) => {
    const a = articles.get(id)!;
    expect(a, `${id} not in the corpus`).toBeDefined();
    expect(location(findPlaceMentions(toPassages(a), index))?.place).toMatchObject({ name, admin1 });
  });
});

// Corpus articles whose quoted name is a thing's (a pipeline, a missile, a force grouping): no place.
const NO_PLACE_ROWS = ["viina-38c197fe98c47f", "viina-6298c31cef732e", "viina-da389597d1fc81", "viina-994fb9d2630fdf"];

describe.skipIf(!available)("corpus rows with no place", () => {
  let index: PlaceIndex;
  const articles = new Map<string, Article>();
  beforeAll(() => {
    for (const line of readFileSync(join(corpusDir, "viina-dev", "articles.jsonl"), "utf8").split("\n")) {
      if (!line) continue;
      const a = JSON.parse(line) as Article;
      if (NO_PLACE_ROWS.includes(a.id)) articles.set(a.id, a);
    }
    index = loadPlaceIndex();
  });

  it.each(NO_PLACE_ROWS)("%s: no scene", (id) => {
    const a = articles.get(id);
    expect(a, `${id} not in the corpus`).toBeDefined();
    expect(location(findPlaceMentions(toPassages(a!), index))).toBeNull();
  });
});
