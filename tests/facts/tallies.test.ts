// Running tallies are not an incident's figures (facts/tallies.ts): bulletins of an army's losses,
// national counts, counts over a span of dates. Sentences from ../shared/corpus/ruwa and gva-dev.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCasualtyClaims } from "../../src/facts/claims.js";
import { findArticleCasualtyClaims } from "../../src/facts/articleClaims.js";
import { toPassages } from "../../src/extract/passages.js";
import type { Article } from "../../src/model.js";

const claimsOf = (text: string, isTitle = false) =>
  findCasualtyClaims({ index: 0, paragraph: 0, text, isTitle }).map((c) => `${c.kind} ${c.value}`).join("; ");

describe("tallies give no incident figures", () => {
  it.each([
    ["Russian military death toll in Ukraine rises to 80,210", true],
    ["Russian Army Losses in Ukraine: Russia lost 70 to 80 thousand soldiers killed and wounded in Ukraine - Pentagon", true],
    ["From February 24 to June 17, nearly 33,150 Russian servicemen were killed in the invasion, including 200 in the past day.", false],
    ["About 38,000 Russian soldiers killed in Ukraine – General Staff", true],
    ["As of April 21, we know of 1,126 Ukrainians, including 40 children, killed by Russian troops in the Kyiv region.", false],
    ["Russian troops killed 1,582 peaceful residents of Mariupol during 12 days of blockade of the city and ruthless shelling of residential neighborhoods.", false],
    ["Russian invaders kill 223 children in Ukraine", true],
    ["Russian troops have already killed 396 children since they launched a full-scale invasion of Ukraine late February.", false],
    ["78 children killed in Russian attacks on Ukraine - Zelensky", true],
    ["Ukraine returns bodies of 62 defenders, including fighters from Olenivka prison", true],
    ["Since Russia launched a large-scale invasion of Ukraine, 58 civilians were killed and 288 were wounded in Donetsk region (as of 20:00 on March 8)", false],
    ["About 500 Russian troops are killed or wounded every day in Ukraine", false],
    // gva-dev: a count over several incidents
    ["Violent Friday night, Saturday morning in Milwaukee: Six shot in three separate incidents", true],
    ["One teenager was killed, and four other teens were wounded in two separate shootings on the South and West sides Monday night.", false],
    ["20 people wounded in several Fourth of July shootings in NYC", true],
    ["6 Hurt in 2 Downtown Minneapolis Shootings, Suspect Arrested", true],
    ["One mother and six newborn babies die every two hours amid ongoing conflict and deprivation, the agency warned", true],
    ["Five months into the Russian invasion of Ukraine, the Russian military killed 37 media workers. — Ukrinform.", false],
  ])("%s", (sentence, title) => {
    expect(claimsOf(sentence, title)).toBe("");
  });
});

describe("one incident's figures stay, however large", () => {
  it.each([
    ["About 600 civilians were killed in a Russian airstrike on the Mariupol drama theater on March 16.", "killed 600"],
    ["Death toll from Russian missile strike on Kramatorsk train station grows to 59", "killed 59"],
    ["Russians continue shelling Kharkiv: 4 killed, 10 wounded over past day", "killed 4; injured 10"],
    ["At least 30 Islamist militants killed in Mali joint operations, France says", "killed 30"],
    // "War in Ukraine" in a page's furniture is no scope of the count
    ["Russian war crimes: In Mariupol, Russian aggressor shot an 11-year-old girl in the face. VIDEO (26.03.22 13:54) « War in Ukraine | Censor.NET", "injured 1"],
    // a day after the shooting is no rate
    ["A day after the shooting, police said two men were killed and three wounded.", "killed 2; injured 3"],
    // a count of people before "in strikes" is no count of strikes
    ["Russian troops killed 5 people in strikes on Kharkiv overnight.", "killed 5"],
  ])("%s", (sentence, expected) => {
    expect(claimsOf(sentence, /^[A-Z].*[^.]$/.test(sentence))).toBe(expected);
  });
});

const RUWA = new URL("../../../shared/corpus/ruwa/articles.jsonl", import.meta.url).pathname;
describe.skipIf(!existsSync(RUWA))("RUWA: what extraction still reads as killed", () => {
  it("no single claim of a thousand dead, and every claim of a hundred or more names its event", () => {
    const large: string[] = [];
    for (const line of readFileSync(RUWA, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const raw = JSON.parse(line);
      const article = { id: raw.id, title: raw.title ?? "", text: raw.text ?? "", published: raw.published, publishedDay: raw.published.slice(0, 10) } as Article;
      for (const c of findArticleCasualtyClaims(toPassages(article), article.publishedDay)) if (c.kind === "killed" && c.value >= 100) large.push(`${c.value} ${c.quote}`);
    }
    expect(large.filter((q) => Number(q.split(" ")[0]) >= 1000)).toEqual([]);
    for (const q of large) expect(q).toMatch(/strike|attack|bomb|shelling|explosion|missile|raid|massacre|rocket/i);
  }, 60_000);
});
if (!existsSync(RUWA)) console.log("tests/facts/tallies.test.ts: ../shared/corpus/ruwa is absent, the corpus check is skipped");
