// Ukrainian and Russian reports of viina-dev whose places need more than a Cyrillic spelling the
// gazetteer files: Russian names GeoNames has only romanised, Russian adjective names after к,
// compound adjectives of two-word towns, fronts named by an adjective, a region's
// administration. Rows are article ids and expected places; the text is read from ../shared at
// test time, and the rows skip visibly when it is absent.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/model.js";
import { toPassages } from "../../src/extract/passages.js";
import { findPlaceMentions, loadPlaceIndex, type PlaceIndex, primePlaceIndex } from "../../src/places/index.js";
import { corpusDir } from "../support/content.js";
import { location } from "./support/scan.js";

const ROWS: { id: string; name: string; admin1: string; why: string }[] = [
  { id: "viina-ebfdbd8bde2655", name: "Pravdyne", admin1: "Kherson", why: "a village's Russian name, filed romanised only" },
  { id: "viina-d5c69a87cdc469", name: "Spirne", admin1: "Donetsk", why: "a Russian name in the genitive, a Russian hamlet's namesake" },
  { id: "viina-999ec2a58ad6f9", name: "Kadiyivka", admin1: "Luhansk", why: "a renamed town's Ukrainian name, filed romanised only" },
  { id: "viina-ace35069f129b8", name: "Torske", admin1: "Donetsk", why: "a Russian adjective name's instrumental after к" },
  { id: "viina-208faa7fa8835c", name: "Velyka Novosilka", admin1: "Donetsk", why: "a front named by a two-word town's adjective" },
  { id: "viina-9d229fc56c03d2", name: "Ivano-Frankivsk", admin1: "Ivano-Frankivsk", why: "a region's administration (ОВА)" },
  { id: "viina-e45b73870d6ed7", name: "Vasylkiv", admin1: "Kyiv", why: "a name in -ів in the instrumental in -им, not a Crimean village's" },
];
// Known gaps.
const GAP_ROWS: typeof ROWS = [
  { id: "viina-f77ab5bc63664d", name: "Rykove", admin1: "Kherson", why: "a village named bare, without a cue or another place" },
  { id: "viina-6ce67caf12949c", name: "Sevastopol", admin1: "Sevastopol", why: "an airfield named in its city, read as a namesake village" },
  { id: "viina-880521e0013bcf", name: "Paraskoviivka", admin1: "Donetsk", why: "a Russian name found only romanised, with no other place to vouch for it" },
];
// A front named by no town: no scene.
const NO_PLACE_ROWS = ["viina-0384cd73bd13fd"];

const file = join(corpusDir, "viina-dev", "articles.jsonl");
const available = existsSync(file);
if (!available) console.warn(`skipping cyrillic.corpus.test.ts: ${file} not found`);

describe.skipIf(!available)("viina-dev rows", () => {
  let index: PlaceIndex;
  const articles = new Map<string, Article>();
  beforeAll(() => {
    for (const line of readFileSync(file, "utf8").split("\n")) if (line) articles.set((JSON.parse(line) as Article).id, JSON.parse(line) as Article);
    // The corpus is one build, primed with all of its articles.
    index = loadPlaceIndex();
    primePlaceIndex(index, [...articles.values()]);
  });
  const scene = (id: string) => {
    const a = articles.get(id);
    expect(a, `${id} not in the corpus`).toBeDefined();
    return location(findPlaceMentions(toPassages(a!), index));
  };

  it.each(ROWS)("$id: $name ($why)", ({ id, name, admin1 }) => {
    expect(scene(id)?.place).toMatchObject({ name, admin1 });
  });

  it.fails.each(GAP_ROWS)("$id: $name ($why; known gap)", ({ id, name, admin1 }) => {
    expect(scene(id)?.place).toMatchObject({ name, admin1 });
  });

  it.each(NO_PLACE_ROWS)("%s: no scene", (id) => {
    expect(scene(id)).toBeNull();
  });
});
