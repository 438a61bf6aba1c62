// Hostile articles: near the 1 MB limit, shaped to find anything that grows with the square of an
// article's length (a few names repeated thousands of times, thousands of sentences each naming a
// different place, one sentence listing hundreds of towns). Each must extract in seconds; before
// this benchmark existed, the first shape took over ten minutes.
// Prints lines like "repeated names (860 KB): 2.4 s". Run with `npm run bench hostile`.
import { extractFacts } from "../src/extract/index.js";
import { loadPlaceIndex, primePlaceIndex } from "../src/places/index.js";
import type { Article } from "../src/model.js";

const word = (i: number) => `Zy${i.toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
const SHAPES: Record<string, string> = {
  "repeated names": Array(20_000).fill("The Village Of Xyz In The Donetsk Region").join(" "),
  "thousands of sentences, each a new place": Array.from({ length: 16_000 }, (_, i) => `Four people were killed in ${word(i)}, Texas, on Friday.`).join(" "),
  "one sentence of towns": `Shootings were reported in ${Array.from({ length: 3_000 }, (_, i) => ["Tulsa, Oklahoma", "Dayton, Ohio", "Mobile, Alabama", "Kyiv, Ukraine"][i % 4]).join(", and in ")} last week.`,
  "one word, no punctuation": `killed ${"a".repeat(900_000)}`,
  "numbers": "1, ".repeat(250_000),
};

const index = loadPlaceIndex([]);
for (const [name, text] of Object.entries(SHAPES)) {
  const article: Article = { id: "hostile", file: "articles/hostile.jsonl", line: 1, format: "jsonl", title: name, titleDerived: false, text, source: null, url: null, published: "2024-03-05", publishedDay: "2024-03-05", lang: "en", langFrom: "stated" };
  primePlaceIndex(index, [article]);
  const start = performance.now();
  extractFacts(article, index);
  console.log(`${name} (${Math.round(text.length / 1000)} KB): ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
