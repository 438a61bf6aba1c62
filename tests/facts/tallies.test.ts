// Running tallies are not an incident's figures (facts/tallies.ts): bulletins of an army's losses,
// national counts, counts over a span of dates. Sentences of our own, modelled on ruwa and gva-dev
// reports.
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
    ["Death toll of Russian troops in Ukraine passes 80,210", true],
    ["Russian Losses: Moscow has lost 70 to 80 thousand troops killed and wounded in the war - US officials", true],
    ["Between February 24 and June 17, almost 33,150 Russian soldiers were killed, 200 of them in the past day.", false],
    ["Some 38,000 Russian troops killed so far – Ukraine's General Staff", true],
    ["As of April 21, we have counted 1,126 Ukrainians, among them 40 children, killed by the occupiers in the Kyiv region.", false],
    ["Russian forces killed 1,582 civilians in Mariupol over 12 days of siege and relentless shelling of the city's homes.", false],
    ["Russian troops have killed 223 Ukrainian children", true],
    ["Since the full-scale invasion began in late February, Russian forces have killed 396 children.", false],
    ["78 children killed so far in Russian attacks on Ukraine, president says", true],
    ["Bodies of 62 defenders returned to Ukraine, among them Azovstal fighters", true],
    ["Since the full-scale invasion began, 58 civilians have been killed and 288 wounded in Donetsk region (as of 18:00 on March 9)", false],
    ["Roughly 500 Russian soldiers are killed or wounded each day at the front", false],
    // gva-dev: a count over several incidents
    ["Bloody Friday night, Saturday morning in Cleveland: Six shot in three separate incidents", true],
    ["One teen was killed, and four other teens were hurt in two separate shootings on the North and East sides Tuesday night.", false],
    ["20 people hurt in several Fourth of July shootings in Baltimore", true],
    ["6 Hurt in 2 Downtown Duluth Shootings, Man Arrested", true],
    ["One mother and six newborns die every two hours amid war and hunger, the UN agency warned", true],
    ["In five months of the invasion, Russian forces have killed 37 journalists, the union said.", false],
  ])("%s", (sentence, title) => {
    expect(claimsOf(sentence, title)).toBe("");
  });
});

describe("one incident's figures stay, however large", () => {
  it.each([
    ["Some 600 civilians died when a Russian bomb hit the Mariupol theater on March 16.", "killed 600"],
    ["Toll from Russian rocket attack on Kramatorsk station rises to 59", "killed 59"],
    ["Russians keep shelling Kharkiv: 4 killed, 10 wounded in 24 hours", "killed 4; injured 10"],
    ["At least 30 Islamist militants killed in Niger joint raids, France says", "killed 30"],
    // "War in Ukraine" in a page's furniture is no scope of the count
    ["War crimes: In Kherson, a Russian soldier shot a 12-year-old boy in the leg. VIDEO (27.03.22 12:40) « War in Ukraine | Kyiv Wire", "injured 1"],
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
