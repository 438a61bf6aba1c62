// What the templates display: the Digest turned into ready-made page data (labels, links, lists
// per day, month, place and region, maps and charts). Templates only print these fields; every
// decision is made here or in the modules this file assembles.
import type { Digest, Place, Redirect, WithdrawnIncident } from "../model.js";
import { dayPages, monthPages, type DayView, type MonthView } from "./archive-view.js";
import { timelineChart, type ChartView } from "./charts/timeline.js";
import type { SiteConfig } from "./config.js";
import { formatDay, rfc3339 } from "./format.js";
import { incidentView, type IncidentView, type RelatedLink } from "./incident-view.js";
import { buildPlaceSearchIndex, searchTargets, type PlaceSearchIndex } from "./place-search.js";
import { countryIndex, placePages, regionPages, type CountryView, type PlacePageView, type RegionPageView } from "./places-view.js";
import { formatCount, plural } from "./text.js";
import { countIncidents, TOTALS_RULE } from "./totals.js";

export type { DayView, IncidentView, MonthView, PlacePageView, RegionPageView, CountryView };

export interface SiteData {
  config: SiteConfig;
  updated: string | null;
  updatedLabel: string;
  updatedRfc3339: string;
  /** Newest first. */
  incidents: IncidentView[];
  /** The home page's list. */
  latest: IncidentView[];
  /** The feeds' items (Atom and JSON Feed): the newest incidents. */
  feed: IncidentView[];
  days: DayView[];
  months: MonthView[];
  places: PlacePageView[];
  regions: RegionPageView[];
  /** Most incidents first. */
  countries: CountryView[];
  /** The /places/ page's "jump to" links: the countries, when there is more than one to jump between. */
  countryJump: CountryView[];
  /** The /days/ index: months newest first. */
  monthIndex: MonthView[];
  /** The search page's alias index (its shards are written as JSON files). */
  placeSearch: PlaceSearchIndex;
  /** The manifest of the alias index, as JSON safe to inline in a <script> element. */
  placeSearchManifest: string;
  /** Old URLs and where they lead: merged incidents, and places whose page is now another. */
  redirects: (Redirect & { target: string; message: string })[];
  withdrawn: (WithdrawnIncident & { permalink: string; sourcesLine: string })[];
  totals: { incidents: number; articles: number; rejected: number; killed: number; injured: number; places: number };
  /** The home page's headline: "2 incidents in 2 places, from 2 articles, 7 June 2024." and its parts. */
  headline: {
    line: string;
    articlesLabel: string;
    incidentsLabel: string;
    placesLabel: string;
    killedLabel: string;
    injuredLabel: string;
    /** How the numbers count (each incident once, tallies left out), for the page. */
    rule: string;
  };
  chart: ChartView | null;
  /** What the layout's footer prints on every page: when the site was updated, from how many articles. */
  footer: { updated: string; updatedLabel: string; articlesLabel: string };
  /** The raw digest, for the data exports. */
  digest: Digest;
}

const LATEST = 30;
const FEED_SIZE = 100;
const NEARBY_DAYS = 14;
const NEARBY_MAX = 5;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** Other incidents at the same place within two weeks, nearest first; not the "possibly same" ones. */
function fillNearby(places: PlacePageView[]): void {
  for (const place of places) {
    // "Same place" means little when the place is a whole region or country.
    if (place.precision === "region" || place.precision === "country") continue;
    for (const incident of place.incidents) {
      const excluded = new Set([incident.url, ...incident.possiblySame.map((p) => p.url)]);
      incident.nearby = place.incidents
        .filter((other) => !excluded.has(other.url) && Math.abs(daysBetween(other.date, incident.date)) <= NEARBY_DAYS)
        .sort((a, b) => Math.abs(daysBetween(a.date, incident.date)) - Math.abs(daysBetween(b.date, incident.date)) || (a.date < b.date ? 1 : -1))
        .slice(0, NEARBY_MAX)
        .map((other): RelatedLink => {
          const apart = daysBetween(other.date, incident.date);
          const note = apart === 0 ? "same day" : `${plural(Math.abs(apart), "day")} ${apart < 0 ? "earlier" : "later"}`;
          return { url: other.url, title: other.title, date: other.date, dateLabel: other.dateLabel, note };
        });
    }
  }
}

