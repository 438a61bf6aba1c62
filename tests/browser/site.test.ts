// The built site in a real browser: accessibility (axe-core) on the main kinds of page, nothing
// fetched from outside with the network cut, and the search page by mouse, keyboard and address.
import { readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeedContent, freshOutput, PROJECT_ROOT, readExport } from "../support/build.js";
import { buildSite, serveSite, type ServedSite } from "./support/served-site.js";
import { cpSync } from "node:fs";
import { searchFor, statusCount, waitForQuery, waitForResults, watchErrors } from "./support/search.js";

let output: string;
let content: string;
let site: ServedSite;
let incidents: { id: string; url: string; date: string; type: string; place: { name: string; admin1: string | null } | null }[];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

function pathOf(file: string): string {
  const rel = relative(output, file).split("\\").join("/");
  return rel === "index.html" ? "/" : rel.endsWith("/index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`;
}

beforeAll(async () => {
  // The seed articles plus a few short ones on other dates and places (tests/fixtures/extra).
  content = copySeedContent();
  cpSync(join(PROJECT_ROOT, "tests/fixtures/extra/articles"), join(content, "articles"), { recursive: true });
  output = freshOutput();
  incidents = buildSite(content, output).incidents;
  site = await serveSite(output);
});

afterAll(async () => {
  await site?.close();
  for (const dir of [output && join(output, ".."), content]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  // A context per page: axe-core's Playwright driver needs one (it opens frames in it).
  const context = await site.browser.newContext({ colorScheme });
  const page = watchErrors(await context.newPage());
  page.on("close", () => void context.close().catch(() => undefined));
  await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
  return page;
}

describe("accessibility (axe-core)", () => {
  const pages = () => {
    const incident = incidents.find((i) => i.place) ?? incidents[0]!;
    return {
      home: "/",
      incident: incident.url,
      place: `/places/${readExport(output).incidents.find((i: any) => i.id === incident.id).place.slug}/`,
      day: `/days/${incident.date}/`,
      search: `/search/?q=${encodeURIComponent(incident.place?.name ?? "strike")}`,
    };
  };
  const searchQuery = () => {
    const incident = incidents.find((i) => i.place) ?? incidents[0]!;
    return incident.place?.name ?? "strike";
  };

  it("reports a real violation in this setup (so a clean run means something)", async () => {
    const page = await open("/");
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/assets/none.png";
      document.querySelector("main")!.append(image);
    });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toContain("image-alt");
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`finds no serious or critical violation on home, incident, place, day and search pages (${colorScheme})`, async () => {
      const problems: string[] = [];
      for (const [name, path] of Object.entries(pages())) {
        const page = await open(path, colorScheme);
        if (name === "search") await waitForQuery(page, searchQuery());
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
          problems.push(`${name} ${path}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
        }
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("accessibility of the place suggestions and the place choice", () => {
  it("finds no serious or critical violation with the suggestions open and a place choice shown", async () => {
    const page = await open("/search/?q=Luhansk");
    await waitForQuery(page, "Luhansk");
    expect(await page.locator("#place-choice input[type=radio]").count()).toBeGreaterThan(1);
    await page.locator("#search-q").fill("Kha");
    await page.locator("#search-suggestions [role=option]").first().waitFor();
    await page.keyboard.press("ArrowDown");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.close();
  });
});

describe("with the network cut", () => {
  it("opens every page without any request leaving 127.0.0.1", async () => {
    const files = htmlFiles(output);
    expect(files.length).toBeGreaterThan(10);
    const outside: string[] = [];
    const failed: string[] = [];
    const context = await site.browser.newContext();
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    // A request still in flight when the test moves on (the favicon after "network idle", the
    // search's worker at the end) is cancelled by the browser (net::ERR_ABORTED): no fault of the
    // site, and on a loaded machine it happens at random. Any other failure is the site's.
    page.on("requestfailed", (request) => {
      const reason = request.failure()?.errorText ?? "unknown";
      if (reason !== "net::ERR_ABORTED") failed.push(`${request.url()} (${reason})`);
    });
    for (const file of files) {
      const response = await page.goto(`${site.url}${pathOf(file)}`, { waitUntil: "networkidle" });
      expect(response?.status(), pathOf(file)).toBeLessThan(400);
    }
    // The search page loads Pagefind's index and wasm: run a search so those requests happen too.
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(incidents[0]!.place?.name ?? "strike")}`);
    await waitForQuery(page, incidents[0]!.place?.name ?? "strike");
    // A place in another spelling, through the alias index, and the suggestions.
    expect(await searchFor(page, "Харків")).toEqual(await searchFor(page, "Kharkiv"));
    await page.locator("#search-q").fill("Kha");
    await page.locator("#search-suggestions [role=option]").first().waitFor();
    await context.close();
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
  });
});

describe("search page", () => {
  it("runs the search in the address (?q=) and shows date, place and figures on each result", async () => {
    const target = incidents.find((i) => i.place)!;
    const page = await open(`/search/?q=${encodeURIComponent(target.place!.name)}`);
    const results = await waitForQuery(page, target.place!.name);
    expect(results).toContain(target.url);
    const card = page.locator(".result", { has: page.locator(`a[href="${target.url}"]`) });
    await expect.poll(() => card.locator(".result__meta").textContent()).toMatch(new RegExp(`\\d{4} · ${target.place!.name}`));
    expect(await card.locator(".result__figures").textContent()).toMatch(/Killed|Injured|No casualty figures/);
    expect(await page.locator("#search-q").inputValue()).toBe(target.place!.name);
    await page.close();
  });

  it("narrows by region and keeps the filters in a shareable address", async () => {
    const target = incidents.find((i) => i.place?.admin1)!;
    const page = await open("/search/");
    await searchFor(page, target.place!.name);
    await page.locator("#filter-region").selectOption(target.place!.admin1!);
    const filtered = await waitForResults(page, new RegExp(`, ${target.place!.admin1}(,|$)`));
    expect(filtered).toContain(target.url);
    for (const path of filtered) expect(incidents.find((i) => i.url === path)!.place!.admin1).toBe(target.place!.admin1);
    const address = new URL(page.url());
    expect(address.searchParams.get("q")).toBe(target.place!.name);
    expect(address.searchParams.get("region")).toBe(target.place!.admin1);
    // The same address in a fresh page gives the same results.
    const again = await open(`${address.pathname}${address.search}`);
    expect(await waitForResults(again, new RegExp(`, ${target.place!.admin1}(,|$)`))).toEqual(filtered);
    await page.close();
    await again.close();
  });

  it("offers, in each filter, only the values the other filters leave incidents for", async () => {
    const withRegion = incidents.filter((i) => i.place?.admin1);
    const region = withRegion[0]!.place!.admin1!;
    const typesThere = new Set(withRegion.filter((i) => i.place!.admin1 === region).map((i) => i.type));
    const typesElsewhere = new Set(incidents.filter((i) => !typesThere.has(i.type)).map((i) => i.type));
    expect(typesElsewhere.size, "the fixtures need a type the region lacks").toBeGreaterThan(0);
    const page = await open(`/search/?region=${encodeURIComponent(region)}`);
    await waitForResults(page, new RegExp(`in ${region}$`));
    const typeOptions = () =>
      page.locator("#filter-type option").evaluateAll((options) =>
        (options as HTMLOptionElement[]).filter((o) => o.value).map((o) => ({ value: o.value, disabled: o.disabled, label: o.textContent })),
      );
    await expect.poll(async () => (await typeOptions()).filter((o) => !o.disabled).map((o) => o.value).sort()).toEqual(
      [...typesThere].map((t) => t.charAt(0).toUpperCase() + t.slice(1)).sort(),
    );
    // The region filter itself still offers every region (a reader can switch directly).
    const regions = await page.locator("#filter-region option:not([value=''])").evaluateAll((options) => (options as HTMLOptionElement[]).filter((o) => o.disabled).length);
    expect(regions).toBe(0);
    await page.close();
  });

  it("sorts by date, newest or oldest first, with or without search words", async () => {
    const page = await open("/search/?country=Ukraine&sort=newest");
    const newest = await waitForResults(page, /^\d+ incidents in Ukraine$/);
    const dateOf = (path: string) => incidents.find((i) => i.url === path)!.date;
    const dates = newest.map(dateOf);
    expect(dates.length).toBeGreaterThan(2);
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.locator("#search-sort").selectOption("oldest");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "oldest");
    await expect.poll(async () => (await waitForResults(page, /^\d+ incidents in Ukraine$/)).map(dateOf)).toEqual([...dates].sort());
    await page.close();
  });

  it("suggests places as you type, as a combobox: arrows move, Enter takes, Escape closes then clears", async () => {
    const page = await open("/search/");
    const box = page.locator("#search-q");
    const list = page.locator("#search-suggestions");
    await box.focus();
    await page.keyboard.type("Kha");
    await list.locator("[role=option]").first().waitFor();
    expect(await box.getAttribute("role")).toBe("combobox");
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await box.getAttribute("aria-controls")).toBe("search-suggestions");
    const options = await list.locator("[role=option]").allTextContents();
    expect(options[0]).toMatch(/^Kharkiv .*\d+ incidents?$/);
    // Down highlights the first option, Down again the next, Up goes back; focus stays in the box.
    await page.keyboard.press("ArrowDown");
    const first = await box.getAttribute("aria-activedescendant");
    expect(await page.locator(`#${first}`).getAttribute("aria-selected")).toBe("true");
    if (options.length > 1) {
      await page.keyboard.press("ArrowDown");
      expect(await box.getAttribute("aria-activedescendant")).not.toBe(first);
      await page.keyboard.press("ArrowUp");
    }
    expect(await box.getAttribute("aria-activedescendant")).toBe(first);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-q");
    // Enter takes the option: the box reads its name, the list closes, the place's incidents show.
    await page.keyboard.press("Enter");
    expect(await box.inputValue()).toBe("Kharkiv");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    const kharkiv = incidents.filter((i) => i.place?.name === "Kharkiv").map((i) => i.url);
    expect((await waitForQuery(page, "Kharkiv")).sort()).toEqual(kharkiv.sort());
    // Escape closes an open list and keeps the text; a second Escape clears the box.
    await page.keyboard.type(" ");
    await page.keyboard.press("Backspace");
    await list.locator("[role=option]").first().waitFor();
    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await box.inputValue()).toBe("Kharkiv");
    await page.keyboard.press("Escape");
    expect(await box.inputValue()).toBe("");
    await page.close();
  });

  it("offers the other places of a name, by keyboard, and keeps the choice in the address", async () => {
    const page = await open("/search/?q=Luhansk");
    await waitForQuery(page, "Luhansk");
    const city = await statusCount(page);
    expect(await page.locator("#search-status").textContent()).toMatch(/^\d+ incidents? in Luhansk, Ukraine/);
    const radios = page.locator("#place-choice input[type=radio]");
    expect(await radios.count()).toBeGreaterThan(1);
    expect(await radios.first().isChecked()).toBe(true);
    await radios.first().focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("at") === "ua-luhansk");
    await page.waitForFunction(() => /in Luhansk region, Ukraine/.test(document.getElementById("search-status")?.textContent ?? ""));
    expect(await statusCount(page)).toBeGreaterThanOrEqual(city);
    // The address opens the same choice.
    const again = await open(`/search/?q=Luhansk&at=ua-luhansk`);
    await waitForQuery(again, "Luhansk");
    expect(await again.locator("#search-status").textContent()).toMatch(/in Luhansk region, Ukraine/);
    expect(await again.locator('#place-choice input[value="ua-luhansk"]').isChecked()).toBe(true);
    await page.close();
    await again.close();
  });

  it("can be used with the keyboard alone", async () => {
    const page = await open("/search/");
    const target = incidents.find((i) => i.place)!;
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Enter");
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== "search-q"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-q");
    await page.keyboard.type(target.place!.name);
    await page.keyboard.press("Enter");
    await waitForQuery(page, target.place!.name);
    // Tab on to the sort control and change it with the arrow keys.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "search-sort"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-sort");
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "newest");
    // The new order's results replace the old ones when its search ends: tabbing on before that
    // could land on a link about to be removed.
    await page.waitForFunction(() => !document.getElementById("search-status")!.hasAttribute("aria-busy"));
    // Focus is visible: the focused control draws an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    // And a result link is reachable and opens its incident.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest(".result") !== null)); i++) await page.keyboard.press("Tab");
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${href}`);
    await page.close();
  });
});
