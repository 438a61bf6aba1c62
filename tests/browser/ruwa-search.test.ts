// Place search at the scale of a real corpus: the whole RUWA corpus (16,351 war-news items) is
// built, and on its search page (/search/?q=...) every spelling of a place gives the same number
// of incidents (the first number of the role="status" line) and the same first ten results, for
// the places the war's reports name most, not a list tuned by hand. Also: no two place pages for
// one real place, and what the first search for "Kharkiv" moves over the network.
// Skips, saying so, when ../shared (the corpora) is absent.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseForm, cyrillicLanguage } from "../../src/places/case-forms.js";
import { haversineKm } from "../../src/places/distance.js";
import { searchKey, variantKey } from "../../src/search/keys.js";
import type { AliasShard } from "../../src/site/place-search.js";
import { launchBrowser } from "../support/browser.js";
import { freshOutput, readExport, runBuild } from "../support/build.js";
import { corpusDir } from "../support/content.js";
import { serveFolder, type RunningServer } from "../support/static-server.js";
import { statusCount, waitForQuery, watchErrors } from "./support/search.js";

const ruwa = join(corpusDir, "ruwa", "articles.jsonl");
if (!existsSync(ruwa)) console.warn(`SKIPPED: RUWA place search test: ${ruwa} is absent (it lives in ../shared beside the project)`);

// The places searched, each with its spellings as readers type them.
const GROUPS = [
  ["Kyiv", "Kiev", "Київ", "Киев"],
  ["Kharkiv", "Kharkov", "Харків", "Харьков"],
  ["Luhansk", "Lugansk", "Луганськ", "Луганск"],
  ["Zaporizhzhia", "Zaporozhye", "Zaporizhzhya", "Запоріжжя", "Запорожье"],
  ["Mykolaiv", "Nikolaev", "Миколаїв", "Николаев"],
  ["Odesa", "Odessa", "Одеса", "Одесса"],
  ["Bakhmut", "Artemovsk", "Бахмут"],
  ["Sievierodonetsk", "Severodonetsk", "Сєвєродонецьк", "Северодонецк"],
  ["Dnipro", "Dnepr", "Дніпро", "Днепр"],
  ["Izium", "Izyum", "Ізюм", "Изюм"],
];
const MORE_PLACES = 20;
const TRANSFER_LIMIT = 350 * 1024;

