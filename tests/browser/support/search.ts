// Driving the search page (/search/) in a browser: it announces each search in #search-status,
// so a test waits for the status of *this* search before reading the results (old results
// stay in the page until the new ones arrive).
import type { Page } from "playwright-core";

const errorsOf = new WeakMap<Page, string[]>();

/** Records the page's script errors and failed requests, for waitForResults to report. */
export function watchErrors(page: Page): Page {
  const errors: string[] = [];
  errorsOf.set(page, errors);
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("requestfailed", (request) => errors.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
  return page;
}

function pageErrors(page: Page): string[] {
  return errorsOf.get(page) ?? [];
}

/** Paths of the result links once the status line matches `status`. */
export async function waitForResults(page: Page, status: RegExp): Promise<string[]> {
  try {
    await page.waitForFunction(
      ({ source, flags }) => new RegExp(source, flags).test(document.getElementById("search-status")?.textContent ?? ""),
      { source: status.source, flags: status.flags },
      { timeout: 20_000 },
    );
  } catch (error) {
    // Say what the page showed instead, so a failure can be understood from the log alone.
    const shown = await page.locator("#search-status").textContent().catch(() => null);
    throw new Error(`search status never matched ${status} (it reads ${JSON.stringify(shown)}; page errors: ${pageErrors(page).join(" | ") || "none"})`, { cause: error });
  }
  return resultPaths(page);
}

/** Paths of the result links once the status line answers `query` (it carries the query it answers). */
export async function waitForQuery(page: Page, query: string): Promise<string[]> {
  try {
    await page.waitForFunction(
      (wanted) => {
        const status = document.getElementById("search-status");
        return status?.dataset.query === wanted && /^\d/.test(status.textContent ?? "");
      },
      query,
      { timeout: 20_000 },
    );
  } catch (error) {
    const shown = await page.locator("#search-status").textContent().catch(() => null);
    throw new Error(`the search for ${JSON.stringify(query)} never finished (the status reads ${JSON.stringify(shown)}; page errors: ${pageErrors(page).join(" | ") || "none"})`, { cause: error });
  }
  return resultPaths(page);
}

/** The number of incidents the status line gives: its first number. */
export async function statusCount(page: Page): Promise<number> {
  const text = (await page.locator("#search-status").textContent()) ?? "";
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN);
}

/** Types a query into the search box and returns the result paths for that query. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.locator("#search-q").fill(query);
  await page.locator("#search-q").press("Enter");
  return waitForQuery(page, query);
}

/** The paths of the result links the page lists. */
function resultPaths(page: Page): Promise<string[]> {
  return page.locator("#search-results .result__title a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}
