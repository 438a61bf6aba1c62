// Place evaluation: `npx tsx src/places/eval/cli.ts [gva|ruwa]`.
// gva: share of gva-dev gold incidents whose found location lies within 25 km of the gold point.
// ruwa: share of RUWA items with an incident place (and in Ukraine), and the 30 most frequent
// names after a location cue that stayed unresolved.
import { loadPlaceIndex, primePlaceIndex } from "../index.js";
import { corpusAvailable, gvaArticlesPath, gvaGoldPath, readCorpusArticles, ruwaArticlesPath } from "./corpus.js";
import { evaluateGvaPlaces } from "./gva.js";
import { reportRuwaPlaces } from "./ruwa.js";

const which = process.argv[2] ?? "all";
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

if (which !== "ruwa") {
  if (!corpusAvailable(gvaArticlesPath, gvaGoldPath)) console.log(`gva-dev not found at ${gvaArticlesPath}: skipped`);
  else {
    const index = loadPlaceIndex();
    primePlaceIndex(index, readCorpusArticles(gvaArticlesPath));
    const r = evaluateGvaPlaces(gvaArticlesPath, gvaGoldPath, index);
    console.log(`gva-dev place within 25 km: ${r.within25km}/${r.incidents} incidents = ${percent(r.share)} (first located article); articles: ${percent(r.articleShare)}, ${r.articlesWithLocation}/${r.articles} with a location`);
    if (process.argv.includes("--misses")) for (const m of r.misses) console.log(`  ${m.event} gold ${m.gold} | found ${m.found ?? "-"}${m.km === null ? "" : ` (${m.km} km)`}`);
  }
}
if (which !== "gva") {
  if (!corpusAvailable(ruwaArticlesPath)) console.log(`RUWA not found at ${ruwaArticlesPath}: skipped`);
  else {
    const articles = readCorpusArticles(ruwaArticlesPath);
    const index = loadPlaceIndex();
    primePlaceIndex(index, articles);
    const r = reportRuwaPlaces(articles, index);
    console.log(`RUWA items with an incident place: ${r.withLocation}/${r.items} = ${percent(r.share)}; in Ukraine: ${r.withUkrainianLocation} = ${percent(r.ukrainianShare)}; scan ${r.seconds.toFixed(1)} s`);
    console.log(`most frequent unresolved names after a location cue: ${r.unresolved.map((u) => `${u.name} (${u.count})`).join(", ")}`);
  }
}
