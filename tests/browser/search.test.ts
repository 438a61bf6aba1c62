// The seed site in a browser: Pagefind finds each incident by every common spelling of its place
// or region, and the region filter keeps the Luhansk incident.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, freshOutput, PROJECT_ROOT, readExport, runBuild } from "../support/build.js";
import { launchBrowser } from "../support/browser.js";
import { serveFolder, type RunningServer } from "../support/static-server.js";
import { searchFor, waitForResults, watchErrors } from "./support/search.js";

describe("search on the seed site", () => {
  const output = freshOutput();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const urlOf: Record<string, string> = {};

  beforeAll(async () => {
    const run = runBuild(["--content", copyContent(join(PROJECT_ROOT, "content")), "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    for (const incident of readExport(output).incidents) if (incident.place) urlOf[incident.place.name] = incident.url;
    server = await serveFolder(output);
    browser = await launchBrowser();
    page = watchErrors(await browser.newPage());
    await page.goto(`${server.url}/search/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(join(output, ".."), { recursive: true, force: true });
  });

  it.each(["Luhansk", "Lugansk", "Луганськ", "Луганск", "Lugansk region"])('"%s" finds the Luhansk incident', async (query) => {
    expect(await searchFor(page, query)).toContain(urlOf.Luhansk);
  });

  it.each(["Dnipropetrovsk", "Dnepropetrovsk"])('"%s" finds the Nikopol incident', async (query) => {
    expect(await searchFor(page, query)).toContain(urlOf.Nikopol);
  });

  it.each([
    ["у Луганську", "Luhansk"],
    ["в Луганске", "Luhansk"],
    ["біля Нікополя", "Nikopol"],
    ["у Парасковіївці", "Paraskoviivka"],
  ])('"%s" (a case form) finds the %s incident', async (query, place) => {
    expect(await searchFor(page, query)).toEqual([urlOf[place]]);
  });

  // Pagefind's own API, without the search page: the place's spellings are indexed with it.
  it.each([
    ["Luhansk", "Luhansk"],
    ["Lugansk", "Luhansk"],
    ["Луганськ", "Luhansk"],
    ["Луганск", "Luhansk"],
    ["Dnipropetrovsk", "Nikopol"],
    ["Dnepropetrovsk", "Nikopol"],
    ["Нікополь", "Nikopol"],
    ["Paraskoviivka", "Paraskoviivka"],
  ])('pagefind.search("%s") finds the %s incident', async (query, place) => {
    // A string, so the test runner does not rewrite the page's own dynamic import.
    const found: string[] = await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const search = await pagefind.search(${JSON.stringify(query)});
      return Promise.all(search.results.map(async (r) => new URL((await r.data()).url, location.href).pathname));
    })()`);
    expect(found).toContain(urlOf[place]);
  });

  it('"Donetsk" finds the Paraskoviivka incident', async () => {
    expect(await searchFor(page, "Donetsk")).toContain(urlOf.Paraskoviivka);
  });

  it('filtering "Luhansk" by its region keeps the incident and drops the others', async () => {
    await searchFor(page, "Luhansk");
    await page.locator("#filter-region").selectOption("Luhansk");
    const filtered = await waitForResults(page, /, Luhansk(,|$)/);
    expect(filtered).toContain(urlOf.Luhansk);
    expect(filtered).not.toContain(urlOf.Nikopol);
  });
});
