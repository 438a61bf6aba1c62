// The view model: what every page prints, decided in src/site/ (templates only print it).
import { describe, expect, it } from "vitest";
import { aliasView } from "../../src/site/aliases.js";
import { damageLines, meansLines } from "../../src/site/means.js";
import { trimQuote, webUrl } from "../../src/site/text.js";
import { buildSiteData } from "../../src/site/view.js";
import { timelineChart } from "../../src/site/charts/timeline.js";
import { placeLine, placeRef } from "../../src/site/places-view.js";
import { regionLabel } from "../../src/places/names.js";
import { readSiteConfig } from "../../src/site/config.js";
import { PROJECT_ROOT } from "./support/eleventy.js";
import { incident, place, sampleDigest } from "./support/digest.js";
import { join } from "node:path";

const config = readSiteConfig(join(PROJECT_ROOT, "content"), join(PROJECT_ROOT, "content"));
const site = () => buildSiteData(sampleDigest(), config);
const luhansk = () => site().incidents.find((i) => i.id === "2024-06-07-luhansk-missile-strike")!;

describe("quotes", () => {
  it("drops a quote mark the sentence opens and never closes, so the page does not print it doubled", () => {
    expect(trimQuote('"Four American missiles were shot down by Russian air defences.')).toBe("Four American missiles were shot down by Russian air defences.");
  });
  it("keeps quote marks that pair up", () => {
    const sentence = '"According to the latest information, 43 people were injured," the regional authorities added.';
    expect(trimQuote(sentence)).toBe(sentence);
    expect(trimQuote('It came under a "massive" missile attack.')).toBe('It came under a "massive" missile attack.');
  });
});

