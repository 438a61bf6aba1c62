// Running tallies are not an incident's figures (facts/tallies.ts): bulletins of an army's losses,
// national counts, counts over a span of dates. Sentences written for these tests, modelled on the
// shapes found in ../shared/corpus/ruwa and gva-dev (no corpus text is kept here).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCasualtyClaims } from "../../src/facts/claims.js";
import { findArticleCasualtyClaims } from "../../src/facts/article-claims.js";
import { toPassages } from "../../src/extract/passages.js";
import type { Article } from "../../src/model.js";

const claimsOf = (text: string, isTitle = false) =>
  findCasualtyClaims({ index: 0, paragraph: 0, text, isTitle }).map((c) => `${c.kind} ${c.value}`).join("; ");

describe("tallies give no incident figures", () => {
  it.each([
    ["Enemy military death toll climbs to 64,130", true],
    ["Army losses: the invaders lost 50 to 60 thousand soldiers killed and wounded, officials estimate", true],
    ["From March 3 to July 19, about 27,400 enemy servicemen were killed, including 150 in the past day.", false],
    ["About 45,000 enemy soldiers killed in Ukraine – army command", true],
    ["As of May 9, officials know of 1,340 residents, including 52 children, killed by the occupiers in the Kyiv region.", false],
    ["The invaders killed 1,214 residents of Mariupol during 15 days of blockade and constant shelling of the city.", false],
    ["Invading troops kill 246 children in Ukraine", true],
    ["Two foreign volunteers killed in Ukraine, their embassy says", true],
    ["The occupiers have already killed 412 children since they began the full-scale invasion in February.", false],
    ["84 children killed in enemy attacks on Ukraine - president", true],
    ["Ukraine returns bodies of 48 fallen soldiers, among them defenders of the steel plant", true],
    ["Since the enemy launched its large-scale invasion, 64 civilians were killed and 301 were wounded in Luhansk region (as of 18:00 on March 11)", false],
    ["Around 400 enemy troops are killed or wounded every day at the front", false],
    ["Up to 300 soldiers a day are being lost in the battle for the east, an aide says", false],
    ["Each day about 40 defenders are killed and 200 wounded at the front, an adviser says", false],
    // a count over a few months or years is a feud's or a town's history, not the incident's
    ["Police said the feud between the two crews has claimed three lives over the past couple of years.", false],
    ["Two people have died in shootings on this block in the last few months, neighbours say.", false],
    // gva-dev: a count over several incidents
    ["Busy Saturday night in Toledo: Five shot in three separate incidents", true],
    ["One man was killed, and three other men were wounded in two separate shootings across the north side Sunday night.", false],
    ["17 people wounded in several Memorial Day shootings in Chicago", true],
    ["5 Hurt in 2 Downtown Denver Shootings, Man Arrested", true],
    ["One mother and five newborns die every three hours amid the conflict and hunger, the agency said", true],
    ["Six months into the Russian invasion, the enemy army had killed 41 journalists.", false],
    // "as of" a day with no one event named runs up to that day
    ["As of June 17, 318 civilians were killed in the region as a result of shelling.", false],
  ])("%s", (sentence, title) => {
    expect(claimsOf(sentence, title)).toBe("");
  });
});

describe("one incident's figures stay, however large", () => {
  it.each([
    ["About 300 civilians were killed in an airstrike on the city theatre on March 16.", "killed 300"],
    ["Death toll from missile strike on the railway station grows to 61", "killed 61"],
    ["Invaders keep shelling Kharkiv: 3 killed, 8 wounded over past day", "killed 3; injured 8"],
    ["At least 25 militants killed in Niger joint raids, officials say", "killed 25"],
    // "War in Ukraine" in a page's furniture is no scope of the count
    ["War crimes: In Mariupol, a soldier shot a 12-year-old boy in the leg. VIDEO (14.04.22 10:21) « War in Ukraine | Kyiv Wire", "injured 1"],
    // a day after the shooting is no rate
    ["A day after the shooting, police said two women were killed and four wounded.", "killed 2; injured 4"],
    // a count of people before "in strikes" is no count of strikes
    ["Enemy troops killed 6 people in strikes on Kharkiv overnight.", "killed 6"],
    // one battle, in the singular, is one engagement's toll ("the battle for" a region is a campaign)
    ["More than 100 soldiers killed in a single battle near Hilltown - rights activists", "killed 100"],
    // one person hurt is no country's tally: one death, somewhere in it
    ["Separatist field commander killed in Ukraine, his unit says", "killed 1"],
    ["A foreign volunteer medic was wounded in Ukraine", "injured 1"],
    ["Over 120 troops were killed in the Aug. 14 battle outside Milltown, witnesses say.", "killed 120"],
    // a toll "as of" a time that names the one strike it counts is that strike's
    ["As of the morning of May 3, 9 people were confirmed killed as a result of the night missile strike on Harbourtown.", "killed 9"],
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
  });
});
if (!existsSync(RUWA)) console.log("tests/facts/tallies.test.ts: ../shared/corpus/ruwa is absent, the corpus check is skipped");
