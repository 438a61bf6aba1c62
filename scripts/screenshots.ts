// `npm run screenshots`: renders the home, an incident, a place and the search page at desktop
// and phone widths from a built site (default _site/) into docs/screenshots/.
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
  const incidentUrl = await page.locator(".incident-card a").first().getAttribute("href");
  await page.goto(`${server.url}${incidentUrl}`);
  const placeUrl = await page.locator(".incident__dateline a").first().getAttribute("href");
  const pages: Record<string, string> = { home: "/", incident: incidentUrl!, place: placeUrl!, search: "/search/?q=Lugansk" };
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
      if (name === "search") await page.waitForSelector(".pagefind-ui__result", { timeout: 10_000 }).catch(() => undefined);
      const file = join(outDir, `${name}-${viewportName}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