export function buildSiteData(digest: Digest, config: SiteConfig): SiteData {
  const byId = new Map(digest.incidents.map((i) => [i.id, i]));
  // Newest first; the pipeline sorts this way already, the site does not rely on it.
  const sorted = [...digest.incidents].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
  const incidents = sorted.map((incident) => incidentView(incident, byId, config));
  const placeBySlug = new Map<string, Place>();
  for (const incident of sorted) if (incident.place) placeBySlug.set(incident.place.slug, incident.place);

  const places = placePages(incidents, placeBySlug);
  fillNearby(places);
  const regions = regionPages(incidents, places);
  const countries = countryIndex(incidents, places);
  const placeSearch = buildPlaceSearchIndex(searchTargets({ places, regions, countries, placeBySlug, spellings: digest.placeSpellings }));
  // A region's own place has the region's page; its place URL leads there. A slug the lock file
  // says moved leads to the page of the slug it moved to.
  const pageOf = new Map(incidents.filter((i) => i.place).map((i) => [i.place!.slug, i.place!.url]));
  const placeRedirects = new Map<string, { to: string; message: string }>();
  for (const [slug, url] of pageOf) if (url !== `/places/${slug}/`) placeRedirects.set(`/places/${slug}/`, { to: url, message: "This region's incidents are on the region's page" });
  for (const moved of digest.placeRedirects ?? []) {
    const to = pageOf.get(moved.to);
    if (to && !pageOf.has(moved.from)) placeRedirects.set(`/places/${moved.from}/`, { to, message: "This place's page has moved" });
  }
  const days = dayPages(incidents);
  // Each incident once: possible duplicates count once, tallies are no incidents (totals.ts).
  const totals = countIncidents(sorted);
  const counted = new Set(totals.counted.map((i) => i.id));
  const { killed, injured } = totals;
  const first = days[0]?.label;
  const last = days[days.length - 1]?.label;
  const span = !first ? null : first === last ? first : `${first} to ${last}`;
  const months = monthPages(days);
  return {
    config,
    updated: digest.updated,
    updatedLabel: digest.updated ? formatDay(digest.updated) : "no articles yet",
    updatedRfc3339: rfc3339(digest.updated ?? "1970-01-01"),
    incidents,
    latest: incidents.slice(0, LATEST),
    feed: incidents.slice(0, FEED_SIZE),
    days,
    months,
    monthIndex: [...months].reverse(),
    places,
    regions,
    countries,
    countryJump: countries.length > 1 ? countries : [],
    placeSearch,
    placeSearchManifest: JSON.stringify(placeSearch.manifest).replace(/</g, "\\u003c"),
    redirects: [
      ...digest.redirects.map((r) => ({ ...r, target: r.to, message: "This incident was merged into another one" })),
      ...[...placeRedirects].map(([from, { to, message }]) => ({ from, to, target: to, message })),
    ],
    withdrawn: digest.withdrawn.map((w) => ({ ...w, permalink: w.url, sourcesLine: w.articles.join(", ") })),
    totals: { incidents: totals.incidents, articles: digest.sourceArticles.length, rejected: digest.rejected.length, killed, injured, places: places.length },
    headline: {
      line: `${plural(totals.incidents, "incident")} in ${plural(places.length, "place")}, from ${plural(digest.sourceArticles.length, "article")}${span ? `, ${span}` : ""}.`,
      articlesLabel: plural(digest.sourceArticles.length, "article"),
      incidentsLabel: formatCount(totals.incidents),
      placesLabel: formatCount(places.length),
      killedLabel: formatCount(killed),
      injuredLabel: formatCount(injured),
      rule: totals.duplicates ? `${TOTALS_RULE} ${plural(totals.duplicates, "incident")} counted as another's duplicate.` : TOTALS_RULE,
    },
    footer: { updated: digest.updated ?? "", updatedLabel: digest.updated ? formatDay(digest.updated) : "no articles yet", articlesLabel: plural(digest.sourceArticles.length, "article") },
    chart: timelineChart(incidents.filter((i) => counted.has(i.id)).map((i) => ({ date: i.date, killed: i.killedBest }))),
    digest,
  };
}
