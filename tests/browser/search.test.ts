// The seed site in a browser: Pagefind finds the Luhansk incident, and the region filter keeps it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, PROJECT_ROOT, runBuild } from "../support/build.js";
import { launchBrowser } from "../support/browser.js";
import { serveFolder, type RunningServer } from "../support/static-server.js";

/** Types a query and waits for the result summary of this query (old results stay in the DOM). */
export async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator("#search input").first();
  await input.fill("");
  await input.fill(query);
  // Wait for this query's summary ("2 results for Luhansk") and for that many results to render.
  await page.waitForFunction(
    (q) => {
      const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
      if (!message.includes(`for ${q}`)) return false;
      const expected = /^No results/.test(message) ? 0 : Number(/(\d+) results?/.exec(message)?.[1] ?? NaN);
      return document.querySelectorAll(".pagefind-ui__result-link").length === Math.min(expected, 5);
    },
    query,
    { timeout: 15_000 },
  );
  return page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

describe("search on the seed site", () => {
  const output = join(mkdtempSync(join(tmpdir(), "digest-seed-")), "site");
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    const run = runBuild(["--content", copyContent(join(PROJECT_ROOT, "content")), "--output", output]);
    expect(run.status, run.stderr).toBe(0);
    server = await serveFolder(output);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(join(output, ".."), { recursive: true, force: true });
  });

  it('lists the Luhansk incident for "Luhansk" and keeps it when filtering by its region', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    const results = await search(page, "Luhansk");
    const luhansk = results.filter((path) => /^\/incidents\/.*luhansk/.test(path));
    expect(luhansk).toHaveLength(1);

    await page.locator(".pagefind-ui__filter-name", { hasText: /^region$/i }).click();
    const message = await page.locator(".pagefind-ui__message").textContent();
    await page.locator('input[name="region"][value="Luhansk"]').check();
    // The summary changes when the filtered results arrive.
    await page.waitForFunction((before) => document.querySelector(".pagefind-ui__message")?.textContent !== before, message);
    const filtered = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(filtered).toContain(luhansk[0]);
    expect(filtered.every((path) => !/nikopol/.test(path))).toBe(true);
  });
});