describe("links", () => {
  it("writes links only for http(s) URLs", () => {
    expect(webUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(webUrl("javascript:alert(1)")).toBeNull();
    expect(webUrl("data:text/html,x")).toBeNull();
    expect(webUrl(null)).toBeNull();
    const sources = luhansk().sources;
    expect(sources.map((s) => s.url)).toEqual(["https://one.example/luhansk", null]);
  });
});

describe("weapons and damage", () => {
  const lines = meansLines(sampleDigest().incidents[0]!.means);
  it("folds one weapon named in many sentences into one line with its count and who claimed it", () => {
    expect(lines[0]).toMatchObject({ label: "5 ATACMS missiles", claimedBy: "according to the Russian defence ministry" });
    expect(lines.filter((l) => /ATACMS/.test(l.label))).toHaveLength(1);
  });
  it("puts a counted weapon in the plural", () => {
    const [line] = meansLines([{ means: "ATACMS missile", count: 5, attribution: null, quote: "Five were fired.", passage: 1 }]);
    expect(line!.label).toBe("5 ATACMS missiles");
  });
  it("drops a bare 'missile(s)' line when a more specific one says it", () => {
    expect(lines.map((l) => l.label)).toEqual(["5 ATACMS missiles"]);
  });
  it("keeps a generic weapon when nothing more specific names it", () => {
    const only = meansLines([
      { means: "missile", count: null, attribution: null, quote: "A missile struck.", passage: 1 },
      { means: "missiles", count: null, attribution: null, quote: "Missiles struck.", passage: 2 },
      { means: "drones", count: null, attribution: null, quote: "Drones flew.", passage: 3 },
    ]);
    expect(only.map((l) => l.label).sort()).toEqual(["drones", "missiles"]);
  });
  it("keeps different damage counts apart and folds repeats of the same one", () => {
    const damage = sampleDigest().incidents[0]!.damage;
    damage.push({ what: "blocks of flats", count: 33, quote: "Thirty-three blocks of flats were hit.", passage: 7 });
    const lines = damageLines(damage);
    expect(lines.map((d) => d.label)).toEqual(["33 blocks of flats", "2 block of flats"]);
    expect(lines[0]!.quotes).toHaveLength(2);
  });
});

describe("also spelled", () => {
  it("shows one spelling per folded form, Latin first, and indexes every spelling", () => {
    const view = aliasView(place());
    expect(view.shown).toEqual(["Lugansk", "Voroshilovgrad", "Луганськ", "Луганск"]);
    expect(view.more).toBe(0);
    for (const name of ["Lugan'sk", "Lugánsk", "Lugansk region", "Luhansk oblast", "Луганськ"]) expect(view.searchable).toContain(name);
    expect(view.searchable).not.toContain(",");
  });
  it("puts first the spellings the sources themselves use", () => {
    const view = aliasView(place({ aliases: ["Loehansk", "Louhansk", "Lugansk"] }), ["A strike on the Russian-controlled city of Lugansk."]);
    expect(view.shown).toEqual(["Lugansk", "Loehansk", "Louhansk"]);
  });
  it("shows the current Cyrillic names and their romanisations before historical and foreign ones", () => {
    // GeoNames lists alternates alphabetically: the Soviet name and foreign exonyms come first.
    const view = aliasView(place({ aliases: ["Loehansk", "Louchansk", "Louhansk", "Lugansk", "Voroshilovgrad", "Woroschilowgrad", "Ворошиловград", "Луганск", "Луганськ"] }));
    expect(view.shown).toEqual(["Lugansk", "Loehansk", "Louchansk", "Louhansk", "Луганск", "Луганськ"]);
  });
  it("does not give a region's printed name as another spelling of it", () => {
    const oblast = place({ slug: "donetsk-region-ua", name: "Donetsk", admin1: "Donetsk", precision: "region", aliases: ["Donetsk region", "Donetsk oblast", "Донеччина"] });
    expect(aliasView(oblast).shown).toEqual(["Donetsk oblast", "Донеччина"]);
  });
  it("caps a long list and says how many more the search knows", () => {
    const many = aliasView(place({ aliases: ["Aa", "Bb", "Cc", "Dd", "Ee", "Ff", "Gg"] }));
    expect(many.shown).toHaveLength(4);
    expect(many.more).toBe(3);
  });
});

describe("incident view", () => {
  it("gives the figures at a glance as ranges, and flags where sources differ", () => {
    const view = luhansk();
    expect(view.figuresLine).toBe("Killed 4 · Injured 43 to 46");
    expect(view.figures.map((f) => [f.label, f.value])).toEqual([
      ["Killed", "4"],
      ["Injured", "43 to 46"],
      ["In grave condition", "10"],
    ]);
    expect(view.conflictNote).toBe("Sources differ on the injured figure: every claim is listed below.");
    // One rule for all figures is stated once, not under each.
    expect(view.figuresRule).toBe("best is the lowest current figure");
    expect(view.figures.every((f) => f.rule === "")).toBe(true);
  });
  it("lists every claim with wording and attribution; superseded ones last, revisions noted", () => {
    const killed = luhansk().figures[0]!;
    expect(killed.claims.map((c) => [c.value, c.status, c.note])).toEqual([
      ["4", null, "revised from 3"],
      ["3", "superseded", null],
    ]);
    expect(killed.claims[1]!.wording).toBe('"Three people were killed," the governor said.');
    const injured = luhansk().figures[1]!;
    expect(injured.claims.map((c) => c.value)).toContain("over 40");
    expect(injured.claims.find((c) => c.value === "43")!.attribution).toBe("not attributed");
  });
  it("sets apart claims the merge did not count, with its reason, and shows a lower bound as such", () => {
    const digest = sampleDigest();
    const injured = digest.incidents[0]!.injured!;
    injured.claims.push({ ...injured.claims[0]!, value: 46, counted: false, note: "a copy of Agency One's report" });
    digest.incidents[1]!.killed = { ...digest.incidents[1]!.killed!, low: 40, best: 40, high: 40, qualifier: "over" };
    const data = buildSiteData(digest, config);
    const rows = data.incidents.find((i) => i.id === digest.incidents[0]!.id)!.figures[1]!.claims;
    expect(rows.at(-1)).toMatchObject({ counted: false, note: "a copy of Agency One's report" });
    const shelling = data.incidents.find((i) => i.id === digest.incidents[1]!.id)!;
    expect(shelling.figures[0]!.value).toBe("over 40");
    expect(shelling.figuresLine).toBe("Killed over 40");
  });
  it("keeps the revision timeline in publication order and marks changes", () => {
    const steps = luhansk().figures[0]!.timeline;
    expect(steps.map((s) => [s.value, s.changed])).toEqual([
      ["3", false],
      ["4", true],
    ]);
  });
  it("explains the grouping in terms of the numbered sources", () => {
    const reasons = luhansk().reasons;
    expect(reasons[1]!.source).toMatch(/^Source 2 \(Agency Two/);
    expect(reasons[1]!.link).toMatch(/^joined source 1 \(Agency One/);
    expect(reasons[1]!.details).toContain("shared words: missile, luhansk");
  });
  it("links 'possibly the same incident' and cites the stable URL", () => {
    const view = luhansk();
    expect(view.possiblySame).toEqual([expect.objectContaining({ url: "/incidents/2024-06-05-luhansk-shelling/", title: "Shelling in Luhansk" })]);
    expect(view.citation).toContain(`${config.baseUrl}/incidents/2024-06-07-luhansk-missile-strike/`);
    expect(view.jsonUrl).toBe("/incidents/2024-06-07-luhansk-missile-strike/incident.json");
    expect(view.summary.endsWith("…")).toBe(true);
  });
  it("lists other incidents at the same place on nearby dates", () => {
    const digest = sampleDigest();
    digest.incidents[0]!.related = [];
    const view = buildSiteData(digest, config).incidents.find((i) => i.id === "2024-06-07-luhansk-missile-strike")!;
    expect(view.nearby).toEqual([expect.objectContaining({ url: "/incidents/2024-06-05-luhansk-shelling/", note: "2 days earlier" })]);
  });
  it("says when the date is a week rather than a day", () => {
    const hostile = site().incidents.find((i) => i.id === "2024-05-30-hostile")!;
    expect(hostile.dateLabel).toBe("week of 27 May 2024");
    expect(hostile.dateNote).toMatch(/week/);
  });
  it("draws a small locator map with a text alternative", () => {
    const map = luhansk().map!;
    expect(map.svg).toMatch(/^<svg class="map"[^>]* role="img" aria-label="Map locating Luhansk, Ukraine \(48\.57° N, 39\.33° E\)\."/);
    expect(map.svg.length).toBeLessThan(12_000);
    const hostile = site().incidents.find((i) => i.id === "2024-05-30-hostile")!;
    expect(hostile.map!.caption).toMatch(/approximate location/);
    expect(hostile.map!.svg).toContain("map__ring");
  });
});

describe("browsing", () => {
  it("pages days and months with previous and next", () => {
    const data = site();
    expect(data.days.map((d) => d.date)).toEqual(["2024-05-27", "2024-06-05", "2024-06-07"]);
    expect(data.days[1]!.previous).toEqual({ url: "/days/2024-05-27/", label: "27 May 2024" });
    expect(data.days[1]!.next).toEqual({ url: "/days/2024-06-07/", label: "7 June 2024" });
    expect(data.months.map((m) => [m.url, m.count, m.previous?.url ?? null, m.next?.url ?? null])).toEqual([
      ["/days/2024-05/", 1, null, "/days/2024-06/"],
      ["/days/2024-06/", 2, "/days/2024-05/", null],
    ]);
    // The /days/ index lists the newest month first.
    expect(data.monthIndex.map((m) => m.url)).toEqual(["/days/2024-06/", "/days/2024-05/"]);
    // The home page's headline says the days it spans.
    expect(data.headline.line).toBe("3 incidents in 2 places, from 0 articles, 27 May 2024 to 7 June 2024.");
  });
  it("groups places by country and region with counts, and gives each region a page", () => {
    const data = site();
    const ukraine = data.countries.find((c) => c.code === "UA")!;
    expect(ukraine.count).toBe(2);
    expect(ukraine.regions).toEqual([expect.objectContaining({ name: "Luhansk region", url: "/regions/ua-luhansk/", count: 2 })]);
    const region = data.regions.find((r) => r.url === "/regions/ua-luhansk/")!;
    expect(region.places).toEqual([expect.objectContaining({ name: "Luhansk", count: 2 })]);
    expect(region.map!.caption).toMatch(/Luhansk \(2\)/);
    // Two countries: the /places/ page lets the reader jump between them.
    expect(data.countryJump.map((c) => c.code)).toEqual(["UA", "US"]);
  });
  it("orders countries, regions and places by their incidents, most first", () => {
    const at = (p: Parameters<typeof place>[0], n: number) => Array.from({ length: n }, (_, i) => incident(`2024-06-0${i + 1}-${p!.slug}`, { place: place(p) }));
    const digest = {
      ...sampleDigest(),
      incidents: [
        ...at({ slug: "tirana-al", name: "Tirana", admin1: "Tirana", country: "AL", countryName: "Albania" }, 1),
        ...at({ slug: "kharkiv-kharkiv-ua", name: "Kharkiv", admin1: "Kharkiv" }, 2),
        ...at({ slug: "izium-kharkiv-ua", name: "Izium", admin1: "Kharkiv" }, 3),
        ...at({ slug: "luhansk-ua", name: "Luhansk", admin1: "Luhansk" }, 1),
      ],
      redirects: [],
      withdrawn: [],
    };
    const data = buildSiteData(digest, config);
    expect(data.countries.map((c) => [c.name, c.count])).toEqual([
      ["Ukraine", 6],
      ["Albania", 1],
    ]);
    expect(data.countryJump.map((c) => c.name)).toEqual(["Ukraine", "Albania"]);
    // One country: nothing to jump between.
    const ukraineOnly = buildSiteData({ ...digest, incidents: digest.incidents.filter((i) => i.place!.country === "UA") }, config);
    expect(ukraineOnly.countries).toHaveLength(1);
    expect(ukraineOnly.countryJump).toEqual([]);
    expect(data.countries[0]!.regions.map((r) => [r.name, r.count])).toEqual([
      ["Kharkiv region", 5],
      ["Luhansk region", 1],
    ]);
    expect(data.countries[0]!.regions[0]!.places.map((p) => p.name)).toEqual(["Izium", "Kharkiv"]);
    // A town's page names its region's count and links it; the region's page lists its towns.
    expect(data.places.find((p) => p.name === "Kharkiv")!.regionCountLabel).toBe("5 incidents");
    expect(data.regions.find((r) => r.key === "ua-kharkiv")!.places.map((p) => p.url)).toEqual(["/places/izium-kharkiv-ua/", "/places/kharkiv-kharkiv-ua/"]);
  });
  it("gives a region one page: its own incidents are on the region's page, and its place URL leads there", () => {
    const oblast = place({ slug: "kharkiv-region-ua", name: "Kharkiv", admin1: "Kharkiv", precision: "region" });
    const town = place({ slug: "kharkiv-kharkiv-ua", name: "Kharkiv", admin1: "Kharkiv" });
    const digest = { ...sampleDigest(), incidents: [incident("2024-06-01-a", { place: oblast }), incident("2024-06-02-b", { place: town })], redirects: [], withdrawn: [] };
    const data = buildSiteData(digest, config);
    expect(data.places.map((p) => p.slug)).toEqual(["kharkiv-kharkiv-ua"]);
    const region = data.regions.find((r) => r.key === "ua-kharkiv")!;
    expect(region.incidents.map((i) => i.id).sort()).toEqual(["2024-06-01-a", "2024-06-02-b"]);
    expect(region.regionOnly).toBe(1);
    expect(data.incidents.find((i) => i.id === "2024-06-01-a")!.place!.url).toBe("/regions/ua-kharkiv/");
    expect(data.redirects).toContainEqual(expect.objectContaining({ from: "/places/kharkiv-region-ua/", to: "/regions/ua-kharkiv/" }));
    // Search keys: a town is its own place and in its region and country; the region only those.
    expect(data.incidents.find((i) => i.id === "2024-06-02-b")!.place!.searchKeys).toEqual(["kharkiv-kharkiv-ua", "ua-kharkiv", "ua"]);
    expect(data.incidents.find((i) => i.id === "2024-06-01-a")!.place!.searchKeys).toEqual(["ua-kharkiv", "ua"]);
  });
  it("redirects a place slug the lock file says moved to the place's page", () => {
    const digest = { ...sampleDigest(), placeRedirects: [{ from: "sievierodonetsk-luhansk-ua", to: "luhansk-ua" }] };
    expect(buildSiteData(digest, config).redirects).toContainEqual(
      expect.objectContaining({ from: "/places/sievierodonetsk-luhansk-ua/", to: "/places/luhansk-ua/", message: "This place's page has moved" }),
    );
  });
  it("draws a timeline chart with a sentence and a table stating what it shows", () => {
    const chart = site().chart!;
    expect(chart.heading).toBe("Incidents and people killed over time");
    expect(chart.unit).toBe("day");
    expect(chart.rows[0]).toMatchObject({ start: "2024-05-27", incidents: 1, killed: 0 });
    expect(chart.rows.at(-1)).toMatchObject({ start: "2024-06-07", incidents: 1, killed: 4 });
    expect(chart.rows.reduce((sum, r) => sum + r.incidents, 0)).toBe(3);
    expect(chart.summary).toMatch(/^All incidents: incidents and people killed per day, from 27 May 2024 to 7 June 2024\. 3 incidents, 5 killed/);
  });
  it("leaves a few far-off dates out of the chart and says so, instead of squeezing it", () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ date: `2024-0${1 + (i % 6)}-1${i % 9}`, killed: 1 }));
    items.push({ date: "1947-01-15", killed: 2 });
    const chart = timelineChart(items)!;
    expect(chart.unit).toBe("week");
    expect(chart.rows[0]!.start >= "2024-01-01").toBe(true);
    expect(chart.summary).toMatch(/Left out: 1 incident dated before/);
    expect(timelineChart(items.slice(0, 10).concat([{ date: "1947-01-15", killed: 0 }]), "Few")!.unit).toBe("year");
  });
  it("names regions as readers do: oblasts as 'X region', states bare", () => {
    expect(placeLine(place({ name: "Nikopol", admin1: "Dnipropetrovsk" }))).toBe("Nikopol, Dnipropetrovsk region, Ukraine");
    expect(placeLine(place({ name: "Albuquerque", admin1: "New Mexico", country: "US", countryName: "United States" }))).toBe("Albuquerque, New Mexico, United States");
    expect(placeLine(place())).toBe("Luhansk, Ukraine");
    expect(placeLine(place({ name: "Ukraine", admin1: null, precision: "country" }))).toBe("Ukraine");
    // The oblast itself is not its main city: "Donetsk region", wherever it is named.
    const oblast = place({ name: "Donetsk", admin1: "Donetsk", admin2: null, precision: "region" });
    expect(placeLine(oblast)).toBe("Donetsk region, Ukraine");
    expect(placeRef(oblast).name).toBe("Donetsk region");
    expect(regionLabel("Homyel' Voblasc'", "BY")).toBe("Homyel' Voblasc'");
    expect(regionLabel("Kyiv City", "UA")).toBe("Kyiv City");
    expect(placeLine(place({ name: "Illinois", admin1: "Illinois", admin2: null, precision: "region", country: "US", countryName: "United States" }))).toBe("Illinois, United States");
  });
  it("marks no point for a place known only to the country, and lists no 'same place' neighbours", () => {
    const digest = sampleDigest();
    for (const incident of digest.incidents.slice(0, 2)) {
      incident.place = place({ slug: "ukraine", name: "Ukraine", admin1: null, precision: "country", lat: 49, lon: 32 });
      incident.related = [];
    }
    const views = buildSiteData(digest, config).incidents;
    const view = views.find((i) => i.id === digest.incidents[0]!.id)!;
    expect(view.map!.svg).not.toMatch(/map__(dot|ring)/);
    expect(view.map!.caption).toBe("Map of Ukraine; the reports do not say where in the country.");
    expect(view.nearby).toEqual([]);
  });
});

