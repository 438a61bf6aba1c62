// The seed articles built with Ukrainian and Russian reports written for the test
// (tests/fixtures/multilingual/): the reports join the seeds' incidents, which list every source
// and every figure with its quote in its language; a same-day report of another town stays apart;
// pages mark each source's language; a Cyrillic search finds the Ukrainian-sourced incident.
import { cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, freshOutput, PROJECT_ROOT, readExport, runBuild } from "../support/build.js";
import { launchBrowser } from "../support/browser.js";
import { serveFolder, type RunningServer } from "../support/static-server.js";
import { searchFor, watchErrors } from "./support/search.js";

interface Claim { value: number; article: string; quote: string; lang: string }
interface ExportedIncident { id: string; url: string; place: { name: string } | null; articles: string[]; sources: { article: string; lang: string }[]; killed: { best: number; claims: Claim[] } | null; injured: { low: number; high: number; claims: Claim[] } | null }

const output = freshOutput();
let incidents: ExportedIncident[];
const incidentAt = (name: string) => incidents.find((i) => i.place?.name === name)!;

beforeAll(() => {
  const content = copyContent(join(PROJECT_ROOT, "content"));
  cpSync(join(PROJECT_ROOT, "tests/fixtures/multilingual/articles"), join(content, "articles"), { recursive: true });
  const run = runBuild(["--content", content, "--output", output]);
  expect(run.status, run.stderr).toBe(0);
  incidents = readExport(output).incidents;
});

afterAll(() => {
  rmSync(join(output, ".."), { recursive: true, force: true });
});

describe("reports in three languages, one incident each", () => {
  it("the Luhansk strike holds the two English seeds and the Ukrainian and Russian reports", () => {
    expect(incidentAt("Luhansk").articles.sort()).toEqual(["000_bc4ad77dd27bda79", "001_82f59fc56d909940", "ru-luhansk", "uk-luhansk"]);
    expect(incidentAt("Nikopol").articles.sort()).toEqual(["000_bc4ad77dd27bda79", "001_82f59fc56d909940", "ru-nikopol", "uk-nikopol"]);
  });

  it("a same-day drone strike on another town stays an incident of its own", () => {
    expect(incidentAt("Sumy").articles).toEqual(["uk-sumy"]);
  });

  it("lists every source with its language, and every figure with its quote in its language", () => {
    const luhansk = incidentAt("Luhansk");
    expect(Object.fromEntries(luhansk.sources.map((s) => [s.article, s.lang]))).toEqual({ "000_bc4ad77dd27bda79": "en", "001_82f59fc56d909940": "en", "ru-luhansk": "ru", "uk-luhansk": "uk" });
    expect(luhansk.killed!.best).toBe(4);
    expect([luhansk.injured!.low, luhansk.injured!.high]).toEqual([43, 46]);
    const claimOf = (figure: { claims: Claim[] }, article: string, value: number) => figure.claims.filter((c) => c.article === article && c.value === value);
    expect(claimOf(luhansk.killed!, "uk-luhansk", 4)).toContainEqual(expect.objectContaining({ lang: "uk", quote: expect.stringContaining("загинули четверо людей") }));
    expect(claimOf(luhansk.killed!, "ru-luhansk", 4)).toContainEqual(expect.objectContaining({ lang: "ru", quote: expect.stringContaining("Погибли 4 человека") }));
    expect(claimOf(luhansk.injured!, "uk-luhansk", 43)).toContainEqual(expect.objectContaining({ lang: "uk", quote: expect.stringContaining("43 людини") }));
    expect(claimOf(luhansk.injured!, "uk-luhansk", 46)).toContainEqual(expect.objectContaining({ lang: "uk", quote: expect.stringContaining("зросла до 46") }));
    expect(claimOf(luhansk.injured!, "ru-luhansk", 46)).toContainEqual(expect.objectContaining({ lang: "ru", quote: expect.stringContaining("46 человек") }));
    const nikopol = incidentAt("Nikopol");
    expect(nikopol.killed!.best).toBe(1);
    expect(claimOf(nikopol.killed!, "uk-nikopol", 1)).toContainEqual(expect.objectContaining({ lang: "uk", quote: expect.stringContaining("71-річна жінка") }));
    expect(claimOf(nikopol.killed!, "ru-nikopol", 1)).toContainEqual(expect.objectContaining({ lang: "ru", quote: expect.stringContaining("71-летняя женщина") }));
  });

  it("marks each source's title and wording with its language on the page, which keeps the site's language", () => {
    const html = readFileSync(join(output, incidentAt("Luhansk").url, "index.html"), "utf8");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<span class="source__lang">in Ukrainian<\/span>:\s*<span data-pagefind-ignore><a href="https:\/\/example.org\/uk\/luhansk-strike" lang="uk"/);
    expect(html).toMatch(/<span class="source__lang">in Russian<\/span>/);
    expect(html).toMatch(/<td data-label="Wording" class="claims__wording" lang="uk">[^<]*43 людини/);
  });
});

describe("search in Cyrillic", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(output);
    browser = await launchBrowser();
    page = watchErrors(await browser.newPage());
    // The search script loads as a module: wait until it has, or a query typed first goes unheard.
    await page.goto(`${server.url}/search/`, { waitUntil: "networkidle" });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(["Суми", "Сумы", "Sumy"])('"%s" finds the incident only a Ukrainian report tells of', async (query) => {
    expect(await searchFor(page, query)).toContain(incidentAt("Sumy").url);
  });

  it("a word of its Ukrainian wording finds it too", async () => {
    expect(await searchFor(page, "поранення")).toContain(incidentAt("Sumy").url);
  });
});
