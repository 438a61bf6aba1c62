// `npm run screenshots`: renders the home, an incident, a place and the search page (with
// results, and with the place suggestions open) at desktop and phone widths from a built site
// (default _site/) into docs/screenshots/.
//   npm run screenshots -- [SITE_DIR] [OUT_DIR]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../tests/support/browser.js";
import { serveFolder } from "../tests/support/static-server.js";

const site = process.argv[2] ?? "_site";
const outDir = process.argv[3] ?? "docs/screenshots";
const VIEWPORTS = { desktop: { width: 1280, height: 1000 }, phone: { width: 390, height: 844 } };

const server = await serveFolder(site);
const browser = await launchBrowser();
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  // The incident with the most figures makes the most telling picture; else the newest.
  const incidentUrl = await page.evaluate(() => {
    const cards = [...document.querySelectorAll(".card")];
    const scored = cards.map((card) => ({ href: card.querySelector("a")?.getAttribute("href"), figures: /Killed|Injured/.test(card.textContent ?? "") }));
    return (scored.find((c) => c.figures) ?? scored[0])?.href ?? null;
  });
  if (!incidentUrl) throw new Error(`no incident on the home page of ${site}`);
  await page.goto(`${server.url}${incidentUrl}`);
  // An incident placed in a region only links no place page: the list of places stands in.
  const placeLinks = page.locator(".glance__links a[href^='/places/']");
  const placeUrl = ((await placeLinks.count()) > 0 ? await placeLinks.first().getAttribute("href") : null) ?? "/places/";
  const searchWord = (await page.locator(".incident__aliases").first().textContent().catch(() => null))?.match(/also spelled ([^,.(]+)/)?.[1]?.trim();
  const pages: Record<string, string> = { home: "/", incident: incidentUrl, place: placeUrl, search: `/search/?q=${encodeURIComponent(searchWord ?? "")}` };
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
      if (name === "search") await page.waitForSelector(".result", { timeout: 15_000 }).catch(() => console.warn("search showed no result"));
      const file = join(outDir, `${name}-${viewportName}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
    }
    // The suggestions as a reader types the first letters of a place, the first one highlighted.
    await page.goto(`${server.url}/search/`, { waitUntil: "networkidle" });
    await page.locator("#search-q").pressSequentially((searchWord ?? "Lu").slice(0, 3), { delay: 50 });
    await page.waitForSelector("#search-suggestions [role=option]", { timeout: 15_000 }).catch(() => console.warn("no place suggested"));
    await page.keyboard.press("ArrowDown");
    const file = join(outDir, `search-suggestions-${viewportName}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