describe("display decisions made in the view model", () => {
  it("captions an incident's map with the place, and how precise it is when not a town or a spot", () => {
    const views = site().incidents;
    expect(luhansk().mapCaption).toBe("Luhansk, Ukraine");
    expect(views.find((i) => i.id === "2024-05-30-hostile")!.mapCaption).toBe("-Testville, @Region, United States (approximate location)");
  });
  it("heads each chart with what it counts and where", () => {
    const data = site();
    expect(data.places.find((p) => p.slug === "luhansk-ua")!.chart!.heading).toBe("Incidents and people killed in Luhansk over time");
    expect(data.regions.find((r) => r.key === "ua-luhansk")!.chart!.heading).toBe("Incidents and people killed in Luhansk region over time");
  });
  it("lists a region's latest 50 incidents and says where the others are", () => {
    const digest = sampleDigest();
    const many = Array.from({ length: 51 }, (_, i) => incident(`2024-04-${String((i % 28) + 1).padStart(2, "0")}-luhansk-${i}`, { date: `2024-04-${String((i % 28) + 1).padStart(2, "0")}` }));
    digest.incidents.push(...many);
    const region = buildSiteData(digest, config).regions.find((r) => r.key === "ua-luhansk")!;
    expect(region.latest).toHaveLength(50);
    expect(region.latestHeading).toBe("Latest 50 incidents");
    expect(region.leavesSomeOut).toBe(true);
    const few = site().regions.find((r) => r.key === "ua-luhansk")!;
    expect(few.latestHeading).toBe("All incidents");
    expect(few.leavesSomeOut).toBe(false);
  });
  it("gives the feeds the newest 100 incidents", () => {
    const digest = sampleDigest();
    digest.incidents.push(...Array.from({ length: 120 }, (_, i) => incident(`2023-01-01-extra-${String(i).padStart(3, "0")}`, { date: "2023-01-01", dateEnd: "2023-01-01" })));
    const data = buildSiteData(digest, config);
    expect(data.feed).toHaveLength(100);
    expect(data.feed.map((i) => i.id)).toEqual(data.incidents.slice(0, 100).map((i) => i.id));
    expect(data.feed[0]!.date >= data.feed[99]!.date).toBe(true);
  });
});
