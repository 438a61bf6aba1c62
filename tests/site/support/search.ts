// Driving the search page (/search/) in a browser: it announces each search in #search-status,
// so a test waits for the status of *this* search before reading the results (old results
// stay in the page until the new ones arrive).
import type { Page } from "playwright-core";

/** Paths of the result links once the status line matches `status`. */
export async function waitForResults(page: Page, status: RegExp): Promise<string[]> {
  await page.waitForFunction(
    ({ source, flags }) => new RegExp(source, flags).test(document.getElementById("search-status")?.textContent ?? ""),
    { source: status.source, flags: status.flags },
    { timeout: 20_000 },
  );
  return page.locator("#search-results .result__title a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Types a query into the search box and returns the result paths for that query. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.locator("#search-q").fill(query);
  await page.locator("#search-q").press("Enter");
  const quoted = query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return waitForResults(page, new RegExp(`^(\\d+ incidents?|1 incident) for “${quoted}”`));
}
