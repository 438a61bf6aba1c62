// The real page templates rendered in memory with a hand-made digest: what each page says,
// that article text is always escaped, that the feeds and the sitemap are well formed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { exportIncident } from "../../src/site/export.js";
import { sampleDigest } from "./support/digest.js";
import { renderSite, type BuiltPage } from "./support/eleventy.js";

let pages: Map<string, BuiltPage>;
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`no page at ${url}; have ${[...pages.keys()].join(", ")}`);
  return found.content;
};
const htmlPages = () => [...pages.values()].filter((p) => p.outputPath.endsWith(".html"));
const LUHANSK = "/incidents/2024-06-07-luhansk-missile-strike/";
const HOSTILE = "/incidents/2024-05-30-hostile/";

beforeAll(async () => {
  pages = await renderSite(sampleDigest());
});

describe("incident page", () => {
  it("opens with the headline, a dateline with machine-readable dates, the type and the figures at a glance", () => {
    const html = page(LUHANSK);
    expect(html).toMatch(/<p class="incident__type">Missile strike<\/p>\s*<h1[^>]*>Missile strike in Luhansk<\/h1>/);
    expect(html).toMatch(/<time datetime="2024-06-07"[^>]*>7 June 2024<\/time> · <span data-pagefind-meta="place">Luhansk, Ukraine<\/span>/);
    expect(html).toMatch(/<dt>Killed<\/dt><dd>4<\/dd>/);
    expect(html).toMatch(/<dt>Injured<\/dt><dd>43 to 46<\/dd>/);
    expect(html).toMatch(/<dt>Sources<\/dt><dd>2<\/dd>/);
  });

  it("shows every claim with its wording and who said it, and how the figure changed", () => {
    const html = page(LUHANSK);
    expect(html).toContain("Forty-six people have received medical treatment");
    expect(html).toContain(">regional health minister</td>");
    expect(html).toMatch(/class="claims__superseded"/);
    expect(html).toContain("revised from 3");
    expect(html).toContain("How the figure changed");
    // Wording is shown without added quote marks, so a quote the sentence opens is never doubled.
    expect(html).not.toMatch(/<q>/);
  });

  it("lists sources with outlet, title and date, linking only http(s) URLs", () => {
    const html = page(LUHANSK);
    expect(html).toContain('<a href="https://one.example/luhansk" lang="en" rel="nofollow noopener noreferrer">Strike on Luhansk</a>');
    expect(html).toContain('<cite lang="uk">Кількість загиблих у Луганську зросла</cite>');
    expect(html).not.toContain("javascript:");
    expect(html).toContain("Same text also carried as 1 other article");
  });

  it("marks each source's title and quotes with its language, says the language in the source list, and keeps the page's own language", () => {
    const html = page(LUHANSK);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/i);
    expect(html).toMatch(/<span class="source__lang">in Ukrainian<\/span>:\s*<span data-pagefind-ignore><cite lang="uk">/);
    // An English source in an English site needs no note.
    expect(html).not.toContain("in English");
    expect(html).toContain('<td data-label="Wording" class="claims__wording" lang="uk">43 людини отримали поранення.</td>');
    expect(html).toContain('<li lang="en">Five ATACMS missiles were fired, the ministry said.</li>');
  });

  it("has the related incidents, the reasons, editor notes, also spelled, citation and JSON link", () => {
    const html = page(LUHANSK);
    expect(html).toMatch(/Possibly the same incident as<\/h2>\s*<ul><li><a href="\/incidents\/2024-06-05-luhansk-shelling\/">Shelling in Luhansk<\/a>/);
    expect(html).toMatch(/<details class="reasons"[^>]*>\s*<summary>Why these sources<\/summary>/);
    expect(html).toContain("Figures checked against the regional administration");
    expect(html).toContain("Luhansk is also spelled Lugansk, Voroshilovgrad, Луганськ, Луганск.");
    expect(html).toContain("https://example.org/incidents/2024-06-07-luhansk-missile-strike/");
    expect(html).toContain(`<a href="${LUHANSK}incident.json">This incident as JSON</a>`);
    expect(html).toMatch(/<figure class="locator">\s*<svg class="map"[^>]*role="img" aria-label="Map locating Luhansk/);
  });

  it("feeds the search index: incident body, filters, date sort, and every spelling as metadata", () => {
    const html = page(LUHANSK);
    expect(html).toContain("<article class=\"incident\" data-pagefind-body>");
    for (const filter of ["type\">Missile strike", "month\">June 2024", "country\">Ukraine", "region\">Luhansk", "at\">luhansk-ua", "at\">ua-luhansk", "at\">ua<"]) {
      expect(html).toContain(`data-pagefind-filter="${filter}`);
    }
    expect(html).toContain('data-pagefind-sort="date">2024-06-07');
    expect(html).toMatch(/data-pagefind-meta="aliases">[^<]*Lugan&#39;sk[^<]*Luhansk oblast/);
    // The place's word, so a search for the place alone reads one chunk of the index.
    expect(html).toContain('data-pagefind-meta="at">zzatluhanskua zzatualuhansk zzatua<');
    // Filters and metadata stay out of the excerpts.
    expect(html).toMatch(/<div hidden data-pagefind-ignore>\s*<div data-pagefind-filter="type">/);
    // Other pages are not indexed: only incident pages carry data-pagefind-body.
    for (const other of htmlPages()) if (!other.url.startsWith("/incidents/")) expect(other.content).not.toContain("data-pagefind-body");
  });

  it("indexes every quoted sentence once, and none of the page's own labels", () => {
    // The seed build's Luhansk page (its golden file) prints sentences under two figures, and
    // under a weapon and its damage.
    const seedPage = readFileSync(join(import.meta.dirname, "../golden/incidents/2024-06-07-luhansk-missile-strike.html"), "utf8");
    for (const html of [page(LUHANSK), seedPage]) {
      // Wording cells and quote items, in page order, with whether the index reads them.
      const quoted = [...html.matchAll(/<(td data-label="Wording"|li lang="[a-z]+")([^>]*)>([^<]*)</g)].map((m) => ({ text: m[3]!, indexed: !m[2]!.includes("data-pagefind-ignore") }));
      const distinct = new Set(quoted.map((q) => q.text));
      expect(distinct.size).toBeGreaterThan(3);
      // Each sentence is read once, where the page first shows it.
      for (const text of distinct) {
        expect(quoted.filter((q) => q.text === text && q.indexed), text).toHaveLength(1);
        expect(quoted.find((q) => q.text === text)!.indexed, text).toBe(true);
      }
      // The sections holding them are read; the labels every page repeats are not.
      expect(html).toMatch(/<section aria-labelledby="figures">/);
      for (const label of ['<div class="glance"', '<details class="rule"', "<thead", '<td data-label="Source"', '<td data-label="Figure"', "<h4", '<ol class="timeline"']) {
        for (const tag of html.split(label).slice(1)) expect(tag.slice(0, tag.indexOf(">")), label).toContain("data-pagefind-ignore");
      }
    }
    expect(seedPage.match(/<li lang="en" data-pagefind-ignore>/g)?.length).toBeGreaterThan(3);
  });

  it("writes the incident's own JSON next to its page", () => {
    const json = JSON.parse(page(`${LUHANSK}incident.json`));
    expect(json).toEqual(JSON.parse(JSON.stringify(exportIncident(sampleDigest().incidents[0]!))));
  });
});

describe("article text is data on every page", () => {
  it("escapes markup, never evaluates template syntax, and never links javascript: or data: URLs", () => {
    for (const built of htmlPages()) {
      const html = built.content;
      expect(html, built.url).not.toContain("<script>alert");
      expect(html, built.url).not.toContain("<img src=x");
      expect(html, built.url).not.toMatch(/href="\s*(javascript|data):/i);
      expect(html, built.url).not.toContain("3333");
    }
    const html = page(HOSTILE);
    expect(html).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    expect(html).toContain("{{ 1111*3 }}");
    expect(html).toMatch(/<title>&lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; =HYPERLINK\(&quot;x&quot;\) \{\{ 1111\*3 \}\}, week of 27 May 2024 · /);
  });
});

describe("structure of every HTML page", () => {
  it("has one h1, no skipped heading level, landmarks and a skip link", () => {
    for (const built of htmlPages()) {
      if (built.content.includes('http-equiv="refresh"')) continue; // redirect stubs
      const levels = [...built.content.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(levels.filter((l) => l === 1), built.url).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, `${built.url}: h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
      });
      expect(built.content, built.url).toContain('<a class="skip-link" href="#main">');
      expect(built.content, built.url).toMatch(/<main id="main"/);
      expect(built.content, built.url).toMatch(/<nav class="site-nav" aria-label="Main">/);
    }
  });
});

describe("browsing pages", () => {
  it("home has headline counts, the chart with its table, and the latest incidents", () => {
    const html = page("/");
    expect(html).toMatch(/<dt>Incidents<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/<dt>Killed<\/dt><dd>5<\/dd>/);
    expect(html).toMatch(/<svg class="chart"[^>]*aria-hidden="true"/);
    expect(html).toContain("The numbers as a table");
    expect(html.indexOf("Missile strike in Luhansk")).toBeLessThan(html.indexOf("Shelling in Luhansk"));
  });

  it("month and day archives link to their neighbours", () => {
    expect(page("/days/2024-06/")).toMatch(/<a rel="prev" href="\/days\/2024-05\/">/);
    expect(page("/days/2024-05/")).toMatch(/<a rel="next" href="\/days\/2024-06\/">/);
    expect(page("/days/2024-06-05/")).toMatch(/<a rel="prev" href="\/days\/2024-05-27\/">[\s\S]*<a rel="next" href="\/days\/2024-06-07\/">/);
    expect(page("/days/")).toContain('<a href="/days/2024-06/">June 2024</a>');
  });

  it("place, region and index pages group country > region > place with counts and maps", () => {
    const index = page("/places/");
    expect(index).toMatch(/Ukraine <span class="count">2 incidents<\/span>/);
    expect(index).toContain('<a href="/regions/ua-luhansk/">Luhansk region</a>');
    const region = page("/regions/ua-luhansk/");
    expect(region).toContain('<a href="/places/luhansk-ua/">Luhansk</a> <span class="count">2</span>');
    expect(region).toMatch(/<svg class="map"[^>]*aria-label="Map of Luhansk region/);
    const placePage = page("/places/luhansk-ua/");
    expect(placePage).toMatch(/<svg class="chart"/);
    expect(placePage).toMatch(/<svg class="map"/);
  });

  it("redirects retired ids and marks withdrawn incidents", () => {
    const redirect = page("/incidents/2024-06-07-lugansk-strike/");
    expect(redirect).toContain(`<meta http-equiv="refresh" content="0; url=${LUHANSK}">`);
    expect(redirect).toContain(`<link rel="canonical" href="${LUHANSK}">`);
    const withdrawn = page("/incidents/2024-05-01-gone/");
    expect(withdrawn).toContain('<meta name="robots" content="noindex">');
    expect(withdrawn).toContain("Incident withdrawn");
  });
});

describe("feeds, sitemap and robots", () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", htmlEntities: true });

  it("writes an Atom feed with RFC 4287's required elements and the incidents' own dates", () => {
    const text = page("/feed.xml").trim();
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed } = xml.parse(text);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(String(feed[field] ?? ""), `feed ${field}`).not.toBe("");
    expect(feed.author.name).toBeTruthy();
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      for (const field of ["id", "title", "updated"]) expect(String(entry[field] ?? ""), `entry ${field}`).not.toBe("");
      expect([entry.link].flat().some((l: any) => l["@rel"] === "alternate" && /^https?:\/\//.test(l["@href"]))).toBe(true);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    }
    const luhansk = entries.find((e: any) => e.id.endsWith(LUHANSK));
    expect(luhansk.published).toBe("2024-06-07T00:00:00Z");
    expect(luhansk.updated).toBe("2024-06-08T00:00:00Z");
    const hostile = entries.find((e: any) => e.id.endsWith(HOSTILE));
    expect(hostile.title).toContain("<script>alert('title')</script>");
  });

  it("lists every browsable page in the sitemap, and no redirect or withdrawn page", () => {
    const text = page("/sitemap.xml").trim();
    expect(XMLValidator.validate(text)).toBe(true);
    const locs = [xml.parse(text).urlset.url].flat().map((u: any) => u.loc);
    for (const path of ["/", LUHANSK, "/places/luhansk-ua/", "/regions/ua-luhansk/", "/days/2024-06-07/", "/days/2024-06/", "/search/", "/data/"]) {
      expect(locs).toContain(`https://example.org${path}`);
    }
    expect(locs).not.toContain("https://example.org/incidents/2024-06-07-lugansk-strike/");
    expect(locs).not.toContain("https://example.org/incidents/2024-05-01-gone/");
    // In URL order, whatever dates the template files have on disk (they differ between clones).
    expect(locs).toEqual([...locs].sort());
    expect(page("/robots.txt")).toContain("Sitemap: https://example.org/sitemap.xml");
  });
});