describe.skipIf(!existsSync(ruwa))("place search on the RUWA corpus", () => {
  let output: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let shards: Map<string, AliasShard>;

  beforeAll(async () => {
    const content = mkdtempSync(join(tmpdir(), "digest-ruwa-"));
    mkdirSync(join(content, "articles"));
    // A copy, not a link: the build reads no link that leads out of its content folder.
    copyFileSync(ruwa, join(content, "articles", "ruwa.jsonl"));
    output = freshOutput();
    const run = runBuild(["--content", content, "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    shards = new Map(readdirSync(join(output, "search/places")).map((file) => [file, JSON.parse(readFileSync(join(output, "search/places", file), "utf8")) as AliasShard]));
    server = await serveFolder(output);
    browser = await launchBrowser();
    page = watchErrors(await browser.newPage());
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (output) rmSync(join(output, ".."), { recursive: true, force: true });
  });

  /** The status count and the first ten result links for a query opened from the address. */
  async function answer(query: string): Promise<{ count: number; first: string[] }> {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    const links = await waitForQuery(page, query);
    return { count: await statusCount(page), first: links.slice(0, 10) };
  }

  async function expectSameAnswers(spellings: string[]): Promise<void> {
    const answers = [];
    for (const spelling of spellings) answers.push({ spelling, ...(await answer(spelling)) });
    expect(answers[0]!.count, `${spellings[0]} finds incidents`).toBeGreaterThan(0);
    for (const a of answers.slice(1)) expect({ spelling: a.spelling, count: a.count, first: a.first }).toEqual({ spelling: a.spelling, count: answers[0]!.count, first: answers[0]!.first });
  }

  it.each(GROUPS.map((g) => [g.join(" / "), g]))("%s: every spelling gives the same count and first ten results", async (_label, spellings) => {
    await expectSameAnswers(spellings as string[]);
  });

  it(`holds for the ${MORE_PLACES} most reported places too, in other romanisations, in Cyrillic and in a grammatical case`, async () => {
    // The towns with most incidents, each with its name, another Latin spelling, a Ukrainian and
    // a Russian spelling from the place's aliases (the gazetteer's), and their locatives.
    const bySlug = new Map<string, { place: { name: string; aliases: string[] }; count: number }>();
    for (const incident of readExport(output).incidents) {
      if (incident.place?.precision !== "city") continue;
      const entry = bySlug.get(incident.place.slug) ?? bySlug.set(incident.place.slug, { place: incident.place, count: 0 }).get(incident.place.slug)!;
      entry.count++;
    }
    const top = [...bySlug.values()].sort((a, b) => b.count - a.count).slice(0, MORE_PLACES);
    expect(top.length).toBe(MORE_PLACES);
    for (const { place } of top) {
      const spellings = [place.name];
      const latin = place.aliases.find((a) => /^[A-Za-z][a-z]+$/.test(a) && a !== place.name);
      if (latin) spellings.push(latin);
      const cyrillicAliases = place.aliases.filter((a) => /^[А-ЯЁІЇЄҐа-яёіїєґ'’ -]+$/.test(a));
      for (const lang of ["uk", "ru"] as const) {
        // A spelling of that language, else one either language writes so (Бахмут).
        const cyrillic = cyrillicAliases.find((a) => cyrillicLanguage(a) === lang) ?? cyrillicAliases.find((a) => cyrillicLanguage(a) === null && !spellings.includes(a));
        if (!cyrillic) continue;
        spellings.push(cyrillic);
        const locative = caseForm(cyrillic, lang, "loc")[0];
        if (locative) spellings.push(`${lang === "uk" ? "у" : "в"} ${locative}`);
      }
      await expectSameAnswers(spellings);
    }
  }, 900_000);

  it("gives every spelling of a settlement, in the index itself, one group of places in one order", () => {
    // A settlement that leads some group is the answer for its name. A group holding two such
    // leads comes from a case form two names share (Russian "Львове" is Lviv's locative and a
    // village's name): it offers both. Every other group holding a settlement is that
    // settlement's one group.
    const groups = [...shards.values()].flatMap((shard) => Object.values(shard.keys).map((g) => ({ members: shard.groups[g]!, kinds: shard.groups[g]!.map((k) => shard.targets[k]![2]) })));
    const leads = new Set(groups.filter((g) => g.kinds[0] === "settlement").map((g) => g.members[0]!));
    const shared = groups.filter((g) => g.members.filter((m) => leads.has(m)).length > 1);
    const groupsOf = new Map<string, Set<string>>();
    for (const group of groups) {
      if (shared.includes(group)) continue;
      group.members.forEach((member, i) => {
        if (group.kinds[i] === "settlement") (groupsOf.get(member) ?? groupsOf.set(member, new Set()).get(member)!).add(group.members.join(" "));
      });
    }
    const split = [...groupsOf].filter(([, list]) => list.size > 1).map(([key, list]) => `${key}: ${[...list].join(" | ")}`);
    expect(split).toEqual([]);
    console.log(`alias index: ${groups.length} spellings, ${shared.length} of them case forms shared by two names`);
    expect(shared.length / groups.length).toBeLessThan(0.01);
  });

  it("finds places written in a grammatical case or another romanisation, and a place with words", async () => {
    expect(await answer("Харкові")).toEqual(await answer("Kharkiv"));
    expect(await answer("у Луганську")).toEqual(await answer("Luhansk"));
    expect(await answer("в Киеве")).toEqual(await answer("Kyiv"));
    expect(await answer("Sieverodonetsk")).toEqual(await answer("Sievierodonetsk"));
    expect(await answer("Zaporozhe")).toEqual(await answer("Zaporizhzhia"));
    const kharkiv = new Set(readExport(output).incidents.filter((i: { place: { name: string } | null }) => i.place?.name === "Kharkiv").map((i: { url: string }) => i.url));
    await page.goto(`${server.url}/search/?q=${encodeURIComponent("Kharkiv school")}`);
    const links = await waitForQuery(page, "Kharkiv school");
    expect(await page.locator("#search-status").textContent()).toMatch(/^\d+ incidents? for “school” in Kharkiv, Ukraine/);
    for (const link of links) expect(kharkiv.has(link), link).toBe(true);
  });

  it("has no two place pages for one real place", () => {
    // Place pages as written (a redirect is no page), with the export's facts about each place.
    const places = new Map<string, { slug: string; name: string; admin1: string | null; country: string | null; lat: number; lon: number; geonameId: number | null; origin: string; precision: string }>();
    for (const incident of readExport(output).incidents) if (incident.place) places.set(incident.place.slug, incident.place);
    const pages = readdirSync(join(output, "places"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !readFileSync(join(output, "places", e.name, "index.html"), "utf8").includes('http-equiv="refresh"'))
      .map((e) => e.name);
    expect(pages.length).toBeGreaterThan(100);
    const list = pages.map((slug) => places.get(slug)!).filter((p) => p.precision !== "country");
    const same: string[] = [];
    const byGeonameId = new Map<number, string>();
    for (const place of list) {
      if (place.geonameId === null) continue;
      const other = byGeonameId.get(place.geonameId);
      if (other) same.push(`${other} and ${place.slug} are GeoNames ${place.geonameId}`);
      byGeonameId.set(place.geonameId, place.slug);
    }
    for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) {
        if (a.country !== b.country || variantKey(searchKey(a.name)) !== variantKey(searchKey(b.name))) continue;
        const oneFromText = a.origin === "text" || b.origin === "text";
        const near = haversineKm(a.lat, a.lon, b.lat, b.lon) <= 25;
        if (near || (oneFromText && a.admin1 === b.admin1)) same.push(`${a.slug} and ${b.slug}`);
      }
    }
    expect(same).toEqual([]);
  });

  it(`moves at most ${TRANSFER_LIMIT / 1024} KB for the first search for "Kharkiv" in a fresh browser`, async () => {
    const fresh = await browser.newContext();
    const first = await fresh.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    first.on("requestfinished", async (request) => {
      const body = await (await request.response())?.body().catch(() => null);
      sizes.push({ url: new URL(request.url()).pathname, bytes: body?.length ?? 0 });
    });
    await first.goto(`${server.url}/search/?q=Kharkiv`);
    await waitForQuery(first, "Kharkiv");
    await first.waitForLoadState("networkidle");
    await fresh.close();
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const aliases = sizes.filter((s) => s.url.startsWith("/search/places/")).reduce((sum, s) => sum + s.bytes, 0);
    console.log(`first search for Kharkiv: ${(total / 1024).toFixed(1)} KB in ${sizes.length} requests, the alias index ${(aliases / 1024).toFixed(1)} KB of it`);
    expect(aliases).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(TRANSFER_LIMIT);
  });
});
